"""The blog of the sample site, as a reader finds it in the built pages."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.sites import BuiltSite

PUBLIC_URL = "https://la-navette.example"
WELCOME = "blog/2025/bienvenue-a-la-navette/"
WELCOME_EN = "en/blog/2025/bienvenue-a-la-navette/"


def text(site: BuiltSite, url: str, selector: str) -> str:
    found = site.soup(url).select_one(selector)
    assert found is not None, f"{url}: nothing matches {selector!r}"
    return " ".join(found.get_text().split())


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("", "La Navette"),
        ("page/2/", "La Navette"),
        (WELCOME, "Bienvenue à La Navette"),
        (WELCOME_EN, "Welcome to La Navette"),
        ("blog/categories/", "Catégories"),
        ("blog/categorie/ateliers/", "Ateliers"),
        ("blog/etiquettes/", "Étiquettes"),
        ("blog/etiquette/portrait/", "portrait"),
        ("blog/auteurs/", "Auteurs"),
        ("blog/auteur/camille-martin/", "Camille Martin"),
        ("blog/archives/", "Archives"),
        ("blog/2026/", "2026"),
        ("a-propos/", "À propos"),
        ("tarifs/", "Tarifs"),
        ("charte/", "La charte du lieu"),
        ("rejoindre/", "Rejoindre La Navette"),
    ],
)
def test_page_exists_with_its_heading(site: BuiltSite, url: str, heading: str) -> None:
    assert heading in text(site, url, "main h1")


def test_home_lists_the_five_latest_articles_and_links_to_page_2(site: BuiltSite) -> None:
    home = site.soup("")
    titles = [a.get_text() for a in home.select("main .summary h3 a")]
    # Recaps of events (content/recaps/) are articles of the blog like the others.
    assert titles == [
        "Portrait : Inès Moreau, traductrice",
        "Ce que j'ai retenu de l'atelier « boîte mail »",
        "Atelier du midi : dompter sa boîte mail",
        "OpenCoffee de novembre : les aides à la création d'entreprise",
        "Atelier : écrire pour le web, lisible par tout le monde",
    ]
    older = home.select_one('.pagination a[rel="next"]')
    assert older is not None and older["href"] == "./page/2/"
    assert older.get_text() == "Articles plus anciens"
    assert text(site, "", ".pagination [aria-current]") == "Page 1 sur 3"


def test_page_2_lists_the_older_articles(site: BuiltSite) -> None:
    page = site.soup("page/2/")
    titles = [a.get_text() for a in page.select("main .summary h3 a")]
    assert len(titles) == 5
    last = [a.get_text() for a in site.soup("page/3/").select("main .summary h3 a")]
    assert last[-1] == "Bienvenue à La Navette"
    assert page.select_one('.pagination a[rel="prev"]')["href"] == "../../"  # type: ignore[index]


def test_article_date_is_written_in_french(site: BuiltSite) -> None:
    time = site.soup(WELCOME).select_one("main .meta time")
    assert time is not None
    assert time.get_text() == "lundi 3 mars 2025"
    assert time["datetime"] == "2025-03-03T09:00:00+01:00"
    summer = site.soup("blog/2026/horaires-ete-2026/").select_one("main .meta time")
    assert summer is not None and summer.get_text() == "lundi 6 juillet 2026"


def test_article_shows_author_category_and_tags(site: BuiltSite) -> None:
    meta = text(site, "blog/2026/portrait-lucas-petit/", "main .meta")
    assert meta == "lundi 2 mars 2026 · par Alex Durand · Portraits"
    tags = [a.get_text() for a in site.soup("blog/2026/portrait-lucas-petit/").select(".tags a")]
    assert tags == ["portrait", "illustration"]


def test_category_tag_and_author_pages_list_their_articles(site: BuiltSite) -> None:
    def titles(url: str) -> set[str]:
        return {a.get_text() for a in site.soup(url).select("main .summary a.u-url")}

    assert titles("blog/categorie/portraits/") == {
        "Portrait : Samira Benali, développeuse web",
        "Portrait : Lucas Petit, illustrateur",
        "Portrait : Inès Moreau, traductrice",
    }
    assert titles("blog/etiquette/velo/") == {"Atelier : réparer son vélo avant l'hiver"}
    assert "Portrait : Inès Moreau, traductrice" in titles("blog/auteur/camille-martin/")


def test_archives_list_every_article_once(site: BuiltSite) -> None:
    links = [a["href"] for a in site.soup("blog/archives/").select("main a[href*='blog/20']")]
    # Ten articles and five recaps of events.
    assert len(links) == 15
    assert len(set(links)) == 15


def test_translation_is_linked_both_ways_with_hreflang(site: BuiltSite) -> None:
    french = site.soup(WELCOME)
    english = site.soup(WELCOME_EN)

    def alternates(page: BeautifulSoup) -> dict[str, str]:
        links = page.select('head link[rel="alternate"][hreflang]')
        return {str(link["hreflang"]): str(link["href"]) for link in links}

    # Each version lists every language, itself included, as search engines ask.
    assert alternates(french) == {"fr": "../../../" + WELCOME, "en": "../../../en/" + WELCOME}
    assert alternates(english) == {
        "fr": "../../../../" + WELCOME,
        "en": "../../../../en/" + WELCOME,
    }

    visible = french.select_one(".translations a")
    assert visible is not None and visible.get_text() == "English"
    assert visible["hreflang"] == "en" and visible["lang"] == "en"
    back = english.select_one(".translations a")
    assert back is not None and back.get_text() == "français"
    # The English article says it is in English, inside the French interface.
    article = english.select_one("main article")
    assert article is not None and article["lang"] == "en"
    # ...while the interface parts inside it stay French, and say so.
    for part in (".meta", ".translations", ".tags"):
        found = article.select_one(part)
        assert found is not None and found["lang"] == "fr", part
    assert french.select_one("main article .meta[lang]") is None


def test_head_metadata_of_an_article(site: BuiltSite) -> None:
    page = site.soup(WELCOME)
    assert page.html is not None and page.html["lang"] == "fr"
    assert page.title is not None and page.title.get_text() == "Bienvenue à La Navette · La Navette"

    def meta(selector: str) -> str:
        found = page.select_one(selector)
        assert found is not None, f"missing {selector}"
        value = found.get("content") or found.get("href")
        assert isinstance(value, str)
        return value

    summary = (
        "La Navette ouvre ses portes rue du Métier : un plateau de 300 m², douze bureaux fixes "
        "et une grande salle pour les ateliers."
    )
    assert meta('meta[name="description"]') == summary
    assert meta('link[rel="canonical"]') == f"{PUBLIC_URL}/{WELCOME}"
    assert meta('meta[property="og:url"]') == f"{PUBLIC_URL}/{WELCOME}"
    assert meta('meta[property="og:title"]') == "Bienvenue à La Navette · La Navette"
    assert meta('meta[property="og:description"]') == summary
    assert meta('meta[property="og:type"]') == "article"
    assert meta('meta[property="og:locale"]') == "fr_FR"
    assert meta('meta[property="og:site_name"]') == "La Navette"
    assert (
        meta('link[rel="alternate"][type="application/atom+xml"]') == "../../../feeds/all.atom.xml"
    )


def test_canonical_of_home_and_page_2(site: BuiltSite) -> None:
    assert site.soup("").select_one('link[rel="canonical"]')["href"] == f"{PUBLIC_URL}/"  # type: ignore[index]
    canonical = site.soup("page/2/").select_one('link[rel="canonical"]')
    assert canonical is not None and canonical["href"] == f"{PUBLIC_URL}/page/2/"


@pytest.mark.parametrize("url", ["", WELCOME, "tarifs/", "blog/archives/"])
def test_skip_link_is_first_and_targets_main(site: BuiltSite, url: str) -> None:
    page = site.soup(url)
    first = page.select_one("body a")
    assert first is not None and first["href"] == "#contenu"
    assert first.get_text() == "Aller au contenu principal"
    main = page.select_one("main#contenu")
    assert main is not None


def test_menu_follows_the_pages_menu_order(site: BuiltSite) -> None:
    # The blog first, then the sections of enabled features, then the pages by `Menu:`.
    labels = [a.get_text() for a in site.soup("").select(".site-nav a")]
    assert labels[0] == "Blog"
    assert labels[-4:] == ["À propos", "Tarifs", "Charte", "Rejoindre"]


@pytest.mark.parametrize(
    ("url", "current"),
    [
        ("blog/archives/", [("Blog", "page")]),
        ("", []),
        ("tarifs/", [("Tarifs", "page")]),
        ("charte/", [("Charte", "page")]),
        # The blog's link leads to its archives, and stands for every page of the blog.
        (WELCOME, [("Blog", "true")]),
        ("blog/etiquette/velo/", [("Blog", "true")]),
        (WELCOME_EN, []),
        # The directory and the calendar are the current page on their own address, and the
        # current section on the pages under it.
        ("membres/", [("Membres", "page")]),
        ("membres/camille-martin/", [("Membres", "true")]),
        ("evenements/", [("Événements", "page")]),
        ("evenements/atelier-git/", [("Événements", "true")]),
    ],
)
def test_menu_marks_the_current_page_and_section(
    site: BuiltSite, url: str, current: list[tuple[str, str]]
) -> None:
    links = site.soup(url).select(".site-nav a[aria-current]")
    assert [(a.get_text(), a["aria-current"]) for a in links] == current


def test_prices_are_an_accessible_table_made_from_space_yaml(site: BuiltSite) -> None:
    table = site.soup("tarifs/").select_one("main table")
    assert table is not None
    assert table.caption is not None
    assert table.caption.get_text() == "Formules et tarifs"
    headers = [th.get_text() for th in table.select("thead th[scope=col]")]
    assert headers == ["Formule", "Tarif", "Tarif solidaire"]
    rows = [str(th.contents[0]) for th in table.select("tbody th[scope=row]")]
    assert rows == ["Journée", "Nomade", "Résident", "Bureau fixe", "Association"]
    nomade = [td.get_text() for td in table.select("tbody tr")[1].select("td")]
    assert nomade == ["160\xa0€ par mois", "90\xa0€ par mois"]
    bureau = [td.get_text() for td in table.select("tbody tr")[3].select("td")]
    assert bureau == ["280\xa0€ par mois", "—"]


def test_image_has_alt_text(site: BuiltSite) -> None:
    image = site.soup("a-propos/").select_one("main img")
    assert image is not None
    assert image["src"] == "../images/plan-du-lieu.svg"
    assert str(image["alt"]).startswith("Plan du plateau de La Navette")


def test_join_page_uses_the_join_template(site: BuiltSite) -> None:
    # Rendered by join.html (which the features extend), it reads like any other page.
    page = site.soup("rejoindre/")
    assert page.select_one("main")["class"] == ["join"]  # type: ignore[index]
    assert text(site, "rejoindre/", "main .prose h2") == "1. Venir essayer"


def test_pages_without_translation_have_no_hreflang(site: BuiltSite) -> None:
    assert site.soup("blog/2026/portrait-lucas-petit/").select("link[hreflang]") == []
