"""What every output format is given besides the problems: where to write, how to re-run, and in
which language to speak."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from cowork.problems import Problem, Severity
from cowork.text.messages import ENGLISH, Message, both, msg, nmsg


@dataclass(frozen=True)
class Report:
    """What every format writes to and with: the output, the command to check again, the CI
    environment, the report file, the language."""

    out: TextIO
    rerun: str
    """The command that checks again, shown after the problems."""
    environ: Mapping[str, str] = field(default_factory=dict)
    report_file: Path | None = None
    """Where file-based formats (GitLab Code Quality) write; each has its own default."""
    lang: str = ENGLISH
    """The site's language: every format says its problems, hints and headings in it."""

    def say(self, message: Message) -> str:
        return message.render(self.lang)


Format = Callable[[list[Problem], Report], None]


def split(problems: list[Problem]) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings), each in the order given."""
    errors = [p for p in problems if p.severity is Severity.ERROR]
    return errors, [p for p in problems if p.severity is not Severity.ERROR]


def counts(problems: list[Problem]) -> Message:
    """'2 errors and 1 warning', or 'no problem'."""
    errors, warnings = split(problems)
    parts = []
    if errors:
        parts.append(nmsg("{count} error", "{count} errors", len(errors)))
    if warnings:
        parts.append(nmsg("{count} warning", "{count} warnings", len(warnings)))
    return both(parts) if parts else msg("no problem")


def capitalized(text: str) -> str:
    """The first letter in capitals (a count that starts a sentence), the rest as it is."""
    return text[:1].upper() + text[1:]
