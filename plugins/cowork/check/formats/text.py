"""The format for people: `file:line: key: message`, the hint under it, the command to re-run.

Messages quote what files say: every control character (a terminal's escape sequences, a line
break that would start a line of its own) is shown escaped, never obeyed (`cowork.text.clean`).
"""

from __future__ import annotations

from cowork.check.formats.report import Report, capitalized, counts, split
from cowork.problems import Problem
from cowork.text.clean import printable
from cowork.text.messages import ENGLISH, msg, nmsg


def line(problem: Problem, lang: str = ENGLISH) -> str:
    """`members/ana.yaml:3: links.website: expected …` (no line: the file alone)."""
    location = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    key = f"{problem.key}: " if problem.key else ""
    return printable(f"{location}: {key}{problem.message.render(lang)}")


def write(problems: list[Problem], report: Report) -> None:
    out = report.out
    if not problems:
        out.write(report.say(msg("No problem found.")) + "\n")
        return
    errors, warnings = split(problems)
    for title, group in ((msg("Errors:"), errors), (msg("Warnings:"), warnings)):
        if not group:
            continue
        out.write(report.say(title) + "\n")
        previous_hint = None
        for problem in group:
            out.write(line(problem, report.lang) + "\n")
            # A hint shared by a run of problems (one per file of a pull request) is said once.
            if problem.hint and problem.hint != previous_hint:
                said = msg("hint: {hint}", hint=problem.hint)
                out.write(f"    {printable(report.say(said))}\n")
            previous_hint = problem.hint
    fix = nmsg("Fix it, then check again with:", "Fix them, then check again with:", len(problems))
    out.write(f"\n{capitalized(report.say(counts(problems)))}. ")
    out.write(f"{report.say(fix)}\n    {report.rerun}\n")
