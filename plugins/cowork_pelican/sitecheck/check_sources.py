"""The site's data is valid and the site builds, for development and for publishing, with every
warning fatal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cowork_pelican.sitecheck.builds import Build
from cowork_pelican.sitecheck.verdict import fail_on


def test_every_data_file_passes_cowork_check(site_folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cowork.cli", "check"],
        cwd=site_folder,
        capture_output=True,
        text=True,
    )
    fail_on(
        [done.stdout + done.stderr] if done.returncode else [],
        "`cowork check` found problems in the site's data (space.yaml, members/, events/, "
        "content/): fix each file:line below, then run `make check` again.",
    )


def test_the_site_builds_with_every_warning_fatal(dev_build: Build) -> None:
    fail_on(
        [] if dev_build.ok else dev_build.said(),
        "`make html` would fail: the build stops on any warning (a typo in an article's "
        "metadata, a link to a missing file, a problem in the data). Pelican said:",
    )


def test_the_public_site_builds_with_every_warning_fatal(published_build: Build) -> None:
    fail_on(
        [] if published_build.ok else published_build.said(),
        "`make publish` would fail (publishconf.py): the build stops on any warning. Pelican said:",
    )
