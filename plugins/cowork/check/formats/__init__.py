"""How `cowork check` shows its problems: one module per output format.

Each format is a function `(problems, report) -> None` writing to `report.out` (and, for some, to
a file). `FORMATS` maps the `--format` names to them; the first is the default.
"""

from __future__ import annotations

from cowork.check.formats import comment, github, gitlab, json_format, text
from cowork.check.formats.report import Format, Report

FORMATS: dict[str, Format] = {
    "text": text.write,
    "github": github.write,
    "json": json_format.write,
    "gitlab": gitlab.write,
    "comment": comment.write,
}

__all__ = ["FORMATS", "Format", "Report"]
