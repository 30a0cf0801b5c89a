"""What a recap's pages show, shaped for templates: the card at the top of each recap, and what
the event pages and member profiles list of the recaps.

Pure functions of the checked recaps (`check`), their links (`links`) and who has a profile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from cowork.events import views
from cowork.recaps.links import RecapLink, recap_jsonld, subject_of
from cowork.recaps.model import Recap
from cowork.site.links import Person, person
from cowork.site.posting import Publisher
from cowork.text.jsonld import script_json


@dataclass(frozen=True)
class RecapCard:
    """What the top of a recap shows: the occurrence it covers, who spoke, the slides."""

    item: views.Shown
    speakers: tuple[Person, ...]
    slides: str | None
    others: tuple[RecapLink, ...]
    """The other published recaps of the same occurrence."""
    jsonld: str
    """The recap's schema.org data, safe inside <script>."""


def recap_card(
    recap: Recap,
    link: RecapLink,
    per_occurrence: Mapping[tuple[str, dt.date], Sequence[RecapLink]],
    members: Mapping[str, Person],
    zone: ZoneInfo,
    urls: views.Urls,
    public_url: str,
    site_name: str = "",
    authors: list[dict[str, str]] | None = None,
    modified: dt.datetime | None = None,
    image: str | None = None,
) -> RecapCard:
    """The card of the recap published at `link`; speakers named by handle link to a profile,
    and a member who is not published (left, no consent) is not named at all.

    `site_name`, `authors`, `modified` and `image` (its share card's address) go into its
    `BlogPosting` (`recap_jsonld`)."""
    named = (
        person(s.handle, members, s.text) if s.handle else Person(s.text, None)
        for s in recap.speakers
    )
    speakers = tuple(speaker for speaker in named if speaker is not None)
    others = tuple(other for other in per_occurrence.get(recap.key, []) if other != link)
    item = views.show(recap.occurrence, zone, urls)
    publisher = Publisher(site_name, public_url)
    jsonld = script_json(recap_jsonld(recap, link, item.url, publisher, authors, modified, image))
    return RecapCard(item, speakers, recap.slides, others, jsonld)


def subject_of_events(
    per_occurrence: Mapping[tuple[str, dt.date], Iterable[RecapLink]], public_url: str
) -> dict[str, list[dict[str, Any]]]:
    """By event slug: its recaps as schema.org `subjectOf`, in the order of their dates."""
    per_event: dict[str, list[RecapLink]] = {}
    for (slug, _day), entries in sorted(per_occurrence.items(), key=lambda i: i[0][1]):
        per_event.setdefault(slug, []).extend(entries)
    return {slug: subject_of(entries, public_url) for slug, entries in per_event.items()}
