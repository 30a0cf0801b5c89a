"""The `cowork` command as installed: its console script runs `cowork.command.run`, which reads
the command line as `cowork.cli.main` does, with the cyclic garbage collector off."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from cowork import __version__

from tests.sites import ROOT

PROBE = """
import gc, sys
import cowork.cli
ran = []
cowork.cli.main = lambda: ran.append(gc.isenabled()) or 0
from cowork.command import run
try:
    run()
except SystemExit as done:
    print(done.code, ran)
"""


def test_the_console_script_is_the_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["scripts"] == {"cowork": "cowork.command:run"}


def test_the_command_runs_main_without_the_collector() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "[False]"]


def test_the_command_reads_its_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cowork.command", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, f"cowork {__version__}\n")
