"""The card of each kind of page: what its picture says, from the page's own data.

An article or a recap says its date and its authors; an event its lead date with the time, and
its place; a profile the member's title and company, with their photo only when they agreed to
show it (`Profile.avatar` is None otherwise); the home page the space's tagline and address.
Dates are written in the site's language (`cowork.text.dates`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from cowork.events.views import Shown
from cowork.members.directory import Profile
from cowork.sharecards.card import Card
from cowork.space.model import Colors
from cowork.text.dates import long_date, long_datetime, short_time


@dataclass(frozen=True)
class Site:
    """What every card of a site shares."""

    name: str
    colors: Colors
    lang: str


def home_card(site: Site, tagline: str, address: str) -> Card:
    title = tagline or site.name
    return Card(title, _lines(address), site.name, site.colors)


def article_card(site: Site, title: str, date: dt.date, authors: Sequence[str]) -> Card:
    """An article or a recap; an author who is the space itself (unsigned articles, members
    not published) is already named above the title."""
    people = ", ".join(a for a in authors if a and a != site.name)
    return Card(title, _lines(long_date(date, site.lang), people), site.name, site.colors)


def page_card(site: Site, title: str) -> Card:
    return Card(title, (), site.name, site.colors)


def event_card(site: Site, lead: Shown) -> Card:
    return Card(
        lead.event.title,
        _lines(when(lead, site.lang), where(lead)),
        site.name,
        site.colors,
    )


def profile_card(site: Site, profile: Profile) -> Card:
    member = profile.member
    photo = profile.avatar.source if profile.avatar else None
    return Card(member.name, _lines(member.title, member.company), site.name, site.colors, photo)


def when(shown: Shown, lang: str) -> str:
    """'jeudi 3 décembre 2026, 18:30–21:00'; an all-day event its day(s) only."""
    if shown.occurrence.all_day:
        first, last = long_date(shown.day, lang), long_date(shown.last_day, lang)
        return first if first == last else f"{first} – {last}"
    start = long_datetime(shown.start, lang)
    if shown.end.date() == shown.start.date():
        return f"{start}–{short_time(shown.end, lang)}"
    return f"{start} – {long_datetime(shown.end, lang)}"


def where(shown: Shown) -> str:
    """The room, or the host of an online meeting's address (not the whole address: a link in a
    picture cannot be followed, and a meeting's path may be meant for those who registered)."""
    location = shown.occurrence.location
    if shown.occurrence.online:
        return urlsplit(location).hostname or ""
    return location


def _lines(*texts: str) -> tuple[str, ...]:
    return tuple(text for text in texts if text)
