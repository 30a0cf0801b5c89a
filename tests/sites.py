"""Real builds for the tests: the sample site, and scratch sites written into a temporary folder.

The sample site is the kit's own fixture (`tests/fixtures/sample/`), never the demo at the
repository's root: a space that replaces the demo's content, members and events keeps a green
suite (tests/core/test_fixtures_only.py keeps it so). Builds run `pelican --fatal warnings` in a
subprocess, exactly as `make html` does, so that each one starts from a clean interpreter (Pelican
keeps state between runs in one process), and with the kit of this checkout.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cowork_pelican import warm
from cowork_pelican.warm import WarmBuilder

from tests import buildcache

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
"""The kit's repository: its code, README, Makefile and pipelines, never its demo's data."""
KIT = ROOT / "plugins"
"""The kit's packages, importable by every build the tests start."""
SAMPLE = Path(__file__).resolve().parent / "fixtures" / "sample"
"""The kit's test site: settings, `space.yaml`, content, members and events."""
SITE_FILES = ("pelicanconf.py", "publishconf.py", "space.yaml")
"""A site's own settings and description, copied from the sample into every scratch site."""
DATA_FOLDERS = ("content", "members", "events")
"""A site's data: what `with_sample` copies from the sample."""
FIXED_NOW = "2026-11-22T10:00:00"
"""The "now" of every test build (`COWORK_NOW`), so that upcoming and past never drift."""


@dataclass(frozen=True)
class BuiltSite:
    source: Path
    output: Path
    stdout: str
    stderr: str
    returncode: int

    @property
    def log(self) -> str:
        return self.stdout + self.stderr

    def path(self, url: str) -> Path:
        """The file a URL path such as `blog/archives/` is served from."""
        target = self.output / url.lstrip("/")
        return target / "index.html" if url.endswith("/") or url == "" else target

    def read(self, url: str) -> str:
        return self.path(url).read_text("utf-8")

    def soup(self, url: str) -> BeautifulSoup:
        # Imported here, as GitPython below: the core tests never parse a page nor make history,
        # and every process of the suite imports this module.
        from bs4 import BeautifulSoup

        return BeautifulSoup(self.read(url), "html.parser")

    def html_files(self) -> list[Path]:
        return sorted(self.output.rglob("*.html"))


def pelican_arguments(settings: str, output: Path) -> list[str]:
    """The build's arguments exactly as `make html` gives them: every warning fails it."""
    return ["--fatal", "warnings", "-s", settings, "-o", str(output)]


def pelican_command(settings: str, output: Path) -> list[str]:
    return [sys.executable, "-m", "pelican", *pelican_arguments(settings, output)]


def build_environ(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a test build: the tests' "now", and this checkout's kit.

    A site imports the kit as an installed package (its `pelicanconf.py` holds no path): the
    kit's folder comes first on the path, so that a build runs the code under test whatever else
    is installed.
    """
    environ = {**os.environ, "COWORK_NOW": FIXED_NOW, **(env or {})}
    environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(KIT), environ.get("PYTHONPATH")]))
    return environ


_builders: list[WarmBuilder] = []
"""The warm build server of this test process, started at its first build."""


def warm_builder() -> WarmBuilder | None:
    """The test process's warm build server, or None where processes cannot fork."""
    if not warm.supported():
        return None
    if not _builders:
        _builders.append(WarmBuilder(build_environ()))
        atexit.register(_builders[0].close)
    return _builders[0]


def run_pelican(
    source: Path,
    output: Path,
    settings: str = "pelicanconf.py",
    env: Mapping[str, str] | None = None,
    shared_cache: bool = True,
) -> BuiltSite:
    """Build the site at `source` as `make html` does. With `shared_cache`, a site never built
    starts with the run's compiled templates, cards, pictures and calendars
    (`tests.buildcache`)."""
    with buildcache.shared(source) if shared_cache else contextlib.nullcontext():
        return _build(source, output, settings, env)


def _build(source: Path, output: Path, settings: str, env: Mapping[str, str] | None) -> BuiltSite:
    # Wide enough that Pelican's rich log does not wrap messages the tests look for (whatever
    # width the calling terminal or pytest-xdist's worker has).
    environ = build_environ({"COLUMNS": "300", **(env or {})})
    builder = warm_builder()
    if builder is None:
        command = pelican_command(settings, output)
        result = subprocess.run(command, cwd=source, env=environ, capture_output=True, text=True)
        return BuiltSite(source, output, result.stdout, result.stderr, result.returncode)
    run = builder.build(pelican_arguments(settings, output), source, environ)
    return BuiltSite(source, output, run.stdout, run.stderr, run.returncode)


def make_scratch_site(
    dest: Path, files: Mapping[str, str | bytes], with_sample: bool = False
) -> Path:
    """A site folder with the sample's settings and `space.yaml`, and the given data files.

    With `with_sample`, the sample's content, members and events are copied first, and `files`
    add to or replace them. A file whose content is "" is deleted from the copy. Called again on
    the same `dest`, it changes only the given files: a test can edit a site and build it again.
    """
    fresh = not dest.exists()
    dest.mkdir(parents=True, exist_ok=True)
    if fresh:
        for name in SITE_FILES:
            shutil.copy(SAMPLE / name, dest / name)
        for name in DATA_FOLDERS:
            if with_sample:
                shutil.copytree(SAMPLE / name, dest / name)
            else:
                (dest / name).mkdir()
    for relpath, content in files.items():
        target = dest / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        if content == "":
            target.unlink(missing_ok=True)
        elif isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, "utf-8")
    return dest


SAMPLE_HISTORY = (
    ("2026-08-31T09:00:00+02:00", "La Navette's site", ()),
    ("2026-09-07T18:12:00+02:00", "Chloé Garnier joins the directory", ("chloe-garnier",)),
    ("2026-10-05T08:47:00+02:00", "Inès Moreau joins the directory", ("ines-moreau",)),
    ("2026-11-02T21:30:00+01:00", "Léa Fontaine joins the directory", ("lea-fontaine",)),
)
"""The sample's git history: (author date, message, members added). Three members write no
`joined` date: the directory takes the day their file was added, as a space's site does."""


def copy_sample(dest: Path, history: bool = True) -> Path:
    """A copy of the whole sample site at `dest`, which a test may build or change.

    With `history`, the copy is a git repository whose commits are `SAMPLE_HISTORY`: what a
    space's site reads from git (a member's "member since" and number, an event's revisions)
    comes out the same in every run.
    """
    shutil.copytree(SAMPLE, dest, ignore=shutil.ignore_patterns("__pycache__", "output"))
    if history:
        _commit_history(dest)
    return dest


def _commit_history(root: Path) -> None:
    import git

    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())

    def members_files(handles: Collection[str]) -> list[str]:
        """A member's file and picture: `members/ana.yaml`, `members/avatars/ana.png`."""
        return [f for f in files if f.startswith("members/") and Path(f).stem in handles]

    later = members_files([handle for _, _, handles in SAMPLE_HISTORY for handle in handles])
    repo = git.Repo.init(root, initial_branch="main")
    someone = git.Actor("La Navette", "site@la-navette.example")
    with repo:
        for date, message, handles in SAMPLE_HISTORY:
            added = members_files(handles) if handles else [f for f in files if f not in later]
            repo.index.add(added)
            when = dt.datetime.fromisoformat(date)
            repo.index.commit(
                message, author=someone, committer=someone, author_date=when, commit_date=when
            )
