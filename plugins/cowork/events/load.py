"""Read `events/**/*.yaml` into `Event` models, reporting every value that cannot be understood.

Each file is parsed safely (`cowork.files.yamlfile`), checked against `event.schema.json`, then its
values are converted: local times ("2026-12-03 08:30") in the event's time zone, dates for all-day
events, `duration: 1h30`, the RRULE with its UNTIL made RFC-correct. Rules that need several files
or the expanded series (duplicates, organisers, `except` dates) are in `cowork.events.validate`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from cowork.events.model import FIRST_YEAR, LAST_YEAR, MAX_LENGTH, Change, Event, Status
from cowork.events.rule import YEARS_EXPECTED, Report, normalise_rule
from cowork.files.checked import CheckedFiles
from cowork.files.inventory import event_files
from cowork.files.names import is_time_zone, nearest_time_zones
from cowork.files.oneline import line_breaks
from cowork.files.renamed import DATA_RENAMES, read_renamed
from cowork.files.schema import describe_value
from cowork.files.yamlfile import KeyPath, YamlDocument, format_keypath, load_yaml
from cowork.problems import Problem, unexpected
from cowork.settings import KitSettings
from cowork.text.messages import Message, msg
from cowork.text.safe_markdown import COSTLY_HINT, too_costly

_LOCAL_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$")
# Matched on the text with its spaces removed and at most 20 characters long: each part starts
# with digits and ends with its unit, so the pattern cannot backtrack.
_DURATION = re.compile(r"^(?:(\d{1,6})d)?(?:(\d{1,6})h)?(?:(\d{1,6})(?:min|m)?)?$")
_DURATION_MAX_CHARS = 20
TIME_EXPECTED = msg("a local date and time written YYYY-MM-DD HH:MM")
DURATION_EXPECTED = msg("a duration such as 1h30, 45min or 2d")
_MULTI_LINE = frozenset({"description"})


@dataclass(frozen=True)
class Source:
    """An event and the parsed file it came from (for the lines of later messages)."""

    event: Event
    doc: YamlDocument


def load_events(
    settings: KitSettings, checked: CheckedFiles | None = None
) -> tuple[list[Source], list[Problem]]:
    """Every readable event file as a `Source`, and the problems of all of them. With `checked`,
    a file that passed the schema unchanged before is not checked again."""
    checked = checked or CheckedFiles("event")
    sources: list[Source] = []
    problems: list[Problem] = []
    for path in event_files(settings.events_path):
        doc, found = load_yaml(path, settings.root)
        problems.extend(found)
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            problems.append(
                Problem(
                    doc.relpath,
                    1,
                    "",
                    msg(
                        "expected a mapping of keys to values, found {found}",
                        found=describe_value(doc.data),
                    ),
                )
            )
            continue
        doc, renamed = read_renamed(doc, DATA_RENAMES["event"])
        problems.extend(renamed)
        schema_problems = checked.validate(doc)
        problems.extend(schema_problems)
        if schema_problems:
            continue
        event, found = read_event(doc, settings)
        problems.extend(found)
        if event is not None:
            sources.append(Source(event, doc))
    return sources, problems


def read_event(doc: YamlDocument, settings: KitSettings) -> tuple[Event | None, list[Problem]]:
    """Convert a schema-valid document; None when a value cannot be understood (or when the
    conversion fails in a way nobody foresaw: then that is the file's problem)."""
    try:
        return _read_event(doc, settings)
    except Exception as error:
        return None, [unexpected(doc.relpath, error)]


def default_uid(slug: str, public_url: str) -> str:
    """`<slug>@<host>`: stable across builds, but not across renames (hence the `uid` key)."""
    host = urlsplit(public_url).hostname or "cowork-site-kit.invalid"
    return f"{slug}@{host}"


def _read_event(doc: YamlDocument, settings: KitSettings) -> tuple[Event | None, list[Problem]]:
    data: dict[str, Any] = doc.data
    problems: list[Problem] = []

    def problem(keypath: KeyPath, message: Message, hint: Message | None = None) -> None:
        problems.append(
            Problem(doc.relpath, doc.line_of(keypath), format_keypath(keypath), message, hint=hint)
        )

    problems.extend(line_breaks(doc, _MULTI_LINE))
    costly = too_costly(str(data.get("description", "")))
    if costly:
        problem(("description",), costly, COSTLY_HINT)
    tz_name = str(data.get("timezone", settings.timezone))
    zone = _zone(tz_name)
    if zone is None:
        close = nearest_time_zones(tz_name)
        problem(
            ("timezone",),
            msg(
                "unknown time zone: expected a name of the IANA database such as "
                "'Europe/Paris', found '{zone}'",
                zone=tz_name,
            ),
            msg("did you mean '{zone}'?", zone=close[0]) if close else None,
        )
        # Go on with the site's zone, so that the file's other problems are reported too.
        zone = ZoneInfo(settings.timezone)

    raw_start = data["start"]
    all_day = isinstance(raw_start, dt.date) and not isinstance(raw_start, dt.datetime)
    start = _moment(raw_start, zone, all_day, ("start",), problem)
    end = _end(data, start, zone, all_day, problem)
    if start is None or end is None:
        return None, problems

    rule = None
    if "repeat" in data:
        rule = normalise_rule(str(data["repeat"]), start, all_day, ("repeat",), problem)
    changes = []
    for day_text, values in data.get("changes", {}).items():
        keypath = ("changes", day_text)
        day = _day(day_text, keypath, problem)
        if day is None:
            continue
        c_start = c_end = None
        if "start" in values:
            c_start = _moment(values["start"], zone, all_day, (*keypath, "start"), problem)
        if "end" in values:
            c_end = _moment(values["end"], zone, all_day, (*keypath, "end"), problem)
        if not values:
            problem(
                keypath, msg("expected at least one of start, end, status or location, found none")
            )
        status = Status(values["status"]) if "status" in values else None
        changes.append(Change(day, c_start, c_end, status, values.get("location")))
    for index, value in enumerate(data.get("except", [])):
        _day(value, ("except", index), problem)
    if problems:
        return None, problems

    slug = doc.path.stem
    event = Event(
        slug=slug,
        relpath=doc.relpath,
        uid=str(data.get("uid") or default_uid(slug, settings.public_url)),
        title=str(data["title"]).strip(),
        start=start,
        end=end,
        all_day=all_day,
        timezone=tz_name,
        location=str(data.get("location", "")).strip(),
        description=str(data.get("description", "")),
        rule=rule,
        exceptions=tuple(sorted(_as_date(d) for d in data.get("except", []))),
        changes=tuple(sorted(changes, key=lambda c: c.original)),
        status=Status(data.get("status", "confirmed")),
        organizers=tuple(data.get("organizers", [])),
        tags=tuple(data.get("tags", [])),
        registration=data.get("registration"),
        price=float(data["price"]) if "price" in data else None,
        currency=str(data.get("currency", "EUR")),
    )
    return event, problems


def parse_duration(text: str) -> dt.timedelta | None:
    """`1h30` → 90 minutes; `45min`, `2h`, `1d`; None when it is not a duration."""
    if len(text) > 1000:
        return None
    compact = "".join(text.split())
    if len(compact) > _DURATION_MAX_CHARS:
        return None
    match = _DURATION.match(compact)
    if not match or not any(match.groups()):
        return None
    days, hours, minutes = (int(g) if g else 0 for g in match.groups())
    return dt.timedelta(days=days, hours=hours, minutes=minutes)


def _end(
    data: dict[str, Any], start: dt.datetime | None, zone: ZoneInfo, all_day: bool, problem: Report
) -> dt.datetime | None:
    if "end" in data and "duration" in data:
        problem(("duration",), msg("expected either 'end' or 'duration', found both"))
        return None
    if "duration" in data:
        length = parse_duration(str(data["duration"]))
        if length is None or not length:
            problem(
                ("duration",),
                _expected(DURATION_EXPECTED, describe_value(data["duration"])),
            )
            return None
        if length > MAX_LENGTH:
            problem(
                ("duration",),
                msg(
                    "expected a duration of at most {limit}, found {found}",
                    limit=f"{MAX_LENGTH.days}d",
                    found=describe_value(data["duration"]),
                ),
                msg("an event longer than a year is several events"),
            )
            return None
        return None if start is None else _shift(start, length, all_day)
    if "end" in data:
        end = _moment(data["end"], zone, all_day, ("end",), problem)
        # An all-day event's last day is written inclusively; iCalendar's end is the day after.
        return end + dt.timedelta(days=1) if end and all_day else end
    if all_day:
        return None if start is None else start + dt.timedelta(days=1)
    problem(
        (),
        msg(
            "missing required key 'end': expected the end time (or a 'duration'), or a date "
            "alone as 'start' for an all-day event"
        ),
    )
    return None


def _shift(start: dt.datetime, length: dt.timedelta, all_day: bool) -> dt.datetime:
    # Wall-clock arithmetic: 1h30 from 08:30 ends at 10:00 local, even on a DST night.
    if all_day:
        return start + dt.timedelta(days=max(1, length.days))
    return start + length


def _moment(
    value: Any, zone: ZoneInfo, all_day: bool, keypath: KeyPath, problem: Report
) -> dt.datetime | None:
    """A local wall time of `zone` (midnight for a date); None after reporting a problem."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            problem(
                keypath,
                msg(
                    "expected {expected} without an offset, found '{found}'",
                    expected=TIME_EXPECTED,
                    found=value.isoformat(),
                ),
                msg("write the local time; the zone comes from 'timezone'"),
            )
            return None
        naive = value
    elif isinstance(value, dt.date):
        naive = dt.datetime.combine(value, dt.time())
    else:
        match = _LOCAL_TIME.match(str(value).strip())
        try:
            if not match:
                raise ValueError
            day, hour, minute, second = match.groups()
            naive = dt.datetime.combine(
                dt.date.fromisoformat(day), dt.time(int(hour), int(minute), int(second or 0))
            )
        except ValueError:
            problem(keypath, _expected(TIME_EXPECTED, describe_value(value)))
            return None
    if not FIRST_YEAR <= naive.year <= LAST_YEAR:
        problem(
            keypath,
            _expected(YEARS_EXPECTED, describe_value(_shown(value))),
            msg("check the year"),
        )
        return None
    is_date = naive.time() == dt.time() and not isinstance(value, str | dt.datetime)
    if all_day != is_date:
        wanted = msg("a date alone (YYYY-MM-DD), as 'start' is") if all_day else TIME_EXPECTED
        problem(keypath, _expected(wanted, describe_value(_shown(value))))
        return None
    return naive.replace(tzinfo=zone)


def _shown(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _day(value: Any, keypath: KeyPath, problem: Report) -> dt.date | None:
    """A date of `except` or a key of `changes` (the schema checked its form), within the years."""
    try:
        day = _as_date(value)
    except ValueError:
        problem(keypath, _expected(msg("a date written YYYY-MM-DD"), describe_value(value)))
        return None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        problem(keypath, _expected(YEARS_EXPECTED, day.isoformat()), msg("check the year"))
        return None
    return day


def _expected(expected: Message, found: Message | str) -> Message:
    return msg("expected {expected}, found {found}", expected=expected, found=found)


def _zone(name: str) -> ZoneInfo | None:
    return ZoneInfo(name) if is_time_zone(name) else None
