"""What every output format is given besides the problems: where to write, how to re-run."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from cowork.problems import Problem, Severity


@dataclass(frozen=True)
class Report:
    out: TextIO
    rerun: str
    """The command that checks again, shown after the problems."""
    environ: Mapping[str, str] = field(default_factory=dict)
    report_file: Path | None = None
    """Where file-based formats (GitLab Code Quality) write; each has its own default."""
    lang: str = "en"
    """The site's language, for the formats people read in a web page (the comment)."""


Format = Callable[[list[Problem], Report], None]


def split(problems: list[Problem]) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings), each in the order given."""
    errors = [p for p in problems if p.severity is Severity.ERROR]
    return errors, [p for p in problems if p.severity is not Severity.ERROR]


def counts(problems: list[Problem]) -> str:
    """'2 errors and 1 warning', or 'no problem'."""
    errors, warnings = split(problems)
    parts = []
    if errors:
        parts.append(f"{len(errors)} error{'s' if len(errors) > 1 else ''}")
    if warnings:
        parts.append(f"{len(warnings)} warning{'s' if len(warnings) > 1 else ''}")
    return " and ".join(parts) or "no problem"
