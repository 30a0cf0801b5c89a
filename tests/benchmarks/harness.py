"""What every benchmark needs: time and peak memory of a real build, and sites to compare with.

A build runs `pelican --fatal warnings` in a child process, as `make html` does (`_run_build`,
the one way every benchmark builds): its wall time is measured around the child, its CPU time is
the child's own (`os.wait4`), and its peak resident memory is the high-water mark the child
writes on exit (`os.wait4`'s figure would carry the benchmark's own, see `_PEAK_REPORTING_PELICAN`).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tests.sites import build_environ

BARE_SETTINGS = '''"""A bare Pelican site (default theme and settings, no plugin): the yardstick."""
SITENAME = "Bare"
PATH = "content"
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
# An absolute SITEURL, or Pelican warns about the feeds (and --fatal warnings stops it).
SITEURL = "https://bare.example"
DEFAULT_PAGINATION = 5
'''


@dataclass(frozen=True)
class Measurement:
    label: str
    seconds: float
    """Median wall time of the runs."""
    peak_mib: float
    """Highest peak resident memory of the runs, in MiB."""
    pages: int
    """HTML files in the output."""
    runs: int

    def line(self) -> str:
        return (
            f"{self.label}: {self.pages} pages in {self.seconds:.2f} s "
            f"(median of {self.runs}), peak memory {self.peak_mib:.0f} MiB"
        )


def measure_build(
    label: str,
    source: Path,
    settings: str = "pelicanconf.py",
    runs: int = 3,
    env: Mapping[str, str] | None = None,
) -> Measurement:
    """Build `source` with `settings` `runs` times into a temporary folder, and measure it."""
    times: list[float] = []
    peaks: list[float] = []
    pages = 0
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        output = Path(scratch) / "output"
        for _ in range(runs):
            figures = _run_build(source, settings, output, env)
            times.append(figures["wall"])
            peaks.append(figures["peak_mib"])
        pages = sum(1 for _ in output.rglob("*.html"))
    return Measurement(label, statistics.median(times), max(peaks), pages, runs)


def _run_build(
    site: Path, settings: str, output: Path, env: Mapping[str, str] | None = None
) -> dict[str, float]:
    """One build of `site` into `output`: its wall time, CPU time and peak memory (MiB)."""
    command = [sys.executable, "-c", _PEAK_REPORTING_PELICAN, "--fatal", "warnings"]
    command += ["-s", settings, "-o", str(output)]
    peak = output.with_name(output.name + ".peak")
    environ = build_environ({**(env or {}), "COWORK_BENCH_PEAK": str(peak)})
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=site, env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    assert process.stdout is not None
    log = process.stdout.read()  # drained, so that a chatty build never blocks
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    # Reaped by wait4: tell Popen, so that it never waits for the process again.
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if process.returncode != 0:
        raise RuntimeError(f"build of {site.name} failed:\n{log.decode(errors='replace')}")
    peak_kib = int(peak.read_text("utf-8"))
    peak.unlink()
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mib": peak_kib / 1024}


def write_articles(content: Path, count: int, category: str = "Essais") -> None:
    """`count` plain Markdown articles of a few paragraphs, one per day from 2020-01-01."""
    articles = content / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    paragraph = (
        "Lorem ipsum dolor sit amet, *consectetur* adipiscing elit. Sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
        "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n\n"
    )
    for number in range(count):
        day = time.gmtime(1577836800 + number * 86400)  # 2020-01-01 plus `number` days
        (articles / f"article-{number:05d}.md").write_text(
            f"Title: Article {number}\n"
            f"Date: {time.strftime('%Y-%m-%d', day)} 09:00\n"
            f"Category: {category}\n"
            f"Tags: essai, numero-{number % 10}\n"
            f"Author: Auteur {number % 7}\n\n"
            f"## Partie {number}\n\n" + paragraph * 4,
            "utf-8",
        )


def make_bare_site(dest: Path, articles: int) -> Path:
    """A bare Pelican site of `articles` plain Markdown articles, to compare the kit against."""
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "pelicanconf.py").write_text(BARE_SETTINGS, "utf-8")
    write_articles(dest / "content", articles)
    return dest


PAGE_LIMIT = 0.7
"""A member or event page costs at most this much CPU time as a bare Pelican article (issue 15)."""
PAGE_AIM = 0.5
"""What we aim at."""
MEMORY_LIMIT = 1.2
"""The kit's peak memory at most this much bare Pelican's, for as many pages."""


def goal_line(label: str, ratio: float, limit: float, aim: float | None = None) -> str:
    """`label: 0.62 (goal ≤ 0.70, aim ≤ 0.50): met`, the way every figure with a goal is shown."""
    wanted = f"goal ≤ {limit:.2f}" + (f", aim ≤ {aim:.2f}" if aim is not None else "")
    verdict = "met" if ratio <= limit else "NOT MET"
    if aim is not None and ratio <= aim:
        verdict = "met, and the aim too"
    # On a bound to two decimals, a third shows which side of it the verdict was read on.
    bounds = {f"{bound:.2f}" for bound in (limit, aim) if bound is not None}
    shown = f"{ratio:.3f}" if f"{ratio:.2f}" in bounds else f"{ratio:.2f}"
    return f"  {label}: {shown} ({wanted}): {verdict}"


# Pelican run as `python -m pelican` does, writing its peak resident memory (VmHWM: the high-water
# mark of this program's own memory, which exec starts afresh) to the file COWORK_BENCH_PEAK
# names, in KiB. `os.wait4`'s ru_maxrss cannot tell it: Linux carries the parent's high-water mark
# into the child across fork and exec, so every build would weigh at least as much as the
# benchmark process itself.
_PEAK_REPORTING_PELICAN = """
import atexit, os, runpy

def _peak():
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    with open(os.environ["COWORK_BENCH_PEAK"], "w") as out:
        out.write(line.split()[1])

atexit.register(_peak)
runpy.run_module("pelican", run_name="__main__", alter_sys=True)
"""


LATER_RUNS = 3
"""Later builds of each site, after its first: the cheapest one counts."""


def cpu_builds(
    sites: Mapping[str, Path], later_runs: int = LATER_RUNS, settings: str = "pelicanconf.py"
) -> dict[str, dict[str, float]]:
    """Build each site as `make html` does, once then `later_runs` more times, in turns (every
    site once per round): a machine that slows down or speeds up during the benchmark weighs
    on every site alike, not on whichever was built then. Per site, the figures of its cheapest
    later build (as a rebuild under `make serve` is: its share cards and compiled templates
    cached), and those of its first as `first_cpu` and `first_wall` (nothing cached yet: the
    build CI makes of every pull request, from a fresh clone).

    Each build is a child process (`_run_build`): CPU time (user + system: what the build
    itself cost, whatever else the machine is doing) and peak memory are its own.
    """
    first: dict[str, dict[str, float]] = {}
    best: dict[str, dict[str, float]] = {}
    for _ in range(1 + later_runs):
        for name, site in sites.items():
            output = Path(tempfile.mkdtemp(prefix="output-", dir=site.parent))
            figures = _run_build(site, settings, output)
            figures["pages"] = float(sum(1 for _ in output.rglob("*.html")))
            shutil.rmtree(output)
            if name not in first:
                first[name] = figures
            elif name not in best or figures["cpu"] < best[name]["cpu"]:
                best[name] = figures
    return {
        name: {**best[name], "first_cpu": first[name]["cpu"], "first_wall": first[name]["wall"]}
        for name in sites
    }


def first_build_lines(
    what: str,
    count: int,
    kit: Mapping[str, float],
    kit_alone: Mapping[str, float],
    bare: Mapping[str, float],
    bare_alone: Mapping[str, float],
) -> list[str]:
    """One more `what` against one more bare article in a first build (`cpu_builds`' first
    run): its CPU time, and its wall time, which the share cards drawn on every core shorten.
    Bare Pelican keeps nothing between builds: its first build is as any other."""
    per_page = {key: (kit[key] - kit_alone[key]) / count for key in ("first_cpu", "first_wall")}
    per_article = {
        key: (bare[key] - bare_alone[key]) / count for key in ("first_cpu", "first_wall")
    }
    return [
        f"  first build (nothing in .cache/cowork: CI's build of each pull request): one more "
        f"{what}: {1000 * per_page['first_cpu']:.2f} ms of CPU, "
        f"{1000 * per_page['first_wall']:.2f} ms of wall time (its share card drawn); one more "
        f"article: {1000 * per_article['first_cpu']:.2f} ms",
        goal_line(
            f"{what} page / bare article page, first build, CPU",
            per_page["first_cpu"] / per_article["first_cpu"],
            PAGE_LIMIT,
        ),
        goal_line(
            f"{what} page / bare article page, first build, wall time",
            per_page["first_wall"] / per_article["first_wall"],
            PAGE_LIMIT,
        ),
    ]
