"""JSON-LD inside a page: schema.org data written into a `<script type="application/ld+json">`.

One function for every page that carries structured data (events, member profiles, recaps), so
that the escaping that keeps member-written text from closing the element is written once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    # Line and paragraph separators end a line in older JavaScript parsers: never raw in a script.
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def script_json(data: Mapping[str, Any], *, indent: int = 2, sort_keys: bool = True) -> str:
    """`data` as JSON text that cannot end the `<script>` element it sits in.

    `<`, `>` and `&` (and U+2028, U+2029) are written as `\\u` escapes, which JSON reads back as
    the same characters. `indent` and `sort_keys` only lay the text out: a page whose builder
    chose the order of its keys keeps it with `sort_keys=False`.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=sort_keys)
    # A search per character, and a copy only when one is there: `str.translate` would look up
    # every character of the text in a table, and pages carry thousands of these texts.
    for char, escape in _ESCAPES.items():
        if char in text:
            text = text.replace(char, escape)
    return text
