"""The calendar's pages in the built sample site, and builds of scratch sites around it."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import ScratchBuilder
from tests.sites import BuiltSite


def soup(site: BuiltSite, url: str) -> Any:
    """The page, parsed; typed loosely since every test reads known markup."""
    return site.soup(url)


def test_list_groups_upcoming_occurrences_by_month(site: BuiltSite) -> None:
    page = soup(site, "evenements/")
    months = [h.get_text(strip=True) for h in page.select("main section.h-feed h2")]
    assert months == [
        "Novembre 2026",
        "Décembre 2026",
        "Janvier 2027",
        "Février 2027",
        "Mars 2027",
        "Avril 2027",
    ]
    first = page.select_one("li.h-event")
    assert first.select_one(".p-name").get_text() == "Atelier du midi"
    assert first.select_one(".dt-start")["datetime"] == "2026-11-24T12:30:00+01:00"
    # Past events are not listed; the cancelled one stays, marked.
    titles = [a.get_text() for a in page.select("li.h-event .p-name")]
    assert "Fête de l'été" not in titles
    cancelled = next(li for li in page.select("li.h-event") if "3D" in li.get_text())
    assert cancelled.select_one(".badge--cancelled").get_text() == "Annulé"
    assert "event-item--cancelled" in cancelled["class"]


def test_list_offers_every_subscription(site: BuiltSite) -> None:
    page = soup(site, "evenements/")
    subscribe = page.select_one(".subscribe a.button")["href"]
    assert subscribe == "webcal://la-navette.example/calendar.ics"
    assert page.select_one("#adresse-agenda")["value"] == "https://la-navette.example/calendar.ics"
    tags = [a["href"] for a in page.select(".tag-feeds a")]
    assert "../calendar/etiquette/networking.ics" in tags


def test_event_page(site: BuiltSite) -> None:
    page = soup(site, "evenements/atelier-midi/")
    assert page.select_one("h1.p-name").get_text() == "Atelier du midi"
    # One h-event with one start and one place: the lists of dates carry no properties.
    assert [t["datetime"] for t in page.select("article.h-event .dt-start")] == [
        "2026-11-24T12:30:00+01:00"
    ]
    assert [p.get_text() for p in page.select("article.h-event .p-location")] == ["Cuisine"]
    assert page.select_one("article.h-event .e-description strong").get_text() == (
        "Apportez votre repas."
    )
    # The member directory is built too: organisers are shown by name, linked to their profile.
    organisers = [(a.get_text(), a["href"]) for a in page.select("a.p-organizer")]
    assert organisers == [
        ("Emma Duval", "../../membres/emma-duval/"),
        ("Lucas Petit", "../../membres/lucas-petit/"),
    ]
    next_dates = [t["datetime"] for t in page.select("#prochaines-dates ~ ul .event-start")]
    assert next_dates[:3] == [
        "2026-11-24T12:30:00+01:00",
        "2026-12-01T12:30:00+01:00",
        "2026-12-10T12:30:00+01:00",
    ]
    past = [t["datetime"] for t in page.select("#dates-passees ~ ul .event-start")]
    # The latest five past dates (and any with a recap); the others are in the archive.
    assert past[0] == "2026-11-17T12:30:00+01:00" and past[-1] == "2026-10-20T12:30:00+02:00"
    earlier = page.select_one("#dates-passees ~ p a")
    assert earlier.get_text() == "Et 2 dates plus anciennes : voir les archives."
    assert earlier["href"].endswith("evenements/archives/")
    google = page.select_one(".add-to-calendar a.button--secondary")["href"]
    assert google.startswith("https://calendar.google.com/calendar/render?action=TEMPLATE")
    assert "dates=20261124T123000%2F20261124T133000" in google and "ctz=Europe%2FParis" in google
    assert page.select_one("#abonnement-serie ~ p a.button")["href"] == (
        "webcal://la-navette.example/calendar/atelier-midi.ics"
    )


def test_event_json_ld(site: BuiltSite) -> None:
    page = soup(site, "evenements/visio-montreal/")
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Visio : les coworkings de Montréal et de Lille",
        "url": "https://la-navette.example/evenements/visio-montreal/",
        "startDate": "2026-12-15T11:00:00-05:00",
        "endDate": "2026-12-15T12:00:00-05:00",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "location": {"@type": "VirtualLocation", "url": "https://visio.example/navette-montreal"},
        "description": data["description"],
        "organizer": [
            {
                "@type": "Person",
                "name": "Mehdi Bouzid",
                "url": "https://la-navette.example/membres/mehdi-bouzid/",
            }
        ],
        # Its share card.
        "image": ["https://la-navette.example/cards/evenements/visio-montreal.png"],
    }
    assert data["description"].startswith("Une heure d’échange")
    cancelled = json.loads(
        soup(site, "evenements/atelier-impression-3d/")
        .select_one('script[type="application/ld+json"]')
        .string
    )
    assert cancelled["eventStatus"] == "https://schema.org/EventCancelled"
    assert cancelled["location"]["address"]["streetAddress"] == "27 rue du Métier"


def test_month_page_is_an_accessible_table(site: BuiltSite) -> None:
    page = soup(site, "evenements/2026/12/")
    table = page.select_one("table.month-grid")
    assert table.caption.get_text() == "Événements de décembre 2026, jour par jour"
    headers = table.select("thead th[scope=col]")
    assert [h.abbr["title"] for h in headers][:2] == ["lundi", "mardi"]
    assert len(headers) == 7 and all(len(row.select("td")) == 7 for row in table.select("tbody tr"))
    # The list comes first, then the grid.
    assert page.select_one("#liste-du-mois").find_next("table") is table
    december_12 = table.select_one('time[datetime="2026-12-12"]').parent
    assert "Journée portes ouvertes" in december_12.get_text()
    assert page.select_one('a[rel="prev"]')["href"] == "../../../evenements/2026/11/"
    assert page.select_one('a[rel="next"]')["href"] == "../../../evenements/2027/01/"
    assert site.path("evenements/2026/11/").exists() and site.path("evenements/2027/01/").exists()


def test_archives_by_year(site: BuiltSite) -> None:
    page = soup(site, "evenements/archives/")
    # A page a year; the front page shows the latest year.
    assert page.select_one("main h1").get_text() == "Événements passés · 2026"
    assert site.path("evenements/archives/2026/").is_file()
    titles = [a.get_text() for a in page.select("li.h-event .p-name")]
    assert titles[0] == "Atelier du midi" and titles[-1] == "Fête de l'été"


def test_home_page_shows_the_next_events(site: BuiltSite) -> None:
    section = soup(site, "").select_one("section.home-events")
    assert [a.get_text() for a in section.select(".p-name")] == [
        "Atelier du midi",
        "Atelier du midi",
        "Initiation à l'impression 3D",
    ]


EVENT = (
    "title: Atelier\nstart: 2026-12-03 12:30\nduration: 1h\norganizers: [ana-lima]\n"
    "description: |\n  Bonjour <script>alert(1)</script> [lien](javascript:alert(1))\n"
    "  <img src=x onerror=alert(1)>\n"
)

MEMBER_LINKS_PLUGIN = """
from cowork.site.links import Person
from cowork_pelican import shared
from pelican import signals


def fill(generator):
    links = {"ana-lima": Person("Ana Lima", "membres/ana-lima/")}
    shared.set_members(generator.context, shared.MembersShare(links))


def register():
    signals.generator_init.connect(fill)
"""

SETTINGS = """
from pelicanconf import *

PLUGIN_PATHS = ["plugins", "extra"]
PLUGINS = [*PLUGINS, "fake_members"]
"""


def test_organisers_link_to_profiles_and_description_is_sanitised(
    build_scratch: ScratchBuilder,
) -> None:
    built = build_scratch(
        {
            "events/atelier.yaml": EVENT,
            # Published, so that the member directory (enabled too) links to her profile.
            "members/ana-lima.yaml": "name: Ana Lima\nconsent:\n  directory: 2026-01-05\n",
            "extra/fake_members.py": MEMBER_LINKS_PLUGIN,
            "test_settings.py": SETTINGS,
        },
        settings="test_settings.py",
    )
    assert built.returncode == 0, built.log
    page = soup(built, "evenements/atelier/")
    link = page.select_one("a.p-organizer")
    assert (link.get_text(), link["href"]) == ("Ana Lima", "../../membres/ana-lima/")
    html = str(page.select_one(".e-description"))
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html


def test_a_data_problem_fails_the_build_with_every_message(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(
        {
            "events/a.yaml": "title: A\nstart: 2026-12-03 08:30\nend: 2026-12-03 08:00\n",
            "events/b.yaml": "title: B\nstart: 2026-12-03 08:30\nduration: 1h\n"
            "timezone: Europe/Lile\n",
        }
    )
    assert built.returncode != 0
    assert "2 problems in the site's data" in built.log
    assert "events/a.yaml:3: end: expected an end after the start" in built.log
    assert "events/b.yaml:4: timezone: unknown time zone" in built.log
    assert not (built.output / "evenements").exists()


def test_a_site_without_events(build_scratch: ScratchBuilder) -> None:
    built = build_scratch({})
    assert built.returncode == 0, built.log
    assert "Aucun événement à venir" in built.read("evenements/")
    assert b"BEGIN:VCALENDAR" in (built.output / "calendar.ics").read_bytes()


def test_prices_are_shown_the_local_way_and_free_says_so(build_scratch: ScratchBuilder) -> None:
    when = "start: 2026-12-03 12:30\nduration: 1h\n"
    built = build_scratch(
        {
            "events/repair.yaml": f"title: Repair café\n{when}price: 0\n",
            "events/brunch.yaml": f"title: Brunch\n{when}price: 12.5\n",
            "events/atelier.yaml": f"title: Atelier\n{when}price: 20\ncurrency: CHF\n",
            "events/apero.yaml": f"title: Apéro\n{when}",
        }
    )
    assert built.returncode == 0, built.log

    def price_on_page(slug: str) -> str | None:
        facts = soup(built, f"evenements/{slug}/").select_one("dl.event-facts")
        terms = [dt.get_text() for dt in facts.select("dt")]
        if "Tarif" not in terms:
            return None
        text: str = facts.select("dd")[terms.index("Tarif")].get_text()
        return text.replace("\xa0", " ").replace("\u202f", " ")

    assert price_on_page("repair") == "Gratuit"
    assert price_on_page("brunch") == "12,50 €"
    assert price_on_page("atelier") == "20 CHF"
    assert price_on_page("apero") is None
    # The list of upcoming events says it after the place, for those whose file gives a price.
    entries = {
        li.select_one(".p-name").get_text(): li.select_one(".event-price")
        for li in soup(built, "evenements/").select("li.h-event")
    }
    assert entries["Repair café"].get_text() == "Gratuit"
    assert entries["Brunch"].get_text().replace("\xa0", " ") == "12,50 €"
    assert entries["Apéro"] is None
