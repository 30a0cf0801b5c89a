"""The `cowork` command's entry point (`[project.scripts]` in pyproject.toml): `cowork.cli`, run
as a short-lived process.

It turns CPython's cyclic garbage collector off before anything is imported. A command lives a
few seconds at most, and reference counting frees nearly all it makes; the collector, run
again and again as hundreds of modules and thousands of data files load, found little and cost
a tenth of a pull-request check and a third of a whole repository's check (5,000 members and
2,000 events: 10 s instead of 15 s, 61 MB of memory at most instead of 47). `cowork.cli.main`
called in a process of its own choosing (tests, benchmarks) keeps the collector as it is.
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
