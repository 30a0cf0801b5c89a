"""Benchmark: how long each hostile file of the corpus (issue 11) takes to be refused.

For every case of `tests/hostile_corpus.py`: `cowork check` inside one process (best of three),
and the whole build as `make html` runs it (interpreter and Pelican start-up included), each
against the same for the good site alone. The slowest refusal comes last. Runs alone with
`python -m tests.benchmarks hostile`, or from `make bench`.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cowork.cli import main

from tests.hostile_corpus import GOOD, MADE, REFUSED, case_site
from tests.sites import FIXED_NOW, make_scratch_site, run_pelican

RUNS = 3


def best(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def check_time(site: Path) -> float:
    argv = ["--settings", str(site / "pelicanconf.py"), "check"]
    return best(lambda: main(argv, out=io.StringIO(), err=io.StringIO()))


def build_time(site: Path, output: Path) -> float:
    return best(lambda: run_pelican(site, output), runs=1)


def run() -> list[str]:
    os.environ["COWORK_NOW"] = FIXED_NOW
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        good = make_scratch_site(root / "good" / "src", GOOD)
        good_check, good_build = check_time(good), build_time(good, root / "good" / "output")
        rows = []
        for case in [*REFUSED, *MADE]:
            site, _ = case_site(root / case, case)
            rows.append((check_time(site), build_time(site, root / case / "output"), case))
    rows.sort()
    lines = [f"good site: check {good_check:.3f} s, build {good_build:.2f} s (with start-up)"]
    lines += [
        f"{case}: check {check:.3f} s ({check / good_check:.1f}x the good site's), "
        f"build {build:.2f} s ({build / good_build:.1f}x)"
        for check, build, case in rows
    ]
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
