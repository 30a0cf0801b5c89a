"""The main menu's pages: the site's pages that carry a `Menu: N` number, in that order.

Every page shows the menu, so it is computed once per build, not looked up by each page's
template among all the pages (which cost about half of the layout's time on each page).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class MenuEntry:
    """One page in the site's menu."""

    label: str
    """The page's `Menu_title`, else its title."""
    url: str
    """Relative to the site's root, as the page's own `url`."""


@dataclass(frozen=True)
class MenuPage:
    """What the menu needs of a page: its `Menu` value as written, its title and short title
    (`Menu_title`, "" when it has none), and its address."""

    number: str
    title: str
    menu_title: str
    url: str


def menu_entries(pages: Iterable[MenuPage]) -> tuple[MenuEntry, ...]:
    """The entries in the order of their numbers (`2` before `10`); a value that is not a whole
    number comes after the numbers, by its text; equal numbers keep the pages' order."""
    return tuple(
        MenuEntry(page.menu_title or page.title, page.url)
        for page in sorted(pages, key=lambda page: _order(page.number))
    )


def _order(number: str) -> tuple[int, int, str]:
    text = number.strip()
    try:
        return (0, int(text), "")
    except ValueError:
        return (1, 0, text)


def current(here: str, url: str, section: str | None = None) -> str | None:
    """The `aria-current` of a menu link to `url` on the page at `here` (all relative to the
    site's root): "page" on that very page; "true" on a page of its section, so screen readers
    and the eye both know where they are; None elsewhere. The section is `url` itself (a profile
    under the directory's `membres/`), or `section` when the link leads elsewhere in it (the
    blog's link leads to its archives, its articles are under `blog/`)."""
    if here == url:
        return "page"
    folder = url if section is None else section
    if folder.endswith("/") and here.startswith(folder):
        return "true"
    return None


def section_of(pattern: str) -> str:
    """The folder every address of a URL pattern starts with: `blog/{date:%Y}/{slug}/` →
    `blog/`; "" when the pattern starts with a value (`{date:%Y}/{slug}/`)."""
    fixed = pattern.split("{", 1)[0]
    return fixed[: fixed.rfind("/") + 1]
