"""Recaps in the built sample site, linked both ways with the calendar; scratch builds around it."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urljoin
from xml.etree import ElementTree

from tests.conftest import ScratchBuilder
from tests.sites import BuiltSite

# The sample recaps: article URL → (event page, date of the occurrence it covers).
RECAPS = {
    "blog/2026/retour-sur-lapero-de-rentree/": ("evenements/apero-rentree/", "2026-09-17"),
    "blog/2026/opencoffee-doctobre-trouver-ses-premiers-clients/": (
        "evenements/opencoffee/",
        "2026-10-01",
    ),
    "blog/2026/opencoffee-de-novembre-les-aides-a-la-creation-dentreprise/": (
        "evenements/opencoffee/",
        "2026-11-05",
    ),
    "blog/2026/atelier-du-midi-dompter-sa-boite-mail/": ("evenements/atelier-midi/", "2026-11-10"),
    "blog/2026/ce-que-jai-retenu-de-latelier-boite-mail/": (
        "evenements/atelier-midi/",
        "2026-11-10",
    ),
}
ATOM = "{http://www.w3.org/2005/Atom}"


def soup(site: BuiltSite, url: str) -> Any:
    return site.soup(url)


def resolve(page_url: str, href: str) -> str:
    """A relative link of the page at `page_url`, as a URL path from the site root."""
    return urljoin("https://site.test/" + page_url, href).removeprefix("https://site.test/")


def recaps_beside_dates(site: BuiltSite, url: str) -> dict[str, list[str]]:
    """{occurrence date: [recap URLs]} from the lists of dates of a calendar page."""
    found: dict[str, list[str]] = {}
    for item in soup(site, url).select("main li.event-item"):
        day = item.select_one("time.event-start")["datetime"][:10]
        links = [resolve(url, a["href"]) for a in item.select(".recap-links a")]
        if links:
            found.setdefault(day, []).extend(links)
    return found


def entry_links(feed: ElementTree.Element) -> list[str]:
    found = []
    for entry in feed.iter(f"{ATOM}entry"):
        link = entry.find(f"{ATOM}link")
        assert link is not None
        found.append(str(link.get("href")))
    return found


def test_recap_card_links_the_occurrence_it_covers(site: BuiltSite) -> None:
    for url, (event_url, day) in RECAPS.items():
        card = soup(site, url).select_one("main .recap-card")
        event_link = card.select_one(".recap-card__title a")
        assert resolve(url, event_link["href"]) == event_url, url
        assert card.select_one("time.event-start")["datetime"][:10] == day, url


def test_recap_card_shows_date_place_speakers_and_slides(site: BuiltSite) -> None:
    card = soup(site, "blog/2026/opencoffee-doctobre-trouver-ses-premiers-clients/").select_one(
        ".recap-card"
    )
    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in card.select("dt")
    }
    assert facts == {
        "Quand": "jeudi 1 octobre 2026, 08:30 – 10:00",
        "Où": "Grande salle",
        "Intervenants": "Camille Martin , Jeanne Lambert",
        "Diapositives": "Voir les diapositives",
    }
    # A member links to their profile; a guest's name is plain text.
    member = card.select_one("dd a.h-card")
    assert (member.get_text(), member["href"]) == (
        "Camille Martin",
        "../../../membres/camille-martin/",
    )
    assert card.select_one("dd span.h-card").get_text() == "Jeanne Lambert"
    assert card.select_one(".recap-card__title").get_text(" ", strip=True) == (
        "Compte rendu : OpenCoffee"
    )
    slides = card.select_one("dd a[href^='https://']")
    assert slides["href"] == "https://diapos.example/la-navette/opencoffee-2026-10.pdf"


def test_event_pages_list_recaps_under_the_occurrence_they_cover(site: BuiltSite) -> None:
    assert recaps_beside_dates(site, "evenements/opencoffee/") == {
        "2026-11-05": ["blog/2026/opencoffee-de-novembre-les-aides-a-la-creation-dentreprise/"],
        "2026-10-01": ["blog/2026/opencoffee-doctobre-trouver-ses-premiers-clients/"],
    }
    # Two recaps of one occurrence: both listed, oldest first.
    assert recaps_beside_dates(site, "evenements/atelier-midi/") == {
        "2026-11-10": [
            "blog/2026/atelier-du-midi-dompter-sa-boite-mail/",
            "blog/2026/ce-que-jai-retenu-de-latelier-boite-mail/",
        ]
    }
    # A single event: its recaps right under its date.
    page = soup(site, "evenements/apero-rentree/")
    links = page.select("main header .recap-links a")
    assert [resolve("evenements/apero-rentree/", a["href"]) for a in links] == [
        "blog/2026/retour-sur-lapero-de-rentree/"
    ]
    assert page.select_one("main header .recap-links .badge").get_text() == "Compte rendu"


def test_links_go_both_ways(site: BuiltSite) -> None:
    """Every recap listed on an event page covers that event, and every recap is listed."""
    listed: dict[str, str] = {}
    for event_url in {"evenements/opencoffee/", "evenements/atelier-midi/"}:
        for day, links in recaps_beside_dates(site, event_url).items():
            for link in links:
                listed[link] = event_url
                assert RECAPS[link] == (event_url, day)
    listed["blog/2026/retour-sur-lapero-de-rentree/"] = "evenements/apero-rentree/"
    assert listed == {url: event for url, (event, _) in RECAPS.items()}
    for url, event_url in listed.items():
        card = soup(site, url).select_one(".recap-card__title a")
        assert resolve(url, card["href"]) == event_url


def test_other_recaps_of_the_same_date_are_named(site: BuiltSite) -> None:
    first = "blog/2026/atelier-du-midi-dompter-sa-boite-mail/"
    second = "blog/2026/ce-que-jai-retenu-de-latelier-boite-mail/"
    for url, other in ((first, second), (second, first)):
        card = soup(site, url).select_one(".recap-card")
        label = card.find("dt", string="Autres comptes rendus de cette date")
        assert [resolve(url, a["href"]) for a in label.find_next_sibling("dd").select("a")] == [
            other
        ]


def test_archives_and_month_view_mark_occurrences_with_a_recap(site: BuiltSite) -> None:
    expected = {
        "2026-11-10": [
            "blog/2026/atelier-du-midi-dompter-sa-boite-mail/",
            "blog/2026/ce-que-jai-retenu-de-latelier-boite-mail/",
        ],
        "2026-11-05": ["blog/2026/opencoffee-de-novembre-les-aides-a-la-creation-dentreprise/"],
    }
    month = recaps_beside_dates(site, "evenements/2026/11/")
    assert month == expected
    archives = recaps_beside_dates(site, "evenements/archives/")
    assert {day: archives[day] for day in expected} == expected
    assert len(archives) == 4
    # The month grid too: a short "compte rendu" link in the day's cell, named by its title.
    cells = soup(site, "evenements/2026/11/").select(".month-grid td")
    marked = {
        cell.select_one("time")["datetime"]: [
            (a.get_text(" ", strip=True), resolve("evenements/2026/11/", a["href"]))
            for a in cell.select("a.recap-marker")
        ]
        for cell in cells
        if cell.select("a.recap-marker")
    }
    assert marked == {
        "2026-11-05": [
            (
                "compte rendu : OpenCoffee de novembre : les aides à la création d'entreprise",
                expected["2026-11-05"][0],
            )
        ],
        "2026-11-10": [
            ("compte rendu : Atelier du midi : dompter sa boîte mail", expected["2026-11-10"][0]),
            (
                "compte rendu : Ce que j'ai retenu de l'atelier « boîte mail »",
                expected["2026-11-10"][1],
            ),
        ],
    }


def test_event_json_ld_names_its_recaps(site: BuiltSite) -> None:
    script = soup(site, "evenements/opencoffee/").select_one("script[type='application/ld+json']")
    data = json.loads(script.string)
    assert data["subjectOf"] == [
        {
            "@type": "BlogPosting",
            "datePublished": "2026-10-02T11:00:00+02:00",
            "headline": "OpenCoffee d'octobre : trouver ses premiers clients",
            "url": "https://la-navette.example/blog/2026/"
            "opencoffee-doctobre-trouver-ses-premiers-clients/",
        },
        {
            "@type": "BlogPosting",
            "datePublished": "2026-11-06T10:00:00+01:00",
            "headline": "OpenCoffee de novembre : les aides à la création d'entreprise",
            "url": "https://la-navette.example/blog/2026/"
            "opencoffee-de-novembre-les-aides-a-la-creation-dentreprise/",
        },
    ]
    other = soup(site, "evenements/journee-portes-ouvertes/")
    script = other.select_one("script[type='application/ld+json']")
    assert "subjectOf" not in json.loads(script.string)


def test_recaps_have_their_category_and_feed(site: BuiltSite) -> None:
    page = soup(site, "blog/categorie/comptes-rendus/")
    assert page.select_one("h1").get_text() == "Catégorie : Comptes rendus"
    titles = {a.get_text() for a in page.select("main .p-name a")}
    assert len(titles) == 5
    feed = ElementTree.fromstring((site.output / "feeds/comptes-rendus.atom.xml").read_bytes())
    assert feed.findtext(f"{ATOM}title") == "La Navette - Comptes rendus"
    # Recaps only, each once: the category holds nothing else.
    assert sorted(entry_links(feed)) == sorted(RECAPS)
    # Recap pages advertise the feed and say where they are filed.
    recap = soup(site, "blog/2026/retour-sur-lapero-de-rentree/")
    feeds = [
        resolve("blog/2026/retour-sur-lapero-de-rentree/", link["href"])
        for link in recap.select("link[rel=alternate][type='application/atom+xml']")
    ]
    assert "feeds/comptes-rendus.atom.xml" in feeds
    assert recap.select_one("main .p-category").get_text() == "Comptes rendus"


# ─── Scratch sites ────────────────────────────────────────────────────────────────────────────

EVENT = "title: Atelier\nstart: 2026-10-06 12:30\nduration: 1h\nrepeat: FREQ=WEEKLY;COUNT=4\n"
RECAP = "Title: {title}\nDate: 2026-10-30 10:00\n{meta}\n\nTexte.\n"


def recap(title: str, meta: str) -> str:
    return RECAP.format(title=title, meta=meta)


def test_speakers_link_to_member_profiles_and_plain_names_are_text(
    build_scratch: ScratchBuilder,
) -> None:
    built = build_scratch(
        {
            "events/atelier.yaml": EVENT,
            "content/recaps/r.md": recap(
                "Bilan",
                "Event: atelier\nOccurrence: 2026-10-13\n"
                "Speakers: ana-lima, bo-chen, Zoé <script>alert(1)</script>",
            ),
            "members/ana-lima.yaml": "name: Ana Lima\nconsent:\n  directory: 2026-01-05\n",
            # No consent to the directory: not named at all (neither name nor login).
            "members/bo-chen.yaml": "name: Bo Chen\n",
        }
    )
    assert built.returncode == 0, built.log
    card = soup(built, "blog/2026/bilan/").select_one(".recap-card")
    speakers = card.find("dt", string="Intervenants").find_next_sibling("dd")
    link = speakers.select_one("a")
    assert (link.get_text(), link["href"]) == ("Ana Lima", "../../../membres/ana-lima/")
    # A plain name is printed as written, inert; the unpublished member is left out.
    assert [s.get_text() for s in speakers.select("span")] == ["Zoé <script>alert(1)</script>"]
    assert "bo-chen" not in built.read("blog/2026/bilan/")
    assert "<script" not in str(speakers)


def test_bad_recaps_fail_the_build_with_every_message(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(
        {
            "events/atelier.yaml": EVENT,
            "content/recaps/a.md": recap("A", "Event: ateliers\nOccurrence: 2026-10-13"),
            # No member file at all: speakers cannot be checked, and are not.
            "content/recaps/b.md": recap("B", "Event: atelier\nSpeakers: ana"),
            "content/articles/c.md": recap("C", "Category: Comptes rendus"),
        }
    )
    assert built.returncode != 0
    assert "Traceback" not in built.log
    assert "3 problems in the site's data" in built.log
    for message in (
        "content/articles/c.md:3: Category: the category 'Comptes rendus' holds recaps only, "
        "and this article has no Event line",
        "content/recaps/a.md:3: Event: unknown event 'ateliers': expected the name of a file in "
        "events/ (without .yaml) (did you mean 'atelier'?)",
        "content/recaps/b.md:3: Occurrence: 'atelier' is a series: expected an Occurrence line "
        "with the date this recap tells about, found none (its latest past date is 2026-10-27",
    ):
        assert message in built.log
    assert not (built.output / "blog").exists()


def test_a_draft_may_tell_about_an_occurrence_to_come(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(
        {
            "events/atelier.yaml": EVENT,
            "content/recaps/r.md": recap(
                "Bilan", "Event: atelier\nOccurrence: 2026-10-27\nStatus: draft"
            ),
        },
        env={"COWORK_NOW": "2026-10-20T10:00:00"},
    )
    assert built.returncode == 0, built.log
    assert (built.output / "drafts/bilan.html").exists()
    assert "recap-links" not in built.read("evenements/atelier/")
    # Drafts are not in the category (nor its feed).
    assert not (built.output / "blog/categorie/comptes-rendus").exists()


def test_the_category_name_follows_the_language_or_the_setting(
    build_scratch: ScratchBuilder,
) -> None:
    files = {
        "events/atelier.yaml": EVENT,
        "content/recaps/r.md": recap("Bilan", "Event: atelier\nOccurrence: 2026-10-13"),
        "english.py": 'from pelicanconf import *\n\nDEFAULT_LANG = "en"\n',
        "named.py": 'from pelicanconf import *\n\nRECAPS_CATEGORY = "Retours"\n',
    }
    english = build_scratch(files, settings="english.py")
    assert english.returncode == 0, english.log
    assert (english.output / "feeds/recaps.atom.xml").exists()
    card = soup(english, "blog/2026/bilan/").select_one(".recap-card")
    assert card.select_one(".recap-card__title").get_text(" ", strip=True) == "Recap of Atelier"
    assert "Recaps" in english.read("blog/categorie/recaps/")


def test_the_category_name_can_be_set(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(
        {
            "events/atelier.yaml": EVENT,
            "content/recaps/r.md": recap("Bilan", "Event: atelier\nOccurrence: 2026-10-13"),
            "named.py": 'from pelicanconf import *\n\nRECAPS_CATEGORY = "Retours"\n',
        },
        settings="named.py",
    )
    assert built.returncode == 0, built.log
    assert (built.output / "feeds/retours.atom.xml").exists()
    assert soup(built, "blog/2026/bilan/").select_one("main .p-category").get_text() == "Retours"


def test_recaps_need_the_calendar(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(
        {
            "content/recaps/r.md": recap("Bilan", "Event: atelier"),
            "nocal.py": "from pelicanconf import *\n\n"
            'PLUGINS = ["cowork_pelican.site", "cowork_pelican.recaps"]\n',
        },
        settings="nocal.py",
    )
    assert built.returncode != 0
    assert (
        "pelicanconf.py: PLUGINS: recaps need the calendar: expected 'cowork_pelican.events' in "
        "PLUGINS" in built.log
    )


def test_a_recap_in_restructuredtext_is_checked_too(build_scratch: ScratchBuilder) -> None:
    # Only Markdown headers are read line by line; other formats give their metadata, unlined.
    built = build_scratch(
        {
            "events/atelier.yaml": EVENT,
            "content/recaps/r.rst": "Bilan\n#####\n\n:date: 2026-10-30 10:00\n:event: atelier\n"
            ":occurrence: 2026-10-14\n\nTexte.\n",
        }
    )
    assert built.returncode != 0
    assert (
        "content/recaps/r.rst: Occurrence: 2026-10-14 is not a date of 'atelier' (the nearest "
        "past dates are 2026-10-13 and 2026-10-20)" in built.log
    )


def test_recap_json_ld_is_a_signed_posting_about_the_event(site: BuiltSite) -> None:
    url = "blog/2026/opencoffee-doctobre-trouver-ses-premiers-clients/"
    script = soup(site, url).select_one("script[type='application/ld+json']")
    home = "https://la-navette.example/"
    assert json.loads(script.string) == {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "OpenCoffee d'octobre : trouver ses premiers clients",
        "url": f"https://la-navette.example/{url}",
        "mainEntityOfPage": f"https://la-navette.example/{url}",
        "datePublished": "2026-10-02T11:00:00+02:00",
        "dateModified": "2026-10-02T11:00:00+02:00",
        "author": [
            {"@type": "Person", "name": "Camille Martin", "url": f"{home}membres/camille-martin/"}
        ],
        "publisher": {"@type": "Organization", "name": "La Navette", "url": home},
        "image": "https://la-navette.example/cards/blog/2026/"
        "opencoffee-doctobre-trouver-ses-premiers-clients.png",
        "about": {
            "@type": "Event",
            "name": "OpenCoffee",
            "url": "https://la-navette.example/evenements/opencoffee/",
            "startDate": "2026-10-01T08:30:00+02:00",
        },
    }
