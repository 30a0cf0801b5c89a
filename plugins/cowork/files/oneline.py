"""Texts that must stay on one line (names, titles, places: one line on every page, feed and
calendar), found in a parsed YAML file with the line of each."""

from __future__ import annotations

from typing import Any

from cowork.files.yamlfile import KeyPath, YamlDocument, format_keypath
from cowork.problems import Problem
from cowork.text.clean import LINE_BREAKS, describe_character
from cowork.text.messages import Message, msg


def line_breaks(doc: YamlDocument, multi_line: frozenset[str]) -> list[Problem]:
    """A problem for each text of `doc` that spans several lines, outside the top-level keys
    `multi_line` (a bio, a description): titles, names and places are one line on every page,
    feed and calendar. Line breaks at either end are allowed (a `|` block adds one; values are
    stripped)."""
    problems: list[Problem] = []

    def walk(value: Any, keypath: KeyPath) -> None:
        if isinstance(value, dict):
            for key, child in value.items():
                if keypath or key not in multi_line:
                    walk(child, (*keypath, key))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, (*keypath, index))
        elif isinstance(value, str) and (found := _first_line_break(value.strip())):
            problems.append(
                Problem(
                    doc.relpath,
                    doc.line_of(keypath),
                    format_keypath(keypath),
                    msg("expected one line of text, found {found}", found=found),
                    hint=msg(
                        "write it on one line: only {keys} may take several",
                        keys=", ".join(sorted(multi_line)),
                    ),
                )
            )

    walk(doc.data, ())
    return problems


def _first_line_break(text: str) -> Message | None:
    for char in text:
        if char in LINE_BREAKS:
            return describe_character(char)
    return None
