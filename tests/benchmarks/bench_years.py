"""The same repository built today and 1, 5 and 10 years later: build time and pages stay within
a small factor (README: "Rebuilt every day, for years")."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.benchmarks.harness import measure_build
from tests.sites import make_scratch_site
from tests.years_site import FILES, LATER


def run() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory(prefix="bench-years-") as scratch:
        source = make_scratch_site(Path(scratch) / "site", FILES)
        first = None
        for label, now in LATER.items():
            measured = measure_build(
                f"built {label}" if label == "today" else f"built {label} on",
                source,
                env={"COWORK_NOW": now},
            )
            first = first or measured
            ratio = measured.seconds / first.seconds
            pages = measured.pages / first.pages
            lines.append(f"{measured.line()}; {ratio:.2f}x the time, {pages:.2f}x the pages")
    return lines
