"""The site's data is valid and the site builds, for development and for publishing, with every
warning fatal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cowork_pelican.sitecheck.builds import Build


def test_every_data_file_passes_cowork_check(site_folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cowork.cli", "check"],
        cwd=site_folder,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, (
        "`cowork check` found problems in the site's data (members/, events/, content/, "
        "space.yaml): fix each file:line below, then run `make check` again.\n"
        + done.stdout
        + done.stderr
    )


def test_the_site_builds_with_every_warning_fatal(dev_build: Build) -> None:
    assert dev_build.ok, (
        "`make html` would fail: the build stops on any warning (a typo in an article's "
        "metadata, a broken link, a problem in the data). Pelican said:\n" + dev_build.log
    )


def test_the_public_site_builds_with_every_warning_fatal(published_build: Build) -> None:
    assert published_build.ok, (
        "`make publish` would fail (publishconf.py): the build stops on any warning. "
        "Pelican said:\n" + published_build.log
    )
