"""Names the site's own folders take, which no member handle or event slug may take.

A profile is written to `membres/<handle>/` beside `membres/avatars/` and `membres/competences/`,
an event page to `evenements/<slug>/` beside `evenements/archives/` and the month views
`evenements/<year>/`: a member called `avatars` or an event file called `archives` would
overwrite a page of the site (and stop the build half-way). Both lists are refused by the rules
of file names, in the check and in the build alike.
"""

from __future__ import annotations

from cowork.text.messages import Message, msg

RESERVED_NAMES = frozenset(
    {
        # Sections and their own folders, in the kit's default addresses.
        "archives", "avatars", "competences", "etiquette", "membres", "evenements", "rejoindre",
        # Folders of the whole site: blog, feeds, calendars, theme, pictures, pagination.
        "blog", "calendar", "feeds", "theme", "images", "page", "static", "drafts",
    }
)  # fmt: skip


def reserved_problem(stem: str, *, years: bool = False) -> Message | None:
    """Why `stem` cannot name a file of the site's data, or None when it can; with `years`,
    names of digits alone are refused too (they are the month views' folders)."""
    if stem.lower() in RESERVED_NAMES:
        return msg(
            "expected a name the site does not use for its own pages, found '{stem}'", stem=stem
        )
    if years and stem.isdigit():
        return msg("expected a name with at least one letter, found '{stem}'", stem=stem)
    return None
