"""An event's `repeat`: the RRULE as written, made what RFC 5545 and the calendar's bounds allow.

UNTIL is made UTC for timed events (people write a local day; RFC 5545 wants UTC when DTSTART has a
TZID). What RFC 5545 forbids (INTERVAL=0, COUNT with UNTIL) and what would cost unbounded work to
expand (a frequency below a day, a huge INTERVAL, an UNTIL beyond the calendar's years) is refused
with the value found and a hint.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from dateutil.rrule import rrulestr

from cowork.events.model import FIRST_YEAR, LAST_YEAR
from cowork.files.yamlfile import KeyPath
from cowork.text.messages import Message, msg, verbatim

_UNTIL = re.compile(r"^(\d{8})(?:T(\d{6})(Z?))?$")
YEARS_EXPECTED = msg(
    "a date between {first} and {last}", first=f"{FIRST_YEAR}-01-01", last=f"{LAST_YEAR}-12-31"
)
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
"""An event repeats at most once a day: more often is a typo, and costs far more to expand."""
MAX_INTERVAL = 100


class Report(Protocol):
    """Records a problem at a key of the file being read."""

    def __call__(self, keypath: KeyPath, message: Message, hint: Message | None = None) -> None: ...


def normalise_rule(
    text: str, start: dt.datetime, all_day: bool, keypath: KeyPath, problem: Report
) -> str | None:
    """The RRULE as iCalendar wants it: UNTIL in UTC for timed events, a date for all-day ones.

    People write UNTIL=20270630 (a local day); RFC 5545 requires UTC when DTSTART has a TZID.
    What RFC 5545 forbids (INTERVAL=0, COUNT with UNTIL) and what would cost unbounded work (a
    frequency below a day, a huge INTERVAL, an UNTIL beyond the calendar's years) is refused.
    """
    written = text.strip()
    parts = [p for p in written.upper().removeprefix("RRULE:").split(";") if p]
    fixed = []
    names = {p.partition("=")[0] for p in parts}
    if "FREQ" not in names:
        problem(keypath, msg("expected a rule with FREQ=..., found '{rule}'", rule=written))
        return None
    if {"COUNT", "UNTIL"} <= names:
        problem(
            keypath,
            msg("expected COUNT or UNTIL, found both in '{rule}'", rule=written),
            msg("RFC 5545 allows only one: UNTIL, the last date, or COUNT, the number of dates"),
        )
        return None
    for part in parts:
        name, _, value = part.partition("=")
        if name == "FREQ" and value not in FREQUENCIES:
            problem(
                keypath,
                msg(
                    "expected FREQ={some} or {last}, found '{found}'",
                    some=", ".join(FREQUENCIES[:-1]),
                    last=FREQUENCIES[-1],
                    found=f"FREQ={value}",
                ),
                msg("an event repeats at most once a day")
                if value in {"HOURLY", "MINUTELY", "SECONDLY"}
                else msg("every other week is FREQ=WEEKLY;INTERVAL=2"),
            )
            return None
        if name == "INTERVAL" and not (_small_number(value) and 1 <= int(value) <= MAX_INTERVAL):
            problem(
                keypath,
                msg(
                    "expected INTERVAL from 1 to {limit}, found '{found}'",
                    limit=MAX_INTERVAL,
                    found=f"INTERVAL={value}",
                ),
                msg("INTERVAL=2 means every other day, week, month or year"),
            )
            return None
        if name == "COUNT" and not _small_number(value):
            problem(
                keypath,
                msg("expected COUNT= a number of dates, found '{found}'", found=f"COUNT={value}"),
            )
            return None
        if name == "UNTIL":
            match = _UNTIL.match(value)
            if not match:
                problem(keypath, _until_expected(value))
                return None
            day, clock, utc = match.groups()
            if not FIRST_YEAR <= int(day[:4]) <= LAST_YEAR:
                problem(
                    keypath,
                    msg(
                        "expected UNTIL= {expected}, found '{found}'",
                        expected=YEARS_EXPECTED,
                        found=f"UNTIL={value}",
                    ),
                )
                return None
            try:
                local = dt.datetime.strptime(day + (clock or "235959"), "%Y%m%d%H%M%S")
            except ValueError:
                problem(keypath, _until_expected(value))
                return None
            if all_day:
                value = day
            elif not utc:
                aware = local.replace(tzinfo=start.tzinfo).astimezone(dt.UTC)
                value = aware.strftime("%Y%m%dT%H%M%SZ")
        fixed.append(f"{name}={value}")
    rule = ";".join(fixed)
    try:
        rrulestr(rule, dtstart=start.replace(tzinfo=None) if all_day else start)
    except (ValueError, TypeError, OverflowError, IndexError, KeyError) as error:
        problem(
            keypath,
            msg(
                "expected an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU, found '{rule}'",
                rule=written,
            ),
            # The calendar library's own words, in English.
            verbatim(str(error) or type(error).__name__),
        )
        return None
    return rule


def _until_expected(value: str) -> Message:
    return msg("expected UNTIL=YYYYMMDD in the rule, found '{found}'", found=f"UNTIL={value}")


def _small_number(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 6
