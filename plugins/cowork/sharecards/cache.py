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
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

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
    drawn: int = 0
    reused: int = 0
    used: set[str] = field(default_factory=set)

    def picture(self, card: Card) -> Path:
        """The file of `card`'s picture in the cache, drawn only when it is not there yet."""
        key = card_key(card)
        path = self.folder / f"{key}.png"
        self.used.add(path.name)
        if path.is_file():
            self.reused += 1
            return path
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{key}-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(render_card(card))
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self.drawn += 1
        return path

    def prune(self) -> int:
        """Remove the cards this build did not use; how many were removed."""
        removed = 0
        for path in _cards(self.folder):
            if path.name not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


def _cards(folder: Path) -> Iterable[Path]:
    return sorted(folder.glob("*.png")) if folder.is_dir() else []


def _digest(path: Path) -> str:
    return _digest_of(path, path.stat().st_mtime_ns, path.stat().st_size)


@cache
def _digest_of(path: Path, mtime: int, size: int) -> str:
    # Keyed by the file's time and size too: a photo replaced between two builds of one
    # process (`make serve`) is read again.
    return hashlib.sha256(path.read_bytes()).hexdigest()
