"""An event's description: Markdown written by members, rendered by the kit's one sanitiser
(`cowork.text.safe_markdown`) to HTML that cannot inject anything, and to plain text for feeds and
structured data.
"""

from __future__ import annotations

import html
from functools import lru_cache

import nh3

from cowork.text.safe_markdown import WEB_SCHEMES, render_safe_markdown


@lru_cache(maxsize=4096)
def description_html(text: str) -> str:
    """Safe HTML: raw HTML is stripped, scripts, styles and javascript: links never get through.

    Cached: pages, feeds and structured data all ask for the same descriptions.
    """
    # An organiser's contact address is welcome in an event description, unlike in a bio.
    schemes = WEB_SCHEMES | {"mailto"}
    return render_safe_markdown(text, raw_html_as_text=False, typography=True, url_schemes=schemes)


def description_text(text: str) -> str:
    """Plain text: the sanitised HTML without its tags, entities decoded."""
    stripped = nh3.clean(description_html(text), tags=set(), attributes={})
    return html.unescape(stripped).strip()
