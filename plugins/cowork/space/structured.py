"""schema.org data about the space itself, for the home page: a `LocalBusiness` (schema.org has no
coworking type) with its address, coordinates, contact and weekly hours, and the closures still
to come as special opening hours.

The same postal address serves the events held at the space (`postal_address`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cowork.space.model import WEEKDAYS, Space, TimeRange


def postal_address(space: Space) -> dict[str, str]:
    """The space's `PostalAddress`, with the parts `space.yaml` gives."""
    address = space.address
    parts = {
        "streetAddress": address.street,
        "postalCode": address.postcode,
        "addressLocality": address.city,
        "addressCountry": address.country,
    }
    return {"@type": "PostalAddress", **{key: value for key, value in parts.items() if value}}


def local_business(
    space: Space, site_url: str, today: dt.date, image: str | None = None
) -> dict[str, Any]:
    """The space as a `LocalBusiness`; `site_url` is its home page (no trailing slash), `image`
    the absolute address of its picture (the home page's share card).

    Closures that ended before `today` are left out: the page is rebuilt, and old holidays
    would only grow it.
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": space.name,
        "url": f"{site_url}/",
    }
    if image:
        data["image"] = image
    if space.legal_name and space.legal_name != space.name:
        data["legalName"] = space.legal_name
    tagline = space.tagline.get(space.language)
    if tagline:
        data["description"] = tagline
    if space.address.city or space.address.street:
        data["address"] = postal_address(space)
    if space.address.latitude is not None and space.address.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": space.address.latitude,
            "longitude": space.address.longitude,
        }
    if space.email:
        data["email"] = space.email
    if space.phone:
        data["telephone"] = space.phone
    if space.social:
        data["sameAs"] = [link.url for link in space.social]
    hours = [
        _opening(WEEKDAYS[day], current)
        for day, ranges in sorted(space.hours.items())
        for current in ranges
    ]
    if hours:
        data["openingHoursSpecification"] = hours
    closed = [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": closure.first.isoformat(),
            "validThrough": closure.last.isoformat(),
            # Google's and schema.org's way of saying "closed all day".
            "opens": "00:00",
            "closes": "00:00",
        }
        for closure in space.closures
        if closure.last >= today
    ]
    if closed:
        data["specialOpeningHoursSpecification"] = closed
    return data


def _opening(day: str, hours: TimeRange) -> dict[str, str]:
    return {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": f"https://schema.org/{day.capitalize()}",
        "opens": _time(hours.start),
        "closes": _time(hours.end),
    }


def _time(value: dt.time) -> str:
    # "24:00" (the end of the day) is stored as time.max; schema.org writes midnight as 23:59:59.
    return "23:59:59" if value == dt.time.max else value.strftime("%H:%M")
