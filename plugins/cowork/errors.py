"""The kit's one family of exceptions, each with the exit status of the `cowork` command.

Everything the kit raises on purpose derives from `CoworkError`; `cowork.cli.main` catches it
once and exits with its `exit_code`: 1 when the data has problems (or a file to create exists),
2 for wrong usage (a bad argument, an unknown revision, a malformed `COWORK_NOW`). The Pelican
glue lets `DataError` stop a build with every problem and no traceback.

What an error says is a `Message`, shown in the site's language by whoever catches it
(`error.render(lang)`); `str(error)` is English.
"""

from __future__ import annotations

from collections.abc import Iterable

from cowork.problems import Problem, sorted_problems
from cowork.text.messages import ENGLISH, Message, nmsg

PROBLEMS, USAGE = 1, 2


class CoworkError(Exception):
    """Something the kit cannot do, said in words for people; never a bug."""

    exit_code = PROBLEMS

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))

    def render(self, lang: str = ENGLISH) -> str:
        """What went wrong, in `lang`."""
        return self.message.render(lang)


class UsageError(CoworkError):
    """The command was asked something it cannot do as asked: fix the command, not the data."""

    exit_code = USAGE


class DataError(CoworkError):
    """The repository's data has problems that stop the build; carries every one of them."""

    def __init__(self, problems: Iterable[Problem], lang: str = ENGLISH) -> None:
        self.problems = sorted_problems(problems)
        self.lang = lang
        """The site's language: Pelican prints `str(error)`, so it is said in that language."""
        count = len(self.problems)
        super().__init__(
            nmsg(
                "{count} problem in the site's data:", "{count} problems in the site's data:", count
            )
        )

    def render(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        lines = "\n".join(f"  {p.render(lang)}" for p in self.problems)
        return f"{self.message.render(lang)}\n{lines}"

    def __str__(self) -> str:
        return self.render()
