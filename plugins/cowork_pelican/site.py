"""Site-wide glue: interface translations and date filters for every template, every page's
language written as a BCP 47 tag, the size of every picture of an article or page written on
its `<img>` (`cowork.text.images`: the text keeps its place while the picture loads), and the
main menu's pages (`menu_pages`, `cowork.site.menu`).

`DEFAULT_LANG` may name a regional variant (`fr_BE`, `en_GB`, `nl_BE`): the interface reads its
language's catalog, dates follow the region, and templates get `LANG` as HTML wants it (`en-GB`;
Pelican itself lowercases the setting to `en_gb`, which no `lang` attribute accepts).
"""

from __future__ import annotations

import datetime as dt
import gettext
import logging
import os
from collections.abc import Callable, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Any

from cowork.problems import Problem
from cowork.site.language import ids
from cowork.site.menu import MenuPage, menu_entries, section_of
from cowork.site.menu import current as menu_current
from cowork.text import dates
from cowork.text.i18n import catalog_files, load_translations
from cowork.text.images import add_image_sizes
from cowork.text.languages import (
    UnknownLanguageError,
    babel_locale,
    language_tag,
    parse_language,
)
from cowork.text.messages import ENGLISH, msg
from jinja2 import pass_context
from jinja2.runtime import Context
from pelican import signals

from cowork_pelican.kit import check_settings
from cowork_pelican.reporting import report, report_all
from cowork_pelican.templating import reuse_environment, share_environment

logger = logging.getLogger(__name__)


def install_i18n(generator: Any) -> None:
    """Give the generator's templates gettext and Babel date filters in `DEFAULT_LANG`; the
    build's generators after the first share its environment (`templating`)."""
    if reuse_environment(generator):
        return
    lang: str = generator.settings["DEFAULT_LANG"]
    translations_dir = Path(generator.theme) / "translations"
    translations = _translations(generator, translations_dir, lang)
    env = generator.env
    # Titles, places, names and tags come from files anyone can propose in a pull request:
    # every value is escaped unless a template marks it safe (content already made HTML by
    # Pelican, or sanitised by nh3). Set here, so no settings file can turn it off.
    env.autoescape = True
    env.install_gettext_translations(translations, newstyle=True)
    env.globals["gettext"] = env.globals["_"] = _remembered(env.globals["gettext"])
    env.filters.update(date_filters(lang))
    env.filters["language_name"] = language_name
    env.filters["og_locale"] = og_locale
    env.globals["menu_current"] = menu_current
    # Templates write it in `lang` attributes and compare it with each page's (made alike below).
    env.globals["LANG"] = language_tag(lang)
    # The ids of the pages' sections show in addresses (#content): in the site's language.
    env.globals["ID"] = ids(lang)
    share_environment(generator)


def _remembered(translate: Callable[..., str]) -> Callable[..., str]:
    """Jinja's newstyle `gettext` (`translate`), each text without values translated once per
    build: every page repeats the same menu, footer and headings (some 60 calls a page), and
    each call costs two context calls, a lookup, a Markup and a formatting. Texts with values
    are translated each time."""
    known: dict[tuple[str, bool], str] = {}

    @pass_context
    def remembered(context: Context, text: str, **values: Any) -> str:
        if values:
            return translate(context, text, **values)
        key = (text, bool(context.eval_ctx.autoescape))
        if key not in known:
            known[key] = translate(context, text)
        return known[key]

    return remembered


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
    """A language's name in that language ('English', 'français', 'Nederlands (België)'): how its
    readers look for it."""
    locale = babel_locale(code)
    return locale.get_display_name(locale) or code


def og_locale(code: str) -> str:
    """Open Graph wants a territory: 'fr' → 'fr_FR', 'en' → 'en_US' (the likeliest one), while
    'en_GB' or 'en-GB' stays 'en_GB'."""
    return parse_language(code).og_locale


def check_language(pelican: Any) -> None:
    """An unknown `DEFAULT_LANG` stops the build before any page, with the closest ones."""
    value = str(pelican.settings.get("DEFAULT_LANG", ""))
    try:
        parse_language(value)
    except UnknownLanguageError as error:
        message = msg("unknown language: Babel, which writes the dates, has no locale of this name")
        # The site's language is the unknown one: this is said in English (or COWORK_LANG).
        report(
            [Problem("pelicanconf.py", None, "DEFAULT_LANG", message, hint=error.hint)],
            os.environ.get("COWORK_LANG", ENGLISH),
        )


def tag_content_language(content: Any) -> None:
    """A page's `lang` as a BCP 47 tag, so `Lang: en_GB`, `Lang: en-gb` and the default all read
    `en-GB`: templates write it in `lang` and `hreflang`, and compare it with `LANG`."""
    content.lang = language_tag(content.lang)
    default = content.settings.get("DEFAULT_LANG")
    if default:
        # Pelican compared the strings as written: `Lang: en_GB` was not its `en_gb`.
        content.in_default_lang = content.lang == language_tag(default)


LINK_PREFIXES = ("{static}", "{attach}", "{filename}")
"""How articles and pages link to the site's own files (Pelican replaces them later)."""


def size_images(content: Any) -> None:
    """Width and height on the pictures of an article or a page whose file is in the sources,
    before Pelican turns `{static}` links into addresses."""
    raw = getattr(content, "_content", None)
    if not raw or "<img" not in raw:
        return
    root = Path(content.settings["PATH"])
    here = Path(content.source_path).parent

    def resolve(src: str) -> Path | None:
        for prefix in LINK_PREFIXES:
            if src.startswith(prefix):
                return root / src[len(prefix) :].lstrip("/")
        if "://" in src or src.startswith(("/", "data:", "#")):
            return None
        return here / src

    content._content = add_image_sizes(raw, resolve)


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


def add_menu(generators: Sequence[Any]) -> None:
    """The pages with a `Menu: N` (in the site's language), as `menu_pages` for every
    template, and the blog's folder (`blog_section`): computed once, once every page is read,
    before any is written."""
    if not generators:
        return
    context = generators[0].context  # every generator of a run shares it
    # The blog's link leads to its archives and stands for every article (`blog/2026/…`).
    context["blog_section"] = section_of(str(context.get("ARTICLE_URL", "")))
    context["menu_pages"] = menu_entries(
        MenuPage(
            str(page.menu),
            str(page.title),
            str(getattr(page, "menu_title", "") or ""),
            str(page.url),
        )
        for page in context.get("pages", [])
        if hasattr(page, "menu")
    )


def register() -> None:
    # Once per run, before any generator: nothing is built in a language Babel cannot write.
    signals.initialized.connect(check_language)
    signals.generator_init.connect(install_i18n)
    # Each article and page as soon as it is read, before translations are matched by language.
    signals.content_object_init.connect(tag_content_language)
    # Each article and page as soon as it is read, while its links are still `{static}/...`.
    signals.content_object_init.connect(size_images)
    # Once per run, before any generator: a misspelt kit setting fails the build at its line.
    signals.initialized.connect(check_settings)
    # Once every page is read, before the first page is written.
    signals.all_generators_finalized.connect(add_menu)
    # After every plugin has read its data, before the first page is written: every problem of
    # the run, in one message.
    signals.get_writer.connect(report_all)
