"""A broken `space.yaml` reported in one run: the rules beyond the schema read every part the
schema accepted, by `load_space` and by `cowork check`; hours past 24:00 refused at their line,
hints a person can act on, and a contrast ratio that never looks enough when it is not."""

from __future__ import annotations

from pathlib import Path

from cowork.space.load import load_space

from tests.gitrepos import SpaceRepo
from tests.home_site import MEMBERS, SPACE

SITE_SETTINGS = (
    "from cowork_pelican.conf import site_settings\n\nglobals().update(site_settings(__file__))\n"
)

# Six mistakes at once: two the rules find (a range that ends before it starts, a closure that
# ends before it begins), four the schema finds.
BROKEN = (
    SPACE.replace("friday: [09:00-17:00]", "friday: [18:30-08:30]\n  funday: [09:00-12:00]")
    .replace("    to: 2026-12-26\n", "    to: 2026-12-20\n")
    .replace("  - name: Journée\n    price: 12\n", "  - name: Journée\n")
    + "linked_spaces:\n  - label: La Fabrique\n    url: http://fabrique.example\n"
    + 'colors:\n  accent: "#ggg"\n'
)


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def expected_problems() -> list[tuple[str, str, str | None]]:
    """Each problem's place, message and hint."""
    colour = (
        'expected a colour written "#rrggbb" in quotes (without them, YAML reads # as the start'
        " of a comment), such as \"#8a2b0f\", found '#ggg'"
    )
    return [
        (
            f"space.yaml:{line_of(BROKEN, '  friday:')}: hours.friday[0]",
            "expected a range that ends after it starts, found '18:30-08:30'",
            "write the opening time first, such as 08:30-19:00",
        ),
        (
            f"space.yaml:{line_of(BROKEN, '  funday:')}: hours.funday",
            "unknown key 'funday'",
            "did you mean 'sunday'?",
        ),
        (
            f"space.yaml:{line_of(BROKEN, '    to: 2026-12-20')}: closures[0].to",
            "expected a last day on or after 2026-12-24, found 2026-12-20",
            "write the first day in 'from' and the last in 'to'",
        ),
        (
            f"space.yaml:{line_of(BROKEN, '  - name: Journée')}: plans[0]",
            "missing required key 'price': expected a price such as 15 or 12.50",
            "add a line such as 'price: 15' beside the other keys here",
        ),
        (
            f"space.yaml:{line_of(BROKEN, '    url: http:')}: linked_spaces[0].url",
            "expected an address starting with https://, found 'http://fabrique.example'",
            "write https:// instead: https://fabrique.example",
        ),
        (f"space.yaml:{line_of(BROKEN, '  accent:')}: colors.accent", colour, None),
    ]


def read(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "space.yaml").write_text(text, "utf-8")
    space, problems = load_space(tmp_path / "space.yaml", tmp_path)
    assert space is None
    return [str(p) for p in problems]


def test_six_mistakes_reported_by_one_load(tmp_path: Path) -> None:
    assert read(tmp_path, BROKEN) == [
        f"{place}: {message}" + (f" ({hint})" if hint else "")
        for place, message, hint in expected_problems()
    ]


def test_six_mistakes_and_a_members_unknown_plan_reported_by_one_check(tmp_path: Path) -> None:
    # Journée lacks its price, yet it is a plan: only the misspelt Mensuel is reported.
    members = {
        "members/ana-lima.yaml": MEMBERS["members/ana-lima.yaml"].replace("Mensuel", "Mensual"),
        "members/cachee.yaml": MEMBERS["members/cachee.yaml"],
    }
    files = {"pelicanconf.py": SITE_SETTINGS, "space.yaml": BROKEN, **members}
    result = SpaceRepo(tmp_path / "space", files).cowork("check")
    assert result.status == 1
    for place, message, hint in expected_problems():
        shown = f"{place}: {message}\n" + (f"    hint: {hint}\n" if hint else "")
        assert shown in result.out
    assert (
        "members/ana-lima.yaml:2: plan: expected one of 'Journée', 'Mensuel', found 'Mensual'\n"
        "    hint: did you mean 'Mensuel'?\n" in result.out
    )
    assert "cachee" not in result.out
    assert "7 errors" in result.out


def test_a_refused_value_leaves_the_rest_of_its_part_checked(tmp_path: Path) -> None:
    # A malformed range beside a reversed one, a dark background with one malformed colour.
    text = (
        SPACE.replace("tuesday: [09:00-18:00]", "tuesday: [9h-18h, 18:00-09:00]")
        + 'colors:\n  background: "#102030"\n  text: "#xyz"\n  accent: "#8a2b0f"\n'
    )
    problems = read(tmp_path, text)
    tuesday = line_of(text, "  tuesday:")
    assert [p.split(": ", 2)[:2] for p in problems] == [
        [f"space.yaml:{tuesday}", "hours.tuesday[0]"],
        [f"space.yaml:{tuesday}", "hours.tuesday[1]"],
        [f"space.yaml:{line_of(text, '  text:')}", "colors.text"],
        [f"space.yaml:{line_of(text, '  accent:')}", "colors.accent"],
    ]
    assert "contrast at least 3.0:1, found #8a2b0f on #102030 (1.91:1)" in problems[3]


def test_only_midnight_may_end_a_day(tmp_path: Path) -> None:
    text = SPACE.replace("monday: [09:00-12:00, 14:00-18:00]", "monday: [08:00-24:30]")
    assert read(tmp_path, text) == [
        f"space.yaml:{line_of(text, '  monday:')}: hours.monday[0]: expected a time range such as "
        "08:30-19:00, from 00:00 to 24:00 at the latest, found '08:00-24:30'"
    ]
    midnight = SPACE.replace("monday: [09:00-12:00, 14:00-18:00]", "monday: [08:00-24:00]")
    (tmp_path / "space.yaml").write_text(midnight, "utf-8")
    assert load_space(tmp_path / "space.yaml", tmp_path)[1] == []


def test_a_ratio_just_short_of_the_minimum_never_shows_it(tmp_path: Path) -> None:
    # #e63946 on #1d3557 contrast 2.965:1: rounded to one decimal it read 3.0:1, to two 2.97:1.
    text = SPACE + 'colors:\n  background: "#1d3557"\n  text: "#ffffff"\n  accent: "#e63946"\n'
    assert read(tmp_path, text) == [
        f"space.yaml:{line_of(text, '  accent:')}: colors.accent: expected accent and background "
        "colours that contrast at least 3.0:1, found #e63946 on #1d3557 (2.96:1) (the share "
        "cards would be hard to read: darken one colour or lighten the other)"
    ]


def test_a_value_of_the_wrong_kind_says_how_to_write_it(tmp_path: Path) -> None:
    space = SpaceRepo(tmp_path / "space")
    space.write("members/samira-benali.yaml", "name: Samira Benali\nskills: 3\n")
    result = space.cowork("check", str(space.root / "members/samira-benali.yaml"))
    assert (
        "members/samira-benali.yaml:2: skills: expected a list of short tags, found the number 3\n"
        "    hint: write one item per line below the key, each line starting with '- '\n"
    ) in result.out
