"""Keys the kit renamed, still read under their old name for one minor version.

A space upgrades by changing one version number. When a release renames a data key (in
`space.yaml`, a member file or an event file) or a setting, the old name keeps working until the
next minor version: the value is read as if it had the new name, and a notice (never a failure,
not even with `--strict` or in a build where every warning is fatal) names the new key, the line
to change and the version that will stop reading the old one. The tables below are the one list
of renames; `CHANGELOG.md` says the same in words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from cowork.files.yamlfile import YamlDocument
from cowork.problems import Problem, Severity


@dataclass(frozen=True)
class Renamed:
    """`old` became `new` in version `since`; `until` is the first version that ignores `old`."""

    old: str
    new: str
    since: str
    until: str


DATA_RENAMES: Mapping[str, Sequence[Renamed]] = {"space": (), "member": (), "event": ()}
"""Top-level keys of each kind of data file (named as its schema), renamed by a release."""

SETTING_RENAMES: Sequence[Renamed] = ()
"""Settings (`pelicanconf.py` keys) renamed by a release."""


def notice(file: str, line: int | None, renamed: Renamed) -> Problem:
    return Problem(
        file,
        line,
        renamed.old,
        f"'{renamed.old}' is now called '{renamed.new}' (kit {renamed.since}); the old name "
        f"still works, until kit {renamed.until}",
        Severity.NOTICE,
        hint=f"rename '{renamed.old}' to '{renamed.new}'",
    )


def read_renamed(
    doc: YamlDocument, renames: Sequence[Renamed]
) -> tuple[YamlDocument, list[Problem]]:
    """`doc` with every old top-level key moved to its new name (lines too), and a notice for
    each; both names in one file is an error, since the kit cannot know which one is meant."""
    if not renames or not isinstance(doc.data, dict):
        return doc, []
    data = dict(doc.data)
    lines = dict(doc.lines)
    problems = []
    for renamed in renames:
        if renamed.old not in data:
            continue
        line = doc.line_of((renamed.old,))
        if renamed.new in data:
            problems.append(
                Problem(
                    doc.relpath,
                    line,
                    renamed.old,
                    f"expected one of '{renamed.old}' (its old name) and '{renamed.new}', "
                    "found both",
                    hint=f"keep '{renamed.new}' and remove '{renamed.old}'",
                )
            )
            continue
        problems.append(notice(doc.relpath, line, renamed))
        data = {(renamed.new if key == renamed.old else key): value for key, value in data.items()}
        lines = {_moved(path, renamed): number for path, number in lines.items()}
    return replace(doc, data=data, lines=lines), problems


def _moved(path: tuple[str | int, ...], renamed: Renamed) -> tuple[str | int, ...]:
    return (renamed.new, *path[1:]) if path[:1] == (renamed.old,) else path
