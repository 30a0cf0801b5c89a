"""The `cowork` command as installed: its console script runs `cowork.command.run`, which runs
`cowork.cli.main` with the cyclic garbage collector off, and ends the process as soon as `main`
returns, with all it wrote and its exit status."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from cowork import __version__

from tests.sites import ROOT

# `main` replaced by one that says whether the collector runs, and leaves it unflushed.
PROBE = """
import gc, sys
import cowork.cli
cowork.cli.main = lambda: sys.stdout.write(f"collector on: {gc.isenabled()}") and 3
from cowork.command import run
run()
"""


def test_the_console_script_is_the_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["scripts"] == {"cowork": "cowork.command:run"}


def test_main_runs_without_the_collector_and_all_it_wrote_is_written() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (3, "collector on: False", "")


def test_the_command_reads_its_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cowork.command", "--version"], capture_output=True, text=True
    )
    assert (done.returncode, done.stdout) == (0, f"cowork {__version__}\n")
