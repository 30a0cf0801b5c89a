"""Dates and times written the way readers of the site's language write them, by Babel.

Babel carries its own locale data, so "jeudi 3 décembre 2026" comes out right whatever locales the
operating system has installed (strftime would depend on them). `lang` is the site's language as
its settings write it (`cowork.text.languages`): a regional variant writes dates the local way,
"Thursday, 3 December 2026, 12:30" in `en_GB` where `en` writes "Thursday, December 3, 2026,
12:30 PM".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel.dates import format_date, format_time, get_datetime_format, get_time_format

from cowork.text.languages import babel_locale


def long_date(value: dt.date | dt.datetime, lang: str) -> str:
    """'jeudi 3 décembre 2026' / 'Thursday, December 3, 2026' / 'Thursday, 3 December 2026'
    (en_GB) / 'donderdag 3 december 2026'."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return _long_date(day, lang)


# Cached: a calendar writes the same few hundred days and times tens of thousands of times, and
# Babel formats each anew. The keys hold what the text depends on, nothing else.
@lru_cache(maxsize=4096)
def _long_date(day: dt.date, lang: str) -> str:
    return format_date(day, format="full", locale=babel_locale(lang))


def medium_date(value: dt.date | dt.datetime, lang: str) -> str:
    """'3 déc. 2026' / 'Dec 3, 2026' / '3 Dec 2026' (en_GB) / '3 dec 2026'."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return format_date(day, format="medium", locale=babel_locale(lang))


def month_year(value: dt.date | dt.datetime, lang: str) -> str:
    """'décembre 2026' / 'December 2026' / 'december 2026'."""
    return format_date(value, format="LLLL y", locale=babel_locale(lang))


def short_time(value: dt.datetime | dt.time, lang: str) -> str:
    """'08:30' / '8:30 AM' / '08:30' (en_GB, nl)."""
    if _short_time_has_zone(lang):
        return format_time(value, format="short", locale=babel_locale(lang))
    # Without a zone in the pattern, the text is that of the wall-clock time alone.
    clock = value.time() if isinstance(value, dt.datetime) else value.replace(tzinfo=None)
    return _short_time(clock, lang)


@lru_cache(maxsize=4096)
def _short_time(clock: dt.time, lang: str) -> str:
    return format_time(clock, format="short", locale=babel_locale(lang))


@lru_cache(maxsize=64)
def _short_time_has_zone(lang: str) -> bool:
    pattern = str(get_time_format("short", locale=babel_locale(lang)).pattern)
    return bool(re.search(r"[zZvVOxX]", re.sub(r"'[^']*'", "", pattern)))


def long_datetime(value: dt.datetime, lang: str) -> str:
    """'jeudi 3 décembre 2026, 08:30' / 'Thursday, December 3, 2026, 8:30 AM'."""
    # The locale's own way to join a date and a time ("{1}, {0}" in most; quotes mark literals).
    joiner = str(get_datetime_format("long", locale=babel_locale(lang)))
    return joiner.replace("'", "").format(short_time(value, lang), long_date(value, lang))
