"""The files a pull request changes: what differs between the merge base of REF and the head.

Read with GitPython from the commits themselves (never from the working tree), with rename
detection, so that the ownership rules see exactly what a merge would bring in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

import git

from cowork.errors import UsageError
from cowork.text.messages import msg


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    MODIFIED = "modified"
    DELETED = "deleted"
    RENAMED = "renamed"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    path: str
    """Repository-relative path, forward slashes: the new path, or the old one for a deletion."""
    old_path: str | None = None
    """The path before a rename; None for every other kind."""
    symlink: bool = False
    """The new side is a symbolic link (which could point the build at any file of the machine)."""

    @property
    def case_only(self) -> bool:
        """A rename that changes nothing but letter case (breaks macOS and Windows checkouts)."""
        return (
            self.old_path is not None
            and self.old_path != self.path
            and self.old_path.lower() == self.path.lower()
        )

    @property
    def paths(self) -> tuple[str, ...]:
        """Every path this change touches: both sides of a rename."""
        return (self.old_path, self.path) if self.old_path else (self.path,)


@dataclass(frozen=True)
class ChangeSet:
    repo: git.Repo
    base: git.Commit
    """The merge base of REF and HEAD: what the pull request is compared with."""
    head: git.Commit
    changes: tuple[Change, ...]


class ChangesError(UsageError):
    """The pull request cannot be compared (no repository, unknown REF, no common history)."""


_KINDS = {"A": ChangeKind.ADDED, "M": ChangeKind.MODIFIED, "D": ChangeKind.DELETED}
_SYMLINK_MODE = 0o120000


def open_repository(path: Path) -> git.Repo:
    try:
        return git.Repo(path, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError) as error:
        raise ChangesError(msg("{path} is not inside a git repository", path=str(path))) from error


def changes_since(path: Path, ref: str, head_ref: str | None = None) -> ChangeSet:
    """Every file changed between merge-base(`ref`, head) and head: `head_ref`, or HEAD."""
    repo = open_repository(path)
    try:
        head = repo.head.commit
    except ValueError as error:
        raise ChangesError(msg("the repository has no commit yet")) from error
    try:
        head = head if head_ref is None else repo.commit(head_ref)
    except (git.BadName, ValueError) as error:
        raise ChangesError(
            msg(
                "unknown revision '{ref}': fetch the pull request's commit first (git fetch "
                "origin pull/NUMBER/head)",
                ref=str(head_ref),
            )
        ) from error
    try:
        other = repo.commit(ref)
    except (git.BadName, ValueError) as error:
        raise ChangesError(
            msg(
                "unknown revision '{ref}': fetch it first (in CI, check out with the full "
                "history: `fetch-depth: 0` on GitHub, `GIT_DEPTH: 0` on GitLab)",
                ref=ref,
            )
        ) from error
    try:
        bases = repo.merge_base(other, head)
    except git.GitCommandError as error:
        raise ChangesError(
            msg(
                "git cannot compare '{ref}' with {head}: {error}",
                ref=ref,
                head=head_ref or "HEAD",
                error=error.stderr.strip(),
            )
        ) from error
    if not bases:
        raise ChangesError(
            msg(
                "'{ref}' and HEAD have no common history: is the clone shallow? "
                "(`fetch-depth: 0` on GitHub, `GIT_DEPTH: 0` on GitLab)",
                ref=ref,
            )
        )
    base = bases[0]
    assert isinstance(base, git.Commit)
    return ChangeSet(repo, base, head, tuple(_diff(base, head)))


def _diff(base: git.Commit, head: git.Commit) -> list[Change]:
    changes: list[Change] = []
    for diff in base.diff(head, M=True):
        kind = diff.change_type
        symlink = kind != "D" and diff.b_mode == _SYMLINK_MODE
        if kind == "R" and diff.rename_from and diff.rename_to:
            changes.append(
                Change(ChangeKind.RENAMED, diff.rename_to, diff.rename_from, symlink=symlink)
            )
        elif kind in _KINDS:
            path = diff.b_path if kind != "D" else diff.a_path
            assert path is not None
            changes.append(Change(_KINDS[kind], path, symlink=symlink))
        else:  # "T" (type change, e.g. a file became a symlink) and the like: a modification
            path = diff.b_path or diff.a_path
            assert path is not None
            changes.append(Change(ChangeKind.MODIFIED, path, symlink=symlink))
    return sorted(changes, key=lambda c: (c.path, c.old_path or ""))


def read_blob(commit: git.Commit, path: str, max_bytes: int | None = None) -> bytes | None:
    """A file's bytes in `commit`, or None when it is not there (or, with `max_bytes`, larger).

    Asked of git's long-running `cat-file --batch` process: walking `commit.tree` in Python would
    parse the whole `members/` tree object, thousands of entries, on every read. The size comes
    from the object's header first, so an oversized file is never read into memory.
    """
    ref = f"{commit.hexsha}:{path}"
    try:
        _, kind, size = commit.repo.git.get_object_header(ref)
    except ValueError:  # "missing": no such path in that commit
        return None
    # Typed as text in GitPython's annotations, but the batch process returns bytes.
    if kind not in (b"blob", "blob") or (max_bytes is not None and size > max_bytes):
        return None
    _, _, _, data = commit.repo.git.get_object_data(ref)
    return bytes(data)
