"""A new recap pre-filled from the calendar, and recap files checked without Pelican: what the
`cowork` command uses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cowork.events.schedule import Schedule
from cowork.recaps.draft import RecapDraftError, draft_recap
from cowork.recaps.files import category_name, check_recap_files
from cowork.settings import KitSettings

from tests.recaps_calendar import EVENTS, NOW, check, make_schedule


@pytest.fixture(scope="module")
def schedule(tmp_path_factory: pytest.TempPathFactory) -> Schedule:
    return make_schedule(tmp_path_factory.mktemp("repo"))


def test_a_new_recap_is_prefilled_from_the_latest_past_occurrence(schedule: Schedule) -> None:
    draft = draft_recap(schedule, "opencoffee", "fr")
    # 2026-11-05 was moved to 2026-11-06: the title says when it took place, Occurrence names
    # it as the calendar does.
    assert draft.filename == "2026-11-06-opencoffee.md"
    assert draft.text.splitlines()[:5] == [
        "Title: OpenCoffee, vendredi 6 novembre 2026",
        "Date: 2026-11-22 10:00",
        "Event: opencoffee",
        "Occurrence: 2026-11-05",
        "",
    ]
    # What it writes passes the recap rules as it is.
    recap, found = check(schedule, draft.text)
    assert found == []
    assert recap is not None and recap.key == ("opencoffee", dt.date(2026, 11, 5))


def test_a_new_recap_of_a_single_event_names_the_organisers(schedule: Schedule) -> None:
    draft = draft_recap(schedule, "fete", "en")
    assert draft.filename == "2026-06-26-fete.md"
    assert draft.text == (
        "Title: Fête, Friday, June 26, 2026\nDate: 2026-11-22 10:00\nAuthor: camille-martin\n"
        "Event: fete\nSpeakers: camille-martin, samira-benali\n\nWhat was said, who came, what "
        "to remember. Photos go in content/images/ and are inserted like this: `![What the photo "
        "shows]({static}/images/photo.jpg)`\n"
    )
    assert check(schedule, draft.text)[1] == []
    assert "Author: Alex\n" in draft_recap(schedule, "fete", "fr", author="Alex").text


def test_a_new_recap_needs_a_known_event_that_took_place(schedule: Schedule) -> None:
    with pytest.raises(RecapDraftError, match=r"^unknown event 'opencofee' \(did you mean"):
        draft_recap(schedule, "opencofee", "fr")
    with pytest.raises(RecapDraftError) as raised:
        draft_recap(schedule, "conference", "fr")
    assert str(raised.value) == (
        "'conference' has not taken place yet: a recap can be written once it is over"
    )


def test_files_are_checked_as_the_build_checks_them(tmp_path: Path) -> None:

    for name, text in {
        "events/fete.yaml": EVENTS["events/fete.yaml"],
        "members/camille-martin.yaml": "name: Camille Martin\n",
        "content/recaps/bon.md": "Title: A\nEvent: fete\nSpeakers: camille-martin\n\nTexte.\n",
        "content/recaps/brouillon.md": "Title: B\nEvent: fete\nOccurrence: 2027-06-26\n"
        "Status: draft\n",
        "content/recaps/faux.md": "Title: C\nEvent: fete\nSpeakers: camile-martin\n",
        "content/articles/divers.md": "Title: D\nCategory: Comptes rendus\n\nTexte.\n",
        "content/articles/blog.md": "Title: E\nCategory: Vie du lieu\n\nTexte.\n",
        # An event file that cannot be read: its own check says why, not its recap.
        "events/casse.yaml": "title: Cassé\n",
        "content/recaps/casse.md": "Title: F\nEvent: casse\n",
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, "utf-8")
    settings = KitSettings(
        tmp_path,
        tmp_path / "content",
        tmp_path / "members",
        tmp_path / "events",
    )
    assert category_name(settings) == "Comptes rendus"
    files = sorted((tmp_path / "content").rglob("*.md"))
    assert [str(p) for p in check_recap_files(files, settings, NOW)] == [
        "content/articles/divers.md:2: Category: the category 'Comptes rendus' holds recaps "
        "only, and this article has no Event line (add `Event: <event slug>` if it tells about "
        "an event, or choose another category)",
        # A draft may be written ahead, but not about a date the event does not have.
        "content/recaps/brouillon.md:3: Occurrence: 2027-06-26 is not a date of 'fete' (the "
        "nearest past date is 2026-06-26)",
        "content/recaps/faux.md:3: Speakers: unknown member 'camile-martin': expected a member "
        "handle (the name of a file in members/, without .yaml), or a name as it is spelt, with "
        "its capitals (did you mean 'camille-martin'?)",
    ]


def test_a_new_recap_is_written_in_the_site_language_and_refused_until_rewritten(
    schedule: Schedule, tmp_path: Path
) -> None:
    draft = draft_recap(schedule, "fete", "nl_BE")
    assert draft.text.splitlines()[0] == "Title: Fête, vrijdag 26 juni 2026"
    assert draft.text.endswith("voeg je zo in: `![Wat de foto toont]({static}/images/foto.jpg)`\n")
    (tmp_path / "events").mkdir()
    (tmp_path / "events/fete.yaml").write_text(EVENTS["events/fete.yaml"], "utf-8")
    recap = tmp_path / "content/recaps" / draft.filename
    recap.parent.mkdir(parents=True)
    recap.write_text(draft.text, "utf-8")
    settings = KitSettings(
        tmp_path, tmp_path / "content", tmp_path / "members", tmp_path / "events"
    )
    found = [str(p) for p in check_recap_files([recap], settings, NOW)]
    assert found == [
        f"content/recaps/{draft.filename}:7: expected the recap's text, found the template's "
        "example paragraph (replace it with what was said, who came and what to remember)"
    ]
