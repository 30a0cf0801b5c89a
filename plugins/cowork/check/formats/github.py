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

import secrets
from pathlib import Path

from cowork.check.formats import text
from cowork.check.formats.report import Report, counts, split
from cowork.problems import Problem, Severity
from cowork.text.clean import printable

ANNOTATIONS_PER_KIND = 10


def escape_data(value: str) -> str:
    """The message part of a workflow command (GitHub's `escapeData`)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A `key=value` property of a workflow command (GitHub's `escapeProperty`)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem) -> str:
    command = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(problem.severity, "notice")
    properties = [f"file={escape_property(printable(problem.file))}"]
    if problem.line is not None:
        properties.append(f"line={problem.line}")
    if problem.column is not None:
        properties.append(f"col={problem.column}")
    title = printable(problem.key or problem.file)
    properties.append(f"title={escape_property(title)}")
    # The hint on a line of its own; any line break or escape a file put in a value, escaped.
    message = printable(problem.message) + (f"\n{printable(problem.hint)}" if problem.hint else "")
    return f"::{command} {','.join(properties)}::{escape_data(message)}"


def summary_table(problems: list[Problem], rerun: str) -> str:
    """A Markdown table of every problem, for the job summary page."""
    if not problems:
        return "### cowork check\n\nNo problem found.\n"
    rows = [
        "### cowork check",
        "",
        f"{counts(problems).capitalize()}.",
        "",
        "| Severity | File | Line | Key | Problem | Hint |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for p in problems:
        cells = [
            p.severity.value,
            f"`{p.file}`",
            str(p.line or ""),
            f"`{p.key}`" if p.key else "",
            p.message,
            p.hint or "",
        ]
        rows.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    rows += ["", f"Check again with `{rerun}`.", ""]
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
        report.out.write(annotation(problem) + "\n")
    hidden = len(problems) - len(shown)
    if hidden:
        where = "the job summary" if report.environ.get("GITHUB_STEP_SUMMARY") else "the log above"
        report.out.write(
            f"::notice title=cowork check::{hidden} more "
            f"problem{'s' if hidden > 1 else ''} not shown as annotations: see {where}\n"
        )
    # The plain lines too: the log is what people read when annotations are folded away. A
    # token no file can guess ends the stretch where the runner obeys no command.
    token = secrets.token_hex(16)
    report.out.write(f"::stop-commands::{token}\n")
    for problem in problems:
        report.out.write(text.line(problem) + "\n")
    report.out.write(f"::{token}::\n")
    report.out.write(f"{counts(problems)}. Check again with: {report.rerun}\n")
    summary = report.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with Path(summary).open("a", encoding="utf-8") as handle:
            handle.write(summary_table(problems, report.rerun))
