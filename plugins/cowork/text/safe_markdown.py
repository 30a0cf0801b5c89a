"""Markdown written by members (bios, event descriptions) made into HTML that can do nothing but
be read. Every member-written text goes through this one module.

Two layers, so that a mistake in one is caught by the other:
1. Markdown is rendered; raw HTML in it is either shown as text (bios) or left for step 2 to
   strip (event descriptions, whose readers expect `<b>` to vanish, not to show).
2. The result goes through nh3 (the Rust `ammonia` sanitiser) with a short list of allowed tags
   and attributes: no script, style, event handler, image or iframe survives, links keep only
   the allowed schemes and get `rel="nofollow ugc noopener"`.
Headings are demoted so that a `# Title` cannot compete with the page's own headings.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from cowork.text.messages import Message, msg

if TYPE_CHECKING:
    import markdown

# Python-Markdown and nh3 are imported when a text is rendered: checking a file without Markdown
# (most pull requests) never loads them.

ALLOWED_TAGS = {
    "p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "pre", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
WEB_SCHEMES = frozenset({"https", "http"})
LINK_REL = "nofollow ugc noopener"
TOP_LEVEL = 3
"""The top heading of a text becomes an h3: its page has an h1 (the title) and h2 sections."""

_HEADING = re.compile(r"<(/?)h([1-6])>")
MAX_SCAN = 100_000
"""Python-Markdown reads from each `[` (and `(`) on to the bracket that closes it, or to the end:
the characters read so, summed, are bounded (a few hundred unclosed brackets in a 10,000-character
description would take a minute to render)."""
MAX_QUOTE_DEPTH = 20
_QUOTE_MARKS = re.compile(r"^[ >]*", re.MULTILINE)


@cache
def _markdown(raw_html_as_text: bool, typography: bool) -> markdown.Markdown:
    import markdown

    # Building a converter costs more than converting a text; one per kind, reset between texts.
    extensions = ["sane_lists", *(["smarty"] if typography else [])]
    md = markdown.Markdown(extensions=extensions, output_format="html")
    if raw_html_as_text:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
    return md


def render_safe_markdown(
    text: str,
    *,
    raw_html_as_text: bool = True,
    typography: bool = False,
    url_schemes: frozenset[str] = WEB_SCHEMES,
) -> str:
    """Safe HTML for `text`; empty text gives "".

    `raw_html_as_text` shows `<b>` as written instead of letting nh3 strip it; `typography` turns
    straight quotes and dashes into typographic ones.
    """
    if not text.strip():
        return ""
    import nh3

    html = _markdown(raw_html_as_text, typography).reset().convert(text)
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(url_schemes),
        link_rel=LINK_REL,
        strip_comments=True,
    )
    return demote_headings(clean)


COSTLY_HINT = msg("close each [ with ] and each ( with ) near it, or remove the extra ones")


def too_costly(text: str) -> Message | None:
    """Why rendering `text` would cost far more than its length, or None: brackets left open (or
    closed very far away) and block quotes nested beyond reason are measured, in one pass."""
    if _scan_length(text) > MAX_SCAN:
        return msg(
            "expected Markdown that renders in one pass, found brackets [ or ( left open, or "
            "closed very far from where they open"
        )
    deepest = max((m.group(0).count(">") for m in _QUOTE_MARKS.finditer(text)), default=0)
    if deepest > MAX_QUOTE_DEPTH:
        return msg(
            "expected Markdown that renders in one pass, found block quotes (>) nested {depth} "
            "deep",
            depth=deepest,
        )
    return None


def _scan_length(text: str) -> int:
    """The characters read from every opening bracket to the one that closes it (or the end)."""
    total = 0
    for opening, closing in (("[", "]"), ("(", ")")):
        stack: list[int] = []
        for index, char in enumerate(text):
            if char == opening:
                stack.append(index)
            elif char == closing and stack:
                total += index - stack.pop()
        total += sum(len(text) - start for start in stack)
    return total


def demote_headings(html: str, top: int = TOP_LEVEL) -> str:
    """Shift every heading down so that the highest becomes `h{top}` (never below h6)."""
    levels = [int(level) for _, level in _HEADING.findall(html)]
    if not levels:
        return html
    shift = max(0, top - min(levels))
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}>", html)
