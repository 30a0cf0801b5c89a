"""What other tools read from a built site, read back as they read it: `spaceapi.json` against
SpaceAPI's own schema, JSON-LD parsed as JSON, microformats parsed by mf2py (the reference
parser), calendars by icalendar and the events feed by feedparser. A scratch site with its own
space, members, events and articles, built with the production settings."""

from __future__ import annotations

import json
import re
from typing import Any

import feedparser
import icalendar
import jsonschema
import mf2py
import pytest
from cowork_pelican.sitecheck.vnu import vnu_errors

from tests.sites import BuiltSite, make_scratch_site, run_pelican

SITE = "https://la-ruche.example"
SPACE = """\
name: La Ruche
legal_name: Association La Ruche
tagline: Un coworking à Roubaix
language: fr
timezone: Europe/Paris
public_url: https://la-ruche.example
repository: {url: "https://forge.example/la-ruche/site"}
address:
  street: 3 rue des Arts
  postcode: "59100"
  city: Roubaix
  country: FR
  latitude: 50.69
  longitude: 3.18
contact: {email: bonjour@la-ruche.example, phone: "+33 3 20 00 00 00"}
hours:
  tuesday: [09:00-18:00]
  saturday: [10:00-13:00]
closures:
  - {from: 2026-12-24, to: 2027-01-02, label: Fêtes}
plans:
  - {name: Journée, price: 12, per: day}
linked_spaces:
  - {label: La Fabrique Voisine, url: "https://fabrique.example", spaceapi: "https://fabrique.example/spaceapi.json"}
  - {label: Le Garage, url: "https://garage.example"}
"""
# (A heading in a description is read back to text by the core's tests: on an event page it
# follows the h1 as an h3, which the Nu checker refuses, a known issue of the event page.)
DESCRIPTION = """\
**Apportez votre repas.** Inscriptions [sur le site](https://la-ruche.example/inscription),
le code est `make html`.

- une *démo* ;
- des questions
"""
FILES = {
    "space.yaml": SPACE,
    "members/ana-lima.yaml": "name: Ana Lima\nconsent:\n  directory: 2026-01-05\n",
    # Known to the directory, but never agreed to be listed.
    "members/camille-martin.yaml": "name: Camille Martin\njoined: 2025-03-01\n",
    "events/atelier.yaml": "title: Atelier du midi\nstart: 2026-10-06 12:30\nduration: 1h30\n"
    "repeat: FREQ=WEEKLY;COUNT=12\nlocation: Cuisine\nprice: 5\norganizers: [ana-lima]\n"
    "description: |\n" + "".join(f"  {line}\n" for line in DESCRIPTION.splitlines()),
    "events/portes.yaml": "title: Portes ouvertes\nstart: 2026-12-05\nlocation: Plateau\n",
    "content/articles/velo.md": "Title: Réparer son vélo\nDate: 2026-10-01 10:00\n"
    "Modified: 2026-10-03 09:00\nAuthor: Ana Lima\n\nTexte.\n",
    "content/articles/secret.md": "Title: Un billet\nDate: 2026-10-02 10:00\n"
    "Author: Camille Martin\n\nTexte.\n",
    "content/recaps/bilan.md": "Title: Bilan de l'atelier\nDate: 2026-10-20 10:00\n"
    "Author: Ana Lima\nEvent: atelier\nOccurrence: 2026-10-13\n\nTexte.\n",
    "content/pages/a-propos.md": "Title: À propos\nSlug: a-propos\nTemplate: about\n\nNous.\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    root = tmp_path_factory.mktemp("structured")
    source = make_scratch_site(root / "src", FILES)
    site = run_pelican(source, root / "output", "publishconf.py")
    assert site.returncode == 0, site.log
    return site


def jsonld(site: BuiltSite, url: str) -> list[dict[str, Any]]:
    scripts = site.soup(url).select('script[type="application/ld+json"]')
    return [json.loads(script.string or "") for script in scripts]


def microformats(site: BuiltSite, url: str) -> list[dict[str, Any]]:
    parsed = mf2py.parse(doc=site.read(url), url=f"{SITE}/{url}")
    items: list[dict[str, Any]] = parsed["items"]
    return items


def assert_published_card(site: BuiltSite, address: str) -> None:
    """`address` is one of the site's share cards, published with it."""
    assert address.startswith(f"{SITE}/cards/") and address.endswith(".png"), address
    assert site.path(address.removeprefix(SITE)).is_file(), address


def of_type(items: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [item for item in items if kind in item["type"]]


def test_spaceapi_json_is_valid_and_claims_no_open_state(
    built: BuiltSite, spaceapi_schema: dict[str, object]
) -> None:
    schema = spaceapi_schema
    data = json.loads(built.read("spaceapi.json"))
    jsonschema.validate(data, schema)
    assert (data["space"], data["url"]) == ("La Ruche", f"{SITE}/")
    assert data["location"]["address"] == "3 rue des Arts, 59100 Roubaix, FR"
    assert (data["location"]["lat"], data["location"]["lon"]) == (50.69, 3.18)
    assert data["contact"]["email"] == "bonjour@la-ruche.example"
    assert data["feeds"]["blog"]["url"] == f"{SITE}/feeds/all.atom.xml"
    assert data["feeds"]["calendar"] == {"type": "ical", "url": f"{SITE}/calendar.ics"}
    assert data["linked_spaces"][0]["endpoint"] == "https://fabrique.example/spaceapi.json"
    # The logo it names is published.
    assert built.path(data["logo"].removeprefix(SITE)).is_file()
    assert "state" not in data


def test_home_page_local_business_and_h_card(built: BuiltSite) -> None:
    (business,) = jsonld(built, "")
    assert business["@type"] == "LocalBusiness"
    assert business["address"]["streetAddress"] == "3 rue des Arts"
    assert business["geo"]["latitude"] == 50.69
    assert business["telephone"] == "+33 3 20 00 00 00"
    days = {
        h["dayOfWeek"].rsplit("/", 1)[1]: h["opens"] for h in business["openingHoursSpecification"]
    }
    assert days == {"Tuesday": "09:00", "Saturday": "10:00"}
    assert business["specialOpeningHoursSpecification"][0]["validFrom"] == "2026-12-24"
    assert_published_card(built, business["image"])
    # The members shown on the home page are h-cards too: the space's is the one of its site.
    cards = of_type(microformats(built, ""), "h-card")
    (card,) = [c for c in cards if c["properties"].get("url") == [f"{SITE}/"]]
    props = card["properties"]
    assert props["name"] == ["Association La Ruche"]
    assert props["url"] == [f"{SITE}/"]
    (adr,) = props["adr"]
    assert adr["properties"]["street-address"] == ["3 rue des Arts"]
    assert adr["properties"]["locality"] == ["Roubaix"]
    assert adr["properties"]["latitude"] == ["50.69"]


def test_articles_carry_a_blog_posting_and_an_h_entry_with_its_url(built: BuiltSite) -> None:
    url = "blog/2026/reparer-son-velo/"
    (posting,) = jsonld(built, url)
    assert posting["@type"] == "BlogPosting"
    assert posting["headline"] == "Réparer son vélo"
    assert posting["url"] == f"{SITE}/{url}"
    assert posting["datePublished"] == "2026-10-01T10:00:00+02:00"
    assert posting["dateModified"] == "2026-10-03T09:00:00+02:00"
    assert posting["author"] == [
        {"@type": "Person", "name": "Ana Lima", "url": f"{SITE}/membres/ana-lima/"}
    ]
    assert posting["image"] == f"{SITE}/cards/blog/2026/reparer-son-velo.png"
    assert_published_card(built, posting["image"])
    (entry,) = of_type(microformats(built, url), "h-entry")
    assert entry["properties"]["url"] == [f"{SITE}/{url}"]
    # Every h-entry of the blog's lists has its address too.
    listed = of_type(microformats(built, ""), "h-feed")[0]["children"]
    assert listed and all(e["properties"].get("url") for e in listed)


def test_an_unpublished_member_is_not_the_author_of_anything(built: BuiltSite) -> None:
    (posting,) = jsonld(built, "blog/2026/un-billet/")
    assert posting["author"] == [{"@type": "Organization", "name": "La Ruche", "url": f"{SITE}/"}]
    assert "Camille" not in built.read("blog/2026/un-billet/")


def test_a_recap_is_a_blog_posting_about_its_event(built: BuiltSite) -> None:
    (posting,) = jsonld(built, "blog/2026/bilan-de-latelier/")
    assert posting["@type"] == "BlogPosting"
    assert posting["author"][0]["name"] == "Ana Lima"
    assert posting["dateModified"] == posting["datePublished"] == "2026-10-20T10:00:00+02:00"
    assert posting["about"]["url"] == f"{SITE}/evenements/atelier/"
    assert_published_card(built, posting["image"])


def test_event_offers_its_price_at_times_with_offsets(built: BuiltSite) -> None:
    (event,) = jsonld(built, "evenements/atelier/")
    assert event["offers"] == {
        "@type": "Offer",
        "url": f"{SITE}/evenements/atelier/",
        "price": 5,
        "priceCurrency": "EUR",
    }
    assert re.fullmatch(r"2026-11-24T12:30:00\+01:00", event["startDate"])
    assert event["location"]["address"]["addressLocality"] == "Roubaix"
    (image,) = event["image"]
    assert_published_card(built, image)
    (all_day,) = jsonld(built, "evenements/portes/")
    assert all_day["startDate"] == "2026-12-05" and "offers" not in all_day


def test_calendars_speak_plain_text_and_give_the_address(built: BuiltSite) -> None:
    feeds = sorted(built.output.rglob("*.ics"))
    descriptions = [
        str(component["description"])
        for path in feeds
        for component in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        if "description" in component
    ]
    assert descriptions
    for text in descriptions:
        assert not re.search(r"\*\*|\]\(|`|^#", text, re.MULTILINE), text
        assert "sur le site (https://la-ruche.example/inscription)" in text
        assert "- une démo ;\n- des questions" in text
    calendar = icalendar.Calendar.from_ical(built.path("calendar.ics").read_bytes())
    places = {str(c["summary"]): str(c["location"]) for c in calendar.walk("VEVENT")}
    assert places["Atelier du midi"] == "Cuisine, La Ruche, 3 rue des Arts, 59100 Roubaix"
    assert places["Portes ouvertes"] == "Plateau, La Ruche, 3 rue des Arts, 59100 Roubaix"


def test_events_feed_names_the_space_as_its_author(built: BuiltSite) -> None:
    feed = feedparser.parse(built.read("feeds/evenements.atom.xml"))
    assert feed.feed.author_detail == {"name": "La Ruche", "href": f"{SITE}/"}


def test_the_about_page_lists_the_linked_spaces(built: BuiltSite) -> None:
    section = built.soup("a-propos/").select_one("section.linked-spaces")
    assert section is not None
    assert section.h2 is not None and section.h2.get_text() == "Les espaces que nous aimons"
    links = [(a.get_text(), a["href"]) for a in section.select("a")]
    assert links == [
        ("La Fabrique Voisine", "https://fabrique.example"),
        ("Le Garage", "https://garage.example"),
    ]


def test_the_pages_with_structured_data_are_valid_html(
    built: BuiltSite, vnu_command: list[str]
) -> None:
    assert vnu_errors(vnu_command, built.output) == []
