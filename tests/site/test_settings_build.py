"""A misspelt kit setting fails the build at its line, as every warning does; a notice does not."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ScratchBuilder
from tests.sites import SAMPLE


def test_a_misspelt_setting_fails_the_build_with_its_line(build_scratch: ScratchBuilder) -> None:
    settings = (SAMPLE / "pelicanconf.py").read_text("utf-8")
    line = len(settings.splitlines()) + 1
    built = build_scratch({"pelicanconf.py": settings + "EVENT_HORIZON_MONTHS = 6\n"})
    assert built.returncode != 0
    assert f"pelicanconf.py:{line}: EVENT_HORIZON_MONTHS: unknown setting" in built.log
    assert "did you mean 'EVENTS_HORIZON_MONTHS'?" in built.log


def test_the_production_build_reports_the_problems_of_space_yaml_too(
    build_scratch: ScratchBuilder,
) -> None:
    built = build_scratch(
        {"space.yaml": "name: La Ruche\nlanguage: fr\ntimezone: Europe/Lile\n"},
        settings="publishconf.py",
    )
    assert built.returncode != 0
    assert "space.yaml:3: timezone:" in built.log


def test_a_notice_is_shown_by_a_build_where_every_warning_is_fatal_and_does_not_fail_it() -> None:
    # Pelican's own logging, set up as `pelican --fatal warnings` sets it up.
    script = (
        "from pelican.log import init\n"
        "init(fatal='warnings')\n"
        "from cowork.problems import Problem, Severity\n"
        "from cowork.text.messages import verbatim\n"
        "from cowork_pelican.reporting import report\n"
        "report([Problem('space.yaml', 2, 'slogan', verbatim('renamed'), Severity.NOTICE)])\n"
        "print('built')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "built" in done.stdout
    assert "1 notice in the site's data" in done.stdout + done.stderr
    assert "space.yaml:2: slogan: renamed" in done.stdout + done.stderr
    warning = script.replace("Severity.NOTICE", "Severity.WARNING")
    failed = subprocess.run([sys.executable, "-c", warning], capture_output=True, text=True)
    assert failed.returncode != 0 and "built" not in failed.stdout
