"""SEQUENCE and DTSTAMP from git history, in real repositories made with GitPython."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import git
import icalendar
from cowork.events.ical import Calendars, Export
from cowork.events.load import load_events
from cowork.files.history import read_revisions
from cowork.settings import KitSettings

EVENT = "title: Café\nstart: 2026-12-03 08:30\nduration: 1h30\nuid: cafe-0001-uid\n"
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def commit(repo: git.Repo, message: str, when: str) -> None:
    repo.git.add("-A")
    env = {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    repo.git.commit(
        "-m",
        message,
        env={
            **env,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@t",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@t",
        },
    )


def new_repo(path: Path) -> git.Repo:
    repo = git.Repo.init(path)
    (path / "events").mkdir()
    (path / "README.md").write_text("site\n")
    commit(repo, "start", "2026-01-01T00:00:00+00:00")
    return repo


def exported(root: Path, kept: Path | None = None) -> Any:
    """The one VEVENT of the calendar; with `kept`, serialised as a build does (reusing what an
    earlier call kept there, and keeping this one's)."""
    settings = KitSettings(root, root / "content", root / "members", root / "events")
    sources, problems = load_events(settings)
    assert problems == []
    export = Export("Site", "", "evenements/", read_revisions(root, root / "events"), NOW)
    calendars = Calendars(export, kept)
    calendar = icalendar.Calendar.from_ical(calendars.events([s.event for s in sources], ""))
    calendars.save()
    [event] = calendar.walk("VEVENT")
    return event


def test_sequence_grows_with_each_commit_and_follows_renames(tmp_path: Path) -> None:
    repo = new_repo(tmp_path)
    (tmp_path / "events" / "cafe.yaml").write_text(EVENT)
    commit(repo, "add", "2026-02-01T09:00:00+00:00")
    history = read_revisions(tmp_path, tmp_path / "events")
    assert (history.sequence("events/cafe.yaml"), history.note) == (0, None)
    event = exported(tmp_path)
    assert event["sequence"] == 0
    assert event.decoded("dtstamp") == dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.UTC)

    (tmp_path / "events" / "cafe.yaml").write_text(EVENT + "location: Terrasse\n")
    commit(repo, "move it outside", "2026-03-01T09:00:00+00:00")
    assert exported(tmp_path)["sequence"] == 1

    (tmp_path / "events" / "2026").mkdir()
    repo.git.mv("events/cafe.yaml", "events/2026/cafe.yaml")
    commit(repo, "file by year", "2026-04-01T09:00:00+00:00")
    event = exported(tmp_path)
    assert event["sequence"] == 2
    assert event.decoded("dtstamp") == dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)
    assert str(event["uid"]) == "cafe-0001-uid"


def test_a_kept_vevent_follows_the_history_of_an_unchanged_file(tmp_path: Path) -> None:
    repo = new_repo(tmp_path)
    kept = tmp_path / "kept"
    (tmp_path / "events" / "cafe.yaml").write_text(EVENT)
    commit(repo, "add", "2026-02-01T09:00:00+00:00")
    assert exported(tmp_path, kept)["sequence"] == 0
    assert (kept / "ical.jsonl").is_file()
    (tmp_path / "events" / "cafe.yaml").write_text(EVENT + "location: Terrasse\n")
    commit(repo, "move it outside", "2026-03-01T09:00:00+00:00")
    # Back as it was when kept: the same event, but a new revision for calendar apps.
    (tmp_path / "events" / "cafe.yaml").write_text(EVENT)
    commit(repo, "back inside", "2026-04-01T09:00:00+00:00")
    event = exported(tmp_path, kept)
    assert event["sequence"] == 2
    assert event.decoded("dtstamp") == dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)
    assert "location" not in event


def test_uncommitted_change_counts_and_is_stamped_now(tmp_path: Path) -> None:
    repo = new_repo(tmp_path)
    (tmp_path / "events" / "cafe.yaml").write_text(EVENT)
    commit(repo, "add", "2026-02-01T09:00:00+00:00")
    (tmp_path / "events" / "cafe.yaml").write_text(EVENT + "location: Terrasse\n")
    event = exported(tmp_path)
    assert event["sequence"] == 1
    assert event.decoded("dtstamp") == NOW


def test_outside_git_degrades_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "cafe.yaml").write_text(EVENT)
    history = read_revisions(tmp_path, tmp_path / "events")
    assert str(history.note) == "not a git repository: SEQUENCE is 0 and DTSTAMP the build time"
    event = exported(tmp_path)
    assert (event["sequence"], event.decoded("dtstamp")) == (0, NOW)


def test_shallow_clone_is_noted(tmp_path: Path) -> None:
    origin = tmp_path / "origin"
    repo = new_repo(origin)
    (origin / "events" / "cafe.yaml").write_text(EVENT)
    commit(repo, "add", "2026-02-01T09:00:00+00:00")
    (origin / "events" / "cafe.yaml").write_text(EVENT + "location: Terrasse\n")
    commit(repo, "edit", "2026-03-01T09:00:00+00:00")
    clone = tmp_path / "clone"
    git.Repo.clone_from(origin.as_uri(), clone, depth=1)
    history = read_revisions(clone, clone / "events")
    assert str(history.note) == (
        "shallow clone: SEQUENCE counts only the fetched commits (fetch with depth 0)"
    )
    assert history.sequence("events/cafe.yaml") == 0
    assert read_revisions(origin, origin / "events").sequence("events/cafe.yaml") == 1
