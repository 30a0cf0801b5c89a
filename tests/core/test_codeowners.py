"""CODEOWNERS: written from the editors, kept in step by `cowork check`; pipeline files in a
member's pull request are named as needing an editor."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gitrepos import MEMBER, SpaceRepo

HEADER_LINES = 5


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    return SpaceRepo(tmp_path / "space")


def test_codeowners_names_the_editors_as_owners_of_everything_but_the_data(
    space: SpaceRepo,
) -> None:
    result = space.cowork("codeowners")
    assert result.status == 0
    assert result.out == (
        "CODEOWNERS written: editors camille-martin.\n"
        "Next: commit CODEOWNERS (git add CODEOWNERS, then git commit) and push.\n"
    )
    lines = (space.root / "CODEOWNERS").read_text("utf-8").splitlines()
    assert lines[HEADER_LINES:] == [
        "/CODEOWNERS @camille-martin",
        "/content/ @camille-martin",
        "/pelicanconf.py @camille-martin",
        "/theme/ @camille-martin",
    ]
    assert space.cowork("codeowners").out.startswith("CODEOWNERS unchanged: editors camille-martin")


def test_check_says_when_codeowners_no_longer_matches_the_editors(space: SpaceRepo) -> None:
    space.cowork("codeowners")
    space.commit("CODEOWNERS", "camille-martin")
    assert space.cowork("check").out == "No problem found.\n"
    space.write("members/samira-benali.yaml", MEMBER + "role: editor\n")
    result = space.cowork("check")
    assert result.status == 0  # a warning: the site still builds
    assert (
        "CODEOWNERS: expected the editors as owners of the kit's code and settings, found a file "
        "that no longer matches them (editors or top-level paths have changed)\n"
        "    hint: run `make codeowners` and commit CODEOWNERS (an editor's pull request)\n"
    ) in result.out
    space.cowork("codeowners")
    text = (space.root / "CODEOWNERS").read_text("utf-8")
    assert "/theme/ @camille-martin @samira-benali\n" in text
    assert space.cowork("check").out == "No problem found.\n"


def test_a_new_top_level_path_makes_codeowners_out_of_date(space: SpaceRepo) -> None:
    space.cowork("codeowners")
    space.write("scripts/deploy.sh", "echo hi\n")
    space.commit("A script", "camille-martin")
    assert "CODEOWNERS: expected the editors" in space.cowork("check").out


@pytest.mark.parametrize("path", [".gitlab-ci.yml", ".github/workflows/pull-request-gate.yml"])
def test_a_member_changing_the_pipeline_is_told_its_check_means_nothing(
    space: SpaceRepo, path: str
) -> None:
    space.branch("pipeline")
    space.write(path, "check: {script: [exit 0]}\n")
    space.commit("Faster CI", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.status == 1
    assert (
        f"{path}: samira-benali may not add this file: it is part of the pipeline that checks "
        "pull requests, so until an editor has reviewed it, a green check of this pull request "
        "means nothing\n"
    ) in result.out
