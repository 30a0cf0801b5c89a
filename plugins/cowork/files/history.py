"""What git knows of the data files: two readers over one way of opening the repository.

- `first_added_dates` (the member directory): the day each member file was first committed. A
  member who does not write `joined` is a member since that day; member numbers follow it.
  Without the whole history (a copy outside git, a shallow clone as CI makes by default) the
  dates are unknown: `FirstAdded.notice` says so, and callers show no date rather than a wrong
  one.
- `read_revisions` (the calendar): how many commits changed each event file, renames followed,
  and when it last changed. iCalendar clients need `SEQUENCE` to grow when an event changes and
  `DTSTAMP` to say when it was last revised; the history gives both, reproducibly. Outside git
  the counts are 0 and DTSTAMP the build's "now"; in a shallow clone only the fetched commits
  count: `Revisions.note` says which.

Each reads one `git log` over its folder, so a folder of thousands of files costs one command.
GitPython is imported only once a repository is found: a copy outside git never loads it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cowork.text.messages import Message, msg

if TYPE_CHECKING:
    from git import Repo


def open_repository(path: Path) -> Repo | None:
    """The repository `path` is in (searching its parents), or None outside git."""
    if not _may_be_in_repository(path):
        return None
    from git import InvalidGitRepositoryError, NoSuchPathError, Repo

    try:
        return Repo(path, search_parent_directories=True)
    except (InvalidGitRepositoryError, NoSuchPathError):
        return None


def _may_be_in_repository(path: Path) -> bool:
    """False only when no folder from `path` up holds a `.git` or is a git folder itself (a
    bare repository, a `.git` given as the path), and git is not pointed elsewhere (`GIT_DIR`):
    then GitPython, a few megabytes of modules, need not be loaded to say so."""
    if os.environ.get("GIT_DIR"):
        return True
    start = path.resolve()
    return any(
        (folder / ".git").exists()
        or ((folder / "HEAD").is_file() and (folder / "objects").is_dir())
        for folder in (start, *start.parents)
    )


def is_shallow(repo: Repo) -> bool:
    """True in a clone that fetched only the last commits (CI checkouts do, by default)."""
    return str(repo.git.rev_parse("--is-shallow-repository")).strip() == "true"


def top_of(repo: Repo, fallback: Path) -> Path:
    return Path(repo.working_tree_dir or fallback).resolve()


# ─── The member directory: the day each file was first added ─────────────────────────────────


@dataclass(frozen=True)
class FirstAdded:
    """When each file of a folder was first committed, as git's history tells it."""

    first_added: Mapping[str, dt.date] = field(default_factory=dict)
    """Date each file was first added, by file name (`camille-martin.yaml`)."""
    notice: Message | None = None
    """Why the dates are missing or incomplete, for the build log; None when all is well."""
    complete: bool = True
    """False when the history cannot be trusted (no repository, shallow clone)."""
    shallow: bool = False
    """True in a shallow clone: a build that would publish wrong numbers, not a scratch site."""


def first_added_dates(members_dir: Path) -> FirstAdded:
    """The date each `*.yaml` of `members_dir` was first committed (its author date)."""
    repo = open_repository(members_dir)
    if repo is None:
        return FirstAdded(
            notice=msg(
                "{folder} is not in a git repository: members without a 'joined' date get no "
                "'member since' date and no member number",
                folder=f"{members_dir.name}/",
            ),
            complete=False,
        )
    from git import GitCommandError

    with repo:
        try:
            if is_shallow(repo):
                return FirstAdded(
                    notice=msg(
                        "the git history is shallow (a CI checkout fetches one commit by "
                        "default): members without a 'joined' date get no 'member since' date "
                        "and no member number. Fetch the whole history (actions/checkout: "
                        "fetch-depth: 0; GitLab: GIT_DEPTH: 0)"
                    ),
                    complete=False,
                    shallow=True,
                )
            if not repo.head.is_valid():
                return FirstAdded()
            log = repo.git.log(
                "--diff-filter=A",
                "--format=%x00%aI",
                "--name-only",
                "--no-renames",
                "--",
                str(members_dir.resolve().relative_to(top_of(repo, members_dir))),
            )
        except (GitCommandError, ValueError) as error:
            return FirstAdded(
                notice=msg("could not read the git history: {error}", error=str(error)),
                complete=False,
            )
    return FirstAdded(first_added=_first_added(log))


def _first_added(log: str) -> dict[str, dt.date]:
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


# ─── The calendar: how often each file changed, and when last ────────────────────────────────

_MARK = "\x1e"


@dataclass(frozen=True)
class FileRevisions:
    """How many commits changed a file, and when the last did: an event's `SEQUENCE` and stamp."""

    commits: int
    """Commits that changed the file (renames followed); +1 when it has uncommitted changes."""
    last_change: dt.datetime | None
    """UTC time of the last commit that changed it; None when uncommitted or unknown."""


@dataclass(frozen=True)
class Revisions:
    """The revisions of every file of a folder."""

    files: dict[str, FileRevisions] = field(default_factory=dict)
    note: Message | None = None
    """Why the history is missing or partial, for the build log; None when complete."""

    def of(self, relpath: str) -> FileRevisions:
        return self.files.get(relpath, FileRevisions(0, None))

    def sequence(self, relpath: str) -> int:
        """0 for a file committed once; one more for each later commit that changed it."""
        return max(0, self.of(relpath).commits - 1)


def read_revisions(root: Path, folder: Path) -> Revisions:
    """The revisions of every file under `folder` (a folder of the repository at `root`)."""
    repo = open_repository(root)
    if repo is None:
        return Revisions(note=msg("not a git repository: SEQUENCE is 0 and DTSTAMP the build time"))
    from git import GitCommandError

    top = top_of(repo, root)
    try:
        scope = folder.resolve().relative_to(top).as_posix()
    except ValueError:
        return Revisions(note=msg("{folder} is outside the git repository", folder=str(folder)))
    try:
        log = repo.git.log(
            "--format=" + _MARK + "%ct", "--name-status", "-M", "--no-merges", "--", scope
        )
        status = repo.git.status("--porcelain", "--untracked-files=all", "--", scope)
        shallow = is_shallow(repo)
    except GitCommandError as error:
        return Revisions(
            note=msg("git could not read the history ({status})", status=str(error.status))
        )
    files = _count(log, top, root.resolve())
    for line in status.splitlines():
        path = _relative(line[3:].split(" -> ")[-1].strip('"'), top, root.resolve())
        known = files.get(path, FileRevisions(0, None))
        files[path] = FileRevisions(known.commits + 1, None)
    note = None
    if shallow:
        note = msg("shallow clone: SEQUENCE counts only the fetched commits (fetch with depth 0)")
    return Revisions(files, note)


def _count(log: str, top: Path, root: Path) -> dict[str, FileRevisions]:
    """Walk the log from the newest commit back, carrying each file's name through renames."""
    current: dict[str, str] = {}  # a name in the past → the file's name today
    counts: dict[str, int] = {}
    last: dict[str, dt.datetime] = {}
    for chunk in log.split(_MARK)[1:]:
        lines = [line for line in chunk.splitlines() if line.strip()]
        when = dt.datetime.fromtimestamp(int(lines[0]), dt.UTC)
        for line in lines[1:]:
            fields = line.split("\t")
            kind, paths = fields[0], fields[1:]
            name = paths[-1]
            today = current.get(name, name)
            if kind.startswith("D"):
                continue
            counts[today] = counts.get(today, 0) + 1
            last.setdefault(today, when)
            if kind.startswith("R"):
                current[paths[0]] = today
    return {
        _relative(path, top, root): FileRevisions(count, last.get(path))
        for path, count in counts.items()
    }


def _relative(path: str, top: Path, root: Path) -> str:
    """A path of the repository, relative to the site's root (which may be a sub-folder)."""
    absolute = top / path
    return absolute.relative_to(root).as_posix() if absolute.is_relative_to(root) else path
