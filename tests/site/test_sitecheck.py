"""The site check every space runs (`cowork test`): what depends on the content passes on the demo
with all of its content replaced by another, smaller one, and the check catches each kind of
breakage it claims to catch.

The walkers it uses are tested word for word on small folders; the whole check runs as a space
runs it, `cowork test --site DIR` in a subprocess, and is judged by what it prints.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import git
import pytest
from cowork_pelican.sitecheck.feeds import calendar_problems, feed_problems
from cowork_pelican.sitecheck.pages import one_page_per_type

from tests import buildcache
from tests.sites import FIXED_NOW, ROOT, make_scratch_site

pytestmark = pytest.mark.slow


def cowork_test(
    site: Path, *pytest_args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "cowork.cli", "test", "--site", str(site)]
    environ = {**os.environ, "COWORK_NOW": FIXED_NOW, "COLUMNS": "300", **(env or {})}
    if pytest_args:
        command += ["--", *pytest_args]
    with buildcache.shared(site):
        return subprocess.run(command, env=environ, capture_output=True, text=True)


# ─── The demo with other content ──────────────────────────────────────────────────────────────

MEMBERS = {
    "members/rosa-vidal.yaml": "name: Rosa Vidal\ntitle: Céramiste\nrole: editor\n"
    "joined: 2026-02-02\nskills: [céramique, émail]\nbio: |\n  Je tourne des bols.\n"
    "consent:\n  directory: 2026-02-02\n",
    "members/omar-said.yaml": "name: Omar Saïd\ntitle: Traducteur\njoined: 2026-03-09\n"
    "skills: [traduction, arabe]\nconsent:\n  directory: 2026-03-09\n",
    "members/lena-berg.yaml": "name: Lena Berg\ntitle: Data\njoined: 2026-04-01\n"
    "skills: [data]\nconsent:\n  directory: 2026-04-01\n",
}
EVENTS = {
    "events/tournage.yaml": "title: Atelier tournage\nstart: 2026-12-05 10:00\nduration: 3h\n"
    "location: Atelier\ndescription: Un bol chacun.\norganizers: [rosa-vidal]\n"
    "tags: [atelier]\nuid: 6d0b5a8e-5b8a-4b8e-9a51-0c7d6c0f3a11\n",
    "events/cafe-langues.yaml": "title: Café des langues\nstart: 2026-10-01 18:00\n"
    "duration: 2h\nlocation: Cuisine\nrepeat: FREQ=MONTHLY;COUNT=4\n"
    "organizers: [omar-said]\ntags: [langues]\nuid: 0b7f3e44-2f4c-4a53-8d66-3f1e2c9d8b70\n",
}
ARTICLE = {
    "content/articles/2026-06-01-four.md": "Title: Le four est arrivé\nDate: 2026-06-01 09:00\n"
    "Category: Atelier\nTags: céramique\nAuthor: rosa-vidal\n\nUn four à céramique, enfin.\n"
}


def tracked_copy(dest: Path) -> Path:
    """The repository as a fresh clone has it: its tracked files, nothing built or installed."""
    for name in git.Repo(ROOT).git.ls_files().splitlines():
        source, target = ROOT / name, dest / name
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return dest


def test_the_demo_with_other_content_passes_the_site_check(tmp_path: Path) -> None:
    site = tracked_copy(tmp_path / "site")
    for folder in ("content", "members", "events"):
        shutil.rmtree(site / folder)
    make_scratch_site(site, {**MEMBERS, **EVENTS, **ARTICLE})
    (site / "CODEOWNERS").unlink()  # the demo's editors are gone with their files
    # What depends on the content: the data, both builds, links, feeds and calendars. The
    # theme's pages in the Nu HTML Checker and in Chromium are checked on the demo itself by
    # `make test`, on a new site by test_init_install.py, and here in the run below that must
    # catch them. The kit's theme with other words in it is tests/browser/'s business.
    done = cowork_test(site, "-k", "not html and not browser")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "9 passed" in done.stdout and "skipped" not in done.stdout, done.stdout
    assert "est passée, mais 9 vérification(s) sur 11 seulement ont tourné" in done.stdout


# ─── What the check catches ───────────────────────────────────────────────────────────────────

BROKEN = {
    # A link an editor typed by hand, to a page that does not exist.
    "content/articles/2026-06-01-lien.md": "Title: Un lien cassé\nDate: 2026-06-01 09:00\n"
    "Category: Vie du lieu\n\nVoir [le plan](/plan-du-lieu/) et une photo :\n\n"
    '<img src="/theme/images/favicon.svg">\n',
    # A web font from another host, as a space adding its own style might write it.
    "theme/static/css/custom.css": '@import url("https://fonts.example/css?family=Serif");\n',
    # A feed and a calendar copied in by hand, neither of which a reader can open.
    "content/images/agenda.atom.xml": '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</feed>',
    "content/images/agenda.ics": "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n",
}


@pytest.fixture(scope="module")
def broken_run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    site = make_scratch_site(tmp_path_factory.mktemp("broken") / "site", BROKEN)
    return cowork_test(site)


@pytest.mark.parametrize(
    ("test", "message"),
    [
        pytest.param(
            "test_every_internal_link_resolves",
            "<a href> '/plan-du-lieu/' is broken: plan-du-lieu/index.html does not exist",
            id="broken link",
        ),
        pytest.param(
            "test_nothing_is_loaded_from_another_host",
            "url() 'https://fonts.example/css?family=Serif' loads a resource from another host",
            id="stylesheet from another host",
        ),
        pytest.param(
            "test_every_feed_parses",
            "images/agenda.atom.xml: not well-formed XML: mismatched tag",
            id="feed",
        ),
        pytest.param(
            "test_every_calendar_parses",
            "images/agenda.ics: the event ? has no UID, DTSTAMP, DTSTART",
            id="calendar",
        ),
        pytest.param(
            "test_one_page_of_each_type_is_valid_html",
            "An “img” element must have an “alt” attribute",
            id="invalid html",
        ),
        pytest.param(
            "test_one_page_of_each_type_passes_in_a_browser",
            '"id": "image-alt"',
            id="axe",
        ),
    ],
)
def test_the_site_check_catches(
    broken_run: subprocess.CompletedProcess[str], test: str, message: str
) -> None:
    assert broken_run.returncode == 1, broken_run.stdout + broken_run.stderr
    assert "FAILED " in broken_run.stdout and f"::{test}" in broken_run.stdout, broken_run.stdout
    failure = broken_run.stdout.split(f"_ {test}")[1].split("\n___")[0]
    assert message in failure, broken_run.stdout
    assert "The site check failed" in broken_run.stdout or "a échoué" in broken_run.stdout


def test_bad_data_fails_the_check(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "site", {"members/ana.yaml": "name: Ana\nskils: [x]\n"})
    done = cowork_test(site, "-k", "data")
    assert done.returncode == 1, done.stdout + done.stderr
    assert (
        "::test_every_data_file_passes_cowork_check - Failed: `cowork check` found" in done.stdout
    )
    assert "members/ana.yaml:2: skils: unknown key 'skils'" in done.stdout
    assert "hint: did you mean 'skills'?" in done.stdout


def test_a_build_warning_fails_the_check(tmp_path: Path) -> None:
    article = "Title: A\nDate: 2026-06-01\nCategory: Vie du lieu\n\n[x]({filename}/nowhere.md)\n"
    site = make_scratch_site(tmp_path / "site", {"content/articles/a.md": article})
    done = cowork_test(site, "-k", "build")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "::test_the_site_builds_with_every_warning_fatal - Failed: `make html`" in done.stdout
    assert "nowhere.md" in done.stdout.split("test_the_site_builds_with_every_warning_fatal")[1]
    # No Python traceback for an admin to wade through: the message, then Pelican's words.
    assert "Traceback" not in done.stdout and "def test_" not in done.stdout


def test_a_build_that_crashes_is_not_called_a_warning(tmp_path: Path) -> None:
    settings = (ROOT / "tests/fixtures/sample/pelicanconf.py").read_text("utf-8")
    crash = settings + "\nimport ctypes\n\nctypes.string_at(0)  # a plugin's bug\n"
    site = make_scratch_site(tmp_path / "site", {"pelicanconf.py": crash})
    done = cowork_test(site, "-k", "build")
    assert done.returncode == 1, done.stdout + done.stderr
    # Both builds (publishconf.py imports pelicanconf.py) say how Pelican ended.
    for test in ("test_the_site_builds", "test_the_public_site_builds"):
        failure = done.stdout.split(f"_ {test}_with_every_warning_fatal")[1].split("\n___")[0]
        assert "(Pelican was stopped by the signal SIGSEGV: it crashed)" in failure, done.stdout


def test_no_test_run_is_a_failure(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "site", {})
    done = cowork_test(site, "-k", "no-such-check")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "ran no test" in done.stdout or "aucun test" in done.stdout


def test_listing_the_checks_or_skipping_some_is_never_called_passed(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "site", {})
    listed = cowork_test(site, "--collect-only", "-q")
    assert listed.returncode == 1, listed.stdout + listed.stderr
    assert "est passée" not in listed.stdout
    assert "n'a rien vérifié" in listed.stdout
    # The data check runs; the others are left out, not skipped: one passed, and the verdict
    # says it was one of eleven (a `-k` in a space's CI must not read as the whole check).
    some = cowork_test(site, "-k", "data")
    assert some.returncode == 0, some.stdout + some.stderr
    assert some.stdout.rstrip().endswith(
        "La vérification du site est passée, mais 1 vérification(s) sur 11 seulement ont "
        "tourné (les autres ont été écartées avec -k)."
    )
    assert "La vérification du site est passée." not in some.stdout
    # A site without publishconf.py: its production build is skipped, and the verdict says so.
    unpublished = make_scratch_site(tmp_path / "unpublished", {"publishconf.py": ""})
    partly = cowork_test(unpublished, "-k", "build")
    assert partly.returncode == 0, partly.stdout + partly.stderr
    assert partly.stdout.rstrip().endswith(
        "est passée, mais 1 vérification(s) n'ont pas tourné (ignorées : voir plus haut). "
        "9 autre(s) ont été écartée(s) avec -k."
    ), partly.stdout


def test_a_chromium_named_wrong_is_said_not_a_traceback(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "site", {})
    # Outside CI the browser check is skipped, and nothing else ran: never "passed".
    missing = cowork_test(
        site, "-k", "browser", env={"COWORK_CHROMIUM": "/nowhere/chrome", "CI": ""}
    )
    assert missing.returncode == 1, missing.stdout + missing.stderr
    assert "COWORK_CHROMIUM names /nowhere/chrome, which is not a program installed here" in (
        missing.stdout
    )
    assert missing.stdout.rstrip().endswith(
        "La vérification n'a rien vérifié : ses 1 vérification(s) n'ont pas tourné (ignorées : "
        "voir plus haut)."
    )
    # A program that is not Chromium: named, without Playwright's traceback.
    wrong = cowork_test(site, "-k", "browser", env={"COWORK_CHROMIUM": "true"})
    assert wrong.returncode == 1, wrong.stdout + wrong.stderr
    assert "/true did not start as Chromium" in wrong.stdout
    assert "Traceback" not in wrong.stdout and "During handling" not in wrong.stdout


def test_a_folder_without_a_site_is_wrong_usage(tmp_path: Path) -> None:
    done = cowork_test(tmp_path)
    assert done.returncode == 2
    assert "no pelicanconf.py here" in done.stderr and "--site DIR" in done.stderr


# ─── The walkers, word for word ───────────────────────────────────────────────────────────────


def test_feeds_and_calendars_are_read_as_readers_read_them(tmp_path: Path) -> None:
    (tmp_path / "good.atom.xml").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><id>x</id>'
        '<entry><title>A</title><link href="https://s.example/a/"/><id>a</id></entry></feed>',
        "utf-8",
    )
    (tmp_path / "untitled.rss.xml").write_text(
        '<rss version="2.0"><channel><item><title>A</title></item></channel></rss>', "utf-8"
    )
    (tmp_path / "sitemap.xml").write_text("<urlset><url></urlset>", "utf-8")
    (tmp_path / "garbage.ics").write_text("not a calendar", "utf-8")
    (tmp_path / "fine.ics").write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        "DTSTAMP:20261122T100000Z\r\nDTSTART:20261201T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "utf-8",
    )
    read, problems = feed_problems(tmp_path)
    assert read == 3
    assert [p.split(":")[0] for p in problems] == [
        "sitemap.xml",
        "untitled.rss.xml",
        "untitled.rss.xml",
    ]
    assert (
        "the feed has no title" in problems[1] and "entry 1 has no title or no link" in problems[2]
    )
    read, problems = calendar_problems(tmp_path)
    assert read == 2
    assert len(problems) == 1 and problems[0].startswith("garbage.ics: ")


def test_one_page_of_each_type_is_picked_by_its_shape_and_place(tmp_path: Path) -> None:
    def page(path: str, main: str, og: str = "website") -> None:
        file = tmp_path / path
        file.parent.mkdir(parents=True, exist_ok=True)
        head = f'<meta property="og:type" content="{og}">'
        file.write_text(f"<html><head>{head}</head><body><main>{main}</main></body></html>")

    post = '<article class="h-entry"><p>x</p></article>'
    summaries = '<header class="page-header"></header><article class="summary"></article>'
    page("index.html", summaries)
    page("blog/2026/b/index.html", post, "article")
    page("blog/2025/a/index.html", post, "article")
    page("blog/2025/index.html", summaries + '<article class="summary"></article>')
    page("blog/2026/index.html", summaries)
    page("tag/x/index.html", summaries)
    page("tag/y/index.html", summaries * 2)
    page("tag/index.html", '<header class="page-header"></header><ul class="term-list"></ul>')
    picked = one_page_per_type(tmp_path)
    found = sorted(p.relative_to(tmp_path).as_posix() for p in picked.values())
    # Of pages alike (two posts, two years, two tags), the first in path order; the home page,
    # a year and a tag share a layout but not a place.
    assert found == [
        "blog/2025/a/index.html",
        "blog/2025/index.html",
        "index.html",
        "tag/index.html",
        "tag/x/index.html",
    ]
    assert sorted(kind.place for kind in picked) == ["", "*", "blog/#/*", "blog/*", "tag/*"]
