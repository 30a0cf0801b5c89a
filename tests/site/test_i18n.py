"""The interface speaks French, English and Dutch: complete catalogs, and one setting to switch."""

from __future__ import annotations

import re
import shutil
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from cowork_pelican.translations import extract, is_untranslated, template_domains, update

from tests.conftest import ScratchBuilder
from tests.sites import ROOT

THEME = ROOT / "plugins" / "cowork_pelican" / "theme"
DOMAINS = template_domains(THEME)


@cache
def templates() -> dict[str, Catalog]:
    """The theme's messages, extracted when a test first asks (each process of the suite collects
    every module)."""
    return extract(THEME)


LANGUAGES = ["fr", "en", "nl"]


def read_catalog(lang: str, domain: str) -> Catalog:
    path = THEME / "translations" / lang / "LC_MESSAGES" / f"{domain}.po"
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: run `make translations`"
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=domain)


def test_templates_have_strings_to_translate() -> None:
    assert "messages" in templates()
    assert sorted(templates()) == DOMAINS  # each folder's templates have their catalog
    assert "Skip to main content" in templates()["messages"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_catalog_is_complete(domain: str, lang: str) -> None:
    catalog = read_catalog(lang, domain)
    missing, empty, fuzzy = [], [], []
    for template_message in templates()[domain]:
        if not template_message.id:
            continue
        message = catalog.get(template_message.id, template_message.context)
        shown = (
            template_message.id if isinstance(template_message.id, str) else template_message.id[0]
        )
        if message is None:
            missing.append(shown)
        elif is_untranslated(message):
            empty.append(shown)
        elif message.fuzzy:
            fuzzy.append(shown)
    where = f"plugins/cowork_pelican/theme/translations/{lang}/LC_MESSAGES/{domain}.po"
    assert missing == [], f"{where}: not extracted yet (run `make translations`): {missing}"
    assert empty == [], f"{where}: untranslated: {empty}"
    assert fuzzy == [], f"{where}: marked fuzzy, check them and remove the flag: {fuzzy}"


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_translations_keep_every_placeholder_and_plural_form(domain: str, lang: str) -> None:
    # A lost `%(name)s` shows the reader a hole; a stray one crashes the page's rendering.
    catalog = read_catalog(lang, domain)
    assert catalog.num_plurals == 2, f"{lang}: Plural-Forms says {catalog.num_plurals} forms"
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        expected = set(PLACEHOLDER.findall(ids[-1]))
        if len(strings) != len(ids):
            wrong.append(f"{ids[0]!r}: {len(strings)} forms, expected {len(ids)}")
        for string in strings:
            if set(PLACEHOLDER.findall(string or "")) != expected:
                wrong.append(f"{ids[0]!r} → {string!r}: placeholders {sorted(expected)}")
    assert wrong == [], f"theme/translations/{lang}/LC_MESSAGES/{domain}.po: {wrong}"


def test_french_interface_by_default_whatever_the_system_locale(
    build_scratch: ScratchBuilder,
) -> None:
    built = build_scratch(
        {
            "content/articles/x.md": "Title: Essai\nDate: 2025-12-04\nCategory: Essais\n\nTexte.\n",
        },
        # No French locale in the environment: Babel brings its own data.
        env={"LC_ALL": "C", "LANG": "C", "LANGUAGE": ""},
    )
    assert built.returncode == 0, built.log
    article = built.soup("blog/2025/essai/")
    assert article.html is not None and article.html["lang"] == "fr"
    assert article.select_one(".skip-link").get_text() == "Aller au contenu principal"  # type: ignore[union-attr]
    assert article.select_one("main time").get_text() == "jeudi 4 décembre 2025"  # type: ignore[union-attr]


def test_english_interface_with_one_setting(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(
        {
            "english.py": (
                "import sys\nfrom pathlib import Path\n"
                "sys.path.insert(0, str(Path(__file__).resolve().parent))\n"
                "from pelicanconf import *\n\nDEFAULT_LANG = 'en'\n"
            ),
            "content/articles/x.md": "Title: Trial\nDate: 2025-12-04\nCategory: Trials\n\nText.\n",
        },
        settings="english.py",
    )
    assert built.returncode == 0, built.log
    article = built.soup("blog/2025/trial/")
    assert article.html is not None and article.html["lang"] == "en"
    assert article.select_one(".skip-link").get_text() == "Skip to main content"  # type: ignore[union-attr]
    assert article.select_one("main time").get_text() == "Thursday, December 4, 2025"  # type: ignore[union-attr]
    assert article.select_one(".site-nav").get("aria-label") == "Main menu"  # type: ignore[union-attr]
    locale = article.select_one('meta[property="og:locale"]')
    assert locale is not None and locale["content"] == "en_US"
    home = built.soup("")
    headings = [h2.get_text() for h2 in home.select("main h2")]
    assert "Opening hours" in headings and "Latest articles" in headings


def test_a_language_without_catalog_fails_the_build(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(
        {
            "german.py": (
                "import sys\nfrom pathlib import Path\n"
                "sys.path.insert(0, str(Path(__file__).resolve().parent))\n"
                "from pelicanconf import *\n\nDEFAULT_LANG = 'de'\n"
            ),
        },
        settings="german.py",
    )
    assert built.returncode != 0
    assert "DEFAULT_LANG is 'de' but" in built.log
    assert "has no catalog for it: the interface stays in English" in built.log


def test_catalog_languages_are_the_tested_ones() -> None:
    found = sorted(p.name for p in (THEME / "translations").iterdir() if p.is_dir())
    assert found == sorted(LANGUAGES), "a new language needs its place in LANGUAGES above"


def test_catalogs_are_up_to_date(tmp_path: Path) -> None:
    # `make translations` on the committed catalogs changes nothing: they hold every string of
    # the templates, and running it twice never churns (no dates, no line numbers).

    theme = tmp_path / "theme"
    shutil.copytree(THEME, theme)
    before = {p: p.read_bytes() for p in theme.rglob("*.po")}
    update(theme)
    after = {p: p.read_bytes() for p in theme.rglob("*.po")}
    stale = sorted(p.relative_to(theme).as_posix() for p in before if after[p] != before[p])
    assert stale == [], f"run `make translations`: {stale} are not up to date"


def test_a_new_string_waits_for_its_translations(tmp_path: Path) -> None:
    # English is the msgid language and is filled in; French and Dutch must stay empty until
    # someone translates it, so that test_catalog_is_complete fails instead of showing English.
    theme = tmp_path / "theme"
    (theme / "templates").mkdir(parents=True)
    (theme / "templates" / "page.html").write_text("{{ _('A brand new string') }}\n", "utf-8")
    for lang in LANGUAGES:
        (theme / "translations" / lang / "LC_MESSAGES").mkdir(parents=True)
    update(theme)
    strings = {}
    for lang in LANGUAGES:
        with (theme / "translations" / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            message = read_po(handle, locale=lang).get("A brand new string")
        assert message is not None, f"{lang}: the new string was not extracted"
        strings[lang] = message.string
    assert strings == {"en": "A brand new string", "fr": "", "nl": ""}
