"""`cowork check`: every check of the repository's data, run over a scope of files.

A checker takes a `CheckScope` (which member, event and recap files to look at, plus the cheap
index of every handle and event slug) and returns problems. `check_repository` runs them all over
the whole repository or over given paths; the pull-request mode builds a smaller scope
(`cowork.pullrequest`). Problems found twice (by two checkers) are reported once.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cowork.config import KitSettings
from cowork.inventory import (
    NameIndex,
    build_index,
    event_files,
    markdown_metadata,
    member_files,
    recap_files,
)
from cowork.problems import Problem, Severity, sorted_problems
from cowork.yamlfile import YamlDocument, format_keypath, load_yaml

GITHUB_LOGIN = re.compile(r"^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$", re.IGNORECASE)
"""GitHub's rule: letters, digits and single inner hyphens, 39 characters at most."""


class ScopeError(Exception):
    """A path given on the command line is not a member, event or recap file."""


@dataclass(frozen=True)
class CheckScope:
    settings: KitSettings
    index: NameIndex
    member_files: tuple[Path, ...]
    event_files: tuple[Path, ...]
    recap_files: tuple[Path, ...]
    whole_repository: bool = False
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
    """Data files are never links: the build would read whatever file a link points to."""
    return Problem(
        relpath,
        None,
        "",
        "symbolic links are not allowed in the site's data: the build would read whatever "
        "file the link points to",
        hint="commit the file itself",
    )


def check_yaml_files(scope: CheckScope) -> list[Problem]:
    """Syntax and safety of every YAML file in scope (tags, anchors, size, duplicate keys)."""
    problems: list[Problem] = []
    for path in (*scope.member_files, *scope.event_files):
        problems.extend(scope.load(path)[1])
    return problems


def check_member_file_names(scope: CheckScope) -> list[Problem]:
    """A member file is named by its owner's GitHub login, in lowercase, and by no other case."""
    problems: list[Problem] = []
    by_lower: dict[str, list[str]] = defaultdict(list)
    for stem in scope.index.member_stems:
        by_lower[stem.lower()].append(stem)
    members_rel = scope.relpath(scope.settings.members_path)
    for path in scope.member_files:
        relpath, stem = scope.relpath(path), path.stem
        if not GITHUB_LOGIN.match(stem):
            problems.append(
                Problem(
                    relpath,
                    None,
                    "",
                    "file name is not a GitHub login: expected letters, digits and single "
                    "hyphens (at most 39 characters, no hyphen first or last), "
                    f"found '{path.name}'",
                    hint="name the file after your GitHub login, in lowercase",
                )
            )
        elif stem != stem.lower():
            problems.append(
                Problem(
                    relpath,
                    None,
                    "",
                    "file name must be the GitHub login in lowercase: "
                    f"expected '{stem.lower()}.yaml', found '{path.name}'",
                    hint="rename the file",
                )
            )
        twins = [other for other in by_lower[stem.lower()] if other != stem]
        if twins:
            others = ", ".join(f"'{members_rel}/{t}.yaml'" for t in sorted(twins))
            problems.append(
                Problem(
                    relpath,
                    None,
                    "",
                    f"two member files differ only by case: this one and {others}",
                    hint="keep one file, named in lowercase (macOS and Windows cannot hold both)",
                )
            )
    return problems


def check_references(scope: CheckScope) -> list[Problem]:
    """Names that point at other files: event organisers, a recap's event and author."""
    problems: list[Problem] = []
    for path in scope.event_files:
        doc, _ = scope.load(path)
        if doc is None or not isinstance(doc.data, dict):
            continue
        organizers = doc.data.get("organizers")
        if not isinstance(organizers, list):
            continue
        for position, handle in enumerate(organizers):
            if isinstance(handle, str) and not scope.index.has_handle(handle):
                keypath = ("organizers", position)
                problems.append(
                    Problem(
                        doc.relpath,
                        doc.line_of(keypath),
                        format_keypath(keypath),
                        f"unknown member '{handle}': expected the name of a file in "
                        f"{scope.relpath(scope.settings.members_path)}/ (without .yaml)",
                        hint=_closest(handle, scope.index.handles),
                    )
                )
    for path in scope.recap_files:
        problems.extend(_recap_references(scope, path))
    return problems


def _recap_references(scope: CheckScope, path: Path) -> list[Problem]:
    problems: list[Problem] = []
    metadata = markdown_metadata(path)
    relpath = scope.relpath(path)
    if "event" in metadata:
        slug, line = metadata["event"]
        if slug not in scope.index.event_slugs:
            problems.append(
                Problem(
                    relpath,
                    line,
                    "Event",
                    f"unknown event '{slug}': expected the name of a file in "
                    f"{scope.relpath(scope.settings.events_path)}/ (without .yaml)",
                    hint=_closest(slug, scope.index.event_slugs),
                )
            )
    if "author" in metadata:
        author, line = metadata["author"]
        # Only handle-shaped authors are member references; "L'équipe" is a plain name.
        handle_shaped = author == author.lower() and GITHUB_LOGIN.match(author)
        if handle_shaped and not scope.index.has_handle(author):
            problems.append(
                Problem(
                    relpath,
                    line,
                    "Author",
                    f"'{author}' looks like a member handle but there is no "
                    f"{scope.relpath(scope.settings.members_path)}/{author}.yaml",
                    severity=Severity.WARNING,
                    hint=_closest(author, scope.index.handles)
                    or "write the author's handle, or their name in plain words",
                )
            )
    return problems


def _closest(name: str, known: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


# The validators of each data format (models, schema, rules), each wired in with one line:
#     lambda scope: validate_members(scope.member_files, scope.settings),
VALIDATORS: tuple[Checker, ...] = ()

CHECKERS: tuple[Checker, ...] = (
    check_yaml_files,
    check_member_file_names,
    check_references,
    *VALIDATORS,
)


def run_checks(scope: CheckScope, checkers: Sequence[Checker] = CHECKERS) -> list[Problem]:
    """Every checker over `scope`; each problem once, in reading order."""
    found: dict[Problem, None] = {}
    for checker in checkers:
        found.update(dict.fromkeys(checker(scope)))
    return sorted_problems(found)


def whole_scope(settings: KitSettings) -> CheckScope:
    return CheckScope(
        settings,
        build_index(settings),
        tuple(member_files(settings)),
        tuple(event_files(settings)),
        tuple(recap_files(settings)),
        whole_repository=True,
    )


def scope_of_paths(settings: KitSettings, paths: Iterable[Path]) -> CheckScope:
    """The files under `paths` (files or folders), sorted into members, events and recaps."""
    everything = whole_scope(settings)
    wanted = [p.resolve() for p in paths]

    def chosen(files: tuple[Path, ...]) -> tuple[Path, ...]:
        return tuple(f for f in files if any(f.resolve().is_relative_to(w) for w in wanted))

    scope = CheckScope(
        settings,
        everything.index,
        chosen(everything.member_files),
        chosen(everything.event_files),
        chosen(everything.recap_files),
    )
    covered = {f.resolve() for f in (*scope.member_files, *scope.event_files, *scope.recap_files)}
    for path in wanted:
        if not path.exists():
            raise ScopeError(f"{path}: no such file or folder")
        if path.is_file() and path not in covered:
            raise ScopeError(f"{path}: not a member, event or recap file of this repository")
    return scope


def check_repository(settings: KitSettings, paths: Iterable[Path] | None = None) -> list[Problem]:
    """Check the whole repository, or only the files under `paths`."""
    scope = whole_scope(settings) if paths is None else scope_of_paths(settings, paths)
    return run_checks(scope)
