"""Every rule of the event format, with the exact message a contributor reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cowork.events.schedule import build_schedule
from cowork.settings import KitSettings

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
GOOD = "title: Café\nstart: 2026-12-03 08:30\nduration: 1h30\n"


def problems_of(
    tmp_path: Path, files: dict[str, str], max_occurrences: int = 1000, now: dt.datetime = NOW
) -> list[str]:
    for name, text in {"members/camille-martin.yaml": "name: Camille\n", **files}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    (tmp_path / "events").mkdir(exist_ok=True)
    settings = KitSettings(
        tmp_path,
        tmp_path / "content",
        tmp_path / "members",
        tmp_path / "events",
        events_max_occurrences=max_occurrences,
    )
    _, problems = build_schedule(settings, now)
    return sorted(str(p) for p in problems)


def one(tmp_path: Path, text: str) -> list[str]:
    return problems_of(tmp_path, {"events/cafe.yaml": text})


def test_a_good_file_has_no_problem(tmp_path: Path) -> None:
    assert one(tmp_path, GOOD + "organizers: [camille-martin]\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "title: Café\nstart: 2026-12-03 8h30\nduration: 1h\n",
            "events/cafe.yaml:2: start: expected a local date and time written YYYY-MM-DD "
            "HH:MM, or a date YYYY-MM-DD for an all-day event, found '2026-12-03 8h30'",
        ),
        (
            "title: Café\nstart: 2026-12-03 08:30\nduration: une heure\n",
            "events/cafe.yaml:3: duration: expected a duration such as 1h30, 45min or 2d, "
            "found 'une heure'",
        ),
        (
            GOOD + "statut: confirmed\n",
            "events/cafe.yaml:4: statut: unknown key 'statut' (did you mean 'status'?)",
        ),
        (
            GOOD + "status: postponed\n",
            "events/cafe.yaml:4: status: expected one of 'confirmed', 'tentative', "
            "'cancelled', found 'postponed'",
        ),
        (
            "start: 2026-12-03 08:30\nduration: 1h\n",
            "events/cafe.yaml:1: missing required key 'title': expected the event's name, "
            "as text of 1 to 120 characters (add a line 'title: …' beside the other keys here)",
        ),
    ],
)
def test_schema_rules(tmp_path: Path, text: str, expected: str) -> None:
    assert one(tmp_path, text) == [expected]


def test_end_before_start(tmp_path: Path) -> None:
    assert one(tmp_path, "title: Café\nstart: 2026-12-03 08:30\nend: 2026-12-03 08:00\n") == [
        "events/cafe.yaml:3: end: expected an end after the start (2026-12-03 08:30), "
        "found 2026-12-03 08:00"
    ]


def test_end_and_duration_together(tmp_path: Path) -> None:
    assert one(tmp_path, GOOD + "end: 2026-12-03 10:00\n") == [
        "events/cafe.yaml:3: duration: expected either 'end' or 'duration', found both"
    ]


def test_missing_end(tmp_path: Path) -> None:
    assert one(tmp_path, "title: Café\nstart: 2026-12-03 08:30\n") == [
        "events/cafe.yaml:1: missing required key 'end': expected the end time (or a "
        "'duration'), or a date alone as 'start' for an all-day event"
    ]


def test_all_day_start_with_a_timed_end(tmp_path: Path) -> None:
    assert one(tmp_path, "title: Salon\nstart: 2026-12-03\nend: 2026-12-04 18:00\n") == [
        "events/cafe.yaml:3: end: expected a date alone (YYYY-MM-DD), as 'start' is, "
        "found '2026-12-04 18:00'"
    ]


def test_unknown_time_zone_suggests_the_closest(tmp_path: Path) -> None:
    assert one(tmp_path, GOOD + "timezone: Europe/Pari\n") == [
        "events/cafe.yaml:4: timezone: unknown time zone: expected a name of the IANA database "
        "such as 'Europe/Paris', found 'Europe/Pari' (did you mean 'Europe/Paris'?)"
    ]


def test_invalid_rule(tmp_path: Path) -> None:
    assert one(tmp_path, GOOD + "repeat: FREQ=FORTNIGHTLY\n") == [
        "events/cafe.yaml:4: repeat: expected FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, found "
        "'FREQ=FORTNIGHTLY' (every other week is FREQ=WEEKLY;INTERVAL=2)"
    ]
    [problem] = one(tmp_path, GOOD + "repeat: FREQ=WEEKLY;BYDAY=TUESDAY\n")
    assert problem.startswith(
        "events/cafe.yaml:4: repeat: expected an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU, "
        "found 'FREQ=WEEKLY;BYDAY=TUESDAY' ("
    )


def test_rule_with_too_many_occurrences(tmp_path: Path) -> None:
    files = {"events/cafe.yaml": GOOD + "repeat: FREQ=DAILY\n"}
    assert problems_of(tmp_path, files, max_occurrences=300) == [
        "events/cafe.yaml:4: repeat: expected a rule giving at most 300 occurrences, found one "
        "giving more within the next 18 months (repeat less often, or end the rule with COUNT "
        "or UNTIL (the limit is EVENTS_MAX_OCCURRENCES))"
    ]
    assert one(tmp_path, GOOD + "repeat: FREQ=DAILY;COUNT=1001\n") == [
        "events/cafe.yaml:4: repeat: expected a rule giving at most 1000 occurrences, found one "
        "giving more in all (repeat less often, or end the rule with COUNT or UNTIL (the limit "
        "is EVENTS_MAX_OCCURRENCES))"
    ]


@pytest.mark.parametrize("rule", ["FREQ=DAILY", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"])
def test_everyday_series_are_allowed(tmp_path: Path, rule: str) -> None:
    assert one(tmp_path, GOOD + f"repeat: {rule}\n") == []


YEARS_LATER = [NOW.replace(year=NOW.year + years) for years in (1, 5, 10)]


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;BYDAY=TH",
        "FREQ=DAILY",
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=DAILY;COUNT=1000",
        "FREQ=MONTHLY;BYDAY=1TH",
        "FREQ=DAILY;COUNT=1001",
    ],
)
def test_passing_time_never_turns_a_valid_rule_into_a_refused_one(
    tmp_path: Path, rule: str
) -> None:
    """The limit counts the dates ahead (or all of them, for a rule that ends), never the
    history: what is valid today stays valid, however long the series has run."""
    files = {"events/cafe.yaml": GOOD + f"repeat: {rule}\n"}
    today = problems_of(tmp_path, files)
    for later in YEARS_LATER:
        found = problems_of(tmp_path, files, now=later)
        assert not found or today, (rule, later, found)


def test_open_ended_rule_is_fine(tmp_path: Path) -> None:
    assert one(tmp_path, GOOD + "repeat: FREQ=WEEKLY;BYDAY=TH\n") == []


def test_except_and_changes_dates_must_be_dates_of_the_rule(tmp_path: Path) -> None:
    text = (
        GOOD + "repeat: FREQ=MONTHLY;BYDAY=1TH\nexcept: [2027-01-08]\n"
        "changes:\n  2027-02-05: {status: cancelled}\n"
    )
    assert one(tmp_path, text) == [
        "events/cafe.yaml:5: except[0]: expected a date of this event's rule, found 2027-01-08, "
        "which is not one (the nearest dates are 2026-12-03, 2027-01-07, 2027-02-04)",
        "events/cafe.yaml:7: changes.2027-02-05: expected a date of this event's rule, found "
        "2027-02-05, which is not one (the nearest dates are 2027-01-07, 2027-02-04, 2027-03-04)",
    ]


def test_date_beyond_the_horizon_is_checked_against_the_rule(tmp_path: Path) -> None:
    text = GOOD + "repeat: FREQ=MONTHLY;BYDAY=1TH\nexcept: [2029-03-01]\n"
    assert one(tmp_path, text) == []


def test_a_date_both_skipped_and_changed(tmp_path: Path) -> None:
    text = (
        GOOD + "repeat: FREQ=MONTHLY;BYDAY=1TH\nexcept: [2027-01-07]\n"
        "changes:\n  2027-01-07: {status: cancelled}\n"
    )
    assert one(tmp_path, text) == [
        "events/cafe.yaml:7: changes.2027-01-07: expected a date that is not skipped, found "
        "2027-01-07, which is also in 'except' (remove it from 'except', or cancel it here "
        "with 'status: cancelled')"
    ]


def test_except_on_a_single_event(tmp_path: Path) -> None:
    assert one(tmp_path, GOOD + "except: [2026-12-03]\n") == [
        "events/cafe.yaml:4: except: expected 'except' only on a repeating event (with "
        "'repeat'), found it on a single event (cancel a single event with 'status: "
        "cancelled', move it by changing 'start' and 'end')"
    ]


def test_changed_end_before_start(tmp_path: Path) -> None:
    text = (
        GOOD + "repeat: FREQ=MONTHLY;BYDAY=1TH\n"
        "changes:\n  2027-01-07:\n    start: 2027-01-07 09:00\n    end: 2027-01-07 08:00\n"
    )
    assert one(tmp_path, text) == [
        "events/cafe.yaml:8: changes.2027-01-07.end: expected an end after the start "
        "(2027-01-07 09:00), found 2027-01-07 08:00"
    ]


def test_unknown_organizer(tmp_path: Path) -> None:
    assert one(tmp_path, GOOD + "organizers: [camile-martin]\n") == [
        "events/cafe.yaml:4: organizers[0]: unknown organizer 'camile-martin': expected the "
        "handle of a member (the name of a file in members/) (did you mean 'camille-martin'?)"
    ]


def test_duplicate_slugs_across_sub_folders(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, {"events/cafe.yaml": GOOD, "events/2027/cafe.yaml": GOOD})
    assert problems == [
        "events/cafe.yaml: duplicate slug 'cafe': events/2027/cafe.yaml already uses it "
        "(event file names must be unique across sub-folders: rename one)"
    ]


def test_file_names_differing_only_by_case(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, {"events/cafe.yaml": GOOD, "events/2027/Cafe.yaml": GOOD})
    assert problems == [
        "events/2027/Cafe.yaml: expected a file name of lowercase letters, digits and hyphens, "
        "found 'Cafe.yaml' (the file name is the page's address: rename the file)",
        "events/cafe.yaml: duplicate slug 'cafe': events/2027/Cafe.yaml already uses it "
        "(event file names must be unique across sub-folders: rename one)",
    ]


def test_duplicate_uids(tmp_path: Path) -> None:
    uid = "uid: 0b5c3f0e-1111-4222-8333-944455556666\n"
    problems = problems_of(tmp_path, {"events/a.yaml": GOOD + uid, "events/b.yaml": GOOD + uid})
    assert problems == [
        "events/b.yaml:4: uid: duplicate uid '0b5c3f0e-1111-4222-8333-944455556666': "
        "events/a.yaml already uses it (give each event its own uid (a new UUID), never a "
        "copied one)"
    ]


def test_every_problem_of_every_file_in_one_run(tmp_path: Path) -> None:
    problems = problems_of(
        tmp_path,
        {
            "events/a.yaml": GOOD + "timezone: Mars/Olympus\n",
            "events/b.yaml": "title: B\nstart: 2026-12-03 08:30\nend: 2026-12-03 08:00\n",
            "events/c.yaml": "title: [\n",
        },
    )
    # (c.yaml's unclosed bracket is repaired for the checks after it, which find more.)
    assert list(dict.fromkeys(p.split(":")[0] for p in problems)) == [
        "events/a.yaml",
        "events/b.yaml",
        "events/c.yaml",
    ]


def test_start_must_be_a_date_of_the_rule(tmp_path: Path) -> None:
    # 3 December 2026 is a Thursday.
    assert one(tmp_path, GOOD + "repeat: FREQ=WEEKLY;BYDAY=TU\n") == [
        "events/cafe.yaml:2: start: expected a start that is one of the rule's dates, found "
        "2026-12-03 08:30, which is not (the rule's first date is 2026-12-08 08:30)"
    ]


def test_rule_giving_no_date(tmp_path: Path) -> None:
    assert one(tmp_path, GOOD + "repeat: FREQ=WEEKLY;UNTIL=20261101\n") == [
        "events/cafe.yaml:4: repeat: expected a rule giving at least one date, found one giving "
        "none (check that UNTIL is after 'start')"
    ]


def test_changes_keys_must_be_dates(tmp_path: Path) -> None:
    text = GOOD + "repeat: FREQ=WEEKLY\nchanges:\n  demain: {status: cancelled}\n"
    assert one(tmp_path, text) == [
        "events/cafe.yaml:5: changes: expected dates written YYYY-MM-DD as keys (the dates the "
        "rule gives), found 'demain'"
    ]


def test_an_empty_change(tmp_path: Path) -> None:
    text = GOOD + "repeat: FREQ=WEEKLY\nchanges:\n  2026-12-10: {}\n"
    assert one(tmp_path, text) == [
        "events/cafe.yaml:6: changes.2026-12-10: expected at least one of start, end, status or "
        "location, found none"
    ]


def test_every_problem_of_a_file_even_with_an_unknown_zone(tmp_path: Path) -> None:
    text = "title: B\nstart: 2026-12-03 25:30\nduration: 1h\ntimezone: Europe/Lile\n"
    assert one(tmp_path, text) == [
        "events/cafe.yaml:2: start: expected a local date and time written YYYY-MM-DD HH:MM, "
        "found '2026-12-03 25:30'",
        "events/cafe.yaml:4: timezone: unknown time zone: expected a name of the IANA database "
        "such as 'Europe/Paris', found 'Europe/Lile' (did you mean 'Europe/Kiev'?)",
    ]


def test_until_must_be_a_date(tmp_path: Path) -> None:
    assert one(tmp_path, GOOD + "repeat: FREQ=WEEKLY;UNTIL=2027\n") == [
        "events/cafe.yaml:4: repeat: expected UNTIL=YYYYMMDD in the rule, found 'UNTIL=2027'"
    ]


def test_a_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    assert one(tmp_path, "- a\n") == [
        "events/cafe.yaml:1: expected a mapping of keys to values, found a list of 1"
    ]


def test_yaml_tags_are_refused(tmp_path: Path) -> None:
    [problem] = one(tmp_path, GOOD + "location: !!python/object:os.system ls\n")
    assert problem.startswith("events/cafe.yaml:4:11: the YAML tag")
