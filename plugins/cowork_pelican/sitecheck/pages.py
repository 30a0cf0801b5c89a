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

from bs4 import BeautifulSoup, Tag


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
    soup = BeautifulSoup(html, "html.parser")
    og = soup.find("meta", attrs={"property": "og:type"})
    main = soup.find("main")
    blocks: list[str] = []
    if isinstance(main, Tag):
        for child in main.find_all(recursive=False):
            found = child.get("class")
            classes = found if isinstance(found, list) else str(found or "").split()
            # Microformats classes (h-entry, h-card) say what the data is, not the layout.
            block = ".".join([child.name, *(c for c in classes if not c.startswith("h-"))])
            if block not in blocks:
                blocks.append(block)
    return PageType(
        place=place,
        og_type=str(og.get("content", "")) if isinstance(og, Tag) else "",
        main_class=" ".join(main.get("class") or []) if isinstance(main, Tag) else "",
        structured=tuple(sorted(_structured_types(soup))),
        blocks=tuple(blocks),
    )


def one_page_per_type(output: Path) -> dict[PageType, Path]:
    """The first page (in path order, home page first) of each type found under `output`."""
    home = output / "index.html"
    files = sorted(output.rglob("*.html"), key=lambda p: (p != home, p.as_posix()))
    picked: dict[PageType, Path] = {}
    for file in files:
        kind = page_type(file.read_text("utf-8"), page_place(file.relative_to(output)))
        picked.setdefault(kind, file)
    return picked


def page_place(path: Path) -> str:
    """Where a page sits, without its own name: `blog/tag/python/index.html` → `blog/tag/*`;
    a number (a year, a month, a page of a list) stands for any: `blog/2025/a/` → `blog/#/*`."""
    folders = list(path.parent.parts) if path.name == "index.html" else [*path.parent.parts, ""]
    if not folders:
        return ""
    return "/".join(["#" if f.isdigit() else f for f in folders[:-1]] + ["*"])


def _structured_types(soup: BeautifulSoup) -> set[str]:
    found: set[str] = set()
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.get_text())
        except ValueError:
            continue  # the Nu HTML Checker and the kit's tests judge the JSON itself
        for item in data if isinstance(data, list) else [data]:
            kind = item.get("@type") if isinstance(item, dict) else None
            found.update(kind if isinstance(kind, list) else [kind] if kind else [])
    return {str(k) for k in found}
