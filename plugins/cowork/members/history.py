"""When each member file first appeared in the repository's git history.

A member who does not write `joined` is a member since the day their file was added; member
numbers follow the order of joining. All of it comes from one `git log` over `members/`, so a
directory of thousands costs one command. Without the history (a copy outside git, a shallow
clone as CI makes by default) the dates are unknown: the result says so in `notice`, and
callers show no date rather than a wrong one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from git import GitCommandError, InvalidGitRepositoryError, NoSuchPathError, Repo


@dataclass(frozen=True)
class History:
    first_added: Mapping[str, dt.date] = field(default_factory=dict)
    """Date each file was first added, by file name (`camille-martin.yaml`)."""
    notice: str | None = None
    """Why the dates are missing or incomplete, for the build log; None when all is well."""
    complete: bool = True
    """False when the history cannot be trusted (no repository, shallow clone)."""


def first_added_dates(members_dir: Path) -> History:
    """The date each `*.yaml` of `members_dir` was first committed (its author date)."""
    try:
        repo = Repo(members_dir, search_parent_directories=True)
    except (InvalidGitRepositoryError, NoSuchPathError):
        return History(
            notice=f"{members_dir.name}/ is not in a git repository: members without a "
            "'joined' date get no 'member since' date and no member number",
            complete=False,
        )
    with repo:
        if (Path(repo.git_dir) / "shallow").exists():
            return History(
                notice="the git history is shallow (a CI checkout fetches one commit by "
                "default): members without a 'joined' date get no 'member since' date and no "
                "member number. Fetch the whole history (actions/checkout: fetch-depth: 0; "
                "GitLab: GIT_DEPTH: 0)",
                complete=False,
            )
        if not repo.head.is_valid():
            return History()
        try:
            log = repo.git.log(
                "--diff-filter=A",
                "--format=%x00%aI",
                "--name-only",
                "--no-renames",
                "--",
                str(members_dir.resolve().relative_to(Path(repo.working_dir).resolve())),
            )
        except (GitCommandError, ValueError) as error:
            return History(notice=f"could not read the git history: {error}", complete=False)
    return History(first_added=_parse_log(log))


def _parse_log(log: str) -> dict[str, dt.date]:
    dates: dict[str, dt.date] = {}
    # Newest commit first: the last date seen for a file is the day it was first added.
    for entry in log.split("\x00"):
        lines = [line for line in entry.splitlines() if line.strip()]
        if not lines:
            continue
        # The calendar day where the author was, as they would tell it.
        day = dt.datetime.fromisoformat(lines[0]).date()
        for path in lines[1:]:
            name = Path(path).name
            if name.endswith(".yaml"):
                dates[name] = day
    return dates
