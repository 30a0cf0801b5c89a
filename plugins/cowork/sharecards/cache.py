"""Cards kept between builds, by their content: an unchanged page costs no new picture.

A card's file in the cache folder is named by a hash of everything that makes the picture: the
card's texts and colours, its photo's bytes, the fonts' bytes and the layout's version. Equal
keys are equal pictures, so a cached file is never rewritten, only reused; a change to any of
them (a new title, a new photo, a new layout) gives a new key. Files written atomically (a
temporary name, then a rename), so two builds at once (`make serve` and `make html`) never read
half a picture. Cards no build used are removed by `prune`, so the folder does not grow forever.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cowork.files.keyed import KeyedFiles
from cowork.sharecards.card import Card
from cowork.sharecards.render import BOLD, LAYOUT_VERSION, REGULAR, render_card

CACHE_FOLDER = Path(".cache") / "cowork" / "cards"
"""Relative to the site's root; `make clean` removes `.cache/cowork`."""


def card_key(card: Card) -> str:
    """The hash of everything that makes the card's picture."""
    data = {
        "layout": LAYOUT_VERSION,
        "fonts": [_digest(REGULAR), _digest(BOLD)],
        "title": card.title,
        "lines": list(card.lines),
        "site": card.site,
        "colors": [card.colors.background, card.colors.text, card.colors.accent],
        "photo": _digest(card.photo) if card.photo else None,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


@dataclass
class CardCache:
    """One build's use of the cache folder, with what it drew and what it reused."""

    folder: Path
    files: KeyedFiles = field(init=False)

    def __post_init__(self) -> None:
        self.files = KeyedFiles(self.folder, ".png")

    @property
    def drawn(self) -> int:
        return self.files.made

    @property
    def reused(self) -> int:
        return self.files.reused

    def place_all(self, placements: Iterable[tuple[Card, str]], workers: int = 1) -> None:
        """Each card's picture at its target (`place`), the cards the cache does not have yet
        drawn first, `workers` at a time: Pillow draws and encodes outside Python's lock, so a
        site's first build uses every core for them. Each card's key is computed once."""
        keyed = [(card_key(card), card, target) for card, target in placements]
        self.files.make_all({key: _maker(card) for key, card, _ in keyed}, workers)
        for key, card, target in keyed:
            self.files.place(self.files.file(key, _maker(card)), target)

    def picture(self, card: Card) -> Path:
        """The file of `card`'s picture in the cache, drawn only when it is not there yet."""
        return Path(self._kept(card))

    def place(self, card: Card, target: str | Path) -> None:
        """`card`'s picture at `target` (a path as text) in the site's output
        (`KeyedFiles.place`)."""
        self.files.place(self._kept(card), target)

    def _kept(self, card: Card) -> str:
        return self.files.file(card_key(card), _maker(card))

    def prune(self) -> int:
        """Remove the cards this build did not use; how many were removed."""
        return self.files.prune()


def _maker(card: Card) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(render_card(card))


def _digest(path: Path) -> str:
    return _digest_of(path, path.stat().st_mtime_ns, path.stat().st_size)


@cache
def _digest_of(path: Path, mtime: int, size: int) -> str:
    # Keyed by the file's time and size too: a photo replaced between two builds of one
    # process (`make serve`) is read again.
    return hashlib.sha256(path.read_bytes()).hexdigest()
