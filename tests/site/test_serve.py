"""`make serve`: the preview serves the site and rebuilds it when content or data change."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.sites import FIXED_NOW, make_scratch_site

pytestmark = pytest.mark.waits

ARTICLE = "Title: {title}\nDate: 2025-06-0{day}\nCategory: Essais\n\nTexte.\n"
PATIENCE = 60.0
"""Seconds to wait for a rebuild before failing: generous, this is not a speed test."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"gave up waiting: {what}")


def get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    source = make_scratch_site(
        tmp_path / "src", {"content/articles/a.md": ARTICLE.format(title="Premier", day=1)}
    )
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "cowork_pelican.serve", "--port", str(port)],
        cwd=source,
        env={**os.environ, "COWORK_NOW": FIXED_NOW},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for(lambda: "Premier" in get(url), "the first build to be served")
        yield source, url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def test_serve_rebuilds_when_content_changes(served: tuple[Path, str]) -> None:
    source, url = served
    (source / "content/articles/b.md").write_text(ARTICLE.format(title="Deuxième", day=2))
    wait_for(lambda: "Deuxième" in get(url), "the new article to be served")
    assert "Premier" in get(url)


def test_serve_rebuilds_when_member_data_changes(served: tuple[Path, str]) -> None:
    # members/ is outside content/: Pelican's own autoreload would not see it.
    source, url = served
    output = source / "output"
    before = output.stat().st_ino  # each build swaps in a new folder
    (source / "members" / "ana.yaml").write_text("name: Ana\n", "utf-8")
    wait_for(lambda: output.exists() and output.stat().st_ino != before, "a rebuild")
    assert "Premier" in get(url)
    # The site it replaced is removed once the browser has the new one: no copy piles up.
    wait_for(lambda: not list(source.glob(".output*")), "the replaced site to be removed")


def test_a_changed_setting_reaches_what_was_read_before(served: tuple[Path, str]) -> None:
    # The preview keeps what Pelican's readers made of each article between builds; an article's
    # category keeps the settings it was read with, so a new setting must read it again.
    source, url = served
    article = url + "blog/2025/premier/"
    wait_for(lambda: "blog/categorie/essais/" in get(article), "the article's category link")
    with (source / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write('\nCATEGORY_URL = "rubrique/{slug}/"\n')
        settings.write('CATEGORY_SAVE_AS = "rubrique/{slug}/index.html"\n')
    wait_for(lambda: "rubrique/essais/" in get(article), "the category's new address")
    assert "Premier" in get(url + "rubrique/essais/")


ARTICLE_OVERRIDE = """{% extends "!theme/article.html" %}
{% block content %}<p class="site-note">Notre gabarit</p>{{ super() }}{% endblock %}
"""


def test_a_theme_folder_made_during_the_preview_is_watched(served: tuple[Path, str]) -> None:
    # The sample has no theme/ folder: an admin who makes one while the preview runs sees their
    # templates at once, and their later edits too.
    source, url = served
    article = url + "blog/2025/premier/"
    override = source / "theme" / "templates" / "article.html"
    override.parent.mkdir(parents=True)
    override.write_text(ARTICLE_OVERRIDE, "utf-8")
    wait_for(lambda: "Notre gabarit" in get(article), "the site's own template")
    override.write_text(ARTICLE_OVERRIDE.replace("Notre gabarit", "Gabarit revu"), "utf-8")
    wait_for(lambda: "Gabarit revu" in get(article), "the template's edit")


def test_saving_without_pause_keeps_few_replaced_sites(served: tuple[Path, str]) -> None:
    # An editor that saves every few tenths of a second: the replaced sites are deleted once the
    # preview is quiet, but no more than a few pile up meanwhile (each is a whole site).
    source, url = served
    article = source / "content/articles/b.md"
    seen = []
    for number in range(12):
        article.write_text(ARTICLE.format(title=f"Version {number}", day=2), "utf-8")
        time.sleep(0.4)
        seen.append(len(list(source.glob(".output.building-*"))))
    wait_for(lambda: "Version 11" in get(url), "the last version")
    assert max(seen) <= 4, seen
    wait_for(lambda: not list(source.glob(".output*")), "the replaced sites to be removed")


def test_a_failed_build_says_so_and_the_last_good_site_stays(
    served: tuple[Path, str], tmp_path: Path
) -> None:
    source, url = served
    (source / "members" / "ana.yaml").write_text("name: [Ana\n", "utf-8")
    log = tmp_path / "serve.log"
    wait_for(lambda: "the build failed" in log.read_text("utf-8"), "the failed build")
    assert "Premier" in get(url)
    (source / "members" / "ana.yaml").write_text("name: Ana\n", "utf-8")
    wait_for(lambda: log.read_text("utf-8").count("built in") >= 2, "the build after the fix")
