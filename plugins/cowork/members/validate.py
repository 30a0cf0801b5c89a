"""Check the repository's member files: every problem, all at once, as data.

This is what the build runs before rendering anything, and what the command line and the pull
request check run on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cowork.members.load import load_members
from cowork.problems import Problem, sorted_problems


def validate_members(members_dir: Path, root: Path, plans: Sequence[str] = ()) -> list[Problem]:
    """Every problem in `members_dir` (paths relative to `root`), in reading order."""
    return sorted_problems(load_members(members_dir, root, plans).problems)
