"""The fast first pass over a file's schema (`cowork.files.fastschema`) is never more lenient than
jsonschema: whenever jsonschema finds a problem, the fast pass refuses the file too, so that
jsonschema is asked and reports it. Checked over every document the suite knows (the sample
site, the hostile corpus, the scaffolding's files, the examples of the schema and
hostile-value tests: 341 documents, each against every schema) and some 1,600 mutations of
valid member, event and space files: 2,652 verdicts compared.
"""

from __future__ import annotations

import ast
import copy
import importlib
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from cowork.files import fastschema
from cowork.files.formats import is_date
from cowork.files.schema import check_document, format_checker, load_schema, to_json_data
from cowork.files.yamlfile import YamlDocument, parse_yaml
from jsonschema import Draft202012Validator

from tests.sites import ROOT

FOLDERS = (ROOT / "tests", ROOT / "plugins")
EXAMPLES = [
    ROOT / "tests" / "core" / f"{name}.py" for name in ("test_core_schemas", "test_hostile_values")
]
BASES = {
    "member": ROOT / "tests" / "fixtures" / "sample" / "members" / "samira-benali.yaml",
    "event": ROOT / "tests" / "fixtures" / "sample" / "events" / "opencoffee.yaml",
    "space": ROOT / "tests" / "fixtures" / "sample" / "space.yaml",
}
WRONG_VALUES: list[Any] = [
    None, True, False, 0, -1, 1.5, 10**12, "", " ", "x", "x" * 5000, "a\nb", "line\n", "\x1c",
    "\u2028", "\ufeff", "2026-02-30", "2026-2-3", "2026-01-01T10:00", "\uff12\uff10\uff12\uff16",
    "http://example.org", "https://", "https://exa mple.org", "@a@b", "Nomade", "FREQ=WEEKLY",
    [], ["a", "a"], [1], [None], {}, {"x": 1}, 1.0, float("nan"), float("inf"), "0", "true",
]  # fmt: skip


def documents() -> Iterator[tuple[str, Any]]:
    """Every YAML document of the repository's data, fixtures, corpus and scaffolding, parsed."""
    for folder in FOLDERS:
        for path in sorted(folder.rglob("*.y*ml")):
            if path.suffix in {".yaml", ".yml"} and path.is_file() and not path.is_symlink():
                yield from _parsed(path.read_text("utf-8", errors="replace"), path)
    for module in EXAMPLES:
        # The texts the schema and hostile-value tests write: each alone, and after a valid
        # member's and a valid event's lines (those tests add one line to such a file).
        for text in _string_constants(module):
            yield from _parsed(text, module)
            for base in (BASES["member"], BASES["event"]):
                yield from _parsed(base.read_text("utf-8") + text + "\n", module)


def _parsed(text: str, path: Path) -> Iterator[tuple[str, Any]]:
    try:
        doc, _ = parse_yaml(text, path, path.name)
    except yaml.YAMLError:  # a raw control character: refused before any schema
        return
    if doc is not None:
        yield f"{path.relative_to(ROOT)}: {text[:60]!r}", to_json_data(doc.data)


def _string_constants(module: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(module.read_text("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and ":" in node.value:
            yield node.value


def mutations(data: Any, per_place: int) -> Iterator[tuple[str, Any]]:
    """`data` spoilt in one place at a time, with what was done: each value replaced by
    `per_place` wrong ones (taken in turn from WRONG_VALUES), each key removed, an unknown key
    added to each mapping, each list's first item repeated or spoilt."""
    wrongs = iter(WRONG_VALUES * 1000)
    for path, value in _places(data):
        at = "/".join(map(str, path))
        for _ in range(per_place):
            wrong = next(wrongs)
            yield f"{at} = {wrong!r:.40}", _replaced(data, path, wrong)
        if isinstance(value, dict):
            yield f"{at}/unknown added", _replaced(data, path, {**value, "unknown": "x"})
            for key in value:
                kept = {k: v for k, v in value.items() if k != key}
                yield f"{at}/{key} removed", _replaced(data, path, kept)
        if isinstance(value, list) and value:
            yield f"{at}[0] repeated", _replaced(data, path, [*value, value[0]])
            wrong = next(wrongs)
            yield f"{at}[0] = {wrong!r:.40}", _replaced(data, path, [wrong, *value[1:]])
            yield f"{at} * 20", _replaced(data, path, value * 20)


def _places(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, data
    if isinstance(data, dict | list):
        items = data.items() if isinstance(data, dict) else enumerate(data)
        for key, value in items:
            yield from _places(value, (*path, key))


def _replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copied = copy.deepcopy(data)
    inner = copied
    for key in path[:-1]:
        inner = inner[key]
    inner[path[-1]] = value
    return copied


PER_PLACE = {"member": len(WRONG_VALUES), "event": len(WRONG_VALUES), "space": 1}
"""Wrong values tried at each place: space.yaml is large, and jsonschema takes milliseconds
to read it, so each of its places gets one (each a different one)."""


@cache
def corpus() -> list[tuple[str, Any, tuple[str, ...]]]:
    """Each document with its label and the schemas it is checked against: the files against
    every schema, a mutation against its own."""
    found: list[tuple[str, Any, tuple[str, ...]]] = [
        (label, data, fastschema.SCHEMAS) for label, data in documents()
    ]
    for name, path in BASES.items():
        base = to_json_data(yaml.safe_load(path.read_text("utf-8")))
        spoilt = mutations(base, PER_PLACE[name])
        found += [(f"{path.name}: {label}", data, (name,)) for label, data in spoilt]
    return found


@cache
def verdicts(name: str) -> list[tuple[str, bool, bool]]:
    """Each document checked against schema `name`: (label, jsonschema's verdict, fast pass's)."""
    schema = load_schema(name)
    validator = Draft202012Validator(schema, format_checker=format_checker())
    return [
        (label, validator.is_valid(data), fastschema.passes(data, schema))
        for label, data, names in corpus()
        if name in names
    ]


@pytest.mark.parametrize("name", fastschema.SCHEMAS)
def test_the_fast_pass_refuses_whatever_jsonschema_refuses(name: str) -> None:
    assert [label for label, valid, fast in verdicts(name) if fast and not valid] == []


@pytest.mark.parametrize("name", fastschema.SCHEMAS)
def test_the_corpus_is_large_and_varied(name: str) -> None:
    # Each schema sees a hundred documents it accepts or more, and hundreds it refuses.
    checked = verdicts(name)
    assert sum(valid for _, valid, _ in checked) >= 100
    assert sum(not valid for _, valid, _ in checked) >= 400
    # The fast pass refuses few files that jsonschema accepts (a title ending with a line
    # break, for instance: it reads a pattern's $ as the very end): those cost only time.
    needless = [label for label, valid, fast in checked if valid and not fast]
    assert len(needless) <= len(checked) // 20, needless


@pytest.mark.parametrize("name", fastschema.SCHEMAS)
def test_the_valid_files_people_write_pass_the_fast_pass(name: str) -> None:
    """The other side: the fast pass is worth its place only if real files pass it."""
    folder = {"member": "members", "event": "events", "space": "."}[name]
    schema = load_schema(name)
    files = [p for p in (ROOT / "tests" / "fixtures" / "sample" / folder).rglob("*.yaml")]
    files = [p for p in files if name != "space" or p.name == "space.yaml"]
    assert files
    for path in files:
        data = to_json_data(yaml.safe_load(path.read_text("utf-8")))
        assert Draft202012Validator(schema, format_checker=format_checker()).is_valid(data), path
        assert fastschema.passes(data, schema), path


def test_a_file_with_problems_gets_jsonschemas_problems(tmp_path: Path) -> None:
    text = "name: Ana\nskils: [dessin]\njoined: 2026-02-30\n"
    doc, _ = parse_yaml(text, tmp_path / "members/ana.yaml", "members/ana.yaml")
    assert doc is not None
    problems, refused = check_document(doc, load_schema("member"))
    assert [str(p) for p in problems] == [
        "members/ana.yaml:2: skils: unknown key 'skils' (did you mean 'skills'?)",
        "members/ana.yaml:3: joined: expected a date written YYYY-MM-DD, found '2026-02-30'",
    ]
    assert refused == {("skils",), ("joined",)}


def test_a_schema_other_than_the_generated_ones_is_left_to_jsonschema() -> None:
    member = load_schema("member")
    assert fastschema.passes({"name": "Ana"}, member)
    changed = {**member, "required": ["name", "title"]}
    assert not fastschema.passes({"name": "Ana"}, changed)  # jsonschema decides
    assert not fastschema.passes({"name": "Ana"}, {**member, "$id": "elsewhere"})
    doc = YamlDocument(Path("members/ana.yaml"), "members/ana.yaml", {"name": "Ana"})
    [problem] = check_document(doc, changed)[0]
    assert "missing required key 'title'" in str(problem)


def test_without_fastjsonschema_jsonschema_checks_every_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "fastjsonschema", None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, f"{fastschema.PACKAGE}.member", raising=False)
    monkeypatch.setattr(fastschema, "_known", {})
    assert not fastschema.passes({"name": "Ana"}, load_schema("member"))
    doc = YamlDocument(Path("members/ana.yaml"), "members/ana.yaml", {"name": "Ana", "x": 1})
    [problem] = check_document(doc, load_schema("member"))[0]
    assert "unknown key 'x'" in str(problem)


@pytest.mark.parametrize("name", fastschema.SCHEMAS)
def test_the_generated_code_is_up_to_date(name: str) -> None:
    module = importlib.import_module(f"{fastschema.PACKAGE}.{name}")
    written = Path(module.__file__ or "").read_text("utf-8")
    assert written == fastschema.generated_code(name), (
        f"{name}.schema.json changed: run `python -m cowork.files.fastschema` and commit"
    )


@pytest.mark.parametrize("name", fastschema.SCHEMAS)
def test_the_schemas_say_only_what_the_fast_pass_reads_as_jsonschema_does(name: str) -> None:
    assert list(fastschema.unsupported_keywords(load_schema(name))) == []


def test_what_the_fast_pass_could_read_more_leniently_is_named() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"$ref": "#/$defs/x", "maxLength": 3},
            "b": {"type": "array", "prefixItems": [{"type": "string"}]},
            "c": {"type": "array", "items": [{"type": "string"}]},
            "d": {"type": "string", "format": "email"},
            "e": {"$ref": "https://example.org/other.json"},
            "f": {"type": "number", "multipleOf": 0.01},
        },
        "dependentRequired": {"a": ["b"]},
    }
    assert list(fastschema.unsupported_keywords(schema)) == [
        "#/dependentRequired",
        "#/properties/a/maxLength beside $ref",
        "#/properties/b/prefixItems",
        "#/properties/c/items: not a schema",
        "#/properties/d/format email",
        "#/properties/e/$ref outside the schema",
        "#/properties/f/multipleOf",
    ]


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2026-02-28", True),
        ("2024-02-29", True),
        ("2026-02-30", False),
        ("2026-2-28", False),
        ("20260228", False),
        ("2026-02-28\n", False),
        ("\uff12\uff10\uff12\uff16-02-28", False),  # full-width digits: \d alone accepts them
        (20260228, True),  # not text: the schema's type decides
    ],
)
def test_dates_are_read_as_jsonschema_reads_them(value: object, valid: bool) -> None:
    assert is_date(value) is valid
    from jsonschema import FormatChecker

    assert FormatChecker().conforms(value, "date") is valid
