"""Symbolic links: refused everywhere in the site's sources, and as the output folder.

A link committed under `content/`, `members/` or `events/` could make the build read, and publish,
any file of the machine that builds it; a link committed as `output` (which `.gitignore`'s
`/output/` does not cover) would make the build's final swap rename and delete whatever it points
to, the checkout's parent folder included. The folders are walked without following any link, so
a link that loops costs nothing either.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from cowork.problems import Problem
from cowork.text.messages import Message, msg


def symlinks_under(folders: Iterable[Path]) -> list[Path]:
    """Every symbolic link inside `folders` (files and folders alike), never followed."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_symlink():
            found.append(folder)
        elif folder.is_dir():
            found.extend(_walk(folder))
    return sorted(found)


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = list(os.scandir(folder))
    except OSError:  # unreadable: whatever reads it next says why
        return
    for entry in entries:
        if entry.is_symlink():
            if not _is_editor_lock(entry):
                yield Path(entry.path)
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))


def _is_editor_lock(entry: os.DirEntry[str]) -> bool:
    # Emacs marks a file changed and not saved yet with a link `.#name` to nowhere
    # (`user@host.1234:…`). A link to nowhere makes nothing readable, and refusing it would fail
    # every build made while an article or a member file is being edited.
    # os.path.exists, not Path.exists: it answers False for any error (a target name too long,
    # a folder that cannot be read) where Path.exists raises.
    return entry.name.startswith(".#") and not os.path.exists(entry.path)  # noqa: PTH110


def link_problems(folders: Iterable[Path], root: Path) -> list[Problem]:
    """A problem for each link under `folders`, worded as the data files' own checks word it
    (so that a link found by both is reported once)."""
    problems = []
    for link in symlinks_under(folders):
        relpath = link.relative_to(root).as_posix() if link.is_relative_to(root) else str(link)
        message = (
            msg("expected a folder, found a symbolic link")
            if link.is_dir()
            else msg("expected a file, found a symbolic link")
        )
        problems.append(Problem(relpath, None, "", message))
    return problems


def output_problem(output: Path, root: Path) -> Message | None:
    """Why the build must not write to `output` (an absolute path, links not resolved), or None.

    The build replaces the output folder as a whole: it must be a real folder (or not exist yet),
    and must not hold the repository itself.
    """
    if output.is_symlink():
        return msg(
            "the output folder {output} is a symbolic link (to {target}): the build never writes "
            "through a link, as replacing the folder would delete what it points to (remove the "
            "link with `rm {name}`, then build again)",
            output=str(output),
            target=str(output.readlink()),
            name=output.name,
        )
    if output.exists() and not output.is_dir():
        return msg(
            "the output folder {output} is a file, not a folder (remove it, then build again)",
            output=str(output),
        )
    if root.resolve().is_relative_to(output.resolve()):
        return msg(
            "the output folder {output} holds the repository ({root}): replacing it would "
            "delete the repository (set OUTPUT_PATH to a folder of its own, such as output)",
            output=str(output),
            root=str(root),
        )
    return None
