"""The recaps' side of the contract with the member directory: who spoke at which recap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cowork.events.schedule import Schedule
from cowork.recaps.links import RecapLink, by_speaker
from cowork.recaps.model import Recap
from cowork.site.links import DatedLink

from tests.recaps_calendar import check, make_schedule

PARIS = dt.timezone(dt.timedelta(hours=1))


def recap_of(schedule: Schedule, speakers: str) -> Recap:
    recap, problems = check(
        schedule,
        f"Title: Bilan\nEvent: opencoffee\nOccurrence: 2026-11-05\nSpeakers: {speakers}\n",
    )
    assert problems == []
    assert recap is not None
    return recap


def test_members_get_their_recaps_newest_first_and_plain_names_nothing(tmp_path: Path) -> None:
    older = RecapLink("Avant", "blog/avant/", dt.datetime(2026, 11, 6, 9, 0, tzinfo=PARIS))
    newer = RecapLink("Après", "blog/apres/", dt.datetime(2026, 11, 7, 18, 30, tzinfo=PARIS))
    # A member named twice in one line is listed once for that recap.
    schedule = make_schedule(tmp_path)
    first = recap_of(schedule, "camille-martin, Jeanne Lambert, camille-martin")
    second = recap_of(schedule, "samira-benali, camille-martin")
    assert by_speaker([(first, older), (second, newer)]) == {
        "camille-martin": [
            DatedLink("Après", "blog/apres/", dt.date(2026, 11, 7)),
            DatedLink("Avant", "blog/avant/", dt.date(2026, 11, 6)),
        ],
        "samira-benali": [DatedLink("Après", "blog/apres/", dt.date(2026, 11, 7))],
    }
    assert by_speaker([]) == {}
