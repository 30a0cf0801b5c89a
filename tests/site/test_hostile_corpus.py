"""A corpus of hostile files (issue 11): each is refused by `cowork check` and by the build alike,
quickly, with its `file:line`, no traceback, and the last good `output/` left as it was; a file
that is accepted publishes nothing private.

The files are in `tests/hostile/<case>/`, laid out as in a site; those that cannot be committed
(symbolic links, a 20 MB file, a 2 MB picture) are made by `MADE` below. The slowest refusal:
`.venv/bin/python -m pytest tests/site/test_hostile_corpus.py -q -s` prints every case's times.
"""

from __future__ import annotations

import io
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from cowork.cli import main
from PIL import Image

from tests.sites import FIXED_NOW, make_scratch_site, run_pelican

CORPUS = Path(__file__).resolve().parents[1] / "hostile"
GOOD = {
    "members/camille-martin.yaml": "name: Camille Martin\nconsent:\n  directory: 2026-01-05\n",
    "events/apero.yaml": (
        "title: Apéro\nstart: 2026-12-10 18:30\nduration: 2h\norganizers: [camille-martin]\n"
    ),
}
REFUSAL_SECONDS = 10
"""A ceiling that only a hang or a runaway can reach (refusals take well under a second)."""

# Where each committed case is refused: `file:line`, or the file alone for a file's name.
REFUSED = {
    "duration-backtracking": "events/cafe.yaml:3",
    "duration-of-years": "events/cafe.yaml:3",
    "rule-never-occurs": "events/cafe.yaml:4",
    "rule-every-second": "events/cafe.yaml:4",
    "rule-huge-interval": "events/cafe.yaml:4",
    "rule-interval-zero": "events/cafe.yaml:4",
    "rule-interval-negative": "events/cafe.yaml:4",
    "rule-byday-53": "events/cafe.yaml:4",
    "rule-count-and-until": "events/cafe.yaml:4",
    "rule-count-past-the-years": "events/cafe.yaml:4",
    "start-year-one": "events/cafe.yaml:2",
    "start-year-one-east": "events/cafe.yaml:2",
    "start-near-9999": "events/cafe.yaml:2",
    "end-9999": "events/cafe.yaml:3",
    "start-far-ahead": "events/cafe.yaml:2",
    "timezone-localtime": "events/cafe.yaml:4",
    "title-newline-command": "events/cafe.yaml:1",
    "place-control-characters": "events/cafe.yaml:4",
    "description-lone-surrogate": "events/cafe.yaml:4",
    "event-named-archives": "events/archives.yaml",
    "event-named-a-year": "events/2026.yaml",
    "nesting-600": "events/cafe.yaml:1",
    "nesting-30000": "events/cafe.yaml:1",
    "member-lone-surrogate": "members/ana.yaml:2",
    "member-named-avatars": "members/avatars.yaml",
    "member-named-competences": "members/competences.yaml",
    "bio-escaped-email": "members/ana.yaml:2",
    "bio-entity-email": "members/ana.yaml:2",
    "bio-narrow-spaces-phone": "members/ana.yaml:2",
    "bio-full-width": "members/ana.yaml:2",
    "bio-zero-width": "members/ana.yaml:2",
    "bio-link-to-a-phone": "members/ana.yaml:2",
    "website-phone-host": "members/ana.yaml:3",
    "description-unclosed-brackets": "events/cafe.yaml:4",
    "bio-unclosed-brackets": "members/ana.yaml:2",
}
ACCEPTED = {"accepted-no-consent": ("Secretname", "zoe")}
"""Cases that build, and words that must appear nowhere in the output."""


def _too_large(site: Path) -> str:
    (site / "events/big.yaml").write_bytes(b"title: Big\n" + b"# padding\n" * 2_000_000)
    return "events/big.yaml"


def _progressive_scans(site: Path) -> str:
    """A 4000 × 4000 progressive JPEG under 2 MB whose last, tiny scan is repeated tens of
    thousands of times: each repetition costs a full decode (minutes in all)."""
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 4000), (200, 80, 40)).save(buffer, "JPEG", progressive=True)
    jpeg = buffer.getvalue()
    last, end = jpeg.rindex(b"\xff\xda"), jpeg.rindex(b"\xff\xd9")
    repeats = (1_950_000 - len(jpeg)) // (end - last)
    (site / "members/avatars").mkdir(parents=True)
    (site / "members/avatars/ana.jpg").write_bytes(
        jpeg[:end] + jpeg[last:end] * repeats + jpeg[end:]
    )
    (site / "members/ana.yaml").write_text(
        "name: Ana\navatar: ana.jpg\nconsent:\n  directory: 2026-01-05\n  photo: 2026-01-05\n"
    )
    return "members/ana.yaml:2"


def _link_loop(site: Path) -> str:
    (site / "events/loop").symlink_to(".", target_is_directory=True)
    return "events/loop"


def _linked_content(site: Path) -> str:
    secret = site.parent / "secret.md"
    secret.write_text("Title: Secret\nDate: 2025-01-01\n\nSECRET-OF-THE-MACHINE\n")
    (site / "content/secret.md").symlink_to(secret)
    return "content/secret.md"


def _linked_member(site: Path) -> str:
    secret = site.parent / "secret.yaml"
    secret.write_text("name: SECRET-OF-THE-MACHINE\n")
    (site / "members/ana.yaml").symlink_to(secret)
    return "members/ana.yaml"


MADE: dict[str, Callable[[Path], str]] = {
    "file-too-large": _too_large,
    "progressive-jpeg-scans": _progressive_scans,
    "symlink-loop-under-events": _link_loop,
    "symlink-in-content": _linked_content,
    "symlink-as-member-file": _linked_member,
}


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


def case_site(tmp_path: Path, good_output: Path, case: str) -> tuple[Path, Path, str]:
    files: dict[str, str | bytes] = dict(GOOD)
    folder = CORPUS / case
    if folder.is_dir():
        for path in folder.rglob("*"):
            if path.is_file():
                files[path.relative_to(folder).as_posix()] = path.read_bytes()
    site = make_scratch_site(tmp_path / "src", files)
    where = MADE[case](site) if case in MADE else REFUSED.get(case, "")
    output = tmp_path / "output"
    shutil.copytree(good_output, output)
    return site, output, where


@pytest.mark.parametrize("case", [*REFUSED, *MADE])
def test_a_hostile_file_is_refused_by_check_and_build_alike(
    case: str, tmp_path: Path, good_output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, output, where = case_site(tmp_path, good_output, case)
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
    site, output, _ = case_site(tmp_path, good_output, case)
    status, report, _ = check(site, monkeypatch)
    built = run_pelican(site, output)
    assert (status, built.returncode) == (0, 0), report + built.log
    for path in output.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for word in ACCEPTED[case]:
                assert word.encode() not in content, f"{word} in {path.relative_to(output)}"


def test_a_symlinked_output_is_refused_and_nothing_outside_is_touched(tmp_path: Path) -> None:
    """`output -> ..` committed in a clone: the build would rename and delete the clone's parent."""
    parent = tmp_path / "parent"
    sentinel = parent / "sentinel"
    sentinel.mkdir(parents=True)
    (sentinel / "keep.txt").write_text("still here\n")
    site = make_scratch_site(parent / "checkout", GOOD)
    (site / "output").symlink_to("..", target_is_directory=True)
    before = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))

    built = run_pelican(site, site / "output")
    status = main(["--settings", str(site / "pelicanconf.py"), "check"], out=io.StringIO())

    assert built.returncode == 1
    assert "Build refused: the output folder" in built.log
    assert "is a symbolic link (to ..)" in built.log
    assert "Traceback" not in built.log
    assert status == 1
    assert (sentinel / "keep.txt").read_text() == "still here\n"
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == before
    assert (site / "output").readlink() == Path("..")


def test_an_output_that_holds_the_repository_is_refused(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "checkout", GOOD)
    built = run_pelican(site, tmp_path)
    assert built.returncode == 1
    assert "holds the repository" in built.log
    assert (site / "pelicanconf.py").exists()
