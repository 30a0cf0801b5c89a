"""The layout rules of the developers' guide, checked: a pure core, and small modules."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.sites import ROOT

CORE = ROOT / "plugins" / "cowork"
SKELETON = CORE / "scaffold" / "skeleton"
"""A new site's files (`cowork init`), shipped as data: its settings import the Pelican glue."""
CORE_MODULES = sorted(p for p in CORE.rglob("*.py") if not p.is_relative_to(SKELETON))
MAX_LINES = 400
GENERATED = CORE / "files" / "schemacode"
"""The schemas' validators, written by fastjsonschema (`python -m cowork.files.fastschema`)."""
PYTHON_FILES = sorted(
    p
    for folder in (ROOT / "plugins", ROOT / "tests")
    for p in folder.rglob("*.py")
    if "__pycache__" not in p.parts and not p.is_relative_to(GENERATED)
)


def imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text("utf-8"), str(source))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_there_is_a_core_to_check() -> None:
    assert len(CORE_MODULES) >= 5


def test_core_never_imports_pelican() -> None:
    # Every module in one test, every finding in one run (see test_no_module_is_over_the_line_cap).
    found = [
        f"{module.relative_to(ROOT)} imports {name}"
        for module in CORE_MODULES
        for name in sorted(imported_modules(module))
        if name.split(".")[0] in {"pelican", "cowork_pelican"}
    ]
    assert found == []


def test_the_import_check_sees_every_form_of_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "import os\nimport pelican.signals as s\nfrom pelican import Pelican\n"
        "def f():\n    from cowork_pelican import site\nfrom . import sibling\n",
        "utf-8",
    )
    assert imported_modules(module) == {"os", "pelican.signals", "pelican", "cowork_pelican"}


def test_no_module_is_over_the_line_cap() -> None:
    # Every module in one test, every one too long named in one run: a test per module made
    # hundreds of tests of a millisecond each, and pytest's own work around each cost more.
    lines = {module: len(module.read_text("utf-8").splitlines()) for module in PYTHON_FILES}
    found = [
        f"{module.relative_to(ROOT)} has {count} lines: split it by idea"
        for module, count in lines.items()
        if count > MAX_LINES
    ]
    assert found == []


def test_no_catch_all_module_names() -> None:
    vague = {"utils.py", "helpers.py", "common.py", "misc.py"}
    found = [p.relative_to(ROOT).as_posix() for p in PYTHON_FILES if p.name in vague]
    assert found == []


def undocumented_dataclasses(source: Path) -> list[str]:
    tree = ast.parse(source.read_text("utf-8"), str(source))
    return [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(
            ast.unparse(d.func if isinstance(d, ast.Call) else d) == "dataclass"
            for d in node.decorator_list
        )
        and ast.get_docstring(node) is None
    ]


def test_every_dataclass_says_what_it_is_for() -> None:
    # Besides its readers: a dataclass without a docstring has one made from its signature by
    # `inspect` at import, which cost each `cowork check` some 6 ms before they all had one.
    plugins = [p for p in PYTHON_FILES if p.is_relative_to(ROOT / "plugins")]
    found = [
        f"{p.relative_to(ROOT)}: {name}" for p in plugins for name in undocumented_dataclasses(p)
    ]
    assert found == []


def test_the_docstring_check_sees_dataclasses_in_every_form(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from dataclasses import dataclass\n@dataclass\nclass A:\n    x: int\n"
        "@dataclass(frozen=True)\nclass B:\n    '''Documented.'''\n"
        "@dataclass(frozen=True, slots=True)\nclass C:\n    x: int\nclass D:\n    x: int\n",
        "utf-8",
    )
    assert undocumented_dataclasses(module) == ["A", "C"]
