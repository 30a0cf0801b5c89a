"""@TESTS_DOC@"""

from __future__ import annotations

import html
import os
import subprocess
import sys
from pathlib import Path

import yaml

SITE = Path(__file__).resolve().parents[1]


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, *arguments], cwd=SITE, env=environ, capture_output=True, text=True
    )


def test_the_site_builds_with_every_warning_fatal(tmp_path: Path) -> None:
    output = tmp_path / "output"
    done = run("-m", "pelican", "--fatal", "warnings", "-s", "pelicanconf.py", "-o", str(output))
    assert done.returncode == 0, done.stdout + done.stderr
    name = yaml.safe_load((SITE / "space.yaml").read_text("utf-8"))["name"]
    assert html.escape(name) in (output / "index.html").read_text("utf-8")


def test_the_data_passes_cowork_check() -> None:
    done = run("-m", "cowork.cli", "check")
    assert done.returncode == 0, done.stdout + done.stderr
