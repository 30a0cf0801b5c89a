"""Read one YAML data file safely, keeping the line of every key for error messages.

Member and event files are written by people we do not know, in pull requests. So this loader:
refuses files over a size limit before parsing; refuses every tag outside plain YAML data (so
`!!python/object` is reported, never constructed); refuses anchors and aliases (no "billion laughs"
expansion, and member files have no use for them); reports duplicate keys, which YAML would
otherwise silently drop. Every problem comes back as a `Problem` with its line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cowork.files.yamltext import review_yaml_text
from cowork.problems import Problem

SYNTAX_ERROR = "YAML syntax error"

MAX_BYTES = 100_000
"""Files over this size are refused unread: no member or event needs 100 kB of YAML."""

KeyPath = tuple[str | int, ...]

_YAML_TAG_PREFIX = "tag:yaml.org,2002:"
_PLAIN_TAGS = {
    _YAML_TAG_PREFIX + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
_MERGE_TAG = _YAML_TAG_PREFIX + "merge"


@dataclass(frozen=True)
class YamlDocument:
    """A parsed file: plain Python data and the line where each key path starts."""

    path: Path
    relpath: str
    data: Any
    lines: Mapping[KeyPath, int] = field(default_factory=dict)

    def line_of(self, keypath: KeyPath) -> int:
        """The line of `keypath`, or of its nearest ancestor that has one (1 for the file)."""
        for end in range(len(keypath), -1, -1):
            line = self.lines.get(keypath[:end])
            if line is not None:
                return line
        return 1


def format_keypath(keypath: KeyPath) -> str:
    """`("links", "website")` → `links.website`; `("skills", 2)` → `skills[2]`."""
    text = ""
    for part in keypath:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


class _RefusedError(Exception):
    def __init__(self, node: Node | yaml.Mark, message: str, hint: str | None = None) -> None:
        mark = node.start_mark if isinstance(node, Node) else node
        self.line = mark.line + 1
        self.column = mark.column + 1
        self.message = message
        self.hint = hint
        super().__init__(message)


class _NoAliasComposer(yaml.SafeLoader):
    """A safe loader whose composer refuses anchors and aliases at the first one it meets."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _RefusedError(
                event.start_mark,
                f"found the alias '*{event.anchor}': anchors and aliases are not allowed here",
                "write the value out in full",
            )
        event = self.peek_event()  # type: ignore[no-untyped-call]
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise _RefusedError(
                event.start_mark,
                f"found the anchor '&{anchor}': anchors and aliases are not allowed here",
                "write the value out in full",
            )
        return super().compose_node(parent, index)


def load_yaml(path: Path, root: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse `path` (shown relative to `root`); the document is None when it cannot be used."""
    relpath = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    size = path.stat().st_size
    if size > MAX_BYTES:
        return None, [
            Problem(
                relpath,
                None,
                "",
                f"file is too large: expected at most {MAX_BYTES} bytes, found {size} bytes",
                hint="keep one member or event per file, and long texts short",
            )
        ]
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [
            Problem(
                relpath,
                raw[: error.start].count(b"\n") + 1,
                "",
                f"file is not UTF-8 text: found the byte 0x{raw[error.start]:02x}",
                hint="save the file with the UTF-8 encoding",
            )
        ]
    return parse_yaml(text, path, relpath)


def parse_yaml(text: str, path: Path, relpath: str) -> tuple[YamlDocument | None, list[Problem]]:
    doc, problems = _parse(text, path, relpath)
    if doc is not None or not any(p.message.startswith(SYNTAX_ERROR) for p in problems):
        return doc, problems
    # YAML stops at its first error: the text pass names every hand-made mistake at once, and
    # its repaired text lets the checks after parsing report theirs in the same run.
    review = review_yaml_text(text, relpath)
    if not review.problems:
        return doc, problems
    repaired, more = _parse(review.repaired, path, relpath)
    return repaired, review.problems + more


def _parse(text: str, path: Path, relpath: str) -> tuple[YamlDocument | None, list[Problem]]:
    # libyaml (C) reads a plain file about ten times faster. Anything unusual in it (an anchor,
    # an alias, a syntax error) sends the file to the pure-Python loader, whose refusals and
    # messages are the ones people read. Tags and duplicate keys are checked below either way.
    fast = _read_plain_with_libyaml(text)
    loader: SafeConstructor = fast[0] if fast else _NoAliasComposer(text)
    try:
        node = fast[1] if fast else loader.get_single_node()  # type: ignore[attr-defined]
        if node is None:
            return YamlDocument(path, relpath, None, {}), []
        lines: dict[KeyPath, int] = {(): node.start_mark.line + 1}
        problems: list[Problem] = []
        data = _construct(loader, node, (), lines, problems, relpath)
        return YamlDocument(path, relpath, data, lines), problems
    except _RefusedError as refused:
        return None, [
            Problem(
                relpath, refused.line, "", refused.message, hint=refused.hint, column=refused.column
            )
        ]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        reason = error.problem or error.context or "invalid YAML"
        # The context ("while parsing a flow sequence") says where the unfinished part began.
        if (
            error.problem
            and error.context
            and error.context_mark
            and mark is not error.context_mark
        ):
            reason = f"{error.context} (line {error.context_mark.line + 1}), {reason}"
        return None, [
            Problem(
                relpath,
                line,
                "",
                f"{SYNTAX_ERROR}: {reason}",
                column=column,
                hint="check the indentation and the quotes around this line",
            )
        ]
    except yaml.YAMLError as error:
        return None, [Problem(relpath, None, "", f"{SYNTAX_ERROR}: {error}")]
    finally:
        loader.dispose()  # type: ignore[attr-defined]


def _read_plain_with_libyaml(text: str) -> tuple[SafeConstructor, Node | None] | None:
    """The loader and root node of a file without anchors or aliases, or None."""
    if not getattr(yaml, "__with_libyaml__", False):
        return None
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                return None
        loader = yaml.CSafeLoader(text)
        try:
            return loader, loader.get_single_node()
        except yaml.YAMLError:
            loader.dispose()
            raise
    except yaml.YAMLError:
        return None


def _construct(
    loader: SafeConstructor,
    node: Node,
    keypath: KeyPath,
    lines: dict[KeyPath, int],
    problems: list[Problem],
    relpath: str,
) -> Any:
    if node.tag == _MERGE_TAG:
        raise _RefusedError(node, "merge keys ('<<') are not allowed here", "write the keys out")
    if node.tag not in _PLAIN_TAGS:
        # Shown as written: '!!python/object', not 'tag:yaml.org,2002:python/object'.
        written = node.tag.replace(_YAML_TAG_PREFIX, "!!", 1)
        raise _RefusedError(
            node,
            f"the YAML tag '{written}' is not allowed: only plain text, numbers, dates, "
            "lists and mappings are",
            "remove the tag",
        )
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise _RefusedError(
                    key_node,
                    "a key must be plain text, found a "
                    + ("list" if isinstance(key_node, SequenceNode) else "mapping"),
                    "write the key as a word, such as 'name'",
                )
            _construct(loader, key_node, keypath, lines, problems, relpath)  # refuses tags
            # Keys stay as written: `yes:` is the key 'yes' (not True), `1:` the key '1'.
            key = key_node.value
            child = (*keypath, key)
            if key in result:
                problems.append(
                    Problem(
                        relpath,
                        key_node.start_mark.line + 1,
                        format_keypath(child),
                        f"duplicate key: '{key}' is already set on line {lines[child]}",
                        hint="keep one of the two",
                    )
                )
                continue
            lines[child] = key_node.start_mark.line + 1
            result[key] = _construct(loader, value_node, child, lines, problems, relpath)
        return result
    if isinstance(node, SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            child = (*keypath, index)
            lines[child] = item.start_mark.line + 1
            items.append(_construct(loader, item, child, lines, problems, relpath))
        return items
    assert isinstance(node, ScalarNode)
    try:
        return loader.construct_object(node, deep=True)
    except ValueError:
        # Looks like a date but is not one (2026-13-45): keep the text, the schema says why.
        return node.value
