"""The preview's builds write the directory's and the calendar's pages in a second process.

Under `make serve`, a build is what a person waits for between saving a file and seeing it: about
half of it is writing pages, and the blog's pages (Pelican's generators) and the directory's and
the calendar's (the kit's own generators) take about as long as each other. Once every generator
has read its data and every plugin has shared what it computed (`all_generators_finalized`), a
forked child writes the kit's pages while this process writes the blog's, on the machine's other
core. Both write into the same new folder, different paths; the child's caches are written by the
child (`.cache/cowork/`), as they would have been by this process.

Pelican's last generator (its static files) waits for the child before Pelican sends `finalized`,
whose receivers (the sitemap, the share cards, SpaceAPI) read the pages written; a child that
fails fails the build, whose new folder is then thrown away (`cowork_pelican.build`).

Only the preview does this (`AtomicPelican.split_output`, set by `cowork_pelican.warm` for `make
serve`): `make html`, `make publish` and CI build in one process, as Pelican does. On a machine
with one core, the split costs a fork and gains nothing; it is kept there too, so that the
preview builds alike everywhere.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import traceback
from collections.abc import Sequence
from typing import Any

APART = frozenset({"cowork_pelican.members", "cowork_pelican.events"})
"""The modules whose generators write their pages in the child."""


class Apart:
    """One build's child: started when the writer is made, waited for by the last generator."""

    def __init__(self) -> None:
        self.generators: list[Any] = []
        self.child: int | None = None

    def remember(self, generators: Sequence[Any]) -> None:
        self.generators = list(generators)

    def start(self, writer: Any) -> None:
        """Fork the child that runs the kit's generators' `generate_output(writer)`; in this
        process, those become no-ops, and the last other generator waits for the child."""
        apart = [g for g in self.generators if type(g).__module__ in APART]
        here = [g for g in self.generators if g not in apart and hasattr(g, "generate_output")]
        if not apart or not here or not hasattr(os, "fork"):
            return
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(apart, writer)
        self.child = pid
        for generator in apart:
            generator.generate_output = _nothing
        last = here[-1]
        write = last.generate_output

        def then_wait(writer: Any) -> None:
            write(writer)
            self.wait()

        last.generate_output = then_wait

    def wait(self) -> None:
        """Wait for the child; its failure is the build's (it printed why)."""
        pid, self.child = self.child, None
        if pid is None:
            return
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError("the directory's or the calendar's pages could not be written")

    def stop(self) -> None:
        """The build failed before waiting: end the child, whose folder is thrown away."""
        pid, self.child = self.child, None
        if pid is None:
            return
        with contextlib.suppress(ProcessLookupError):  # it had ended already
            os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)


def _nothing(writer: Any) -> None:
    """What a generator writing in the child does in this process."""


def _child(generators: Sequence[Any], writer: Any) -> None:
    status = 0
    try:
        for generator in generators:
            generator.generate_output(writer)
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    # No interpreter shutdown: the parent's state is neither torn down nor flushed twice.
    os._exit(status)
