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

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from cowork.files.inventory import DATA_SUFFIX, NameIndex
from cowork.files.repository import Repository

_LINK_MODE = "120000"
_FILE_MODES = {"100644", "100755", _LINK_MODE}  # files and links; never submodules ("160000")


@dataclass(frozen=True)
class Entry:
    mode: str
    sha: str
    path: str


@dataclass
class Snapshot:
    """The data folders of `commit`, as written under `root` (a folder this object owns)."""

    repo: Repository
    commit: str
    root: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    """Every file of the data folders in the commit, by repository-relative path."""
    written: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, repo: Repository, commit: str, folders: Iterable[str], root: Path) -> Snapshot:
        snapshot = cls(repo, commit, root)
        listing = repo.git("ls-tree", "-r", "-z", "--full-tree", commit, "--", *folders)
        entries = snapshot.entries
        for record in listing.decode("utf-8", "surrogateescape").split("\0"):
            # `mode type sha<TAB>path`: the first three fields have fixed widths but the mode.
            meta, _, path = record.partition("\t")
            mode, kind, sha = meta.split(" ") if path else ("", "", "")
            if kind == "blob" and mode in _FILE_MODES:
                entries[path] = Entry(mode, sha, path)
        return snapshot

    def write(self, paths: Iterable[str]) -> None:
        """Write these paths (those present in the commit) under `root`, once each.

        Read through the repository's one `cat-file --batch` process: no new process per
        file. A link is written as a link (the checks refuse it, unread).
        """
        for path in paths:
            entry = self.entries.get(path)
            if entry is None or path in self.written:
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
    def _folders(self) -> dict[str, list[str]]:
        """The listing's paths by the folder they are directly in (read once, asked often)."""
        folders: dict[str, list[str]] = {}
        for path in self.entries:
            folders.setdefault(path.rpartition("/")[0], []).append(path)
        return folders

    def names_under(self, folder: str) -> list[str]:
        """Paths of the commit's files directly in `folder`."""
        return list(self._folders.get(folder, ()))

    def data_files(self, folder: str) -> list[str]:
        """Paths of the commit's `.yaml` files in `folder` and its sub-folders."""
        prefix = f"{folder}/"
        return [
            path
            for name, paths in self._folders.items()
            if (name == folder or name.startswith(prefix))
            and not any(part.startswith(".") for part in name[len(prefix) :].split("/"))
            for path in paths
            if path.endswith(DATA_SUFFIX) and not path.rpartition("/")[2].startswith(".")
        ]

    def index(self, members: str, events: str) -> NameIndex:
        """Every handle and event slug of the commit, from the listing alone."""
        cut = len(DATA_SUFFIX)
        stems = [
            name[:-cut]
            for name in (p.rpartition("/")[2] for p in self._folders.get(members, ()))
            if name.endswith(DATA_SUFFIX) and not name.startswith(".")
        ]
        slugs = frozenset(p.rpartition("/")[2][:-cut] for p in self.data_files(events))
        return NameIndex(tuple(sorted(stems)), slugs)
