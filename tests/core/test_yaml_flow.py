"""Brackets and braces left open in a member's or event's file: told in plain words at the key's
line, the value repaired as what it most likely is, and the rest of the file still checked. A
list or mapping in brackets that goes on over several lines, or holds brackets in quotes or
apostrophes in words, is no mistake."""

from __future__ import annotations

from pathlib import Path

import pytest
from cowork.files.yamlfile import YamlDocument
from cowork.files.yamlflow import Flow, unclosed

from tests.core.test_core_yamlfile import load


def data_of(doc: YamlDocument | None) -> object:
    assert doc is not None
    return doc.data


def test_an_unclosed_list_is_named_and_the_rest_is_still_read(tmp_path: Path) -> None:
    # PyYAML's own words were "while parsing a flow sequence (line 2), expected ',' or ']'".
    doc, problems = load(tmp_path, "name: Ana\nskills: [dessin, 'a]b'  # [note\njoined: 2026\n")
    assert problems == [
        "members/ana.yaml:2: the bracket [ that opens the value of 'skills' is never closed (end "
        "the list with ] on the same line: skills: [dessin, 'a]b']; or, if it is a text, put it "
        "between double quotes: skills: \"[dessin, 'a]b'\")"
    ]
    assert data_of(doc) == {"name": "Ana", "skills": ["dessin", "a]b"], "joined": 2026}


def test_words_after_a_lone_bracket_are_read_as_the_text_they_likely_are(tmp_path: Path) -> None:
    # One mistake, one problem: the title is not also "a list, where a text was expected".
    doc, problems = load(tmp_path, 'name: Ana\ntitle: [Dev "web"\n')
    assert problems == [
        "members/ana.yaml:2: the bracket [ that opens the value of 'title' is never closed (end "
        'the list with ] on the same line: title: [Dev "web"]; or, if it is a text, put it '
        'between double quotes: title: "[Dev \\"web\\"")'
    ]
    assert data_of(doc) == {"name": "Ana", "title": '[Dev "web"'}


def test_an_unclosed_mapping_is_named_too(tmp_path: Path) -> None:
    doc, problems = load(tmp_path, "links: {website: https://ana.example\nname: Ana\n")
    assert problems == [
        "members/ana.yaml:1: the brace { that opens the value of 'links' is never closed (end it "
        "with } on the same line: links: {website: https://ana.example})"
    ]
    assert data_of(doc) == {"links": {"website": "https://ana.example"}, "name": "Ana"}


@pytest.mark.parametrize(
    "value",
    [
        "skills: [dessin,\n  typographie]",  # over two lines
        "skills: [\n  dessin,\n  typographie,\n]",
        "skills: [l'art, rock'n'roll]",  # apostrophes in words open no quote
        'skills: ["a\\"]b", c]',  # an escaped quote does not end the text
        "skills: ['a''b]', c]",  # nor a doubled apostrophe
        "skills: [a#b, c]  # a comment with [",
        "links: {website: https://ana.example,\n  github: https://github.com/ana}",
        "skills: [a,\n  b: c]",  # a mapping in the list: the schema's to say
        "bio: |\n  [a text\n  in [brackets",
    ],
)
def test_what_closes_is_no_mistake(tmp_path: Path, value: str) -> None:
    # Each file fails for its last line's quote alone: that is the one problem told.
    _, problems = load(tmp_path, f'{value}\nname: "Ana\n')
    assert [p.split(": ", 1)[1] for p in problems] == [
        "the quote \" that opens the value of 'name' is never closed (end the value with \" on "
        "the same line)"
    ]


def test_a_list_left_open_over_lines_is_closed_after_its_last_item(tmp_path: Path) -> None:
    doc, problems = load(tmp_path, "name: Ana\nskills: [dessin,\n  typo  # note\njoined: 2026\n")
    assert problems == [
        "members/ana.yaml:2: the bracket [ that opens the value of 'skills' is never closed (end "
        "the list with ] after its last item, at the end of line 3: typo])"
    ]
    assert data_of(doc) == {"name": "Ana", "skills": ["dessin", "typo"], "joined": 2026}


def test_a_mapping_may_go_on_at_the_start_of_the_next_line(tmp_path: Path) -> None:
    # Valid YAML (the line looks like a key, and is the mapping's): the quote is the one mistake.
    text = 'links: {website: "https://a.example",\nmastodon: "https://b.example"}\nname: "Ana\n'
    _, problems = load(tmp_path, text)
    assert [p.split(": ", 1)[1].split(" (")[0] for p in problems] == [
        "the quote \" that opens the value of 'name' is never closed"
    ]


def test_a_value_ends_where_its_brackets_close_or_at_the_next_key_at_its_level() -> None:
    assert unclosed("[a,", ["  b,", "title: x", "  c"], indent=0) == Flow("[a,", "]", 1, "  b,")
    assert unclosed("[a,", ["  b,", "", "  c]", "title: x"], indent=0) == Flow("[a,", "", 3)
    assert unclosed("[[a, {b: c}", [], indent=0) == Flow("[[a, {b: c}", "]]", 0)
    assert unclosed("[a  # ]", [], indent=0) == Flow("[a", "]", 0)
