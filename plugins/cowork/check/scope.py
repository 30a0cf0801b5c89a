"""What one `cowork check` run looks at: a scope of member, event and recap files.

`whole_scope` is the whole repository (as on the default branch), `scope_of_paths` the files
under some paths (`cowork check PATH...`); the pull-request mode builds its own
(`cowork.pullrequest.check`).
Every scope carries the cheap index of all handles and event slugs, for cross-references.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cowork.errors import UsageError
from cowork.files.inventory import (
    NameIndex,
    build_index,
    event_files,
    member_files,
    recap_files,
    stray_files,
)
from cowork.files.yamlfile import YamlDocument, load_yaml
from cowork.problems import Problem
from cowork.settings import KitSettings
from cowork.space import SPACE_FILE
from cowork.text.messages import msg


class ScopeError(UsageError):
    """A path given on the command line is not a member, event or recap file."""


@dataclass(frozen=True)
class CheckScope:
    """What one `cowork check` looks at: the settings, the moment, the names of every file, and
    the files to check."""

    settings: KitSettings
    now: dt.datetime
    """The moment checks that depend on time read ("upcoming", "in the past"): given once."""
    index: NameIndex
    member_files: tuple[Path, ...]
    event_files: tuple[Path, ...]
    recap_files: tuple[Path, ...]
    stray_files: tuple[Path, ...] = ()
    """Files in the data folders that are not `.yaml`, and so would be silently ignored."""
    leftover_files: tuple[Path, ...] = ()
    """What editors and merge tools leave beside a file (`x.yaml~`, `photo.jpg.orig`) that a
    pull request adds or changes: the site never reads them, and a copy may hold what its file
    no longer says."""
    whole_repository: bool = False
    other_files: tuple[Path, ...] = ()
    """Data files of no member, event or recap: `space.yaml`."""
    _loaded: dict[Path, tuple[YamlDocument | None, list[Problem]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def load(self, path: Path) -> tuple[YamlDocument | None, list[Problem]]:
        """Each YAML file is parsed once per run, however many checkers read it."""
        if path not in self._loaded:
            if path.is_symlink():
                self._loaded[path] = (None, [symlink_problem(self.relpath(path))])
            else:
                self._loaded[path] = load_yaml(path, self.settings.root)
        return self._loaded[path]

    def relpath(self, path: Path) -> str:
        return path.relative_to(self.settings.root).as_posix()


Checker = Callable[[CheckScope], list[Problem]]


def symlink_problem(relpath: str) -> Problem:
    """Data files are never links: a link could make the build read (and quote) any file of the
    machine. Worded as the members validator words it, so that both report it once."""
    return Problem(relpath, None, "", msg("expected a file, found a symbolic link"))


def whole_scope(settings: KitSettings, now: dt.datetime) -> CheckScope:
    return CheckScope(
        settings,
        now,
        build_index(settings.members_path, settings.events_path),
        tuple(member_files(settings.members_path)),
        tuple(event_files(settings.events_path)),
        tuple(recap_files(settings.content_path)),
        tuple(stray_files(settings.members_path, settings.events_path)),
        whole_repository=True,
    )


def scope_of_paths(settings: KitSettings, now: dt.datetime, paths: Iterable[Path]) -> CheckScope:
    """The files under `paths` (files or folders), sorted into members, events and recaps."""
    everything = whole_scope(settings, now)
    wanted = [p.resolve() for p in paths]

    def chosen(files: tuple[Path, ...]) -> tuple[Path, ...]:
        return tuple(f for f in files if any(f.resolve().is_relative_to(w) for w in wanted))

    scope = CheckScope(
        settings,
        now,
        everything.index,
        chosen(everything.member_files),
        chosen(everything.event_files),
        chosen(everything.recap_files),
        chosen(everything.stray_files),
        other_files=tuple(p for p in wanted if p.name == SPACE_FILE and p.is_file()),
    )
    covered = {
        f.resolve()
        for f in (*scope.member_files, *scope.event_files, *scope.recap_files, *scope.stray_files)
    }
    for path in wanted:
        if not path.exists():
            raise ScopeError(msg("{path}: no such file or folder", path=str(path)))
        if path.is_file() and path not in covered and path.name != SPACE_FILE:
            raise ScopeError(
                msg("{path}: not a member, event or recap file of this repository", path=str(path))
            )
    return scope
