"""What in an HTML page could run: the tests assert there is nothing a member wrote."""

from __future__ import annotations

_URL_ATTRIBUTES = ("href", "src", "action", "formaction", "srcset", "data", "poster", "xlink:href")
_DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")


THEME_SCRIPTS = ("js/members-filter.js", "js/open-now.js")
"""The theme's own scripts: files of the kit, never anyone's text."""


def executable_parts(html: str, allowed_scripts: tuple[str, ...] = ()) -> list[str]:
    """Scripts, event handlers, inline styles, frames and script-bearing URLs in `html`.

    `<script type="application/ld+json">` (data, not code) and external scripts whose `src` ends
    with one of `allowed_scripts` are the site's own and are not reported.
    """
    from bs4 import BeautifulSoup  # here: every process of the suite collects its importers

    found = []
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        name = tag.name.lower()
        if name == "script":
            src = str(tag.get("src", ""))
            if tag.get("type") == "application/ld+json" and not src:
                continue
            if src and src.endswith(allowed_scripts) and not tag.string:
                continue
            found.append(str(tag)[:120])
        if name in {"iframe", "object", "embed", "style", "frame", "base"}:
            found.append(str(tag)[:120])
        if name == "meta" and str(tag.get("http-equiv", "")).lower() == "refresh":
            found.append(str(tag)[:120])
        for attribute, value in tag.attrs.items():
            key = attribute.lower()
            text = " ".join(value) if isinstance(value, list) else str(value)
            compact = "".join(text.split()).lower()
            script_url = key in _URL_ATTRIBUTES and compact.startswith(_DANGEROUS_SCHEMES)
            if key.startswith("on") or key == "style" or script_url:
                found.append(f"<{name} {attribute}={text[:60]!r}>")
    return found
