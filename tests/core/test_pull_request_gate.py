"""The gate as the pipelines run it: the base branch's code checks a pull request's head commit,
read as git objects, in a checkout of the base. What the pull request changes in the kit's own code
or settings cannot switch the check off."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gitrepos import BASE_FILES, MEMBER, SpaceRepo
from tests.sites import ROOT

NOT_EDITOR = "an editor must make or approve this change"
INTRUDER = """\
name: Lucas Petit
role: editor
consent:
  directory: 2026-11-20
"""
# What the two bypasses of the issue do, as a pull request: switch the ownership rule off, or make
# the check exit with success before it reads anything.
OWNERSHIP = "plugins/cowork/pullrequest/ownership.py"
EXIT_EARLY = 'import os, pathlib\npathlib.Path("{marker}").write_text("ran")\nos._exit(0)\n'


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    """A space, for the checks run in this process."""
    return SpaceRepo(tmp_path / "space")


@pytest.fixture
def space_with_kit(space: SpaceRepo) -> SpaceRepo:
    """A space whose repository carries the kit's code, as a real site's does: what the gate's
    process runs, and what a pull request may change."""
    shutil.copytree(
        ROOT / "plugins" / "cowork",
        space.root / "plugins" / "cowork",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    space.commit("The kit", "camille-martin")
    return space


def hostile_pull_request(space: SpaceRepo, marker: Path) -> str:
    """A non-editor's pull request with both bypasses, editing someone else's file and making
    its author an editor; returns its head commit."""
    space.branch("bypass")
    code = (space.root / OWNERSHIP).read_text("utf-8")
    assert "    if editor:\n        return problems\n" in code
    space.write(OWNERSHIP, code.replace("    if editor:\n", "    if editor or True:\n"))
    space.write("pelicanconf.py", BASE_FILES["pelicanconf.py"] + EXIT_EARLY.format(marker=marker))
    space.write("members/lucas-petit.yaml", INTRUDER)
    space.write("members/samira-benali.yaml", MEMBER.replace("Comptable", "Escroc"))
    space.commit("Join", "lucas-petit")
    head = space.repo.head.commit.hexsha
    space.repo.git.checkout("main")  # the gate's checkout: the base branch
    return head


def run_kit(checkout: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`cowork` from the code in `checkout` (as `make setup` installs it there), in a process."""
    env = {**os.environ, "PYTHONPATH": str(checkout / "plugins")}
    for name in ("GITHUB_EVENT_PATH", "CI_MERGE_REQUEST_IID"):
        env.pop(name, None)
    program = "import sys, cowork.cli; sys.exit(cowork.cli.main())"
    return subprocess.run(
        [sys.executable, "-c", program, *args],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_both_bypasses_still_get_every_ownership_error_from_the_base_code(
    space_with_kit: SpaceRepo, tmp_path: Path
) -> None:
    space = space_with_kit
    marker = tmp_path / "pelicanconf-ran"
    head = hostile_pull_request(space, marker)
    done = run_kit(space.root, "check", "--base", "HEAD", "--head", head, "--author", "lucas-petit")
    assert done.returncode == 1, done.stdout + done.stderr
    for path in ("members/samira-benali.yaml", OWNERSHIP, "pelicanconf.py"):
        assert f"{path}: lucas-petit may not change this file:" in done.stdout
    assert (
        "members/lucas-petit.yaml:2: role: 'role' is kept by the editors: a member may not set, "
        "change or remove it (it was set here)"
    ) in done.stdout
    assert not marker.exists(), "the pull request's pelicanconf.py was run"
    assert f"since HEAD in {head}" in done.stderr
    # The working tree is still the base: nothing of the pull request was checked out.
    assert "or True" not in (space.root / OWNERSHIP).read_text("utf-8")


def test_the_same_pull_request_checked_with_its_own_code_passes(
    space_with_kit: SpaceRepo, tmp_path: Path
) -> None:
    """Why the gate reads the base's code: run from the pull request's checkout, the check is
    switched off (the old pipelines)."""
    space = space_with_kit
    head = hostile_pull_request(space, tmp_path / "marker")
    space.repo.git.checkout(head)
    done = run_kit(space.root, "check", "--base", "main", "--author", "lucas-petit")
    assert done.returncode == 0
    assert (tmp_path / "marker").exists()


def test_the_head_commit_is_checked_not_the_working_tree(space: SpaceRepo) -> None:
    space.branch("join")
    space.write(
        "members/lucas-petit.yaml", "name: Lucas Petit\nconsent:\n  directory: 2026-11-20\n"
    )
    space.commit("Join", "lucas-petit")
    head = space.repo.head.commit.hexsha
    # A broken file on this computer, never committed: the commit is what is checked.
    space.write("members/lucas-petit.yaml", "name: [\n")
    space.write("members/avatars/lucas-petit.jpg", b"not a picture")
    result = space.check_pr("lucas-petit")
    assert result.status == 0, result.out
    assert (
        "members/avatars/lucas-petit.jpg: this file is on your computer but not committed: the "
        "pull request does not contain it\n"
        "    hint: add it to a commit (git add members/avatars/lucas-petit.jpg, then git commit) "
        "and push\n"
    ) in result.out
    assert (
        "members/lucas-petit.yaml: this file has changes that are not committed: what was "
        "checked is the committed version\n"
    ) in result.out
    # With --head, as in CI, the working tree is the base's and is not looked at.
    space.repo.git.stash("--include-untracked")
    space.repo.git.checkout("main")
    result = space.cowork("check", "--base", "main", "--head", head, "--author", "lucas-petit")
    assert (result.status, result.out) == (0, "No problem found.\n")


def test_an_unknown_head_is_a_usage_error(space: SpaceRepo) -> None:
    result = space.cowork("check", "--base", "main", "--head", "f" * 40, "--author", "lucas-petit")
    assert result.status == 2
    assert f"unknown revision '{'f' * 40}': fetch the pull " in result.err


def test_head_without_base_is_a_usage_error(space: SpaceRepo) -> None:
    result = space.cowork("check", "--head", "HEAD")
    assert (result.status, result.err) == (2, "cowork: --head goes with --base\n")
