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
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import PIL

from cowork.members import avatars

CACHE_FOLDER = Path(".cache") / "cowork" / "avatars"
"""Relative to the site's root; `make clean` removes `.cache/cowork`."""


@dataclass
class RenditionCache:
    """One build's use of the cache folder, with what it encoded and what it reused."""

    folder: Path
    encoded: int = 0
    reused: int = 0
    used: set[str] = field(default_factory=set)

    def write(self, source: Path, targets: Iterable[tuple[int, Path]]) -> None:
        """Write each (size, path) of `source`, encoding only the renditions not cached yet."""
        photo = hashlib.sha256(source.read_bytes()).hexdigest()
        for size, target in targets:
            cached = self._rendition(source, photo, size)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)

    def _rendition(self, source: Path, photo: str, size: int) -> Path:
        recipe = f"{photo} {size} {avatars.RENDITION} {PIL.__version__}"
        key = hashlib.sha256(recipe.encode("utf-8")).hexdigest()
        path = self.folder / f"{key}.webp"
        self.used.add(path.name)
        if path.is_file():
            self.reused += 1
            return path
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{key}-", suffix=".tmp", dir=self.folder)
        os.close(handle)
        try:
            avatars.write_renditions(source, [(size, Path(temporary))])
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self.encoded += 1
        return path

    def prune(self) -> int:
        """Remove the renditions this build did not use; how many were removed."""
        removed = 0
        for path in sorted(self.folder.glob("*.webp")) if self.folder.is_dir() else ():
            if path.name not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
