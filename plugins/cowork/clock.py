""" "Now", for everything that depends on it (upcoming events, members who have left).

It is the build time in the site's time zone, unless the environment variable `COWORK_NOW` gives
an ISO 8601 date-time, so that builds and tests can be reproduced exactly.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from zoneinfo import ZoneInfo

from cowork.errors import UsageError
from cowork.text.messages import msg


class ClockError(UsageError):
    """`COWORK_NOW` is set but is not an ISO 8601 date-time."""


def build_now(timezone: str, environ: Mapping[str, str] = os.environ) -> dt.datetime:
    """An aware datetime in `timezone`: `COWORK_NOW` if set (naive values are local), else now."""
    zone = ZoneInfo(timezone)
    text = environ.get("COWORK_NOW", "").strip()
    if not text:
        return dt.datetime.now(zone)
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError as error:
        raise ClockError(
            msg(
                "COWORK_NOW: expected an ISO 8601 date-time such as 2026-12-01T09:00, found "
                "'{text}'",
                text=text,
            )
        ) from error
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)
