"""Helpers of the member tests: scratch member folders read back as the build would, and the
built pages read as a visitor gets them."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from cowork.members.load import LoadedMembers, load_members
from cowork.problems import sorted_problems
from PIL import Image

from tests.sites import BuiltSite

PLANS = ("Nomade", "Résident", "Bureau fixe")
CONSENTED = "consent:\n  directory: 2026-01-05\n"


def write_members(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Write `files` (paths relative to `root`, such as `members/ana.yaml`) and return members/."""
    members = root / "members"
    (members / "avatars").mkdir(parents=True, exist_ok=True)
    for relpath, content in files.items():
        target = root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, "utf-8")
    return members


def messages(
    root: Path, files: Mapping[str, str | bytes], plans: Sequence[str] = PLANS
) -> list[str]:
    """Every problem for `files`, as the text people read."""
    members = write_members(root, files)
    return [str(p) for p in sorted_problems(load_members(members, root, plans).problems)]


def loaded(root: Path, files: Mapping[str, str | bytes]) -> LoadedMembers:
    return load_members(write_members(root, files), root, PLANS)


def picture(fmt: str = "JPEG", size: tuple[int, int] = (64, 64), **save: object) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 80, 40)).save(buffer, fmt, **save)
    return buffer.getvalue()


def html(site: BuiltSite, url: str) -> Any:
    """The parsed page (typed loosely: these tests read whatever the page has)."""
    return site.soup(url)


def text_files(output: Path) -> list[Path]:
    suffixes = {".html", ".xml", ".json", ".js", ".txt", ".ics", ".css"}
    return [p for p in output.rglob("*") if p.is_file() and p.suffix in suffixes]
