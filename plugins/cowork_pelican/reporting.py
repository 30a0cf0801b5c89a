"""How the Pelican plugins report the core's problems: all of them, once, without a traceback.

Each plugin files the problems it finds while reading (`defer`); when every plugin has read its
data and before anything is written (signal `get_writer`), `report_all` shows them together: a
member file and an event file with problems are both named in the same run. Errors stop the build
with a `DataError` listing every problem (Pelican prints its message, not a traceback); warnings
alone go to the log in a single message, so `--fatal warnings` still shows them all. Both are
said in the site's language (`DEFAULT_LANG`, which `space.yaml` sets; `COWORK_LANG` overrides it).
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path
from typing import Any

from cowork.errors import DataError
from cowork.problems import Problem, Severity, sorted_problems
from cowork.text.messages import ENGLISH, Message, msg, nmsg
from jinja2 import TemplateError, TemplateSyntaxError

logger = logging.getLogger(__name__)


_PENDING = "_cowork_problems"
"""Where a run's problems wait: in that run's own settings dictionary."""


def defer(settings: MutableMapping[str, Any], problems: Iterable[Problem]) -> None:
    """File `problems` to be shown with every other plugin's, before anything is written."""
    pending: list[Problem] = settings.setdefault(_PENDING, [])
    pending.extend(problems)


def build_language(settings: Mapping[str, Any]) -> str:
    """The language the build speaks to people: `COWORK_LANG`, else the site's, else English."""
    return os.environ.get("COWORK_LANG") or str(settings.get("DEFAULT_LANG") or ENGLISH)


def say(settings: Mapping[str, Any], message: Message) -> str:
    return message.render(build_language(settings))


def report_all(pelican: Any) -> None:
    """Every problem filed during this run, at once (connected to `get_writer`)."""
    report(pelican.settings.pop(_PENDING, []), build_language(pelican.settings))


NOTICE = 25
"""A notice's log level: above INFO, so that it is shown without `--verbose`; below WARNING, so
that `--fatal warnings` does not fail the build for a key that still works."""
_notices = logging.getLogger(f"{__name__}.notices")
_notices.setLevel(NOTICE)
logging.addLevelName(NOTICE, "NOTICE")


def report(problems: Iterable[Problem], lang: str = ENGLISH) -> None:
    """Log the notices and the warnings, then raise `DataError` if there is any error, all said
    in `lang`."""
    found = sorted_problems(problems)
    notices = [p for p in found if p.severity is Severity.NOTICE]
    if notices:
        said = nmsg(
            "{count} notice in the site's data:",
            "{count} notices in the site's data:",
            len(notices),
        )
        listing = "\n".join(f"  {p.render(lang)}" for p in notices)
        _notices.log(NOTICE, "%s\n%s", said.render(lang), listing)
    warnings = [p for p in found if p.severity is Severity.WARNING]
    errors = [p for p in found if p.severity is Severity.ERROR]
    if warnings:
        heading = nmsg(
            "{count} warning in the site's data:",
            "{count} warnings in the site's data:",
            len(warnings),
        )
        listing = "\n".join(f"  {p.render(lang)}" for p in warnings)
        logger.warning("%s\n%s", heading.render(lang), listing)
    if errors:
        raise DataError(errors, lang)


def template_error(error: TemplateError, settings: Mapping[str, Any]) -> DataError:
    """A template that cannot be compiled or rendered, as the problem of its file and line (a
    site's own copy in `theme/templates/`, or the kit's), in the site's language: a line to act
    on instead of a traceback through Pelican and Jinja."""
    line: int | None
    if isinstance(error, TemplateSyntaxError) and error.filename:
        filename, line = error.filename, error.lineno
    else:
        # Jinja rewrites the traceback so that the template's frames name its file and line.
        frames = [
            f
            for f in traceback.extract_tb(error.__traceback__)
            if f.filename.endswith((".html", ".xml"))
        ]
        filename, line = (frames[-1].filename, frames[-1].lineno) if frames else ("", None)
    path = Path(filename)
    # The site's own copy by its path in the site; the kit's by its path in the kit's theme.
    places = (Path(str(settings.get("PATH", "content"))).parent, Path(str(settings.get("THEME"))))
    shown = next((path.relative_to(p).as_posix() for p in places if path.is_relative_to(p)), "")
    problem = Problem(
        shown or path.name or "theme/templates",
        line,
        "",
        msg("this template cannot be used: {error}", error=str(error.message or error)),
        hint=msg(
            "fix the template (a copy of the kit's in theme/templates/ can be removed to use "
            "the kit's again)"
        ),
    )
    return DataError([problem], build_language(settings))
