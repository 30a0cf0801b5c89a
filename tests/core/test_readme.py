"""The README stays true: the two commands come first, and what it names exists."""

from __future__ import annotations

import re

from tests.sites import ROOT

README = (ROOT / "README.md").read_text("utf-8")
MAKEFILE = (ROOT / "Makefile").read_text("utf-8")


def test_the_two_commands_come_first() -> None:
    first_block = README.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()]
    assert commands == ["make html", "make test"]


def test_every_make_target_it_names_exists() -> None:
    targets = set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, flags=re.MULTILINE))
    named = set(re.findall(r"`make ([a-z][a-z-]*)", README))
    assert named, "the README names no make target"
    assert named - targets == set()


def test_every_path_of_the_layout_exists() -> None:
    layout = README.split("## Layout of the repository", 1)[1].split("```text\n", 1)[1]
    layout = layout.split("```", 1)[0]
    missing = []
    parents: list[str] = []
    for line in layout.splitlines():
        name = line.split()[0] if line.strip() else ""
        if not name or not re.match(r"^[\w.]", name):
            continue
        depth = (len(line) - len(line.lstrip())) // 2
        parents = [*parents[:depth], name.rstrip("/")]
        path = ROOT.joinpath(*parents)
        if not path.exists():
            missing.append("/".join(parents))
    assert missing == []
