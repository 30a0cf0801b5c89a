"""The CI pipelines: valid for GitHub and GitLab, and safe with pull requests from strangers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.sites import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"
PULL_REQUEST_EVENTS = {"pull_request", "pull_request_target", "pull_request_review"}


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def triggers(workflow: dict[Any, Any]) -> set[str]:
    # YAML 1.1 reads the key `on` as the boolean true.
    on = workflow.get("on", workflow.get(True))
    if isinstance(on, str):
        return {on}
    assert isinstance(on, list | dict), f"unexpected `on`: {on!r}"
    return {str(event) for event in on}


def test_there_are_workflows_for_pull_requests_and_publishing() -> None:
    assert {p.name for p in WORKFLOWS} == {"pull-request.yml", "publish.yml"}


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_githubs_schema(workflow: Path) -> None:
    done = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_gitlab_ci_matches_gitlabs_schema() -> None:
    done = subprocess.run(
        [
            str(CHECK_JSONSCHEMA),
            "--builtin-schema",
            "vendor.gitlab-ci",
            str(ROOT / ".gitlab-ci.yml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def writes(permissions: Any) -> bool:
    if isinstance(permissions, str):
        return permissions == "write-all"
    return isinstance(permissions, dict) and "write" in permissions.values()


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_no_pull_request_job_can_write_or_read_secrets(workflow: Path) -> None:
    data = load(workflow)
    assert data.get("permissions") == {"contents": "read"}, "least privilege by default"
    events = triggers(data)
    checks_out = "actions/checkout" in workflow.read_text("utf-8")
    assert not ("pull_request_target" in events and checks_out), (
        "pull_request_target runs with write access: never check out pull-request code there"
    )
    if events & PULL_REQUEST_EVENTS:
        for name, job in data["jobs"].items():
            assert not writes(job.get("permissions")), f"{name} may write on a pull request"
        assert "secrets." not in str(data), "no secret reaches pull-request code"


def test_only_the_deploy_job_may_write_to_pages() -> None:
    jobs = load(ROOT / ".github/workflows/publish.yml")["jobs"]
    writers = {name for name, job in jobs.items() if writes(job.get("permissions"))}
    assert writers == {"deploy"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "run" not in str(jobs["deploy"]["steps"]), "the deploy job runs no repository code"


def test_checkouts_fetch_the_whole_history() -> None:
    for workflow in WORKFLOWS:
        for job in load(workflow)["jobs"].values():
            for step in job.get("steps", []):
                if str(step.get("uses", "")).startswith("actions/checkout"):
                    assert step["with"]["fetch-depth"] == 0
                    assert step["with"]["persist-credentials"] is False
    gitlab = load(ROOT / ".gitlab-ci.yml")
    assert gitlab["variables"]["GIT_DEPTH"] == "0"


def test_gitlab_reports_code_quality_and_publishes_only_the_default_branch() -> None:
    gitlab = load(ROOT / ".gitlab-ci.yml")
    check = gitlab["check"]
    assert "--format gitlab" in check["script"][-1]
    assert check["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    pages = gitlab["pages"]
    assert pages["publish"] == "output"
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]


def test_the_join_issue_form_matches_githubs_schema() -> None:
    form = ROOT / ".github/ISSUE_TEMPLATE/rejoindre.yml"
    done = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.github-issue-forms", str(form)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
