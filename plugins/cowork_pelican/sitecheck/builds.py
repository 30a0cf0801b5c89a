"""The site built as `make html` and `make publish` build it (every warning fatal), into a
temporary folder: the check never touches the site's own `output/`."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag


@dataclass(frozen=True)
class Build:
    """One build of the site by the check: its settings, output, log and exit status."""

    settings: str
    output: Path
    log: str
    returncode: int

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def public_url(self) -> str | None:
        """The site's public address, from the home page's canonical link: links to it are
        internal links, checked like the others."""
        home = self.output / "index.html"
        if not home.is_file():
            return None
        link = BeautifulSoup(home.read_text("utf-8"), "html.parser").find("link", rel="canonical")
        href = link.get("href") if isinstance(link, Tag) else None
        return str(href).rstrip("/") if href else None


def build(site: Path, settings: str, output: Path) -> Build:
    command = [sys.executable, "-m", "pelican", "--fatal", "warnings", "-s", settings]
    # Wide enough that Pelican's log does not wrap the messages people must read.
    environ = {**os.environ, "COLUMNS": os.environ.get("COLUMNS", "200")}
    done = subprocess.run(
        [*command, "-o", str(output)], cwd=site, env=environ, capture_output=True, text=True
    )
    return Build(settings, output, done.stdout + done.stderr, done.returncode)
