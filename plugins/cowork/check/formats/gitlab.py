"""GitLab: a Code Quality report (the JSON GitLab shows on merge requests), plus the text lines.

GitLab hides findings whose fingerprints repeat, so each fingerprint is the hash of the file, line,
key and message, and identical problems are written once.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from cowork.check.formats import text
from cowork.check.formats.report import Report
from cowork.problems import Problem, Severity

DEFAULT_REPORT = Path("gl-code-quality-report.json")
_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.NOTICE: "info"}


def fingerprint(problem: Problem) -> str:
    key = "\0".join([problem.file, str(problem.line or 0), problem.key, problem.message])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def finding(problem: Problem) -> dict[str, object]:
    description = problem.message + (f" ({problem.hint})" if problem.hint else "")
    if problem.key:
        description = f"{problem.key}: {description}"
    return {
        "description": description,
        "check_name": f"cowork-{problem.severity.value}",
        "fingerprint": fingerprint(problem),
        "severity": _SEVERITY[problem.severity],
        "location": {"path": problem.file, "lines": {"begin": problem.line or 1}},
    }


def code_quality(problems: list[Problem]) -> list[dict[str, object]]:
    findings: dict[str, dict[str, object]] = {}
    for problem in problems:
        findings.setdefault(fingerprint(problem), finding(problem))
    return list(findings.values())


def write(problems: list[Problem], report: Report) -> None:
    path = report.report_file or DEFAULT_REPORT
    path.write_text(
        json.dumps(code_quality(problems), ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
    text.write(problems, report)
    report.out.write(f"Code Quality report written to {path}\n")
