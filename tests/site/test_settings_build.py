"""A misspelt kit setting fails the build at its line, as every warning does."""

from __future__ import annotations

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
