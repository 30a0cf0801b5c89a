"""Cross-references from recaps: their author. (The event a recap tells about, and its date,
speakers and slides, are the recaps validator's: `cowork.recaps`.)

Checked against the index of names (file stems), never by opening the referenced files, so the
cost follows the files in scope, not the size of the repository.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

from cowork.check.scope import CheckScope
from cowork.files.inventory import markdown_metadata
from cowork.files.names import is_handle
from cowork.problems import Problem, Severity
from cowork.text.messages import Message, msg


def check_references(scope: CheckScope) -> list[Problem]:
    """Names that point at other files. (Event organisers: the events validator checks them.)"""
    problems: list[Problem] = []
    for path in scope.recap_files:
        problems.extend(_recap_references(scope, path))
    return problems


def _recap_references(scope: CheckScope, path: Path) -> list[Problem]:
    problems: list[Problem] = []
    metadata = markdown_metadata(path)
    relpath = scope.relpath(path)
    if "author" in metadata:
        author, line = metadata["author"]
        # Only handle-shaped authors are member references; "L'équipe" is a plain name.
        handle_shaped = is_handle(author)
        if handle_shaped and not scope.index.has_handle(author):
            problems.append(
                Problem(
                    relpath,
                    line,
                    "Author",
                    msg(
                        "'{author}' looks like a member handle but there is no {file}",
                        author=author,
                        file=f"{scope.relpath(scope.settings.members_path)}/{author}.yaml",
                    ),
                    severity=Severity.WARNING,
                    hint=_closest(author, scope.index.handles)
                    or msg("write the author's handle, or their name in plain words"),
                )
            )
    return problems


def _closest(name: str, known: Iterable[str]) -> Message | None:
    close = difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=0.6)
    return msg("did you mean '{handle}'?", handle=close[0]) if close else None
