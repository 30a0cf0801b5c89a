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

MARKER = "<!-- cowork-check -->"
"""The first line of the comment: how the workflow finds it again to update it."""

_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "ok_title": "✅ Tout est en ordre",
        "ok_body": "Merci ! Et maintenant : un·e éditeur·rice de l'espace relit votre proposition "
        "et la fusionne ; le site est mis à jour dans la journée. Vous n'avez rien d'autre à "
        "faire.",
        "ok_warnings": "Quelques remarques ci-dessous n'empêchent pas la fusion ; vous pouvez "
        "en tenir compte si vous le souhaitez.",
        "errors_title": "❌ {count} à corriger avant la fusion",
        "error": "problème",
        "errors": "problèmes",
        "warnings_title": "À vérifier (n'empêche pas la fusion)",
        "line": "ligne",
        "fix": "À faire",
        "colon": " : ",
        "next": "Corrigez ces points dans vos fichiers, puis enregistrez un nouveau commit sur "
        "la même branche (le bouton « Commit changes » de GitHub suffit) : la vérification "
        "repart toute seule et ce commentaire est mis à jour. Une question ? Répondez ici, un·e "
        "éditeur·rice vous aidera.",
    },
    "en": {
        "ok_title": "✅ All good",
        "ok_body": "Thank you! What happens next: an editor of the space reviews your pull "
        "request and merges it; the site updates within the day. There is nothing else to do.",
        "ok_warnings": "The remarks below do not stop the merge; follow them if you wish.",
        "errors_title": "❌ {count} to fix before merging",
        "error": "problem",
        "errors": "problems",
        "warnings_title": "Worth a look (does not stop the merge)",
        "line": "line",
        "fix": "To do",
        "colon": ": ",
        "next": "Fix these in your files, then save a new commit on the same branch (GitHub's "
        "“Commit changes” button will do): the check runs again by itself and this comment is "
        "updated. A question? Reply here and an editor will help.",
    },
}


def texts(lang: str) -> dict[str, str]:
    return _TEXTS.get(lang.split("_")[0].split("-")[0], _TEXTS["en"])


def escape(value: str) -> str:
    """Members' text, shown as text: no HTML, link, picture, emphasis or @mention."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "\\`*_[]()#!|~":
        value = value.replace(char, f"\\{char}")
    # A zero-width joiner after @ keeps `@login` readable but stops it notifying anyone.
    value = value.replace("@", "@&#8288;")
    return value.replace("\r", " ").replace("\n", " ")


def body(problems: list[Problem], lang: str) -> str:
    t = texts(lang)
    errors, warnings = split(problems)
    lines = [MARKER]
    if errors:
        noun = t["error"] if len(errors) == 1 else t["errors"]
        lines += [f"### {t['errors_title'].format(count=f'{len(errors)} {noun}')}", ""]
        lines += _listing(errors, t)
        lines += [t["next"], ""]
    else:
        lines += [f"### {t['ok_title']}", "", t["ok_body"], ""]
        if warnings:
            lines += [t["ok_warnings"], ""]
    if warnings:
        lines += [f"#### {t['warnings_title']}", ""]
        lines += _listing(warnings, t)
    return "\n".join(lines).rstrip("\n") + "\n"


def _listing(problems: list[Problem], t: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for file, group in groupby(problems, key=lambda p: p.file):
        lines += [f"**`{file.replace('`', '')}`**", ""]
        for problem in group:
            where = f"{t['line']} {problem.line}" if problem.line is not None else ""
            key = f"`{problem.key.replace('`', '')}`" if problem.key else ""
            prefix = ", ".join(part for part in (where, key) if part)
            lead = prefix + t["colon"] if prefix else ""
            lines.append(f"- {lead}{escape(problem.message)}")
            if problem.hint:
                lines.append(f"  - {t['fix']}{t['colon']}{escape(problem.hint)}")
        lines.append("")
    return lines


def write(problems: list[Problem], report: Report) -> None:
    report.out.write(body(problems, report.lang))
