"""How a failed check speaks to a space's admin: what is wrong and what to do, then one line per
problem, and no Python traceback (the admin fixes their content, not the check)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest


def fail_on(problems: Sequence[str], what_to_do: str) -> None:
    """Fail the running check with `what_to_do` and every problem, if there is any."""
    if problems:
        lines = "\n".join(f"  {line}" for problem in problems for line in problem.splitlines())
        pytest.fail(f"{what_to_do}\n{lines}", pytrace=False)
