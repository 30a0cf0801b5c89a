"""Hostile values in member and event files: each refused, quickly, with the exact message a
contributor reads (issue 11). The same files built into a site: tests/site/test_hostile_corpus.py.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cowork.check.formats import github, text
from cowork.check.formats.report import Report
from cowork.events.load import read_event
from cowork.files.yamlfile import YamlDocument, parse_yaml
from cowork.members.contacts import find_contacts
from cowork.problems import Problem
from cowork.settings import KitSettings
from cowork.text.clean import printable
from cowork.text.messages import verbatim
from cowork.text.safe_markdown import too_costly

from tests.core.test_events_validation import GOOD, one, problems_of
from tests.members_files import CONSENTED, messages, picture

ONE_LINE = "(write it on one line: only description may take several)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'title: Café\nstart: 2026-12-03 08:30\nduration: "' + " " * 2000 + 'x"\n',
            "events/cafe.yaml:3: duration: expected at most 40 characters, found 2001 (a "
            "duration such as 1h30, 45min or 2d)",
        ),
        (
            "title: Café\nstart: 2026-12-03 08:30\nduration: 400000d\n",
            "events/cafe.yaml:3: duration: expected a duration of at most 366d, found '400000d' "
            "(an event longer than a year is several events)",
        ),
        (
            "title: Café\nstart: 0001-01-01\n",
            "events/cafe.yaml:2: start: expected a date between 1970-01-01 and 2200-12-31, "
            "found '0001-01-01' (check the year)",
        ),
        (
            "title: Café\nstart: 2026-12-03\nend: 9999-12-31\n",
            "events/cafe.yaml:3: end: expected a date between 1970-01-01 and 2200-12-31, "
            "found '9999-12-31' (check the year)",
        ),
        (
            "title: Café\nstart: 2026-12-03 08:30\nend: 2028-12-03 08:30\n",
            "events/cafe.yaml:3: end: expected an end at most 366 days after the start "
            "(2026-12-03 08:30), found 2028-12-03 08:30 (an event longer than a year is several "
            "events)",
        ),
        (
            "title: Café\nstart: 2150-12-03 08:30\nduration: 1h\n",
            "events/cafe.yaml:2: start: expected a start at most 10 years after the calendar's "
            "horizon (2038-05-20 10:00), found 2150-12-03 08:30 (check the year: every month up "
            "to an event gets a page of the calendar)",
        ),
        (
            GOOD + "repeat: FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30\n",
            "events/cafe.yaml:4: repeat: expected FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, found "
            "'FREQ=SECONDLY' (an event repeats at most once a day)",
        ),
        (
            GOOD + "repeat: FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\n",
            "events/cafe.yaml:4: repeat: expected a rule giving at least one date, found one "
            "giving none up to 2200 (check that the days it names exist: there is no 30 "
            "February)",
        ),
        (
            GOOD + "repeat: FREQ=DAILY;INTERVAL=100000000000000000000\n",
            "events/cafe.yaml:4: repeat: expected INTERVAL from 1 to 100, found "
            "'INTERVAL=100000000000000000000' (INTERVAL=2 means every other day, week, month or "
            "year)",
        ),
        (
            GOOD + "repeat: FREQ=WEEKLY;INTERVAL=0\n",
            "events/cafe.yaml:4: repeat: expected INTERVAL from 1 to 100, found 'INTERVAL=0' "
            "(INTERVAL=2 means every other day, week, month or year)",
        ),
        (
            GOOD + "repeat: FREQ=WEEKLY;INTERVAL=-1\n",
            "events/cafe.yaml:4: repeat: expected INTERVAL from 1 to 100, found 'INTERVAL=-1' "
            "(INTERVAL=2 means every other day, week, month or year)",
        ),
        (
            GOOD + "repeat: FREQ=WEEKLY;COUNT=3;UNTIL=20270101\n",
            "events/cafe.yaml:4: repeat: expected COUNT or UNTIL, found both in "
            "'FREQ=WEEKLY;COUNT=3;UNTIL=20270101' (RFC 5545 allows only one: UNTIL, the last "
            "date, or COUNT, the number of dates)",
        ),
        (
            GOOD + "repeat: FREQ=WEEKLY;UNTIL=99991231\n",
            "events/cafe.yaml:4: repeat: expected UNTIL= a date between 1970-01-01 and "
            "2200-12-31, found 'UNTIL=99991231'",
        ),
        (
            "title: Café\nstart: 2026-12-03 08:30\nduration: 1h\n"
            "repeat: FREQ=YEARLY;INTERVAL=100;COUNT=5\n",
            "events/cafe.yaml:4: repeat: expected a rule whose dates all fall by 2200-12-31, "
            "found COUNT=5 giving 2 dates by then (lower COUNT or INTERVAL)",
        ),
        (
            GOOD + "timezone: localtime\n",
            "events/cafe.yaml:4: timezone: unknown time zone: expected a name of the IANA "
            "database such as 'Europe/Paris', found 'localtime'",
        ),
        (
            'title: "Café\\n::error::forged"\nstart: 2026-12-03 08:30\nduration: 1h\n',
            f"events/cafe.yaml:1: title: expected one line of text, found a line break (U+000A) "
            f"{ONE_LINE}",
        ),
        (
            GOOD + 'location: "Salle\\u2028B"\n',
            f"events/cafe.yaml:4: location: expected one line of text, found a line break "
            f"(U+2028) {ONE_LINE}",
        ),
        (
            GOOD + 'description: "Bonjour \\x1b[2J"\n',
            "events/cafe.yaml:4: description: expected text without control characters, found "
            "the control character U+001B (retype the text: in quotes, an escape such as \\x1b "
            "or \\ud800 writes such a character)",
        ),
    ],
)
def test_hostile_event_values_are_refused(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in one(tmp_path, text)


def test_markdown_that_would_take_minutes_to_render_is_refused(tmp_path: Path) -> None:
    hint = "(close each [ with ] and each ( with ) near it, or remove the extra ones)"
    assert one(tmp_path, GOOD + "description: |\n  " + "![" * 2000 + "\n") == [
        "events/cafe.yaml:4: description: expected Markdown that renders in one pass, found "
        f"brackets [ or ( left open, or closed very far from where they open {hint}"
    ]
    bio = "name: Ana\nbio: |\n  " + "> " * 30 + "a\n" + CONSENTED
    assert messages(tmp_path, {"members/ana.yaml": bio}) == [
        "members/ana.yaml:2: bio: expected Markdown that renders in one pass, found block quotes "
        f"(>) nested 30 deep {hint}"
    ]


def test_ordinary_markdown_renders() -> None:
    text = "Graphiste (print et web) : [mon site](https://example.org), [un autre](https://a.b).\n"
    assert too_costly(text * 60) is None


def test_a_rule_the_calendar_library_cannot_expand_is_refused(tmp_path: Path) -> None:
    [problem] = one(tmp_path, GOOD + "repeat: FREQ=MONTHLY;BYDAY=+53MO\n")
    assert problem.startswith(
        "events/cafe.yaml:4: repeat: expected an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU, "
        "found 'FREQ=MONTHLY;BYDAY=+53MO', which gives no date that can be computed (check its "
        "numbers; the calendar library says: "
    )


@pytest.mark.parametrize("slug", ["archives", "2026"])
def test_event_files_named_like_a_folder_of_the_site_are_refused(tmp_path: Path, slug: str) -> None:
    [problem] = [p for p in one_named(tmp_path, slug) if "name" in p]
    assert problem.startswith(f"events/{slug}.yaml: expected a name ")
    assert problem.endswith(
        "(the file name is the page's address, and the site has a page there: rename the file)"
    )


def one_named(tmp_path: Path, slug: str) -> list[str]:
    return problems_of(tmp_path, {f"events/{slug}.yaml": GOOD})


def test_a_failure_nobody_foresaw_is_the_files_problem(tmp_path: Path) -> None:
    """A document the schema would have refused, read anyway: no traceback, a problem."""
    data = {
        "title": "T",
        "start": "2026-12-03 08:30",
        "duration": "1h",
        "changes": {"2026-12-03": 1},
    }
    document = YamlDocument(tmp_path / "events/x.yaml", "events/x.yaml", data)
    settings = KitSettings(
        tmp_path, tmp_path / "content", tmp_path / "members", tmp_path / "events"
    )
    event, problems = read_event(document, settings)
    assert event is None
    assert [str(p) for p in problems] == [
        "events/x.yaml: expected a file the kit can read, found one it fails on (TypeError: "
        "argument of type 'int' is not iterable) (this is a bug of the kit: please report it with "
        "this file attached)"
    ]


@pytest.mark.parametrize("depth", [21, 600, 30_000])
def test_nesting_is_refused_from_the_parse_events(depth: int) -> None:
    for nested in (f"a: {'[' * depth}{']' * depth}\n", f"a: {'[' * depth}\n"):
        document, problems = parse_yaml(nested, Path("x.yaml"), "x.yaml")
        assert document is None
        assert [str(p) for p in problems] == [
            "x.yaml:1:23: expected lists and mappings nested at most 20 levels deep, found "
            "more than 20 levels here (a member or event file needs a few levels: remove the "
            "extra brackets or indentation)"
        ]


def test_twenty_levels_are_fine() -> None:
    document, problems = parse_yaml(f"a: {'[' * 19}{']' * 19}\n", Path("x.yaml"), "x.yaml")
    assert problems == [] and document is not None


def test_member_names_lone_surrogates_and_reserved_handles(tmp_path: Path) -> None:
    files = {
        "members/ana.yaml": 'name: Ana\ntitle: "Graphiste \\ud800"\n' + CONSENTED,
        "members/avatars.yaml": "name: Avatars\n" + CONSENTED,
        "members/bob.yaml": 'name: "Bob\\rMartin"\n' + CONSENTED,
    }
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: title: expected text without control characters, found a lone "
        "surrogate (U+D800) (retype the text: in quotes, an escape such as \\x1b or \\ud800 "
        "writes such a character)",
        "members/avatars.yaml: expected a name the site does not use for its own pages, found "
        "'avatars' (a profile's address is its file name, and the site has a page there: ask an "
        "editor to add you under another name)",
        "members/bob.yaml:1: name: expected one line of text, found a line break (U+000D) "
        "(write it on one line: only bio may take several)",
    ]


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("alice@example\\.com", "alice@example.com"),
        ("bob&#64;example.com", "bob@example.com"),
        ("06\u202f12\u202f34\u202f56\u202f78", "06 12 34 56 78"),
        ("\uff10\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18", "0612345678"),
        ("carol\uff20example.com", "carol@example.com"),
        ("06\u200b12\u200b34\u200b56\u200b78", "0612345678"),
        ("[appelez-moi](https://06.12.34.56.78)", "06 12 34 56 78"),
    ],
)
def test_contact_details_are_found_however_written(written: str, found: str) -> None:
    assert found in {c.text for c in find_contacts(written, markdown=True)}


def test_a_link_whose_host_is_a_phone_number_is_refused(tmp_path: Path) -> None:
    files = {"members/ana.yaml": "name: Ana\nlinks:\n  website: https://06.12.34.56.78.example\n"}
    assert messages(tmp_path, {k: v + CONSENTED for k, v in files.items()}) == [
        "members/ana.yaml:3: links.website: expected no phone number in a public profile, found "
        "'06 12 34 56 78' (remove it: the directory is public, and people reach members through "
        "the space)"
    ]


def test_contacts_leave_ordinary_text_alone() -> None:
    ordinary = "Née en 1985, 2\u202f000 € par an, le 12/03/2024 : https://github.com/u/123456789"
    assert list(find_contacts(ordinary, markdown=True)) == []


def test_a_progressive_jpeg_with_too_many_scans_is_refused(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "members/ana.yaml": "name: Ana\navatar: ana.jpg\n" + CONSENTED + "  photo: 2026-01-05\n",
        "members/avatars/ana.jpg": many_scans(picture("JPEG", (400, 400), progressive=True), 40),
    }
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: avatar: expected a JPEG of at most 24 scans, found 50 (save the "
        "picture again from a photo editor, or as PNG or WebP)"
    ]


def many_scans(jpeg: bytes, extra: int) -> bytes:
    """`jpeg` with its last scan repeated `extra` times: each repetition costs a full decode."""
    last, end = jpeg.rindex(b"\xff\xda"), jpeg.rindex(b"\xff\xd9")
    return jpeg[:end] + jpeg[last:end] * extra + jpeg[end:]


FORGED = Problem(
    "events/x.yaml", 3, "timezone", verbatim("found 'Paris\n::error file=a.yaml::forged\x1b[2J'")
)


def test_github_lines_cannot_be_workflow_commands() -> None:
    out = io.StringIO()
    github.write([FORGED], Report(out, "cowork check"))
    lines = out.getvalue().splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert [c.split(" ", 1)[0].split("::")[1] for c in commands] == [
        "error",
        "stop-commands",
        lines[-2].strip(":"),
    ]
    assert commands[0].endswith("::found 'Paris\\n::error file=a.yaml::forged\\x1b[2J'")
    token = commands[1].removeprefix("::stop-commands::")
    assert len(token) == 32 and commands[2] == f"::{token}::"
    assert (
        lines[2] == "events/x.yaml:3: timezone: found 'Paris\\n::error file=a.yaml::forged\\x1b[2J'"
    )


def test_text_output_shows_escape_sequences_without_obeying_them() -> None:
    out = io.StringIO()
    text.write([FORGED], Report(out, "cowork check"))
    assert "\x1b" not in out.getvalue()
    assert "forged\\x1b[2J'" in out.getvalue()
    assert printable("a\u202eb\nc") == "a\\u202eb\\nc"
