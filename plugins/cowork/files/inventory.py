"""Which files are data: the one answer, used by the build, `cowork check` and the scaffolds, and
the cheap index of names that cross-references are checked with.

The index is built from file names only (member handles are file stems, event slugs too), so it
costs a directory listing, not a parse of every file: pull-request checks stay fast however many
members and events the space has.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

DATA_SUFFIX = ".yaml"
_METADATA = re.compile(r"^(?P<key>[A-Za-z][\w-]*):\s*(?P<value>.*)$")
_MAX_LINE = 10_000


@dataclass(frozen=True)
class NameIndex:
    """The names of the repository's members and events, for checks that refer to them."""

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


def member_files(members_path: Path) -> list[Path]:
    """`members/*.yaml`: directly in the folder (avatars and any other sub-folder hold no
    member), dotfiles left out."""
    return sorted(Path(entry.path) for entry in _entries(members_path, recursive=False))


def event_files(events_path: Path) -> list[Path]:
    """`events/**/*.yaml`: sub-folders (by year, say) are allowed; a folder or file whose name
    starts with a dot (`.drafts/`) is hidden, from the build and the check alike."""
    return sorted(Path(entry.path) for entry in _entries(events_path, recursive=True))


def recap_files(content_path: Path) -> list[Path]:
    """Markdown articles with an `Event:` metadata line: those are recaps."""
    found = []
    for path in sorted(content_path.rglob("*.md")):
        if not path.is_symlink() and "event" in markdown_metadata(path):
            found.append(path)
    return found


def stray_files(members_path: Path, events_path: Path) -> list[Path]:
    """Files in the data folders that are not data: a `.yml`, a `.txt`... (dotfiles and READMEs
    are left alone; avatars have their own folder)."""
    return sorted([*member_strays(members_path), *event_strays(events_path)])


def member_strays(members_path: Path) -> list[Path]:
    entries = _entries(members_path, recursive=False, data=False)
    return sorted(Path(entry.path) for entry in entries if is_stray(entry.name))


def event_strays(events_path: Path) -> list[Path]:
    entries = _entries(events_path, recursive=True, data=False)
    return sorted(Path(entry.path) for entry in entries if is_stray(entry.name))


def is_stray(name: str) -> bool:
    """A file of a data folder that is neither data nor left alone (dotfiles, READMEs and
    editors' leftovers are)."""
    return not (
        name.endswith(DATA_SUFFIX)
        or name.startswith(".")
        or name.upper().startswith("README")
        or is_editor_leftover(name)
    )


LEFTOVERS = ("*~", "#*#", ".#*", "*.orig", "*.rej", "*.bak", "*.swp", "*.swo")
"""What editors and merge tools leave beside a file, as `fnmatch` patterns: backups (`x.yaml~`,
`.bak`), Emacs's autosaves (`#x.yaml#`) and locks (`.#x.yaml`), Vim's swap files, and what merge
and patch tools leave (`.orig`, `.rej`). Pelican's `IGNORE_FILES` is this list too, so that no
such copy of a picture or a page is published."""


def is_editor_leftover(name: str) -> bool:
    """A file an editor or a merge tool leaves beside the one being edited (`LEFTOVERS`). Never
    data: the build and the check leave them alone, so an editor left open never fails a
    build."""
    return any(fnmatchcase(name, pattern) for pattern in LEFTOVERS)


def build_index(members_path: Path, events_path: Path) -> NameIndex:
    suffix = len(DATA_SUFFIX)
    stems = tuple(sorted(e.name[:-suffix] for e in _entries(members_path, False)))
    slugs = frozenset(e.name[:-suffix] for e in _entries(events_path, True))
    return NameIndex(stems, slugs)


def member_handles(members_path: Path) -> frozenset[str] | None:
    """The handles organisers and speakers may use: the stems of the member files, lowercase.

    None when the site has no member file at all (a calendar without a directory): organisers
    cannot be checked then, and the caller says so.
    """
    stems = (e.name[: -len(DATA_SUFFIX)] for e in _entries(members_path, recursive=False))
    return frozenset(stem.lower() for stem in stems) or None


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
