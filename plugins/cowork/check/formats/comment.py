"""The pull-request comment: every problem with its fix, in the site's language, in Markdown.

Newcomers read the comment on their pull request, not the CI log. The workflow posts this text as
one comment and edits it on every push (it finds it again by `MARKER`). When all is well, it says
what happens next. Problems quote what members wrote: their text is escaped so that it can neither
mention people, nor add links, pictures or HTML to the comment.
"""

from __future__ import annotations

from itertools import groupby

from cowork.check.formats.report import Report, split
from cowork.problems import Problem
from cowork.text.messages import Message, msg, nmsg

MARKER = "<!-- cowork-check -->"
"""The first line of the comment: how the workflow finds it again to update it."""


def escape(value: str) -> str:
    """Members' text, shown as text: no HTML, link, picture, emphasis or @mention."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "\\`*_[]()#!|~":
        value = value.replace(char, f"\\{char}")
    # A zero-width joiner after @ keeps `@login` readable but stops it notifying anyone.
    value = value.replace("@", "@&#8288;")
    return value.replace("\r", " ").replace("\n", " ")


def body(problems: list[Problem], lang: str) -> str:
    def say(message: Message) -> str:
        return message.render(lang)

    errors, warnings = split(problems)
    lines = [MARKER]
    if errors:
        title = nmsg(
            "❌ {count} problem to fix before merging",
            "❌ {count} problems to fix before merging",
            len(errors),
        )
        lines += [f"### {say(title)}", ""]
        lines += _listing(errors, lang)
        lines += [say(NEXT), ""]
    else:
        lines += [f"### {say(ALL_GOOD)}", "", say(OK), ""]
        if warnings:
            lines += [say(OK_WARNINGS), ""]
    if warnings:
        lines += [f"#### {say(WORTH_A_LOOK)}", ""]
        lines += _listing(warnings, lang)
    return "\n".join(lines).rstrip("\n") + "\n"


ALL_GOOD = msg("✅ All good")
WORTH_A_LOOK = msg("Worth a look (does not stop the merge)")
OK = msg(
    "Thank you! What happens next: an editor of the space reviews your pull request and merges "
    "it; the site updates within the day. There is nothing else to do."
)
OK_WARNINGS = msg("The remarks below do not stop the merge; follow them if you wish.")
NEXT = msg(
    "Fix these in your files, then save a new commit on the same branch (GitHub's “Commit "
    "changes” button will do): the check runs again by itself and this comment is updated. A "
    "question? Reply here and an editor will help."
)


def _listing(problems: list[Problem], lang: str) -> list[str]:
    lines: list[str] = []
    for file, group in groupby(problems, key=lambda p: p.file):
        lines += [f"**`{file.replace('`', '')}`**", ""]
        for problem in group:
            where = msg("line {line}", line=problem.line) if problem.line is not None else None
            key = f"`{problem.key.replace('`', '')}`" if problem.key else ""
            prefix = ", ".join(part for part in (where.render(lang) if where else "", key) if part)
            text = escape(problem.message.render(lang))
            if prefix:
                text = msg("{label}: {text}", label=prefix, text=text).render(lang)
            lines.append(f"- {text}")
            if problem.hint:
                todo = msg("To do: {hint}", hint=escape(problem.hint.render(lang)))
                lines.append(f"  - {todo.render(lang)}")
        lines.append("")
    return lines


def write(problems: list[Problem], report: Report) -> None:
    report.out.write(body(problems, report.lang))
