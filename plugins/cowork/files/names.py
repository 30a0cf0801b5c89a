"""How names in the repository look: each pattern written once.

A member's handle is their forge login (the file's stem), an event's slug is its file's stem, and
neither may take the name of a folder the site writes.
"""

from __future__ import annotations

import re

GITHUB_LOGIN = re.compile(r"^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$", re.IGNORECASE)
"""GitHub's rule for logins: letters, digits and single inner hyphens, 39 characters at most.
Logins compare case-insensitively; member file names must also be lowercase (`is_handle`)."""

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""Event slugs and skill slugs: lowercase letters and digits, single hyphens between words."""


def is_handle(name: str) -> bool:
    """A member file's stem: a GitHub login written in lowercase."""
    return name == name.lower() and GITHUB_LOGIN.match(name) is not None
