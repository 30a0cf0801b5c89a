"""What the kit says to people (problems, hints, errors, the check's report), in the site's
language.

A message is kept as data until it is shown: its English text (the gettext msgid, with `{name}`
placeholders) and its parameters. Only the command line, the check's formats and the build's report
render it, in the language they were given (`message.render("fr_BE")`); `str(message)` is the
English text, which the tests and logs read. A parameter is shown as given when it is text or a
number (a key, a file name, a value quoted from a file: never translated), or rendered in the same
language when it is itself a `Message` ("expected {expected}" with "a date" inside).

Write a message with `msg("unknown key '{key}'", key=key)`, or `nmsg(singular, plural, count)` when
it depends on a number (`{count}` is then available). `make translations` extracts both into the
core's catalogs, `cowork/locales/<lang>/LC_MESSAGES/cowork.po`, and compiles each beside it
(`cowork.mo`, read at once by the standard library; a test fails when one is out of step with its
`.po`). A language without a catalog (English, or one the kit does not speak) shows the English
text.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LOCALES = Path(__file__).resolve().parent.parent / "locales"
"""The core's own catalogs (package data of `cowork`, apart from the theme's)."""

DOMAIN = "cowork"
ENGLISH = "en"

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Message:
    """One sentence for people, in English until rendered in a language."""

    msgid: str
    """The English text with `{name}` placeholders: the key of every catalog."""
    params: tuple[tuple[str, str | int | float | Message], ...] = ()
    plural: str | None = None
    """The English plural form, for a message that depends on `params['count']`."""

    def render(self, lang: str = ENGLISH) -> str:
        """The sentence in `lang` (`fr`, `nl_BE`...), English if the kit has no catalog for it."""
        translations = _translations(lang)
        values = dict(self.params)
        if self.plural is None:
            text = translations.gettext(self.msgid)
        else:
            count = values.get("count", 0)
            text = translations.ngettext(
                self.msgid, self.plural, count if isinstance(count, int) else 0
            )

        def value(match: re.Match[str]) -> str:
            name = match[1]
            if name not in values:
                return match[0]
            found = values[name]
            return found.render(lang) if isinstance(found, Message) else str(found)

        return _PLACEHOLDER.sub(value, text)

    def __str__(self) -> str:
        return self.render(ENGLISH)

    def __lt__(self, other: object) -> bool:
        # Problems sort by message after file, line and key: in English, the same in every run.
        if not isinstance(other, Message):
            return NotImplemented
        return str(self) < str(other)


def msg(msgid: str, /, **params: str | int | float | Message) -> Message:
    """A message to translate; `msgid` is English, its `{name}`s are filled from `params`."""
    return Message(msgid, tuple(params.items()))


def nmsg(
    singular: str, plural: str, count: int, /, **params: str | int | float | Message
) -> Message:
    """A message whose words follow `count` (`1 problem`, `2 problems`), written `{count}`."""
    return Message(singular, (("count", count), *params.items()), plural)


def either(options: Iterable[Message]) -> Message:
    """`a date or nothing`: options joined by the language's "or"."""
    joined: Message | None = None
    for option in options:
        joined = (
            option if joined is None else msg("{first} or {second}", first=joined, second=option)
        )
    return joined if joined is not None else msg("nothing")


def both(parts: Iterable[Message]) -> Message:
    """`2 errors and 1 warning`: parts joined by the language's "and"."""
    joined: Message | None = None
    for part in parts:
        joined = part if joined is None else msg("{first} and {second}", first=joined, second=part)
    return joined if joined is not None else msg("nothing")


def verbatim(text: str) -> Message:
    """Text that is the same in every language (a value, a command): shown as it is, never
    extracted. For a message made elsewhere (a library's own words) that has no translation."""
    return Message("{text}", (("text", text),))


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    # Read once per language and process: a report renders hundreds of messages.
    name = lang.strip().replace("-", "_")
    base = name.split("_")[0].lower()
    if not (LOCALES / base).is_dir():
        return gettext.NullTranslations()  # English, or a language the kit does not speak
    for folder in (name, base):
        compiled = LOCALES / folder / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if compiled.is_file():
            # Compiled by `make translations` (a test keeps it in step with its `.po`): the
            # standard library reads it at once, where parsing the `.po` takes Babel 0.1 s, as
            # much as the rest of a pull request's check.
            with compiled.open("rb") as handle:
                return gettext.GNUTranslations(handle)
    # Imported here: the catalogs' reader needs the language setting, whose errors are
    # problems, made of messages.
    from cowork.text.i18n import load_translations

    return load_translations(LOCALES, lang)
