"""The order `make test` hands modules to the workers in (`tests/schedule.py`): the longest
first, by the times the last run recorded; a module no run has timed, by its `slow` marker.

Each case runs pytest in a child process on a small suite of its own, as `make test` runs the
kit's, and reads the order from what `--collect-only` prints.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests import schedule

SUITE = {
    "pytest.ini": "[pytest]\nmarkers =\n    slow: long\n    waits: idle\n",
    "conftest.py": 'pytest_plugins = ["schedule"]\n',
    "test_long.py": "import time\n\n\ndef test_long():\n    time.sleep(0.2)\n",
    "test_marked.py": "import pytest\n\npytestmark = pytest.mark.slow\n\n\ndef test_marked():\n"
    "    pass\n",
    "test_short.py": "def test_short():\n    pass\n",
}


def pytest_in(folder: Path, *args: str) -> str:
    command = [sys.executable, "-m", "pytest", "-p", "no:xdist", "-p", "no:anyio", *args]
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def order(folder: Path) -> list[str]:
    """The modules in the order the run would start them."""
    printed = pytest_in(folder, "--collect-only", "-q").splitlines()
    return [line.split("::")[0] for line in printed if "::" in line]


def recorded(folder: Path) -> Path:
    return folder / ".pytest_cache" / "v" / schedule.CACHE_KEY


def suite(folder: Path) -> Path:
    """The small suite, with the plugin under test beside it (its conftest loads it)."""
    for name, text in SUITE.items():
        (folder / name).write_text(text, "utf-8")
    shutil.copy(schedule.__file__, folder / "schedule.py")
    return folder


def test_untimed_modules_start_with_the_slow_ones_then_go_by_name(tmp_path: Path) -> None:
    assert order(suite(tmp_path)) == ["test_marked.py", "test_long.py", "test_short.py"]


def test_a_run_records_each_test_and_the_next_starts_with_the_longest(tmp_path: Path) -> None:
    folder = suite(tmp_path)
    pytest_in(folder)
    times = json.loads(recorded(folder).read_text("utf-8"))
    assert set(times) == {
        f"{name}::{name.removesuffix('.py')}" for name in SUITE if "test_" in name
    }
    assert times["test_long.py::test_long"] >= 0.2
    assert order(folder)[0] == "test_long.py"


def test_the_order_follows_the_record_and_leaves_bad_figures_out(tmp_path: Path) -> None:
    folder = suite(tmp_path)
    cache = recorded(folder)
    cache.parent.mkdir(parents=True)
    # What a hand or another tool might leave in the file: no time at all, so the marked module
    # is ranked by its marker again, and the one with no figure comes last.
    times = {"test_short.py::test_short": 2.0, "test_long.py::test_long": float("inf")}
    times |= {"test_marked.py::test_marked": True, "gone.py::test_gone": 3.0}
    cache.write_text(json.dumps(times), "utf-8")
    assert order(folder) == ["test_marked.py", "test_short.py", "test_long.py"]
    # A run keeps the figures of the modules that are still there, and only theirs.
    pytest_in(folder, "test_short.py")
    kept = json.loads(cache.read_text("utf-8"))
    assert set(kept) == {"test_short.py::test_short"}


def test_a_module_that_waits_starts_before_all(tmp_path: Path) -> None:
    folder = suite(tmp_path)
    (folder / "test_waiting.py").write_text(
        "import pytest\n\npytestmark = pytest.mark.waits\n\n\ndef test_waiting():\n    pass\n",
        "utf-8",
    )
    assert order(folder) == ["test_waiting.py", "test_marked.py", "test_long.py", "test_short.py"]
