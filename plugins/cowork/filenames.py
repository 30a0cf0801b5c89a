"""File-name rules of the data folders: a member file is named by its owner's lowercase GitHub
login, no two names differ only by case, and only `.yaml` files are data.

Two names that differ only by case cannot both exist on macOS or Windows, and break checkouts
there; a `.yml` file would be silently ignored by the build.
"""

from __future__ import annotations

import re
from collections import defaultdict

from cowork.problems import Problem
from cowork.scope import CheckScope

GITHUB_LOGIN = re.compile(r"^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$", re.IGNORECASE)
"""GitHub's rule: letters, digits and single inner hyphens, 39 characters at most."""


def check_member_file_names(scope: CheckScope) -> list[Problem]:
    """A member file is named by its owner's GitHub login, in lowercase, and by no other case."""
    problems: list[Problem] = []
    by_lower: dict[str, list[str]] = defaultdict(list)
    for stem in scope.index.member_stems:
        by_lower[stem.lower()].append(stem)
    members_rel = scope.relpath(scope.settings.members_path)
    for path in scope.member_files:
        relpath, stem = scope.relpath(path), path.stem
        if not GITHUB_LOGIN.match(stem):
            problems.append(
                Problem(
                    relpath,
                    None,
                    "",
                    "file name is not a GitHub login: expected letters, digits and single "
                    "hyphens (at most 39 characters, no hyphen first or last), "
                    f"found '{path.name}'",
                    hint="name the file after your GitHub login, in lowercase",
                )
            )
        elif stem != stem.lower():
            problems.append(
                Problem(
                    relpath,
                    None,
                    "",
                    "file name must be the GitHub login in lowercase: "
                    f"expected '{stem.lower()}.yaml', found '{path.name}'",
                    hint="rename the file",
                )
            )
        twins = [other for other in by_lower[stem.lower()] if other != stem]
        if twins:
            others = ", ".join(f"'{members_rel}/{t}.yaml'" for t in sorted(twins))
            problems.append(
                Problem(
                    relpath,
                    None,
                    "",
                    f"two member files differ only by case: this one and {others}",
                    hint="keep one file, named in lowercase (macOS and Windows cannot hold both)",
                )
            )
    return problems


def check_stray_files(scope: CheckScope) -> list[Problem]:
    """Files in `members/` or `events/` that the build would not read."""
    return [
        Problem(
            scope.relpath(path),
            None,
            "",
            f"only .yaml files are read here: expected '{path.stem}.yaml', found '{path.name}'",
            hint="rename the file, or move it out of the data folder",
        )
        for path in scope.stray_files
    ]
