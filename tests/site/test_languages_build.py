"""Dutch, and the regional variants (`fr_BE`, `en_GB`, `nl_BE`), built: a Brussels space's site
speaks its language, writes dates the local way and tags its pages so that browsers, screen
readers and search engines know which language they are in.

The scratch sites have their own small Dutch content (no sample): the sample's French articles
would put French words on any site, whatever its interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ScratchBuilder
from tests.sites import BuiltSite, make_scratch_site, run_pelican

SPACE = """
SITENAME = "De Pendel"
SITESUBTITLE = "Coworking in Brussel"
AUTHOR = "Het team"
SPACE = {
    "name": "De Pendel",
    "legal_name": "De Pendel vzw",
    "city": "Brussel",
    "street": "Kolenmarkt 12",
    "postcode": "1000",
    "country": "BE",
    "latitude": 50.845,
    "longitude": 4.349,
    "contact_email": "hallo@de-pendel.example",
    "opening_hours": "Ma-vr 8.30-19.00",
}
"""

FILES = {
    "content/articles/welkom.md": (
        "Title: Welkom\nDate: 2026-11-05 09:15\nCategory: Nieuws\nTags: koffie\n\nHallo.\n"
    ),
    "events/lunch.yaml": (
        "title: Lunchsessie\nstart: 2026-12-03 12:30\nduration: 1h\nlocation: Keuken\n"
        "tags: [lunch]\nrepeat: FREQ=WEEKLY;COUNT=3\n"
    ),
    "content/pages/doe-mee.md": "Title: Doe mee\nTemplate: join\n\nKom een dag proberen.\n",
    "events/2026/borrel.yaml": "title: Borrel\nstart: 2026-10-01 18:00\nduration: 2h\n",
    "content/recaps/borrel.md": (
        "Title: De borrel\nDate: 2026-10-02 09:00\nEvent: borrel\n\nGezellig.\n"
    ),
    "members/ana-lima.yaml": (
        "name: Ana Lima\ntitle: Grafisch ontwerper\nskills: [koffie, ontwerp]\n"
        "consent:\n  directory: 2026-01-05\n"
    ),
}


def settings(lang: str, extra: str = "") -> str:
    return (
        "import sys\nfrom pathlib import Path\n"
        "sys.path.insert(0, str(Path(__file__).resolve().parent))\n"
        f"from pelicanconf import *\n{SPACE}\nDEFAULT_LANG = {lang!r}\n{extra}"
    )


def build(build_scratch: ScratchBuilder, lang: str, **files: str) -> BuiltSite:
    built = build_scratch({**FILES, **files, "local.py": settings(lang)}, settings="local.py")
    assert built.returncode == 0, built.log
    return built


@pytest.fixture(scope="module")
def site_in(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], BuiltSite]:
    """The scratch site built in one language, once per module: several tests read each."""
    built: dict[str, BuiltSite] = {}

    def get(lang: str) -> BuiltSite:
        if lang not in built:
            folder = tmp_path_factory.mktemp(f"site-{lang}")
            source = make_scratch_site(folder / "src", {**FILES, "local.py": settings(lang)})
            built[lang] = run_pelican(source, folder / "output", "local.py")
        assert built[lang].returncode == 0, built[lang].log
        return built[lang]

    return get


def linked(built: BuiltSite, link: Any) -> BeautifulSoup:
    """The page a link leads to (addresses differ by language: follow them, don't guess)."""
    assert link is not None, "link not found"
    target = built.output / link["href"].split("#")[0].replace("../", "").removeprefix("./")
    return BeautifulSoup((target / "index.html").read_text("utf-8"), "html.parser")


def pages(built: BuiltSite) -> list[Path]:
    """The site's pages; Pelican's drafts folder is not one (no reader is sent there)."""
    return [p for p in built.html_files() if "drafts" not in p.relative_to(built.output).parts]


def text(page: Any, selector: str) -> list[str]:
    return [" ".join(element.get_text(" ").split()) for element in page.select(selector)]


@dataclass(frozen=True)
class Seen:
    """What a reader of one language sees of the next lunch (Thursday 3 December 2026, 12:30 to
    13:30, Brussels time) and of the article of Thursday 5 November 2026."""

    html_lang: str
    og_locale: str
    skip_link: str
    start: str
    end: str
    published: str
    in_archives: str


SEEN = {
    "nl": Seen(
        "nl", "nl_NL", "Ga naar de hoofdinhoud",
        "donderdag 3 december 2026, 12:30", "13:30", "donderdag 5 november 2026", "5 nov 2026",
    ),
    "nl_BE": Seen(
        "nl-BE", "nl_BE", "Ga naar de hoofdinhoud",
        "donderdag 3 december 2026, 12:30", "13:30", "donderdag 5 november 2026", "5 nov 2026",
    ),
    "en_GB": Seen(
        "en-GB", "en_GB", "Skip to main content",
        "Thursday, 3 December 2026, 12:30", "13:30", "Thursday, 5 November 2026", "5 Nov 2026",
    ),
    "fr_BE": Seen(
        "fr-BE", "fr_BE", "Aller au contenu principal",
        "jeudi 3 décembre 2026, 12:30", "13:30", "jeudi 5 novembre 2026", "5 nov. 2026",
    ),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SEEN))
def test_language_and_dates_as_readers_write_them(
    site_in: Callable[[str], BuiltSite], lang: str
) -> None:
    seen = SEEN[lang]
    built = site_in(lang)
    home = built.soup("")
    assert home.html is not None and home.html["lang"] == seen.html_lang
    og_locale = home.select_one('meta[property="og:locale"]')
    assert og_locale is not None and og_locale["content"] == seen.og_locale
    assert text(home, ".skip-link") == [seen.skip_link]
    assert text(home, ".h-event .dt-start")[0] == seen.start
    assert text(home, ".h-event .dt-end")[0] == seen.end
    assert text(home, ".h-entry .dt-published")[0] == seen.published
    article = linked(built, home.select_one(".h-entry a.u-url"))
    assert article.html is not None and article.html["lang"] == seen.html_lang
    assert text(article, "main .dt-published") == [seen.published]
    # Written in the site's language: no `lang` of its own (it would repeat the page's).
    assert article.select("main [lang]") == []
    archives = linked(built, home.select_one(".h-feed > p > a"))
    assert text(archives, "main li")[0].startswith(seen.in_archives)
    # Every page says the same language, in a form HTML accepts (`en-GB`, never `en_gb`).
    tags = {BeautifulSoup(p.read_text("utf-8"), "html.parser").html["lang"] for p in pages(built)}  # type: ignore[index]
    assert tags == {seen.html_lang}


def test_english_in_britain_has_24_hour_times_in_the_month_view_and_feed(
    site_in: Callable[[str], BuiltSite],
) -> None:
    built = site_in("en_GB")
    events = linked(built, built.soup("").select_one(".home-events p > a"))
    november = linked(built, events.find("a", string="Month view"))
    december = linked(built, november.select_one('a[rel="next"]'))
    assert text(december, "main h1") == ["December 2026"]
    assert text(december, "main td li a")[0] == "12:30 Lunchsessie"
    feeds = [p.read_text("utf-8") for p in built.output.rglob("*.atom.xml")]
    atom = next(feed for feed in feeds if "Lunchsessie" in feed)
    assert 'xml:lang="en-GB"' in atom
    assert "Thursday, 3 December 2026, 12:30" in atom


FRENCH_INTERFACE = [
    # Distinctive words of the French catalogs (none is also Dutch: "Agenda" and "Blog" are).
    "Aller au contenu",
    "Menu principal",
    "Membres",
    "Événements",
    "événement",
    "Derniers articles",
    "Tous les articles",
    "Étiquette",
    "Catégorie",
    "Compétence",
    "Ailleurs",
    "Code source de ce site",
    "Flux Atom",
    "Prochains",
    "S’abonner",
    "Ajouter à mon agenda",
    "Vue par mois",
    "Comptes rendus",
    "Fil d’Ariane",
    "annuaire",
    "Rejoindre",
    " par ",
    "jeudi",
    "décembre",
    "novembre",
]


def words_shown(path: Path) -> str:
    """Everything a reader or their assistive technology gets from a page: its text, and the
    attributes that are read out or shown (labels, titles, descriptions, placeholders)."""
    page = BeautifulSoup(path.read_text("utf-8"), "html.parser")
    for hidden in page(["script", "style"]):
        hidden.decompose()
    said = [page.get_text(" ")]
    for element in page.find_all(True):
        for name in ("aria-label", "title", "alt", "placeholder", "content"):
            if element.get(name):
                said.append(str(element[name]))
        said.extend(str(v) for k, v in element.attrs.items() if k.startswith("data-"))
    return " ".join(" ".join(said).split())


@pytest.mark.parametrize("lang", ["nl", "nl_BE"])
def test_a_dutch_site_shows_no_french_interface_word(
    site_in: Callable[[str], BuiltSite], lang: str
) -> None:
    built = site_in(lang)
    shown = pages(built)
    assert len(shown) >= 10, [p.relative_to(built.output).as_posix() for p in shown]
    said = {p.relative_to(built.output).as_posix(): words_shown(p) for p in shown}
    found = {page: [w for w in FRENCH_INTERFACE if w in words] for page, words in said.items()}
    assert {page: words for page, words in found.items() if words} == {}
    home = words_shown(built.path(""))
    assert "Komende evenementen" in home and "Nieuwste artikelen" in home
    directory = linked(built, built.soup("").find("a", string="Leden"))
    assert text(directory, "main h1") == ["Leden"]
    assert (
        text(directory, "main p")[0] == "De Pendel telt 1 lid. 1 van hen staat in deze ledengids."
    )


def test_the_french_words_are_the_ones_a_french_site_shows(
    site_in: Callable[[str], BuiltSite],
) -> None:
    # The list above would prove nothing if a French site did not show those words either.
    built = site_in("fr_BE")
    shown = " ".join(words_shown(p) for p in pages(built))
    assert [w for w in FRENCH_INTERFACE if w not in shown] == []


def test_pages_in_another_language_keep_their_own_tag(build_scratch: ScratchBuilder) -> None:
    built = build(
        build_scratch,
        "nl_BE",
        **{
            "content/articles/tour.md": (
                "Title: Visiting us\nLang: en\nDate: 2026-11-10\nCategory: Nieuws\n\nHello.\n"
            ),
            # The region written the other way, in the other case: still the site's language.
            "content/articles/open.md": (
                "Title: Opendeur\nLang: NL-be\nDate: 2026-11-12\nCategory: Nieuws\n\nKom langs.\n"
            ),
        },
    )
    home = built.soup("")
    entries = {text(e, ".p-name")[0]: e.get("lang") for e in home.select(".h-feed .h-entry")}
    assert entries == {"Opendeur": None, "Visiting us": "en", "Welkom": None, "De borrel": None}


def test_an_unknown_region_fails_the_build_with_the_known_ones(
    build_scratch: ScratchBuilder,
) -> None:
    built = build_scratch({**FILES, "local.py": settings("nl_XX")}, settings="local.py")
    assert built.returncode != 0
    assert "DEFAULT_LANG: unknown language: Babel, which writes the dates" in built.log
    assert "did you mean 'nl'? Its regional variants: nl_AW, nl_BE" in built.log
