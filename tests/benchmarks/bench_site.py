"""The sample site's build, and the kit against bare Pelican on the same articles."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.benchmarks.harness import make_bare_site, measure_build, write_articles
from tests.sites import copy_sample, make_scratch_site

MANY = 300
"""Articles in the scaling comparison: a few years of a busy blog."""


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-site-") as scratch:
        sample = copy_sample(Path(scratch) / "sample")
        development = "sample site (pelican --fatal warnings -s pelicanconf.py)"
        production = "sample site, production (-s publishconf.py)"
        lines = [
            measure_build(development, sample).line(),
            measure_build(production, sample, "publishconf.py").line(),
        ]
        kit = make_scratch_site(Path(scratch) / "kit", {})
        write_articles(kit / "content", MANY)
        bare = make_bare_site(Path(scratch) / "bare", MANY)
        lines.append(measure_build(f"kit, {MANY} articles", kit).line())
        lines.append(measure_build(f"bare Pelican, {MANY} articles", bare).line())
    return lines
