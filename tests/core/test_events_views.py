"""What the pages are built from: the schedule of the sample calendar, shaped for templates."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from cowork.clock import build_now
from cowork.events import views
from cowork.events.schedule import Schedule, build_schedule
from cowork.settings import KitSettings, load_settings_file
from cowork.site.links import DatedLink

from tests.sites import FIXED_NOW, SAMPLE

PARIS = ZoneInfo("Europe/Paris")
URLS = views.Urls.from_settings(KitSettings(SAMPLE))


@pytest.fixture(scope="module")
def schedule() -> Schedule:
    settings, _ = load_settings_file(SAMPLE / "pelicanconf.py")
    found, problems = build_schedule(
        settings, build_now(settings.timezone, {"COWORK_NOW": FIXED_NOW})
    )
    assert problems == []
    return found


def test_sample_calendar_has_past_and_upcoming_events(schedule: Schedule) -> None:
    assert len(schedule.events) >= 8
    assert schedule.past() and schedule.upcoming()
    assert schedule.now == dt.datetime(2026, 11, 22, 10, 0, tzinfo=PARIS)


def test_occurrences_are_found_by_slug_and_original_date(schedule: Schedule) -> None:
    moved = schedule.find("atelier-midi", dt.date(2026, 12, 8))
    assert moved is not None and moved.start == dt.datetime(2026, 12, 10, 12, 30, tzinfo=PARIS)
    assert schedule.find("atelier-midi", dt.date(2026, 12, 29)) is None  # skipped
    assert schedule.find("atelier-midi", dt.date(2026, 12, 10)) is None  # not a date of the rule


def test_events_by_organizer_contract(schedule: Schedule) -> None:
    found = views.events_by_organizer(schedule, URLS)
    assert found["emma-duval"] == [
        DatedLink("Atelier du midi", "evenements/atelier-midi/", dt.date(2026, 11, 24)),
        DatedLink(
            "Journée portes ouvertes",
            "evenements/journee-portes-ouvertes/",
            dt.date(2026, 12, 12),
        ),
    ]
    # A past event gives the date of its last occurrence.
    fete = DatedLink("Fête de l'été", "evenements/fete-ete/", dt.date(2026, 6, 26))
    assert fete in found["chloe-garnier"]
    assert "nora-haddad" not in found and "theo-marchand" not in found


def test_other_zone_is_shown_in_the_site_zone(schedule: Schedule) -> None:
    [visio] = schedule.occurrences_of("visio-montreal")
    shown = views.show(visio, PARIS, URLS)
    assert shown.other_zone and shown.start == dt.datetime(2026, 12, 15, 17, 0, tzinfo=PARIS)


def test_month_grid_places_each_day(schedule: Schedule) -> None:
    items = views.show_all(schedule.occurrences, PARIS, URLS)
    weeks = views.month_grid(2026, 12, items, first_weekday=0)
    assert weeks[0][0].date == dt.date(2026, 11, 30) and not weeks[0][0].in_month
    days = {day.date: day for week in weeks for day in week}
    assert [i.event.slug for i in days[dt.date(2026, 12, 10)].items] == [
        "atelier-midi",
        "conference-methodes-agiles",
    ]
    assert days[dt.date(2026, 12, 8)].items == []


def test_months_run_without_gaps(schedule: Schedule) -> None:
    months = schedule.months()
    assert months[0] == (2026, 6) and months[-1] == (2028, 5)
    assert len(months) == len(set(months)) == 24
