"""Who opened the pull request: `--author`, else what the CI service says.

On GitHub the event payload's `pull_request.user.login` is the author, whoever re-runs the job
(`github.actor` would be the person who re-ran it). GitLab exposes no merge-request author in its
variables: the author is read from the merge request itself, through GitLab's API (with the job's
token, then without one, which is enough on a public project). Only when both are refused does it
fall back on `GITLAB_USER_LOGIN`, the user who started the pipeline (an editor re-running a
member's pipeline would make it look like the editor's), and the `fallback` field says so.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cowork.text.messages import Message, msg

API_TIMEOUT = 10
"""Seconds GitLab's API is given; the check never hangs on the network."""


@dataclass(frozen=True)
class Author:
    """Who opened the pull request, and how the kit knows."""

    login: str
    source: str
    """Where the login came from, said in the report: `--author`, `GitHub event`, …"""
    fallback: Message | None = None
    """Why the login is a guess, when it is one (said in the report, as a warning)."""


def resolve_author(explicit: str | None, environ: Mapping[str, str]) -> Author | None:
    if explicit:
        return Author(explicit, "--author")
    event_path = environ.get("GITHUB_EVENT_PATH")
    if event_path:
        login = _github_author(Path(event_path))
        if login:
            return Author(login, "the GitHub pull request event")
    if environ.get("CI_MERGE_REQUEST_IID"):
        return _gitlab_author(environ)
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


def _gitlab_author(environ: Mapping[str, str]) -> Author | None:
    api = environ.get("CI_API_V4_URL", "").rstrip("/")
    project = environ.get("CI_MERGE_REQUEST_PROJECT_ID") or environ.get("CI_PROJECT_ID", "")
    iid = environ.get("CI_MERGE_REQUEST_IID", "")
    import urllib.parse  # only GitLab's merge requests ask the network (GitHub's event says)

    reason = "CI_API_V4_URL or the project id is not set"
    if api and project:
        url = f"{api}/projects/{urllib.parse.quote(project, safe='')}/merge_requests/{iid}"
        token = environ.get("CI_JOB_TOKEN")
        attempts = ([{"JOB-TOKEN": token}] if token else []) + [{}]
        for headers in attempts:
            login, reason = _merge_request_author(url, headers)
            if login:
                return Author(login, "the GitLab merge request (API)")
    pipeline_user = environ.get("GITLAB_USER_LOGIN")
    if not pipeline_user:
        return None
    return Author(
        pipeline_user,
        "GITLAB_USER_LOGIN, the person who started this pipeline",
        fallback=msg(
            "the merge request's author could not be read from GitLab's API ({reason}): the "
            "check takes {login}, who started this pipeline, as its author; if someone else "
            "opened the merge request, an editor must review it",
            reason=reason,
            login=pipeline_user,
        ),
    )


def _merge_request_author(url: str, headers: dict[str, str]) -> tuple[str | None, str]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"Accept": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=API_TIMEOUT) as response:
            document = json.loads(response.read(1_000_000))
    except urllib.error.HTTPError as error:
        return None, f"HTTP {error.code}"
    except (OSError, ValueError) as error:
        return None, str(error) or type(error).__name__
    author = document.get("author") if isinstance(document, dict) else None
    login = author.get("username") if isinstance(author, dict) else None
    if isinstance(login, str) and login:
        return login, ""
    return None, "no author in the answer"
