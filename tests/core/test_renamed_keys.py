"""A renamed key or setting keeps working for one minor version, with a notice naming the new one.

The kit's tables of renames are empty in this release (nothing was renamed yet); these tests give
the functions a rename of their own, as a release that renames something would."""

from __future__ import annotations

from pathlib import Path

from cowork.files.renamed import Renamed, read_renamed
from cowork.files.yamlfile import YamlDocument, parse_yaml
from cowork.problems import Problem, Severity
from cowork.settings import KitSettings, unknown_keys
from cowork.text.messages import verbatim

TAGLINE = Renamed("slogan", "tagline", since="0.3.0", until="0.4.0")
FEED = Renamed("EVENTS_ATOM_TITLE", "EVENTS_FEED_TITLE", since="0.3.0", until="0.4.0")


def parsed(text: str) -> YamlDocument:
    doc, problems = parse_yaml(text, Path("space.yaml"), "space.yaml")
    assert problems == [] and doc is not None
    return doc


def test_an_old_key_is_read_under_its_new_name_with_a_notice_at_its_line() -> None:
    doc = parsed("name: La Ruche\nslogan:\n  fr: Un lieu\n")
    renamed, problems = read_renamed(doc, [TAGLINE])
    assert renamed.data == {"name": "La Ruche", "tagline": {"fr": "Un lieu"}}
    # Later problems about the value point at the line the person wrote.
    assert renamed.line_of(("tagline", "fr")) == 3
    assert [str(p) for p in problems] == [
        "space.yaml:2: slogan: 'slogan' is now called 'tagline' (kit 0.3.0); the old name still "
        "works, until kit 0.4.0 (rename 'slogan' to 'tagline')"
    ]
    assert problems[0].severity is Severity.NOTICE


def test_both_names_in_one_file_is_an_error_and_nothing_is_moved() -> None:
    doc = parsed("tagline: {fr: A}\nslogan: {fr: B}\n")
    renamed, problems = read_renamed(doc, [TAGLINE])
    assert renamed.data == {"tagline": {"fr": "A"}, "slogan": {"fr": "B"}}
    assert [(p.line, p.severity, str(p.hint)) for p in problems] == [
        (2, Severity.ERROR, "keep 'tagline' and remove 'slogan'")
    ]


def test_a_file_without_the_old_key_is_untouched() -> None:
    doc = parsed("tagline: {fr: A}\n")
    assert read_renamed(doc, [TAGLINE]) == (doc, [])


def test_an_old_setting_is_read_and_named_at_its_line(tmp_path: Path) -> None:
    conf = tmp_path / "pelicanconf.py"
    conf.write_text("SITENAME = 'x'\nEVENTS_ATOM_TITLE = 'Agenda'\n", "utf-8")
    values = {"SITENAME": "x", "EVENTS_ATOM_TITLE": "Agenda"}
    settings = KitSettings.from_mapping(values, tmp_path, [FEED])
    assert settings.events_feed_title == "Agenda"
    found = unknown_keys(values, tmp_path, [conf], [FEED])
    assert [(str(p), p.severity) for p in found] == [
        (
            "pelicanconf.py:2: EVENTS_ATOM_TITLE: 'EVENTS_ATOM_TITLE' is now called "
            "'EVENTS_FEED_TITLE' (kit 0.3.0); the old name still works, until kit 0.4.0 (rename "
            "'EVENTS_ATOM_TITLE' to 'EVENTS_FEED_TITLE')",
            Severity.NOTICE,
        )
    ]
    # Without the rename, the same key is what it would be: an unknown setting, a warning.
    assert [p.severity for p in unknown_keys(values, tmp_path, [conf], [])] == [Severity.WARNING]


def test_a_notice_never_fails_the_check(tmp_path: Path) -> None:
    from cowork.cli import _status

    notice = Problem("space.yaml", 2, "slogan", verbatim("renamed"), Severity.NOTICE)
    assert _status([notice], strict=True) == 0
