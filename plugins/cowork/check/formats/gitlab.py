"""GitLab: a Code Quality report (the JSON GitLab shows on merge requests), plus the text lines.

GitLab hides findings whose fingerprints repeat, so each fingerprint is the hash of the file, line,
key and message (its English text: a finding keeps its fingerprint if the site changes language),
and identical problems are written once.
"""

from __future__ import annotations

import hashlib
import json

from cowork.check.formats import DEFAULT_REPORT, text
from cowork.check.formats.report import Report
from cowork.problems import Problem, Severity
from cowork.text.messages import ENGLISH, msg

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.NOTICE: "info"}


def fingerprint(problem: Problem) -> str:
    key = "\0".join([problem.file, str(problem.line or 0), problem.key, str(problem.message)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def finding(problem: Problem, lang: str = ENGLISH) -> dict[str, object]:
    description = problem.message.render(lang)
    if problem.hint:
        description += f" ({problem.hint.render(lang)})"
    if problem.key:
        description = f"{problem.key}: {description}"
    return {
        "description": description,
        "check_name": f"cowork-{problem.severity.value}",
        "fingerprint": fingerprint(problem),
        "severity": _SEVERITY[problem.severity],
        "location": {"path": problem.file, "lines": {"begin": problem.line or 1}},
    }


def code_quality(problems: list[Problem], lang: str = ENGLISH) -> list[dict[str, object]]:
    findings: dict[str, dict[str, object]] = {}
    for problem in problems:
        findings.setdefault(fingerprint(problem), finding(problem, lang))
    return list(findings.values())


def write(problems: list[Problem], report: Report) -> None:
    path = report.report_file or DEFAULT_REPORT
    path.write_text(
        json.dumps(code_quality(problems, report.lang), ensure_ascii=False, indent=2) + "\n",
        "utf-8",
    )
    text.write(problems, report)
    written = msg("Code Quality report written to {path}", path=str(path))
    report.out.write(report.say(written) + "\n")
