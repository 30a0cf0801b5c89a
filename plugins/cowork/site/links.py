"""How one feature's pages link to another's: a person named on a page, a dated link in a list.

The member directory knows who has a profile; the calendar names organisers, the recaps name
speakers, the blog names authors: all of them get a `Person`. A profile lists the articles,
events and recaps of its member as `DatedLink`s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    """Someone a page names: a published member links to their profile."""

    name: str
    """Plain text (templates escape it). A member who is not published is named by handle."""
    url: str | None
    """The member's profile, relative to the site root; None for a plain name or no profile."""


def person(handle: str, members: Mapping[str, Person], fallback: str | None = None) -> Person:
    """The person a page names by `handle`: the directory's entry, else `fallback` (or the
    handle) with no link."""
    known = members.get(handle)
    if known is None:
        return Person(fallback or handle, None)
    return Person(known.name or fallback or handle, known.url)


@dataclass(frozen=True)
class DatedLink:
    """A page in a list of dates: an article, an event, a recap."""

    title: str
    """Plain text (templates escape it)."""
    url: str
    """Relative to the site root."""
    date: dt.date
    """The day shown (a datetime for a blog article, as Pelican dates it)."""


def upcoming_first(links: list[DatedLink], today: dt.date) -> list[DatedLink]:
    """Next ones first (soonest first), then past ones (latest first)."""
    upcoming = sorted((e for e in links if _day(e) >= today), key=_day)
    past = sorted((e for e in links if _day(e) < today), key=_day, reverse=True)
    return upcoming + past


def _day(link: DatedLink) -> dt.date:
    return link.date.date() if isinstance(link.date, dt.datetime) else link.date
