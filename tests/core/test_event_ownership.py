"""Events have owners: their organisers on the base branch change or cancel them; a published
event's uid never changes. Real git repositories, pull requests by different people."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gitrepos import EVENT, SpaceRepo, event

UID = "6f1c1e7e-2b49-4f4e-9a59-0f7c3c1f3a10"


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    return SpaceRepo(tmp_path / "space")


def test_a_member_who_does_not_organise_an_event_may_not_change_it(space: SpaceRepo) -> None:
    space.branch("takeover")
    taken = EVENT.replace("[camille-martin]", "[samira-benali]").replace("08:30", "09:30")
    space.write("events/opencoffee.yaml", taken)
    space.commit("Mine now", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.status == 1
    assert (
        "events/opencoffee.yaml: samira-benali may not change this event: only its organisers "
        "(camille-martin) or an editor may change or cancel it\n"
        "    hint: ask one of its organisers or an editor to make the change, or propose a new "
        "event in a file of its own\n"
    ) in result.out


def test_an_organiser_may_change_and_cancel_their_event(space: SpaceRepo) -> None:
    space.write("events/atelier.yaml", event("Atelier", "samira-benali"))
    space.commit("Atelier", "camille-martin")
    space.branch("move")
    moved = event("Atelier", "samira-benali").replace("18:00", "19:00")
    space.write("events/atelier.yaml", moved)
    space.commit("Later", "samira-benali")
    result = space.check_pr("Samira-Benali")  # logins compare without case
    assert (result.status, result.out) == (0, "No problem found.\n")
    space.write("events/atelier.yaml", moved + "status: cancelled\n")
    space.commit("Cancelled", "samira-benali")
    result = space.check_pr("samira-benali")
    assert (result.status, result.out) == (0, "No problem found.\n")
    # The same cancellation by someone who does not organise it:
    assert "lucas-petit may not change this event" in space.check_pr("lucas-petit").out


def test_a_new_event_may_be_proposed_by_anyone(space: SpaceRepo) -> None:
    space.branch("propose")
    space.write("events/atelier.yaml", event("Atelier", "samira-benali"))
    space.commit("Atelier", "samira-benali")
    assert space.check_pr("samira-benali").status == 0


@pytest.mark.parametrize("author", ["camille-martin", "samira-benali"])
def test_a_published_uid_never_changes_even_for_an_editor(space: SpaceRepo, author: str) -> None:
    space.branch("uid")
    organised = EVENT.replace("[camille-martin]", "[camille-martin, samira-benali]")
    space.write("events/opencoffee.yaml", organised)
    space.commit("Co-organised", "camille-martin")
    space.repo.git.checkout("main")
    space.repo.git.merge("uid")
    space.branch("new-uid")
    space.write("events/opencoffee.yaml", organised.replace(UID, "0" * 8 + UID[8:]))
    space.commit("New uid", author)
    result = space.check_pr(author)
    assert result.status == 1
    assert (
        "events/opencoffee.yaml:5: uid: expected the uid this event was published with, found "
        f"'00000000{UID[8:]}': calendars that subscribed to it would keep the old event and "
        "show this one twice\n"
        f"    hint: put back uid: {UID}\n"
    ) in result.out


def test_adding_a_uid_to_an_event_that_had_none_is_refused(space: SpaceRepo) -> None:
    space.write("events/atelier.yaml", event("Atelier", "samira-benali"))
    space.commit("Atelier", "camille-martin")
    space.branch("uid")
    space.write("events/atelier.yaml", event("Atelier", "samira-benali") + f"uid: {UID[:-1]}1\n")
    space.commit("uid", "samira-benali")
    result = space.check_pr("samira-benali")
    assert "    hint: remove the uid line: this event's uid comes from its file name\n" in (
        result.out
    )
