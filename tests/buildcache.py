"""One store of compiled templates, share cards, members' pictures and events' own calendars for
all the builds of a test run, so that each scratch site does not make them all again (issue 15).

A scratch site starts with an empty `.cache/cowork/`: its first build compiled the kit's
templates and drew every card and picture, two thirds of a small site's build. These four
caches are shared safely between sites, because each of their files is named by what makes it
(a card or picture by the hash of everything drawn on it, a calendar by the hash of its bytes;
a compiled template by the template's path, and checked by Jinja against its source before
use), is written under a temporary name then renamed, and is never written again. A build
that finds another site's file in its cache uses what it would have made itself.

So before a site's first build, its cache is filled with links to the run's store (`seed`), and
after each build the files it made are linked into the store for the next sites (`harvest`);
`shared` does both around a build.
Links, not copies: the store and the sites live in one temporary folder. Pruning a site's cache
removes only its own names. The schema checks and rendered texts are left out: each is one
file per site, named by kind, not by content.

Where a test is about a first build itself (what a build draws, or whether it makes a cache at
all), it builds with `shared_cache=False` (`tests.sites.run_pelican`). No test may write into a
built card, picture or calendar in place: the site's file is a second name of the store's, and
every later build would get the changed bytes (replacing the file, as the kit does, is safe).
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SHARED = ("jinja", "cards", "avatars", "calendars")
"""The folders of `.cache/cowork/` whose files are named by their content."""

LINKS_REFUSED = {errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP}
"""Why a file system may refuse a hard link: another file system, or none allowed there."""

_store: list[Path] = []
"""The run's store, set once by the tests' session fixture (`use`)."""


def use(store: Path) -> None:
    """Share the files of every build of this process through `store` (made at the first
    harvest: a run without builds makes nothing)."""
    _store[:] = [store]


def store() -> Path | None:
    """The run's store, None until the session fixture sets it."""
    return _store[0] if _store else None


@contextmanager
def shared(source: Path) -> Iterator[None]:
    """Around the builds of the site at `source` (a `make html`, a `cowork test`): seeded
    before, harvested after, even when they fail."""
    seed(source)
    try:
        yield
    finally:
        harvest(source)


def seed(source: Path) -> None:
    """Fill the cache of a site never built with links to the store's files."""
    cache = _cache(source)
    if not _store or cache.exists():
        return
    for folder in SHARED:
        _link_tree(_store[0] / folder, cache / folder)


def harvest(source: Path) -> None:
    """Link into the store the files that a build of the site made."""
    if _store:
        for folder in SHARED:
            _link_tree(_cache(source) / folder, _store[0] / folder)


def _cache(source: Path) -> Path:
    return source / ".cache" / "cowork"


def _link_tree(origin: Path, target: Path) -> None:
    """Give every finished file under `origin` a name under `target`, unless it has one there.

    A build's temporary files, still being written or left by a killed build, are left out: the
    kit's start with a dot, Jinja's end with `.tmp`."""
    try:
        entries = list(os.scandir(origin))
    except FileNotFoundError:
        return
    target.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        if entry.name.startswith(".") or entry.name.endswith(".tmp"):
            continue
        if entry.is_dir(follow_symlinks=False):
            _link_tree(Path(entry.path), target / entry.name)
            continue
        destination = target / entry.name
        try:
            os.link(entry.path, destination)
        except FileExistsError:
            pass  # the same name is the same file: another build linked it first
        except OSError as refused:  # links refused (another file system): a copy, renamed
            if refused.errno not in LINKS_REFUSED:
                raise
            temporary = target / f".{entry.name}.{os.getpid()}.copy"
            shutil.copyfile(entry.path, temporary)
            temporary.replace(destination)
