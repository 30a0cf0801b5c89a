"""The site's language as its settings name it (`fr`, `en_GB`, `nl-BE`, in any case), and the form
each use needs: the catalog folder of its interface, Babel's locale for its dates, the BCP 47 tag of
HTML `lang` and `hreflang` attributes, and the locale of Open Graph.

A regional variant (`fr_BE`, `en_GB`, `nl_BE`) reads its language's catalog and writes its dates
the local way: an `en_GB` site says "Thursday, 3 December 2026" and "12:30", not "December 3" and
"12:30 PM".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from cowork.errors import CoworkError
from cowork.text.messages import Message, either, msg

if TYPE_CHECKING:
    from babel.core import Locale

# Babel is imported where a locale is parsed, not with this module: the settings import it, and
# `cowork check` on a site in one of the kit's languages never parses one.


class UnknownLanguageError(CoworkError):
    """A language setting that Babel has no locale for: nothing could be written in it."""

    def __init__(self, value: str, hint: Message) -> None:
        self.value = value
        self.hint = hint
        super().__init__(
            msg(
                "unknown language '{value}': Babel has no locale of this name ({hint})",
                value=value,
                hint=hint,
            )
        )


@dataclass(frozen=True)
class Language:
    """One language, optionally with its script and region, as Babel knows it."""

    language: str
    """The language subtag, lowercase: `fr`, `en`, `nl`."""
    territory: str = ""
    """The region, uppercase (`BE`, `GB`), or "" for the language as a whole."""
    script: str = ""
    """The script (`Latn`, `Hant`), or "" when the language has one usual script."""

    @property
    def locale(self) -> str:
        """Babel's and POSIX's name for it: `en_GB`, `fr`."""
        return "_".join(part for part in (self.language, self.script, self.territory) if part)

    @property
    def tag(self) -> str:
        """The BCP 47 tag HTML, Atom and hreflang want: `en-GB`, `fr`."""
        return "-".join(part for part in (self.language, self.script, self.territory) if part)

    @property
    def og_locale(self) -> str:
        """Open Graph wants a region: `en_GB` stays, `fr` becomes `fr_FR` (its likeliest)."""
        if self.territory:
            return f"{self.language}_{self.territory}"
        return _likely_og_locale(self.language)

    def catalog(self, available: Iterable[str]) -> str | None:
        """Which of the `available` catalog folders the interface reads: the region's own if a
        theme ships one (`fr_BE`), else the language's (`fr`); None if neither exists."""
        by_name = {name.replace("-", "_").lower(): name for name in available}
        regional = f"{self.language}_{self.territory}" if self.territory else self.language
        for candidate in (self.locale, regional, self.language):
            if candidate.lower() in by_name:
                return by_name[candidate.lower()]
        return None


@cache
def _likely_og_locale(language: str) -> str:
    """The likeliest region's Open Graph locale of a language. Cached: every page's head asks,
    and Babel's `Locale.parse` searches its whole list of locales each time."""
    from babel.core import Locale, get_global

    likely = Locale.parse(get_global("likely_subtags").get(language, language))
    return f"{likely.language}_{likely.territory}" if likely.territory else likely.language


def parse_language(value: str) -> Language:
    """`en_GB`, `en-gb`, `EN_GB` → the same Language; `UnknownLanguageError` if Babel has no
    locale for it (with the closest names it has)."""
    return _parse(value.strip().replace("-", "_"))


@cache
def _parse(identifier: str) -> Language:
    # Cached: dates and filters ask for the same few languages thousands of times in a build.
    from babel.core import Locale, UnknownLocaleError

    try:
        parsed = Locale.parse(identifier)
    except (ValueError, UnknownLocaleError):
        raise UnknownLanguageError(identifier, _closest(identifier)) from None
    return Language(parsed.language, parsed.territory or "", parsed.script or "")


def _closest(identifier: str) -> Message:
    from babel.localedata import locale_identifiers

    known = {name.lower(): name for name in locale_identifiers()}
    language = identifier.split("_")[0].lower()
    if language in known:
        # A known language with an unknown region (`en_XX`): the language alone always works.
        regions = sorted(
            n for n in known.values() if n.startswith(f"{language}_") and n[-2:].isupper()
        )
        listed = ", ".join(regions[:4])
        return msg(
            "did you mean '{language}'? Its regional variants: {listed}…",
            language=known[language],
            listed=listed,
        )
    close = difflib.get_close_matches(identifier.lower(), list(known), n=3, cutoff=0.6)
    if close:
        names = either(msg("'{value}'", value=known[name]) for name in close)
        return msg("did you mean {names}?", names=names)
    return msg("write a language such as 'fr', 'en' or 'nl', or a regional variant such as 'en_GB'")


def language_tag(value: str) -> str:
    """`en_gb` → `en-GB`, for `lang`, `hreflang` and `xml:lang`; a language Babel does not know
    stays as written (the build reports it once, before any page)."""
    try:
        return parse_language(value).tag
    except UnknownLanguageError:
        return value


def babel_locale(value: str) -> Locale:
    """Babel's Locale for a language setting, in any of the forms `parse_language` reads."""
    return _babel_locale(parse_language(value).locale)


@cache
def _babel_locale(identifier: str) -> Locale:
    from babel.core import Locale

    # Parsing a locale costs more than formatting a date: a build formats thousands.
    return Locale.parse(identifier)
