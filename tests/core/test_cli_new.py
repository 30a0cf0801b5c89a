"""`cowork new member|event|recap`: valid, commented files that are never written over another."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from pathlib import Path

import pytest
from cowork.files.inventory import markdown_metadata
from cowork.files.yamlfile import load_yaml
from cowork.scaffold.placeholders import EVENT_DESCRIPTION, EVENT_TITLE, MEMBER_NAME
from PIL import Image

from tests.gitrepos import BASE_FILES, EVENT, SETTINGS, SpaceRepo

NOW = {"COWORK_NOW": "2026-11-22T10:00:00"}


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "teal").save(buffer, format="JPEG")
    return buffer.getvalue()


JPEG = _jpeg()

SERIES = """\
title: Atelier du midi
start: 2026-10-06 12:30
duration: 1h
repeat: FREQ=WEEKLY;BYDAY=TU
except: [2026-11-17]
organizers: [camille-martin, samira-benali]
"""


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    return SpaceRepo(tmp_path / "space")


def test_new_member_writes_a_valid_file_and_says_what_next(space: SpaceRepo) -> None:
    result = space.cowork("new", "member", "Lucas-Petit", "--name", "Lucas Petit", env=NOW)
    assert result.status == 0
    assert result.out.startswith("Wrote members/lucas-petit.yaml\n\nNext:\n  1. Fill in ")
    assert "make check (or .venv/bin/cowork check members/lucas-petit.yaml)" in result.out
    assert "git add members/lucas-petit.yaml members/avatars/" in result.out
    doc, problems = load_yaml(space.root / "members/lucas-petit.yaml", space.root)
    assert problems == []
    assert doc is not None
    assert doc.data == {"name": "Lucas Petit", "consent": {"directory": dt.date(2026, 11, 22)}}
    assert space.cowork("check").status == 0


def test_new_refuses_to_overwrite_in_any_letter_case(space: SpaceRepo) -> None:
    before = (space.root / "members/samira-benali.yaml").read_text()
    result = space.cowork("new", "member", "Samira-Benali")
    assert (result.status, result.out) == (1, "")
    assert result.err == (
        f"cowork: {space.root}/members/samira-benali.yaml already exists: nothing was "
        "written (edit it instead)\n"
    )
    assert (space.root / "members/samira-benali.yaml").read_text() == before
    assert space.cowork("new", "event", "opencoffee").status == 1


def test_new_with_a_bad_name_is_wrong_usage(space: SpaceRepo) -> None:
    result = space.cowork("new", "member", "jean_pierre")
    assert (result.status, result.err) == (
        2,
        "cowork: 'jean_pierre' cannot name a member file: letters, digits and single hyphens\n",
    )
    assert space.cowork("new", "event", "Open Coffee").status == 2
    assert space.cowork("new", "recap", "nothing-here").status == 2


def test_new_event_gets_a_fresh_uid(space: SpaceRepo) -> None:
    assert space.cowork("new", "event", "atelier-git", "--organizer", "samira-benali").status == 0
    assert space.cowork("new", "event", "apero", env=NOW).status == 0
    uids = []
    for name in ("atelier-git", "apero"):
        doc, problems = load_yaml(space.root / f"events/{name}.yaml", space.root)
        assert problems == [] and doc is not None
        uids.append(str(uuid.UUID(doc.data["uid"], version=4)))
    assert uids[0] != uids[1]
    doc, _ = load_yaml(space.root / "events/apero.yaml", space.root)
    assert doc is not None
    assert doc.data["start"] == "2026-11-29 18:00"
    assert "organizers" not in doc.data
    # Sent as it was started, the proposal is told what is still the template's.
    result = space.cowork("check")
    assert result.status == 1
    assert [line.split(": ", 2)[1] for line in result.out.splitlines() if ".yaml:" in line] == [
        "title",
        "description",
    ] * 2


def test_new_recap_is_prefilled_from_the_latest_past_occurrence(space: SpaceRepo) -> None:
    space.write("events/2026/atelier-midi.yaml", SERIES)
    result = space.cowork("new", "recap", "atelier-midi", env=NOW)
    assert result.status == 0
    path = space.root / "content/recaps/2026-11-10-atelier-midi.md"
    assert result.out.startswith("Wrote content/recaps/2026-11-10-atelier-midi.md\n")
    metadata = {key: value for key, (value, _) in markdown_metadata(path).items()}
    # The 17th was skipped: the latest past occurrence is the 10th.
    assert metadata == {
        "title": "Atelier du midi, mardi 10 novembre 2026",
        "date": "2026-11-22 10:00",
        "author": "Camille Martin",
        "event": "atelier-midi",
        "occurrence": "2026-11-10",
        "speakers": "camille-martin, samira-benali",
    }
    result = space.cowork("check", "--strict")
    assert result.out.startswith(
        "Errors:\ncontent/recaps/2026-11-10-atelier-midi.md:8: expected the recap's text, found "
        "the template's example paragraph\n"
    )
    text = [*path.read_text("utf-8").splitlines()[:-1], "On a parlé de vélos."]
    path.write_text("\n".join(text) + "\n", "utf-8")
    assert space.cowork("check", "--strict").status == 0


def test_new_recap_of_a_single_event_has_no_occurrence_line(space: SpaceRepo) -> None:
    result = space.cowork("new", "recap", "opencoffee", env={"COWORK_NOW": "2026-12-04T09:00"})
    assert result.status == 0
    text = (space.root / "content/recaps/2026-12-03-opencoffee.md").read_text()
    assert re.search(r"^Occurrence:", text, re.MULTILINE) is None
    too_early = space.cowork("new", "recap", "opencoffee", env=NOW)
    assert too_early.status == 1
    assert too_early.err == (
        "cowork: 'opencoffee' has not taken place yet: a recap can be written once it is over\n"
    )


def test_new_recap_of_an_event_whose_past_dates_were_all_cancelled(space: SpaceRepo) -> None:
    space.write("events/opencoffee.yaml", EVENT.replace("uid:", "status: cancelled\nuid:"))
    result = space.cowork("new", "recap", "opencoffee", env={"COWORK_NOW": "2026-12-04T09:00"})
    assert (result.status, result.err) == (
        1,
        "cowork: every past date of 'opencoffee' was cancelled: there is nothing to tell about\n",
    )


def test_new_recap_follows_moved_and_cancelled_occurrences(space: SpaceRepo) -> None:
    series = SERIES.replace("except: [2026-11-17]\n", "") + (
        "changes:\n  2026-11-17: {status: cancelled}\n  2026-11-10: {start: 2026-11-12 12:30}\n"
    )
    space.write("events/atelier-midi.yaml", series)
    assert space.cowork("new", "recap", "atelier-midi", env=NOW).status == 0
    path = space.root / "content/recaps/2026-11-12-atelier-midi.md"
    metadata = {key: value for key, (value, _) in markdown_metadata(path).items()}
    assert metadata["title"] == "Atelier du midi, jeudi 12 novembre 2026"
    assert metadata["occurrence"] == "2026-11-10"  # named by its date in the rule


def test_new_recap_of_an_unreadable_event_says_why(space: SpaceRepo) -> None:
    space.write("events/vide.yaml", "title: Vide\n")
    result = space.cowork("new", "recap", "vide", env=NOW)
    assert result.status == 1
    assert result.err == (
        "cowork: cannot read the event: events/vide.yaml:1: missing required key 'start': "
        "expected a local date and time written YYYY-MM-DD HH:MM, or a date YYYY-MM-DD for an "
        "all-day event (run `make check`)\n"
    )


def uncomment(text: str) -> str:
    """Every commented-out line of a template put back, as a member filling it all would."""
    lines = []
    for line in text.splitlines():
        # Exactly what the template says: remove the # that starts the line, nothing else.
        if re.match(r"^\s*#(?:[a-z]+:|  )", line):
            line = line.replace("#", "", 1)
        lines.append(line)
    return "\n".join(lines) + "\n"


def test_new_member_stays_valid_with_every_line_filled_in(space: SpaceRepo) -> None:
    assert space.cowork("new", "member", "ana", env=NOW).status == 0
    path = space.root / "members/ana.yaml"
    path.write_text(uncomment(path.read_text("utf-8")).replace(MEMBER_NAME, "Ana Lopez"), "utf-8")
    space.write("members/avatars/ana.jpg", JPEG)
    doc, _ = load_yaml(path, space.root)
    assert doc is not None
    assert set(doc.data) == {
        "name",
        "title",
        "skills",
        "company",
        "links",
        "bio",
        "avatar",
        "consent",
    }
    result = space.cowork("check", "--strict", env=NOW)
    assert (result.status, result.out) == (0, "No problem found.\n")


def test_new_event_stays_valid_with_every_line_filled_in(space: SpaceRepo) -> None:
    assert (
        space.cowork("new", "event", "atelier", "--organizer", "samira-benali", env=NOW).status == 0
    )
    path = space.root / "events/atelier.yaml"
    text = uncomment(path.read_text("utf-8")).replace(EVENT_TITLE, "Atelier Git")
    path.write_text(text.replace(EVENT_DESCRIPTION, "On apprend git."), "utf-8")
    doc, _ = load_yaml(path, space.root)
    assert doc is not None
    assert {"tags", "repeat", "registration", "organizers"} <= set(doc.data)
    result = space.cowork("check", "--strict", env=NOW)
    assert (result.status, result.out) == (0, "No problem found.\n")


@pytest.mark.parametrize(
    ("lang", "url", "says"),
    [
        ("en", "https://gitlab.com/the-hive/site", "your GitLab username"),
        ("fr", "https://gitlab.example.org/la-ruche/site", "ton nom d'utilisateur GitLab"),
        ("nl", "https://gitlab.com/de-bijenkorf/site", "je GitLab-gebruikersnaam"),
        ("en", "https://github.com/the-hive/site", "your GitHub login"),
    ],
)
def test_new_member_names_the_login_of_the_sites_forge(
    tmp_path: Path, lang: str, url: str, says: str
) -> None:
    settings = SETTINGS.replace('"fr"', f'"{lang}"').replace(
        "https://github.com/la-navette/site", url
    )
    space = SpaceRepo(tmp_path / "space", {**BASE_FILES, "pelicanconf.py": settings})
    assert space.cowork("new", "member", "ana-lima", env=NOW).status == 0
    text = (space.root / "members/ana-lima.yaml").read_text()
    assert says in text
    if "gitlab" in url:
        assert "GitHub" not in text and "GitHub" not in space.cowork("new", "member", "a_b").err
