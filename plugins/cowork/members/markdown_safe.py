"""Member-written Markdown made into HTML that can do nothing but be read.

Two layers, so that a mistake in one is caught by the other:
1. Markdown is rendered with raw HTML switched off: `<script>` in a bio comes out as text.
2. The result goes through nh3 (the Rust `ammonia` sanitiser) with a short list of allowed tags
   and attributes: no script, style, event handler, image or iframe survives, links keep only
   http(s) addresses and get `rel="nofollow ugc noopener"`.
Headings are demoted so that a bio's `# Title` cannot compete with the page's own headings.
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
URL_SCHEMES = {"https", "http"}
LINK_REL = "nofollow ugc noopener"
TOP_LEVEL = 3
"""A bio's top heading becomes an h3: the profile page has its h1 (the name) and h2 sections."""

_HEADING = re.compile(r"<(/?)h([1-6])>")


@cache
def _markdown() -> markdown.Markdown:
    # Building a converter costs more than converting a bio; one is reused, reset between bios.
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    # Raw HTML is not part of what a member may write: treat it as text to show, not markup.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def render_bio(text: str) -> str:
    """Safe HTML for `text`; empty text gives ""."""
    if not text.strip():
        return ""
    html = _markdown().reset().convert(text)
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
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
