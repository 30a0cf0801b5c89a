"""The format for tools: one JSON document with every problem and the counts."""

from __future__ import annotations

import json

from cowork.check.formats.report import Report, split
from cowork.problems import Problem


def as_dict(problem: Problem) -> dict[str, object]:
    return {
        "file": problem.file,
        "line": problem.line,
        "column": problem.column,
        "key": problem.key,
        "message": problem.message,
        "severity": problem.severity.value,
        "hint": problem.hint,
    }


def write(problems: list[Problem], report: Report) -> None:
    errors, warnings = split(problems)
    document = {
        "errors": len(errors),
        "warnings": len(warnings),
        "problems": [as_dict(p) for p in problems],
        "rerun": report.rerun,
    }
    json.dump(document, report.out, ensure_ascii=False, indent=2)
    report.out.write("\n")
