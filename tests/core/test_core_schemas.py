"""Schema validation of YAML documents: every message says where, what was expected and found."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cowork.files.schema import describe_schema, describe_value, validate_document
from cowork.files.yamlfile import load_yaml

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "plan"],
    "properties": {
        "name": {"type": "string", "minLength": 2, "maxLength": 40},
        "plan": {"enum": ["Nomade", "Résident"]},
        "joined": {"type": "string", "format": "date"},
        "arrives": {"type": "string", "format": "date-time"},
        "desk": {"type": "integer", "minimum": 1, "maximum": 12},
        "skills": {
            "type": "array",
            "maxItems": 3,
            "uniqueItems": True,
            "items": {"type": "string"},
        },
        "links": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "website": {"type": "string", "format": "uri"},
                "mastodon": {
                    "type": "string",
                    "pattern": "^@[^@]+@[^@]+$",
                    "x-expected": "a handle such as @ana@mastodon.example",
                },
            },
        },
        "photo": {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
        "kind": {"const": "member"},
    },
}


def check(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "members" / "ana.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, "utf-8")
    doc, problems = load_yaml(path, tmp_path)
    assert doc is not None and problems == []
    return [str(p) for p in validate_document(doc, SCHEMA)]


def test_a_valid_document_has_no_problem(tmp_path: Path) -> None:
    assert (
        check(
            tmp_path,
            "name: Ana\nplan: Nomade\njoined: 2025-03-03\narrives: 2026-01-05 08:30\n"
            "desk: 3\nskills: [dessin]\nlinks:\n  website: https://ana.example/\n"
            "  mastodon: '@ana@mastodon.example'\nphoto: false\nkind: member\n",
        )
        == []
    )


def test_unknown_key_suggests_the_closest_known_one(tmp_path: Path) -> None:
    assert check(tmp_path, "name: Ana\nplan: Nomade\nskils: [dessin]\n") == [
        "members/ana.yaml:3: skils: unknown key 'skils' (did you mean 'skills'?)"
    ]


def test_unknown_key_without_a_close_one_lists_the_known_keys(tmp_path: Path) -> None:
    assert check(tmp_path, "name: Ana\nplan: Nomade\nlinks:\n  zzz: x\n") == [
        "members/ana.yaml:4: links.zzz: unknown key 'zzz' (known keys: mastodon, website)"
    ]


def test_missing_required_keys_are_all_reported(tmp_path: Path) -> None:
    assert check(tmp_path, "desk: 3\n") == [
        "members/ana.yaml:1: missing required key 'name': expected text (add a line 'name: …' "
        "beside the other keys here)",
        "members/ana.yaml:1: missing required key 'plan': expected one of 'Nomade', 'Résident' "
        "(add a line 'plan: …' beside the other keys here)",
    ]


# The hints that say how to write a value of the kind asked for.
WHOLE = " (write a whole number, without quotes or units)"
LIST = " (write one item per line below the key, each line starting with '- ')"
TEXT = " (put the value in quotes so that it is read as text)"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("desk: trois", f"desk: expected a whole number, found 'trois'{WHOLE}"),
        ("desk: 2.5", f"desk: expected a whole number, found the number 2.5{WHOLE}"),
        ("skills: dessin", f"skills: expected a list, found 'dessin'{LIST}"),
        (
            "links: https://ana.example",
            "links: expected a mapping of keys to values, found 'https://ana.example' (write "
            "each key on its own line below, indented by two spaces)",
        ),
        ("skills: [dessin, 3]", f"skills[1]: expected text, found the number 3{TEXT}"),
        ("joined: 2026-13-45", "joined: expected a date written YYYY-MM-DD, found '2026-13-45'"),
        ("joined: 3 mars", "joined: expected a date written YYYY-MM-DD, found '3 mars'"),
        (
            "arrives: 2026-01-05",
            "arrives: expected a date and time written YYYY-MM-DD HH:MM, found '2026-01-05'",
        ),
        ("desk: 0", "desk: expected at least 1, found 0"),
        ("desk: 13", "desk: expected at most 12, found 13"),
        ("skills: [a, b, a]", "skills: expected no repeated items, found 'a' twice"),
        ("skills: [a, b, c, d]", "skills: expected at most 3 items, found 4"),
        ("photo: 3", "photo: expected text or true or false, found the number 3"),
        ("kind: visitor", "kind: expected 'member', found 'visitor'"),
        ("desk: null", f"desk: expected a whole number, found nothing{WHOLE}"),
        ("desk: yes", f"desk: expected a whole number, found true{WHOLE}"),
    ],
)
def test_type_errors(tmp_path: Path, line: str, message: str) -> None:
    assert check(tmp_path, f"name: Ana\nplan: Nomade\n{line}\n") == [
        f"members/ana.yaml:3: {message}"
    ]


def test_enum_lists_the_choices(tmp_path: Path) -> None:
    assert check(tmp_path, "name: Ana\nplan: nomade\n") == [
        "members/ana.yaml:2: plan: expected one of 'Nomade', 'Résident', found 'nomade'"
    ]


def test_lengths(tmp_path: Path) -> None:
    assert check(tmp_path, "name: A\nplan: Nomade\n") == [
        "members/ana.yaml:1: name: expected at least 2 characters, found 1"
    ]
    assert check(tmp_path, f"name: {'A' * 41}\nplan: Nomade\n") == [
        "members/ana.yaml:1: name: expected at most 40 characters, found 41"
    ]


def test_x_expected_describes_the_value(tmp_path: Path) -> None:
    assert check(tmp_path, "name: Ana\nplan: Nomade\nlinks:\n  mastodon: ana\n") == [
        "members/ana.yaml:4: links.mastodon: expected a handle such as @ana@mastodon.example, "
        "found 'ana'"
    ]


@pytest.mark.parametrize(
    "url", ["ana.example", "https://", "www.ana.example/page", "https://ana example.org"]
)
def test_uri_format_is_really_checked(tmp_path: Path, url: str) -> None:
    # jsonschema skips "uri" without an optional package: the kit checks it itself.
    assert check(tmp_path, f"name: Ana\nplan: Nomade\nlinks:\n  website: '{url}'\n") == [
        "members/ana.yaml:4: links.website: expected a full web address such as "
        f"https://example.org, found '{url}'"
    ]


def test_not_a_mapping_at_all(tmp_path: Path) -> None:
    assert check(tmp_path, "- name: Ana\n") == [
        "members/ana.yaml:1: expected a mapping of keys to values, found a list of 1"
    ]
    assert check(tmp_path, "") == [
        "members/ana.yaml:1: expected a mapping of keys to values, found nothing"
    ]


def test_problems_come_in_reading_order_and_all_at_once(tmp_path: Path) -> None:
    found = check(tmp_path, "plan: Nomad\ndesk: 40\nskils: []\nname: X\n")
    assert found == [
        "members/ana.yaml:1: plan: expected one of 'Nomade', 'Résident', found 'Nomad'",
        "members/ana.yaml:2: desk: expected at most 12, found 40",
        "members/ana.yaml:3: skils: unknown key 'skils' (did you mean 'skills'?)",
        "members/ana.yaml:4: name: expected at least 2 characters, found 1",
    ]


def test_describe_value_shortens_long_text() -> None:
    assert str(describe_value("x" * 61)) == "'" + "x" * 57 + "...'"
    assert str(describe_value({"a": 1})) == "a mapping"


def test_describe_schema_without_a_type() -> None:
    assert str(describe_schema({})) == "a valid value"


@pytest.mark.parametrize("name", ["member", "event", "space"])
def test_every_shipped_schema_is_a_valid_2020_12_schema(name: str) -> None:
    """The build reads the schemas without checking them against the metaschema (it costs a
    quarter of a second per build): a schema made invalid by an edit is caught here instead."""
    from cowork.files.schema import load_schema
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(dict(load_schema(name)))
    broken = {**load_schema(name), "type": "mapping"}
    with pytest.raises(Exception, match="mapping"):
        Draft202012Validator.check_schema(broken)
