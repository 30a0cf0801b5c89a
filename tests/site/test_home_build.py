"""The home page of a scratch space, as a visitor reads it: each section from data, hidden when
there is nothing to show, in the order space.yaml gives; the older articles on page 2."""

from __future__ import annotations

from typing import Any

from tests.conftest import ScratchBuilder
from tests.home_site import SPACE, bare_site, full_site
from tests.sites import BuiltSite


def sections(built: BuiltSite) -> list[str]:
    """The home page's section headings, in order (the introduction has none: "intro")."""
    main = built.soup("").select_one("main")
    assert main is not None
    found = []
    for part in main.find_all(["div", "section"], recursive=False):
        heading = part.find("h2")
        found.append(heading.get_text(strip=True) if heading else "intro")
    return found


def words(element: Any) -> str:
    return " ".join(element.get_text(" ").split())


def test_every_section_from_data_in_the_default_order(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(full_site())
    assert built.returncode == 0, built.log
    assert sections(built) == [
        "intro",
        "Horaires d’ouverture",
        "Prochains événements",
        "Derniers articles",
        "Qui travaille ici",
        "Formules et tarifs",
        "Venir",
        "Nous rejoindre",
    ]
    home = built.soup("")
    assert words(home.select_one(".home-intro")) == (
        "Un atelier partagé à Roubaix Douze postes et une grande table , au-dessus d'une "
        "boulangerie."
    )
    rows = [words(tr) for tr in home.select(".hours-table tr")]
    assert rows == [
        "lundi 09:00 – 12:00, 14:00 – 18:00",
        "mardi 09:00 – 18:00",
        "mercredi 09:00 – 18:00",
        "jeudi 09:00 – 18:00",
        "vendredi 09:00 – 17:00",
        "samedi Fermé",
        "dimanche Fermé",
    ]
    # Closures not over on the day of the build (22 November 2026), soonest first.
    assert [words(li) for li in home.select(".closure-list li")] == [
        "24–26 déc. 2026 · Noël",
        "jeudi 31 décembre 2026",
    ]
    assert [words(a) for a in home.select(".home-events .p-name")] == ["Atelier miel"]
    assert [words(a) for a in home.select(".h-feed .summary .p-name")] == ["Nous ouvrons"]
    assert [words(li) for li in home.select(".home-plan-list li")] == [
        "Journée · 12 € par jour",
        "Mensuel · 150 € par mois",
    ]
    prices = home.find("a", string="Tous les tarifs, et ce que comprend chaque formule")
    assert prices is not None and prices["href"] == "./tarifs/"
    join = home.select_one(".home-join a.button")
    assert join is not None and join["href"] == "./rejoindre/"


def test_members_are_counted_and_only_those_who_agreed_are_named(
    build_scratch: ScratchBuilder,
) -> None:
    built = build_scratch(full_site())
    assert built.returncode == 0, built.log
    members = built.soup("").select_one(".home-members")
    assert members is not None
    assert words(members.p) == "3 membres travaillent à La Ruche."
    # The newest first; Clémence, who has not agreed to the directory, is nowhere.
    assert [words(a) for a in members.select(".home-faces .p-name")] == ["Bruno Diaz", "Ana Lima"]
    assert members.select_one(".home-faces a")["href"] == "./membres/bruno-diaz/"  # type: ignore[index]
    assert "Cachée" not in built.read("") and "cachee" not in built.read("")


def test_address_directions_and_a_link_to_the_map(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(full_site())
    assert built.returncode == 0, built.log
    access = built.soup("").select_one(".home-access .home-address")
    assert access is not None
    assert words(access.select_one(".p-adr")) == "3 rue des Abeilles 59100 Roubaix"
    assert str(access.select_one(".prose")) == (
        '<div class="prose"><p>Métro <em>Eurotéléport</em>, puis cinq minutes à pied.</p></div>'
    )
    link = access.find("a", string="Voir le lieu sur OpenStreetMap")
    assert link is not None
    assert link["href"] == (
        "https://www.openstreetmap.org/?mlat=50.69420&mlon=3.17460#map=18/50.69420/3.17460"
    )
    # A link only: the page loads nothing from another host.
    home = built.read("")
    assert "openstreetmap" not in "".join(
        str(tag) for tag in built.soup("").select("img, script, iframe, link")
    )
    assert home.count("openstreetmap.org") == 1


def test_a_new_space_shows_only_what_it_has(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(bare_site())
    assert built.returncode == 0, built.log
    # No event, no member, no article, no join or prices page: those sections are not there.
    assert sections(built) == ["intro", "Horaires d’ouverture", "Formules et tarifs", "Venir"]
    home = built.soup("")
    assert home.select(".home-events, .home-members, .h-feed, .home-join") == []
    assert home.find("a", string="Tous les tarifs, et ce que comprend chaque formule") is None


def test_a_space_without_hours_address_or_plans(build_scratch: ScratchBuilder) -> None:
    space = "name: Le Nid\nlanguage: fr\ntimezone: Europe/Paris\n"
    built = build_scratch(bare_site(space))
    assert built.returncode == 0, built.log
    assert sections(built) == []
    assert built.soup("").select_one("main h1").get_text() == "Le Nid"  # type: ignore[union-attr]
    # No hours: no script to say "open now".
    assert "open-now.js" not in built.read("")


def test_space_yaml_orders_and_removes_sections(build_scratch: ScratchBuilder) -> None:
    space = SPACE + "home:\n  sections: [join, hours, members]\n"
    built = build_scratch(full_site(space))
    assert built.returncode == 0, built.log
    assert sections(built) == ["Nous rejoindre", "Horaires d’ouverture", "Qui travaille ici"]
    # The blog is still reached from page 2 on, and from its archives.
    assert built.path("blog/archives/").is_file()


def test_older_articles_on_page_2(build_scratch: ScratchBuilder) -> None:
    files = full_site()
    for day in range(1, 8):
        files[f"content/articles/a{day}.md"] = (
            f"Title: Article {day}\nDate: 2026-09-0{day}\nCategory: Nouvelles\n\nTexte.\n"
        )
    built = build_scratch(files)
    assert built.returncode == 0, built.log
    home = built.soup("")
    assert len(home.select(".h-feed .summary")) == 5
    older = home.select_one('.pagination a[rel="next"]')
    assert older is not None and older["href"] == "./page/2/"
    page2 = built.soup("page/2/")
    # Page 2 is the blog's: its articles, none of the home page's sections.
    assert [words(a) for a in page2.select(".summary .p-name")] == [
        "Article 3",
        "Article 2",
        "Article 1",
    ]
    assert page2.select(".home-hours, .home-members, .home-intro") == []
    assert page2.title is not None and page2.title.get_text() == "Blog, page 2 · La Ruche"


def test_prices_page_shows_the_hours_and_closures(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(full_site())
    assert built.returncode == 0, built.log
    page = built.soup("tarifs/")
    assert page.select_one("main h2#horaires").get_text() == "Horaires d’ouverture"  # type: ignore[union-attr]
    assert len(page.select(".hours-table tr")) == 7
    closures = [words(li) for li in page.select(".closure-list li")]
    assert closures == ["24–26 déc. 2026 · Noël", "jeudi 31 décembre 2026"]


def test_unknown_section_and_weekday_stop_the_build(build_scratch: ScratchBuilder) -> None:
    space = SPACE.replace("friday:", "fryday:") + "home:\n  sections: [intro, map]\n"
    built = build_scratch(full_site(space))
    assert built.returncode != 0
    friday = SPACE.splitlines().index("  friday: [09:00-17:00]") + 1
    sections_line = SPACE.count("\n") + 2
    assert (
        f"space.yaml:{friday}: hours.fryday: unknown key 'fryday' (did you mean 'friday'?)"
        in built.log
    )
    assert (
        f"space.yaml:{sections_line}: home.sections[1]: expected one of intro, hours, events, "
        "posts, members, plans, access, join, found 'map'" in built.log
    )


def test_closure_ending_before_it_starts_and_missing_picture(build_scratch: ScratchBuilder) -> None:
    space = SPACE.replace("    to: 2026-12-26\n", "    to: 2026-12-20\n") + (
        "picture:\n  path: images/salle.jpg\n  alt: La salle\n"
    )
    built = build_scratch(full_site(space))
    assert built.returncode != 0
    to_line = SPACE.splitlines().index("    to: 2026-12-26") + 1
    path_line = SPACE.count("\n") + 2
    assert (
        f"space.yaml:{to_line}: closures[0].to: expected a last day on or after 2026-12-24, "
        "found 2026-12-20" in built.log
    )
    assert (
        f"space.yaml:{path_line}: picture.path: expected a picture at content/images/salle.jpg, "
        "found no such file" in built.log
    )


def test_hours_past_midnight_stop_the_build_at_their_line(build_scratch: ScratchBuilder) -> None:
    space = SPACE.replace("monday: [09:00-12:00, 14:00-18:00]", "monday: [08:00-24:30]")
    built = build_scratch(full_site(space))
    assert built.returncode != 0
    monday = SPACE.splitlines().index("  monday: [09:00-12:00, 14:00-18:00]") + 1
    assert (
        f"space.yaml:{monday}: hours.monday[0]: expected a time range such as 08:30-19:00, from "
        "00:00 to 24:00 at the latest, found '08:00-24:30'" in built.log
    )
    assert "Traceback" not in built.log


def test_a_picture_of_the_place_with_its_size(build_scratch: ScratchBuilder) -> None:
    from tests.members_files import picture

    alt = "La grande table, vue de la porte"
    space = SPACE + f"picture:\n  path: images/salle.png\n  alt:\n    fr: {alt}\n"
    built = build_scratch(
        {**full_site(space), "content/images/salle.png": picture("PNG", (320, 180))}
    )
    assert built.returncode == 0, built.log
    img = built.soup("").select_one(".home-intro img")
    assert img is not None
    assert (img["src"], img["alt"], img["width"], img["height"]) == (
        "./images/salle.png",
        "La grande table, vue de la porte",
        "320",
        "180",
    )
    assert built.path("images/salle.png").is_file()
