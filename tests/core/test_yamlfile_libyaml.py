"""The YAML loader's libyaml fast path reads every file exactly as the pure-Python path does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from cowork.files import yamlfile

from tests.sites import SAMPLE

SAMPLES = sorted([*SAMPLE.glob("members/*.yaml"), *SAMPLE.glob("events/**/*.yaml")])


def fast_path(text: str) -> tuple[object, object] | None:
    """What `parse_yaml` takes the libyaml path with, or None when it takes the checked one."""
    return yamlfile._compose_with_libyaml(text) if yamlfile._scan(text) else None


def slow_parse(text: str, path: Path) -> yamlfile.YamlDocument | None:
    loader = yamlfile._NoAliasComposer(text)
    try:
        node = loader.get_single_node()
        assert node is not None
        lines: dict[yamlfile.KeyPath, int] = {(): node.start_mark.line + 1}
        data = yamlfile._construct(loader, node, (), lines, [], "x")
        return yamlfile.YamlDocument(path, "x", data, lines)
    finally:
        loader.dispose()


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML was built without libyaml")
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.relative_to(SAMPLE).as_posix())
def test_fast_and_slow_paths_agree(path: Path) -> None:
    text = path.read_text("utf-8")
    fast_read = fast_path(text)
    assert fast_read is not None  # the fast path is taken
    fast_read[0].dispose()  # type: ignore[attr-defined]
    fast, problems = yamlfile.parse_yaml(text, path, "x")
    slow = slow_parse(text, path)
    assert problems == []
    assert fast is not None and slow is not None
    assert (fast.data, dict(fast.lines)) == (slow.data, dict(slow.lines))


@pytest.mark.parametrize(
    "text", ["a: &x 1\nb: *x\n", "a: b\n- c\n", "--- 1\n--- 2\n", "a: !!python/name:os.system x\n"]
)
def test_unusual_files_take_the_checked_path(text: str) -> None:
    fast = fast_path(text)
    if "python" in text:  # a tag is plain YAML to libyaml; the construction refuses it
        assert fast is not None
        fast[0].dispose()  # type: ignore[attr-defined]
    else:
        assert fast is None
    document, problems = yamlfile.parse_yaml(text, Path("x.yaml"), "x.yaml")
    assert document is None and len(problems) == 1
