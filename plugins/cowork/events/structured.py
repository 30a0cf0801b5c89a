"""schema.org `Event` data for an event page (JSON-LD), as search engines read it.

`startDate` carries the UTC offset of its own date (an all-day event has dates alone); a place of
the space gets the space's postal address; an online event (an https:// location) is a
`VirtualLocation`; a price given in the file becomes the offer's price and currency.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from cowork.events.model import Occurrence, Status

_STATUS = {
    Status.CONFIRMED: "https://schema.org/EventScheduled",
    Status.TENTATIVE: "https://schema.org/EventScheduled",
    Status.CANCELLED: "https://schema.org/EventCancelled",
}


def _when(moment: dt.datetime, all_day: bool) -> str:
    return moment.date().isoformat() if all_day else moment.isoformat()


def event_jsonld(
    occurrence: Occurrence,
    url: str,
    description: str,
    organizers: Sequence[Mapping[str, str | None]],
    space: Mapping[str, Any],
    subject_of: Sequence[Mapping[str, Any]] = (),
    image: str | None = None,
) -> dict[str, Any]:
    """The `Event` of one occurrence (the next one of a series, or the last one when all past).

    `organizers`: dicts with "name" and "url" (None when the member has no public profile).
    `space`: the SPACE setting (name, street, postcode, city, country).
    `subject_of`: schema.org things about the event (its recaps), linked as `subjectOf`.
    `image`: the absolute address of its picture (its share card, when the site makes them).
    """
    event = occurrence.event
    end = occurrence.end - dt.timedelta(days=1) if occurrence.all_day else occurrence.end
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": _when(occurrence.start, occurrence.all_day),
        "endDate": _when(end, occurrence.all_day),
        "eventStatus": _STATUS[occurrence.status],
    }
    location = occurrence.location
    if occurrence.online:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": location}
    else:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = _place(location, space)
    if description:
        data["description"] = description
    if organizers:
        data["organizer"] = [
            {"@type": "Person", "name": o["name"], **({"url": o["url"]} if o.get("url") else {})}
            for o in organizers
        ]
    if subject_of:
        data["subjectOf"] = [dict(thing) for thing in subject_of]
    offer: dict[str, Any] = {}
    if event.registration:
        offer["url"] = event.registration
    if event.price is not None:
        # Whole amounts as integers: "5", not "5.0"; without a registration link, the place is
        # had through the event's page.
        price = int(event.price) if event.price == int(event.price) else event.price
        offer = {"url": url} | offer | {"price": price, "priceCurrency": event.currency}
    if offer:
        data["offers"] = {"@type": "Offer", **offer}
    if image:
        data["image"] = [image]
    return data


def _place(location: str, space: Mapping[str, Any]) -> dict[str, Any]:
    """A room of the space, or (when written with a comma, like an address) somewhere else."""
    if location and "," in location:
        return {"@type": "Place", "name": location, "address": location}
    address = {
        "@type": "PostalAddress",
        "streetAddress": space.get("street", ""),
        "postalCode": space.get("postcode", ""),
        "addressLocality": space.get("city", ""),
        "addressCountry": space.get("country", ""),
    }
    name = f"{space.get('name', '')}, {location}" if location else str(space.get("name", ""))
    return {"@type": "Place", "name": name, "address": address}
