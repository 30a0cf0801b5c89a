"""`cowork check`: every check of the repository's data, run over a scope of files.

A checker takes a `CheckScope` (`cowork.check.scope`: which member, event and recap files to
look at, plus the cheap index of every handle and event slug) and returns problems. `CHECKERS`
lists them all; `check_repository` runs them over the whole repository or given paths, and the
pull-request mode over the files a pull request touches (`cowork.pullrequest.check`). A problem
found by two checkers is reported once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from cowork.check.codeowners import check_codeowners
from cowork.check.references import check_references
from cowork.check.scope import Checker, CheckScope, scope_of_paths, whole_scope
from cowork.check.strays import check_leftovers, check_stray_event_files
from cowork.check.validators import (
    validate_event_files,
    validate_member_files,
    validate_recap_files,
    validate_space_file,
)
from cowork.files.links import link_problems, output_problem
from cowork.problems import Problem, sorted_problems
from cowork.settings import KitSettings


def check_links(scope: CheckScope) -> list[Problem]:
    """Symbolic links in the site's sources, and as the output folder: the build refuses them
    before it reads or writes anything (`cowork.files.links`)."""
    if not scope.whole_repository:
        return []  # a pull request's links are refused with its changes (`cowork.pullrequest`)
    settings = scope.settings
    folders = (settings.content_path, settings.members_path, settings.events_path)
    problems = link_problems(folders, settings.root)
    output = settings.output_path
    refused = output_problem(output, settings.root) if output else None
    if output and refused:
        shown = (
            output.relative_to(settings.root).as_posix()
            if output.is_relative_to(settings.root)
            else str(output)
        )
        problems.append(Problem(shown, None, "", refused))
    return problems


def check_yaml_files(scope: CheckScope) -> list[Problem]:
    """Syntax and safety of every YAML file in scope (tags, anchors, size, duplicate keys)."""
    problems: list[Problem] = []
    for path in (*scope.member_files, *scope.event_files):
        problems.extend(scope.load(path)[1])
    return problems


# The validators of each data format (schema, models, rules) live beside their models; each is
# wired in here with one line, through its adapter in `cowork.check.validators`. Where one
# repeats a rule of the checks above, keep one wording of it.
VALIDATORS: tuple[Checker, ...] = (
    validate_space_file,
    validate_member_files,
    validate_event_files,
    validate_recap_files,
    validate_space_file,
)

CHECKERS: tuple[Checker, ...] = (
    check_links,
    check_yaml_files,
    check_stray_event_files,
    check_leftovers,
    check_references,
    check_codeowners,
    *VALIDATORS,
)


def run_checks(scope: CheckScope, checkers: Sequence[Checker] = CHECKERS) -> list[Problem]:
    """Every checker over `scope`; each problem once, in reading order."""
    found: dict[Problem, None] = {}
    for checker in checkers:
        found.update(dict.fromkeys(checker(scope)))
    return sorted_problems(found)


def check_repository(
    settings: KitSettings, now: dt.datetime, paths: Iterable[Path] | None = None
) -> list[Problem]:
    """Check the whole repository, or only the files under `paths`, as of `now`."""
    scope = whole_scope(settings, now) if paths is None else scope_of_paths(settings, now, paths)
    return run_checks(scope)
