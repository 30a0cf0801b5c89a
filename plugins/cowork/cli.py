"""The `cowork` command: start a new site, check the repository's data, check the whole site
(`cowork test`), and start new members, events and recaps.

Exit status: 0 when all is well, 1 when problems were found (or a file to create already
exists), 2 on wrong usage (unknown option, bad argument, no such revision, no author known).
It imports nothing from Pelican, so it runs in any CI job that has the kit's dependencies.

It speaks the site's language (`language:` in space.yaml, as the settings read it; for `init`,
the language being created), English when it is unknown or not read yet; `COWORK_LANG` overrides
both (for tests, or an admin who reads another language than the site's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from cowork import __version__
from cowork.check.formats import DEFAULT_REPORT, FORMATS, Report, writer
from cowork.clock import build_now
from cowork.errors import PROBLEMS, CoworkError, UsageError
from cowork.files.names import GITHUB_LOGIN
from cowork.problems import Problem, Severity
from cowork.settings import KitSettings, load_settings_file
from cowork.text.messages import ENGLISH, Message, msg, nmsg

# Each command imports what it needs when it runs (below, in its function): the pull-request
# check runs on every pull request of every space, and a command's start-up is most of its time.

OK = 0
PROGRAM = ".venv/bin/cowork"
"""How messages name this command: where the README's set-up (`make setup`) installs it, so that
"check again with" works as written outside an activated virtual environment."""


INIT_HELP = "write a new site for a space into DIR"


def build_parser(with_init: bool = True) -> argparse.ArgumentParser:
    """The command line. `init` takes one option per question of `cowork.scaffold`: without
    `with_init` it is named, not built, so that the other commands never import the scaffolding
    (`main` builds it when the command line names init or asks for help)."""
    parser = argparse.ArgumentParser(
        prog="cowork",
        description="Start a space's site; check its members, events and recaps, or the whole "
        "site; start new ones.",
        epilog="Exit status: 0 all good, 1 problems found, 2 wrong usage.",
    )
    parser.add_argument("--version", action="version", version=f"cowork {__version__}")
    parser.add_argument(
        "--settings",
        type=Path,
        default=Path("pelicanconf.py"),
        help="the site's settings file (default: pelicanconf.py)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    if with_init:
        from cowork.scaffold.init_command import add_init_parser

        add_init_parser(commands, INIT_HELP)
    else:
        commands.add_parser("init", help=INIT_HELP)

    check = commands.add_parser(
        "check",
        help="validate the data, or a pull request with --base",
        description="Validate members, events and recaps; with --base, only what a pull "
        "request changes, plus the ownership rules.",
    )
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders")
    check.add_argument("--base", metavar="REF", help="pull-request mode: compare with REF")
    check.add_argument(
        "--head",
        metavar="SHA",
        help="with --base: the pull request's commit, read as git objects (default: HEAD); "
        "its files are never checked out or run",
    )
    check.add_argument("--author", metavar="LOGIN", help="the pull request's author")
    check.add_argument("--format", choices=tuple(FORMATS), default="text")
    check.add_argument("--strict", action="store_true", help="warnings fail the check too")
    check.add_argument(
        "--report-file",
        type=Path,
        metavar="FILE",
        help=f"where --format gitlab writes its Code Quality report (default: {DEFAULT_REPORT})",
    )

    test = commands.add_parser(
        "test",
        help="check the whole site: data, builds, links, feeds, HTML, accessibility",
        description="The site check a space's `make test` runs: the data passes `cowork check`; "
        "the site builds with every warning fatal; every internal link resolves; nothing is "
        "loaded from another host; feeds and calendars parse; one page of each type passes the "
        "Nu HTML Checker and axe in Chromium. Arguments after `--` go to pytest "
        "(`cowork test -- -k link`).",
        epilog="Exit status: 0 all passed, 1 a check failed (or none ran), 2 wrong usage.",
    )
    test.add_argument(
        "--site", type=Path, default=Path(), metavar="DIR", help="the site's folder (default: .)"
    )
    test.add_argument("pytest_args", nargs=argparse.REMAINDER, metavar="-- PYTEST ARGS")

    commands.add_parser(
        "codeowners",
        help="write CODEOWNERS: the editors own the kit's code and settings",
        description="Write (or rewrite) CODEOWNERS at the repository's root from the member "
        "files that say `role: editor`.",
    )

    avatar = commands.add_parser(
        "avatar",
        help="resize a picture and remove its metadata (location data included), in place",
        description="Rewrite FILE in place: at most 800 × 800 px, upright, without EXIF, GPS "
        "or any other metadata, in the format its extension names.",
    )
    avatar.add_argument("file", type=Path, metavar="FILE", help="members/avatars/LOGIN.jpg")

    new = commands.add_parser(
        "new",
        help="write a new member, event or recap file",
        description="Write a pre-filled, commented file; never overwrite one (exit status 1).",
    )
    kinds = new.add_subparsers(dest="kind", required=True, metavar="KIND")
    member = kinds.add_parser("member", help="members/HANDLE.yaml")
    member.add_argument("handle", metavar="HANDLE", help="the GitHub login")
    member.add_argument("--name", help="the member's name, as shown in the directory")
    event = kinds.add_parser("event", help="events/SLUG.yaml, with a fresh uid")
    event.add_argument("slug", metavar="SLUG")
    event.add_argument("--organizer", metavar="HANDLE")
    recap = kinds.add_parser("recap", help="content/recaps/DATE-EVENT.md, from the event")
    recap.add_argument("event", metavar="EVENT", help="the event's slug")
    recap.add_argument("--author", metavar="HANDLE")
    return parser


def main(
    argv: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    environ = os.environ if environ is None else environ
    out = out or sys.stdout
    err = err or sys.stderr
    words = sys.argv[1:] if argv is None else list(argv)
    asks_for_init = any(w in ("init", "-h", "--help") for w in words)
    args = build_parser(with_init=asks_for_init).parse_args(argv)
    lang = language(environ, getattr(args, "lang", None) if args.command == "init" else None)
    try:
        if args.command == "init":
            from cowork.scaffold.init_command import run_init

            # A new site has no settings file yet: init runs before any is read.
            return run_init(args, environ, out, stdin or sys.stdin)
        if args.command == "test":
            return _test(args.site, args.pytest_args, environ)
        if not args.settings.is_file():
            raise UsageError(
                msg(
                    "{settings}: settings file not found (run from the site's folder?)",
                    settings=str(args.settings),
                )
            )
        settings, settings_problems = load_settings_file(args.settings)
        lang = language(environ, settings.lang)
        # "Now" is read once, from the environment the command was given (COWORK_NOW).
        now = build_now(settings.timezone, environ)
        if args.command == "check":
            return _check(args, settings, settings_problems, now, environ, out, err, lang)
        if args.command == "codeowners":
            return _codeowners(settings, now, out, lang)
        if args.command == "avatar":
            return _avatar(args.file, out, lang)
        return _new(args, settings, now, out, lang)
    except CoworkError as error:
        err.write(f"cowork: {error.render(lang)}\n")
        return error.exit_code


def language(environ: Mapping[str, str], site: str | None) -> str:
    """The language the command speaks: `COWORK_LANG`, else the site's, else English."""
    return environ.get("COWORK_LANG") or site or ENGLISH


def _check(
    args: argparse.Namespace,
    settings: KitSettings,
    settings_problems: list[Problem],
    now: dt.datetime,
    environ: Mapping[str, str],
    out: TextIO,
    err: TextIO,
    lang: str,
) -> int:
    if args.base and args.paths:
        raise UsageError(msg("give either PATHs or --base, not both"))
    if args.head and not args.base:
        raise UsageError(msg("--head goes with --base"))
    if args.report_file and args.format != "gitlab":
        raise UsageError(msg("--report-file goes with --format gitlab"))
    if args.base:
        from cowork.pullrequest.author import resolve_author
        from cowork.pullrequest.check import check_pull_request

        author = resolve_author(args.author, environ)
        if author is None:
            raise UsageError(
                msg(
                    "who opened this pull request? pass --author LOGIN (in CI it comes from "
                    "GITHUB_EVENT_PATH or GitLab's GITLAB_USER_LOGIN)"
                )
            )
        if not GITHUB_LOGIN.match(author.login):
            raise UsageError(msg("'{login}' is not a GitHub login", login=author.login))
        result = check_pull_request(settings, args.base, author, now, args.head)
        count = len(result.changes)
        said = (
            nmsg(
                "pull request by {login} (an editor; from {source}), {count} file changed since "
                "{base}",
                "pull request by {login} (an editor; from {source}), {count} files changed since "
                "{base}",
                count,
                login=author.login,
                source=author.source,
                base=args.base,
            )
            if result.editor
            else nmsg(
                "pull request by {login} (not an editor; from {source}), {count} file changed "
                "since {base}",
                "pull request by {login} (not an editor; from {source}), {count} files changed "
                "since {base}",
                count,
                login=author.login,
                source=author.source,
                base=args.base,
            )
        )
        if args.head:
            said = msg("{said} in {head}", said=said, head=args.head)
        err.write(f"cowork: {said.render(lang)}\n")
        problems = result.problems
        if author.fallback:
            problems = [author_guessed(author.fallback), *problems]
        rerun = [PROGRAM, "check", "--base", args.base, "--author", author.login]
        if args.head:
            rerun[4:4] = ["--head", args.head]
    else:
        from cowork.check.run import check_repository

        problems = check_repository(settings, now, args.paths or None)
        rerun = [PROGRAM, "check", *map(str, args.paths)]
    if args.strict:
        rerun.append("--strict")
    problems = [*settings_problems, *problems]
    report = Report(out, shlex.join(rerun), environ, args.report_file, lang)
    try:
        writer(args.format)(problems, report)
    except BrokenPipeError:
        raise  # a reader that stopped reading: `cowork.command` ends quietly
    except OSError as error:  # a full disk, a lost terminal: the verdict reached nobody
        raise CoworkError(
            msg(
                "the report could not be written ({reason}): the check's verdict is unknown; "
                "make room, or send the report elsewhere, and run it again",
                reason=error.strerror or str(error),
            )
        ) from error
    return _status(problems, args.strict)


def author_guessed(why: Message) -> Problem:
    """Said in the report itself, not only in the log: the verdict rests on a guessed author."""
    return Problem("merge request", None, "author", why, severity=Severity.WARNING)


def _test(site: Path, pytest_args: list[str], environ: Mapping[str, str]) -> int:
    """The site check lives with the Pelican glue (`cowork_pelican.sitecheck`): it runs in a
    process of its own, so that this command imports nothing from Pelican."""
    if not (site / "pelicanconf.py").is_file():
        raise UsageError(
            msg(
                "{site}: no pelicanconf.py here: run `cowork test` in the site's folder, or give "
                "it with --site DIR",
                site=str(site),
            )
        )
    extra = pytest_args[1:] if pytest_args[:1] == ["--"] else pytest_args
    command = [sys.executable, "-m", "cowork_pelican.sitecheck", "--site", str(site), *extra]
    return subprocess.run(command, env=dict(environ), check=False).returncode


def _avatar(path: Path, out: TextIO, lang: str) -> int:
    from cowork.members.avatars import clean_avatar

    if not path.is_file() or path.is_symlink():
        raise UsageError(msg("{path}: no such picture file", path=str(path)))
    done = clean_avatar(path)
    (w0, h0, b0), (w1, h1, b1) = done.before, done.after
    removed = (
        msg("metadata removed, location data included")
        if done.location
        else msg("metadata removed")
    )
    sizes = f"{w0} × {h0} px, {b0 / 1000:,.0f} kB → {w1} × {h1} px, {b1 / 1000:,.0f} kB"
    out.write(f"{path.as_posix()}: {sizes}; {removed.render(lang)}.\n")
    next_step = msg(
        "Next: commit it (git add {path}, then git commit) and push.", path=path.as_posix()
    )
    out.write(next_step.render(lang) + "\n")
    return OK


def _codeowners(settings: KitSettings, now: dt.datetime, out: TextIO, lang: str) -> int:
    from cowork.check import codeowners
    from cowork.check.scope import whole_scope

    scope = whole_scope(settings, now)
    today = now.date()
    path = settings.root / codeowners.FILE_NAME
    text = codeowners.expected(scope, today)
    before = path.read_text("utf-8") if path.is_file() else None
    path.write_text(text, "utf-8")
    owners = codeowners.editors(scope, today)
    names = ", ".join(owners) or "-"
    said = (
        msg("CODEOWNERS unchanged: editors {names}.", names=names)
        if before == text
        else msg("CODEOWNERS written: editors {names}.", names=names)
    )
    out.write(said.render(lang) + "\n")
    if not owners:
        nobody = msg("No member file says `role: editor`: nobody's review is required yet.")
        out.write(nobody.render(lang) + "\n")
    elif before != text:
        commit = msg("Next: commit CODEOWNERS (git add CODEOWNERS, then git commit) and push.")
        out.write(commit.render(lang) + "\n")
    return OK


def _status(problems: list[Problem], strict: bool) -> int:
    failing = [
        p
        for p in problems
        if p.severity is Severity.ERROR or (strict and p.severity is Severity.WARNING)
    ]
    return PROBLEMS if failing else OK


def _new(
    args: argparse.Namespace, settings: KitSettings, now: dt.datetime, out: TextIO, lang: str
) -> int:
    from cowork.scaffold.event import new_event
    from cowork.scaffold.member import new_member
    from cowork.scaffold.recap import new_recap

    if args.kind == "member":
        made = new_member(settings, args.handle, now.date(), args.name)
    elif args.kind == "event":
        made = new_event(settings, args.slug, now.date(), args.organizer)
    else:
        made = new_recap(settings, args.event, now, args.author)
    wrote = msg("Wrote {path}", path=made.path.relative_to(settings.root).as_posix())
    then = msg("Next:")
    out.write(f"{wrote.render(lang)}\n\n{then.render(lang)}\n")
    for number, step in enumerate(made.next_steps, start=1):
        out.write(f"  {number}. {step.render(lang)}\n")
    return OK


if __name__ == "__main__":
    sys.exit(main())
