"""Each built page read once, in one pass of the standard library's HTML parser, for what the
site check asks of it: the addresses it refers to, the ids it holds, and the marks of its type.

The link check and the choice of one page of each type used to build a BeautifulSoup tree of
every page, three and two times over in each run of `cowork test`: a tree is five times slower
to make than this pass, and was most of the check's time on a site of a few hundred pages. The
elements nest as BeautifulSoup's `html.parser` tree nests them (an end tag closes the latest
element of its name, void elements hold nothing), so what each check sees is unchanged, with
one exception: a `&#` that starts no character reference (`Salle &# 3`) made BeautifulSoup read
the rest of the page as text, so the links after it went unchecked; this pass reads on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

URL_ATTRIBUTES = ("href", "xlink:href", "src", "poster", "action", "data")
"""The attributes that hold one address."""
SRCSET_ATTRIBUTES = ("srcset", "imagesrcset")
"""The attributes that hold a list of images with their sizes."""
_LOADING_ELEMENTS = frozenset(
    {"script", "img", "image", "source", "video", "audio", "track", "iframe", "embed", "object"}
)
"""The elements whose address the browser loads with the page (`image` is SVG's)."""
_SUBRESOURCE_RELS = frozenset(
    {"stylesheet", "preload", "modulepreload", "prefetch", "preconnect", "icon", "manifest"}
)
"""The `<link rel>` words by which the browser fetches, or connects to, the address."""
_VOID_ELEMENTS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "menuitem",
        "meta", "param", "source", "spacer", "track", "wbr", "basefont", "bgsound", "command",
        "frame", "image", "isindex", "nextid",
    }
)  # fmt: skip
"""The elements that never hold others: BeautifulSoup's list (`HTMLTreeBuilder`)."""


@dataclass(frozen=True)
class Reference:
    """One address a page refers to: `where` says how (`<a href>`, `<style>`, `url()`)."""

    where: str
    url: str
    loads: bool
    """Whether a browser loads it into the page (a script, a stylesheet, an image), rather
    than follow it when asked (a link)."""
    css: bool = False
    """Whether `url` is style text, whose `url()` and `@import` hold the addresses."""


@dataclass(frozen=True)
class PageScan:
    """What the site check reads of one page."""

    references: tuple[Reference, ...]
    ids: frozenset[str]
    """The ids of its elements and the names of its `<a name>`: what a `#fragment` may name."""
    og_type: str
    main_class: str
    main_blocks: tuple[str, ...]
    """The first `<main>`'s children: each name with its classes (`section.profile`), once."""
    json_ld: tuple[str, ...]
    """The text of each `<script type="application/ld+json">`."""
    canonical: str | None


def scan_page(html: str) -> PageScan:
    """Read one page's HTML."""
    return _Scanner().scan(html)


def scan_file(file: Path) -> PageScan:
    return scan_page(file.read_text("utf-8"))


def _words(value: str | None) -> list[str]:
    return (value or "").split()


def _loads(tag: str, attributes: dict[str, str]) -> bool:
    if tag == "link":
        return bool(set(_words(attributes.get("rel", "").lower())) & _SUBRESOURCE_RELS)
    if tag == "input":
        return attributes.get("type", "").lower() == "image"
    return tag in _LOADING_ELEMENTS


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.references: list[Reference] = []
        self.ids: set[str] = set()
        self.og_type: str | None = None
        self.main_class = ""
        self.main_blocks: list[str] = []
        self.json_ld: list[str] = []
        self.canonical: str | None = None
        self._canonical_seen = False
        self._open: list[str] = []
        self._open_count: Counter[str] = Counter()
        """How many elements of each name are open: an end tag asks it, not the whole list."""
        self._main_depth: int | None = None
        """How many elements are open around the first <main>'s children, while it is open."""
        self._seen_main = False
        self._text: list[str] | None = None
        """The text of the <style> or JSON-LD <script> being read."""
        self._text_is_style = False

    def scan(self, html: str) -> PageScan:
        self.feed(html)
        self.close()
        while self._open:  # what is left open ends with the page
            self._close_latest()
        return PageScan(
            references=tuple(self.references),
            ids=frozenset(self.ids),
            og_type=self.og_type or "",
            main_class=self.main_class,
            main_blocks=tuple(dict.fromkeys(self.main_blocks)),
            json_ld=tuple(self.json_ld),
            canonical=self.canonical,
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # A bare attribute (`<a href>`) is an empty value, as in BeautifulSoup.
        attributes = {name: value or "" for name, value in attrs}
        if self._main_depth is not None and len(self._open) == self._main_depth:
            classes = [c for c in _words(attributes.get("class")) if not c.startswith("h-")]
            # Microformats classes (h-entry, h-card) say what the data is, not the layout.
            self.main_blocks.append(".".join([tag, *classes]))
        self._read(tag, attributes)
        if tag in _VOID_ELEMENTS:
            return
        self._open.append(tag)
        self._open_count[tag] += 1
        if tag == "main" and not self._seen_main:
            self._seen_main = True
            self._main_depth = len(self._open)
            self.main_class = " ".join(_words(attributes.get("class")))
        elif tag == "style":
            self._text, self._text_is_style = [], True
        elif tag == "script" and attributes.get("type") == "application/ld+json":
            self._text, self._text_is_style = [], False

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_ELEMENTS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self._open_count[tag]:
            return  # an end tag with nothing to close is ignored, as BeautifulSoup does
        while self._close_latest() != tag:
            pass

    def _close_latest(self) -> str:
        closed = self._open.pop()
        self._open_count[closed] -= 1
        if closed == "main" and self._main_depth == len(self._open) + 1:
            self._main_depth = None
        if closed in ("style", "script") and self._text is not None:
            text = "".join(self._text)
            if self._text_is_style and self._text:  # an empty <style> holds no text
                self.references.append(Reference("<style>", text, True, css=True))
            elif not self._text_is_style:
                self.json_ld.append(text)
            self._text = None
        return closed

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def _read(self, tag: str, attributes: dict[str, str]) -> None:
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "a" and "name" in attributes:
            self.ids.add(attributes["name"])
        # The first of each, as BeautifulSoup's find() gives it.
        if tag == "meta" and attributes.get("property") == "og:type" and self.og_type is None:
            self.og_type = attributes.get("content", "")
        rels = _words(attributes.get("rel")) if tag == "link" else []
        if "canonical" in rels and not self._canonical_seen:
            self._canonical_seen = True
            self.canonical = attributes.get("href")
        loads = _loads(tag, attributes)
        for name in URL_ATTRIBUTES:
            if name in attributes:
                self.references.append(Reference(f"<{tag} {name}>", attributes[name], loads))
        for name in SRCSET_ATTRIBUTES:
            for candidate in attributes.get(name, "").split(",") if name in attributes else ():
                # An image's address, then its size after any white space (tabs, new lines).
                url = (candidate.split() or [""])[0]
                self.references.append(Reference(f"<{tag} {name}>", url, True))
        if "style" in attributes and tag != "style":
            self.references.append(Reference(f"<{tag} style>", attributes["style"], True, css=True))


class SiteScan:
    """The pages of one built site, each read when first asked for, then kept: the link check
    and the choice of pages of each type share them."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._pages: dict[Path, PageScan] = {}

    def page(self, file: Path) -> PageScan:
        """What `file` (a page under the site's folder) holds."""
        key = file.resolve()
        if key not in self._pages:
            self._pages[key] = scan_file(key)
        return self._pages[key]


def pages_of(output: Path, pages: SiteScan | None) -> SiteScan:
    """`pages` if they are `output`'s as another check read them, else a reading of its own."""
    if pages is None or pages.root != output.resolve():
        return SiteScan(output)
    return pages
