"""Leaving is a pull request the member finishes alone: it passes on its own, and the events and
recaps that name them keep passing, before and after the merge."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gitrepos import EDITOR, EVENT, SpaceRepo, event

RECAP = """\
Title: OpenCoffee de novembre
Date: 2025-11-06 10:00
Author: Samira Benali
Event: opencoffee
Speakers: camille-martin, Jeanne Lambert

Ce qui s'est dit.
"""


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    space = SpaceRepo(tmp_path / "space")
    # An event that took place (the checks read today's date), and its recap.
    space.write("events/opencoffee.yaml", EVENT.replace("2026-12-03", "2025-11-05"))
    space.write("content/recaps/2025-11-05-opencoffee.md", RECAP)
    space.commit("Recap", "samira-benali")
    return space


@pytest.mark.parametrize(
    "how",
    ["delete", "left", "no consent"],
)
def test_an_organiser_and_speaker_leaves_in_one_pull_request_that_passes(
    space: SpaceRepo, how: str
) -> None:
    space.branch("leave")
    if how == "delete":
        space.delete("members/camille-martin.yaml")
    elif how == "left":
        space.write("members/camille-martin.yaml", EDITOR + "left: 2026-12-01\n")
    else:
        space.write("members/camille-martin.yaml", EDITOR.split("consent:")[0])
    space.commit("Leave", "camille-martin")
    result = space.check_pr("camille-martin")
    assert (result.status, result.out) == (0, "No problem found.\n")
    # Merged: the whole repository still passes, as the publish job checks it.
    space.repo.git.checkout("main")
    space.repo.git.merge("leave")
    result = space.cowork("check")
    assert (result.status, result.out) == (0, "No problem found.\n")


def test_a_name_that_never_was_a_members_is_still_reported(space: SpaceRepo) -> None:
    space.branch("leave")
    space.delete("members/camille-martin.yaml")
    space.write("events/atelier.yaml", event("Atelier", "samira-benali", "camile-martin"))
    space.commit("Leave, and a typo", "samira-benali")
    result = space.check_pr("samira-benali")
    assert "events/atelier.yaml:4: organizers[1]: unknown organizer 'camile-martin'" in result.out
