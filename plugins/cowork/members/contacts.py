"""Find e-mail addresses and phone numbers in text that would be published.

A member directory on the open web is a harvest for spammers and cold callers, and a member may
paste contact details without thinking of it. These patterns look for what people actually write
(French and international phone numbers with spaces, dots, dashes or brackets; plain and
"[at]"-obfuscated e-mail addresses) while leaving dates, years and prices alone.

They look at the text a reader sees, not at the characters written: HTML entities decoded
(`bob&#64;example.com`), Markdown escapes removed (`alice@example\\.com`), Unicode normalised
(full-width `０６` and `＠`), invisible characters dropped (zero-width spaces, soft hyphens) and
every kind of space made a space (the narrow no-break space of French typography). In Markdown
they read the rendered text and the host of every link as well.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from cowork.text.safe_markdown import render_safe_markdown

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}\b")
_EMAIL_SPELT = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s*[\[({]\s*(?:at|arobase|chez)\s*[\])}]\s*[\w-]+"
    r"(?:\s*(?:[\[({]\s*(?:dot|point)\s*[\])}]|\.)\s*[\w-]+)+",
    re.IGNORECASE,
)
# National French numbers: 0 then 9 digits, in pairs or not (06 12 34 56 78, 06.12.34.56.78).
_PHONE_FR = re.compile(r"(?<![\d/.-])0[1-9](?:[ .\-\u00a0]?\d{2}){4}(?![\d/])")
# International numbers: +33 6 12 34 56 78, +33 (0)6 12…, 0033 6 12…, +1 (555) 123-4567.
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)[1-9][\d \u00a0().\-]{6,22}\d")
_MIN_INTL_DIGITS = 9
_MAX_INTL_DIGITS = 15


@dataclass(frozen=True)
class Contact:
    """An e-mail address or phone number found in a text that would be published."""

    kind: str
    """'e-mail address' or 'phone number'."""
    text: str


_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]*>")
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]{0,20}://[^\s<>()\[\]]+")


def reader_text(text: str) -> str:
    """`text` as a reader sees it: entities decoded, Markdown escapes removed, NFKC, invisible
    characters dropped, every space a space."""
    text = unicodedata.normalize("NFKC", html.unescape(_MARKDOWN_ESCAPE.sub(r"\1", text)))
    # Each distinct character looked at once (a loop over every character was a tenth of a
    # member's reading), then all replaced in one pass.
    table: dict[int, str | None] = {}
    for char in set(text):
        if unicodedata.category(char) == "Cf":
            table[ord(char)] = None
        elif char.isspace() and char != " ":
            table[ord(char)] = " "
    return text.translate(table) if table else text


def find_contacts(
    text: str, phones: bool = True, markdown: bool = False, rendered: str | None = None
) -> Iterator[Contact]:
    """Every e-mail address (and, with `phones`, phone number) in `text`, as a reader sees it.

    With `markdown`, the rendered text is read too (`rendered`, when the caller has it already),
    and the host of every link (a "link" to `https://06.12.34.56.78` shows a phone number). A
    web address given alone is read as a link: its host only is searched for phone numbers (its
    path is full of profile ids).
    """
    seen = reader_text(text)
    readings = [(seen, phones)]
    urls = _URL.findall(seen)
    if markdown:
        if rendered is None:
            rendered = render_safe_markdown(text)
        readings.append((reader_text(_TAG.sub(" ", rendered)), phones))
        urls += [html.unescape(href) for href in _HREF.findall(rendered)]
    readings += [(_host(url), True) for url in urls]
    for reading, with_phones in readings:
        yield from _contacts_in(reading, with_phones)


def _host(url: str) -> str:
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        host = ""
    return reader_text(host.replace(".", " "))


def _contacts_in(text: str, phones: bool) -> Iterator[Contact]:
    for pattern in (_EMAIL, _EMAIL_SPELT):
        for match in pattern.finditer(text):
            yield Contact("e-mail address", match.group(0))
    if not phones:
        return
    for match in _PHONE_FR.finditer(text):
        yield Contact("phone number", match.group(0))
    for match in _PHONE_INTL.finditer(text):
        digits = sum(c.isdigit() for c in match.group(0))
        if _MIN_INTL_DIGITS <= digits <= _MAX_INTL_DIGITS:
            yield Contact("phone number", match.group(0).rstrip(" .-"))
