"""What other tools read about the space, made from `space.yaml`: `spaceapi.json` (valid against
SpaceAPI's own schema, no live open state), the home page's `LocalBusiness`, and the problems of
`linked_spaces`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jsonschema
import pytest
from cowork.space.load import load_space
from cowork.space.model import Space
from cowork.space.spaceapi import Feeds, spaceapi
from cowork.space.structured import local_business

SITE = "https://cowork.example"

FULL = """\
name: L'Atelier Commun
legal_name: Association L'Atelier Commun
tagline: {en: A coworking space in Ghent, nl: Een coworkingruimte in Gent}
language: nl_BE
timezone: Europe/Brussels
public_url: https://cowork.example
address:
  street: Kortrijksesteenweg 12
  postcode: "9000"
  city: Gent
  country: BE
  latitude: 51.04
  longitude: 3.71
contact:
  email: hallo@cowork.example
  phone: "+32 9 123 45 67"
social:
  - {label: Mastodon, url: https://social.example/@atelier}
hours:
  monday: [09:00-12:30, 13:30-18:00]
  saturday: [10:00-24:00]
closures:
  - {from: 2026-08-01, to: 2026-08-15, label: Summer}
  - {from: 2026-12-24, to: 2027-01-01, label: {en: Winter break, nl: Winterpauze}}
plans:
  - {name: Dag, price: 12.5, per: day}
  - {name: Vast, price: 250, per: month, currency: EUR}
linked_spaces:
  - {label: La Navette, url: "https://la-navette.example", spaceapi: "https://la-navette.example/spaceapi.json"}
  - {label: Het Station, url: "https://station.example"}
"""

MINIMAL = "name: Nulle Part\nlanguage: fr\ntimezone: Europe/Paris\n"


def space_from(tmp_path: Path, text: str) -> Space:
    (tmp_path / "space.yaml").write_text(text, "utf-8")
    space, problems = load_space(tmp_path / "space.yaml", tmp_path)
    assert problems == [] and space is not None
    return space


def test_spaceapi_is_valid_and_says_where_and_how_to_reach_the_space(
    tmp_path: Path, spaceapi_schema: dict[str, object]
) -> None:
    space = space_from(tmp_path, FULL)
    data = spaceapi(space, SITE, "theme/images/favicon.svg", Feeds("feeds/all.atom.xml", "c.ics"))
    jsonschema.validate(data, spaceapi_schema)
    assert data["api_compatibility"] == ["15"]
    assert (data["space"], data["url"]) == ("L'Atelier Commun", "https://cowork.example/")
    assert data["logo"] == "https://cowork.example/theme/images/favicon.svg"
    assert data["location"] == {
        "address": "Kortrijksesteenweg 12, 9000 Gent, BE",
        "lat": 51.04,
        "lon": 3.71,
        "timezone": "Europe/Brussels",
        "country_code": "BE",
    }
    assert data["contact"] == {"email": "hallo@cowork.example", "phone": "+32 9 123 45 67"}
    assert data["feeds"] == {
        "blog": {"type": "atom", "url": "https://cowork.example/feeds/all.atom.xml"},
        "calendar": {"type": "ical", "url": "https://cowork.example/c.ics"},
    }
    assert data["linked_spaces"] == [
        {
            "website": "https://la-navette.example",
            "endpoint": "https://la-navette.example/spaceapi.json",
        },
        {"website": "https://station.example"},
    ]
    assert [(p["value"], p["billing_interval"]) for p in data["membership_plans"]] == [
        (12.5, "daily"),
        (250, "monthly"),
    ]
    # A static build cannot know whether the door is open: no state claimed at all.
    assert "state" not in data


def test_a_space_that_wrote_only_its_name_still_gets_a_valid_document(
    tmp_path: Path, spaceapi_schema: dict[str, object]
) -> None:
    data = spaceapi(space_from(tmp_path, MINIMAL), SITE, "logo.svg", Feeds())
    jsonschema.validate(data, spaceapi_schema)
    assert data["contact"] == {}
    assert not {"location", "feeds", "linked_spaces", "state"} & set(data)


def test_the_official_schema_refuses_what_the_builder_must_never_write(
    tmp_path: Path, spaceapi_schema: dict[str, object]
) -> None:
    """The check has teeth: a document without its version or logo is refused."""
    data = spaceapi(space_from(tmp_path, MINIMAL), SITE, "logo.svg", Feeds())
    for key in ("logo", "api_compatibility"):
        broken = {k: v for k, v in data.items() if k != key}
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, spaceapi_schema)


def test_a_linked_space_outside_https_is_refused_at_its_line(tmp_path: Path) -> None:
    text = FULL.replace('url: "https://station.example"', 'url: "http://station.example"')
    text = text.replace('spaceapi: "https://la-navette', 'spaceapi: "ftp://la-navette')
    (tmp_path / "space.yaml").write_text(text, "utf-8")
    space, problems = load_space(tmp_path / "space.yaml", tmp_path)
    assert space is None
    lines = text.splitlines()
    line_of = {
        word: lines.index(next(x for x in lines if word in x)) + 1 for word in ("ftp", "http:")
    }
    found = sorted((p.line, p.key) for p in problems)
    assert found == [
        (line_of["ftp"], "linked_spaces[0].spaceapi"),
        (line_of["http:"], "linked_spaces[1].url"),
    ]
    assert all("https://" in str(p.message) and p.file == "space.yaml" for p in problems)


def test_local_business_has_address_geo_contact_and_hours(tmp_path: Path) -> None:
    space = space_from(tmp_path, FULL)
    data = local_business(space, SITE, dt.date(2026, 11, 22))
    assert (data["@type"], data["name"], data["url"]) == (
        "LocalBusiness",
        "L'Atelier Commun",
        "https://cowork.example/",
    )
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Kortrijksesteenweg 12",
        "postalCode": "9000",
        "addressLocality": "Gent",
        "addressCountry": "BE",
    }
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 51.04, "longitude": 3.71}
    assert (data["email"], data["telephone"]) == ("hallo@cowork.example", "+32 9 123 45 67")
    assert data["description"] == "Een coworkingruimte in Gent"
    hours = [(h["dayOfWeek"], h["opens"], h["closes"]) for h in data["openingHoursSpecification"]]
    assert hours == [
        ("https://schema.org/Monday", "09:00", "12:30"),
        ("https://schema.org/Monday", "13:30", "18:00"),
        ("https://schema.org/Saturday", "10:00", "23:59:59"),
    ]
    # The summer closure is over by the build's day: only the winter break is announced.
    assert data["specialOpeningHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": "2026-12-24",
            "validThrough": "2027-01-01",
            "opens": "00:00",
            "closes": "00:00",
        }
    ]


def test_local_business_of_a_space_without_address_or_hours(tmp_path: Path) -> None:
    data = local_business(space_from(tmp_path, MINIMAL), SITE, dt.date(2026, 11, 22))
    assert set(data) == {"@context", "@type", "name", "url"}
