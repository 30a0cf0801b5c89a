"""The data of one commit, written out of git into a scratch folder: what a pull request contains.

The pull-request check reads the pull request's files as git objects of its head commit, never
from a working tree: on GitHub the checking job runs the base branch's code in a checkout of the
base, and the pull request's commit is only fetched. This writes the data files of that commit
(member and event YAML, Markdown articles, and the pictures of the members being checked) into a
temporary folder that the validators read like a repository. Code (plugins, theme, settings,
pipelines) is never written: it is neither run nor imported, only named in the list of changes.

Files are written by git itself (`git checkout-index` from a scratch index), so a link stays a
link (which the checks refuse) and nothing is parsed on the way.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import git

_FILE_MODES = {"100644", "100755", "120000"}  # files and links; never submodules ("160000")


@dataclass(frozen=True)
class Entry:
    mode: str
    sha: str
    path: str


@dataclass
class Snapshot:
    """The data folders of `commit`, as written under `root` (a folder this object owns)."""

    repo: git.Repo
    commit: git.Commit
    root: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    """Every file of the data folders in the commit, by repository-relative path."""
    written: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, repo: git.Repo, commit: git.Commit, folders: Iterable[str], root: Path) -> Snapshot:
        snapshot = cls(repo, commit, root)
        listing = repo.git.ls_tree("-r", "-z", "--full-tree", commit.hexsha, "--", *folders)
        for record in listing.split("\0"):
            if not record:
                continue
            meta, path = record.split("\t", 1)
            mode, kind, sha = meta.split()
            if kind == "blob" and mode in _FILE_MODES:
                snapshot.entries[path] = Entry(mode, sha, path)
        return snapshot

    def write(self, paths: Iterable[str]) -> None:
        """Write these paths (those present in the commit) under `root`, once each."""
        wanted = [p for p in paths if p in self.entries and p not in self.written]
        if not wanted:
            return
        index_info = "".join(
            f"{self.entries[p].mode} {self.entries[p].sha}\t{p}\0" for p in wanted
        ).encode("utf-8")
        with tempfile.TemporaryDirectory(prefix="cowork-index-") as scratch:
            env = {**os.environ, "GIT_INDEX_FILE": str(Path(scratch) / "index")}
            git_dir = str(self.repo.git_dir)
            subprocess.run(
                ["git", "--git-dir", git_dir, "update-index", "-z", "--index-info"],
                input=index_info,
                env=env,
                check=True,
                capture_output=True,
            )
            # The trailing slash makes --prefix a folder; checkout-index creates the sub-folders.
            subprocess.run(
                [
                    "git",
                    "--git-dir",
                    git_dir,
                    "checkout-index",
                    "-a",
                    "-f",
                    f"--prefix={self.root}/",
                ],
                env=env,
                check=True,
                capture_output=True,
            )
        self.written.update(wanted)

    def write_where(self, wanted: PurePosixPath, suffixes: tuple[str, ...] = ()) -> None:
        """Write every file under the folder `wanted` (only those ending with `suffixes`)."""
        self.write(
            p
            for p in self.entries
            if PurePosixPath(p).is_relative_to(wanted) and (not suffixes or p.endswith(suffixes))
        )

    def names_under(self, folder: str) -> list[str]:
        """Paths of the commit's files directly in `folder`."""
        return [p for p in self.entries if str(PurePosixPath(p).parent) == folder]
