"""What a share card says, and where each page's card is published.

A `Card` holds everything drawn on the picture, and nothing else: two cards that are equal are
the same picture, which is what the cache relies on. `ShareCards` is what the pages read: for
each page's address, the card's file, size and text alternative.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from cowork.space.model import Colors

WIDTH, HEIGHT = 1200, 630
"""The size Open Graph readers (Mastodon, LinkedIn, Facebook, X) show large: 1.91:1."""

FOLDER = "cards"
"""The site folder of the cards."""


@dataclass(frozen=True, slots=True)
class Card:
    """What a page's share card shows."""

    title: str
    lines: tuple[str, ...] = ()
    """Below the title, one line each: a date, a place, an author, a tagline."""
    site: str = ""
    """The space's name, above the title."""
    colors: Colors = field(default_factory=Colors)
    photo: Path | None = None
    """A member's picture, only when they agreed to show it."""

    @property
    def alt(self) -> str:
        """The picture's text alternative: the words it shows, in the order they are drawn."""
        return " · ".join(text for text in (self.site, self.title, *self.lines) if text)


@dataclass(frozen=True, slots=True)
class Published:
    """A card as a page's head names it."""

    url: str
    """The address of the page it is the card of."""
    card: Card
    """What it shows. Its file and its text alternative are said from these two as a page asks
    for them: a path and a text per page, held from the first page written to the last, were
    0.7 MB at 2,000 events, at the build's peak of memory (issue 15)."""
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def path(self) -> str:
        """Relative to the site's root (`cards/blog/2026/welcome.png`)."""
        return card_path(self.url)

    @property
    def alt(self) -> str:
        return self.card.alt


@dataclass(frozen=True)
class ShareCards:
    """Every page's card, by the page's address; pages without one of their own (lists,
    archives) share the home page's."""

    by_url: Mapping[str, Published] = field(default_factory=lambda: MappingProxyType({}))
    fallback: Published | None = None

    def for_page(self, url: str) -> Published | None:
        return self.by_url.get(url, self.fallback)


def card_path(url: str) -> str:
    """Where the card of the page at `url` is published: `blog/2026/welcome/` →
    `cards/blog/2026/welcome.png`, the home page (`""`) → `cards/index.png`. One file per page,
    whatever the page's address looks like (`about.html` → `cards/about.png`)."""
    stem = url.strip("/").removesuffix("/index.html").removesuffix(".html") or "index"
    return f"{FOLDER}/{stem}.png"


def shared_paths(urls: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The card files that more than one page would publish (`alpha/` and `alpha.html` both
    give `cards/alpha.png`), each with those pages' addresses in order: one page would show the
    other's card."""
    pages: dict[str, list[str]] = {}
    for url in urls:
        pages.setdefault(card_path(url), []).append(url)
    return {path: tuple(sorted(found)) for path, found in pages.items() if len(found) > 1}
