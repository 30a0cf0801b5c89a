"""An event's description: Markdown written by members, rendered by the kit's one sanitiser
(`cowork.text.safe_markdown`) to HTML that cannot inject anything, and to plain text with its
links written out for calendars, feeds and structured data.

A build renders each description once (`Descriptions`), and keeps what it rendered for the next
build (`cowork.text.rendered`); `description_html` and `description_text` serve the rest (the
check, the tests of the core).
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from cowork.text.rendered import SAFE_MARKDOWN, RenderedTexts
from cowork.text.safe_markdown import WEB_SCHEMES, render_safe_markdown

CODE = (*SAFE_MARKDOWN, "events/description.py")
"""The code both renderings depend on besides the text (paths inside `cowork`)."""


def _html(text: str) -> str:
    # An organiser's contact address is welcome in an event description, unlike in a bio.
    schemes = WEB_SCHEMES | {"mailto"}
    return render_safe_markdown(text, raw_html_as_text=False, typography=True, url_schemes=schemes)


def _plain(html: str) -> str:
    reader = _PlainText()
    reader.feed(html)
    reader.close()
    return reader.text()


@lru_cache(maxsize=4096)
def description_html(text: str) -> str:
    """Safe HTML: raw HTML is stripped, scripts, styles and javascript: links never get through.

    Cached: pages, feeds and structured data all ask for the same descriptions.
    """
    return _html(text)


@lru_cache(maxsize=4096)
def description_text(text: str) -> str:
    """Plain text, for calendars, feeds and structured data, where nothing renders Markdown or
    HTML: paragraphs apart, list items with a dash, and each link kept as "text (address)" (an
    address written as itself once)."""
    return _plain(description_html(text))


class Descriptions:
    """The descriptions of one build, as `description_html` and `description_text` make them:
    each rendered once, and, with a `folder`, kept for the next build until its text or the code
    that renders it changes."""

    def __init__(self, folder: Path | None = None) -> None:
        self._html = RenderedTexts.open("description", folder, description_html, CODE)
        self._text = RenderedTexts.open(
            "description-text", folder, lambda text: _plain(self.html(text)), CODE
        )

    def html(self, text: str) -> str:
        return self._html.render(text)

    def text(self, text: str) -> str:
        return self._text.render(text)

    def save(self) -> None:
        """Keep this build's descriptions for the next."""
        self._html.save()
        self._text.save()


class _PlainText(HTMLParser):
    """The sanitised HTML (well formed, a known set of tags) read back as text."""

    _BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._links: list[tuple[str, int]] = []
        """Each open link: its address and where its text starts in `_parts`."""
        self._numbers: list[int | None] = []
        """Each open list: the next number of an ordered one, None for bullets."""
        self._in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self._parts.append("\n\n")
        if tag == "pre":
            self._in_pre += 1
        if tag in {"ul", "ol"}:
            self._numbers.append(1 if tag == "ol" else None)
        elif tag == "li":
            number = self._numbers[-1] if self._numbers else None
            self._parts.append("\n" + ("- " if number is None else f"{number}. "))
            if number is not None:
                self._numbers[-1] = number + 1
        elif tag == "br":
            self._parts.append("\n")
        elif tag == "a":
            self._links.append((dict(attrs).get("href") or "", len(self._parts)))

    def handle_endtag(self, tag: str) -> None:
        if tag in {"ul", "ol"} and self._numbers:
            self._numbers.pop()
        if tag == "pre" and self._in_pre:
            self._in_pre -= 1
        if tag in self._BLOCKS:
            self._parts.append("\n\n")
        elif tag == "a" and self._links:
            href, start = self._links.pop()
            label = "".join(self._parts[start:]).strip()
            shown = href.removeprefix("mailto:")
            if href and shown != label:
                self._parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        # The line breaks Markdown leaves between tags are layout, not text.
        if "\n" in data and not data.strip():
            return
        if self._parts and self._parts[-1] == "\n":
            data = data.lstrip("\n")
        if not self._in_pre:
            # A line break inside a paragraph of Markdown is a space to its readers.
            data = data.replace("\n", " ")
        self._parts.append(data)

    def text(self) -> str:
        joined = "".join(self._parts)
        lines = [line.strip() for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
