"""GitHub Actions: workflow-command annotations, and a table of every problem in the job summary.

GitHub shows at most 10 error and 10 warning annotations per step and drops the rest silently, so
this writes the first ten of each, then a notice with the count of the others, and the complete
table to `$GITHUB_STEP_SUMMARY` (Markdown) when the variable is set.

Messages quote what a pull request's files say, and the runner obeys any log line that starts with
`::`. So every value of an annotation is escaped as GitHub's toolkit escapes it, and the plain lines
are written one per problem, control characters escaped, between `::stop-commands::` and its end:
no line there can be a workflow command, whatever a file holds.
"""

from __future__ import annotations

import os
from pathlib import Path

from cowork.check.formats import text
from cowork.check.formats.report import Report, capitalized, counts, split
from cowork.problems import Problem, Severity
from cowork.text.clean import printable
from cowork.text.messages import ENGLISH, msg, nmsg

ANNOTATIONS_PER_KIND = 10


def escape_data(value: str) -> str:
    """The message part of a workflow command (GitHub's `escapeData`)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A `key=value` property of a workflow command (GitHub's `escapeProperty`)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem, lang: str = ENGLISH) -> str:
    command = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(problem.severity, "notice")
    properties = [f"file={escape_property(printable(problem.file))}"]
    if problem.line is not None:
        properties.append(f"line={problem.line}")
    if problem.column is not None:
        properties.append(f"col={problem.column}")
    title = printable(problem.key or problem.file)
    properties.append(f"title={escape_property(title)}")
    # The hint on a line of its own; any line break or escape a file put in a value, escaped.
    message = printable(problem.message.render(lang))
    if problem.hint:
        message += f"\n{printable(problem.hint.render(lang))}"
    return f"::{command} {','.join(properties)}::{escape_data(message)}"


def summary_table(problems: list[Problem], rerun: str, lang: str = ENGLISH) -> str:
    """A Markdown table of every problem, for the job summary page."""
    if not problems:
        none = msg("No problem found.")
        return f"### cowork check\n\n{none.render(lang)}\n"
    headings = [msg("Severity"), msg("File"), msg("Line"), msg("Key"), msg("Problem"), msg("Hint")]
    rows = [
        "### cowork check",
        "",
        f"{capitalized(counts(problems).render(lang))}.",
        "",
        "| " + " | ".join(h.render(lang) for h in headings) + " |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    severities = {"error": msg("error"), "warning": msg("warning")}
    for p in problems:
        cells = [
            severities[p.severity.value].render(lang),
            f"`{p.file}`",
            str(p.line or ""),
            f"`{p.key}`" if p.key else "",
            p.message.render(lang),
            p.hint.render(lang) if p.hint else "",
        ]
        rows.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    again = msg("Check again with {command}.", command=f"`{rerun}`")
    rows += ["", again.render(lang), ""]
    return "\n".join(rows)


def _cell(value: str) -> str:
    # A pipe ends a cell, a newline the row, and `<` could open HTML: messages quote members' data.
    for raw, escaped in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), ("\r", " "), ("\n", " ")):
        value = value.replace(raw, escaped)
    return value


def write(problems: list[Problem], report: Report) -> None:
    errors, warnings = split(problems)
    shown = errors[:ANNOTATIONS_PER_KIND] + warnings[:ANNOTATIONS_PER_KIND]
    for problem in shown:
        report.out.write(annotation(problem, report.lang) + "\n")
    hidden = len(problems) - len(shown)
    if hidden:
        where = (
            msg("the job summary")
            if report.environ.get("GITHUB_STEP_SUMMARY")
            else msg("the log above")
        )
        notice = nmsg(
            "{count} more problem not shown as annotations: see {where}",
            "{count} more problems not shown as annotations: see {where}",
            hidden,
            where=where,
        )
        report.out.write(f"::notice title=cowork check::{escape_data(report.say(notice))}\n")
    # The plain lines too: the log is what people read when annotations are folded away. A
    # token no file can guess ends the stretch where the runner obeys no command.
    token = os.urandom(16).hex()  # what `secrets.token_hex` does, without its imports
    report.out.write(f"::stop-commands::{token}\n")
    for problem in problems:
        report.out.write(text.line(problem, report.lang) + "\n")
    report.out.write(f"::{token}::\n")
    again = msg("Check again with: {command}", command=report.rerun)
    report.out.write(f"{report.say(counts(problems))}. {report.say(again)}\n")
    summary = report.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with Path(summary).open("a", encoding="utf-8") as handle:
            handle.write(summary_table(problems, report.rerun, report.lang))
