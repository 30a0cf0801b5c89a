"""Languages and their regional variants: the forms each use needs, dates written the local way,
and the catalog a variant reads. No build: `cowork.text` alone, on the kit's own catalogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cowork.settings import KitSettings
from cowork.text import dates
from cowork.text.i18n import catalog_language, load_translations
from cowork.text.languages import UnknownLanguageError, language_tag, parse_language

from tests.sites import SAMPLE

TRANSLATIONS = KitSettings(root=SAMPLE).theme_path / "translations"
"""The kit's own catalogs, wherever the kit keeps its theme."""
LUNCH = dt.datetime(2026, 12, 3, 12, 30)
"""Thursday 3 December 2026, half past noon."""


@pytest.mark.parametrize("written", ["en_GB", "en-GB", "en_gb", "EN-gb", " en_GB "])
def test_a_regional_variant_is_read_however_it_is_written(written: str) -> None:
    language = parse_language(written)
    assert (language.locale, language.tag, language.og_locale) == ("en_GB", "en-GB", "en_GB")


@pytest.mark.parametrize(
    ("written", "locale", "tag", "og_locale"),
    [
        ("fr", "fr", "fr", "fr_FR"),
        ("en", "en", "en", "en_US"),
        ("nl", "nl", "nl", "nl_NL"),
        ("fr_BE", "fr_BE", "fr-BE", "fr_BE"),
        ("nl_BE", "nl_BE", "nl-BE", "nl_BE"),
        ("sr_Latn", "sr_Latn", "sr-Latn", "sr_RS"),
    ],
)
def test_each_use_gets_its_form(written: str, locale: str, tag: str, og_locale: str) -> None:
    language = parse_language(written)
    assert (language.locale, language.tag, language.og_locale) == (locale, tag, og_locale)


def test_an_unknown_region_names_the_language_and_its_regions() -> None:
    with pytest.raises(UnknownLanguageError) as raised:
        parse_language("nl_XX")
    assert str(raised.value) == (
        "unknown language 'nl_XX': Babel has no locale of this name "
        "(did you mean 'nl'? Its regional variants: nl_AW, nl_BE, nl_BQ, nl_CW…)"
    )


def test_an_unknown_language_says_what_to_write() -> None:
    with pytest.raises(UnknownLanguageError) as raised:
        parse_language("flemish")
    assert str(raised.value.hint) == (
        "write a language such as 'fr', 'en' or 'nl', or a regional variant such as 'en_GB'"
    )
    # Where a tag is only written out, an unknown language stays as given (the build stops on it
    # first, with the message above).
    assert language_tag("flemish") == "flemish"
    assert language_tag("nl_be") == "nl-BE"


# ─── Dates: what a reader of each language and region sees ───────────────────────────────────


@pytest.mark.parametrize(
    ("lang", "long_datetime", "medium_date", "month_year"),
    [
        ("fr", "jeudi 3 décembre 2026, 12:30", "3 déc. 2026", "décembre 2026"),
        ("fr_BE", "jeudi 3 décembre 2026, 12:30", "3 déc. 2026", "décembre 2026"),
        ("en", "Thursday, December 3, 2026, 12:30\u202fPM", "Dec 3, 2026", "December 2026"),
        ("en_GB", "Thursday, 3 December 2026, 12:30", "3 Dec 2026", "December 2026"),
        ("en-gb", "Thursday, 3 December 2026, 12:30", "3 Dec 2026", "December 2026"),
        ("nl", "donderdag 3 december 2026, 12:30", "3 dec 2026", "december 2026"),
        ("nl_BE", "donderdag 3 december 2026, 12:30", "3 dec 2026", "december 2026"),
    ],
)
def test_dates_the_local_way(
    lang: str, long_datetime: str, medium_date: str, month_year: str
) -> None:
    assert dates.long_datetime(LUNCH, lang) == long_datetime
    assert dates.medium_date(LUNCH, lang) == medium_date
    assert dates.month_year(LUNCH, lang) == month_year


@pytest.mark.parametrize(
    ("lang", "time"),
    [
        ("en", "8:05\u202fPM"),
        ("en_GB", "20:05"),
        ("nl_BE", "20:05"),
        ("fr_BE", "20:05"),
        ("fr_CA", "20 h 05"),
    ],
)
def test_times_follow_the_region(lang: str, time: str) -> None:
    # Quebec writes "20 h 05" where France and Belgium write "20:05": the region, not only the
    # language, decides. (American English puts a narrow no-break space before PM.)
    assert dates.short_time(dt.time(20, 5), lang) == time


def test_a_region_changes_the_date_where_its_readers_write_it_differently() -> None:
    day = dt.date(2026, 12, 3)
    assert dates.long_date(day, "fr") == "jeudi 3 décembre 2026"
    assert dates.long_date(day, "fr_CH") == "jeudi, 3 décembre 2026"
    assert dates.long_date(day, "en") == "Thursday, December 3, 2026"
    assert dates.long_date(day, "en_GB") == "Thursday, 3 December 2026"


# ─── Catalogs: a regional variant speaks its language's interface ────────────────────────────


@pytest.mark.parametrize(
    ("lang", "folder"),
    [
        ("fr", "fr"),
        ("fr_BE", "fr"),
        ("en_GB", "en"),
        ("en-gb", "en"),
        ("nl_BE", "nl"),
        ("de", None),
    ],
)
def test_the_catalog_a_language_reads(lang: str, folder: str | None) -> None:
    assert catalog_language(TRANSLATIONS, lang) == folder


def test_a_theme_may_ship_a_region_of_its_own() -> None:
    language = parse_language("fr_BE")
    assert language.catalog(["en", "fr", "fr_BE"]) == "fr_BE"
    assert language.catalog(["en", "fr"]) == "fr"
    assert language.catalog(["en"]) is None


def test_belgian_dutch_reads_the_dutch_catalog_with_its_plurals() -> None:
    dutch = load_translations(TRANSLATIONS, "nl_BE")
    assert dutch.gettext("Skip to main content") == "Ga naar de hoofdinhoud"
    assert dutch.ngettext("%(num)d article", "%(num)d articles", 1) == "%(num)d artikel"
    assert dutch.ngettext("%(num)d article", "%(num)d articles", 2) == "%(num)d artikelen"
    assert load_translations(TRANSLATIONS, "en_GB").gettext("Members") == "Members"
    assert load_translations(TRANSLATIONS, "fr_BE").gettext("Members") == "Membres"


def test_an_edited_catalog_is_read_again_in_the_same_process(tmp_path: Path) -> None:
    # Catalogs are loaded once per process (the warm build server keeps them for its builds):
    # an edit under `make serve` must still reach the next build.
    messages = tmp_path / "fr" / "LC_MESSAGES" / "messages.po"
    messages.parent.mkdir(parents=True)
    entry = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Members"\n'
    messages.write_text(entry + 'msgstr "Membres"\n', "utf-8")
    assert load_translations(tmp_path, "fr").gettext("Members") == "Membres"
    messages.write_text(entry + 'msgstr "Adhérents et adhérentes"\n', "utf-8")
    assert load_translations(tmp_path, "fr").gettext("Members") == "Adhérents et adhérentes"
