"""The author of a GitLab merge request: from the merge request (GitLab's API), and said plainly
when the check had to fall back on whoever started the pipeline. A real HTTP server plays GitLab."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.gitrepos import SpaceRepo

NEWCOMER = "name: Lucas Petit\nconsent:\n  directory: 2026-11-20\n"


class GitLab(BaseHTTPRequestHandler):
    """Answers `GET /api/v4/projects/42/merge_requests/7` when the job token is right."""

    requests: list[tuple[str, str | None]] = []  # noqa: RUF012 (reset per test by the fixture)
    needs_token = True

    def do_GET(self) -> None:
        token = self.headers.get("JOB-TOKEN")
        type(self).requests.append((self.path, token))
        if self.path != "/api/v4/projects/42/merge_requests/7":
            self.send_error(404)
            return
        if self.needs_token and token != "job-token":
            self.send_error(401)
            return
        body = json.dumps({"iid": 7, "author": {"username": "lucas-petit"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def gitlab() -> Iterator[str]:
    GitLab.requests = []
    GitLab.needs_token = True
    server = ThreadingHTTPServer(("127.0.0.1", 0), GitLab)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v4"
    server.shutdown()
    server.server_close()


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    space = SpaceRepo(tmp_path / "space")
    space.branch("join")
    space.write("members/lucas-petit.yaml", NEWCOMER)
    space.commit("Join", "lucas-petit")
    return space


def pipeline(api: str, **extra: str) -> dict[str, str]:
    # An editor re-ran the member's pipeline: GITLAB_USER_LOGIN is the editor.
    return {
        "CI_MERGE_REQUEST_IID": "7",
        "CI_PROJECT_ID": "42",
        "CI_API_V4_URL": api,
        "GITLAB_USER_LOGIN": "camille-martin",
        **extra,
    }


def test_the_author_is_read_from_the_merge_request_with_the_job_token(
    space: SpaceRepo, gitlab: str
) -> None:
    result = space.cowork("check", "--base", "main", env=pipeline(gitlab, CI_JOB_TOKEN="job-token"))
    assert result.status == 0, result.out
    assert "by lucas-petit (not an editor; from the GitLab merge request (API))" in result.err
    assert GitLab.requests == [("/api/v4/projects/42/merge_requests/7", "job-token")]


def test_a_public_project_answers_without_a_token(space: SpaceRepo, gitlab: str) -> None:
    GitLab.needs_token = False
    result = space.cowork("check", "--base", "main", env=pipeline(gitlab, CI_JOB_TOKEN="other"))
    assert "by lucas-petit (not an editor;" in result.err
    assert [token for _, token in GitLab.requests] == ["other"]


def test_when_the_api_refuses_the_report_says_it_fell_back(space: SpaceRepo, gitlab: str) -> None:
    result = space.cowork("check", "--base", "main", env=pipeline(gitlab))
    assert "by camille-martin (an editor; from GITLAB_USER_LOGIN, the person who started" in (
        result.err
    )
    assert (
        "merge request: author: the merge request's author could not be read from GitLab's "
        "API (HTTP 401): the check takes camille-martin, who started this pipeline, as its "
        "author; if someone else opened the merge request, an editor must review it\n"
    ) in result.out
    assert result.status == 0  # a warning: the editor's own re-run is not refused
    strict = space.cowork("check", "--base", "main", "--strict", env=pipeline(gitlab))
    assert strict.status == 1
