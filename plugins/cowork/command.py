"""The `cowork` command's entry point (`[project.scripts]` in pyproject.toml): `cowork.cli`, run
as a short-lived process.

It turns CPython's cyclic garbage collector off before anything is imported. A command lives a
few seconds at most, and reference counting frees nearly all it makes; the collector, run again
and again while hundreds of modules load, frees little and costs 10 ms of a 0.3 s
pull-request check. (A whole repository's check of 5,000 members and 2,000 events ends a tenth
sooner, holding 62 MB of memory at most instead of 48.) `cowork.cli.main` called in a process
of its own choosing (tests, benchmarks) keeps the collector as it is.
"""

from __future__ import annotations

import gc
import sys


def run() -> None:
    gc.disable()
    from cowork.cli import main

    sys.exit(main())


if __name__ == "__main__":
    run()
