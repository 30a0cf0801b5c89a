"""What recaps give the other pages: who spoke at which recap, and the card atop each recap."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from cowork.events.schedule import Schedule
from cowork.events.views import Urls
from cowork.recaps.cards import recap_card, subject_of_events
from cowork.recaps.links import RecapLink, by_occurrence, by_speaker
from cowork.recaps.model import Recap
from cowork.settings import KitSettings
from cowork.site.links import DatedLink, Person

from tests.recaps_calendar import check, make_schedule

PARIS = dt.timezone(dt.timedelta(hours=1))
ZONE = ZoneInfo("Europe/Paris")


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


def test_a_recap_card_names_its_speakers_and_the_other_recaps(tmp_path: Path) -> None:
    schedule = make_schedule(tmp_path)
    recap = recap_of(schedule, "camille-martin, Jeanne Lambert, alex-durand")
    mine = RecapLink("Bilan", "blog/bilan/", dt.datetime(2026, 11, 7, 9, 0, tzinfo=PARIS))
    other = RecapLink("Autre", "blog/autre/", dt.datetime(2026, 11, 8, 9, 0, tzinfo=PARIS))
    per_occurrence = by_occurrence([(recap, mine), (recap, other)])
    # alex-durand is a member without a public profile: not named at all.
    members = {
        "camille-martin": Person("Camille Martin", "membres/camille-martin/"),
        "alex-durand": Person("alex-durand", None),
    }
    urls = Urls.from_settings(KitSettings(tmp_path))
    card = recap_card(recap, mine, per_occurrence, members, ZONE, urls, "https://s.example")
    assert card.speakers == (
        Person("Camille Martin", "membres/camille-martin/"),
        Person("Jeanne Lambert", None),
    )
    assert card.others == (other,)
    assert card.item.day == dt.date(2026, 11, 6) and card.item.url == urls.event("opencoffee")
    data = json.loads(card.jsonld)
    assert (data["headline"], data["about"]["name"]) == ("Bilan", "OpenCoffee")
    subjects = subject_of_events(per_occurrence, "https://s.example")
    assert [s["url"] for s in subjects["opencoffee"]] == [
        "https://s.example/blog/bilan/",
        "https://s.example/blog/autre/",
    ]
