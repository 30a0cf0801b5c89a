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

_KEY_LINE = re.compile(r"^ *(- +)?[A-Za-z_][\w-]*:(\s|$)")
_CLOSING = {"[": "]", "{": "}"}


def unclosed(value: str, later: Sequence[str], indent: int) -> tuple[str, str, int]:
    """The value of a key indented by `indent`, without its comment; what would close the
    brackets and braces it leaves open ("" when it closes them, on its line or on the `later`
    lines); and how many of the `later` lines it goes on over when it closes. The value ends
    unclosed at the next key at its indent or less, or at the end."""
    code, still_open = _scan(value, [])
    spans = 0
    for number, line in enumerate(later, start=1):
        if not still_open:
            break
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if len(line) - len(line.lstrip(" ")) <= indent and _KEY_LINE.match(line):
            break
        _, still_open = _scan(text, still_open)
        spans = 0 if still_open else number
    closers = "".join(_CLOSING[opening] for opening in reversed(still_open))
    return code, closers, spans


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
