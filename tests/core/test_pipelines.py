"""The CI pipelines: valid for GitHub and GitLab, and safe with pull requests from strangers."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.forgeschemas import check_jsonschema
from tests.sites import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
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
    assert {p.name for p in WORKFLOWS} == {
        "pull-request.yml",
        "pull-request-gate.yml",
        "publish.yml",
    }


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_githubs_schema(workflow: Path) -> None:
    check_jsonschema("vendor.github-workflows", workflow)


def test_gitlab_ci_matches_gitlabs_schema() -> None:
    check_jsonschema("vendor.gitlab-ci", ROOT / ".gitlab-ci.yml")


def writes(permissions: Any) -> bool:
    if isinstance(permissions, str):
        return permissions == "write-all"
    return isinstance(permissions, dict) and "write" in permissions.values()


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_no_pull_request_job_can_write_or_read_secrets(workflow: Path) -> None:
    data = load(workflow)
    assert data.get("permissions") == {"contents": "read"}, "least privilege by default"
    events = triggers(data)
    if events & PULL_REQUEST_EVENTS:
        assert "secrets." not in str(data), "no secret reaches a pull-request workflow"
    for name, job in data["jobs"].items():
        if "pull_request_target" in events:
            # Comments only: never the contents, the workflows or the checks.
            assert job["permissions"] == {"contents": "read", "pull-requests": "write"}, name
        elif events & PULL_REQUEST_EVENTS:
            assert not writes(job.get("permissions")), f"{name} may write on a pull request"


GATE = ROOT / ".github/workflows/pull-request-gate.yml"
# What would put the pull request's files in the working tree, or run them.
CHECKS_OUT_OR_RUNS = re.compile(
    r"git\s+(checkout|switch|restore|worktree|reset|merge|pull|read-tree|stash)\b"
    r"|\bpip\s+install\b|\bsource\b|\bnpm\b|\bbash\s+\S|\bsh\s+\S|\./(?!\.venv/bin/cowork)"
)


def test_the_gate_runs_on_pull_request_target_and_never_checks_out_or_runs_the_pr() -> None:
    data = load(GATE)
    assert triggers(data) == {"pull_request_target"}
    for job in data["jobs"].values():
        steps = job["steps"]
        for step in steps:
            uses = str(step.get("uses", ""))
            if uses.startswith("actions/checkout"):
                # No `ref` and no `repository`: the checkout is the base branch's commit.
                assert set(step["with"]) == {"fetch-depth", "persist-credentials"}, step
            elif uses:
                assert uses.startswith("actions/setup-python"), f"unexpected action {uses}"
            run = str(step.get("run", ""))
            # Event data reaches shells only through `env`, never pasted into the script.
            assert "${{" not in run, step
            assert not CHECKS_OUT_OR_RUNS.search(run.replace(".github/scripts/", "")), run
            for value in step.get("env", {}).values():
                if "pull_request.head" in str(value):
                    # The head commit is only ever handed to `cowork check --head`, as data.
                    assert '--head "$HEAD_SHA"' in run and value == (
                        "${{ github.event.pull_request.head.sha }}"
                    ), step
        runs = " ".join(str(s.get("run", "")) for s in steps)
        assert "fetch --no-tags origin" in runs and "refs/pull/$PR_NUMBER/head" in runs
        assert ".venv/bin/cowork check --base HEAD --head" in runs
        # `make setup` installs the base branch's kit: it runs before the pull request is fetched.
        names = [str(s.get("run", "")) for s in steps]
        assert names.index("make setup") < next(i for i, r in enumerate(names) if "fetch" in r)


USES = re.compile(r"^\s*-?\s*uses:\s*(?P<action>\S+?)@(?P<ref>\S+)(?P<rest>.*)$")


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_by_full_commit_sha_with_its_version(workflow: Path) -> None:
    found = 0
    for line in workflow.read_text("utf-8").splitlines():
        match = USES.match(line)
        if not match:
            continue
        found += 1
        assert re.fullmatch(r"[0-9a-f]{40}", match["ref"]), line
        assert re.fullmatch(r"\s+# v\d+\.\d+\.\d+", match["rest"]), line
    assert found, "no action found: the pattern is wrong"


def test_gitlab_checks_with_the_target_branchs_code_and_shares_no_cache_with_pages() -> None:
    gitlab = load(ROOT / ".gitlab-ci.yml")
    script = gitlab["check"]["script"]
    assert any("git worktree add --detach .cowork-base" in line for line in script)
    assert any('--head "$CI_COMMIT_SHA"' in line for line in script)
    assert gitlab["check"]["cache"] == []
    assert "cache" not in gitlab.get("default", {})
    assert gitlab["test"]["cache"]["key"] != gitlab["pages"]["cache"]["key"]


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
    check_jsonschema("vendor.github-issue-forms", form)
