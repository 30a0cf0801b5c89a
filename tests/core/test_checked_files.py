"""Schema checks kept between builds (`cowork.files.checked`): a changed file is always checked,
the problems of a file are those of a fresh check, and the cache keeps only the files a build
read."""

from __future__ import annotations

import json
from pathlib import Path

from cowork.files.checked import CheckedFiles
from cowork.files.schema import load_schema, validate_document
from cowork.files.yamlfile import YamlDocument, load_yaml
from cowork.members.load import load_members

VALID = "name: Ada Martin\nconsent:\n  directory: 2026-01-05\n"
INVALID = (
    "name: Ada Martin\nlinks:\n  website: pas une adresse\nconsent:\n  directory: 2026-01-05\n"
)


def document(root: Path, name: str, text: str) -> YamlDocument:
    path = root / "members" / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    doc, problems = load_yaml(path, root)
    assert doc is not None and not problems
    return doc


def build(root: Path, cache: Path) -> list[str]:
    """What a build does: open the verdicts, check every member file, keep the verdicts."""
    checked = CheckedFiles.open("member", cache)
    loaded = load_members(root / "members", root, (), checked)
    checked.save()
    return [f"{p.file}:{p.line} {p.key}" for p in loaded.problems]


def test_a_file_that_passed_unchanged_is_not_checked_again(tmp_path: Path) -> None:
    doc = document(tmp_path, "ada", VALID)
    first = CheckedFiles.open("member", tmp_path / "cache")
    assert first.validate(doc) == []
    first.save()
    kept = CheckedFiles.open("member", tmp_path / "cache")
    assert kept.known == frozenset(first.passed) and len(kept.known) == 1
    # The same bytes under another name share the verdict: the key is the content.
    assert kept.validate(document(tmp_path, "ada-copy", VALID)) == []
    assert kept.passed == set(kept.known)


def test_a_changed_file_is_checked_and_its_problems_reported(tmp_path: Path) -> None:
    document(tmp_path, "ada", VALID)
    cache = tmp_path / "cache"
    assert build(tmp_path, cache) == []
    document(tmp_path, "ada", INVALID)
    assert build(tmp_path, cache) == ["members/ada.yaml:3 links.website"]
    # Unchanged, still invalid: the same problems, however many builds.
    assert build(tmp_path, cache) == ["members/ada.yaml:3 links.website"]
    document(tmp_path, "ada", VALID)
    assert build(tmp_path, cache) == []


def test_problems_of_a_file_are_those_of_a_fresh_check(tmp_path: Path) -> None:
    doc = document(tmp_path, "ada", INVALID)
    fresh = validate_document(doc, load_schema("member"))
    assert fresh
    checked = CheckedFiles.open("member", tmp_path / "cache")
    assert checked.validate(doc) == fresh
    checked.save()
    assert CheckedFiles.open("member", tmp_path / "cache").validate(doc) == fresh
    assert not (tmp_path / "cache" / "member.json").exists()  # nothing passed: nothing kept


def test_the_cache_keeps_only_the_files_the_build_read(tmp_path: Path) -> None:
    document(tmp_path, "ada", VALID)
    document(tmp_path, "bea", VALID.replace("Ada", "Béa"))
    cache = tmp_path / "cache"
    build(tmp_path, cache)
    assert len(json.loads((cache / "member.json").read_text("utf-8"))) == 2
    (tmp_path / "members" / "bea.yaml").unlink()
    build(tmp_path, cache)
    assert len(json.loads((cache / "member.json").read_text("utf-8"))) == 1


def test_a_damaged_cache_checks_every_file(tmp_path: Path) -> None:
    document(tmp_path, "ada", INVALID)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "member.json").write_text("{not json", "utf-8")
    assert build(tmp_path, cache) == ["members/ada.yaml:3 links.website"]


def test_without_a_folder_every_file_is_checked_and_nothing_written(tmp_path: Path) -> None:
    doc = document(tmp_path, "ada", VALID)
    checked = CheckedFiles.open("member", None)
    assert checked.validate(doc) == []
    checked.save()
    assert list(tmp_path.iterdir()) == [tmp_path / "members"]
