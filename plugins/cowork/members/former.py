"""Members who left by deleting their file: their handles, read from the git history.

Events and recaps that name a member keep building after the member leaves: a handle whose member
file was deleted is a former member's, not a typo, so it is not reported, and the site names
nobody in its place. Read only when a name is unknown (one `git log` over `members/`), so that
checks of files that name current members never pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cowork.files.repository import GitError, run_git
from cowork.settings import KitSettings


def former_members(settings: KitSettings) -> frozenset[str]:
    """Handles of the member files deleted in the history of the data (and not back since)."""
    root, revision = settings.history_source or (settings.root, "HEAD")
    members = settings.members_path.resolve().relative_to(settings.root.resolve()).as_posix()
    try:
        log = run_git(
            root,
            "log",
            "--diff-filter=D",
            "--format=",
            "--name-only",
            "--no-renames",
            revision,
            "--",
            f"{members}/*.yaml",
        ).decode("utf-8", "surrogateescape")
        # Written out of git, only some files are in the folder: the commit lists them all.
        listed = (
            run_git(root, "ls-tree", "--name-only", revision, f"{members}/")
            .decode("utf-8", "surrogateescape")
            .splitlines()
            if settings.history_source
            else [p.name for p in settings.members_path.glob("*.yaml")]
        )
    except (GitError, OSError):  # outside git, no commit yet, no such folder
        return frozenset()
    gone = {Path(line).stem.lower() for line in log.splitlines() if line.endswith(".yaml")}
    current = {Path(name).stem.lower() for name in listed if name.endswith(".yaml")}
    return frozenset(gone - current)


def with_former(
    handles: frozenset[str] | None, wanted: Iterable[str], settings: KitSettings
) -> frozenset[str] | None:
    """`handles`, plus the former members' when some of `wanted` is not among them."""
    if handles is None or all(h in handles for h in wanted):
        return handles
    return handles | former_members(settings)
