"""Names in the data folders: what a GitHub login looks like, and files the build would ignore.

Member file names (lowercase login, no two differing only by case) are the members validator's
rules (`cowork.members.rules`); this module reports the event folder's files that are not `.yaml`,
which the build would silently skip, in the same words.
"""

from __future__ import annotations

import re

from cowork.check.scope import CheckScope
from cowork.problems import Problem

GITHUB_LOGIN = re.compile(r"^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$", re.IGNORECASE)
"""GitHub's rule for logins: letters, digits and single inner hyphens, 39 characters at most.
Logins compare case-insensitively; file names must also be lowercase (checked elsewhere)."""


def check_stray_event_files(scope: CheckScope) -> list[Problem]:
    """Files in `events/` that the build would not read (a `.yml`, a `.txt`...)."""
    return [
        Problem(
            scope.relpath(path),
            None,
            "",
            f"expected a file name ending in .yaml, found '{path.name}'",
            hint=f"rename it to {path.stem.lower()}.yaml",
        )
        for path in scope.stray_files
        if path.is_relative_to(scope.settings.events_path)
    ]
