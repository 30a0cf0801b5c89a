"""Members' pictures kept between builds, by their content: an unchanged photo is not re-encoded.

A rendition's file in the cache folder is named by a hash of what makes it: the photo's bytes,
its size, how it is cropped and encoded (`avatars.RENDITION`) and Pillow's version. A new photo,
a new size or a new encoding gives a new name, so a cached file is never rewritten, only copied
to the output. Files are written atomically (a temporary name, then a rename), so two builds at
once never read half a picture; renditions no build used are removed by `prune`, as the share
cards' are.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import PIL

from cowork.files.keyed import KeyedFiles
from cowork.members import avatars

CACHE_FOLDER = Path(".cache") / "cowork" / "avatars"
"""Relative to the site's root; `make clean` removes `.cache/cowork`."""


@dataclass
class RenditionCache:
    """One build's use of the cache folder, with what it encoded and what it reused."""

    folder: Path
    files: KeyedFiles = field(init=False)

    def __post_init__(self) -> None:
        self.files = KeyedFiles(self.folder, ".webp")

    @property
    def encoded(self) -> int:
        return self.files.made

    @property
    def reused(self) -> int:
        return self.files.reused

    def write(self, source: Path, targets: Iterable[tuple[int, Path]]) -> None:
        """Write each (size, path) of `source`, encoding only the renditions not cached yet."""
        photo = hashlib.sha256(source.read_bytes()).hexdigest()
        for size, target in targets:
            recipe = f"{photo} {size} {avatars.RENDITION} {PIL.__version__}"
            key = hashlib.sha256(recipe.encode("utf-8")).hexdigest()
            cached = self.files.file(key, partial(_encode, source, size))
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)

    def prune(self) -> int:
        """Remove the renditions this build did not use; how many were removed."""
        return self.files.prune()


def _encode(source: Path, size: int, path: Path) -> None:
    avatars.write_renditions(source, [(size, path)])
