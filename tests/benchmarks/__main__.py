"""`make bench`, or `python -m tests.benchmarks [NAME ...]`: run benchmarks, print their reports.

Every module `tests/benchmarks/bench_<name>.py` with a `run() -> list[str]` function is a
benchmark; with names on the command line (`site` or `bench_site`), only those run.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

PACKAGE = "tests.benchmarks"


def discover() -> dict[str, Callable[[], list[str]]]:
    """Every benchmark's `run`, by short name ('site' for bench_site.py), in name order."""
    found: dict[str, Callable[[], list[str]]] = {}
    for module_info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=str):
        if not module_info.name.startswith("bench_"):
            continue
        module = importlib.import_module(f"{PACKAGE}.{module_info.name}")
        run = getattr(module, "run", None)
        if not callable(run):
            raise SystemExit(f"{module.__name__} has no run() -> list[str] function")
        found[module_info.name.removeprefix("bench_")] = run
    return dict(sorted(found.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args(argv)
    benchmarks = discover()
    wanted = [name.removeprefix("bench_") for name in args.names] or list(benchmarks)
    unknown = [name for name in wanted if name not in benchmarks]
    if unknown:
        known = ", ".join(benchmarks)
        print(f"unknown benchmark: {', '.join(unknown)}; known: {known}", file=sys.stderr)
        return 2
    for name in wanted:
        print(f"## {name}", flush=True)
        started = time.perf_counter()
        for line in benchmarks[name]():
            print(line, flush=True)
        print(f"({name} took {time.perf_counter() - started:.1f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
