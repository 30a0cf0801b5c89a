"""Benchmark of the calendar: 2,000 events (a quarter of them recurring) built and exported,
against a bare Pelican build of 2,000 articles in the same run, on the same machine.

Reports what one more event costs against one more article (CPU time of each build, its fixed
part taken out by a build with nothing in it; goal: at most 0.7 ×, aim 0.5 ×), peak memory
against bare Pelican's (goal: at most 1.2 ×), and the size and export time of `/calendar.ics`.
Those are a build's after the first (the cheapest of three, the four sites built in turns); the
first (nothing cached, as CI builds each pull request: every share card drawn) is reported beside
them (`harness.first_build_lines`).
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

from cowork.events.ical import Export, address_line, events_calendar
from cowork.events.schedule import build_schedule
from cowork.files.history import Revisions
from cowork.settings import KitSettings
from cowork_pelican.conf import site_settings

from tests.benchmarks.harness import (
    LATER_RUNS,
    MEMORY_LIMIT,
    PAGE_AIM,
    PAGE_LIMIT,
    cpu_builds,
    first_build_lines,
    goal_line,
    make_bare_site,
)
from tests.sites import FIXED_NOW, make_scratch_site, run_pelican

COUNT = 2_000
ROOMS = ["Grande salle", "Cuisine", "Salle de réunion", "Terrasse"]
RULES = ["FREQ=WEEKLY;COUNT=20", "FREQ=MONTHLY", "FREQ=WEEKLY;INTERVAL=2;UNTIL=20281231"]


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


def run() -> list[str]:
    work = Path(tempfile.mkdtemp(prefix="bench-events-"))
    try:
        events_site = make_scratch_site(work / "events-site", event_files(COUNT))
        # The project's yardstick, as in bench_members and bench_site: harness.make_bare_site.
        timed = cpu_builds(
            {
                "events": events_site,
                "kit_alone": make_scratch_site(work / "kit-alone", {}),
                "articles": make_bare_site(work / "articles", COUNT),
                "bare_alone": make_bare_site(work / "bare-alone", 0),
            }
        )
        events, kit_alone = timed["events"], timed["kit_alone"]
        articles, bare_alone = timed["articles"], timed["bare_alone"]
        output = work / "events-out"
        built = run_pelican(events_site, output)
        if built.returncode != 0:
            raise RuntimeError(f"benchmark build failed:\n{built.log[:3000]}")
        calendar = output / "calendar.ics"

        # The export alone, in this process: load, check and expand, then write the feed.
        settings = KitSettings(
            events_site, events_site / "content", events_site / "members", events_site / "events"
        )
        now = dt.datetime.fromisoformat(FIXED_NOW).replace(tzinfo=ZoneInfo("Europe/Paris"))
        began = time.perf_counter()
        schedule, problems = build_schedule(settings, now)
        loaded = time.perf_counter()
        # As the build's: the space's address after each room (from the site's space.yaml).
        space = KitSettings.from_mapping(site_settings(events_site / "pelicanconf.py"), events_site)
        export = Export(
            "La Navette",
            "https://la-navette.example",
            "evenements/",
            Revisions(),
            now,
            horizon_year=schedule.horizon.year,
            address=address_line(space.space),
        )
        feed = events_calendar(schedule.events, "", export)
        exported = time.perf_counter()
        # The same feed as the build wrote: the timing is of the real thing.
        assert not problems and feed == calendar.read_bytes()
        per_event = (events["cpu"] - kit_alone["cpu"]) / COUNT
        per_article = (articles["cpu"] - bare_alone["cpu"]) / COUNT
        return [
            f"{COUNT} events ({COUNT // 4} recurring, {len(schedule.occurrences)} occurrences) "
            f"against {COUNT} plain articles; CPU time of the cheapest of {LATER_RUNS} later "
            "builds each, the four sites built in turns:",
            _line(f"kit, {COUNT} events", events),
            _line("kit, no event", kit_alone),
            _line(f"bare Pelican, {COUNT} articles", articles),
            _line("bare Pelican, no article", bare_alone),
            f"  one more event: {1000 * per_event:.2f} ms of CPU (its page, its calendars, its "
            f"place in month pages); one more article: {1000 * per_article:.2f} ms",
            goal_line(
                "event page / bare article page, CPU", per_event / per_article, PAGE_LIMIT, PAGE_AIM
            ),
            *first_build_lines("event", COUNT, events, kit_alone, articles, bare_alone),
            goal_line(
                "peak memory, kit / bare Pelican",
                events["peak_mib"] / articles["peak_mib"],
                MEMORY_LIMIT,
            ),
            f"  /calendar.ics {calendar.stat().st_size / 1_000_000:.2f} MB; "
            f"load+check+expand {loaded - began:.2f} s, export {exported - loaded:.2f} s",
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _line(label: str, figures: dict[str, float]) -> str:
    return (
        f"  {label:<30} {figures['pages']:5.0f} pages, CPU {figures['cpu']:5.1f} s, "
        f"wall {figures['wall']:5.1f} s, peak {figures['peak_mib']:3.0f} MiB"
    )


if __name__ == "__main__":
    print("\n".join(run()))
