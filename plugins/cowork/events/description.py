"""An event's description: Markdown written by members, rendered to HTML that cannot inject
anything (nh3 keeps a short list of harmless tags and attributes), and to plain text for feeds
and structured data.
"""

from __future__ import annotations

import html
from functools import lru_cache

import markdown
import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


@lru_cache(maxsize=4096)
def description_html(text: str) -> str:
    """Safe HTML: raw HTML, scripts, styles and javascript: links never get through.

    Cached: pages, feeds and structured data all ask for the same descriptions.
    """
    rendered = markdown.markdown(text, extensions=["markdown.extensions.smarty"])
    # Headings of a description sit under the page's h1 and h2: shift them down.
    for level in (2, 1):
        rendered = rendered.replace(f"<h{level}>", f"<h{level + 2}>")
        rendered = rendered.replace(f"</h{level}>", f"</h{level + 2}>")
    return nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"https", "http", "mailto"},
        link_rel="nofollow noopener",
    )


def description_text(text: str) -> str:
    """Plain text: the sanitised HTML without its tags, entities decoded."""
    stripped = nh3.clean(description_html(text), tags=set(), attributes={})
    return html.unescape(stripped).strip()
