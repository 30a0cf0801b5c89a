"""Files the build would silently skip: a `.yml`, a `.txt`... in the data folders, and the
leftovers of editors and merge tools a pull request adds.

Member file names (lowercase login, no two differing only by case) are the members validator's
rules (`cowork.members.rules`); this module reports the event folder's strays in the same words.
"""

from __future__ import annotations

from cowork.check.scope import CheckScope
from cowork.problems import Problem
from cowork.text.messages import msg


def check_stray_event_files(scope: CheckScope) -> list[Problem]:
    """Files in `events/` that the build would not read (a `.yml`, a `.txt`...)."""
    return [
        Problem(
            scope.relpath(path),
            None,
            "",
            msg("expected a file name ending in .yaml, found '{name}'", name=path.name),
            hint=msg("rename it to {name}", name=f"{path.stem.lower()}.yaml"),
        )
        for path in scope.stray_files
        if path.is_relative_to(scope.settings.events_path)
    ]


def check_leftovers(scope: CheckScope) -> list[Problem]:
    """Editors' and merge tools' leftovers a pull request adds or changes (`x.yaml~`,
    `photo.jpg.orig`): in a working copy they come and go, in a commit they stay for good."""
    return [
        Problem(
            scope.relpath(path),
            None,
            "",
            msg(
                "expected no copy left by an editor or a merge tool in a pull request, "
                "found '{name}'",
                name=path.name,
            ),
            hint=msg(
                "remove it from the pull request (git rm --cached {path}): the site never reads it",
                path=scope.relpath(path),
            ),
        )
        for path in scope.leftover_files
    ]
