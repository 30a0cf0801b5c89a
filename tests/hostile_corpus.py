"""The corpus of hostile files of issue 11: what each case adds to a small good site, and where
it must be refused (`tests/site/test_hostile_corpus.py` asserts it, `make bench` times it).

The files are in `tests/hostile/<case>/`, laid out as in a site; those that cannot be committed
(symbolic links, a 20 MB file, a 2 MB picture) are made by the functions of `MADE`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from tests.sites import make_scratch_site

CORPUS = Path(__file__).resolve().parent / "hostile"
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
    "member-raw-control-character": "members/ana.yaml:2",
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


def case_site(root: Path, case: str) -> tuple[Path, str]:
    """The good site plus the case's files under `root/src`, and where the case is refused."""
    files: dict[str, str | bytes] = dict(GOOD)
    folder = CORPUS / case
    if folder.is_dir():
        for path in folder.rglob("*"):
            if path.is_file():
                files[path.relative_to(folder).as_posix()] = path.read_bytes()
    site = make_scratch_site(root / "src", files)
    return site, MADE[case](site) if case in MADE else REFUSED.get(case, "")
