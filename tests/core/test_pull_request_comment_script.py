"""The step that posts the check's comment (`.github/scripts/pull-request-comment`): one comment
per pull request, edited on every push. `gh` (GitHub's command line, on every runner) is played by
a script that records its arguments and answers as the API would."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.sites import ROOT

SCRIPT = ROOT / ".github" / "scripts" / "pull-request-comment"
FAKE_GH = """\
#!/bin/sh
printf '%s\\n' "$*" >> "$GH_LOG"
case "$*" in
  *--paginate*) [ -n "$EXISTING" ] && printf '%s\\n' "$EXISTING" ;;
esac
exit 0
"""


def post(tmp_path: Path, existing: str) -> list[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(FAKE_GH, "utf-8")
    gh.chmod(0o755)
    comment = tmp_path / "comment.md"
    comment.write_text("<!-- cowork-check -->\n### ✅ Tout est en ordre\n", "utf-8")
    log = tmp_path / "gh.log"
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "GH_LOG": str(log),
        "EXISTING": existing,
        "REPOSITORY": "la-navette/site",
        "PR_NUMBER": "12",
    }
    subprocess.run(["sh", str(SCRIPT), comment.name], env=env, check=True, cwd=tmp_path)
    return log.read_text("utf-8").splitlines()


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")
def test_the_first_run_posts_one_comment(tmp_path: Path) -> None:
    calls = post(tmp_path, existing="")
    assert calls[0].startswith("api --paginate repos/la-navette/site/issues/12/comments --jq ")
    # Found again by its first line, among the comments of the workflow's own account.
    assert '(.body | startswith("<!-- cowork-check -->"))' in calls[0]
    assert '.user.login == "github-actions[bot]"' in calls[0]
    assert calls[1:] == [
        "api --method POST repos/la-navette/site/issues/12/comments -F body=@comment.md"
    ]


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")
def test_later_runs_edit_the_comment_already_there(tmp_path: Path) -> None:
    calls = post(tmp_path, existing="987\n654")
    assert calls[1:] == [
        "api --method PATCH repos/la-navette/site/issues/comments/987 -F body=@comment.md"
    ]
