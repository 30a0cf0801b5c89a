"""How one feature's pages link to another's: a person named on a page, a dated link in a list.

The member directory knows who has a profile; the calendar names organisers, the recaps name
speakers, the blog names authors: all of them get a `Person`. A profile lists the articles,
events and recaps of its member as `DatedLink`s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    """Someone a page names: a published member links to their profile."""

    name: str
    """Plain text (templates escape it). A member who is not published is named by handle."""
    url: str | None
    """The member's profile, relative to the site root; None for a plain name or no profile."""


def person(
    handle: str, members: Mapping[str, Person], fallback: str | None = None
) -> Person | None:
    """The person a page names by `handle`: a published member (with a profile), by name and
    with a link; None for anyone else: a member who left, has not consented or whose file was
    deleted is named nowhere, never by their login in their place."""
    known = members.get(handle)
    if known is None or known.url is None:
        return None
    return Person(known.name or fallback or handle, known.url)


def people(handles: Iterable[str], members: Mapping[str, Person]) -> list[Person]:
    """The published members among `handles`, in their order."""
    return [found for handle in handles if (found := person(handle, members)) is not None]


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
