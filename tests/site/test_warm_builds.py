"""Builds forked from the warm process (`cowork_pelican.warm`, used by `make serve` and by these
tests) are the builds `pelican` makes on the command line: the same files, and nothing of one
build reaches the next."""

from __future__ import annotations

import filecmp
import subprocess
from pathlib import Path

import cowork_pelican
from cowork_pelican.warm import WarmBuilder

from tests.members_files import CONSENTED
from tests.sites import build_environ, make_scratch_site, pelican_arguments, pelican_command

ARTICLE = "Title: {title}\nDate: 2026-06-01 09:00\nCategory: Essais\n\nTexte.\n"


def differing(left: Path, right: Path) -> list[str]:
    """Files that differ between two output folders, or exist in one only."""
    found: list[str] = []
    stack = [filecmp.dircmp(left, right)]
    while stack:
        compared = stack.pop()
        found += compared.left_only + compared.right_only + compared.funny_files
        _, mismatch, errors = filecmp.cmpfiles(
            compared.left, compared.right, compared.common_files, shallow=False
        )
        found += mismatch + errors
        stack += compared.subdirs.values()
    return found


def command_line_build(
    site: Path, output: Path, environ: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """`pelican` on the command line, as `make html` runs it."""
    command = pelican_command("pelicanconf.py", output)
    return subprocess.run(command, cwd=site, env=environ, capture_output=True, text=True)


def failed_logs(site: Path, tmp_path: Path) -> list[str]:
    """The logs of a build of `site` that must fail, on the command line and as `make serve`
    builds it (the directory's and the calendar's pages in a second process); neither leaves an
    output folder."""
    environ = build_environ({"COLUMNS": "300"})
    cold = command_line_build(site, tmp_path / "cold", environ)
    with WarmBuilder(environ) as builder:
        split = builder.build(
            pelican_arguments("pelicanconf.py", tmp_path / "split"),
            site,
            environ,
            split_output=True,
        )
    runs = [
        (cold.returncode, cold.stdout + cold.stderr),
        (split.returncode, split.stdout + split.stderr),
    ]
    for code, log in runs:
        assert code != 0, log
    assert not (tmp_path / "cold").exists()
    assert not (tmp_path / "split").exists()
    assert not list(tmp_path.glob(".split.building-*"))
    return [log for _, log in runs]


def test_a_warm_build_writes_what_the_command_line_writes(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "site", {}, with_sample=True)
    environ = build_environ({"COLUMNS": "300"})
    cold = command_line_build(site, tmp_path / "cold", environ)
    assert cold.returncode == 0, cold.stdout + cold.stderr
    with WarmBuilder(environ) as builder:
        warm = builder.build(pelican_arguments("pelicanconf.py", tmp_path / "warm"), site, environ)
        # As `make serve` builds: the directory's and the calendar's pages in a second process.
        split = builder.build(
            pelican_arguments("pelicanconf.py", tmp_path / "split"),
            site,
            environ,
            split_output=True,
        )
    assert warm.returncode == 0, warm.stdout + warm.stderr
    assert "Done: Processed" in warm.stdout
    assert differing(tmp_path / "cold", tmp_path / "warm") == []
    assert sum(1 for _ in (tmp_path / "warm").rglob("*.html")) > 50
    assert split.returncode == 0, split.stdout + split.stderr
    assert differing(tmp_path / "cold", tmp_path / "split") == []


BROKEN_PROFILE = """{% extends "!theme/members/profile.html" %}
{% block content %}{{ none.broken.template }}{% endblock %}
"""


def test_a_failure_in_the_second_process_fails_the_build_and_keeps_the_site(
    tmp_path: Path,
) -> None:
    files = {"members/ana.yaml": "name: Ana Lefèvre\n" + CONSENTED}
    site = make_scratch_site(tmp_path / "site", files)
    environ = build_environ({"COLUMNS": "300"})
    out = pelican_arguments("pelicanconf.py", tmp_path / "out")
    with WarmBuilder(environ) as builder:
        good = builder.build(out, site, environ, split_output=True)
        assert good.returncode == 0, good.stdout + good.stderr
        profile = tmp_path / "out" / "membres" / "ana" / "index.html"
        before = profile.read_text("utf-8")
        make_scratch_site(site, {"theme/templates/members/profile.html": BROKEN_PROFILE})
        broken = builder.build(out, site, environ, split_output=True)
    log = broken.stdout + broken.stderr
    assert broken.returncode != 0
    assert "Build failed: out was left as it was" in log
    # Said once, by the second process, at the template's line, without a traceback.
    assert log.count("theme/templates/members/profile.html:") == 1, log
    assert "Traceback" not in log
    assert profile.read_text("utf-8") == before
    assert not list(tmp_path.glob(".out.building-*"))


def test_a_build_gets_its_own_environment_and_the_files_as_they_are_now(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "site", {"content/a.md": ARTICLE.format(title="Avant")})
    # No COWORK_LANG: a build speaks the site's language (French) unless its environment says.
    environ = {k: v for k, v in build_environ({"COLUMNS": "300"}).items() if k != "COWORK_LANG"}
    out = pelican_arguments("pelicanconf.py", tmp_path / "out")
    with WarmBuilder(environ | {"COWORK_LANG": "en"}) as builder:
        make_scratch_site(site, {"content/b.md": "Title: Sans date\n\nTexte.\n"})
        # A failed build gets its own environment, not the server's: it speaks French...
        french = builder.build(out, site, environ)
        # ...and one whose environment says English speaks English.
        english = builder.build(out, site, environ | {"COWORK_LANG": "en"})
        # A good build after them sees the files as they are now.
        make_scratch_site(site, {"content/b.md": "", "content/a.md": ARTICLE.format(title="Après")})
        after = builder.build(out, site, environ)
    assert french.returncode != 0 and english.returncode != 0
    assert "Échec de la construction : out est resté tel quel" in french.stdout + french.stderr
    assert "Build failed: out was left as it was" in english.stdout + english.stderr
    assert "Échec" not in english.stdout + english.stderr
    assert after.returncode == 0, after.stdout + after.stderr
    pages = "".join(p.read_text("utf-8") for p in (tmp_path / "out").rglob("*.html"))
    assert "Après" in pages and "Avant" not in pages


def test_a_page_at_the_directorys_address_fails_as_on_the_command_line(tmp_path: Path) -> None:
    # Both processes of a preview build write their own paths; a path both write is Pelican's
    # to judge, as in one process (found by trying the preview as a space's admin would).
    files = {
        "members/ana.yaml": "name: Ana Lefèvre\n" + CONSENTED,
        "content/pages/membres.md": "Title: Membres\n\nNotre page à nous.\n",
    }
    for log in failed_logs(make_scratch_site(tmp_path / "site", files), tmp_path):
        # The page is named at the line its address comes from.
        assert (
            "content/pages/membres.md:1: Title: expected an address the directory and the "
            "calendar leave free, found 'membres/'"
        ) in log
        assert "Traceback" not in log


def test_a_page_in_restructuredtext_at_the_calendars_address_is_named(tmp_path: Path) -> None:
    # Its header is not Markdown's: the page is named without a line.
    files = {
        "events/apero.yaml": "title: Apéro\nstart: 2026-12-03 18:30\nduration: 2h\n",
        "content/pages/agenda.rst": "Agenda\n######\n\n:slug: evenements\n\nNotre agenda.\n",
    }
    site = make_scratch_site(tmp_path / "site", files)
    run = command_line_build(site, tmp_path / "out", build_environ({"COLUMNS": "300"}))
    log = run.stdout + run.stderr
    assert run.returncode != 0, log
    assert (
        "content/pages/agenda.rst: expected an address the directory and the calendar leave "
        "free, found 'evenements/'"
    ) in log
    assert "Traceback" not in log


def test_a_broken_template_is_named_at_its_line_without_a_traceback(tmp_path: Path) -> None:
    # A site's own copy of a kit template, broken: the admin reads its file and line, on the
    # command line and in the preview's second process alike.
    kit = Path(cowork_pelican.__file__).parent / "theme" / "templates" / "members" / "profile.html"
    lines = kit.read_text("utf-8").split("\n")
    number = next(i for i, text in enumerate(lines, start=1) if "{% block content %}" in text)
    lines.insert(number, "{{ nope() }}")
    files = {
        "members/ana.yaml": "name: Ana Lefèvre\n" + CONSENTED,
        "theme/templates/members/profile.html": "\n".join(lines),
    }
    for log in failed_logs(make_scratch_site(tmp_path / "site", files), tmp_path):
        assert (
            f"theme/templates/members/profile.html:{number + 1}: this template cannot be used: "
            "'nope' is undefined"
        ) in log
        assert "Traceback" not in log


STOPS = {
    "message": 'sys.exit("STOP: set PUBLIC_URL in space.yaml first")',
    "status": "sys.exit(3)",
    "at-once": "os._exit(4)",
    "crash": "ctypes.string_at(0)",
}
"""Ways a settings file (or a plugin) ends the process: a `sys.exit` with a message, a status,
`os._exit`, a crash."""


def test_settings_that_stop_the_build_stop_it_as_on_the_command_line(tmp_path: Path) -> None:
    """Each the same status and the same words as `pelican` on the command line (one builder
    for all: each build is a child of its own)."""
    files = {
        f"{name}conf.py": f"import ctypes, os, sys\nprint('lu', flush=True)\n{stop}\n"
        for name, stop in STOPS.items()
    }
    site = make_scratch_site(tmp_path / "site", files)
    environ = build_environ()
    with WarmBuilder(environ) as builder:
        for name in STOPS:
            settings = f"{name}conf.py"
            command = pelican_command(settings, tmp_path / "cold")
            cold = subprocess.run(command, cwd=site, env=environ, capture_output=True, text=True)
            warm = builder.build(pelican_arguments(settings, tmp_path / "warm"), site, environ)
            assert cold.returncode != 0, name
            said = (warm.returncode, warm.stdout, warm.stderr)
            assert said == (cold.returncode, cold.stdout, cold.stderr), name
