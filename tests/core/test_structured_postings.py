"""Structured data of articles, events and calendars: `BlogPosting` authors as the bylines show
them (never a member who is not published), an event's offer and times, calendar text without
Markdown, and calendar places with the space's address."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cowork.events.description import description_text
from cowork.events.ical import Export, address_line
from cowork.events.model import Event, Occurrence, Status
from cowork.events.structured import event_jsonld
from cowork.files.history import Revisions
from cowork.site.links import Person
from cowork.site.posting import Byline, Publisher, blog_posting, posting_authors

from tests.core.test_events_validation import GOOD, one

PARIS = ZoneInfo("Europe/Paris")
PUBLISHER = Publisher("La Ruche", "https://ruche.example", "L'équipe de La Ruche")
MEMBERS = {
    "ana-lima": Person("Ana Lima", "membres/ana-lima/"),
    "camille-martin": Person("camille-martin", None),  # known, not published
}

MARKDOWN = """\
## Programme

**Apportez votre repas.** Les inscriptions sont [sur le site](https://ruche.example/inscription)
et le code est `make html`.

- une *présentation* ;
- une démo : <https://demo.example/>

1. café
2. questions
"""


def test_authors_are_members_with_a_profile_the_site_or_a_plain_name() -> None:
    bylines = [
        Byline("Ana Lima", "ana-lima"),
        Byline("L'équipe de La Ruche", "lequipe-de-la-ruche"),
        Byline("Zoé Blanc", "zoe-blanc"),
    ]
    assert posting_authors(bylines, MEMBERS, PUBLISHER) == [
        {"@type": "Person", "name": "Ana Lima", "url": "https://ruche.example/membres/ana-lima/"},
        {"@type": "Organization", "name": "La Ruche", "url": "https://ruche.example/"},
        {"@type": "Person", "name": "Zoé Blanc"},
    ]


def test_a_member_who_is_not_published_is_never_an_author() -> None:
    authors = posting_authors([Byline("Camille Martin", "camille-martin")], MEMBERS, PUBLISHER)
    assert authors == [PUBLISHER.organization()]
    assert "amille" not in repr(authors)


def test_a_posting_has_headline_dates_address_and_picture() -> None:
    published = dt.datetime(2026, 10, 30, 10, 0, tzinfo=PARIS)
    modified = dt.datetime(2026, 11, 2, 9, 15, tzinfo=PARIS)
    url = "https://ruche.example/blog/2026/bilan/"
    data = blog_posting(
        "Bilan", url, published, modified, [PUBLISHER.organization()], PUBLISHER, "https://c/x.png"
    )
    assert data["@type"] == "BlogPosting"
    assert (data["headline"], data["url"], data["mainEntityOfPage"]) == ("Bilan", url, url)
    assert data["datePublished"] == "2026-10-30T10:00:00+01:00"
    assert data["dateModified"] == "2026-11-02T09:15:00+01:00"
    assert data["image"] == "https://c/x.png"
    unmodified = blog_posting("Bilan", url, published, None, [], PUBLISHER)
    assert unmodified["dateModified"] == unmodified["datePublished"]
    assert "image" not in unmodified


def event(**values: object) -> Event:
    base: dict[str, object] = {
        "slug": "atelier",
        "relpath": "events/atelier.yaml",
        "uid": "atelier@ruche.example",
        "title": "Atelier",
        "start": dt.datetime(2026, 12, 1, 12, 30, tzinfo=PARIS),
        "end": dt.datetime(2026, 12, 1, 14, 0, tzinfo=PARIS),
        "all_day": False,
        "timezone": "Europe/Paris",
        "location": "Cuisine",
        "description": MARKDOWN,
    }
    return Event(**{**base, **values})  # type: ignore[arg-type]


def occurrence_of(item: Event) -> Occurrence:
    return Occurrence(item, item.start, item.start, item.end, Status.CONFIRMED, item.location)


SPACE = {"name": "La Ruche", "street": "1 rue Haute", "postcode": "59000", "city": "Lille"}


def test_an_event_with_a_price_offers_it_with_its_currency_and_offset_times() -> None:
    priced = event(price=5.0, currency="EUR", registration="https://ruche.example/inscription")
    data = event_jsonld(occurrence_of(priced), "u", "", [], SPACE, image="https://c/e.png")
    assert data["offers"] == {
        "@type": "Offer",
        "url": "https://ruche.example/inscription",
        "price": 5,
        "priceCurrency": "EUR",
    }
    assert data["startDate"] == "2026-12-01T12:30:00+01:00"
    assert data["endDate"] == "2026-12-01T14:00:00+01:00"
    assert data["image"] == ["https://c/e.png"]
    assert data["location"]["address"]["streetAddress"] == "1 rue Haute"
    free = event_jsonld(occurrence_of(event(price=0.0)), "u", "", [], SPACE)
    assert free["offers"] == {"@type": "Offer", "url": "u", "price": 0, "priceCurrency": "EUR"}
    unpriced = event_jsonld(occurrence_of(event()), "u", "", [], SPACE)
    assert "offers" not in unpriced and "image" not in unpriced


def test_calendar_text_has_no_markdown_and_keeps_its_links() -> None:
    text = description_text(MARKDOWN)
    assert not re.search(r"\*\*|\]\(|`|^#|^\s*\*", text, re.MULTILINE), text
    assert "Apportez votre repas." in text
    assert "sur le site (https://ruche.example/inscription)" in text
    # An address written as itself is not repeated.
    assert "- une démo : https://demo.example/\n" in text
    assert "\n1. café\n2. questions" in text
    assert "Programme\n\nApportez" in text


def test_calendar_places_carry_the_space_address() -> None:
    export = Export(
        "La Ruche",
        "",
        "evenements/",
        Revisions({}),
        dt.datetime.now(dt.UTC),
        address=address_line(SPACE),
    )
    assert export.address == "La Ruche, 1 rue Haute, 59000 Lille"
    assert export.location("Cuisine") == "Cuisine, La Ruche, 1 rue Haute, 59000 Lille"
    assert export.location("") == "La Ruche, 1 rue Haute, 59000 Lille"
    # Elsewhere (an address) or online: as written.
    assert export.location("12 rue Basse, Roubaix") == "12 rue Basse, Roubaix"
    assert export.location("https://meet.example/x") == "https://meet.example/x"
    assert address_line({"name": "Sans adresse"}) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "price: gratuit\n",
            "events/cafe.yaml:4: price: expected a price such as 5 or 12.50 (0 for free), "
            "found 'gratuit' (write a number, without quotes or units, with a point for decimals)",
        ),
        ("price: -3\n", "events/cafe.yaml:4: price: expected at least 0, found -3"),
        (
            "price: 5\ncurrency: euros\n",
            "events/cafe.yaml:5: currency: expected a currency code such as EUR, found 'euros'",
        ),
    ],
)
def test_a_price_that_is_not_one_is_refused_at_its_line(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert one(tmp_path, GOOD + text) == [expected]
    assert one(tmp_path / "fine", GOOD + "price: 12.50\ncurrency: CHF\n") == []
