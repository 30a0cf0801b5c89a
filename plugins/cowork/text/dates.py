"""Dates and times written the way readers of the site's language write them, by Babel.

Babel carries its own locale data, so "jeudi 3 décembre 2026" comes out right whatever locales the
operating system has installed (strftime would depend on them).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel.core import Locale
from babel.dates import format_date, format_time, get_datetime_format


@cache
def _locale(lang: str) -> Locale:
    # Parsing a locale name costs more than formatting a date: a build formats thousands.
    return Locale.parse(lang)


def long_date(value: dt.date | dt.datetime, lang: str) -> str:
    """'jeudi 3 décembre 2026' / 'Thursday, December 3, 2026'."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return format_date(day, format="full", locale=_locale(lang))


def medium_date(value: dt.date | dt.datetime, lang: str) -> str:
    """'3 déc. 2026' / 'Dec 3, 2026'."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return format_date(day, format="medium", locale=_locale(lang))


def month_year(value: dt.date | dt.datetime, lang: str) -> str:
    """'décembre 2026' / 'December 2026'."""
    return format_date(value, format="LLLL y", locale=_locale(lang))


def short_time(value: dt.datetime | dt.time, lang: str) -> str:
    """'08:30' / '8:30 AM'."""
    return format_time(value, format="short", locale=_locale(lang))


def long_datetime(value: dt.datetime, lang: str) -> str:
    """'jeudi 3 décembre 2026 à 08:30' / 'Thursday, December 3, 2026 at 8:30 AM'."""
    # The locale's own way to join a date and a time ("{1} 'à' {0}" in French).
    joiner = str(get_datetime_format("long", locale=_locale(lang)))
    return joiner.replace("'", "").format(short_time(value, lang), long_date(value, lang))
