"""The site built as `make html` and `make publish` build it (every warning fatal), into a
temporary folder: the check never touches the site's own `output/`."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cowork_pelican.sitecheck.scan import SiteScan


@dataclass(frozen=True)
class Build:
    """One build of the site by the check: its settings, output, log and exit status."""

    settings: str
    output: Path
    log: str
    returncode: int
    pages: SiteScan = field(compare=False)
    """Its pages, each read once for every check that reads them."""

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def public_url(self) -> str | None:
        """The site's public address, from the home page's canonical link: links to it are
        internal links, checked like the others."""
        home = self.output / "index.html"
        if not home.is_file():
            return None
        href = self.pages.page(home).canonical
        return href.rstrip("/") if href else None


def build(site: Path, settings: str, output: Path) -> Build:
    command = [sys.executable, "-m", "pelican", "--fatal", "warnings", "-s", settings]
    # Wide enough that Pelican's log does not wrap the messages people must read.
    environ = {**os.environ, "COLUMNS": os.environ.get("COLUMNS", "200")}
    done = subprocess.run(
        [*command, "-o", str(output)], cwd=site, env=environ, capture_output=True, text=True
    )
    return Build(settings, output, done.stdout + done.stderr, done.returncode, SiteScan(output))
