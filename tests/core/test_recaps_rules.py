"""Every rule of a recap's metadata, with the exact message an editor reads."""

from __future__ import annotations

import datetime as dt

import pytest
from cowork.events.schedule import Schedule
from cowork.recaps.check import Against, check_article, check_recap, latest_past
from cowork.recaps.header import parse_header
from cowork.recaps.model import Speaker

from tests.recaps_calendar import SOURCE, check, make_schedule


@pytest.fixture(scope="module")
def schedule(tmp_path_factory: pytest.TempPathFactory) -> Schedule:
    return make_schedule(tmp_path_factory.mktemp("repo"))


def problems(schedule: Schedule, text: str, draft: bool = False) -> list[str]:
    recap, found = check(schedule, text, draft)
    assert recap is None
    return found


# ─── Good recaps ──────────────────────────────────────────────────────────────────────────────


def test_a_recap_of_a_single_event_needs_no_occurrence(schedule: Schedule) -> None:
    recap, found = check(schedule, "Title: Bilan\nEvent: fete\n\nTexte.\n")
    assert found == []
    assert recap is not None
    assert recap.key == ("fete", dt.date(2026, 6, 26))
    assert recap.source == SOURCE


def test_a_recap_names_the_occurrence_of_a_series(schedule: Schedule) -> None:
    text = "Title: Bilan\nEvent: opencoffee\nOccurrence: 2026-11-05\n"
    recap, found = check(schedule, text + "Speakers: camille-martin, Jeanne Lambert, Samira\n")
    assert found == []
    assert recap is not None
    assert recap.key == ("opencoffee", dt.date(2026, 11, 5))
    # Handle-shaped items are members; a space or a capital makes a plain name.
    assert recap.speakers == (
        Speaker("camille-martin", "camille-martin"),
        Speaker("Jeanne Lambert", None),
        Speaker("Samira", None),
    )


def test_a_moved_occurrence_is_found_by_its_new_date_too(schedule: Schedule) -> None:
    # The rule put it on 2026-11-05; it took place on 2026-11-06.
    recap, found = check(schedule, "Event: opencoffee\nOccurrence: 2026-11-06\n")
    assert found == []
    assert recap is not None
    assert recap.key == ("opencoffee", dt.date(2026, 11, 5))


def test_slides_on_https_are_kept(schedule: Schedule) -> None:
    recap, found = check(schedule, "Event: fete\nSlides: https://diapos.example/fete.pdf\n")
    assert found == []
    assert recap is not None
    assert recap.slides == "https://diapos.example/fete.pdf"


def test_a_draft_may_tell_about_an_occurrence_not_over_yet(schedule: Schedule) -> None:
    recap, found = check(schedule, "Event: opencoffee\nOccurrence: 2026-12-03\n", draft=True)
    assert found == []
    assert recap is not None


def test_the_latest_past_date_skips_cancelled_ones(schedule: Schedule) -> None:
    latest = latest_past(schedule, "opencoffee")
    assert latest is not None
    assert latest.original_date == dt.date(2026, 11, 5)
    assert latest_past(schedule, "conference") is None


# ─── Each rule, word for word ─────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Title: Bilan\nEvent: opencofee\nOccurrence: 2026-11-05\n",
            "content/recaps/r.md:2: Event: unknown event 'opencofee': expected the name of a "
            "file in events/ (without .yaml) (did you mean 'opencoffee'?)",
        ),
        (
            "Title: Bilan\nEvent: pique-nique\n",
            "content/recaps/r.md:2: Event: unknown event 'pique-nique': expected the name of a "
            "file in events/ (without .yaml)",
        ),
        (
            "Title: Bilan\nEvent:\n",
            "content/recaps/r.md:2: Event: expected the slug of an event (the name of a file "
            "in events/, without .yaml), found nothing",
        ),
        (
            "Title: Bilan\nEvent: opencoffee\n",
            "content/recaps/r.md:2: Occurrence: 'opencoffee' is a series: expected an "
            "Occurrence line with the date this recap tells about, found none (its latest past "
            "date is 2026-11-05: add `Occurrence: 2026-11-05`)",
        ),
        (
            "Event: opencoffee\nOccurrence: 5 novembre\n",
            "content/recaps/r.md:2: Occurrence: expected a date such as 2026-09-03, found "
            "'5 novembre'",
        ),
        (
            # A Thursday, but not the first of its month.
            "Event: opencoffee\nOccurrence: 2026-11-12\n",
            "content/recaps/r.md:2: Occurrence: 2026-11-12 is not a date of 'opencoffee' (the "
            "nearest past date is 2026-11-05)",
        ),
        (
            "Event: hebdo\nOccurrence: 2026-10-15\n",
            "content/recaps/r.md:2: Occurrence: 2026-10-15 is not a date of 'hebdo' (the "
            "nearest past dates are 2026-10-13 and 2026-10-20)",
        ),
        (
            # Within the horizon, and not a date of the rule: not a date, future or not.
            "Event: opencoffee\nOccurrence: 2026-12-10\n",
            "content/recaps/r.md:2: Occurrence: 2026-12-10 is not a date of 'opencoffee' (the "
            "nearest past date is 2026-11-05)",
        ),
        (
            "Event: opencoffee\nOccurrence: 2026-10-01\n",
            "content/recaps/r.md:2: Occurrence: 'opencoffee' does not take place on 2026-10-01: "
            "the date is skipped (listed under `except`) (the nearest past date is 2026-11-05)",
        ),
        (
            "Event: opencoffee\nOccurrence: 2026-09-03\n",
            "content/recaps/r.md:2: Occurrence: 'opencoffee' of 2026-09-03 was cancelled: there "
            "is nothing to tell about (the nearest past date is 2026-11-05)",
        ),
        (
            "Event: fete\nOccurrence: 2026-06-27\n",
            "content/recaps/r.md:2: Occurrence: 2026-06-27 is not a date of 'fete' (the nearest "
            "past date is 2026-06-26)",
        ),
        (
            "Event: annule\n",
            "content/recaps/r.md:1: Event: 'annule' of 2026-10-10 was cancelled: there is "
            "nothing to tell about (none of the past dates of 'annule' took place: all were "
            "cancelled)",
        ),
        (
            "Event: opencoffee\nOccurrence: 2026-12-03\n",
            "content/recaps/r.md:2: Occurrence: 'opencoffee' of 2026-12-03 is not over yet (the "
            "site is built on 2026-11-22): a recap tells about an occurrence that took place "
            "(publish it afterwards, or keep it a draft (`Status: draft`) until then)",
        ),
        (
            "Event: conference\n",
            "content/recaps/r.md:1: Event: 'conference' of 2026-12-10 is not over yet (the site "
            "is built on 2026-11-22): a recap tells about an occurrence that took place "
            "(publish it afterwards, or keep it a draft (`Status: draft`) until then)",
        ),
        (
            # Started an hour ago, ends in two hours: still running.
            "Event: en-cours\n",
            "content/recaps/r.md:1: Event: 'en-cours' of 2026-11-22 is not over yet (the site "
            "is built on 2026-11-22): a recap tells about an occurrence that took place "
            "(publish it afterwards, or keep it a draft (`Status: draft`) until then)",
        ),
        (
            # Beyond the calendar's horizon (18 months ahead).
            "Event: opencoffee\nOccurrence: 2031-01-02\n",
            "content/recaps/r.md:2: Occurrence: 2031-01-02 is in the future (the site is built "
            "on 2026-11-22): a recap tells about an occurrence that took place (publish it "
            "afterwards, or keep it a draft (`Status: draft`) until then)",
        ),
        (
            "Event: fete\nSpeakers: camille-martin, samira-benaly\n",
            "content/recaps/r.md:2: Speakers: unknown member 'samira-benaly': expected a member "
            "handle (the name of a file in members/, without .yaml), or a name as it is spelt, "
            "with its capitals (did you mean 'samira-benali'?)",
        ),
        (
            "Event: fete\nSpeakers: jeanne\n",
            "content/recaps/r.md:2: Speakers: unknown member 'jeanne': expected a member handle "
            "(the name of a file in members/, without .yaml), or a name as it is spelt, with "
            "its capitals (write the person's name as it is spelt (with its capitals), or add "
            "members/jeanne.yaml first)",
        ),
        (
            "Event: fete\nSlides: http://diapos.example/fete.pdf\n",
            "content/recaps/r.md:2: Slides: expected an https:// address, found "
            "'http://diapos.example/fete.pdf' (link the slides where they are published, with "
            "https://)",
        ),
        (
            "Event: fete\nSlides: diapos.pdf\n",
            "content/recaps/r.md:2: Slides: expected an https:// address, found 'diapos.pdf'",
        ),
        (
            "Event: fete\nCategory: Vie du lieu\n",
            "content/recaps/r.md:2: Category: a recap is filed under 'Comptes rendus', found "
            "'Vie du lieu' (remove the Category line: the site files recaps by itself)",
        ),
    ],
)
def test_rule(schedule: Schedule, text: str, expected: str) -> None:
    assert problems(schedule, text) == [expected]


def test_every_problem_of_a_recap_is_reported(schedule: Schedule) -> None:
    text = (
        "Title: Bilan\nCategory: Divers\nEvent: opencoffee\nOccurrence: 2026-11-12\n"
        "Speakers: alex-durant, Jeanne\nSlides: ftp://diapos.example/a.pdf\n"
    )
    found = problems(schedule, text)
    assert [f.split(": ")[1] for f in found] == ["Category", "Speakers", "Slides", "Occurrence"]
    assert [f.split(": ")[0] for f in found] == [
        "content/recaps/r.md:2",
        "content/recaps/r.md:5",
        "content/recaps/r.md:6",
        "content/recaps/r.md:4",
    ]


def test_two_recaps_of_one_occurrence_are_both_fine(schedule: Schedule) -> None:
    text = "Event: opencoffee\nOccurrence: 2026-11-05\n"
    first, second = check(schedule, text), check(schedule, "Title: Autre\n" + text)
    assert first[1] == second[1] == []
    assert first[0] is not None and second[0] is not None
    assert first[0].key == second[0].key


def test_speakers_are_not_checked_without_members(schedule: Schedule) -> None:
    against = Against(schedule, None)
    recap, found = check_recap(SOURCE, parse_header("Event: fete\nSpeakers: jeanne\n"), against)
    assert found == []
    assert recap is not None
    assert recap.speakers == (Speaker("jeanne", "jeanne"),)


# ─── Articles that are not recaps ─────────────────────────────────────────────────────────────


def test_recap_keys_without_event_point_at_a_misspelt_event() -> None:
    header = parse_header("Title: Bilan\nEvnt: opencoffee\nOccurrence: 2026-11-05\n")
    assert [str(p) for p in check_article(SOURCE, header, "Comptes rendus")] == [
        "content/recaps/r.md:3: Occurrence: 'Occurrence' belongs to a recap, and this article "
        "has no Event line (did you mean 'Event' instead of 'Evnt'?)"
    ]


def test_recap_keys_without_event_and_nothing_close() -> None:
    header = parse_header("Title: Bilan\nSpeakers: alex-durand\n")
    assert [str(p) for p in check_article(SOURCE, header, None)] == [
        "content/recaps/r.md:2: Speakers: 'Speakers' belongs to a recap, and this article has "
        "no Event line (add `Event: <event slug>` to make it a recap, or remove the line)"
    ]


def test_the_recaps_category_holds_recaps_only() -> None:
    header = parse_header("Title: Bilan\ncategory: comptes rendus\n")
    assert [str(p) for p in check_article(SOURCE, header, "Comptes rendus")] == [
        "content/recaps/r.md:2: category: the category 'Comptes rendus' holds recaps only, and "
        "this article has no Event line (add `Event: <event slug>` if it tells about an event, "
        "or choose another category)"
    ]
    assert check_article(SOURCE, parse_header("Title: Bilan\nCategory: Vie du lieu\n"), "X") == []


def test_speakers_split_on_commas_and_drop_empty_items(schedule: Schedule) -> None:
    recap, found = check(schedule, "Event: fete\nSpeakers: alex-durand,,\n    Jeanne Lambert\n")
    assert found == []
    assert recap is not None
    assert [s.text for s in recap.speakers] == ["alex-durand", "Jeanne Lambert"]
