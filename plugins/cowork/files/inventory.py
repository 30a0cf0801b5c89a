"""Where the data files are, and the cheap index of names that cross-references are checked with.

The index is built from file names only (member handles are file stems, event slugs too), so it
costs a directory listing, not a parse of every file: pull-request checks stay fast however many
members and events the space has.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cowork.settings import KitSettings

DATA_SUFFIX = ".yaml"
_METADATA = re.compile(r"^(?P<key>[A-Za-z][\w-]*):\s*(?P<value>.*)$")
_MAX_LINE = 10_000


@dataclass(frozen=True)
class NameIndex:
    member_stems: tuple[str, ...]
    """Every member file's stem, as written (case kept: the file-name rule reports bad ones)."""
    event_slugs: frozenset[str]
    """Every event file's stem."""
    handles: frozenset[str] = field(init=False)
    """The member stems in lowercase: handles compare case-insensitively."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "handles", frozenset(s.lower() for s in self.member_stems))

    def has_handle(self, handle: str) -> bool:
        return handle.lower() in self.handles


def member_files(settings: KitSettings) -> list[Path]:
    """`members/*.yaml` (avatars live in a sub-folder and are not data files)."""
    return sorted(_scan(settings.members_path, recursive=False))


def event_files(settings: KitSettings) -> list[Path]:
    """`events/**/*.yaml`: sub-folders (by year, say) are allowed."""
    return sorted(_scan(settings.events_path, recursive=True))


def recap_files(settings: KitSettings) -> list[Path]:
    """Markdown articles with an `Event:` metadata line: those are recaps."""
    found = []
    for path in sorted(settings.content_path.rglob("*.md")):
        if not path.is_symlink() and "event" in markdown_metadata(path):
            found.append(path)
    return found


def stray_files(settings: KitSettings) -> list[Path]:
    """Files in the data folders that are not data: a `.yml`, a `.txt`... (dotfiles and READMEs
    are left alone; avatars have their own folder)."""
    found = [
        Path(entry.path)
        for entry in _entries(settings.members_path, recursive=False, data=False)
        if is_stray(entry.name)
    ]
    found += [
        Path(entry.path)
        for entry in _entries(settings.events_path, recursive=True, data=False)
        if is_stray(entry.name)
    ]
    return sorted(found)


def is_stray(name: str) -> bool:
    return not (
        name.endswith(DATA_SUFFIX) or name.startswith(".") or name.upper().startswith("README")
    )


def build_index(settings: KitSettings) -> NameIndex:
    suffix = len(DATA_SUFFIX)
    stems = tuple(sorted(e.name[:-suffix] for e in _entries(settings.members_path, False)))
    slugs = frozenset(e.name[:-suffix] for e in _entries(settings.events_path, True))
    return NameIndex(stems, slugs)


def markdown_metadata(path: Path) -> dict[str, tuple[str, int]]:
    """The `Key: value` header of a Pelican Markdown file: lowercase key → (value, line)."""
    found: dict[str, tuple[str, int]] = {}
    if path.is_symlink() or not path.is_file():  # a link, a FIFO, a device: never read
        return found
    with path.open(encoding="utf-8", errors="replace") as handle:
        # Lines are read up to a length, so a file of one 20 MB line is not held in memory.
        for number, line in enumerate(iter(lambda: handle.readline(_MAX_LINE), ""), start=1):
            match = _METADATA.match(line.rstrip("\n"))
            if not match:
                break
            found[match["key"].lower()] = (match["value"].strip(), number)
    return found


def _scan(folder: Path, recursive: bool) -> Iterator[Path]:
    return (Path(entry.path) for entry in _entries(folder, recursive))


def _entries(folder: Path | str, recursive: bool, data: bool = True) -> Iterator[os.DirEntry[str]]:
    """The files of `folder`: its `.yaml` files, or with `data=False` every file."""
    # os.scandir, not Path.glob: several times faster on folders of thousands of files, and the
    # index needs only the names.
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return
    for entry in entries:
        # A link to a folder is never followed (it could loop): `cowork.files.links` reports it.
        if entry.is_dir(follow_symlinks=False):
            if recursive and not entry.name.startswith("."):
                yield from _entries(entry.path, recursive, data)
        elif not data or (entry.name.endswith(DATA_SUFFIX) and not entry.name.startswith(".")):
            yield entry
