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
A reader that stops reading (`cowork check | head`) ends it quietly: with its status if it had
finished writing, else 1.
An error nobody foresaw, or argparse's exit (`--help`, wrong usage), ends the ordinary way.
`cowork.cli.main` called in a process of its own choosing (tests, benchmarks) keeps Python's
ways.
"""

from __future__ import annotations

import gc
import os
import select
import sys
from typing import NoReturn


def run() -> NoReturn:
    gc.disable()
    from cowork.cli import main

    try:
        status = main()
    except BrokenPipeError:
        if not _reader_gone():
            raise  # a pipe of the command's own (to git) broke: an error nobody foresaw
        _end_quietly(1)  # cut short while it wrote: its verdict is not known
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        _end_quietly(status)  # what it had to say was all said, if not all read
    except OSError:  # another failed write at the end (a full disk): Python's exit says so
        sys.exit(status)
    os._exit(status)


def _reader_gone() -> bool:
    """Whether standard output is a pipe that nobody reads any more."""
    poller = select.poll()
    poller.register(sys.stdout.fileno(), select.POLLOUT)
    return any(event & select.POLLERR for _, event in poller.poll(0))


def _end_quietly(status: int) -> NoReturn:
    """The reader stopped reading (`cowork check | head`): what is left to say goes nowhere,
    quietly, as Python's documentation advises (no traceback, no "Exception ignored")."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    os._exit(status)


if __name__ == "__main__":
    run()
