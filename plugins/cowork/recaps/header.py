"""The metadata header of a Markdown article, with the line of each key, as Pelican reads it.

Pelican's Markdown reader uses Python-Markdown's `meta` extension: `Key: value` lines from the top
of the file (an optional `---` line first) up to the first blank line, keys case-insensitive,
lines indented by four spaces or more continuing the previous key. This module follows the same
rules, so that a problem can point at the line of the key, which Pelican does not keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_BEGIN = re.compile(r"^-{3}(\s.*)?$")
_END = re.compile(r"^(-{3}|\.{3})(\s.*)?$")
_KEY = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
_MORE = re.compile(r"^[ ]{4,}(?P<value>.*)$")


@dataclass(frozen=True)
class Field:
    """One metadata key: its name as written, its value and the line it starts on."""

    name: str
    value: str
    """The value; continuation lines (or a repeated key) are joined with ", "."""
    line: int | None
    """None when the value did not come from a Markdown header (a reStructuredText article)."""


def parse_header(text: str) -> dict[str, Field]:
    """{lowercase key: Field} of the header at the top of `text`."""
    found: dict[str, Field] = {}
    key: str | None = None
    lines = text.lstrip("\ufeff").splitlines()
    for number, line in enumerate(lines, start=1):
        if number == 1 and _BEGIN.match(line):
            continue
        if not line.strip() or _END.match(line):
            break
        match = _KEY.match(line)
        if match:
            key = match["key"].lower()
            value = match["value"].strip()
            if key in found:
                found[key] = _extend(found[key], value)
            else:
                found[key] = Field(match["key"], value, number)
            continue
        more = _MORE.match(line)
        if more and key is not None:
            found[key] = _extend(found[key], more["value"].strip())
            continue
        break
    return found


def read_header(path: Path) -> dict[str, Field]:
    """The header of a Markdown file (undecodable bytes replaced: Pelican reports those)."""
    return parse_header(path.read_text(encoding="utf-8", errors="replace"))


def _extend(field: Field, value: str) -> Field:
    if not value:
        return field
    joined = f"{field.value}, {value}" if field.value else value
    return Field(field.name, joined, field.line)
