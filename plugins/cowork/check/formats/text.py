"""The format for people: `file:line: key: message`, the hint under it, the command to re-run.

Messages quote what files say: every control character (a terminal's escape sequences, a line
break that would start a line of its own) is shown escaped, never obeyed (`cowork.text.clean`).
"""

from __future__ import annotations

from cowork.check.formats.report import Report, counts, split
from cowork.problems import Problem
from cowork.text.clean import printable


def line(problem: Problem) -> str:
    """`members/ana.yaml:3: links.website: expected …` (no line: the file alone)."""
    location = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    key = f"{problem.key}: " if problem.key else ""
    return printable(f"{location}: {key}{problem.message}")


def write(problems: list[Problem], report: Report) -> None:
    out = report.out
    if not problems:
        out.write("No problem found.\n")
        return
    errors, warnings = split(problems)
    for title, group in (("Errors", errors), ("Warnings", warnings)):
        if not group:
            continue
        out.write(f"{title}:\n")
        previous_hint = None
        for problem in group:
            out.write(line(problem) + "\n")
            # A hint shared by a run of problems (one per file of a pull request) is said once.
            if problem.hint and problem.hint != previous_hint:
                out.write(f"    hint: {printable(problem.hint)}\n")
            previous_hint = problem.hint
    pronoun = "it" if len(problems) == 1 else "them"
    out.write(f"\n{counts(problems).capitalize()}. ")
    out.write(f"Fix {pronoun}, then check again with:\n    {report.rerun}\n")
