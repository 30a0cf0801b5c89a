"""`spaceapi.json`: the space as SpaceAPI v15 describes it, for the directories and apps that
list spaces (https://spaceapi.io).

Built from `space.yaml` alone, with absolute addresses on the public site. A static build cannot
know whether the door is open right now, so there is no `state`: the schema reads its absence as
"this space does not publish a live state", whereas a `state` without `open` would claim a
temporary outage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cowork.space.model import Space

API_VERSION = "15"

_INTERVALS = {"hour": "hourly", "day": "daily", "month": "monthly", "year": "yearly"}
"""A plan's `per` as SpaceAPI's `billing_interval` names it."""


@dataclass(frozen=True)
class Feeds:
    """The site's feeds, relative to the site root ("" when the site has none)."""

    blog_atom: str = ""
    calendar_ics: str = ""


def spaceapi(space: Space, site_url: str, logo: str, feeds: Feeds) -> dict[str, Any]:
    """The SpaceAPI document of `space`, whose public site is `site_url` (no trailing slash).

    `logo`: the space's logo, relative to the site root (the theme's icon, or a picture of the
    space's own).
    """
    data: dict[str, Any] = {
        "api_compatibility": [API_VERSION],
        "space": space.name,
        "logo": f"{site_url}/{logo}",
        "url": f"{site_url}/",
        "contact": _contact(space),
    }
    location = _location(space)
    if location:
        data["location"] = location
    known = {
        "blog": ("atom", feeds.blog_atom),
        "calendar": ("ical", feeds.calendar_ics),
    }
    feeds_data = {
        name: {"type": kind, "url": f"{site_url}/{path}"}
        for name, (kind, path) in known.items()
        if path
    }
    if feeds_data:
        data["feeds"] = feeds_data
    if space.social:
        data["links"] = [{"name": link.label, "url": link.url} for link in space.social]
    if space.plans:
        data["membership_plans"] = [
            {
                "name": plan.name,
                "value": plan.price,
                "currency": plan.currency,
                "billing_interval": _INTERVALS[plan.per],
            }
            for plan in space.plans
        ]
    if space.linked_spaces:
        data["linked_spaces"] = [
            {"website": linked.url, **({"endpoint": linked.spaceapi} if linked.spaceapi else {})}
            for linked in space.linked_spaces
        ]
    return data


def _contact(space: Space) -> dict[str, str]:
    """The space's own ways to be reached (never a member's): SpaceAPI requires the object,
    even empty."""
    contact = {"email": space.email, "phone": space.phone}
    return {key: value for key, value in contact.items() if value}


def _location(space: Space) -> dict[str, Any]:
    address = space.address
    line = ", ".join(
        part for part in (address.street, f"{address.postcode} {address.city}".strip()) if part
    )
    location: dict[str, Any] = {}
    if line:
        location["address"] = f"{line}, {address.country}" if address.country else line
    if address.latitude is not None and address.longitude is not None:
        location["lat"] = address.latitude
        location["lon"] = address.longitude
    if location:
        location["timezone"] = space.timezone
        if address.country:
            location["country_code"] = address.country
    return location
