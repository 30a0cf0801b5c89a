"""The calendar's rules that a single value cannot check: they need the expanded series, the
other event files or the members.

Duplicate slugs (across sub-folders, and names differing only by case) and UIDs, organisers that
are not members, end before start, rules that give too many occurrences, `except` and `changes`
dates that are not dates of the rule. Every problem names the file, line and key, says what was
expected and what was found, and hints at the fix (the nearest dates, the closest handle).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from collections.abc import Iterable

from cowork.events.load import Source
from cowork.events.model import LAST_YEAR, MAX_LENGTH
from cowork.events.recurrence import nearest, rule_starts
from cowork.files.names import SLUG
from cowork.files.yamlfile import KeyPath, format_keypath
from cowork.problems import Problem, unexpected
from cowork.scaffold.placeholders import EVENT_DESCRIPTIONS, EVENT_TITLES
from cowork.settings import KitSettings
from cowork.site.reserved import reserved_problem
from cowork.text.messages import Message, msg


def check_events(
    sources: list[Source],
    handles: frozenset[str] | None,
    settings: KitSettings,
    now: dt.datetime,
    horizon: dt.datetime,
) -> list[Problem]:
    """Every problem across the event files (their own values were checked when loading)."""
    problems = _duplicates(sources)
    for source in sources:
        try:
            problems.extend(_check_one(source, handles, settings, now, horizon))
        except Exception as error:
            problems.append(unexpected(source.doc.relpath, error))
    return problems


def _problem(
    source: Source, keypath: KeyPath, message: Message, hint: Message | None = None
) -> Problem:
    doc = source.doc
    return Problem(doc.relpath, doc.line_of(keypath), format_keypath(keypath), message, hint=hint)


def _duplicates(sources: list[Source]) -> list[Problem]:
    problems = []
    by_slug: dict[str, list[Source]] = defaultdict(list)
    by_uid: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        by_slug[source.event.slug.lower()].append(source)
        by_uid[source.event.uid].append(source)
        if not SLUG.match(source.event.slug):
            problems.append(
                Problem(
                    source.doc.relpath,
                    None,
                    "",
                    msg(
                        "expected a file name of lowercase letters, digits and hyphens, "
                        "found '{name}'",
                        name=source.doc.path.name,
                    ),
                    hint=msg("the file name is the page's address: rename the file"),
                )
            )
        elif reserved := reserved_problem(source.event.slug, years=True):
            problems.append(
                Problem(
                    source.doc.relpath,
                    None,
                    "",
                    reserved,
                    hint=msg(
                        "the file name is the page's address, and the site has a page there: "
                        "rename the file"
                    ),
                )
            )
    for group in by_slug.values():
        first = group[0]
        for other in group[1:]:
            problems.append(
                Problem(
                    other.doc.relpath,
                    None,
                    "",
                    msg(
                        "duplicate slug '{slug}': {file} already uses it",
                        slug=other.event.slug,
                        file=first.doc.relpath,
                    ),
                    hint=msg("event file names must be unique across sub-folders: rename one"),
                )
            )
    for uid, group in by_uid.items():
        # A derived uid repeats only with its slug, which is already reported.
        for other in (s for s in group[1:] if "uid" in s.doc.data):
            problems.append(
                _problem(
                    other,
                    ("uid",),
                    msg(
                        "duplicate uid '{uid}': {file} already uses it",
                        uid=uid,
                        file=group[0].doc.relpath,
                    ),
                    msg("give each event its own uid (a new UUID), never a copied one"),
                )
            )
    return problems


def _check_one(
    source: Source,
    handles: frozenset[str] | None,
    settings: KitSettings,
    now: dt.datetime,
    horizon: dt.datetime,
) -> Iterable[Problem]:
    event = source.event
    data = source.doc.data if isinstance(source.doc.data, dict) else {}
    if data.get("title") in EVENT_TITLES.values():
        yield _problem(
            source,
            ("title",),
            msg("expected the event's name, found the template's '{title}'", title=data["title"]),
            msg("write the name visitors will see in the calendar"),
        )
    description = data.get("description")
    if isinstance(description, str) and any(t in description for t in EVENT_DESCRIPTIONS.values()):
        yield _problem(
            source,
            ("description",),
            msg("expected what will happen, found the template's example sentence"),
            msg("replace it: what will happen, for whom, and whether to register"),
        )
    for index, handle in enumerate(event.organizers):
        if handles is not None and handle not in handles:
            close = difflib.get_close_matches(handle, sorted(handles or ()), n=1, cutoff=0.6)
            yield _problem(
                source,
                ("organizers", index),
                msg(
                    "unknown organizer '{handle}': expected the handle of a member (the name "
                    "of a file in {folder})",
                    handle=handle,
                    folder=f"{settings.members_path.name}/",
                ),
                msg("did you mean '{handle}'?", handle=close[0])
                if close
                else msg(
                    "organisers are members: add {file} first, or remove this name",
                    file=f"{settings.members_path.name}/{handle}.yaml",
                ),
            )
    if event.end <= event.start:
        yield _problem(
            source,
            ("end",),
            _end_before(
                _shown(event.start, event.all_day), _shown(event.end, event.all_day, last=True)
            ),
        )
    elif event.end - event.start > MAX_LENGTH and "end" in source.doc.data:
        yield _too_long(source, ("end",), event.start, event.end, event.all_day)
    latest = horizon + dt.timedelta(days=365 * YEARS_AHEAD)
    if event.start > latest:
        yield _problem(
            source,
            ("start",),
            msg(
                "expected a start at most {years} years after the calendar's horizon "
                "({latest}), found {found}",
                years=YEARS_AHEAD,
                latest=_shown(latest, event.all_day),
                found=_shown(event.start, event.all_day),
            ),
            msg("check the year: every month up to an event gets a page of the calendar"),
        )
    for change in event.changes:
        key = ("changes", change.original.isoformat())
        start = change.start or event.start
        if change.end is not None and change.end <= start:
            yield _problem(
                source,
                (*key, "end"),
                _end_before(_shown(start, event.all_day), _shown(change.end, event.all_day)),
            )
        elif change.end is not None and change.end - start > MAX_LENGTH:
            yield _too_long(source, (*key, "end"), start, change.end, event.all_day)
    yield from _check_dates(source, settings, now, horizon)


def _check_dates(
    source: Source, settings: KitSettings, now: dt.datetime, horizon: dt.datetime
) -> Iterable[Problem]:
    event = source.event
    if event.rule is None:
        for name in ("except", "changes"):
            if name in source.doc.data:
                yield _problem(
                    source,
                    (name,),
                    msg(
                        "expected '{name}' only on a repeating event (with 'repeat'), found it "
                        "on a single event",
                        name=name,
                    ),
                    msg(
                        "cancel a single event with 'status: cancelled', move it by changing "
                        "'start' and 'end'"
                    ),
                )
        return
    # Dates listed beyond the horizon are checked too: expand as far as the furthest one.
    listed = [*event.exceptions, *(c.original for c in event.changes)]
    until = horizon
    if listed:
        furthest = dt.datetime.combine(max(listed), dt.time(23, 59), event.start.tzinfo)
        until = max(horizon, furthest)
    limit = settings.events_max_occurrences
    try:
        expansion = rule_starts(event, until, limit, now)
    except (ValueError, TypeError, OverflowError, IndexError, KeyError) as error:
        # dateutil accepts some rules it cannot expand (BYDAY=+53MO in a monthly rule).
        yield _problem(
            source,
            ("repeat",),
            msg(
                "expected an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU, found '{rule}', which "
                "gives no date that can be computed",
                rule=str(source.doc.data["repeat"]),
            ),
            msg(
                "check its numbers; the calendar library says: {error}",
                error=str(error) or type(error).__name__,
            ),
        )
        return
    if expansion.too_many:
        yield _problem(
            source,
            ("repeat",),
            msg(
                "expected a rule giving at most {limit} occurrences, found one giving more "
                "within the next {months} months",
                limit=limit,
                months=settings.events_horizon_months,
            )
            if expansion.open_ended
            else msg(
                "expected a rule giving at most {limit} occurrences, found one giving more in all",
                limit=limit,
            ),
            msg(
                "repeat less often, or end the rule with COUNT or UNTIL (the limit is "
                "EVENTS_MAX_OCCURRENCES)"
            ),
        )
        return
    if not expansion.starts and expansion.exhausted:
        yield _problem(
            source,
            ("repeat",),
            msg("expected a rule giving at least one date, found one giving none")
            if "UNTIL" in event.rule
            else msg(
                "expected a rule giving at least one date, found one giving none up to {year}",
                year=LAST_YEAR,
            ),
            msg("check that UNTIL is after 'start'")
            if "UNTIL" in event.rule
            else msg("check that the days it names exist: there is no 30 February"),
        )
        return
    count = _count(event.rule)
    if expansion.exhausted and count is not None and len(expansion.starts) < count:
        yield _problem(
            source,
            ("repeat",),
            msg(
                "expected a rule whose dates all fall by {last}, found {count} giving {found} "
                "dates by then",
                last=f"{LAST_YEAR}-12-31",
                count=f"COUNT={count}",
                found=len(expansion.starts),
            ),
            msg("lower COUNT or INTERVAL"),
        )
        return
    if expansion.starts and expansion.starts[0] != event.start:
        # RFC 5545 leaves a start outside its own rule undefined: calendar apps disagree on it.
        yield _problem(
            source,
            ("start",),
            msg(
                "expected a start that is one of the rule's dates, found {start}, which is not",
                start=_shown(event.start, event.all_day),
            ),
            msg(
                "the rule's first date is {first}",
                first=_shown(expansion.starts[0], event.all_day),
            ),
        )
    days = [s.date() for s in expansion.starts]
    known = set(days)
    for index, day in enumerate(event.exceptions):
        if day not in known:
            yield _not_a_date(source, ("except", index), day, days)
    for change in event.changes:
        key = ("changes", change.original.isoformat())
        if change.original not in known:
            yield _not_a_date(source, key, change.original, days)
        elif change.original in event.exceptions:
            yield _problem(
                source,
                key,
                msg(
                    "expected a date that is not skipped, found {day}, which is also in 'except'",
                    day=change.original.isoformat(),
                ),
                msg("remove it from 'except', or cancel it here with 'status: cancelled'"),
            )


YEARS_AHEAD = 10
"""An event starts at most this many years after the horizon (`EVENTS_HORIZON_MONTHS` ahead of
the build): every month from now to its date gets a page."""


def _too_long(
    source: Source, keypath: KeyPath, start: dt.datetime, end: dt.datetime, all_day: bool
) -> Problem:
    return _problem(
        source,
        keypath,
        msg(
            "expected an end at most {days} days after the start ({start}), found {end}",
            days=MAX_LENGTH.days,
            start=_shown(start, all_day),
            end=_shown(end, all_day, last=True),
        ),
        msg("an event longer than a year is several events"),
    )


def _end_before(start: str, end: str) -> Message:
    return msg("expected an end after the start ({start}), found {end}", start=start, end=end)


def _count(rule: str) -> int | None:
    for part in rule.split(";"):
        name, _, value = part.partition("=")
        if name == "COUNT":
            return int(value)
    return None


def _not_a_date(source: Source, keypath: KeyPath, day: dt.date, days: list[dt.date]) -> Problem:
    close = ", ".join(d.isoformat() for d in nearest(days, day))
    return _problem(
        source,
        keypath,
        msg(
            "expected a date of this event's rule, found {day}, which is not one",
            day=day.isoformat(),
        ),
        msg("the nearest dates are {dates}", dates=close)
        if close
        else msg("the rule gives no date"),
    )


def _shown(moment: dt.datetime, all_day: bool, last: bool = False) -> str:
    if all_day:
        # All-day ends are exclusive inside; people wrote (and read) the last day.
        day = moment.date() - dt.timedelta(days=1) if last else moment.date()
        return day.isoformat()
    return moment.strftime("%Y-%m-%d %H:%M")
