"""The files a pull request changes: what differs between the merge base of REF and the head.

Read with one `git diff-tree` between the commits themselves (never from the working tree), with
rename detection, so that the ownership rules see exactly what a merge would bring in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from cowork.errors import UsageError
from cowork.files.repository import GitError, Repository
from cowork.text.messages import msg


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    MODIFIED = "modified"
    DELETED = "deleted"
    RENAMED = "renamed"


@dataclass(frozen=True)
class Change:
    """One file the pull request adds, modifies, deletes or renames."""

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
    """What a pull request changes, between the commit it started from and its head."""

    repo: Repository
    base: str
    """The merge base of REF and HEAD (a commit id): what the pull request is compared with."""
    head: str
    """The pull request's commit id."""
    changes: tuple[Change, ...]


class ChangesError(UsageError):
    """The pull request cannot be compared (no repository, unknown REF, no common history)."""


_KINDS = {"A": ChangeKind.ADDED, "M": ChangeKind.MODIFIED, "D": ChangeKind.DELETED}
_SYMLINK_MODE = "120000"


def changes_since(path: Path, ref: str, head_ref: str | None = None) -> ChangeSet:
    """Every file changed between merge-base(`ref`, head) and head: `head_ref`, or HEAD.
    The caller closes the change set's repository."""
    repo, compared = Repository.find_comparing(path, (ref, head_ref or "HEAD"))
    if repo is None:
        raise ChangesError(msg("{path} is not inside a git repository", path=str(path)))
    try:
        if compared is not None and compared.merge_bases:
            repo.prepare()  # it starts while git compares the commits
            base, head = compared.merge_bases[0], compared.head
            return ChangeSet(repo, base, head, tuple(_diff(repo, base, head)))
        return _changes(repo, ref, head_ref)  # step by step, to say what is wrong
    except BaseException:
        repo.close()
        raise


def _changes(repo: Repository, ref: str, head_ref: str | None) -> ChangeSet:
    head = repo.commit("HEAD")
    if head is None:
        raise ChangesError(msg("the repository has no commit yet"))
    head = head if head_ref is None else repo.commit(head_ref)
    if head is None:
        raise ChangesError(
            msg(
                "unknown revision '{ref}': fetch the pull request's commit first (git fetch "
                "origin pull/NUMBER/head)",
                ref=str(head_ref),
            )
        )
    other = repo.commit(ref)
    if other is None:
        raise ChangesError(
            msg(
                "unknown revision '{ref}': fetch it first (in CI, check out with the full "
                "history: `fetch-depth: 0` on GitHub, `GIT_DEPTH: 0` on GitLab)",
                ref=ref,
            )
        )
    try:
        # Exit status 1 and no output: no common ancestor.
        base = repo.git("merge-base", other, head, ok=(0, 1)).decode("ascii").strip()
    except GitError as error:
        raise ChangesError(
            msg(
                "git cannot compare '{ref}' with {head}: {error}",
                ref=ref,
                head=head_ref or "HEAD",
                error=error.stderr,
            )
        ) from error
    if not base:
        raise ChangesError(
            msg(
                "'{ref}' and HEAD have no common history: is the clone shallow? "
                "(`fetch-depth: 0` on GitHub, `GIT_DEPTH: 0` on GitLab)",
                ref=ref,
            )
        )
    return ChangeSet(repo, base, head, tuple(_diff(repo, base, head)))


def _diff(repo: Repository, base: str, head: str) -> list[Change]:
    # Plumbing: no user setting (diff.renames, external diff tools) changes what it says.
    raw = repo.git("diff-tree", "-r", "-z", "-M", "--raw", "--full-index", "--no-color", base, head)
    fields = raw.decode("utf-8", "surrogateescape").split("\0")
    changes: list[Change] = []
    at = 0
    while at < len(fields) and fields[at].startswith(":"):
        # `:old-mode new-mode old-sha new-sha STATUS`, then one path (two for a rename or copy).
        _, new_mode, _, _, status = fields[at][1:].split(" ")
        kind = status[:1]
        symlink = kind != "D" and new_mode == _SYMLINK_MODE
        if kind in "RC":
            old, new = fields[at + 1], fields[at + 2]
            at += 3
            if kind == "R":
                changes.append(Change(ChangeKind.RENAMED, new, old, symlink=symlink))
            else:
                changes.append(Change(ChangeKind.ADDED, new, symlink=symlink))
            continue
        path = fields[at + 1]
        at += 2
        # "T" (a file became a link, or back) and the like: a modification.
        changes.append(Change(_KINDS.get(kind, ChangeKind.MODIFIED), path, symlink=symlink))
    return sorted(changes, key=lambda c: (c.path, c.old_path or ""))
