"""Recaps on their speakers' profiles: each member who spoke lists the published recaps that
name them, each recap links back; a plain name, an unpublished member or a missing plugin gets
nothing, and the site still builds."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from tests.conftest import ScratchBuilder
from tests.sites import BuiltSite

EVENT = "title: Atelier\nstart: 2026-10-06 12:30\nduration: 1h\nrepeat: FREQ=WEEKLY;COUNT=4\n"
RECAP = "Title: Bilan\nDate: 2026-10-30 10:00\nEvent: atelier\nOccurrence: 2026-10-13\n"
FILES = {
    "events/atelier.yaml": EVENT,
    "content/recaps/r.md": RECAP + "Speakers: ana-lima, bo-chen, Zoé Blanc\n\nTexte.\n",
    "content/recaps/draft.md": RECAP.replace("Bilan", "Brouillon")
    + "Status: draft\nSpeakers: ana-lima\n\nTexte.\n",
    "members/ana-lima.yaml": "name: Ana Lima\nconsent:\n  directory: 2026-01-05\n",
    # No consent to the directory: no profile.
    "members/bo-chen.yaml": "name: Bo Chen\n",
}


def soup(site: BuiltSite, url: str) -> Any:
    return site.soup(url)


def resolve(page_url: str, href: str) -> str:
    """A relative link of the page at `page_url`, as a URL path from the site root."""
    return urljoin("https://site.test/" + page_url, href).removeprefix("https://site.test/")


def speaker_recaps(site: BuiltSite, profile_url: str) -> list[str]:
    """The recaps a profile lists under "Comptes rendus où … intervient", as URLs from the root."""
    links = soup(site, profile_url).select("main #comptes-rendus ~ ul a")
    return [resolve(profile_url, a["href"]) for a in links]


def test_speakers_profiles_list_their_recaps_and_recaps_link_back(site: BuiltSite) -> None:
    november = "blog/2026/opencoffee-de-novembre-les-aides-a-la-creation-dentreprise/"
    october = "blog/2026/opencoffee-doctobre-trouver-ses-premiers-clients/"
    profile = "membres/camille-martin/"
    heading = soup(site, profile).select_one("main #comptes-rendus")
    assert heading.get_text() == "Comptes rendus où Camille Martin intervient"
    items = soup(site, profile).select("main #comptes-rendus ~ ul li")
    assert [" ".join(li.get_text().split()) for li in items] == [
        "6 nov. 2026 OpenCoffee de novembre : les aides à la création d'entreprise",
        "2 oct. 2026 OpenCoffee d'octobre : trouver ses premiers clients",
    ]  # newest first
    assert speaker_recaps(site, profile) == [november, october]
    # Every speaker's profile lists exactly the recaps that name them, and each recap's card
    # links back to the profile.
    expected = {
        "membres/camille-martin/": [november, october],
        "membres/samira-benali/": [november],
        "membres/ines-moreau/": ["blog/2026/retour-sur-lapero-de-rentree/"],
        "membres/emma-duval/": [
            "blog/2026/ce-que-jai-retenu-de-latelier-boite-mail/",
            "blog/2026/atelier-du-midi-dompter-sa-boite-mail/",
        ],
    }
    for profile_url, recaps in expected.items():
        assert speaker_recaps(site, profile_url) == recaps, profile_url
        for recap_url in recaps:
            assert site.path(recap_url).is_file(), recap_url
            speakers = soup(site, recap_url).select(".recap-card a.h-card")
            assert profile_url in [resolve(recap_url, a["href"]) for a in speakers], recap_url
    # Someone who spoke nowhere has no such section; a guest's plain name has no profile.
    assert soup(site, "membres/lucas-petit/").select_one("#comptes-rendus") is None
    assert not any("Jeanne Lambert" in site.read(url) for url in ("membres/", *expected))


def test_a_published_speaker_lists_the_recap_an_unpublished_one_gets_nothing(
    build_scratch: ScratchBuilder,
) -> None:
    built = build_scratch(FILES)
    assert built.returncode == 0, built.log
    # Published recaps only: the draft is built, not listed.
    assert built.path("drafts/brouillon.html").is_file()
    assert speaker_recaps(built, "membres/ana-lima/") == ["blog/2026/bilan/"]
    assert not built.path("membres/bo-chen/").exists()
    assert not any("Bo Chen" in p.read_text("utf-8") for p in built.html_files())


def test_profiles_and_recaps_each_build_without_the_other_plugin(
    build_scratch: ScratchBuilder,
) -> None:
    files = {
        **FILES,
        "norecaps.py": "from pelicanconf import *\n\n"
        'PLUGINS = [p for p in PLUGINS if p != "cowork_pelican.recaps"]\n',
        "nomembers.py": "from pelicanconf import *\n\n"
        'PLUGINS = [p for p in PLUGINS if p != "cowork_pelican.members"]\n',
    }
    no_recaps = build_scratch(files, settings="norecaps.py")
    assert no_recaps.returncode == 0, no_recaps.log
    profile = soup(no_recaps, "membres/ana-lima/")
    assert profile.select_one("main h1").get_text() == "Ana Lima"
    assert profile.select_one("#comptes-rendus") is None
    no_members = build_scratch(files, settings="nomembers.py")
    assert no_members.returncode == 0, no_members.log
    assert not no_members.path("membres/").exists()
    card = soup(no_members, "blog/2026/bilan/").select_one(".recap-card")
    # Without the directory nobody is published: members' logins are not printed in their place.
    assert card.find("dt", string="Intervenants").find_next_sibling("dd").get_text() == "Zoé Blanc"


def test_a_speakers_broken_member_file_is_the_one_problem_reported(
    build_scratch: ScratchBuilder,
) -> None:
    # The file exists and does not load: its own line says why, and the recap does not add an
    # "unknown member" telling its author to add a file that is there.
    built = build_scratch(
        {
            "events/atelier.yaml": EVENT,
            "content/recaps/r.md": RECAP + "Speakers: ana-lima\n\nTexte.\n",
            "members/ana-lima.yaml": "name: Ana Lima\nskills: [web, data\n"
            "consent:\n  directory: 2026-01-05\n",
            "members/bo-chen.yaml": "name: Bo Chen\nconsent:\n  directory: 2026-01-05\n",
        }
    )
    assert built.returncode != 0
    assert "1 problem in the site's data" in built.log
    assert (
        "members/ana-lima.yaml:2: the bracket [ that opens the value of 'skills' is never closed"
    ) in built.log
    assert "unknown member" not in built.log
