"""The safe YAML loader: every refusal and every syntax error, with its exact message and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cowork.files.yamlfile import MAX_BYTES, YamlDocument, format_keypath, load_yaml
from cowork.problems import Problem


def load(
    tmp_path: Path, text: str | bytes, name: str = "members/ana.yaml"
) -> tuple[YamlDocument | None, list[str]]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8")
    doc, problems = load_yaml(path, tmp_path)
    assert all(isinstance(p, Problem) for p in problems)
    return doc, [str(p) for p in problems]


def test_plain_data_with_the_line_of_every_key(tmp_path: Path) -> None:
    doc, problems = load(
        tmp_path,
        "name: Ana Lopez\njoined: 2025-03-03\nlinks:\n  website: https://ana.example\n"
        "skills:\n  - dessin\n  - 'typographie'\nnumber: 12\nactive: true\n",
    )
    assert problems == []
    assert doc is not None
    assert doc.relpath == "members/ana.yaml"
    assert doc.data == {
        "name": "Ana Lopez",
        "joined": dt.date(2025, 3, 3),
        "links": {"website": "https://ana.example"},
        "skills": ["dessin", "typographie"],
        "number": 12,
        "active": True,
    }
    assert doc.line_of(("links", "website")) == 4
    assert doc.line_of(("skills", 1)) == 7
    assert doc.line_of(("links", "missing")) == 3  # the nearest known ancestor
    assert doc.line_of(("nothing",)) == 1


def test_keys_stay_as_written(tmp_path: Path) -> None:
    # YAML 1.1 reads `yes` and `null` as a boolean and nothing; as keys they are just words.
    doc, problems = load(tmp_path, "yes: 1\nnull: 2\n3: trois\n")
    assert problems == []
    assert doc is not None and doc.data == {"yes": 1, "null": 2, "3": "trois"}


def test_an_impossible_date_is_kept_as_text_for_the_schema_to_report(tmp_path: Path) -> None:
    doc, problems = load(tmp_path, "joined: 2026-13-45\n")
    assert problems == []
    assert doc is not None and doc.data == {"joined": "2026-13-45"}


@pytest.mark.parametrize("text", ["", "# only a comment\n"])
def test_an_empty_file_is_a_document_of_nothing(tmp_path: Path, text: str) -> None:
    doc, problems = load(tmp_path, text)
    assert problems == []
    assert doc is not None and doc.data is None


def test_an_unclosed_quote_is_named_at_its_line_and_the_rest_is_still_read(
    tmp_path: Path,
) -> None:
    doc, problems = load(tmp_path, 'name: Ana\nbio: "not closed\nskills: []\n')
    assert problems == [
        "members/ana.yaml:2: the quote \" that opens the value of 'bio' is never closed "
        '(end the value with " on the same line)'
    ]
    assert doc is not None and doc.data == {"name": "Ana", "bio": "not closed", "skills": []}


def test_a_list_of_mappings_after_a_mistake_is_read_as_written(tmp_path: Path) -> None:
    # The keys of a list item line up with its first key: no "spaces too many" on them, and the
    # repaired file is read whole (a space.yaml's links and closures, found by an admin's typo).
    text = (
        'street: "27 rue du Métier\n'
        "social:\n"
        "  - label: Mastodon\n"
        "    url: https://mastodon.example/@lanavette\n"
        "  - label: PeerTube\n"
        "    url: https://video.example/c/lanavette\n"
        "city: Lille\n"
    )
    doc, problems = load(tmp_path, text, "space.yaml")
    assert problems == [
        "space.yaml:1: the quote \" that opens the value of 'street' is never closed "
        '(end the value with " on the same line)'
    ]
    assert doc is not None and doc.data["social"][1] == {
        "label": "PeerTube",
        "url": "https://video.example/c/lanavette",
    }
    # A key of an item indented by mistake is still named.
    _, problems = load(tmp_path, text.replace("    url: https://m", "      url: https://m"))
    assert problems[1].startswith("members/ana.yaml:4: this line starts with 2 spaces too many")


def test_syntax_error_the_text_pass_does_not_know_has_line_and_column(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "name: Ana\nbio: x\n- y\n")
    assert problems == [
        "members/ana.yaml:3:1: YAML syntax error: while parsing a block mapping (line 1), "
        "expected <block end>, but found '-' "
        "(check the indentation and the quotes around this line)"
    ]


def test_a_syntax_error_told_in_no_plainer_words_is_yamls_own(tmp_path: Path) -> None:
    # (Brackets left open are told in plain words: tests/core/test_yaml_flow.py.)
    _, problems = load(tmp_path, "name: Ana\n- dessin\n")
    assert problems == [
        "members/ana.yaml:2:1: YAML syntax error: while parsing a block mapping (line 1), "
        "expected <block end>, but found '-' "
        "(check the indentation and the quotes around this line)"
    ]


def test_a_tab_in_the_indentation(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "name: Ana\n\tbio: x\n")
    assert problems == [
        "members/ana.yaml:2: a tab indents this line (remove the tab: YAML only accepts spaces, "
        "and 'bio' belongs at the start of the line)"
    ]


def test_two_documents_in_one_file(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "name: Ana\n---\nname: Bob\n")
    assert problems == [
        "members/ana.yaml:2:1: YAML syntax error: expected a single document in the stream "
        "(line 1), but found another document "
        "(check the indentation and the quotes around this line)"
    ]


def test_python_object_is_refused_and_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "constructed"
    doc, problems = load(tmp_path, f"name: !!python/object/apply:builtins.open ['{marker}', 'w']\n")
    assert doc is None
    assert problems == [
        "members/ana.yaml:1:7: the YAML tag '!!python/object/apply:builtins.open' is not "
        "allowed: only plain text, numbers, dates, lists and mappings are (remove the tag)"
    ]
    assert not marker.exists()


@pytest.mark.parametrize(
    ("text", "tag", "column"),
    [
        ("photo: !!binary aGVsbG8=\n", "!!binary", 8),
        ("skills: !!set {a, b}\n", "!!set", 9),
        ("name: !fancy Ana\n", "!fancy", 7),
    ],
)
def test_every_other_tag_is_refused(tmp_path: Path, text: str, tag: str, column: int) -> None:
    _, problems = load(tmp_path, text)
    assert problems == [
        f"members/ana.yaml:1:{column}: the YAML tag '{tag}' is not allowed: only plain text, "
        "numbers, dates, lists and mappings are (remove the tag)"
    ]


def test_billion_laughs_is_refused_at_its_first_anchor(tmp_path: Path) -> None:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    doc, problems = load(tmp_path, "\n".join(lines) + "\n")
    assert doc is None
    assert problems == [
        "members/ana.yaml:1:4: found the anchor '&a': anchors and aliases are not allowed here "
        "(write the value out in full)"
    ]


def test_an_alias_alone_is_refused(tmp_path: Path) -> None:
    # An alias to an undefined anchor is still an alias: refused before YAML complains.
    _, problems = load(tmp_path, "name: Ana\nbio: *elsewhere\n")
    assert problems == [
        "members/ana.yaml:2:6: found the alias '*elsewhere': anchors and aliases are not allowed "
        "here (write the value out in full)"
    ]


def test_merge_keys_are_refused(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "name: Ana\n<<: {bio: x}\n")
    assert problems == [
        "members/ana.yaml:2:1: merge keys ('<<') are not allowed here (write the keys out)"
    ]


def test_a_key_must_be_plain_text(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "? [a, b]\n: 1\n")
    assert problems == [
        "members/ana.yaml:1:3: a key must be plain text, found a list "
        "(write the key as a word, such as 'name')"
    ]


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    text = "bio: " + "x" * MAX_BYTES + "\n"
    doc, problems = load(tmp_path, text)
    assert doc is None
    assert problems == [
        f"members/ana.yaml: file is too large: expected at most 100000 bytes, found "
        f"{len(text)} bytes (keep one member or event per file, and long texts short)"
    ]


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    text = "bio: " + "x" * (MAX_BYTES - 6) + "\n"
    assert len(text) == MAX_BYTES
    doc, problems = load(tmp_path, text)
    assert problems == [] and doc is not None


def test_duplicate_keys_are_reported_and_the_first_one_kept(tmp_path: Path) -> None:
    doc, problems = load(tmp_path, "name: Ana\nlinks:\n  website: a\n  website: b\nname: Bob\n")
    assert problems == [
        "members/ana.yaml:4: links.website: duplicate key: 'website' is already set on line 3 "
        "(keep one of the two)",
        "members/ana.yaml:5: name: duplicate key: 'name' is already set on line 1 "
        "(keep one of the two)",
    ]
    assert doc is not None and doc.data == {"name": "Ana", "links": {"website": "a"}}


def test_non_utf8_file(tmp_path: Path) -> None:
    doc, problems = load(tmp_path, "name: Ana\nbio: Hélène\n".encode("latin-1"))
    assert doc is None
    assert problems == [
        "members/ana.yaml:2: file is not UTF-8 text: found the byte 0xe9 "
        "(save the file with the UTF-8 encoding)"
    ]


def test_utf8_with_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    doc, problems = load(tmp_path, "\ufeffname: Hélène\n".encode())
    assert problems == []
    assert doc is not None and doc.data == {"name": "Hélène"}


def test_a_file_outside_the_root_keeps_its_path(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.yaml"
    path.write_text("a: 1\n", "utf-8")
    doc, _ = load_yaml(path, tmp_path / "repo")
    assert doc is not None and doc.relpath == path.as_posix()


def test_format_keypath() -> None:
    assert format_keypath(()) == ""
    assert format_keypath(("links", "website")) == "links.website"
    assert format_keypath(("skills", 2)) == "skills[2]"
    assert format_keypath(("events", 0, "times", 1)) == "events[0].times[1]"
