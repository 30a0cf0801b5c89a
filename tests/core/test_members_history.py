"""Joining dates and member numbers from a real git history (GitPython), and without one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cowork.files.history import first_added_dates
from cowork.members.directory import UrlPatterns, build_directory
from cowork.members.load import load_members
from cowork.settings import KitSettings
from git import Actor, Repo

from tests.members_files import CONSENTED, write_members

AUTHOR = Actor("Test", "test@example.invalid")
DAYS = {
    "bob": "2025-03-03T10:00:00+01:00",
    "ana": "2025-06-10T23:30:00+02:00",
    "cy": "2026-01-15T09:00:00+01:00",
}


def commit(repo: Repo, paths: list[str], message: str, when: str) -> None:
    # Through git itself: it reads dates with their offsets exactly as a person's commit has them.
    repo.git.add(*paths)
    identity = {"NAME": AUTHOR.name or "", "EMAIL": AUTHOR.email or "", "DATE": when}
    env = {
        f"GIT_{who}_{key}": value
        for who in ("AUTHOR", "COMMITTER")
        for key, value in identity.items()
    }
    repo.git.commit("-m", message, env=env)


def make_repo(root: Path) -> Repo:
    repo = Repo.init(root)
    for handle in ("bob", "ana", "cy"):
        write_members(root, {f"members/{handle}.yaml": f"name: {handle.title()}\n" + CONSENTED})
        commit(repo, [f"members/{handle}.yaml"], f"Add {handle}", DAYS[handle])
    # A later edit must not move the date a member joined.
    (root / "members/bob.yaml").write_text("name: Bob Bobson\n" + CONSENTED, "utf-8")
    commit(repo, ["members/bob.yaml"], "Edit bob", "2026-06-01T10:00:00+02:00")
    return repo


def test_first_added_dates_from_git(tmp_path: Path) -> None:
    make_repo(tmp_path)
    history = first_added_dates(tmp_path / "members")
    assert history.complete and history.notice is None
    assert dict(history.first_added) == {
        "bob.yaml": dt.date(2025, 3, 3),
        # The day where the author was, even if it was already the next day in UTC.
        "ana.yaml": dt.date(2025, 6, 10),
        "cy.yaml": dt.date(2026, 1, 15),
    }


def test_member_since_and_numbers_from_history(tmp_path: Path) -> None:
    make_repo(tmp_path)
    members_dir = tmp_path / "members"
    # A new file not committed yet is the newest member; `joined` wins over the history.
    write_members(tmp_path, {"members/dan.yaml": "name: Dan\n" + CONSENTED})
    (members_dir / "cy.yaml").write_text("name: Cy\njoined: 2024-12-01\n" + CONSENTED, "utf-8")
    loaded = load_members(members_dir, tmp_path)
    directory = build_directory(
        loaded.members,
        dt.date(2026, 11, 22),
        first_added_dates(members_dir),
        members_dir / "avatars",
        UrlPatterns.from_settings(KitSettings(tmp_path)),
    )
    assert {p.member.handle: (p.since, p.number) for p in directory.profiles} == {
        "cy": (dt.date(2024, 12, 1), 1),
        "bob": (dt.date(2025, 3, 3), 2),
        "ana": (dt.date(2025, 6, 10), 3),
        "dan": (None, 4),
    }


def test_outside_git_the_dates_are_unknown_and_it_says_so(tmp_path: Path) -> None:
    write_members(tmp_path, {"members/ana.yaml": "name: Ana\n"})
    history = first_added_dates(tmp_path / "members")
    assert (history.complete, dict(history.first_added)) == (False, {})
    assert str(history.notice) == (
        "members/ is not in a git repository: members without a 'joined' date get no 'member "
        "since' date and no member number"
    )


def test_a_shallow_clone_is_not_trusted(tmp_path: Path) -> None:
    make_repo(tmp_path / "origin")
    Repo.clone_from((tmp_path / "origin").as_uri(), tmp_path / "clone", depth=1)
    history = first_added_dates(tmp_path / "clone" / "members")
    assert (history.complete, dict(history.first_added)) == (False, {})
    assert str(history.notice).startswith("the git history is shallow")
    assert "fetch-depth: 0" in str(history.notice)


def test_a_repository_without_commits(tmp_path: Path) -> None:
    Repo.init(tmp_path)
    write_members(tmp_path, {"members/ana.yaml": "name: Ana\n"})
    history = first_added_dates(tmp_path / "members")
    assert (history.complete, dict(history.first_added), history.notice) == (True, {}, None)
