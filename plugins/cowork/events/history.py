"""What git knows about each event file: how many commits changed it, and when it last changed.

iCalendar clients need `SEQUENCE` to grow when an event changes, and `DTSTAMP` to say when it was
last revised; the repository's history gives both, reproducibly (building twice gives the same
feed). One `git log` over the events folder is read, following renames, so that a renamed file
keeps its count. Outside a git repository, or in a shallow clone (CI checkouts are shallow by
default), the history is missing or partial: the caller gets a note to log, SEQUENCE falls back
to what is known (0 when nothing is) and DTSTAMP to the build's "now".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import git

_MARK = "\x1e"


@dataclass(frozen=True)
class FileHistory:
    commits: int
    """Commits that changed the file (renames followed); +1 when it has uncommitted changes."""
    last_change: dt.datetime | None
    """UTC time of the last commit that changed it; None when uncommitted or unknown."""


@dataclass(frozen=True)
class History:
    files: dict[str, FileHistory] = field(default_factory=dict)
    note: str | None = None
    """Why the history is missing or partial, for the build log; None when complete."""

    def of(self, relpath: str) -> FileHistory:
        return self.files.get(relpath, FileHistory(0, None))

    def sequence(self, relpath: str) -> int:
        """0 for a file committed once; one more for each later commit that changed it."""
        return max(0, self.of(relpath).commits - 1)


def read_history(root: Path, folder: Path) -> History:
    """The history of every file under `folder` (a folder of the repository at `root`)."""
    try:
        repo = git.Repo(root, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        return History(note="not a git repository: SEQUENCE is 0 and DTSTAMP the build time")
    top = Path(repo.working_tree_dir or root).resolve()
    try:
        scope = folder.resolve().relative_to(top).as_posix()
    except ValueError:
        return History(note=f"{folder} is outside the git repository")
    try:
        log = repo.git.log(
            "--format=" + _MARK + "%ct", "--name-status", "-M", "--no-merges", "--", scope
        )
        status = repo.git.status("--porcelain", "--untracked-files=all", "--", scope)
        shallow = repo.git.rev_parse("--is-shallow-repository").strip() == "true"
    except git.GitCommandError as error:
        return History(note=f"git could not read the history ({error.status})")
    files = _count(log, top, root.resolve())
    for line in status.splitlines():
        path = _relative(line[3:].split(" -> ")[-1].strip('"'), top, root.resolve())
        known = files.get(path, FileHistory(0, None))
        files[path] = FileHistory(known.commits + 1, None)
    note = None
    if shallow:
        note = "shallow clone: SEQUENCE counts only the fetched commits (fetch with depth 0)"
    return History(files, note)


def _count(log: str, top: Path, root: Path) -> dict[str, FileHistory]:
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
        _relative(path, top, root): FileHistory(count, last.get(path))
        for path, count in counts.items()
    }


def _relative(path: str, top: Path, root: Path) -> str:
    """A path of the repository, relative to the site's root (which may be a sub-folder)."""
    absolute = top / path
    return absolute.relative_to(root).as_posix() if absolute.is_relative_to(root) else path
