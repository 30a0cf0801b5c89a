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


CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text("utf-8")


def test_every_make_target_it_names_exists() -> None:
    targets = set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, flags=re.MULTILINE))
    for text in (README, CONTRIBUTING):
        named = set(re.findall(r"`make ([a-z][a-z-]*)", text))
        assert named, "no make target named"
        assert named - targets == set()


def test_commands_people_are_told_to_run_exist_after_the_set_up() -> None:
    # `cowork` is installed in .venv/bin, which is not on PATH: a command to run names it so.
    for text in (README, CONTRIBUTING):
        for block in re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL):
            for line in block.splitlines():
                assert not line.startswith("cowork "), line
        told = re.findall(r"`(cowork (?:check|new|avatar|codeowners)[^`]*)`", text)
        assert [command for command in told if "FICHIER" in command or "FILE" in command] == []


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
