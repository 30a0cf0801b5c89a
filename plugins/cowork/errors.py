"""The kit's one family of exceptions, each with the exit status of the `cowork` command.

Everything the kit raises on purpose derives from `CoworkError`; `cowork.cli.main` catches it
once and exits with its `exit_code`: 1 when the data has problems (or a file to create exists),
2 for wrong usage (a bad argument, an unknown revision, a malformed `COWORK_NOW`). The Pelican
glue lets `DataError` stop a build with every problem and no traceback.
"""

from __future__ import annotations

from collections.abc import Iterable

from cowork.problems import Problem, sorted_problems

PROBLEMS, USAGE = 1, 2


class CoworkError(Exception):
    """Something the kit cannot do, said in words for people; never a bug."""

    exit_code = PROBLEMS


class UsageError(CoworkError):
    """The command was asked something it cannot do as asked: fix the command, not the data."""

    exit_code = USAGE


class DataError(CoworkError):
    """The repository's data has problems that stop the build; carries every one of them."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted_problems(problems)
        count = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{count} {noun} in the site's data:\n{lines}")
