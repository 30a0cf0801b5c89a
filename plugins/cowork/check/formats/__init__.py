"""How `cowork check` shows its problems: one module per output format.

Each format is a module with a function `write(problems, report) -> None` writing to `report.out`
(and, for some, to a file). `FORMATS` names them, the first being the default; `writer` loads only
the one asked for: the check of a pull request pays for the format it prints, not for all five
(GitLab's fingerprints alone load OpenSSL).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from cowork.check.formats.report import Format, Report

FORMATS: dict[str, str] = {
    "text": "text",
    "github": "github",
    "json": "json_format",
    "gitlab": "gitlab",
    "comment": "comment",
}
"""Each `--format` name, with its module in this package."""

DEFAULT_REPORT = Path("gl-code-quality-report.json")
"""Where `--format gitlab` writes its Code Quality report without `--report-file`."""


def writer(name: str) -> Format:
    """The `write` function of format `name` (one of FORMATS), its module loaded now."""
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    write: Format = module.write
    return write


__all__ = ["DEFAULT_REPORT", "FORMATS", "Format", "Report", "writer"]
