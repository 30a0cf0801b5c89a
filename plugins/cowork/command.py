"""The `cowork` command's entry point (`[project.scripts]` in pyproject.toml): `cowork.cli`, run
as a short-lived process.

A command lives a few seconds at most, and what Python does to stay tidy over a long life is
wasted on it. So:
- the cyclic garbage collector is off from the start: reference counting frees nearly all a
  command makes, and the collector, run again and again while hundreds of modules load, frees
  little and costs 10 ms of a 0.3 s pull-request check (a whole repository's check of 5,000
  members and 2,000 events ends a tenth sooner, holding 62 MB of memory at most instead of 48);
- once `main` has returned, the process ends at once, after writing what is buffered for the
  terminal: tearing down every module and object would cost 20 ms more. Every file the
  commands write is closed when `main` returns, every git process they start ended.
An error nobody foresaw, or argparse's exit (`--help`, wrong usage), ends the ordinary way.
`cowork.cli.main` called in a process of its own choosing (tests, benchmarks) keeps Python's
ways.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn


def run() -> NoReturn:
    gc.disable()
    from cowork.cli import main

    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe (`cowork check | head`): Python's own exit reports it
        sys.exit(status)
    os._exit(status)


if __name__ == "__main__":
    run()
