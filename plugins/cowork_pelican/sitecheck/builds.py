"""The site built as `make html` and `make publish` build it (every warning fatal), into a
temporary folder: the check never touches the site's own `output/`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cowork_pelican.sitecheck.scan import SiteScan
from cowork_pelican.warm import WarmBuilder


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

    def said(self) -> list[str]:
        """What the failed build said, and how it ended when that was not Pelican's own
        failure (status 1): a crash is not a warning."""
        if self.returncode < 0:
            name = signal.Signals(-self.returncode).name
            return [self.log, f"(Pelican was stopped by the signal {name}: it crashed)"]
        if self.returncode > 1:
            return [self.log, f"(Pelican ended with the exit status {self.returncode})"]
        return [self.log]

    def public_url(self) -> str | None:
        """The site's public address, from the home page's canonical link: links to it are
        internal links, checked like the others."""
        home = self.output / "index.html"
        if not home.is_file():
            return None
        href = self.pages.page(home).canonical
        return href.rstrip("/") if href else None


def build(site: Path, settings: str, output: Path, builder: WarmBuilder | None = None) -> Build:
    """Build `site` with `settings` into `output`, as `pelican --fatal warnings` does: forked
    from `builder` when there is one (Pelican and the kit imported once for both builds), else
    in a new interpreter."""
    argv = ["--fatal", "warnings", "-s", settings, "-o", str(output)]
    # Wide enough that Pelican's log does not wrap the messages people must read.
    environ = {**os.environ, "COLUMNS": os.environ.get("COLUMNS", "200")}
    if builder is not None:
        run = builder.build(argv, cwd=site, environ=environ)
        returncode, log = run.returncode, run.stdout + run.stderr
    else:
        command = [sys.executable, "-m", "pelican", *argv]
        done = subprocess.run(command, cwd=site, env=environ, capture_output=True, text=True)
        returncode, log = done.returncode, done.stdout + done.stderr
    return Build(settings, output, log, returncode, SiteScan(output))
