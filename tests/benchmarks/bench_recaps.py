"""Benchmark of recaps: a site of 300 recaps of a weekly series (each linked from the event's page,
the archives and the month pages) against the same site with 300 plain articles instead.

The difference is what the recaps cost: reading each recap's header, checking it against the
calendar, the cards and the links beside every date. `python -m tests.benchmarks.bench_recaps`
runs it alone.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from tests.benchmarks.harness import measure_build
from tests.sites import make_scratch_site

COUNT = 300
FIRST = dt.date(2020, 12, 1)  # a Tuesday, so that 300 weeks end before the fixed "now"
EVENT = (
    "title: Atelier du midi\nstart: 2020-12-01 12:30\nduration: 1h\nlocation: Cuisine\n"
    f"repeat: FREQ=WEEKLY;COUNT={COUNT}\n"
)


def articles(recaps: bool) -> dict[str, str]:
    files = {"events/atelier.yaml": EVENT}
    for index in range(COUNT):
        day = FIRST + dt.timedelta(weeks=index)
        meta = f"Event: atelier\nOccurrence: {day}\nSpeakers: Jeanne Lambert\n"
        files[f"content/recaps/{day}.md"] = (
            f"Title: Atelier du {day}\nDate: {day} 18:00\n"
            + (meta if recaps else "Category: Essais\n")
            + "\nCe qui s'est dit, qui est venu, ce qu'on en retient.\n"
        )
    return files


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-recaps-") as scratch:
        plain = make_scratch_site(Path(scratch) / "plain", articles(recaps=False))
        linked = make_scratch_site(Path(scratch) / "recaps", articles(recaps=True))
        without = measure_build(f"{COUNT} plain articles and a weekly event", plain)
        with_recaps = measure_build(f"{COUNT} recaps of that weekly event", linked)
    ratio = with_recaps.seconds / without.seconds
    return [without.line(), with_recaps.line(), f"recaps / plain articles: {ratio:.2f}×"]


if __name__ == "__main__":
    print("\n".join(run()))
