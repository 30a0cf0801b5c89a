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

import markdown
import nh3

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


@cache
def _markdown(raw_html_as_text: bool, typography: bool) -> markdown.Markdown:
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


def demote_headings(html: str, top: int = TOP_LEVEL) -> str:
    """Shift every heading down so that the highest becomes `h{top}` (never below h6)."""
    levels = [int(level) for _, level in _HEADING.findall(html)]
    if not levels:
        return html
    shift = max(0, top - min(levels))
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}>", html)
