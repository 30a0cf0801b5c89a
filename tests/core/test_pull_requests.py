"""Pull requests by different people, in real git repositories: who may change what."""

from __future__ import annotations

import io
import json
from pathlib import Path

import git
import pytest
from cowork.cli import main
from cowork.files.repository import Repository
from cowork.files.yamlfile import MAX_BYTES

from tests.gitrepos import BASE_FILES, MEMBER, SpaceRepo, event

NEWCOMER = """\
name: Lucas Petit
title: Développeur
consent:
  directory: 2026-11-20
"""

NOT_EDITOR = "an editor must make or approve this change"


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    return SpaceRepo(tmp_path / "space")


def test_a_newcomer_adding_their_own_file_passes(space: SpaceRepo) -> None:
    space.branch("join")
    space.write("members/lucas-petit.yaml", NEWCOMER)
    space.write("members/avatars/lucas-petit.jpg", b"\xff\xd8\xff")
    space.commit("Join", "lucas-petit")
    result = space.check_pr("lucas-petit")
    assert (result.status, result.out) == (0, "No problem found.\n")
    assert "pull request by lucas-petit (not an editor; from --author), 2 files changed" in (
        result.err
    )


def test_a_newcomer_editing_someone_elses_file_fails_naming_it(space: SpaceRepo) -> None:
    space.branch("join")
    space.write("members/lucas-petit.yaml", NEWCOMER)
    space.write("members/samira-benali.yaml", MEMBER.replace("Comptable", "Escroc"))
    space.commit("Join", "lucas-petit")
    result = space.check_pr("lucas-petit")
    assert result.status == 1
    assert (
        f"members/samira-benali.yaml: lucas-petit may not change this file: {NOT_EDITOR}\n"
        "    hint: in a pull request of your own you may change members/lucas-petit.yaml, "
        "your avatar in members/avatars/ and event proposals in events/\n"
    ) in result.out
    assert "lucas-petit.yaml:" not in result.out


def test_a_newcomer_touching_the_theme_fails_naming_the_file(space: SpaceRepo) -> None:
    space.branch("join")
    space.write("members/lucas-petit.yaml", NEWCOMER)
    space.write("theme/templates/base.html", "<!doctype html><script>alert(1)</script>\n")
    space.commit("Join", "lucas-petit")
    result = space.check_pr("lucas-petit")
    assert result.status == 1
    assert f"theme/templates/base.html: lucas-petit may not change this file: {NOT_EDITOR}" in (
        result.out
    )


def test_a_member_promoting_themselves_to_editor_fails(space: SpaceRepo) -> None:
    space.branch("promote")
    space.write("members/samira-benali.yaml", MEMBER + "role: editor\n")
    space.write("theme/templates/base.html", "<!doctype html><title>mine</title>\n")
    space.commit("I am an editor now", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.status == 1
    assert (
        "members/samira-benali.yaml:6: role: 'role' is kept by the editors: a member may not "
        "set, change or remove it (it was set here)\n"
    ) in result.out
    # The pull request's own `role: editor` does not make its author an editor.
    assert "(not an editor;" in result.err
    assert "theme/templates/base.html: samira-benali may not change this file" in result.out


def test_a_member_may_not_change_their_joining_date_or_number(space: SpaceRepo) -> None:
    space.branch("older")
    edited = MEMBER.replace("joined: 2021-06-14", "joined: 2015-01-01") + "number: 1\n"
    space.write("members/samira-benali.yaml", edited)
    space.commit("Earlier", "samira-benali")
    result = space.check_pr("samira-benali", "--format", "json")
    found = {(p["key"], p["line"], p["message"]) for p in json.loads(result.out)["problems"]}
    assert found == {
        (
            "joined",
            3,
            "'joined' is kept by the editors: a member may not set, change or remove it "
            "(it was changed here)",
        ),
        (
            "number",
            6,
            "'number' is kept by the editors: a member may not set, change or remove it "
            "(it was set here)",
        ),
        # The member format has no `number` key (numbers come from the history): refused twice.
        ("number", 6, "unknown key 'number'"),
    }
    assert result.status == 1


def test_a_member_may_edit_the_rest_of_their_own_file(space: SpaceRepo) -> None:
    space.branch("edit")
    space.write("members/samira-benali.yaml", MEMBER.replace("Comptable", "Experte-comptable"))
    space.commit("Title", "samira-benali")
    assert space.check_pr("Samira-Benali").status == 0  # handles compare case-insensitively


def test_an_editor_may_change_anything_valid(space: SpaceRepo) -> None:
    space.branch("editor")
    space.write("members/samira-benali.yaml", MEMBER + "role: host\n")
    space.write("theme/templates/base.html", "<!doctype html><title>new</title>\n")
    space.delete("events/opencoffee.yaml")
    space.write("events/opencoffee-2027.yaml", event("OpenCoffee", "samira-benali"))
    space.commit("Editorial", "camille-martin")
    result = space.check_pr("camille-martin")
    assert (result.status, result.out) == (0, "No problem found.\n")
    assert "(an editor;" in result.err


def test_an_editors_changes_are_still_validated(space: SpaceRepo) -> None:
    space.branch("editor")
    space.write("events/talk.yaml", event("Talk", "samira-benaly"))
    space.commit("Talk", "camille-martin")
    result = space.check_pr("camille-martin")
    assert result.status == 1
    assert (
        "events/talk.yaml:4: organizers[0]: unknown organizer 'samira-benaly': expected the "
        "handle of a member (the name of a file in members/)\n"
        "    hint: did you mean 'samira-benali'?\n"
    ) in result.out


def test_an_owner_deleting_their_file_passes(space: SpaceRepo) -> None:
    space.branch("leave")
    space.delete("members/samira-benali.yaml")
    space.commit("Leave", "samira-benali")
    result = space.check_pr("samira-benali")
    assert (result.status, result.out) == (0, "No problem found.\n")


def test_a_rename_that_changes_case_only_fails(space: SpaceRepo) -> None:
    space.branch("case")
    space.rename("members/samira-benali.yaml", "members/Samira-Benali.yaml")
    space.commit("Capitals", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.status == 1
    assert (
        "members/Samira-Benali.yaml: renamed from 'members/samira-benali.yaml' by changing "
        "letter case only: checkouts on macOS and Windows cannot follow such a rename\n"
    ) in result.out
    assert (
        "members/Samira-Benali.yaml: expected your GitHub login in lowercase as the file name "
        "(letters, digits and single hyphens), found 'Samira-Benali'\n"
    ) in result.out


def test_a_case_only_rename_fails_even_for_an_editor(space: SpaceRepo) -> None:
    space.branch("case")
    space.rename("events/opencoffee.yaml", "events/OpenCoffee.yaml")
    space.commit("Capitals", "camille-martin")
    result = space.check_pr("camille-martin")
    assert result.status == 1
    assert "renamed from 'events/opencoffee.yaml' by changing letter case only" in result.out
    # Never told to add the capitalised name again: file names are lowercase.
    assert "    hint: file names are lowercase: keep the name opencoffee.yaml\n" in result.out


def test_a_member_may_propose_an_event_but_not_delete_one(space: SpaceRepo) -> None:
    space.branch("propose")
    space.write("events/atelier-git.yaml", event("Atelier Git", "samira-benali"))
    space.commit("Propose", "samira-benali")
    assert space.check_pr("samira-benali").status == 0
    space.delete("events/opencoffee.yaml")
    space.commit("Remove", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.status == 1
    assert (
        f"events/opencoffee.yaml: samira-benali may not delete this file: {NOT_EDITOR}\n"
    ) in result.out


def test_the_author_comes_from_the_github_event(space: SpaceRepo, tmp_path: Path) -> None:
    space.branch("join")
    space.write("members/lucas-petit.yaml", NEWCOMER)
    space.commit("Join", "lucas-petit")
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"user": {"login": "Lucas-Petit"}}}))
    env = {"GITHUB_EVENT_PATH": str(event), "GITHUB_ACTOR": "camille-martin"}
    result = space.cowork("check", "--base", "main", env=env)
    assert result.status == 0
    assert "by Lucas-Petit (not an editor; from the GitHub pull request event)" in result.err
    # Someone else's merge request, by GitLab's account of who pushed it:
    gitlab = {"CI_MERGE_REQUEST_IID": "7", "GITLAB_USER_LOGIN": "samira-benali"}
    result = space.cowork("check", "--base", "main", env=gitlab)
    assert result.status == 1
    assert "members/lucas-petit.yaml: samira-benali may not add this file" in result.out


def test_without_an_author_or_a_known_base_the_usage_is_wrong(space: SpaceRepo) -> None:
    result = space.cowork("check", "--base", "main")
    assert result.status == 2
    assert result.err.startswith("cowork: who opened this pull request? pass --author LOGIN")
    result = space.check_pr("samira-benali", "--strict")
    assert result.status == 0
    result = space.cowork("check", "--base", "origin/main", "--author", "samira-benali")
    assert result.status == 2
    assert result.err.startswith("cowork: unknown revision 'origin/main': fetch it first")


def test_a_revision_written_as_an_option_is_never_given_to_git(space: SpaceRepo) -> None:
    # `git rev-parse --output=...` would read it as an option; the check reads it as a name.
    result = space.cowork("check", "--base=--all", "--author", "samira-benali")
    assert result.status == 2
    assert result.err.startswith("cowork: unknown revision '--all': fetch it first")
    result = space.cowork("check", "--base", "main", "--head=--all", "--author", "samira-benali")
    assert result.status == 2
    assert result.err.startswith("cowork: unknown revision '--all': fetch the pull request's")


def test_only_yaml_files_count_as_event_proposals(space: SpaceRepo) -> None:
    space.branch("sneaky")
    space.write("events/evil.html", "<script>alert(1)</script>\n")
    space.write("members/avatars/camille-martin.jpg", b"\xff\xd8\xff")
    space.commit("Sneaky", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.status == 1
    assert f"events/evil.html: samira-benali may not add this file: {NOT_EDITOR}" in result.out
    assert "members/avatars/camille-martin.jpg: samira-benali may not add this file" in result.out


def test_an_editors_leftover_in_a_pull_request_is_named_with_how_to_remove_it(
    space: SpaceRepo,
) -> None:
    # A merge tool's copy may hold what its file no longer says (a departed member's e-mail):
    # in a working copy it is left alone, in a pull request it is named.
    space.branch("leftovers")
    space.write("members/lucas-petit.yaml.orig", "name: Lucas Petit\nemail: lucas@example.org\n")
    space.write("content/images/plan.svg~", "<svg/>")
    space.commit("Merge", "camille-martin")
    assert space.cowork("check").status == 0
    result = space.check_pr("camille-martin")
    assert result.status == 1
    for path in ("content/images/plan.svg~", "members/lucas-petit.yaml.orig"):
        name = path.rsplit("/", 1)[1]
        assert (
            f"{path}: expected no copy left by an editor or a merge tool in a pull request, "
            f"found '{name}'\n"
            f"    hint: remove it from the pull request (git rm --cached {path}): the site "
            "never reads it\n"
        ) in result.out
    space.delete("members/lucas-petit.yaml.orig")
    space.delete("content/images/plan.svg~")
    space.commit("Without the leftovers", "camille-martin")
    assert space.check_pr("camille-martin").status == 0


def test_a_symbolic_link_in_the_data_is_refused_even_from_an_editor(space: SpaceRepo) -> None:
    space.branch("link")
    (space.root / "events/passwd.yaml").symlink_to("/etc/passwd")
    space.commit("Link", "camille-martin")
    result = space.check_pr("camille-martin")
    assert result.status == 1
    assert result.out.count("events/passwd.yaml: expected a file, found a symbolic link\n") == 1
    (space.root / "members/lucas-petit.yaml").symlink_to("/etc/hostname")
    whole = space.cowork("check").out
    assert whole.count("events/passwd.yaml: expected a file, found a symbolic link\n") == 1
    assert whole.count("members/lucas-petit.yaml: expected a file, found a symbolic link\n") == 1
    assert "root:" not in result.out


def test_a_symbolic_link_anywhere_is_refused_even_from_an_editor(space: SpaceRepo) -> None:
    """`output -> ..` at the root: the build would rename and delete the clone's parent."""
    space.branch("output-link")
    (space.root / "output").symlink_to("..", target_is_directory=True)
    space.commit("Link", "camille-martin")
    result = space.check_pr("camille-martin")
    assert result.status == 1
    assert "output: expected a file, found a symbolic link\n" in result.out


def test_an_oversized_member_file_is_refused_by_its_size(space: SpaceRepo) -> None:
    space.branch("big")
    space.write("members/samira-benali.yaml", MEMBER + "# padding\n" * 20_000)
    space.commit("Big", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.status == 1
    assert "members/samira-benali.yaml: file is too large: expected at most 100000 bytes" in (
        result.out
    )
    # The pull request's side is sized from git's object header, never read into memory.
    with Repository(space.root, space.root / ".git") as repo:
        head = space.repo.head.commit.hexsha
        assert repo.read(head, "members/samira-benali.yaml", MAX_BYTES) is None
        assert len(repo.read(head, "members/samira-benali.yaml") or b"") > MAX_BYTES


def test_a_pull_request_is_not_blocked_by_problems_it_does_not_touch(tmp_path: Path) -> None:
    files = {**BASE_FILES, "events/broken.yaml": event("Old", "ghost")}
    space = SpaceRepo(tmp_path / "space", files)
    space.branch("join")
    space.write("members/lucas-petit.yaml", NEWCOMER)
    space.commit("Join", "lucas-petit")
    assert space.check_pr("lucas-petit").status == 0
    assert space.cowork("check").status == 1  # the whole repository, as on main, has it


def test_files_referring_to_a_changed_member_are_checked_again(tmp_path: Path) -> None:
    duo = event("Duo", "samira-benali", "ghost")
    space = SpaceRepo(tmp_path / "space", {**BASE_FILES, "events/duo.yaml": duo})
    space.branch("edit")
    space.write("members/samira-benali.yaml", MEMBER.replace("Comptable", "Experte"))
    space.commit("Title", "samira-benali")
    result = space.check_pr("samira-benali")
    assert "events/duo.yaml:4: organizers[1]: unknown organizer 'ghost'" in result.out


def test_a_recap_is_checked_with_the_event_it_refers_to(space: SpaceRepo) -> None:
    space.branch("recap")
    space.write(
        "content/recaps/cafe.md",
        "Title: Retour\nAuthor: camille-martin\nEvent: opencofee\n\nTexte.\n",
    )
    space.commit("Recap", "camille-martin")
    result = space.check_pr("camille-martin")
    assert result.status == 1
    assert (
        "content/recaps/cafe.md:3: Event: unknown event 'opencofee': expected the name of a "
        "file in events/ (without .yaml)\n    hint: did you mean 'opencoffee'?\n"
    ) in result.out


def test_a_hint_shared_by_consecutive_problems_is_said_once(space: SpaceRepo) -> None:
    space.branch("many")
    space.write("theme/templates/base.html", "<!doctype html><title>a</title>\n")
    space.write("content/pages/a-propos.md", "Title: À propos\n\nAutre.\n")
    space.commit("Many", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.out.count("    hint: in a pull request of your own") == 1
    assert result.out.count("samira-benali may not change this file") == 2


def test_a_proposed_event_may_not_reuse_a_slug_or_a_uid(space: SpaceRepo) -> None:
    space.branch("copy")
    copied = event("Copie", "samira-benali") + "uid: 6f1c1e7e-2b49-4f4e-9a59-0f7c3c1f3a10\n"
    space.write("events/copie.yaml", copied)
    space.write("events/2027/opencoffee.yaml", event("OpenCoffee 2027", "samira-benali"))
    space.commit("Copy", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.status == 1
    assert (
        "events/opencoffee.yaml: duplicate slug 'opencoffee': events/2027/opencoffee.yaml "
        "already uses it"
    ) in result.out
    assert (
        "events/opencoffee.yaml:5: uid: duplicate uid '6f1c1e7e-2b49-4f4e-9a59-0f7c3c1f3a10': "
        "events/copie.yaml already uses it"
    ) in result.out


def test_a_shallow_clone_is_reported_as_such(space: SpaceRepo, tmp_path: Path) -> None:
    space.branch("join")
    space.write("members/lucas-petit.yaml", NEWCOMER)
    space.commit("Join", "lucas-petit")
    space.write("members/lucas-petit.yaml", NEWCOMER.replace("Développeur", "Dev"))
    space.commit("Title", "lucas-petit")
    clone = tmp_path / "clone"
    source = f"file://{space.root}"
    git.Repo.clone_from(source, clone, depth=1, branch="join")
    git.Repo(clone).git.fetch("--depth", "1", "origin", "main:refs/remotes/origin/main")
    out, err = io.StringIO(), io.StringIO()
    argv = ["--settings", str(clone / "pelicanconf.py"), "check", "--base", "origin/main"]
    environ = {"COWORK_LANG": "en"}
    status = main([*argv, "--author", "lucas-petit"], environ=environ, out=out, err=err)
    assert status == 2
    assert err.getvalue() == (
        "cowork: 'origin/main' and HEAD have no common history: is the clone shallow? "
        "(`fetch-depth: 0` on GitHub, `GIT_DEPTH: 0` on GitLab)\n"
    )
