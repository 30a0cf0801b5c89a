"""The build and `cowork check` agree on which files are data: one inventory answers both.

Regression tests for two disagreements of the past: a hidden folder under `events/` was read by
the build and skipped by the check; a YAML file in a sub-folder of `members/` counted as an
organiser's handle for the build but not for the check.
"""

from __future__ import annotations

import io
from pathlib import Path

from cowork.cli import main

from tests.conftest import ScratchBuilder
from tests.sites import FIXED_NOW

EVENT = "title: Atelier\nstart: 2026-12-03 18:00\nduration: 1h\nlocation: Salle\n"
MEMBER = "name: Ana Lima\nconsent:\n  directory: 2026-01-05\n"


def check(source: Path) -> tuple[int, str]:
    out = io.StringIO()
    argv = ["--settings", str(source / "pelicanconf.py"), "check"]
    status = main(argv, {"COWORK_LANG": "en", "COWORK_NOW": FIXED_NOW}, out, io.StringIO())
    return status, out.getvalue()


def test_a_hidden_events_folder_is_hidden_from_the_build_and_the_check(
    build_scratch: ScratchBuilder, tmp_path: Path
) -> None:
    built = build_scratch(
        {
            "members/ana.yaml": MEMBER,
            "events/atelier.yaml": EVENT,
            # A draft kept out of sight: not valid yet, and neither reads it.
            "events/.drafts/brouillon.yaml": "title: [unfinished\n",
        }
    )
    assert built.returncode == 0, built.log
    assert not (built.output / "evenements" / "brouillon").exists()
    status, report = check(tmp_path / "src")
    assert status == 0, report
    assert "brouillon" not in report


def test_a_file_in_a_members_sub_folder_is_no_member_for_the_build_or_the_check(
    build_scratch: ScratchBuilder, tmp_path: Path
) -> None:
    files = {
        "members/ana.yaml": MEMBER,
        "members/old/bob.yaml": "name: Bob\n",
        "events/atelier.yaml": EVENT + "organizers: [bob]\n",
    }
    built = build_scratch(files)
    status, report = check(tmp_path / "src")
    assert built.returncode != 0
    assert "events/atelier.yaml:5: organizers[0]" in built.log
    assert status == 1
    assert "events/atelier.yaml:5: organizers[0]" in report
    assert not (built.output / "membres" / "bob").exists()
