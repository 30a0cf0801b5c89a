"""The preview's builds write the directory's and the calendar's pages in a second process.

Under `make serve`, a build is what a person waits for between saving a file and seeing it: about
half of it is writing pages, and the blog's pages (Pelican's generators) and the directory's and
the calendar's (the kit's own generators) take about as long as each other. Once every generator
has read its data and every plugin has shared what it computed (`all_generators_finalized`), a
forked child writes the kit's pages into a folder of its own while this process writes the
blog's, on the machine's other core. The child's caches are written by the child
(`.cache/cowork/`), as they would have been by this process.

Pelican's last generator (its static files) waits for the child, then moves the child's files
into the build's folder before Pelican sends `finalized`, whose receivers (the sitemap, the share
cards, SpaceAPI) read the pages written. If both processes wrote the same path (a page whose
address is the directory's, say), the child's folder is dropped and the kit's pages are written
again here, with Pelican's own writer: the build then fails, or keeps a page written with
`override_output`, exactly as `make html` does. A child that fails fails the build, whose folder
is then thrown away (`cowork_pelican.build`).

Only the preview does this (`AtomicPelican.split_output`, set by `cowork_pelican.warm` for `make
serve`): `make html`, `make publish` and CI build in one process, as Pelican does. On a machine
with one core, the split costs a fork and gains nothing; it is kept there too, so that the
preview builds alike everywhere.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import TemplateError

from cowork_pelican.reporting import template_error
from cowork_pelican.warm import exit_after

APART = frozenset({"cowork_pelican.members", "cowork_pelican.events"})
"""The modules whose generators write their pages in the child."""


class ApartFailedError(RuntimeError):
    """The second process failed; it printed why."""


class Apart:
    """One build's child: started when the writer is made, waited for by the last generator."""

    def __init__(self) -> None:
        self.generators: list[Any] = []
        self.child: int | None = None
        self.folder: Path | None = None

    def remember(self, generators: Sequence[Any]) -> None:
        self.generators = list(generators)

    def start(self, writer: Any) -> None:
        """Fork the child that runs the kit's generators' `generate_output(writer)` into a
        folder of its own; in this process, those become no-ops, and the last other generator
        waits for the child and takes its files."""
        apart = [g for g in self.generators if type(g).__module__ in APART]
        here = [g for g in self.generators if g not in apart and hasattr(g, "generate_output")]
        if not apart or not here or not hasattr(os, "fork"):
            return
        staging = Path(writer.output_path)
        # Named after the build's folder: if the build is killed, `remove_leftovers` finds it.
        folder = Path(tempfile.mkdtemp(prefix=f"{staging.name}-apart-", dir=staging.parent))
        self.folder = folder
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(apart, writer, folder)
        self.child = pid
        for generator in apart:
            generator.generate_output = _nothing
        last = here[-1]
        write = last.generate_output

        def then_gather(writer: Any) -> None:
            write(writer)
            self.wait()
            if not _moved(folder, staging):
                # Both wrote a path: Pelican's writer, here, decides as in one process.
                shutil.rmtree(folder, ignore_errors=True)
                for generator in apart:
                    del generator.generate_output
                    generator.generate_output(writer)

        last.generate_output = then_gather

    def wait(self) -> None:
        """Wait for the child; its failure is the build's (it printed why)."""
        pid, self.child = self.child, None
        if pid is None:
            return
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise ApartFailedError("the directory's or the calendar's pages could not be written")

    def stop(self) -> None:
        """After the build, failed or not: end a child still running (the build failed before
        waiting for it) and remove its folder if its files were not taken."""
        pid, self.child = self.child, None
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):  # it had ended already
                os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _nothing(writer: Any) -> None:
    """What a generator writing in the child does in this process."""


def _child(generators: Sequence[Any], writer: Any, folder: Path) -> None:
    def write() -> None:
        writer.output_path = str(folder)
        try:
            for generator in generators:
                generator.output_path = str(folder)
                generator.generate_output(writer)
        except TemplateError as error:
            # Said as the build in one process says it; the parent adds that the build failed.
            sys.stderr.write(f"{template_error(error, writer.settings)}\n")
            raise SystemExit(1) from None

    exit_after(write)


def _moved(source: Path, target: Path) -> bool:
    """Move everything under `source` into `target` and remove `source`; False, with nothing
    moved, if a path exists in both (other than a folder in both)."""
    if _collides(source, target):
        return False
    _move(source, target)
    source.rmdir()
    return True


def _collides(source: Path, target: Path) -> bool:
    for entry in source.iterdir():
        there = target / entry.name
        if not there.exists() and not there.is_symlink():
            continue
        both_folders = _is_folder(entry) and _is_folder(there)
        if not both_folders or _collides(entry, there):
            return True
    return False


def _move(source: Path, target: Path) -> None:
    for entry in source.iterdir():
        there = target / entry.name
        if _is_folder(entry) and _is_folder(there):
            _move(entry, there)
            entry.rmdir()
        else:
            entry.rename(there)


def _is_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()
