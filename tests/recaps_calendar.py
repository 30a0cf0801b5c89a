"""A small calendar for the recap tests: a series with a skipped, a cancelled and a moved date,
single events past, to come, running and cancelled; and how a recap is checked against it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from cowork.events.schedule import Schedule, build_schedule
from cowork.recaps.check import Against, check_recap
from cowork.recaps.header import parse_header
from cowork.recaps.model import Recap
from cowork.settings import KitSettings

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
SOURCE = "content/recaps/r.md"
EVENTS = {
    # First Thursdays: 2026-09-03 (cancelled), 10-01 (skipped), 11-05 (moved to 11-06), 12-03…
    "events/opencoffee.yaml": (
        "title: OpenCoffee\nstart: 2026-09-03 08:30\nduration: 1h30\n"
        "repeat: FREQ=MONTHLY;BYDAY=1TH\nexcept: [2026-10-01]\n"
        "changes:\n  2026-09-03: {status: cancelled}\n"
        "  2026-11-05: {start: 2026-11-06 08:30, end: 2026-11-06 10:00}\n"
    ),
    "events/fete.yaml": (
        "title: Fête\nstart: 2026-06-26 18:00\nduration: 5h\n"
        "organizers: [camille-martin, samira-benali]\n"
    ),
    "events/conference.yaml": "title: Conférence\nstart: 2026-12-10 18:30\nduration: 1h30\n",
    "events/annule.yaml": (
        "title: Annulé\nstart: 2026-10-10 18:00\nduration: 1h\nstatus: cancelled\n"
    ),
    "events/en-cours.yaml": "title: En cours\nstart: 2026-11-22 09:00\nduration: 3h\n",
    "events/hebdo.yaml": (
        "title: Hebdo\nstart: 2026-10-06 12:30\nduration: 1h\nrepeat: FREQ=WEEKLY;COUNT=4\n"
    ),
}
MEMBERS = ("camille-martin", "samira-benali", "alex-durand")


def make_schedule(root: Path) -> Schedule:
    """Write the events under `root` and build their calendar at `NOW`."""
    for name, text in EVENTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    settings = KitSettings(root, root / "content", root / "members", root / "events")
    built, problems = build_schedule(settings, NOW)
    assert problems == []
    return built


def check(
    schedule: Schedule, text: str, draft: bool = False, category: str | None = "Comptes rendus"
) -> tuple[Recap | None, list[str]]:
    against = Against(schedule, frozenset(MEMBERS), category=category)
    recap, problems = check_recap(SOURCE, parse_header(text), against, draft)
    return recap, [str(p) for p in problems]
