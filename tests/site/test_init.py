"""`cowork init` for real: new sites written into tmp_path with the kit from this checkout, built
with every warning fatal, their own tests run, and read as a visitor of each language would.

They build with this checkout's .venv (the kit is installed there); test_init_install.py runs a new
site's own `make html` and `make test` from nothing, as on a fresh machine.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest
from cowork_pelican.sitecheck.chromium import chromium_executable, not_found
from cowork_pelican.sitecheck.vnu import vnu_command

from tests import buildcache
from tests.sites import FIXED_NOW, ROOT, BuiltSite, run_pelican


@dataclass(frozen=True)
class NewSite:
    lang: str
    forge: str
    name: str
    welcome: str
    """The welcome article's title, on the home page."""


FRENCH = NewSite("fr", "github", "La Ruche", "La Ruche ouvre ses portes")
ENGLISH = NewSite("en", "gitlab", "The Hive", "The Hive opens its doors")
DUTCH = NewSite("nl", "gitlab", "De Bijenkorf", "De Bijenkorf opent de deuren")
BRITISH = NewSite("en_GB", "github", "The Hive", "The Hive opens its doors")
SITES = [
    pytest.param(FRENCH, id="fr-github"),
    pytest.param(ENGLISH, id="en-gitlab"),
    pytest.param(DUTCH, id="nl-gitlab"),
    pytest.param(BRITISH, id="en_GB-github"),
]
HOSTS = {"github": "https://github.com", "gitlab": "https://gitlab.com"}

FRENCH_URL_WORDS = (
    *("membres", "evenements", "etiquette", "rejoindre", "tarifs", "a-propos"),
    *("charte", "bienvenue", "competences", "auteur", "categorie"),
)
FRENCH_WORDS = (
    *("membres", "evenements", "Rejoindre", "Prénom", "VOTRE-LOGIN", "contenu"),
    *("Événements", "Annuaire", "prochaines-dates", "À propos"),
    *('id="annee-', 'id="mois-', "horaires", "qui-travaille-ici", "Ouvert"),
)
ENGLISH_URL_WORDS = (
    *("members", "events", "join", "prices", "about", "charter", "welcome"),
    *("category", "author", "skills"),
)


def cowork_init(site: NewSite, target: Path, *extra: str) -> Path:
    slug = site.name.lower().replace(" ", "-")
    command = [
        sys.executable,
        "-m",
        "cowork.cli",
        "init",
        str(target),
        f"--name={site.name}",
        f"--lang={site.lang}",
        "--timezone=Europe/Brussels",
        f"--forge={site.forge}",
        f"--repository-url={HOSTS[site.forge]}/{slug}/site",
        f"--public-url=https://{slug}.example",
        "--admin=sam-lee",
        "--admin-name=Sam Lee",
        "--address=Rue Haute 12, 1000 Bruxelles, BE",
        f"--kit={ROOT}",
        *extra,
    ]
    done = subprocess.run(
        command,
        env={**os.environ, "COWORK_NOW": FIXED_NOW},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return target


def new_site_built(site: NewSite, tmp_path: Path) -> BuiltSite:
    source = cowork_init(site, tmp_path / "site")
    built = run_pelican(source, tmp_path / "output")
    assert built.returncode == 0, built.log
    return built


def visible_text(built: BuiltSite) -> str:
    """Every text file of the site, with addresses decoded: what a visitor can come across,
    including the file a link pre-fills on the forge."""
    texts = (p.read_text("utf-8") for p in built.output.rglob("*") if p.suffix in TEXT_SUFFIXES)
    return "\n".join(unquote(text) for text in texts)


TEXT_SUFFIXES = {".html", ".xml", ".ics", ".json", ".txt", ".css", ".js"}


@pytest.mark.parametrize("site", SITES)
def test_a_new_site_builds_with_every_warning_fatal(site: NewSite, tmp_path: Path) -> None:
    built = new_site_built(site, tmp_path)
    home = built.soup("")
    assert home.html is not None and home.html["lang"] == site.lang.replace("_", "-")
    assert site.name in home.get_text()
    assert site.welcome in home.get_text()
    # Every page written for the space is on the site, reached from the menu.
    menu = [a.get_text(strip=True) for a in home.select("nav a")]
    assert len(menu) >= 6, menu


@pytest.mark.parametrize(
    ("site", "only", "passed", "verdict"),
    [
        # The whole check (with the Nu HTML Checker and axe in Chromium) runs on the English
        # site in test_init_install.py, through the site's own `make test`: once is enough.
        pytest.param(
            FRENCH,
            ("-k", "not html and not browser"),
            9,
            "est passée, mais 9 vérification(s) sur 11 seulement ont tourné (les autres ont "
            "été écartées avec -k).",
            id="fr",
        ),
        pytest.param(
            DUTCH,
            ("-k", "not html and not browser"),
            9,
            "is geslaagd, maar er zijn slechts 9 van de 11 controles uitgevoerd (de andere zijn "
            "weggelaten met -k).",
            id="nl",
        ),
    ],
)
def test_the_site_check_passes_on_a_new_site(
    site: NewSite, only: tuple[str, ...], passed: int, verdict: str, tmp_path: Path
) -> None:
    """What a new site's `make test` runs: `cowork test`, the kit's site check."""
    if not only and not os.environ.get("CI"):
        missing = vnu_command(os.environ)[1] or ("" if chromium_executable() else not_found())
        if missing:
            pytest.skip(missing)
    source = cowork_init(site, tmp_path / "site")
    command = [sys.executable, "-m", "cowork.cli", "test", "--site", str(source)]
    with buildcache.shared(source):
        done = subprocess.run(
            [*command, *(["--", *only] if only else [])],
            env={**os.environ, "COWORK_NOW": FIXED_NOW},
            capture_output=True,
            text=True,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(rf"\b{passed} passed\b", done.stdout), done.stdout
    assert "skipped" not in done.stdout, done.stdout
    assert done.stdout.rstrip().endswith(verdict), done.stdout


def test_the_english_site_has_no_french_address(tmp_path: Path) -> None:
    built = new_site_built(ENGLISH, tmp_path)
    paths = [p.relative_to(built.output).as_posix() for p in built.output.rglob("*")]
    french = {w for w in FRENCH_URL_WORDS for path in paths if w in path.split("/")[:-1]}
    assert french == set(), sorted(p for p in paths if any(w in p for w in french))
    assert {"members", "events", "about", "join", "prices", "charter"} <= set(paths)


def test_the_french_site_has_no_english_address(tmp_path: Path) -> None:
    built = new_site_built(FRENCH, tmp_path)
    paths = [p.relative_to(built.output).as_posix() for p in built.output.rglob("*")]
    english = {w for w in ENGLISH_URL_WORDS for path in paths if w in path.split("/")[:-1]}
    assert english == set(), sorted(p for p in paths if any(w in p for w in english))
    assert {"membres", "evenements", "a-propos", "rejoindre", "tarifs", "charte"} <= set(paths)


def test_the_english_site_has_no_french_word(tmp_path: Path) -> None:
    text = visible_text(new_site_built(ENGLISH, tmp_path))
    assert [w for w in FRENCH_WORDS if w in text] == []


def test_the_english_sites_own_words_have_no_french(tmp_path: Path) -> None:
    """What `cowork init` itself wrote (pages, article, forms) is all English."""
    source = cowork_init(ENGLISH, tmp_path / "site")
    written = [
        p for p in source.rglob("*") if p.is_file() and ".git" not in p.relative_to(source).parts
    ]
    found = {
        p.relative_to(source).as_posix(): [w for w in FRENCH_WORDS if w in p.read_text("utf-8")]
        for p in written
    }
    assert {path: words for path, words in found.items() if words} == {}


def test_a_template_override_and_custom_css_in_a_new_site_are_used(tmp_path: Path) -> None:
    """What the new site's theme/README says: a template of the kit's name in theme/templates/
    replaces the kit's, and theme/static/css/custom.css is loaded after the kit's stylesheet."""
    source = cowork_init(ENGLISH, tmp_path / "site")
    base = source / "theme/templates/base.html"
    base.parent.mkdir(parents=True)
    readme = (source / "theme/README.md").read_text("utf-8")
    example = readme.split("```jinja\n", 1)[1].split("```", 1)[0]
    base.write_text(example, "utf-8")
    override = source / "theme/templates/partials/space.html"
    override.parent.mkdir()
    override.write_text(
        '{% macro space_card() %}<p class="our-footer">Run by volunteers</p>{% endmacro %}\n',
        "utf-8",
    )
    css = source / "theme/static/css/custom.css"
    css.parent.mkdir(parents=True)
    css.write_text(".site-header { background: #fc0; }\n", "utf-8")
    built = run_pelican(source, tmp_path / "output")
    assert built.returncode == 0, built.log
    home = built.soup("")
    footer = home.select_one("footer .our-footer")
    assert footer is not None and footer.get_text() == "Run by volunteers"
    sheets = [str(link["href"]) for link in home.select('link[rel="stylesheet"]')]
    assert [href.rsplit("/", 1)[1] for href in sheets] == ["site.css", "custom.css"]
    # The README's example of a line in every page's head is in every page's head.
    pages = built.html_files()
    marked = [p for p in pages if '<meta name="theme-color" content="#0b6e4f">' in p.read_text()]
    assert marked == pages
    served = built.output / "theme/css/custom.css"
    assert served.read_text("utf-8") == ".site-header { background: #fc0; }\n"
