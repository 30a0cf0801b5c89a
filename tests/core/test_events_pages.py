"""What the calendar's pages show, shaped without a build: list, month and event pages."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from cowork.events import pages, views
from cowork.events.model import Event
from cowork.events.recurrence import horizon_end
from cowork.events.schedule import Schedule
from cowork.events.views import Urls
from cowork.settings import KitSettings
from cowork.site.links import Person

from tests.sites import SAMPLE

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=PARIS)
URLS = Urls.from_settings(KitSettings(SAMPLE))
SITE = pages.Site("https://space.example", {"name": "La Ruche"}, dates_shown=2)


def event(slug: str, start: dt.datetime, rule: str | None = None, **more: object) -> Event:
    return Event(
        slug=slug,
        relpath=f"events/{slug}.yaml",
        uid=f"{slug}@space.example",
        title=slug.replace("-", " ").capitalize(),
        start=start,
        end=start + dt.timedelta(hours=1),
        all_day=False,
        timezone="Europe/Paris",
        location="Salle",
        description="Un **café**.",
        rule=rule,
        **more,  # type: ignore[arg-type]
    )


def at(year: int, month: int, day: int, hour: int = 18) -> dt.datetime:
    return dt.datetime(year, month, day, hour, 0, tzinfo=PARIS)


def schedule(*events: Event) -> Schedule:
    return Schedule.of(events, NOW, horizon_end(NOW, 6), 100)


def test_the_list_shows_its_months_then_links_to_later_ones() -> None:
    found = schedule(
        event("soon", at(2026, 11, 30)),
        event("winter", at(2027, 1, 5)),
        event("later", at(2027, 3, 2)),
    )
    upcoming = views.show_all(found.upcoming(), PARIS, URLS)
    listing = pages.list_page(found, upcoming, URLS, 2, "https://space.example")
    listed = [
        (month.first_day, [s.event.slug for s in items]) for month, items in listing.months_listed
    ]
    assert listed == [(dt.date(2026, 11, 1), ["soon"])]
    assert [month.url for month in listing.later] == [
        "evenements/2027/01/",
        "evenements/2027/02/",
        "evenements/2027/03/",
    ]
    assert listing.current_month == "evenements/2026/11/"


def test_the_months_window_crosses_the_year() -> None:
    assert pages.first_month_after(dt.date(2026, 11, 22), 3) == dt.date(2027, 2, 1)
    assert pages.first_month_after(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 1)
    assert pages.first_month_after(dt.date(2026, 5, 15), 0) == dt.date(2026, 5, 1)


def test_calendar_apps_open_the_feed_by_webcal() -> None:
    feed = pages.Subscription.of("evenements/agenda.ics", "https://space.example")
    assert feed.address == "https://space.example/evenements/agenda.ics"
    assert feed.webcal == "webcal://space.example/evenements/agenda.ics"
    plain = pages.Subscription.of("a.ics", "http://localhost:8000")
    assert plain.webcal == plain.address == "http://localhost:8000/a.ics"
    assert pages.Subscription.of("a.ics", "") == pages.Subscription("a.ics", None, None)


def test_weeks_start_where_the_language_starts_them() -> None:
    first, headers = pages.week_layout("fr")
    assert first == 0 and headers[0] == ("lundi", "lun.") and len(headers) == 7
    first, headers = pages.week_layout("en_US")
    assert first == 6 and headers[0].name == "Sunday" and headers[-1].short == "Sat"


def test_month_pages_link_to_their_neighbours() -> None:
    found = schedule(event("soon", at(2026, 11, 30)), event("winter", at(2027, 1, 5)))
    months = pages.month_pages(found, PARIS, URLS, "fr")
    assert [m.month for m in months] == [
        dt.date(2026, 11, 1),
        dt.date(2026, 12, 1),
        dt.date(2027, 1, 1),
    ]
    november, december, january = months
    december_link = pages.MonthLink(dt.date(2026, 12, 1), "evenements/2026/12/")
    assert (november.previous, november.next) == (None, december_link)
    assert (january.previous, january.next) == (december_link, None)
    assert december.items == [] and [s.event.slug for s in january.items] == ["winter"]
    assert january.url == "evenements/2027/01/" and january.weeks[0][0].date == dt.date(
        2026, 12, 28
    )


def test_an_event_page_leads_with_the_next_date_and_counts_the_rest() -> None:
    weekly = event("cafe", at(2026, 11, 5, 9), "FREQ=WEEKLY;COUNT=8", organizers=("ana", "bob"))
    found = schedule(weekly)
    members = {"ana": Person("Ana Zola", "membres/ana/"), "bob": Person("bob", None)}
    page = pages.event_page(weekly, found, PARIS, URLS, SITE, members)
    assert page.lead.day == dt.date(2026, 11, 26) and not page.lead_is_past
    assert page.featured == page.lead and page.ics_url == "evenements/cafe/2026-11-26.ics"
    assert [s.day.day for s in page.upcoming] == [26, 3]
    assert (page.more_upcoming, page.more_url) == (3, "evenements/2026/12/")
    assert [s.day.day for s in page.past] == [19, 12, 5]  # latest first
    # bob has no profile (left, or no consent): named nowhere, never by his login.
    assert page.organizers == [Person("Ana Zola", "membres/ana/")]
    data = json.loads(page.jsonld)
    assert data["organizer"] == [
        {"@type": "Person", "name": "Ana Zola", "url": "https://space.example/membres/ana/"},
    ]
    assert data["startDate"] == "2026-11-26T09:00:00+01:00"
    assert page.series_subscription.webcal == "webcal://space.example/calendar/cafe.ics"


def test_an_event_all_past_leads_with_its_last_date() -> None:
    over = event("fete", at(2026, 6, 26))
    page = pages.event_page(over, schedule(over), PARIS, URLS, SITE, {})
    assert page.lead.day == dt.date(2026, 6, 26) and page.lead_is_past
    assert page.featured is None and page.google_url is None and page.ics_url is None
    assert page.organizers == []


def test_an_event_beyond_the_horizon_leads_with_its_start() -> None:
    far = event("gala", at(2027, 10, 1))
    page = pages.event_page(far, schedule(far), PARIS, URLS, SITE, {})
    assert page.lead.day == dt.date(2027, 10, 1) and not page.lead_is_past
    assert page.upcoming == [] and page.past == [] and page.featured is None


def test_the_feed_entry_says_when_where_and_what() -> None:
    found = schedule(event("soon", at(2026, 11, 30)))
    (item,) = views.show_all(found.upcoming(), PARIS, URLS)
    assert pages.feed_entry_text(item, "fr") == "lundi 30 novembre 2026, 18:00 · Salle\n\nUn café."


def test_a_price_is_written_the_way_the_site_language_writes_it() -> None:
    def shown(price: float | None, lang: str, currency: str = "EUR") -> pages.Price | None:
        return pages.price_of(event("e", at(2026, 12, 3), price=price, currency=currency), lang)

    assert shown(None, "en") is None
    assert shown(0, "nl") == pages.Price(free=True, amount="")
    assert shown(15, "en") == pages.Price(free=False, amount="€15")
    assert shown(12.5, "nl") == pages.Price(free=False, amount="€\xa012,50")
    assert shown(8, "en", "GBP") == pages.Price(free=False, amount="£8")
