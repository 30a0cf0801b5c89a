"""What each page of the calendar shows, shaped for its template: the list of upcoming events, a
month, an event; and the text of the Atom feed's entries.

Pure functions of the schedule and the settings: the glue calls them and writes what they return,
the templates only lay it out. `views` shapes single occurrences; this module shapes pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from babel.core import Locale
from babel.dates import get_day_names

from cowork.events.description import Descriptions
from cowork.events.ical import google_calendar_url
from cowork.events.model import Event, Occurrence
from cowork.events.schedule import Schedule
from cowork.events.structured import event_jsonld
from cowork.events.views import (
    Day,
    Shown,
    Urls,
    by_day,
    by_month,
    by_year,
    month_weeks,
    show,
    show_all,
)
from cowork.site.links import Person, people
from cowork.space.prices import money
from cowork.text.dates import long_datetime
from cowork.text.jsonld import script_json


@dataclass(frozen=True)
class Subscription:
    """A calendar feed to subscribe to: its address, and the `webcal://` link calendar apps open.

    Both None without a public address: the page then links the feed from its own `SITEURL`.
    """

    path: str
    """Relative to the site root."""
    address: str | None
    webcal: str | None

    @classmethod
    def of(cls, path: str, public_url: str) -> Subscription:
        if not public_url:
            return cls(path, None, None)
        address = f"{public_url}/{path}"
        webcal = address.replace("https://", "webcal://", 1)
        return cls(path, address, webcal)


@dataclass(frozen=True)
class MonthLink:
    """A month of the calendar and the address of its page."""

    first_day: dt.date
    url: str

    @classmethod
    def of(cls, first_day: dt.date, urls: Urls) -> MonthLink:
        return cls(first_day, urls.month(first_day.year, first_day.month))


def first_month_after(today: dt.date, months: int) -> dt.date:
    """The first day of the month `months` months after the month of `today`."""
    limit = today.replace(day=1)
    for _ in range(months):
        limit = (limit.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return limit


@dataclass(frozen=True)
class Price:
    """What a place at an event costs, for its page and its entry in the list."""

    free: bool
    """The template says "Free" in the site's language."""
    amount: str
    """The amount as readers of the site's language write it ("12,50 €"); empty when free."""


def price_of(event: Event, lang: str) -> Price | None:
    """None when the event's file gives no price."""
    if event.price is None:
        return None
    if event.price == 0:
        return Price(True, "")
    return Price(False, money(event.price, event.currency, lang))


@dataclass(frozen=True)
class ListPage:
    """The calendar's front page: the next `EVENTS_LIST_MONTHS` months, then links to later ones."""

    months_listed: list[tuple[MonthLink, list[Shown]]]
    """Each month with its occurrences, from this month on."""
    later: list[MonthLink]
    """The later months, each with a month page."""
    current_month: str
    """The URL of this month's page."""
    tags: list[str]
    subscription: Subscription
    prices: Mapping[str, Price]
    """The price of each event (by slug) whose file gives one."""


def list_page(
    schedule: Schedule,
    upcoming: Sequence[Shown],
    urls: Urls,
    months: int,
    public_url: str,
    back: int | None = None,
    lang: str = "en",
) -> ListPage:
    limit = first_month_after(schedule.now.date(), months)
    every_month = [dt.date(y, m, 1) for y, m in schedule.months(back)]
    return ListPage(
        months_listed=[
            (MonthLink.of(month, urls), items)
            for month, items in by_month(s for s in upcoming if s.day < limit)
        ],
        later=[MonthLink.of(month, urls) for month in every_month if month >= limit],
        current_month=urls.month(schedule.now.year, schedule.now.month),
        tags=schedule.tags(),
        subscription=Subscription.of(urls.calendar, public_url),
        prices={
            event.slug: price
            for event in schedule.events
            if (price := price_of(event, lang)) is not None
        },
    )


def past_by_year(
    schedule: Schedule, zone: ZoneInfo, urls: Urls, shown: Sequence[Shown] | None = None
) -> list[tuple[int, list[Shown]]]:
    """The archives: past occurrences, latest first, by year (`shown`: every occurrence of the
    schedule as `show_all` shows it, when the caller has them)."""
    if shown is None:
        shown = show_all(schedule.past(), zone, urls)
    past = [s for s in shown if s.occurrence.is_past(schedule.now)]
    return by_year(reversed(past))


@dataclass(frozen=True)
class YearLink:
    """A link to one year of the archive."""

    year: int
    url: str


@dataclass(frozen=True)
class ArchivePage:
    """Past dates, one year a page (the archive's front page shows the latest year), so that no
    page grows with the years."""

    url: str
    year: int | None
    """None when nothing has taken place yet."""
    items: list[Shown]
    """Latest first."""
    years: list[YearLink]
    """Every year with past dates, latest first: the archive's navigation."""


def archive_pages(
    schedule: Schedule, zone: ZoneInfo, urls: Urls, shown: Sequence[Shown] | None = None
) -> list[ArchivePage]:
    """The archive's front page, then a page for each year with past dates (`shown`: as for
    `past_by_year`)."""
    years = past_by_year(schedule, zone, urls, shown)
    links = [YearLink(year, urls.archive_year(year)) for year, _ in years]
    latest = years[0] if years else (None, [])
    front = ArchivePage(urls.archives(), latest[0], list(latest[1]), links)
    return [front] + [
        ArchivePage(urls.archive_year(year), year, items, links) for year, items in years
    ]


class WeekdayHeader(NamedTuple):
    name: str
    """'lundi': the column's full name, for screen readers."""
    short: str
    """'lun.': what the column shows."""


def week_layout(lang: str) -> tuple[int, tuple[WeekdayHeader, ...]]:
    """The first day of the week where the site's language is spoken (0 for Monday), and the
    headers of the seven columns from it."""
    first = int(Locale.parse(lang).first_week_day)
    names, short = get_day_names("wide", locale=lang), get_day_names("abbreviated", locale=lang)
    days = [(first + i) % 7 for i in range(7)]
    return first, tuple(WeekdayHeader(str(names[d]), str(short[d])) for d in days)


@dataclass(frozen=True)
class MonthPage:
    """One month of the calendar: its grid, the list of what happens and the links around it."""

    url: str
    month: dt.date
    """Its first day."""
    weeks: list[list[Day]]
    items: list[Shown]
    """What happens in the month, by start time, for the list above the grid."""
    weekday_headers: tuple[WeekdayHeader, ...]
    previous: MonthLink | None
    """The month before, when it has a page."""
    next: MonthLink | None


def month_pages(
    schedule: Schedule,
    zone: ZoneInfo,
    urls: Urls,
    lang: str,
    back: int | None = None,
    shown: Sequence[Shown] | None = None,
) -> list[MonthPage]:
    """A page for every month from the first occurrence (or now; with `back`, at most `back`
    months before now) to the last one (`shown`: every occurrence as `show_all` shows it, when
    the caller has them)."""
    first_weekday, headers = week_layout(lang)
    months = [dt.date(y, m, 1) for y, m in schedule.months(back)]
    if shown is None:
        shown = show_all(schedule.occurrences, zone, urls)
    everything = [s for s in shown if s.day >= months[0]]
    # Indexed once: each month reads its own days and dates, never the whole calendar.
    on_day = by_day(everything)
    in_month: dict[dt.date, list[Shown]] = {}
    for item in everything:
        in_month.setdefault(item.day.replace(day=1), []).append(item)
    return [
        MonthPage(
            url=urls.month(month.year, month.month),
            month=month,
            weeks=month_weeks(month.year, month.month, on_day, first_weekday),
            items=in_month.get(month, []),
            weekday_headers=headers,
            previous=MonthLink.of(months[index - 1], urls) if index > 0 else None,
            next=MonthLink.of(months[index + 1], urls) if index + 1 < len(months) else None,
        )
        for index, month in enumerate(months)
    ]


@dataclass(frozen=True)
class Site:
    """What an event page says of the site around it."""

    public_url: str
    space: Mapping[str, Any]
    """The SPACE setting: the address of events held at the space."""
    dates_shown: int
    """How many next dates of a series its page lists (`EVENTS_PAGE_UPCOMING`)."""
    past_shown: int = 5
    """How many of its latest past dates it lists (`EVENTS_PAGE_PAST`), besides those with a
    recap: the others are in the archive."""
    lang: str = "en"
    """The site's language: prices are written its way."""


@dataclass(frozen=True)
class EventPage:
    """What an event's page shows, computed once for its template."""

    event: Event
    url: str
    description: str
    """The description as safe HTML."""
    summary: str
    """The description as plain text."""
    organizers: list[Person]
    price: Price | None
    """None when the event's file gives no price."""
    lead: Shown
    """The date the page leads with: the next one, else the last one, else (a first date beyond
    the horizon) the event's own start."""
    lead_is_past: bool
    featured: Shown | None
    """The next date, offered to add to a calendar; None when none is left."""
    upcoming: list[Shown]
    """The next dates shown (at most `Site.dates_shown`)."""
    more_upcoming: int
    more_url: str | None
    """The month page of the first next date not shown."""
    past: list[Shown]
    """The latest past dates and those with a recap, latest first."""
    earlier_past: int
    """How many past dates are not listed: they are in the archive."""
    archives_url: str
    google_url: str | None
    ics_url: str | None
    jsonld: str
    """The schema.org `Event`, safe inside <script>."""
    series_subscription: Subscription


def event_page(
    event: Event,
    schedule: Schedule,
    zone: ZoneInfo,
    urls: Urls,
    site: Site,
    members: Mapping[str, Person],
    recaps: Sequence[Mapping[str, Any]] = (),
    recapped: frozenset[dt.date] = frozenset(),
    image: str | None = None,
    descriptions: Descriptions | None = None,
) -> EventPage:
    """`members`: who has a profile (the directory's links); `recaps`: the schema.org things
    written about the event (its recaps), for `subjectOf`; `recapped`: the original dates that
    have a recap, always listed among the past dates; `image`: the absolute address of the
    event's picture for its JSON-LD (its share card, when the site makes them); `descriptions`:
    the build's rendered descriptions."""
    descriptions = descriptions or Descriptions()
    mine = show_all(schedule.occurrences_of(event.slug), zone, urls)
    upcoming = [s for s in mine if not s.occurrence.is_past(schedule.now)]
    past = [s for s in reversed(mine) if s.occurrence.is_past(schedule.now)]
    lead = _lead(event, upcoming, past, zone, urls)
    featured = upcoming[0] if upcoming else None
    organizers = people(event.organizers, members)
    text = descriptions.text(event.description)
    url = urls.event(event.slug)
    page_url = f"{site.public_url}/{url}"
    named = [
        {"name": o.name, "url": f"{site.public_url}/{o.url}" if o.url else None} for o in organizers
    ]
    jsonld = event_jsonld(lead.occurrence, page_url, text, named, site.space, recaps, image)
    listed = [
        s
        for index, s in enumerate(past)
        if index < site.past_shown or s.occurrence.original_date in recapped
    ]
    shown = site.dates_shown
    first_hidden = upcoming[shown] if len(upcoming) > shown else None
    return EventPage(
        event=event,
        url=url,
        description=descriptions.html(event.description),
        summary=text,
        organizers=organizers,
        price=price_of(event, site.lang),
        lead=lead,
        lead_is_past=not upcoming and bool(past),
        featured=featured,
        upcoming=upcoming[:shown],
        more_upcoming=max(0, len(upcoming) - shown),
        more_url=urls.month(first_hidden.day.year, first_hidden.day.month)
        if first_hidden
        else None,
        past=listed,
        earlier_past=len(past) - len(listed),
        archives_url=urls.archives(),
        google_url=google_calendar_url(featured.occurrence, f"{text[:400]}\n\n{page_url}")
        if featured
        else None,
        ics_url=urls.occurrence_ics(featured.occurrence) if featured else None,
        jsonld=script_json(jsonld),
        series_subscription=Subscription.of(urls.series(event), site.public_url),
    )


def lead_date(event: Event, schedule: Schedule, zone: ZoneInfo, urls: Urls) -> Shown:
    """The date an event's page leads with (its share card too): the next one, else the last
    one, else the event's own start."""
    mine = show_all(schedule.occurrences_of(event.slug), zone, urls)
    upcoming = [s for s in mine if not s.occurrence.is_past(schedule.now)]
    past = [s for s in reversed(mine) if s.occurrence.is_past(schedule.now)]
    return _lead(event, upcoming, past, zone, urls)


def _lead(
    event: Event, upcoming: Sequence[Shown], past: Sequence[Shown], zone: ZoneInfo, urls: Urls
) -> Shown:
    if upcoming or past:
        return upcoming[0] if upcoming else past[0]
    # A first date beyond the horizon: the event's own start.
    first = Occurrence(event, event.start, event.start, event.end, event.status, event.location)
    return show(first, zone, urls)


def feed_entry_text(item: Shown, lang: str, descriptions: Descriptions | None = None) -> str:
    """An Atom entry's text: the date and place, then the description as plain text."""
    when = long_datetime(item.start, lang)
    text = (descriptions or Descriptions()).text(item.event.description)
    return f"{when} · {item.occurrence.location}\n\n{text}"
