"""The `format` values the kit's schemas use, each checked by one function that both schema
validators call (jsonschema, which words the problems, and the fast first pass in
`cowork.files.fastschema`): a format that two validators read differently could let one of
them accept what the other refuses.

Each function says whether a value is written in its format; a value that is not text is not
theirs to judge (the schema's `type` refuses it), as JSON Schema has it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
"""Four, two and two ASCII digits: `date.fromisoformat` alone also reads `20260102`."""


def is_date(value: object) -> bool:
    """A real calendar day written YYYY-MM-DD (RFC 3339's full-date), as jsonschema checks it."""
    if not isinstance(value, str):
        return True
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:  # 2026-02-30
        return False
    return True


def is_uri(value: object) -> bool:
    """An absolute address with a scheme and a host (or a mailto: or tel: one), no spaces.
    jsonschema skips "uri" silently unless optional packages are installed: a format that is
    never checked must not look checked."""
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    if any(c.isspace() for c in value) or not parts.scheme.isascii():
        return False
    return bool(parts.scheme) and (bool(parts.netloc) or parts.scheme in {"mailto", "tel"})


def is_date_time(value: object) -> bool:
    """A date and a time, separated by T or a space (skipped by jsonschema, as "uri" is)."""
    if not isinstance(value, str):
        return True
    if len(value) < 16 or value[10] not in "Tt ":
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


FORMATS: Mapping[str, Callable[[object], bool]] = {
    "date": is_date,
    "uri": is_uri,
    "date-time": is_date_time,
}
"""Every format the kit checks itself, by its name in a schema."""
