"""A corpus of hostile files (issue 11, `tests/hostile_corpus.py`): each is refused by `cowork
check` and by the build alike, quickly, with its `file:line`, no traceback, and the last good
`output/` left as it was; a file that is accepted publishes nothing private. `make bench` (or
`python -m tests.benchmarks hostile`) times every refusal.
"""

from __future__ import annotations

import io
import shutil
import time
from pathlib import Path

import pytest
from cowork.cli import main

from tests.hostile_corpus import ACCEPTED, GOOD, MADE, REFUSAL_SECONDS, REFUSED, case_site
from tests.sites import FIXED_NOW, make_scratch_site, run_pelican


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture(scope="module")
def good_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The last good site, built once; each case starts from a copy of it."""
    root = tmp_path_factory.mktemp("good")
    built = run_pelican(make_scratch_site(root / "src", GOOD), root / "output")
    assert built.returncode == 0, built.log
    return root / "output"


def check(site: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, float]:
    """`cowork check` in-process (its own time, without an interpreter's start)."""
    monkeypatch.setenv("COWORK_NOW", FIXED_NOW)
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    status = main(["--settings", str(site / "pelicanconf.py"), "check"], out=out, err=err)
    return status, out.getvalue() + err.getvalue(), time.perf_counter() - started


def copied_case(tmp_path: Path, good_output: Path, case: str) -> tuple[Path, Path, str]:
    """The case's site, and a copy of the last good output for its build."""
    site, where = case_site(tmp_path, case)
    output = tmp_path / "output"
    shutil.copytree(good_output, output)
    return site, output, where


@pytest.mark.parametrize("case", [*REFUSED, *MADE])
def test_a_hostile_file_is_refused_by_check_and_build_alike(
    case: str, tmp_path: Path, good_output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, output, where = copied_case(tmp_path, good_output, case)
    before = snapshot(output)
    status, report, check_seconds = check(site, monkeypatch)
    started = time.perf_counter()
    built = run_pelican(site, output)
    build_seconds = time.perf_counter() - started
    print(f"\n{case}: check {check_seconds:.2f} s, build {build_seconds:.2f} s (with start-up)")

    assert status == 1, report
    assert f"\n{where}: " in f"\n{report}" or f"\n{where}:" in report, report
    assert built.returncode == 1, built.log
    assert f"{where}: " in built.log or f"{where}:" in built.log, built.log
    for log in (report, built.log):
        assert "Traceback" not in log
        assert "\x1b" not in log and "\n::error file=README.md" not in log
    assert snapshot(output) == before
    assert check_seconds < REFUSAL_SECONDS
    assert build_seconds < REFUSAL_SECONDS * 3  # an interpreter, Pelican and the theme start


@pytest.mark.parametrize("case", ACCEPTED)
def test_an_accepted_file_publishes_nothing_private(
    case: str, tmp_path: Path, good_output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, output, _ = copied_case(tmp_path, good_output, case)
    status, report, _ = check(site, monkeypatch)
    built = run_pelican(site, output)
    assert (status, built.returncode) == (0, 0), report + built.log
    for path in output.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for word in ACCEPTED[case]:
                assert word.encode() not in content, f"{word} in {path.relative_to(output)}"


def files_under(folder: Path) -> list[str]:
    """Every path under `folder`, but Python's own `__pycache__` (Pelican imports the settings
    as a module: Python may keep it compiled beside them, as for any `pelican` run)."""
    paths = (p.relative_to(folder).as_posix() for p in folder.rglob("*"))
    return sorted(p for p in paths if "__pycache__" not in p.split("/"))


def test_a_symlinked_output_is_refused_and_nothing_outside_is_touched(tmp_path: Path) -> None:
    """`output -> ..` committed in a clone: the build would rename and delete the clone's parent."""
    parent = tmp_path / "parent"
    sentinel = parent / "sentinel"
    sentinel.mkdir(parents=True)
    (sentinel / "keep.txt").write_text("still here\n")
    site = make_scratch_site(parent / "checkout", GOOD)
    (site / "output").symlink_to("..", target_is_directory=True)
    before = files_under(tmp_path)

    # No shared cache (tests.buildcache): it would add files that this build did not write.
    built = run_pelican(site, site / "output", shared_cache=False)
    status = main(["--settings", str(site / "pelicanconf.py"), "check"], out=io.StringIO())

    assert built.returncode == 1
    assert "Build refused: the output folder" in built.log
    assert "is a symbolic link (to ..)" in built.log
    assert "Traceback" not in built.log
    assert status == 1
    assert (sentinel / "keep.txt").read_text() == "still here\n"
    assert files_under(tmp_path) == before
    assert (site / "output").readlink() == Path("..")


def test_an_output_that_holds_the_repository_is_refused(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "checkout", GOOD)
    built = run_pelican(site, tmp_path)
    assert built.returncode == 1
    assert "holds the repository" in built.log
    assert (site / "pelicanconf.py").exists()
