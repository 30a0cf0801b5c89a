"""The order in which the suite's modules are handed to the workers: the longest first.

`make test` spreads whole modules over the cores (pytest-xdist's `loadscope`, in the order given
here). A long module handed out last keeps one core busy while the other waits: in one run,
`test_serve.py` (26 s) and `test_warm_builds.py` (18 s) came last by their names, and one core
sat idle for the run's last 19 s. So each run records how long each test took, in pytest's
cache (`.pytest_cache/`, kept between runs, never committed), and the next run starts with the
longest modules; the short ones at the end fill both cores evenly. A module that no run has
timed yet (a new one, or a fresh clone's) is ranked by the `slow` marker: a minute, or nothing.
A module marked `waits` (the preview's, which spends 16 s of its 17 waiting for rebuilds) starts
before all: `make test` runs the demo's site check beside the suite for its first 20 s, and a
core that waits there is a core the check gets. Run later, its waits left a core idle: 12
core-seconds idle a run, and `make test` took 86.8 s instead of 92.2–92.8 in one hour.

The main process reads the cache file once and hands what it read to every worker (pytest-xdist's
`workerinput`): the workers must sort their collections alike, and another run in the same
checkout may rewrite the file while they collect. Only the main process writes it, once the run
is over, without the tests whose module is gone.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

CACHE_KEY = "cowork/seconds-by-test"
"""Where pytest's cache keeps each test's last time (its setup, call and teardown): a run of a
few tests updates theirs, and a module's time stays the sum of all of its tests."""
SLOW_GUESS = 60.0
"""The seconds assumed for a module marked `slow` that no run has timed yet."""

_timed: dict[str, float] = {}
"""This run's time of each test, from the reports of every worker."""
_known = pytest.StashKey[dict[str, float]]()


def pytest_configure(config: pytest.Config) -> None:
    worker = getattr(config, "workerinput", None)
    known: dict[str, float] = worker.get(CACHE_KEY, {}) if worker else _recorded(config)
    config.stash[_known] = known


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist, in the main process: the times it read, for a worker about to start."""
    node.workerinput[CACHE_KEY] = node.config.stash[_known]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    known = config.stash[_known]
    modules: dict[str, float] = {}
    for item in items:
        module = _module(item.nodeid)
        modules[module] = modules.get(module, 0.0) + known.get(item.nodeid, 0.0)
    # Timed is not the same as long: a module of quick tests may have a recorded 0.0 s.
    timed = {_module(nodeid) for nodeid in known}
    for item in items:
        module = _module(item.nodeid)
        if module not in timed and item.get_closest_marker("slow"):
            modules[module] = SLOW_GUESS

    # A module marked `waits` first whatever its time: it leaves its core to the demo's site
    # check, which `make test` runs beside the suite at its start. Stable: a module's tests
    # keep their order among themselves.
    waiting = {_module(item.nodeid) for item in items if item.get_closest_marker("waits")}
    items.sort(
        key=lambda item: (_module(item.nodeid) in waiting, modules[_module(item.nodeid)]),
        reverse=True,
    )


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _timed[report.nodeid] = _timed.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    cache = getattr(config, "cache", None)  # None with `-p no:cacheprovider`
    if hasattr(config, "workerinput") or cache is None or not _timed:
        return  # a pytest-xdist worker: the main process has every report
    known: dict[str, float] = config.stash[_known]
    merged = {**known, **_timed}
    kept = {
        nodeid: round(seconds, 3)
        for nodeid, seconds in merged.items()
        if (config.rootpath / _module(nodeid)).is_file()
    }
    cache.set(CACHE_KEY, kept)


def _recorded(config: pytest.Config) -> dict[str, float]:
    cache = getattr(config, "cache", None)
    found = cache.get(CACHE_KEY, {}) if cache is not None else {}
    if not isinstance(found, dict):
        return {}
    return {
        str(nodeid): float(seconds)
        for nodeid, seconds in found.items()
        if isinstance(seconds, int | float)
        and not isinstance(seconds, bool)
        and math.isfinite(seconds)
        and seconds >= 0
    }


def _module(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]
