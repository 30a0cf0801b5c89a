"""schema.org `BlogPosting` of an article or a recap: headline, dates, address, authors, picture.

Authors are named the way bylines are: a published member as a `Person` with their profile, the
site's own signature as the `Organization`, anyone else by name. A member who is not published
(left, no consent) is never named, even if an article still carries their byline: the glue
re-signs such articles with the site's name, and this is the second lock on that door.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cowork.site.links import Person


@dataclass(frozen=True)
class Byline:
    """An author as the article names them: the name, and its slug (a member's handle)."""

    name: str
    slug: str


@dataclass(frozen=True)
class Publisher:
    """Who publishes the site: its name and address, and how it signs articles."""

    name: str
    site_url: str
    """Absolute, without a trailing slash."""
    signature: str = ""
    """The byline of articles the site signs (Pelican's `AUTHOR`); "" for its name."""

    def organization(self) -> dict[str, str]:
        return {"@type": "Organization", "name": self.name, "url": f"{self.site_url}/"}


def posting_authors(
    bylines: Iterable[Byline], members: Mapping[str, Person], publisher: Publisher
) -> list[dict[str, str]]:
    """The `author` list: members who are not published are left out; the site signs for
    an article left with no author."""
    found: list[dict[str, str]] = []
    for byline in bylines:
        member = members.get(byline.slug)
        if member is not None:
            if member.url is None:
                continue
            url = f"{publisher.site_url}/{member.url}"
            found.append({"@type": "Person", "name": member.name or byline.name, "url": url})
        elif byline.name in {publisher.name, publisher.signature}:
            found.append(publisher.organization())
        else:
            found.append({"@type": "Person", "name": byline.name})
    return found or [publisher.organization()]


def blog_posting(
    headline: str,
    url: str,
    published: dt.datetime,
    modified: dt.datetime | None,
    authors: list[dict[str, str]],
    publisher: Publisher,
    image: str | None = None,
    about: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The `BlogPosting` at `url` (absolute). `image`: the absolute address of its picture
    (its share card, when the site makes them); `about`: what it is about (a recap's event)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": headline,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": published.isoformat(),
        "dateModified": (modified or published).isoformat(),
        "author": authors,
        "publisher": publisher.organization(),
    }
    if image:
        data["image"] = image
    if about:
        data["about"] = dict(about)
    return data
