"""The pinned requirements carry their hashes, and the install refuses anything without one."""

from __future__ import annotations

import re

from tests.sites import ROOT

PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+) \\$")


def requirement_blocks() -> dict[str, list[str]]:
    """Each pinned requirement and the `--hash` options under it."""
    blocks: dict[str, list[str]] = {}
    current = None
    for line in (ROOT / "requirements.txt").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        match = PIN.match(line)
        if match:
            current = match["name"]
            blocks[current] = []
        else:
            assert current is not None, f"a line that belongs to no pin: {line!r}"
            assert re.fullmatch(r"    --hash=sha256:[0-9a-f]{64}( \\)?", line), line
            blocks[current].append(line)
    return blocks


def test_every_pin_has_hashes() -> None:
    blocks = requirement_blocks()
    assert len(blocks) > 30
    assert [name for name, hashes in blocks.items() if not hashes] == []


def test_the_install_requires_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert (
        "pip install --quiet --disable-pip-version-check --require-hashes --no-compile "
        "-r requirements.txt" in makefile
    )
