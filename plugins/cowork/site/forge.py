"""Which forge hosts the site's repository (GitHub, or GitLab.com or a GitLab instance), read
from its address: the join page and the member file name it, and its web editor's words."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Forge:
    """Where the site's repository lives, and the words of its buttons."""

    name: str
    """"GitHub" or "GitLab": what the join page and the member file call it."""
    merge_requests: bool
    """GitLab's words: "merge request", "Commit changes" (GitHub: "pull request", "Propose new
    file"). The join page's steps quote its buttons."""


GITHUB = Forge("GitHub", merge_requests=False)
GITLAB = Forge("GitLab", merge_requests=True)


def forge_of(repository_url: str) -> Forge | None:
    """None without a repository address. A host named like GitLab (gitlab.com,
    gitlab.example.org) is a GitLab instance; any other host is taken for GitHub, the default of
    `cowork init`."""
    if not repository_url:
        return None
    return GITLAB if "gitlab" in (urlsplit(repository_url).hostname or "") else GITHUB
