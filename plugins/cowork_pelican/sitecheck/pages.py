"""One page of each type in a built site, picked from the output itself: no list of the demo's
pages, so the check fits any space's site (one with no events, no members or no recaps simply
has fewer types).

A page's type is its shape as the theme wrote it: the Open Graph type, the class of `<main>`,
the JSON-LD types it declares, and the kinds of blocks directly inside `<main>` (a profile, a
list of summaries, a month grid...); and its place, the folder of its folder with years and
months made alike (`blog/tag/*`, `blog/#/*`), which tells apart lists that share a layout (a tag's
page, an author's page, a year's). Two blog posts share a type; a blog post and a recap, a
member's profile and the directory, a month and an event do not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cowork_pelican.sitecheck.scan import PageScan, SiteScan, pages_of, scan_page


@dataclass(frozen=True, order=True)
class PageType:
    """A page's type, as the module's docstring describes it."""

    place: str
    og_type: str
    main_class: str
    structured: tuple[str, ...]
    blocks: tuple[str, ...]

    def describe(self) -> str:
        """A short name for people: 'profile · members · ProfilePage'."""
        words = [
            self.place,
            self.og_type,
            self.main_class,
            *self.structured,
            self.blocks[0] if self.blocks else "",
        ]
        return " · ".join(w for w in words if w)


def page_type(html: str, place: str = "") -> PageType:
    return _type_of(scan_page(html), place)


def _type_of(scan: PageScan, place: str) -> PageType:
    return PageType(
        place=place,
        og_type=scan.og_type,
        main_class=scan.main_class,
        structured=tuple(sorted(_structured_types(scan.json_ld))),
        blocks=scan.main_blocks,
    )


def one_page_per_type(output: Path, pages: SiteScan | None = None) -> dict[PageType, Path]:
    """The first page (in path order, home page first) of each type found under `output`;
    `pages` are the site's pages as another check has read them already, if it has."""
    read = pages_of(output, pages)
    home = output / "index.html"
    files = sorted(output.rglob("*.html"), key=lambda p: (p != home, p.as_posix()))
    picked: dict[PageType, Path] = {}
    for file in files:
        kind = _type_of(read.page(file), page_place(file.relative_to(output)))
        picked.setdefault(kind, file)
    return picked


def page_place(path: Path) -> str:
    """Where a page sits, without its own name: `blog/tag/python/index.html` → `blog/tag/*`;
    a number (a year, a month, a page of a list) stands for any: `blog/2025/a/` → `blog/#/*`."""
    folders = list(path.parent.parts) if path.name == "index.html" else [*path.parent.parts, ""]
    if not folders:
        return ""
    return "/".join(["#" if f.isdigit() else f for f in folders[:-1]] + ["*"])


def _structured_types(scripts: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for text in scripts:
        try:
            data = json.loads(text)
        except ValueError:
            continue  # the Nu HTML Checker and the kit's tests judge the JSON itself
        for item in data if isinstance(data, list) else [data]:
            kind = item.get("@type") if isinstance(item, dict) else None
            found.update(kind if isinstance(kind, list) else [kind] if kind else [])
    return {str(k) for k in found}
