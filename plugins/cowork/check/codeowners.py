"""`CODEOWNERS`: the editors own the kit's code, settings and pipelines.

GitHub and GitLab both read a `CODEOWNERS` file at the repository's root; with branch protection
("Require review from Code Owners"), a change to a path it lists waits for one of its owners'
approval. The editors are the members whose file says `role: editor`; they own every top-level
path of the repository except the members' files and the events, whose ownership rules
`cowork check` enforces itself (CODEOWNERS cannot name people without write access, so it could
not let a member own their own file). Paths are listed one by one, not with `*`, because GitHub
and GitLab read an entry without owners differently.

`cowork codeowners` writes the file; `cowork check` says when it no longer matches the editors or
the repository's top-level paths.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from cowork.check.scope import CheckScope
from cowork.clock import build_now
from cowork.files.repository import GitError, run_git
from cowork.problems import Problem, Severity
from cowork.settings import KitSettings
from cowork.text.messages import msg

FILE_NAME = "CODEOWNERS"
HEADER = """\
# Who must approve changes to the kit's code, settings and pipelines: the space's editors
# (`role: editor` in their member file). Written by `make codeowners`; `make check` says when it
# is out of date. Members' files and events are not listed: `cowork check` enforces who may
# change them. Editors need write access to the repository for this to take effect, and branch
# protection must require a review from Code Owners (see the README).
"""
_NEVER_TRACKED = {".git", ".venv", "output", "__pycache__"}


def editors(scope: CheckScope, today: dt.date) -> list[str]:
    """Handles of the members in scope whose file says `role: editor` and who have not left."""
    found = []
    for path in scope.member_files:
        doc, _ = scope.load(path)
        data = doc.data if doc is not None and isinstance(doc.data, dict) else {}
        left = data.get("left")
        if data.get("role") == "editor" and not (isinstance(left, dt.date) and left <= today):
            found.append(path.stem.lower())
    return sorted(found)


def top_level_paths(settings: KitSettings) -> list[str]:
    """The repository's top-level files and folders (as git tracks them), but members and events."""
    try:
        tracked = run_git(settings.root, "ls-files", "-z", "--", ".")
    except (GitError, OSError):  # not in a repository
        names = {e.name for e in os.scandir(settings.root)} - _NEVER_TRACKED
    else:
        listed = tracked.decode("utf-8", "surrogateescape").split("\0")
        names = {n.split("/", 1)[0] for n in listed}
    names.add(FILE_NAME)
    data = {_top(settings, settings.members_path), _top(settings, settings.events_path)}
    return sorted(n for n in names - data if n)


def _top(settings: KitSettings, folder: Path) -> str:
    try:
        return folder.resolve().relative_to(settings.root.resolve()).parts[0]
    except (ValueError, IndexError):
        return ""


def render(owners: Iterable[str], paths: Iterable[str], root: Path) -> str:
    mentions = " ".join(f"@{o}" for o in owners)
    lines = [HEADER.rstrip("\n")]
    for name in paths:
        suffix = "/" if (root / name).is_dir() else ""
        lines.append(f"/{name}{suffix} {mentions}".rstrip())
    return "\n".join(lines) + "\n"


def expected(scope: CheckScope, today: dt.date) -> str:
    settings = scope.settings
    return render(editors(scope, today), top_level_paths(settings), settings.root)


def check_codeowners(scope: CheckScope) -> list[Problem]:
    """On a check of the whole repository: is CODEOWNERS still in step with the editors and
    the top-level paths? (A repository without the file has not turned the review on: the
    README says how; nothing to compare.)"""
    path = scope.settings.root / FILE_NAME
    if not scope.whole_repository or not path.is_file():
        return []
    wanted = expected(scope, build_now(scope.settings.timezone).date())
    if path.read_text("utf-8", errors="replace") == wanted:
        return []
    return [
        Problem(
            FILE_NAME,
            None,
            "",
            msg(
                "expected the editors as owners of the kit's code and settings, found a file "
                "that no longer matches them (editors or top-level paths have changed)"
            ),
            severity=Severity.WARNING,
            hint=msg("run `make codeowners` and commit CODEOWNERS (an editor's pull request)"),
        )
    ]
