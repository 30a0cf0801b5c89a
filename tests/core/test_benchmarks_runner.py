"""`make bench` finds every benchmark module, and says so when asked for one that does not exist.

The benchmarks themselves are not run here: speed is measured by `make bench`, never asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.__main__ import discover, main


def test_every_bench_module_is_found() -> None:
    assert "site" in discover()


def test_an_unknown_benchmark_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("unknown benchmark: nope; known: ")
    assert "site" in err.removeprefix("unknown benchmark: nope; known: ").split(", ")
