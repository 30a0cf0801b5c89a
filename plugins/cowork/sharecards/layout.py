"""How a card's texts fit their box: wrapped at words, shortened with an ellipsis.

Pure: widths come from a `measure` function (the font's, when drawing; any function in tests).
A title takes the largest size at which it fits whole; a title too long for the box at the
smallest size keeps as many whole words as fit and ends with "…". A line is never cut inside a
word and never wider than the box. The one exception is a single "word" wider than the whole box
at the smallest size (a long address without spaces): it is cut, with "…", rather than overflow.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

ELLIPSIS = "…"

Measure = Callable[[str], float]
"""The width of a text, in pixels, at one font size."""


@dataclass(frozen=True)
class Fitted:
    """A title broken into lines that fit the card."""

    lines: tuple[str, ...]
    size: int
    """The font size the lines were measured at."""
    shortened: bool
    """True when words were left out (the last line ends with an ellipsis)."""


def fit_title(
    text: str,
    measure_at: Callable[[int], Measure],
    sizes: Sequence[int],
    width: float,
    height: float,
    line_height: float = 1.2,
) -> Fitted:
    """The lines of `text` at the largest of `sizes` (largest first) where it fits whole in a
    `width` × `height` box, else shortened at the smallest size."""
    words = _words(text)
    for size in sizes:
        fitted = _wrap(words, measure_at(size), width, _lines_in(height, size, line_height))
        if fitted is not None and not fitted[1]:
            return Fitted(fitted[0], size, False)
    smallest = sizes[-1]
    measure = measure_at(smallest)
    most = _lines_in(height, smallest, line_height)
    fitted = _wrap(words, measure, width, most)
    if fitted is None:
        # A word wider than the box: no line break can help, it is cut.
        fitted = _wrap([_cut(w, measure, width) for w in words], measure, width, most)
        assert fitted is not None  # every word fits the width now
    return Fitted(fitted[0], smallest, fitted[1])


def shorten(text: str, measure: Measure, width: float) -> str:
    """`text` on one line: whole if it fits, else the words that fit followed by "…"."""
    fitted = _wrap(_words(text), measure, width, 1)
    if fitted is None:
        return _cut(" ".join(text.split()), measure, width)
    return fitted[0][0] if fitted[0] else ""


_CLOSING = set(":;!?»)")
_OPENING = set("«(")


def _words(text: str) -> list[str]:
    """The units a line may break between: words, with French spaced punctuation kept beside
    its word ("novembre :" never leaves the colon to start the next line)."""
    words: list[str] = []
    pending = ""
    for token in text.split():
        if words and set(token) <= _CLOSING:
            words[-1] += " " + token
        elif set(token) <= _OPENING:
            pending += token + " "
        else:
            words.append(pending + token)
            pending = ""
    if pending:
        words.append(pending.strip())
    return words


def _lines_in(height: float, size: int, line_height: float) -> int:
    return max(1, math.floor(height / (size * line_height)))


def _wrap(
    words: Sequence[str], measure: Measure, width: float, most: int
) -> tuple[tuple[str, ...], bool] | None:
    """(lines, shortened) filling at most `most` lines; None when a single word is wider than
    `width`."""
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            if len(lines) == most:
                # `word` and those after it have no room: the last line says so.
                return _with_ellipsis(lines, measure, width), True
        if measure(word) > width:
            return None
        current = word
    if current:
        lines.append(current)
    return tuple(lines), False


def _with_ellipsis(lines: list[str], measure: Measure, width: float) -> tuple[str, ...]:
    """The lines with "…" after the last one, leaving out its last words until it fits."""
    last = lines[-1].split()
    while last and measure(" ".join(last) + ELLIPSIS) > width:
        last.pop()
    return (*lines[:-1], " ".join(last) + ELLIPSIS)


def _cut(word: str, measure: Measure, width: float) -> str:
    """A word wider than `width`, cut where it fits with "…" (no line break could help)."""
    if measure(word) <= width:
        return word
    kept = word
    while kept and measure(kept + ELLIPSIS) > width:
        kept = kept[:-1]
    return kept + ELLIPSIS
