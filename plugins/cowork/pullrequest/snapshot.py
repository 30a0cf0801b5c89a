"""The data of one commit, written out of git into a scratch folder: what a pull request contains.

The pull-request check reads the pull request's files as git objects of its head commit, never
from a working tree: on GitHub the checking job runs the base branch's code in a checkout of the
base, and the pull request's commit is only fetched. This lists the data files of that commit
(one `git ls-tree`), answers "which names exist" from that listing, and writes into a temporary
folder only the files the check reads (the changed files, the files they refer to and that refer
to them), so that the cost follows the pull request, not the size of the repository. Code
(plugins, theme, settings, pipelines) is never written: it is neither run nor imported, only named
in the list of changes.

Files are written as git stores them: a link stays a link (which the checks refuse), and nothing
is parsed on the way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from cowork.files.inventory import DATA_SUFFIX, NameIndex
from cowork.files.repository import Pending, Repository

_LINK_MODE = "120000"
_FILE_MODES = {"100644", "100755", _LINK_MODE}  # files and links; never submodules ("160000")
_FILE_RECORD = r"\0[0-7]{6} blob [0-9a-f]+\t"
"""The start of a listing's record of a file or a link: its NUL, `mode blob sha<TAB>` (with
`-r`, git lists files and links as blobs, submodules as commits, and never folders). A path
holds no NUL: a NUL starts a record, whatever characters the path has."""
_END = r"(?=\0)"
_META = re.compile(r"([0-7]{6}) (\w+) ([0-9a-f]+)")


@dataclass(frozen=True)
class Entry:
    """One file of a commit's tree, as `git ls-tree` lists it."""

    mode: str
    sha: str
    path: str


@dataclass
class Snapshot:
    """The data folders of `commit`, as written under `root` (a folder this object owns).

    The listing is kept as git wrote it and searched with regular expressions: a repository of
    5,000 members lists as many files, and only the few the check reads become `Entry` objects.
    """

    repo: Repository
    commit: str
    root: Path
    listing: str = "\0"
    """`git ls-tree -r -z` of the data folders, after a NUL: `mode type sha<TAB>path` records,
    each between NULs."""
    written: set[str] = field(default_factory=set)

    @staticmethod
    def start_listing(repo: Repository, commit: str, folders: Iterable[str]) -> Pending:
        """`git ls-tree` of the data folders, started in the background (`of` reads it)."""
        return repo.start("ls-tree", "-r", "-z", "--full-tree", commit, "--", *folders)

    @classmethod
    def of(cls, repo: Repository, commit: str, listing: Pending, root: Path) -> Snapshot:
        text = listing.output().decode("utf-8", "surrogateescape")
        return cls(repo, commit, root, "\0" + text)

    def entry(self, path: str) -> Entry | None:
        """The file (or link) at `path` in the commit; None when there is none."""
        if "\0" in path:
            return None
        listing = self.listing
        end = listing.find(f"\t{path}\0")
        while end >= 0:
            start = listing.rfind("\0", 0, end) + 1
            meta = _META.fullmatch(listing, start, end)
            if meta is not None:
                mode, kind, sha = meta.groups()
                return Entry(mode, sha, path) if kind == "blob" and mode in _FILE_MODES else None
            # The end of a longer path that holds a tab: not a record of its own.
            end = listing.find(f"\t{path}\0", end + 1)
        return None

    def write(self, paths: Iterable[str]) -> None:
        """Write these paths (those present in the commit) under `root`, once each.

        Read through the repository's one `cat-file --batch` process: no new process per
        file. A link is written as a link (the checks refuse it, unread).
        """
        for path in paths:
            if path in self.written:
                continue
            entry = self.entry(path)
            if entry is None:
                continue
            self.written.add(path)
            target = self.root / path
            # Git refuses `..` in trees; checked anyway: nothing is written outside `root`.
            if not target.resolve().is_relative_to(self.root.resolve()):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            data = self.repo.object_bytes(entry.sha)
            if entry.mode == _LINK_MODE:
                target.symlink_to(data.decode("utf-8", "replace"))
            else:
                target.write_bytes(data)

    def ensure(self, paths: Iterable[Path]) -> None:
        """Write the files of the commit at these paths (under `root`) before they are read."""
        self.write(
            p.relative_to(self.root).as_posix() for p in paths if p.is_relative_to(self.root)
        )

    @cached_property
    def _path_start(self) -> str:
        """What comes before a file's path in the listing. A record's whole start (`\\0mode
        blob sha\\t`) is exact but slow to search for, as every record begins so; its tab alone
        is found at once, and says the same when no path holds a tab and no entry is a
        submodule (git lists those as ` commit `): in almost every repository."""
        listing = self.listing
        plain = " commit " not in listing and listing.count("\t") == listing.count("\0") - 1
        return "\t" if plain else _FILE_RECORD

    def names_under(self, folder: str) -> list[str]:
        """Paths of the commit's files directly in `folder`."""
        pattern = f"{self._path_start}({re.escape(folder)}/[^/\0]+){_END}"
        return re.findall(pattern, self.listing)

    def data_files(self, folder: str) -> list[str]:
        """Paths of the commit's `.yaml` files in `folder` and its sub-folders."""
        prefix = f"{folder}/"
        pattern = f"{self._path_start}({re.escape(prefix)}[^\0]*{re.escape(DATA_SUFFIX)}){_END}"
        below = len(prefix) - 1  # from the slash before the paths' parts
        # Hidden: a part of the path below `folder` starts with a dot.
        return [path for path in re.findall(pattern, self.listing) if "/." not in path[below:]]

    def index(self, members: str, events: str) -> NameIndex:
        """Every handle and event slug of the commit, from the listing alone."""
        name = f"([^./\0][^/\0]*){re.escape(DATA_SUFFIX)}"
        pattern = f"{self._path_start}{re.escape(members)}/{name}{_END}"
        stems = re.findall(pattern, self.listing)
        cut = len(DATA_SUFFIX)
        slugs = frozenset(p.rpartition("/")[2][:-cut] for p in self.data_files(events))
        return NameIndex(tuple(sorted(stems)), slugs)
