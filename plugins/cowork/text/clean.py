"""Characters that have no place in what people write, and text made safe to print.

YAML's double-quoted escapes can put any code point in a value: a control character (an escape
sequence that repaints a terminal, a NUL), a lone surrogate (which no UTF-8 page can encode, so
the build would crash writing it) or a line break in a one-line field (which would break an
iCalendar line or a log line). `unwritable` finds the first such character, so the loaders can
refuse it with a message a person understands; `printable` shows a text on one line of a terminal
or a CI log with every control character made visible instead of obeyed.
"""

from __future__ import annotations

import re
import unicodedata

from cowork.text.messages import Message, msg

LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
"""Every character Python's `str.splitlines` breaks a line on."""
_NEVER = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
"""Every control character (Unicode's category Cc: U+0000 to U+001F and U+007F to U+009F) but
tab and the line breaks, ordinary in multi-line texts (a bio, a description), and every lone
surrogate (category Cs)."""
_UNWRITABLE = re.compile(f"[{_NEVER}]")
_UNWRITABLE_ON_ONE_LINE = re.compile(f"[{_NEVER}{re.escape(''.join(sorted(LINE_BREAKS)))}]")


def describe_character(char: str) -> Message:
    """`a line break (U+2028)`, `the control character U+001B`, `a lone surrogate (U+D800)`."""
    code = f"U+{ord(char):04X}"
    if char in LINE_BREAKS:
        return msg("a line break ({code})", code=code)
    if unicodedata.category(char) == "Cs":
        return msg("a lone surrogate ({code})", code=code)
    return msg("the control character {code}", code=code)


def unwritable(text: str, one_line: bool = False) -> Message | None:
    """The first character of `text` that no page or feed should carry, described; else None.

    Control characters (C0 but tab and line breaks, DEL, C1) and lone surrogates are never
    allowed; with `one_line`, no line break of any kind either.
    """
    # One search in C: every value of every data file goes through here.
    found = (_UNWRITABLE_ON_ONE_LINE if one_line else _UNWRITABLE).search(text)
    return describe_character(found.group()) if found else None


def printable(text: str) -> str:
    """`text` on one line, every control character, surrogate, line break and bidirectional
    override shown escaped (`\\n`, `\\x1b`, `\\u202e`) so that a terminal or a CI runner shows it
    and obeys nothing."""
    return "".join(_shown(char) for char in text)


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _shown(char: str) -> str:
    if unicodedata.category(char) in {"Cc", "Cs", "Zl", "Zp"} or char in _BIDI_CONTROLS:
        return char.encode("unicode_escape").decode("ascii")
    return char
