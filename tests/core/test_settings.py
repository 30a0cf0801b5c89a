"""The kit's settings: declared once, read once, and a misspelt key never silently ignored."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cowork.cli import main
from cowork.events.views import Urls
from cowork.members.directory import UrlPatterns
from cowork.settings import KitSettings, declared_keys, load_settings_file, settings_table

from tests.sites import ROOT


def write_settings(folder: Path, text: str) -> Path:
    path = folder / "pelicanconf.py"
    path.write_text(text, "utf-8")
    return path


def test_the_readme_lists_every_setting_as_declared() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert settings_table() in readme, "paste `python -m cowork.settings`'s output into README.md"


def test_every_setting_has_a_key_and_a_line_of_doc() -> None:
    keys = declared_keys()
    assert len(keys) >= 25
    assert all(doc.strip() for doc in keys.values())


def test_paths_are_relative_to_the_root_and_defaults_are_declared(tmp_path: Path) -> None:
    settings = KitSettings.from_mapping({"EVENTS_PATH": "agenda"}, tmp_path)
    assert settings.events_path == tmp_path / "agenda"
    assert settings.members_path == tmp_path / "members"
    assert settings.events_horizon_months == 18
    assert settings.events_feed_title == "Agenda"


def test_url_patterns_follow_the_directory_address(tmp_path: Path) -> None:
    settings = KitSettings.from_mapping({"MEMBERS_URL": "members/"}, tmp_path)
    urls = UrlPatterns.from_settings(settings)
    assert (urls.profile, urls.skill, urls.avatars) == (
        "members/{handle}/",
        "members/competences/{slug}/",
        "members/avatars/",
    )
    given = KitSettings.from_mapping({"MEMBER_URL": "people/{handle}.html"}, tmp_path)
    assert UrlPatterns.from_settings(given).profile == "people/{handle}.html"
    assert Urls.from_settings(settings).calendar == "calendar.ics"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"PUBLIC_URL": "https://space.example/"}, "https://space.example"),
        ({"SITEURL": "https://space.example"}, "https://space.example"),
        ({"PUBLIC_URL": "https://a.example", "SITEURL": "https://b.example"}, "https://a.example"),
        ({"SITEURL": ""}, ""),
        ({"SITEURL": "/relative"}, ""),
    ],
)
def test_one_rule_for_the_public_address(
    tmp_path: Path, values: dict[str, str], expected: str
) -> None:
    assert KitSettings.from_mapping(values, tmp_path).public_url == expected


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("COWORK_SHARECARDS", "COWORK_SHARE_CARDS"),
        ("EVENT_URL", "EVENTS_URL"),  # not MEMBERS_URL, whose words are the same
        ("EVENTS_HOME_CONT", "EVENTS_HOME_COUNT"),
    ],
)
def test_the_closest_setting_is_judged_on_the_words_after_the_prefix(
    tmp_path: Path, typo: str, meant: str
) -> None:
    _, problems = load_settings_file(write_settings(tmp_path, f"{typo} = 1\n"))
    assert [p.hint for p in problems] == [f"did you mean '{meant}'?"]


def test_a_misspelt_kit_key_is_a_warning_at_its_line_with_the_closest_setting(
    tmp_path: Path,
) -> None:
    path = write_settings(
        tmp_path,
        'SITENAME = "Test"\nEVENT_HORIZON_MONTHS = 6\nMEMBERS_SKILLS_URL = "x/{slug}/"\n'
        "COWORK_FANCY = 1\nOTHER_PLUGIN_SETTING = 2\n",
    )
    _, problems = load_settings_file(path)
    assert [str(p) for p in problems] == [
        "pelicanconf.py:4: COWORK_FANCY: unknown setting: the kit declares no setting of this "
        "name, so it would be ignored (see the settings list in README.md)",
        "pelicanconf.py:2: EVENT_HORIZON_MONTHS: unknown setting: the kit declares no setting of "
        "this name, so it would be ignored (did you mean 'EVENTS_HORIZON_MONTHS'?)",
        "pelicanconf.py:3: MEMBERS_SKILLS_URL: unknown setting: the kit declares no setting of "
        "this name, so it would be ignored (did you mean 'MEMBERS_SKILL_URL'?)",
    ]
    assert all(p.severity == "warning" for p in problems)


def test_cowork_check_reports_the_misspelt_key_and_strict_fails(tmp_path: Path) -> None:
    write_settings(tmp_path, 'SITENAME = "Test"\nEVENTS_HORIZON_MONTH = 6\n')
    out, err = io.StringIO(), io.StringIO()
    argv = ["--settings", str(tmp_path / "pelicanconf.py"), "check"]
    assert main(argv, {"COWORK_NOW": "2026-11-22T10:00"}, out, err) == 0
    assert "pelicanconf.py:2: EVENTS_HORIZON_MONTH: unknown setting" in out.getvalue()
    assert "did you mean 'EVENTS_HORIZON_MONTHS'?" in out.getvalue()
    out = io.StringIO()
    assert main([*argv, "--strict"], {"COWORK_NOW": "2026-11-22T10:00"}, out, err) == 1


def test_the_environ_given_to_the_command_sets_now_for_the_check(tmp_path: Path) -> None:
    """A recap is refused for a date to come: which date is "to come" follows the COWORK_NOW
    that `main` is given, not the process's own environment."""
    write_settings(tmp_path, 'SITENAME = "Test"\n')
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "apero.yaml").write_text(
        "title: Apéro\nstart: 2026-09-17 18:30\nduration: 2h\n", "utf-8"
    )
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "apero.md").write_text(
        "Title: Apéro\nDate: 2026-09-18\nEvent: apero\n\nText.\n", "utf-8"
    )
    argv = ["--settings", str(tmp_path / "pelicanconf.py"), "check"]
    after, before = io.StringIO(), io.StringIO()
    assert main(argv, {"COWORK_NOW": "2026-11-22T10:00"}, after, io.StringIO()) == 0
    assert main(argv, {"COWORK_NOW": "2026-06-01T10:00"}, before, io.StringIO()) == 1
    assert "content/apero.md:3: Event" in before.getvalue()


def test_errors_carry_their_exit_status(tmp_path: Path) -> None:
    err = io.StringIO()
    missing = ["--settings", str(tmp_path / "nowhere.py"), "check"]
    assert main(missing, {}, io.StringIO(), err) == 2
    assert "settings file not found" in err.getvalue()
    write_settings(tmp_path, 'SITENAME = "Test"\n')
    bad_now = ["--settings", str(tmp_path / "pelicanconf.py"), "check"]
    err = io.StringIO()
    assert main(bad_now, {"COWORK_NOW": "tomorrow"}, io.StringIO(), err) == 2
    assert "COWORK_NOW: expected an ISO 8601 date-time" in err.getvalue()
    new = ["--settings", str(tmp_path / "pelicanconf.py"), "new", "member", "ana"]
    assert main(new, {"COWORK_NOW": "2026-11-22T10:00"}, io.StringIO(), io.StringIO()) == 0
    err = io.StringIO()
    assert main(new, {"COWORK_NOW": "2026-11-22T10:00"}, io.StringIO(), err) == 1
    assert "already exists" in err.getvalue()


def test_section_ids_follow_the_language() -> None:
    from cowork.site.language import IDS, ids

    assert ids("fr")["content"] == "contenu"
    assert ids("en_GB")["content"] == "content"
    assert ids("nl_BE")["past_dates"] == "eerdere-data"
    # Every language names every section, each once.
    assert {frozenset(table) for table in IDS.values()} == {frozenset(IDS["fr"])}
    assert all(len(set(table.values())) == len(table) for table in IDS.values())


def test_prices_are_written_the_local_way() -> None:
    from cowork.space.prices import money

    assert money(15, "EUR", "fr") == "15\xa0€"
    assert money(12.5, "EUR", "fr") == "12,50\xa0€"
    assert money(1600, "EUR", "en_GB") == "€1,600"
    assert money(15, "EUR", "nl_BE") == "€\xa015"
