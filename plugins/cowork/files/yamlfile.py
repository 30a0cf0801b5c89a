"""Read one YAML data file safely, keeping the line of every key for error messages.

Member and event files are written by people we do not know, in pull requests. So this loader:
refuses files over a size limit before parsing; refuses every tag outside plain YAML data (so
`!!python/object` is reported, never constructed); refuses anchors and aliases (no "billion laughs"
expansion, and member files have no use for them); reports duplicate keys, which YAML would
otherwise silently drop; refuses nesting deeper than a data file needs, from the stream of parse
events and before any node is built (PyYAML builds nodes recursively: a few thousand brackets would
exhaust Python's stack, tens of thousands libyaml's); refuses control characters and lone
surrogates in every text. Every problem comes back as a `Problem` with its line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import Reader

from cowork.problems import Problem, unexpected
from cowork.text.clean import describe_character, unwritable
from cowork.text.messages import Message, msg

SYNTAX_ERROR = msg("YAML syntax error: {reason}").msgid

MAX_BYTES = 100_000
"""Files over this size are refused unread: no member or event needs 100 kB of YAML."""
MAX_DEPTH = 20
"""Lists and mappings nested deeper than this are refused: member and event files need four."""

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
    def __init__(
        self, node: Node | yaml.Mark, message: Message, hint: Message | None = None
    ) -> None:
        mark = node.start_mark if isinstance(node, Node) else node
        self.line = mark.line + 1
        self.column = mark.column + 1
        self.message = message
        self.hint = hint
        super().__init__(str(message))


class _NoAliasComposer(yaml.SafeLoader):
    """A safe loader whose composer refuses anchors and aliases at the first one it meets."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _RefusedError(
                event.start_mark,
                msg(
                    "found the alias '*{anchor}': anchors and aliases are not allowed here",
                    anchor=event.anchor,
                ),
                msg("write the value out in full"),
            )
        event = self.peek_event()  # type: ignore[no-untyped-call]
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise _RefusedError(
                event.start_mark,
                msg(
                    "found the anchor '&{anchor}': anchors and aliases are not allowed here",
                    anchor=anchor,
                ),
                msg("write the value out in full"),
            )
        return super().compose_node(parent, index)


def load_yaml(path: Path, root: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse `path` (shown relative to `root`); the document is None when it cannot be used."""
    relpath = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    if path.is_symlink():
        # A link could point anywhere (a device that never ends, a file of the machine).
        return None, [Problem(relpath, None, "", msg("expected a file, found a symbolic link"))]
    if not path.is_file():
        return None, [
            Problem(relpath, None, "", msg("expected a file, found a folder or a device"))
        ]
    size = path.stat().st_size
    if size > MAX_BYTES:
        return None, [
            Problem(
                relpath,
                None,
                "",
                msg(
                    "file is too large: expected at most {limit} bytes, found {size} bytes",
                    limit=MAX_BYTES,
                    size=size,
                ),
                hint=msg("keep one member or event per file, and long texts short"),
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
                msg(
                    "file is not UTF-8 text: found the byte {byte}",
                    byte=f"0x{raw[error.start]:02x}",
                ),
                hint=msg("save the file with the UTF-8 encoding"),
            )
        ]
    return parse_yaml(text, path, relpath)


def parse_yaml(text: str, path: Path, relpath: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse `text`, the contents of `path` (shown as `relpath`): see the module's docstring."""
    invisible = _unreadable_characters(text, relpath)
    if invisible:
        return None, invisible
    try:
        doc, problems = _parse(text, path, relpath)
        if doc is not None or not any(p.message.msgid == SYNTAX_ERROR for p in problems):
            return doc, problems
        # YAML stops at its first error: the text pass names every hand-made mistake at once,
        # and its repaired text lets the checks after parsing report theirs in the same run.
        # (Imported here: most files parse, and a pull-request check loads only what it needs.)
        from cowork.files.yamltext import review_yaml_text

        review = review_yaml_text(text, relpath)
        if not review.problems:
            return doc, problems
        repaired, more = _parse(review.repaired, path, relpath)
        return repaired, review.problems + more
    except (RecursionError, MemoryError, ValueError, TypeError) as error:
        return None, [unexpected(relpath, error)]


def _parse(text: str, path: Path, relpath: str) -> tuple[YamlDocument | None, list[Problem]]:
    try:
        plain = _scan(text)
    except _RefusedError as refused:
        return None, [_refusal(relpath, refused)]
    # libyaml (C) reads a plain file about ten times faster. Anything unusual in it (an anchor,
    # an alias, a syntax error) sends the file to the pure-Python loader, whose refusals and
    # messages are the ones people read. Tags and duplicate keys are checked below either way.
    fast = _compose_with_libyaml(text) if plain else None
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
        return None, [_refusal(relpath, refused)]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        # PyYAML's own words, in English: the text pass below says the usual mistakes plainly.
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
                msg(SYNTAX_ERROR, reason=reason),
                column=column,
                hint=msg("check the indentation and the quotes around this line"),
            )
        ]
    except yaml.YAMLError as error:
        return None, [Problem(relpath, None, "", msg(SYNTAX_ERROR, reason=str(error)))]
    finally:
        loader.dispose()  # type: ignore[attr-defined]


def _unreadable_characters(text: str, relpath: str) -> list[Problem]:
    """Each character YAML refuses to read at all (a control character typed or pasted as it is,
    not written as an escape): PyYAML stops at the first with a bare exception."""
    problems = []
    for found in Reader.NON_PRINTABLE.finditer(text):
        start = found.start()
        problems.append(
            Problem(
                relpath,
                text.count("\n", 0, start) + 1,
                "",
                _control_character(describe_character(found.group())),
                column=start - text.rfind("\n", 0, start),
                hint=msg(
                    "delete this invisible character (text copied from another program often "
                    "brings one); most editors do not show it"
                ),
            )
        )
    return problems


def _refusal(relpath: str, refused: _RefusedError) -> Problem:
    return Problem(
        relpath, refused.line, "", refused.message, hint=refused.hint, column=refused.column
    )


def _scan(text: str) -> bool:
    """Read the stream of parse events (iteratively: no recursion, whatever the nesting) and
    refuse nesting deeper than `MAX_DEPTH`; True when the file is plain (no anchor, no alias,
    no syntax error), so that libyaml may build its nodes."""
    loader = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader
    depth = 0
    plain = True
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                plain = False
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _RefusedError(
                        cast(yaml.Mark, event.start_mark),
                        msg(
                            "expected lists and mappings nested at most {depth} levels deep, "
                            "found more than {depth} levels here",
                            depth=MAX_DEPTH,
                        ),
                        msg(
                            "a member or event file needs a few levels: remove the extra "
                            "brackets or indentation"
                        ),
                    )
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return False
    return plain and loader is not yaml.SafeLoader


def _compose_with_libyaml(text: str) -> tuple[SafeConstructor, Node | None] | None:
    """The libyaml loader and root node of a plain file (None on any error: the Python loader
    then says what it is)."""
    loader = yaml.CSafeLoader(text)
    try:
        return loader, loader.get_single_node()
    except yaml.YAMLError:
        loader.dispose()
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
        raise _RefusedError(
            node, msg("merge keys ('<<') are not allowed here"), msg("write the keys out")
        )
    if node.tag not in _PLAIN_TAGS:
        # Shown as written: '!!python/object', not 'tag:yaml.org,2002:python/object'.
        written = node.tag.replace(_YAML_TAG_PREFIX, "!!", 1)
        raise _RefusedError(
            node,
            msg(
                "the YAML tag '{tag}' is not allowed: only plain text, numbers, dates, "
                "lists and mappings are",
                tag=written,
            ),
            msg("remove the tag"),
        )
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise _RefusedError(
                    key_node,
                    msg("a key must be plain text, found a list")
                    if isinstance(key_node, SequenceNode)
                    else msg("a key must be plain text, found a mapping"),
                    msg("write the key as a word, such as 'name'"),
                )
            _construct(loader, key_node, keypath, lines, problems, relpath)  # refuses tags
            # Keys stay as written: `yes:` is the key 'yes' (not True), `1:` the key '1'.
            key = key_node.value
            child = (*keypath, key)
            if unwritable(key, one_line=True):
                line = key_node.start_mark.line + 1
                message = msg("{problem} in a key", problem=_unclean(key, True))
                problems.append(Problem(relpath, line, "", message, hint=_UNCLEAN_HINT))
                continue
            if key in result:
                problems.append(
                    Problem(
                        relpath,
                        key_node.start_mark.line + 1,
                        format_keypath(child),
                        msg(
                            "duplicate key: '{key}' is already set on line {line}",
                            key=key,
                            line=lines[child],
                        ),
                        hint=msg("keep one of the two"),
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
        value = loader.construct_object(node, deep=True)
    except ValueError:
        # Looks like a date but is not one (2026-13-45): keep the text, the schema says why.
        value = node.value
    if isinstance(value, str) and unwritable(value):
        line = node.start_mark.line + 1
        message = _unclean(value, False)
        problems.append(
            Problem(relpath, line, format_keypath(keypath), message, hint=_UNCLEAN_HINT)
        )
    return value


_UNCLEAN_HINT = msg(
    "retype the text: in quotes, an escape such as \\x1b or \\ud800 writes such a character"
)


def _unclean(text: str, one_line: bool) -> Message:
    return _control_character(unwritable(text, one_line) or "")


def _control_character(found: Message | str) -> Message:
    """The problem of a control character, described (`cowork.text.clean.describe_character`)."""
    return msg("expected text without control characters, found {found}", found=found)
