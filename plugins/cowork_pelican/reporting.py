"""How the Pelican plugins report the core's problems: all of them, once, without a traceback.

Errors stop the build with a `DataError` listing every problem (Pelican prints its message, not a
traceback). Warnings go to the log in a single message, so `--fatal warnings` still shows them all.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from cowork.errors import DataError
from cowork.problems import Problem, Severity, sorted_problems

logger = logging.getLogger(__name__)


def report(problems: Iterable[Problem]) -> None:
    """Log the warnings, then raise `DataError` if there is any error."""
    found = sorted_problems(problems)
    warnings = [p for p in found if p.severity is Severity.WARNING]
    errors = [p for p in found if p.severity is Severity.ERROR]
    if warnings:
        listing = "\n".join(f"  {p}" for p in warnings)
        logger.warning("%d warning(s) in the site's data:\n%s", len(warnings), listing)
    if errors:
        raise DataError(errors)
