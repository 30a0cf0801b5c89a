"""Where YAML's brackets and braces open and close, read from a file's text: for the plain-language
pass over a file that does not parse (`cowork.files.yamltext`).

A value in brackets (`skills: [dessin, typo]`) or braces (`links: {website: …}`) may go on over
the next lines, and holds text in quotes that may hold brackets itself. It is read here as YAML
reads it: a quote opens quoted text only where an item begins (`l'art` is a plain word, its
apostrophe nothing more), `\\"` does not end a text in double quotes nor `''` one in single
quotes, and a `#` after a space starts a comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import yaml

_KEY_LINE = re.compile(r"^ *(- +)?[A-Za-z_][\w-]*:(\s|$)")
_CLOSING = {"[": "]", "{": "}"}


@dataclass(frozen=True)
class Flow:
    """A value in brackets or braces, as read from the text."""

    code: str
    """The value on its key's line, without its comment."""
    closers: str
    """What would close the brackets and braces it leaves open: "" when it closes them."""
    spans: int
    """How many of the lines after its key's are its own: where it goes on."""
    last: str = ""
    """Its last line without its comment, when it goes on over lines and is left open."""


def unclosed(value: str, later: Sequence[str], indent: int) -> Flow:
    """The value of a key indented by `indent`, read with the `later` lines of the file.

    A value may go on over lines, less indented than its key even, and hold what looks like a
    key (`{website: …,` then `mastodon: …}`): where its brackets close, YAML itself says whether
    the lines up to there are one value. Left open, its own lines are those before the next key
    at its indent or less."""
    code, still_open = _scan(value, [])
    if not still_open:
        return Flow(code, "", 0)
    state = still_open
    for number, line in enumerate(later, start=1):
        if _is_blank(line):
            continue
        _, state = _scan(line.strip(), state)
        if not state:
            if _parses([f"value: {value}", *later[:number]]):
                return Flow(code, "", number)
            break
    spans, last, state = 0, "", still_open
    for number, line in enumerate(later, start=1):
        if _is_blank(line):
            continue
        if len(line) - len(line.lstrip(" ")) <= indent and _KEY_LINE.match(line):
            break
        spans = number
        last, state = _scan(line.rstrip(), state)
    closers = "".join(_CLOSING[opening] for opening in reversed(state))
    return Flow(code, closers, spans, last)


def closing_quote(value: str, quote: str) -> int | None:
    """Where the quoted text that opens `value` with `quote` ends, if it does on this line."""
    position = 1
    while position < len(value):
        char = value[position]
        if quote == '"' and char == "\\":
            position += 2
            continue
        if char == quote:
            if quote == "'" and value[position + 1 : position + 2] == "'":
                position += 2  # '' is an apostrophe inside '…'
                continue
            return position
        position += 1
    return None


def _scan(text: str, still_open: list[str]) -> tuple[str, list[str]]:
    """`text` without its comment, and the brackets and braces still open after it (a new list,
    from those open before it)."""
    still_open = list(still_open)
    item_starts = True  # where a quote would open quoted text
    position = 0
    while position < len(text):
        char = text[position]
        if char in "\"'" and item_starts:
            end = closing_quote(text[position:], char)
            if end is None:  # a quote left open: the quote's own problem, told elsewhere
                return text, still_open
            position += end + 1
            item_starts = False
            continue
        if char == "#" and (position == 0 or text[position - 1].isspace()):
            return text[:position].rstrip(), still_open
        if char in _CLOSING:
            still_open.append(char)
        elif char in "]}" and still_open:
            still_open.pop()
        if not char.isspace():
            item_starts = char in "[{,:"
        position += 1
    return text, still_open


def _is_blank(line: str) -> bool:
    text = line.strip()
    return not text or text.startswith("#")


def _parses(lines: Sequence[str]) -> bool:
    try:
        yaml.safe_load("\n".join(lines))
    except yaml.YAMLError:
        return False
    return True
