"""Site-wide glue: interface translations and date filters for every template.

Connected to `generator_init` because each Pelican generator has its own Jinja environment, and
every one of them renders templates that call `_()` and format dates.
"""

from __future__ import annotations

import datetime as dt
import gettext
import logging
from functools import cache, partial
from pathlib import Path
from typing import Any

from babel.core import Locale, get_global
from cowork.text import dates
from cowork.text.i18n import catalog_files, load_translations
from pelican import signals

from cowork_pelican.kit import check_settings

logger = logging.getLogger(__name__)


def install_i18n(generator: Any) -> None:
    """Give the generator's templates gettext and Babel date filters in `DEFAULT_LANG`."""
    lang: str = generator.settings["DEFAULT_LANG"]
    translations_dir = Path(generator.theme) / "translations"
    translations = _translations(generator, translations_dir, lang)
    env = generator.env
    # Titles, places, names and tags come from files anyone can propose in a pull request:
    # every value is escaped unless a template marks it safe (content already made HTML by
    # Pelican, or sanitised by nh3). Set here, so no settings file can turn it off.
    env.autoescape = True
    env.install_gettext_translations(translations, newstyle=True)
    env.filters.update(date_filters(lang))
    env.filters["language_name"] = language_name
    env.filters["og_locale"] = og_locale
    env.globals["LANG"] = lang


def date_filters(lang: str) -> dict[str, Any]:
    return {
        "long_date": partial(dates.long_date, lang=lang),
        "medium_date": partial(dates.medium_date, lang=lang),
        "month_year": partial(dates.month_year, lang=lang),
        "short_time": partial(dates.short_time, lang=lang),
        "long_datetime": partial(dates.long_datetime, lang=lang),
        "isodate": _isodate,
    }


@cache
def language_name(code: str) -> str:
    """A language's name in that language ('English', 'français'): how its readers look for it."""
    return Locale.parse(code).get_display_name(code) or code


@cache
def og_locale(code: str) -> str:
    """Open Graph wants a territory: 'fr' → 'fr_FR', 'en' → 'en_US' (the likeliest one)."""
    likely = get_global("likely_subtags").get(code, code)
    locale = Locale.parse(likely)
    return f"{locale.language}_{locale.territory}" if locale.territory else locale.language


def _isodate(value: dt.date | dt.datetime) -> str:
    return value.isoformat()


def _translations(generator: Any, translations_dir: Path, lang: str) -> gettext.NullTranslations:
    # Compiled once per build and shared by the generators of that build.
    cache: dict[str, gettext.NullTranslations] = generator.context.setdefault(
        "_cowork_translations", {}
    )
    if lang not in cache:
        if not catalog_files(translations_dir, lang):
            logger.warning(
                "DEFAULT_LANG is '%s' but %s has no catalog for it: the interface stays in "
                "English (add one with `make translations`)",
                lang,
                translations_dir,
            )
        cache[lang] = load_translations(translations_dir, lang)
    return cache[lang]


def register() -> None:
    signals.generator_init.connect(install_i18n)
    # Once per run, before any generator: a misspelt kit setting fails the build at its line.
    signals.initialized.connect(check_settings)
