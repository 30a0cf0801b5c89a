"""One build names every problem of every kind of data file, as `cowork check` does."""

from __future__ import annotations

from tests.conftest import ScratchBuilder

BAD_MEMBER = (
    "name: Ana Lima\nbio: Écrivez-moi à ana@example.org\nconsent:\n  directory: 2026-01-05\n"
)
BAD_EVENT = "title: Atelier\nstart: 2026-12-03 18:00\nduration: une heure\nlocation: Salle\n"


def test_a_member_and_an_event_with_problems_are_both_named(
    build_scratch: ScratchBuilder,
) -> None:
    built = build_scratch({"members/ana.yaml": BAD_MEMBER, "events/atelier.yaml": BAD_EVENT})
    assert built.returncode == 1
    assert "members/ana.yaml:2: bio:" in built.log
    assert "events/atelier.yaml:3: duration:" in built.log
    assert "Traceback" not in built.log
