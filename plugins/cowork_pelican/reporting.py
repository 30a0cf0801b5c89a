"""How the Pelican plugins report the core's problems: all of them, once, without a traceback.

Each plugin files the problems it finds while reading (`defer`); when every plugin has read its
data and before anything is written (signal `get_writer`), `report_all` shows them together: a
member file and an event file with problems are both named in the same run. Errors stop the build
with a `DataError` listing every problem (Pelican prints its message, not a traceback); warnings
alone go to the log in a single message, so `--fatal warnings` still shows them all.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, MutableMapping
from typing import Any

from cowork.errors import DataError
from cowork.problems import Problem, Severity, sorted_problems

logger = logging.getLogger(__name__)


_PENDING = "_cowork_problems"
"""Where a run's problems wait: in that run's own settings dictionary."""


def defer(settings: MutableMapping[str, Any], problems: Iterable[Problem]) -> None:
    """File `problems` to be shown with every other plugin's, before anything is written."""
    pending: list[Problem] = settings.setdefault(_PENDING, [])
    pending.extend(problems)


def report_all(pelican: Any) -> None:
    """Every problem filed during this run, at once (connected to `get_writer`)."""
    report(pelican.settings.pop(_PENDING, []))


NOTICE = 25
"""A notice's log level: above INFO, so that it is shown without `--verbose`; below WARNING, so
that `--fatal warnings` does not fail the build for a key that still works."""
_notices = logging.getLogger(f"{__name__}.notices")
_notices.setLevel(NOTICE)
logging.addLevelName(NOTICE, "NOTICE")


def report(problems: Iterable[Problem]) -> None:
    """Log the notices and the warnings, then raise `DataError` if there is any error."""
    found = sorted_problems(problems)
    notices = [p for p in found if p.severity is Severity.NOTICE]
    if notices:
        listing = "\n".join(f"  {p}" for p in notices)
        _notices.log(NOTICE, "%d notice(s) in the site's data:\n%s", len(notices), listing)
    warnings = [p for p in found if p.severity is Severity.WARNING]
    errors = [p for p in found if p.severity is Severity.ERROR]
    if warnings:
        listing = "\n".join(f"  {p}" for p in warnings)
        logger.warning("%d warning(s) in the site's data:\n%s", len(warnings), listing)
    if errors:
        raise DataError(errors)
