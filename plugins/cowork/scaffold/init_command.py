"""`cowork init DIR` on the command line: its options, the questions on a terminal, and what it
says when the site is written. The answers are checked by `answers`, the files made by `init`.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from cowork.clock import build_now
from cowork.errors import UsageError
from cowork.scaffold.answers import QUESTIONS, Ask, gather_answers
from cowork.text.messages import Message, msg, verbatim


def add_init_parser(commands: Any, help_text: str) -> None:
    """The `init` subcommand: one option per question, and `--kit`."""
    init = commands.add_parser(
        "init",
        help=help_text,
        description="Write a complete repository for a space's site into DIR (new or empty), in "
        "the site's language. Every question has an option; a missing one is asked on a "
        "terminal, and is an error without one.",
    )
    init.add_argument("directory", type=Path, metavar="DIR")
    for question in QUESTIONS:
        init.add_argument(question.option, dest=question.field, help=_help(question.prompt))
    init.add_argument(
        "--kit",
        metavar="SPEC",
        help="what the site's requirements install the kit from: a requirement, a local folder "
        "or a wheel (default: this release, from the kit's repository)",
    )


def run_init(
    args: argparse.Namespace, environ: Mapping[str, str], out: TextIO, stdin: TextIO
) -> int:
    # Imported here: building the command's parser must not cost what writing a site does.
    import git

    from cowork.scaffold.init import check_target, init_site
    from cowork.scaffold.pins import default_kit_spec, kit_requirement

    target: Path = args.directory
    # Before any question: a folder that is not empty is refused at once.
    check_target(target)
    given = {question.field: getattr(args, question.field) for question in QUESTIONS}
    speak = environ.get("COWORK_LANG") or None
    answers = gather_answers(given, _terminal(out, stdin) if stdin.isatty() else None, speak)
    kit_line = kit_requirement(args.kit or default_kit_spec(), Path.cwd())
    today = build_now(answers.timezone, environ).date()
    written = init_site(target, answers, kit_line, today)
    git.Repo.init(target, initial_branch="main")
    lang = speak or answers.lang
    wrote = msg(
        "Wrote {count} files into {target} (a new git repository).",
        count=len(written),
        target=str(target),
    )
    # The two commands with their comments lined up, however long the folder's name.
    commands = {
        f"cd {target} && make html": msg("set up .venv, build the site into output/"),
        "make test": msg("check the whole site (tests/README.md)"),
    }
    width = max(map(len, commands))
    steps = [
        *(
            verbatim(f"{command:<{width}}  # {comment.render(lang)}")
            for command, comment in commands.items()
        ),
        msg("edit space.yaml (address, hours, plans) and the pages in content/pages/"),
        msg(
            "{command}, then push to {url}",
            command="git add -A && git commit",
            url=answers.repository_url,
        ),
    ]
    then = msg("Next:")
    out.write(f"{wrote.render(lang)}\n\n{then.render(lang)}\n")
    for number, step in enumerate(steps, start=1):
        out.write(f"  {number}. {step.render(lang)}\n")
    return 0


def _terminal(out: TextIO, stdin: TextIO) -> Ask:
    def ask(prompt: str) -> str:
        out.write(prompt)
        out.flush()
        line = stdin.readline()
        if not line:
            raise UsageError(
                msg("the input ended before every question was answered (nothing was written)")
            )
        return line.rstrip("\n")

    return ask


def _help(prompt: Message) -> str:
    """A question as an option's help: lower-case first letter, the rest as written (en_GB,
    Europe/Brussels)."""
    text = str(prompt)
    return text[:1].lower() + text[1:]
