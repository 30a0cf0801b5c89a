"""An event's description: Markdown written by members, rendered by the kit's one sanitiser
(`cowork.text.safe_markdown`) to HTML that cannot inject anything, and to plain text with its
links written out for calendars, feeds and structured data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

from cowork.text.safe_markdown import WEB_SCHEMES, render_safe_markdown


@lru_cache(maxsize=4096)
def description_html(text: str) -> str:
    """Safe HTML: raw HTML is stripped, scripts, styles and javascript: links never get through.

    Cached: pages, feeds and structured data all ask for the same descriptions.
    """
    # An organiser's contact address is welcome in an event description, unlike in a bio.
    schemes = WEB_SCHEMES | {"mailto"}
    return render_safe_markdown(text, raw_html_as_text=False, typography=True, url_schemes=schemes)


@lru_cache(maxsize=4096)
def description_text(text: str) -> str:
    """Plain text, for calendars, feeds and structured data, where nothing renders Markdown or
    HTML: paragraphs apart, list items with a dash, and each link kept as "text (address)" (an
    address written as itself once)."""
    reader = _PlainText()
    reader.feed(description_html(text))
    reader.close()
    return reader.text()


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
