"""The calendar as iCalendar (RFC 5545, RFC 7986), written with `icalendar`.

One VEVENT per event: a series carries its RRULE and EXDATEs, and each changed occurrence is an
extra VEVENT with the same UID and a RECURRENCE-ID (a cancelled one with STATUS:CANCELLED). Local
times carry their TZID, with one VTIMEZONE per zone used. Past events stay in the feed, since a
subscribed calendar deletes what disappears from it.

Reproducibility: UID comes from the file's `uid` (or its slug), SEQUENCE from the number of
commits that changed the file, DTSTAMP and LAST-MODIFIED from the time of its last commit (the
build's "now" only for uncommitted files or outside git). The same commit therefore builds
byte-identical feeds. icalendar folds lines at 75 octets and ends them with CRLF.

Serialising is most of a calendar's cost: a build keeps each VEVENT, VTIMEZONE and calendar head
it wrote (`cowork.text.rendered`, under a hash of everything they are made of), and the next build
reuses those that did not change. `icalendar` (some megabytes of modules) is imported only when
something must be serialised anew.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from cowork import __version__
from cowork.events import description
from cowork.events.description import description_text
from cowork.events.model import Event, Occurrence, Status
from cowork.files.history import Revisions
from cowork.text.rendered import MARKDOWN_PACKAGES, RenderedTexts

if TYPE_CHECKING:
    import icalendar

PRODUCT = f"-//cowork-site-kit//Calendar {__version__}//EN"
CACHE_FOLDER = Path(".cache") / "cowork" / "calendars"
"""Each event's own calendars (its series, its next date) as the last builds wrote them, named
by the hash of their bytes (`KeyedFiles.place_bytes`); relative to the site's root, removed by
`make clean` with the rest of `.cache/cowork`."""
CODE = ("events/ical.py", *description.CODE)
"""The code a calendar's bytes depend on besides its events (paths inside `cowork`)."""
PACKAGES = ("icalendar", *MARKDOWN_PACKAGES)
"""The packages whose versions a calendar's bytes depend on."""


@dataclass(frozen=True)
class Export:
    """What every feed shares: where pages live, the git history, and the build's "now"."""

    calendar_name: str
    """The site's name, prefixed to each feed's name."""
    site_url: str
    """Absolute URL of the site ("" in development: no URL property then)."""
    events_url: str
    """URL of the events section relative to the site, such as `evenements/`."""
    history: Revisions
    now: dt.datetime
    refresh: dt.timedelta = dt.timedelta(hours=12)
    horizon_year: int = 2030
    address: str = ""
    """The space's name and postal address on one line ("La Navette, 27 rue du Métier, 59000
    Lille"): a room of the space is written before it, so a calendar app can find the place."""
    describe: Callable[[str], str] = description_text
    """A description as plain text, as `description_text` writes it (a build's
    `Descriptions.text`, which renders each once)."""

    def page_url(self, event: Event) -> str | None:
        if not self.site_url:
            return None
        return f"{self.site_url}/{self.events_url}{event.slug}/"

    def location(self, place: str) -> str:
        """LOCATION: a room of the space with the space's address; an online meeting's address,
        or a place written as an address (with a comma), as written."""
        if place.startswith("https://") or "," in place or not self.address:
            return place
        return f"{place}, {self.address}" if place else self.address

    def stamp(self, event: Event) -> dt.datetime:
        known = self.history.of(event.relpath).last_change
        return known if known is not None else self.now.astimezone(dt.UTC).replace(microsecond=0)

    def material(self, event: Event) -> str:
        """Everything of the export an event's VEVENTs are made of, besides the event itself."""
        parts = (self.stamp(event), self.history.sequence(event.relpath), self.site_url)
        return repr((*parts, self.events_url, self.address))


def _value(moment: dt.datetime, all_day: bool) -> dt.date | dt.datetime:
    return moment.date() if all_day else moment


_STATUS = {
    Status.CONFIRMED: "CONFIRMED",
    Status.TENTATIVE: "TENTATIVE",
    Status.CANCELLED: "CANCELLED",
}


def _common(component: icalendar.Event, event: Event, export: Export) -> None:
    component.add("uid", event.uid)
    stamp = export.stamp(event)
    component.add("dtstamp", stamp)
    component.add("last-modified", stamp)
    component.add("sequence", export.history.sequence(event.relpath))
    component.add("summary", event.title)
    if event.description.strip():
        # Calendar apps show text as written: Markdown rendered, links kept as "text (url)".
        component.add("description", export.describe(event.description))
    url = export.page_url(event)
    if url:
        component.add("url", url)
    if event.tags:
        component.add("categories", list(event.tags))


def series_components(event: Event, export: Export) -> list[icalendar.Event]:
    """The event's VEVENT, then one per changed occurrence (same UID, RECURRENCE-ID)."""
    import icalendar

    master = icalendar.Event()
    _common(master, event, export)
    master.add("dtstart", _value(event.start, event.all_day))
    master.add("dtend", _value(event.end, event.all_day))
    if event.location or export.address:
        master.add("location", export.location(event.location))
    master.add("status", _STATUS[event.status])
    if event.rule is not None:
        master.add("rrule", icalendar.vRecur.from_ical(event.rule))
        if event.exceptions:
            skipped = [_value(_original(event, d), event.all_day) for d in event.exceptions]
            master.add("exdate", skipped)
    components = [master]
    for change in event.changes if event.rule is not None else ():
        original = _original(event, change.original)
        start = change.start or original
        end = change.end or start + event.duration
        override = icalendar.Event()
        _common(override, event, export)
        override.add("recurrence-id", _value(original, event.all_day))
        override.add("dtstart", _value(start, event.all_day))
        override.add("dtend", _value(end, event.all_day))
        location = change.location or event.location
        if location or export.address:
            override.add("location", export.location(location))
        override.add("status", _STATUS[change.status or event.status])
        components.append(override)
    return components


def occurrence_component(occurrence: Occurrence, export: Export) -> icalendar.Event:
    """One occurrence on its own, for "add to my calendar".

    A single event keeps its UID. An occurrence of a series gets a UID of its own, derived from the
    series' UID and its original date: imported alone, it must not collide with the series.
    """
    import icalendar

    event = occurrence.event
    component = icalendar.Event()
    _common(component, event, export)
    if event.rule is not None:
        component["uid"] = f"{event.uid}-{occurrence.original_date:%Y%m%d}"
    component.add("dtstart", _value(occurrence.start, event.all_day))
    component.add("dtend", _value(occurrence.end, event.all_day))
    if occurrence.location or export.address:
        component.add("location", export.location(occurrence.location))
    component.add("status", _STATUS[occurrence.status])
    return component


def _original(event: Event, day: dt.date) -> dt.datetime:
    """Where the rule puts the occurrence of `day`: that day, at the series' local start time."""
    return dt.datetime.combine(day, event.start.time(), event.start.tzinfo)


_END = b"END:VCALENDAR\r\n"


def calendar_bytes(
    components: Iterable[icalendar.Event],
    name: str,
    export: Export,
    zones: Iterable[str],
    first_year: int,
) -> bytes:
    """A whole VCALENDAR: properties, one VTIMEZONE per zone used, then the events."""
    events = [_component_bytes(c) for c in components]
    return b"".join(_pieces(events, name, export, zones, first_year))


def _pieces(
    events: Iterable[bytes | str],
    name: str,
    export: Export,
    zones: Iterable[str],
    first_year: int,
    head: bytes | str | None = None,
    timezone: Callable[[str, int, int], bytes | str] | None = None,
) -> Iterator[bytes]:
    """The calendar's properties (`head`, when already serialised), its VTIMEZONEs and the events
    already serialised (bytes, or text kept by an earlier build), one after another: each
    component's lines are folded in its own serialisation, so they are joined as they are,
    never parsed or folded again."""
    yield _encoded(_head(name, export) if head is None else head)
    timezone = timezone or _vtimezone_bytes
    last_year = export.horizon_year + 2
    for zone in sorted(set(zones)):
        yield _encoded(timezone(zone, first_year, last_year))
    for component in events:
        yield _encoded(component)
    yield _END


def _encoded(piece: bytes | str) -> bytes:
    return piece.encode("utf-8") if isinstance(piece, str) else piece


def _head(name: str, export: Export) -> bytes:
    """The calendar's own properties, serialised, without its END line."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    full_name = f"{export.calendar_name} · {name}" if name else export.calendar_name
    calendar.add("name", full_name)
    calendar.add("x-wr-calname", full_name)
    calendar.add("refresh-interval", export.refresh, parameters={"VALUE": "DURATION"})
    calendar["x-published-ttl"] = icalendar.vDuration(export.refresh)
    return bytes(calendar.to_ical()).removesuffix(_END)


def _component_bytes(component: icalendar.Component) -> bytes:
    return bytes(component.to_ical())


@lru_cache(maxsize=256)
def _vtimezone_bytes(zone: str, first_year: int, last_year: int) -> bytes:
    """The VTIMEZONE of `zone` for those years, serialised (built from zoneinfo; cached, it is
    slow, and every calendar of a build repeats it)."""
    import icalendar

    return _component_bytes(
        icalendar.Timezone.from_tzid(
            zone, first_date=dt.date(first_year, 1, 1), last_date=dt.date(last_year, 1, 1)
        )
    )


class Calendars:
    """The calendars of one build. Each event's VEVENTs are serialised once, however many feeds
    carry it (the whole calendar, its series, each of its tags). With a `folder`, what an earlier
    build serialised is read from it, and `save` keeps this build's for the next; without one,
    everything is serialised."""

    def __init__(self, export: Export, folder: Path | None = None) -> None:
        self.export = export
        self._serialised: dict[str, str] = {}
        self._kept = RenderedTexts.open("ical", folder, code=CODE, packages=PACKAGES)

    def _made(self, material: str, make: Callable[[], bytes]) -> str:
        """`make()` as text, or what an earlier build made of the same `material`: the text
        the cache keeps, encoded only as it is written (one copy of each VEVENT in memory)."""
        return self._kept.get(material, lambda: make().decode("utf-8"))

    def _series(self, event: Event) -> str:
        known = self._serialised.get(event.slug)
        if known is None:
            material = f"series {event!r} {self.export.material(event)}"
            known = self._serialised[event.slug] = self._made(
                material,
                lambda: b"".join(map(_component_bytes, series_components(event, self.export))),
            )
        return known

    def _calendar_head(self, name: str) -> str:
        material = f"head {name!r} {self.export.calendar_name!r} {self.export.refresh!r}"
        return self._made(material, lambda: _head(name, self.export))

    def _timezone(self, zone: str, first_year: int, last_year: int) -> bytes | str:
        data = _zone_data(zone)
        if data is None:
            return _vtimezone_bytes(zone, first_year, last_year)
        material = f"vtimezone {zone!r} {first_year} {last_year} {data}"
        return self._made(material, lambda: _vtimezone_bytes(zone, first_year, last_year))

    def feed(self, events: Iterable[Event], name: str) -> Iterator[bytes]:
        """The feed of these events (the whole calendar, a series, a tag), piece by piece: a
        busy site's whole calendar is megabytes, written without ever being whole in memory."""
        chosen = sorted(events, key=lambda e: e.slug)
        zones = [e.timezone for e in chosen if not e.all_day]
        first_year = min((e.start.year for e in chosen), default=self.export.now.year)
        head = self._calendar_head(name)
        return _pieces(
            map(self._series, chosen), name, self.export, zones, first_year, head, self._timezone
        )

    def events(self, events: Iterable[Event], name: str) -> bytes:
        """The whole of `feed`."""
        return b"".join(self.feed(events, name))

    def occurrence(self, occurrence: Occurrence) -> bytes:
        """One occurrence on its own, for "add to my calendar"."""
        zones = [] if occurrence.all_day else [occurrence.event.timezone]
        event = occurrence.event
        if _as_written(occurrence):
            # The same VEVENT as the event's own, already serialised for the whole calendar.
            component = self._series(event)
        else:
            component = self._made(
                f"occurrence {occurrence!r} {self.export.material(event)}",
                lambda: _component_bytes(occurrence_component(occurrence, self.export)),
            )
        head = self._calendar_head(event.title)
        year = occurrence.start.year
        pieces = _pieces([component], event.title, self.export, zones, year, head, self._timezone)
        return b"".join(pieces)

    def save(self) -> None:
        """Keep this build's VEVENTs and heads for the next."""
        self._kept.save()


@cache
def _zone_data(zone: str) -> str | None:
    """A hash of the time zone data `zoneinfo` reads for `zone` (the system's files first, then
    the `tzdata` package), which a VTIMEZONE is made from; None if it cannot be found."""
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / zone
        if path.is_file():
            return hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        data = resources.files("tzdata.zoneinfo").joinpath(*zone.split("/")).read_bytes()
    except (ImportError, OSError):
        return None
    return hashlib.sha256(data).hexdigest()


def _as_written(occurrence: Occurrence) -> bool:
    """A single event on the date its file gives: `occurrence_component` would make the very
    VEVENT `series_components` makes for the event (same properties, in the same order)."""
    event = occurrence.event
    return (
        event.rule is None
        and not occurrence.changed
        and (occurrence.start, occurrence.end) == (event.start, event.end)
        # Equal instants written in another zone would be other bytes.
        and (occurrence.start.tzinfo, occurrence.end.tzinfo)
        == (event.start.tzinfo, event.end.tzinfo)
        and (occurrence.status, occurrence.location) == (event.status, event.location)
    )


def events_calendar(events: Iterable[Event], name: str, export: Export) -> bytes:
    """The feed of these events (the whole calendar, a series, a tag)."""
    return Calendars(export).events(events, name)


def occurrence_calendar(occurrence: Occurrence, export: Export) -> bytes:
    return Calendars(export).occurrence(occurrence)


def address_line(space: Mapping[str, Any]) -> str:
    """The space's name and address on one line, from the SPACE setting ("" without a city)."""
    if not space.get("city"):
        return ""
    town = f"{space.get('postcode', '')} {space['city']}".strip()
    parts = (space.get("name", ""), space.get("street", ""), town)
    return ", ".join(str(part) for part in parts if part)


def google_calendar_url(occurrence: Occurrence, details: str = "") -> str:
    """A link that opens Google Calendar's "new event" form, filled in (no account needed here)."""
    if occurrence.all_day:
        dates = f"{occurrence.start:%Y%m%d}/{occurrence.end:%Y%m%d}"
    else:
        dates = f"{occurrence.start:%Y%m%dT%H%M%S}/{occurrence.end:%Y%m%dT%H%M%S}"
    query = {
        "action": "TEMPLATE",
        "text": occurrence.event.title,
        "dates": dates,
        "ctz": occurrence.event.timezone,
        "details": details,
        "location": occurrence.location,
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(
        {k: v for k, v in query.items() if v}
    )
