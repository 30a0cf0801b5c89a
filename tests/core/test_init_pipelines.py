"""The CI files, forms and templates `cowork init` writes: valid for their forge in every
language, and as careful with pull requests from strangers as the kit's own."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from cowork.cli import main

from tests.forgeschemas import check_jsonschema

LANGUAGES = ("fr", "en", "nl")
JOIN_FORMS = {"fr": "rejoindre.yml", "en": "join.yml", "nl": "aanmelden.yml"}


def new_site(target: Path, lang: str, forge: str) -> Path:
    argv = [
        "init",
        str(target),
        "--name=La Ruche",
        f"--lang={lang}",
        "--timezone=Europe/Brussels",
        f"--forge={forge}",
        f"--repository-url=https://{forge}.com/la-ruche/site",
        "--public-url=https://la-ruche.example",
        "--admin=sam-lee",
        "--admin-name=Sam Lee",
        "--kit=cowork-site-kit==0.2.0",
    ]
    err = io.StringIO()
    assert main(argv, {}, io.StringIO(), err, io.StringIO()) == 0, err.getvalue()
    return target


@pytest.mark.parametrize("lang", LANGUAGES)
def test_github_workflows_and_join_form_match_githubs_schemas(tmp_path: Path, lang: str) -> None:
    site = new_site(tmp_path / "site", lang, "github")
    workflows = sorted((site / ".github" / "workflows").glob("*.yml"))
    assert [p.name for p in workflows] == [
        "publish.yml",
        "pull-request-gate.yml",
        "pull-request.yml",
    ]
    check_jsonschema("vendor.github-workflows", *workflows)
    form = site / ".github" / "ISSUE_TEMPLATE" / JOIN_FORMS[lang]
    check_jsonschema("vendor.github-issue-forms", form)
    assert (site / ".github" / "pull_request_template.md").is_file()
    assert not (site / ".gitlab-ci.yml").exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_gitlab_pipeline_matches_gitlabs_schema(tmp_path: Path, lang: str) -> None:
    site = new_site(tmp_path / "site", lang, "gitlab")
    check_jsonschema("vendor.gitlab-ci", site / ".gitlab-ci.yml")
    assert (site / ".gitlab" / "merge_request_templates" / "Default.md").is_file()
    assert len(list((site / ".gitlab" / "issue_templates").glob("*.md"))) == 1
    assert not (site / ".github").exists()


def test_pull_request_jobs_read_only_and_the_deploy_job_runs_no_code(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site", "en", "github")
    pull_request = yaml.safe_load((site / ".github/workflows/pull-request.yml").read_text("utf-8"))
    assert pull_request[True] == {"pull_request": None}  # YAML 1.1 reads `on` as true
    assert pull_request["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in pull_request["jobs"].values())
    assert "secrets." not in str(pull_request)
    publish = yaml.safe_load((site / ".github/workflows/publish.yml").read_text("utf-8"))
    deploy = publish["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "run" not in str(deploy["steps"])
    for workflow in (pull_request, publish):
        for job in workflow["jobs"].values():
            for step in job["steps"]:
                if str(step.get("uses", "")).startswith("actions/checkout"):
                    assert step["with"] == {"fetch-depth": 0, "persist-credentials": False}


def test_job_names_are_in_the_sites_language(tmp_path: Path) -> None:
    names = {}
    for lang in LANGUAGES:
        site = new_site(tmp_path / lang, lang, "github")
        workflow = yaml.safe_load((site / ".github/workflows/pull-request.yml").read_text("utf-8"))
        names[lang] = workflow["jobs"]["build-and-test"]["name"]
    assert names == {
        "fr": "Construction et tests",
        "en": "Build and test",
        "nl": "Bouwen en testen",
    }


def test_ci_run_is_executable_and_runs_make_test(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site", "nl", "gitlab")
    run = site / ".ci" / "run"
    assert run.stat().st_mode & 0o111
    assert run.read_text("utf-8").rstrip().endswith("make test")


def test_a_new_sites_gate_is_the_kits_own_and_every_action_is_pinned(tmp_path: Path) -> None:
    """The check a pull request cannot switch off (the base branch's code, the pull request read
    as git objects) is the very workflow the kit runs on itself, kept in step by this test."""
    site = new_site(tmp_path / "site", "en", "github")
    kit = Path(__file__).resolve().parents[2]
    for name in ("workflows/pull-request-gate.yml", "scripts/pull-request-comment"):
        written = (site / ".github" / name).read_text("utf-8")
        assert written == (kit / ".github" / name).read_text("utf-8"), name
    assert (site / ".github/scripts/pull-request-comment").stat().st_mode & 0o111
    for workflow in (site / ".github" / "workflows").glob("*.yml"):
        for line in workflow.read_text("utf-8").splitlines():
            if "uses:" in line:
                ref = line.split("uses:", 1)[1].split("#")[0].strip().split("@")[1]
                assert len(ref) == 40, f"{workflow.name}: {line.strip()} is not pinned by commit"
