"""A recap as the site knows it: the occurrence it tells about, who spoke, where the slides are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cowork.events.model import Event, Occurrence
from cowork.files.names import is_handle

# A speaker written as a handle (`cowork.files.names.is_handle`: lowercase letters, digits, single
# hyphens) is a member and must be one; anything else ("Jeanne Lambert", "Samira", "ADEME") is a
# name printed as written.


@dataclass(frozen=True)
class Speaker:
    """One speaker of a recap: a member, or a plain name."""

    text: str
    """As written in the `Speakers:` line."""
    handle: str | None
    """The member handle, or None for a plain name."""


@dataclass(frozen=True)
class Recap:
    """One recap article, tied to the occurrence it covers (found by slug and original date)."""

    source: str
    """The Markdown file, relative to the repository root."""
    occurrence: Occurrence
    speakers: tuple[Speaker, ...] = ()
    slides: str | None = None
    """An https:// address."""

    @property
    def event(self) -> Event:
        return self.occurrence.event

    @property
    def key(self) -> tuple[str, dt.date]:
        """The occurrence's `(slug, original date)`, as the calendar names it."""
        return self.occurrence.key


def parse_speakers(value: str) -> tuple[Speaker, ...]:
    """`alex-durand, Jeanne Lambert` → a member and a plain name; empty items are dropped."""
    speakers = []
    for item in value.split(","):
        text = item.strip()
        if text:
            speakers.append(Speaker(text, text if is_handle(text) else None))
    return tuple(speakers)
