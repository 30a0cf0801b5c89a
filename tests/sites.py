"""Real builds for the tests: the sample site, and scratch sites written into a temporary folder.

Builds run `pelican --fatal warnings` in a subprocess, exactly as `make html` does, so that each one
starts from a clean interpreter (Pelican keeps state between runs in one process).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
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
        return BeautifulSoup(self.read(url), "html.parser")

    def html_files(self) -> list[Path]:
        return sorted(self.output.rglob("*.html"))


def pelican_command(settings: str, output: Path) -> list[str]:
    """The build exactly as `make html` runs it: every warning fails it."""
    return [
        sys.executable,
        "-m",
        "pelican",
        "--fatal",
        "warnings",
        "-s",
        settings,
        "-o",
        str(output),
    ]


def run_pelican(
    source: Path,
    output: Path,
    settings: str = "pelicanconf.py",
    env: Mapping[str, str] | None = None,
) -> BuiltSite:
    environ = {**os.environ, "COWORK_NOW": FIXED_NOW, **(env or {})}
    # Wide enough that Pelican's rich log does not wrap messages the tests look for.
    environ.setdefault("COLUMNS", "300")
    command = pelican_command(settings, output)
    result = subprocess.run(command, cwd=source, env=environ, capture_output=True, text=True)
    return BuiltSite(source, output, result.stdout, result.stderr, result.returncode)


def make_scratch_site(
    dest: Path, files: Mapping[str, str | bytes], with_sample: bool = False
) -> Path:
    """A site folder with the kit's settings, theme and plugins, and the given data files.

    With `with_sample`, the sample content, members and events are copied first, and `files`
    add to or replace them. A file whose content is "" is deleted from the copy. Called again on
    the same `dest`, it changes only the given files: a test can edit a site and build it again.
    """
    fresh = not dest.exists()
    dest.mkdir(parents=True, exist_ok=True)
    if fresh:
        for name in ("pelicanconf.py", "publishconf.py", "space.yaml"):
            shutil.copy(ROOT / name, dest / name)
        for name in ("plugins",):
            (dest / name).symlink_to(ROOT / name, target_is_directory=True)
        for name in ("content", "members", "events"):
            if with_sample and (ROOT / name).exists():
                shutil.copytree(ROOT / name, dest / name)
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
