"""Who opened the pull request: `--author`, else what the CI service says.

On GitHub the event payload's `pull_request.user.login` is the author, whoever re-runs the job
(`github.actor` would be the person who re-ran it). GitLab exposes no merge-request author login;
`GITLAB_USER_LOGIN` is the user who started the pipeline, which for a merge request pipeline is
the person who pushed to it: good enough for a member's own branch, and documented as such.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Author:
    login: str
    source: str
    """Where the login came from, said in the report: `--author`, `GitHub event`, …"""


def resolve_author(explicit: str | None, environ: Mapping[str, str]) -> Author | None:
    if explicit:
        return Author(explicit, "--author")
    event_path = environ.get("GITHUB_EVENT_PATH")
    if event_path:
        login = _github_author(Path(event_path))
        if login:
            return Author(login, "the GitHub pull request event")
    if environ.get("CI_MERGE_REQUEST_IID"):
        login = environ.get("GITLAB_USER_LOGIN")
        if login:
            return Author(login, "the GitLab merge request pipeline (GITLAB_USER_LOGIN)")
    return None


def _github_author(event_path: Path) -> str | None:
    try:
        event = json.loads(event_path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    pull_request = event.get("pull_request") if isinstance(event, dict) else None
    user = pull_request.get("user") if isinstance(pull_request, dict) else None
    login = user.get("login") if isinstance(user, dict) else None
    return login if isinstance(login, str) and login else None
