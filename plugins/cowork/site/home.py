"""The home page as a visitor reads it: what the space is, when it is open, what happens there,
who works there, what it costs, how to get there and how to join.

Each section is computed here from `space.yaml`, the calendar, the blog and the directory, and is
left out when it has nothing to show (a new space with no event has no "next events"). The order is
`space.yaml`'s `home.sections`; a section it leaves out is not shown. The template lays out the
sections it is given, in the order given.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cowork.members.directory import Profile
from cowork.space.hours import ClosureRow, DayRow, closures_ahead, schedule_data, week_rows
from cowork.space.model import Space
from cowork.space.prices import PriceRow, price_rows
from cowork.text.safe_markdown import render_safe_markdown

MEMBER_FACES = 6
"""Members the home page shows by name and picture (the newest who chose to be in the directory);
the others are counted."""

OSM_ZOOM = 18
"""Close enough to see the street and the building."""


@dataclass(frozen=True)
class PictureView:
    """The space's picture on the home page."""

    url: str
    """Relative to the site's root: `images/the-space.jpg`."""
    alt: str
    width: int
    height: int


@dataclass(frozen=True)
class Intro:
    """The home page's opening: tagline, introduction and picture."""

    tagline: str
    introduction_html: str
    """The introduction's Markdown made safe HTML ("" when there is none)."""
    picture: PictureView | None


@dataclass(frozen=True)
class Hours:
    """The home page's opening hours and closures."""

    days: tuple[DayRow, ...]
    """Every weekday, Monday first; a closed day has no hours."""
    closures: tuple[ClosureRow, ...]
    """Closures not over yet on the day of the build, soonest first."""
    schedule_json: str
    """The week and the closures as JSON, for the script that says "open now"."""


@dataclass(frozen=True)
class Members:
    """The home page's members: how many, and a few faces."""

    count: int
    """Every current member, including those who are not in the directory."""
    faces: tuple[Profile, ...]
    """A few published members, the newest first: only members who agreed to the directory."""


@dataclass(frozen=True)
class Plans:
    """The home page's prices."""

    rows: tuple[PriceRow, ...]
    prices_url: str | None
    """The prices page (a page with `Template: prices`), when the site has one."""


@dataclass(frozen=True)
class Access:
    """The home page's address and directions."""

    street: str
    postcode: str
    city: str
    directions_html: str
    map_url: str
    """The place on OpenStreetMap (a link: nothing is loaded from another host); "" without
    coordinates."""


@dataclass(frozen=True)
class Home:
    """Everything the home page shows, computed once for its template."""

    sections: tuple[str, ...]
    """The sections to show, in order: each has something to show."""
    intro: Intro | None = None
    hours: Hours | None = None
    members: Members | None = None
    plans: Plans | None = None
    access: Access | None = None
    join_url: str | None = None
    """The join page, relative to the site's root."""


@dataclass(frozen=True)
class SiteParts:
    """What the rest of the site has for the home page, found by the build."""

    has_events: bool = False
    has_posts: bool = False
    member_count: int = 0
    profiles: Sequence[Profile] = ()
    """Published members only (`cowork.members.directory`)."""
    prices_url: str | None = None
    join_url: str | None = None


def home_page(
    space: Space,
    lang: str,
    today: dt.date,
    parts: SiteParts,
    render: Callable[[str], str] = render_safe_markdown,
) -> Home:
    """The home page of `space` in `lang` on `today`, sections with nothing to show left out;
    `render` makes its Markdown safe HTML (`cowork.text.rendered` keeps it between builds)."""
    intro, access = _intro(space, lang, render), _access(space, lang, render)
    hours = _hours(space, lang, today)
    members = _members(parts)
    plans = Plans(price_rows(space, lang), parts.prices_url) if space.plans else None
    shown = {
        "intro": intro is not None,
        "hours": hours is not None,
        "events": parts.has_events,
        "posts": parts.has_posts,
        "members": members is not None,
        "plans": plans is not None,
        "access": access is not None,
        "join": parts.join_url is not None,
    }
    return Home(
        sections=tuple(name for name in space.home_sections if shown[name]),
        intro=intro,
        hours=hours,
        members=members,
        plans=plans,
        access=access,
        join_url=parts.join_url,
    )


def osm_url(latitude: float, longitude: float, zoom: int = OSM_ZOOM) -> str:
    """The place on openstreetmap.org, with a marker on it."""
    return (
        f"https://www.openstreetmap.org/?mlat={latitude:.5f}&mlon={longitude:.5f}"
        f"#map={zoom}/{latitude:.5f}/{longitude:.5f}"
    )


def _intro(space: Space, lang: str, render: Callable[[str], str]) -> Intro | None:
    picture = space.picture
    view = (
        PictureView(picture.path, picture.alt.get(lang), picture.width, picture.height)
        if picture
        else None
    )
    intro = Intro(space.tagline.get(lang), render(space.introduction.get(lang)), view)
    return intro if intro.tagline or intro.introduction_html or intro.picture else None


def _hours(space: Space, lang: str, today: dt.date) -> Hours | None:
    if not space.hours:
        return None
    data = json.dumps(schedule_data(space, today, lang), ensure_ascii=False, sort_keys=True)
    return Hours(week_rows(space, lang), closures_ahead(space, today, lang), data)


def _members(parts: SiteParts) -> Members | None:
    if parts.member_count <= 0:
        return None
    newest = sorted(
        parts.profiles,
        key=lambda p: (p.since or dt.date.min, p.member.handle),
        reverse=True,
    )
    return Members(parts.member_count, tuple(newest[:MEMBER_FACES]))


def _access(space: Space, lang: str, render: Callable[[str], str]) -> Access | None:
    address = space.address
    latitude, longitude = address.latitude, address.longitude
    map_url = osm_url(latitude, longitude) if latitude is not None and longitude is not None else ""
    access = Access(
        address.street,
        address.postcode,
        address.city,
        render(address.directions.get(lang)),
        map_url,
    )
    return access if access.city or access.directions_html or access.map_url else None
