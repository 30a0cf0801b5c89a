"""The format for tools: one JSON document with every problem and the counts.

`message` and `hint` are in the site's language, as people read them; `message_id` is the English
text without its values, the same in every language and every run, for tools that group problems.
"""

from __future__ import annotations

import json

from cowork.check.formats.report import Report, split
from cowork.problems import Problem
from cowork.text.messages import ENGLISH


def as_dict(problem: Problem, lang: str = ENGLISH) -> dict[str, object]:
    return {
        "file": problem.file,
        "line": problem.line,
        "column": problem.column,
        "key": problem.key,
        "message": problem.message.render(lang),
        "message_id": problem.message.msgid,
        "severity": problem.severity.value,
        "hint": problem.hint.render(lang) if problem.hint else None,
    }


def write(problems: list[Problem], report: Report) -> None:
    errors, warnings = split(problems)
    document = {
        "errors": len(errors),
        "warnings": len(warnings),
        "problems": [as_dict(p, report.lang) for p in problems],
        "rerun": report.rerun,
    }
    json.dump(document, report.out, ensure_ascii=False, indent=2)
    report.out.write("\n")
