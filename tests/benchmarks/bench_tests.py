"""Benchmark: how long the kit's own tests take, run as a contributor runs them.

`make test-fast` (the core layer: no build, no browser) three times, and `make test` (every
test, beside the site check of the demo) once, each through make in this checkout, as the
README says. Goals (issue 15): `make test-fast` under 15 s, `make test` in at most 90 s, on the
two-core machine the issue was measured on. Each line gives the wall time and the CPU time of
the run (user and system, every process it waited for): on a busy or slower machine the wall
time grows, and the CPU time says whether the tests did more work or the machine was slow. That
CPU time misses the browser's processes, which no process of the suite waits for: `make test`
also gives the machine's busy core-seconds over the run (Linux's /proc/stat), which holds them,
and whatever else the machine did meanwhile.
A run that fails is reported as such, without a time. Runs alone with
`python -m tests.benchmarks tests`, or from `make bench`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path

from cowork_pelican.sitecheck.chromium import chromium_executable

from tests.benchmarks.harness import goal_line
from tests.sites import ROOT

FAST_LIMIT = 15.0
"""Seconds for `make test-fast` (issue 15: under 15 s)."""
FAST_RUNS = 3
SUITE_LIMIT = 90.0
"""Seconds for `make test` (issue 15: at most 90 s)."""


def busy_core_seconds() -> float | None:
    """Seconds the machine's cores have spent working since it started (all of its processes);
    None where /proc/stat does not exist."""
    try:
        with Path("/proc/stat").open(encoding="ascii") as stat:
            fields = stat.readline().split()
    except OSError:
        return None
    # user, nice, system, then idle and iowait (not work), then irq and softirq; not steal,
    # the time the host gave to other machines.
    ticks = sum(int(fields[i]) for i in (1, 2, 3, 6, 7))
    return ticks / os.sysconf("SC_CLK_TCK")


def timed_make(target: str) -> tuple[float, float, str]:
    """`make target` in the checkout: its wall time, its CPU time (with its children) and, if it
    failed, the end of what it printed ("" when it passed)."""
    # A make of its own, not a part of the calling one (`make bench`).
    unset = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}
    environ = {key: value for key, value in os.environ.items() if key not in unset}
    started = time.perf_counter()
    process = subprocess.Popen(
        ["make", target],
        cwd=ROOT,
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    printed = process.stdout.read()
    # wait4: this make and every process it waited for, not the benchmark's other children.
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    failure = "" if process.returncode == 0 else printed[-2000:]
    return wall, usage.ru_utime + usage.ru_stime, failure


def run() -> list[str]:
    lines = ["the kit's tests, through make in this checkout:"]
    fast: list[tuple[float, float]] = []
    for _ in range(FAST_RUNS):
        wall, cpu, failure = timed_make("test-fast")
        if failure:
            return [*lines, f"  make test-fast FAILED:\n{failure}"]
        fast.append((wall, cpu))
    walls = [wall for wall, _ in fast]
    lines.append(
        "  make test-fast: " + ", ".join(f"{wall:.1f} s ({cpu:.0f} s of CPU)" for wall, cpu in fast)
    )
    median = statistics.median(walls)
    lines.append(goal_line(f"make test-fast, seconds (median of {FAST_RUNS})", median, FAST_LIMIT))
    busy_before = busy_core_seconds()
    wall, cpu, failure = timed_make("test")
    busy_after = busy_core_seconds()
    if failure:
        return [*lines, f"  make test FAILED:\n{failure}"]
    busy = ""
    if busy_before is not None and busy_after is not None:
        busy = f"; the machine's cores busy {busy_after - busy_before:.0f} s, Chromium's included"
    lines.append(f"  make test: {wall:.0f} s ({cpu:.0f} s of CPU{busy})")
    # The browser's binary weighs on the time (chromium.CHROMIUMS): say which one ran.
    lines.append(f"  its browser tests ran in {chromium_executable() or 'no Chromium (skipped)'}")
    lines.append(goal_line("make test, seconds", wall, SUITE_LIMIT))
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
