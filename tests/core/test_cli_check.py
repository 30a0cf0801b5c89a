"""`cowork check` from the command line: exit statuses and every output format."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cowork.check.formats.github import escape_data, escape_property, summary_table
from cowork.check.formats.gitlab import code_quality
from cowork.problems import Problem
from cowork.text.messages import verbatim

from tests.gitrepos import SpaceRepo

COWORK = Path(sys.executable).parent / "cowork"


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    return SpaceRepo(tmp_path / "space")


def many_problems(space: SpaceRepo, errors: int, warnings: int) -> None:
    """`errors` badly named member files and `warnings` recaps by unknown handle-shaped authors."""
    for number in range(errors):
        space.write(f"members/Member-{number:02}.yaml", "name: X\n")
    # A recap tells about an event that took place (a recap of one to come is an error).
    space.write("events/apero.yaml", "title: Apéro\nstart: 2026-09-17 18:30\nduration: 2h\n")
    for number in range(warnings):
        space.write(
            f"content/recaps/r{number:02}.md",
            f"Title: R\nAuthor: ghost-{number:02}\nEvent: apero\n\nText.\n",
        )


def run(space: SpaceRepo, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed console script, as CI runs it."""
    return subprocess.run(
        [str(COWORK), *args], cwd=space.root, capture_output=True, text=True, check=False
    )


def test_the_console_script_exits_0_1_and_2(space: SpaceRepo) -> None:
    assert COWORK.exists(), "make setup installs the cowork script into .venv/bin"
    clean = run(space, "check")
    assert (clean.returncode, clean.stdout) == (0, "No problem found.\n")
    space.write("members/Ana.yaml", "name: Ana\n")
    found = run(space, "check")
    assert found.returncode == 1
    assert found.stdout == (
        "Errors:\n"
        "members/Ana.yaml: expected your GitHub login in lowercase as the file name (letters, "
        "digits and single hyphens), found 'Ana'\n"
        "    hint: rename the file to ana.yaml\n"
        "\n1 error. Fix it, then check again with:\n    .venv/bin/cowork check\n"
    )
    wrong = run(space, "check", "--colour")
    assert wrong.returncode == 2
    assert "unrecognized arguments: --colour" in wrong.stderr
    # The other usage errors in this process (each interpreter started costs a quarter of a
    # second): the script exits with whatever status the command returns, as seen above.
    with pytest.raises(SystemExit) as refused:
        space.cowork("check", "--format", "xml")
    assert refused.value.code == 2
    assert space.cowork("--settings", str(space.root / "nowhere.py"), "check").status == 2
    assert space.cowork("check", str(space.root / "content/pages/a-propos.md")).status == 2


def test_a_reader_that_stops_reading_ends_the_command_quietly(space: SpaceRepo) -> None:
    # `cowork check | head`: head closes the pipe once it has its lines, while the check writes.
    many_problems(space, errors=300, warnings=0)
    process = subprocess.Popen(
        [str(COWORK), "check"], cwd=space.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate()
    assert (process.returncode, err.decode()) == (1, "")  # no traceback


@pytest.mark.parametrize("errors", [0, 300], ids=["short report", "long report"])
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_report_that_cannot_be_written_says_so_without_a_traceback(
    space: SpaceRepo, errors: int
) -> None:
    # A full disk: the verdict reached nobody, and the command says so in words.
    many_problems(space, errors=errors, warnings=0)
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [str(COWORK), "check"], cwd=space.root, stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert done.returncode == 1
    assert done.stderr == (
        "cowork: the report could not be written (No space left on device): the check's "
        "verdict is unknown; make room, or send the report elsewhere, and run it again\n"
    )


def test_the_cli_imports_without_pelican(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['pelican'] = None; import cowork.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('pelican')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert done.stdout == "['pelican']\n"  # only the blocked placeholder


def test_paths_limit_the_check_and_strict_fails_on_warnings(space: SpaceRepo) -> None:
    many_problems(space, errors=1, warnings=1)
    recap = str(space.root / "content/recaps")
    result = space.cowork("check", recap)
    assert result.status == 0
    assert result.out.startswith(
        "Warnings:\ncontent/recaps/r00.md:2: Author: 'ghost-00' looks like a member handle but "
        "there is no members/ghost-00.yaml\n"
    )
    assert result.out.endswith(
        f"1 warning. Fix it, then check again with:\n    .venv/bin/cowork check {recap}\n"
    )
    strict = space.cowork("check", recap, "--strict")
    assert strict.status == 1
    assert strict.out.endswith(f"cowork check {recap} --strict\n")
    assert space.cowork("check").status == 1


def test_yaml_syntax_and_safety_are_checked(space: SpaceRepo) -> None:
    space.write("members/ana.yaml", "name: !!python/object:os.system ls\n")
    space.write("events/bad.yaml", "title: Apéro\n- soir\n")
    result = space.cowork("check", "--format", "json")
    problems = json.loads(result.out)["problems"]
    assert [(p["file"], p["line"], p["message"]) for p in problems] == [
        (
            "events/bad.yaml",
            2,
            "YAML syntax error: while parsing a block mapping (line 1), expected <block end>, "
            "but found '-'",
        ),
        (
            "members/ana.yaml",
            1,
            "the YAML tag '!!python/object:os.system' is not allowed: only "
            "plain text, numbers, dates, lists and mappings are",
        ),
    ]


def test_two_member_files_differing_by_case_are_reported(space: SpaceRepo) -> None:
    space.write("members/Samira-benali.yaml", "name: Twin\n")
    result = space.cowork("check", "--format", "json")
    messages = {(p["file"], p["message"]) for p in json.loads(result.out)["problems"]}
    # Said of the newcomer's file, not of the member's who was there first.
    assert (
        "members/Samira-benali.yaml",
        "file name differs only by case from members/samira-benali.yaml: the two files clash "
        "on macOS and Windows",
    ) in messages
    assert not any(file == "members/samira-benali.yaml" for file, _ in messages)


def test_github_escapes_annotations_by_the_runner_rules() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_github_format_caps_annotations_and_writes_the_summary(
    space: SpaceRepo, tmp_path: Path
) -> None:
    many_problems(space, errors=12, warnings=11)
    space.write("members/0,b.yaml", "name: X\n")
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    result = space.cowork("check", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.status == 1
    lines = result.out.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    notices = [line for line in lines if line.startswith("::notice ")]
    assert (len(errors), len(warnings)) == (10, 10)
    assert notices == [
        "::notice title=cowork check::4 more problems not shown as annotations: see the job summary"
    ]
    assert errors[1] == (
        "::error file=members/Member-00.yaml,title=members/Member-00.yaml::expected your GitHub "
        "login in lowercase as the file name (letters, digits and single hyphens), found "
        "'Member-00'%0Arename the file to member-00.yaml"
    )
    assert errors[0].startswith("::error file=members/0%2Cb.yaml,title=members/0%2Cb.yaml::")
    assert warnings[0].startswith(
        "::warning file=content/recaps/r00.md,line=2,title=Author::'ghost-00' looks like"
    )
    annotation = re.compile(r"^::(error|warning) file=[^,:]+(,line=\d+)?,title=[^,:]+::.+$")
    assert all(annotation.match(line) for line in errors + warnings)
    table = summary.read_text()
    assert table.startswith("earlier step\n### cowork check\n\n13 errors and 11 warnings.\n")
    assert "| Severity | File | Line | Key | Problem | Hint |" in table
    rows = [
        row
        for row in table.splitlines()
        if row.startswith("| error") or row.startswith("| warning")
    ]
    assert len(rows) == 24  # every problem, not only the annotated ones
    assert "`members/0,b.yaml`" in table


def test_gitlab_format_writes_a_code_quality_report(space: SpaceRepo, tmp_path: Path) -> None:
    many_problems(space, errors=2, warnings=1)
    report = tmp_path / "quality.json"
    result = space.cowork("check", "--format", "gitlab", "--report-file", str(report))
    assert result.status == 1
    assert result.out.endswith(f"Code Quality report written to {report}\n")
    findings = json.loads(report.read_text())
    assert findings[1] == {
        "description": "expected your GitHub login in lowercase as the file name (letters, "
        "digits and single hyphens), found 'Member-00' (rename the file to member-00.yaml)",
        "check_name": "cowork-error",
        "fingerprint": findings[1]["fingerprint"],
        "severity": "major",
        "location": {"path": "members/Member-00.yaml", "lines": {"begin": 1}},
    }
    assert [f["severity"] for f in findings] == ["minor", "major", "major"]
    fingerprints = [f["fingerprint"] for f in findings]
    assert len(set(fingerprints)) == len(fingerprints) == 3
    assert all(re.fullmatch(r"[0-9a-f]{64}", f) for f in fingerprints)


def test_gitlab_fingerprints_are_unique_even_for_repeated_problems() -> None:
    same = Problem("members/x.yaml", 3, "name", verbatim("expected text, found nothing"))
    moved = Problem("members/x.yaml", 4, "name", verbatim("expected text, found nothing"))
    findings = code_quality([same, same, moved])
    assert len(findings) == 2
    assert findings[0]["fingerprint"] != findings[1]["fingerprint"]


def test_gitlab_report_goes_to_its_default_name(
    space: SpaceRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(space.root)
    assert space.cowork("check", "--format", "gitlab").status == 0
    assert json.loads((space.root / "gl-code-quality-report.json").read_text()) == []
    wrong = space.cowork("check", "--report-file", "x.json")
    assert (wrong.status, wrong.err) == (2, "cowork: --report-file goes with --format gitlab\n")


def test_json_format_lists_every_problem(space: SpaceRepo) -> None:
    many_problems(space, errors=1, warnings=0)
    document = json.loads(space.cowork("check", "--format", "json").out)
    assert document == {
        "errors": 1,
        "warnings": 0,
        "rerun": ".venv/bin/cowork check",
        "problems": [
            {
                "file": "members/Member-00.yaml",
                "line": None,
                "column": None,
                "key": "",
                "message": "expected your GitHub login in lowercase as the file name (letters, "
                "digits and single hyphens), found 'Member-00'",
                "message_id": "expected your GitHub login in lowercase as the file name (letters, "
                "digits and single hyphens), found '{stem}'",
                "severity": "error",
                "hint": "rename the file to member-00.yaml",
            }
        ],
    }


def test_what_editors_leave_beside_a_file_is_left_alone(space: SpaceRepo) -> None:
    # Backups, autosaves and merge leftovers are never data; Emacs's lock is a link to nowhere,
    # there while a file is changed and not saved yet: none of them may fail a check or a build.
    space.write("members/camille-martin.yaml~", "name: Camille\n")
    space.write("members/#camille-martin.yaml#", "name: Cam")
    space.write("events/2027/fete.yaml.orig", "title: Fête\n")
    space.write("events/2027/fete.yaml.rej", "@@ -1 +1 @@\n")
    (space.root / "members/.#camille-martin.yaml").symlink_to("ana@portable.4242:1764000000")
    (space.root / "content/.#bienvenue.md").symlink_to("ana@portable.4242:1764000000")
    (space.root / "events/.#fete.yaml").symlink_to("a" * 300)  # too long a name to look up
    result = space.cowork("check")
    assert (result.status, result.out) == (0, "No problem found.\n")
    # A link that leads somewhere is refused, whatever its name.
    (space.root / "content/.#secret.md").symlink_to("/etc/hostname")
    result = space.cowork("check")
    assert result.status == 1
    assert "content/.#secret.md: expected a file, found a symbolic link" in result.out
    assert "camille-martin.yaml" not in result.out


def test_files_the_build_would_ignore_are_reported(space: SpaceRepo) -> None:
    space.write("members/ana.yml", "name: Ana\n")
    space.write("events/2027/fete.YAML", "title: Fête\n")
    space.write("members/README.md", "Un fichier par membre.\n")
    space.write("members/avatars/ana.jpg", b"\xff\xd8\xff")
    result = space.cowork("check")
    assert result.status == 1
    assert result.out.splitlines()[1:5] == [
        "events/2027/fete.YAML: expected a file name ending in .yaml, found 'fete.YAML'",
        "    hint: rename it to fete.yaml",
        "members/ana.yml: expected a file name ending in .yaml, found 'ana.yml'",
        "    hint: rename it to ana.yaml",
    ]
    assert "README" not in result.out
    assert "avatars" not in result.out
    space.commit("Stray", "camille-martin")
    space.branch("more")
    space.write("events/apero.yml", "title: Apéro\n")
    space.commit("More", "camille-martin")
    pull_request = space.check_pr("camille-martin")
    assert "events/apero.yml: expected a file name ending in .yaml" in pull_request.out
    assert "members/ana.yml" not in pull_request.out  # not touched by this pull request


def test_the_summary_table_keeps_members_data_inside_its_cells() -> None:
    hostile = Problem(
        "members/x.yaml", 2, "name", verbatim("found '<img src=x> | a\nb'"), hint=verbatim("a|b")
    )
    table = summary_table([hostile], "cowork check")
    row = next(line for line in table.splitlines() if line.startswith("| error"))
    assert row == (
        "| error | `members/x.yaml` | 2 | `name` | found '&lt;img src=x> \\| a b' | a\\|b |"
    )
