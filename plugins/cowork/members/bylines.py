"""Bylines of members who are not published: the blog does not name them either.

An article signed with a member's name (`Author: Camille Martin`, whose slug is the handle
`camille-martin`) would keep naming them, with an author page at their login, after they leave or
withdraw consent. This finds, among the authors' slugs, those of members who are not published
(their file says so, or was deleted: a former member); the glue then signs those articles with the
site's own name instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from cowork.members.former import former_members
from cowork.members.load import AVATARS_FOLDER, load_member
from cowork.settings import KitSettings


def unlisted_authors(settings: KitSettings, slugs: Iterable[str], today: dt.date) -> set[str]:
    """The slugs among `slugs` that are the handle of a member who is not published."""
    found: set[str] = set()
    unknown: set[str] = set()
    avatars_dir = settings.members_path / AVATARS_FOLDER
    for slug in set(slugs):
        path = settings.members_path / f"{slug}.yaml"
        if path.is_symlink() or not path.is_file():
            unknown.add(slug)
            continue
        member, _ = load_member(path, settings.root, avatars_dir, settings.membership_plans)
        if member is None or not member.is_published(today):
            found.add(slug)
    if unknown:
        found |= unknown & former_members(settings)
    return found
