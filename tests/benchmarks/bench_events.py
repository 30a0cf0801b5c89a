"""Benchmark of the calendar: 2,000 events (a quarter of them recurring) built and exported,
against a bare Pelican build of 2,000 articles in the same run, on the same machine.

Reports the two build times and their ratio, and the size and export time of `/calendar.ics`.
`run()` returns the report's lines, for `make bench`; `python -m tests.benchmarks.bench_events`
runs it alone.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from cowork.events.ical import Export, events_calendar
from cowork.events.schedule import build_schedule
from cowork.files.history import Revisions
from cowork.settings import KitSettings

from tests.sites import FIXED_NOW, make_scratch_site, run_pelican

COUNT = 2_000
ROOMS = ["Grande salle", "Cuisine", "Salle de réunion", "Terrasse"]
RULES = ["FREQ=WEEKLY;COUNT=20", "FREQ=MONTHLY", "FREQ=WEEKLY;INTERVAL=2;UNTIL=20281231"]
BARE_SETTINGS = """
from pelicanconf import *

PLUGINS = ["cowork_pelican.site"]
"""


def event_files(count: int) -> dict[str, str]:
    """`count` events over two years around the fixed "now"; every fourth one repeats."""
    files = {}
    first = dt.datetime(2026, 1, 5, 9, 0)
    for index in range(count):
        start = first + dt.timedelta(days=index % 700, hours=index % 9)
        text = (
            f"title: Événement numéro {index}\n"
            f"start: {start:%Y-%m-%d %H:%M}\n"
            "duration: 1h30\n"
            f"location: {ROOMS[index % len(ROOMS)]}\n"
            f"description: |\n  Description **{index}**, avec un [lien](https://example.org/{index}).\n"
            f"tags: [theme-{index % 12}]\n"
            f"uid: bench-{index:06d}-uid\n"
        )
        if index % 4 == 0:
            text += f"repeat: {RULES[(index // 4) % len(RULES)]}\n"
        files[f"events/{index // 500}/evenement-{index:05d}.yaml"] = text
    return files


def article_files(count: int) -> dict[str, str]:
    return {
        f"content/articles/article-{index:05d}.md": (
            f"Title: Article numéro {index}\nDate: 2026-01-01 09:{index % 60:02d}\n"
            f"Slug: article-{index:05d}\n\nUn paragraphe **{index}**, avec un "
            f"[lien](https://example.org/{index}).\n"
        )
        for index in range(count)
    }


def timed_build(source: Path, output: Path, settings: str = "pelicanconf.py") -> float:
    began = time.perf_counter()
    built = run_pelican(source, output, settings)
    elapsed = time.perf_counter() - began
    if built.returncode != 0:
        raise RuntimeError(f"benchmark build failed:\n{built.log[:3000]}")
    return elapsed


def run() -> list[str]:
    work = Path(tempfile.mkdtemp(prefix="bench-events-"))
    try:
        events_site = make_scratch_site(work / "events-site", event_files(COUNT))
        bare_site = make_scratch_site(
            work / "bare-site", {**article_files(COUNT), "bare.py": BARE_SETTINGS}
        )
        events_time = timed_build(events_site, work / "events-out")
        bare_time = timed_build(bare_site, work / "bare-out", "bare.py")
        calendar = work / "events-out" / "calendar.ics"

        # The export alone, in this process: load, check and expand, then write the feed.
        settings = KitSettings(
            events_site, events_site / "content", events_site / "members", events_site / "events"
        )
        now = dt.datetime.fromisoformat(FIXED_NOW).replace(tzinfo=ZoneInfo("Europe/Paris"))
        began = time.perf_counter()
        schedule, problems = build_schedule(settings, now)
        loaded = time.perf_counter()
        export = Export(
            "La Navette",
            "https://la-navette.example",
            "evenements/",
            Revisions(),
            now,
            horizon_year=schedule.horizon.year,
        )
        feed = events_calendar(schedule.events, "", export)
        exported = time.perf_counter()
        # The same feed as the build wrote: the timing is of the real thing.
        assert not problems and feed == calendar.read_bytes()
        pages = len(list((work / "events-out").rglob("*.html")))
        return [
            f"events: {COUNT} events ({COUNT // 4} recurring), "
            f"{len(schedule.occurrences)} occurrences, {pages} HTML pages",
            f"events: full build {events_time:.1f} s; bare Pelican build of {COUNT} articles "
            f"{bare_time:.1f} s; ratio {events_time / bare_time:.2f}",
            f"events: /calendar.ics {calendar.stat().st_size / 1_000_000:.2f} MB; "
            f"load+check+expand {loaded - began:.2f} s, export {exported - loaded:.2f} s",
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    print("\n".join(run()))
