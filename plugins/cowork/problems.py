"""Problems found in the repository's files, as data.

Validators return lists of `Problem`; they never print or exit. Only the command line and the
Pelican plugin decide how to show problems and whether they stop the build.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from cowork.text.clean import printable


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"
    """Works as written, but will not for ever (a renamed key): never fails a check or a build."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file: where, which key, what was expected and what was found."""

    file: str
    """Path relative to the repository root, with forward slashes."""
    line: int | None
    """1-based line, or None when the problem is about the file as a whole."""
    key: str
    """Dotted key path such as `links.website` or `skills[2]`; empty for the whole file."""
    message: str
    severity: Severity = Severity.ERROR
    hint: str | None = None
    """What to do about it, when there is something better to say than the message."""
    column: int | None = None

    @property
    def location(self) -> str:
        if self.line is None:
            return self.file
        if self.column is None:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"

    def __str__(self) -> str:
        """One line, whatever the file holds: control characters shown escaped, never obeyed."""
        text = f"{self.location}: "
        if self.key:
            text += f"{self.key}: "
        text += self.message
        if self.hint:
            text += f" ({self.hint})"
        return printable(text)


def unexpected(relpath: str, error: Exception) -> Problem:
    """What an unforeseen failure while reading one file becomes: that file's problem, so that
    a file nobody thought of stops the build with a message, never with a traceback."""
    return Problem(
        relpath,
        None,
        "",
        f"expected a file the kit can read, found one it fails on ({type(error).__name__}: "
        f"{error})",
        hint="this is a bug of the kit: please report it with this file attached",
    )


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in reading order: by file, then line, then key."""
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0, p.key, p.message))
