"""A plain-language reading of a YAML file's text, for the files YAML itself cannot read.

A YAML parser stops at its first error, in its own words ("mapping values are not allowed here").
A newcomer who fixes that one and pushes again meets the next: one round trip per mistake. So when
a file does not parse, this pass reads its lines as text and reports every mistake people make
by hand, each at its line with the fix: a tab, a line indented by mistake (the space left by
removing a `#`), a missing space after a colon, an unclosed quote or bracket, an apostrophe that
ends a quoted text, a colon inside a value. It also gives back the text with those mistakes
repaired, so that the checks after parsing (keys, dates, addresses) can report theirs in the same
run, at the same lines.

It is run only on files that do not parse: a valid file is never second-guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cowork.files.yamlflow import Flow, closing_quote, unclosed
from cowork.problems import Problem
from cowork.text.messages import Message, msg, nmsg

_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*):(?P<rest>.*)$")
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?\d*\s*(#.*)?$")
HINT_TAB = msg("replace the tab with spaces: YAML only accepts spaces")

_Reporter = Callable[[int, Message, Message], None]


@dataclass(frozen=True)
class TextReview:
    """The plain-language problems of a YAML text that does not parse, and the text repaired."""

    problems: list[Problem]
    repaired: str
    """The text with every reported mistake repaired, line for line."""


def review_yaml_text(text: str, relpath: str) -> TextReview:
    lines = text.split("\n")
    problems: list[Problem] = []

    def report(number: int, message: Message, hint: Message) -> None:
        problems.append(Problem(relpath, number, "", message, hint=hint))

    levels: list[int] = []  # indents of the keys that enclose the current line
    opened: int | None = None  # indent of a key whose value is a block below it
    block_text: int | None = None  # indent of a `key: |` whose text lines follow
    flow_ends = -1  # the last line of a list or mapping in brackets that goes on over lines
    for index, original in enumerate(lines):
        number = index + 1
        line = original
        if index <= flow_ends:
            continue
        lead = len(line) - len(line.lstrip(" \t"))
        tab_first = "\t" in line[:lead]
        if "\t" in line:
            report(number, msg("a tab is in this line"), HINT_TAB)
            line = line[:lead].replace("\t", "  ") + line[lead:].replace("\t", " ")
        stripped = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if block_text is not None:
            if not stripped or indent > block_text:
                lines[index] = line
                continue
            block_text = None
        if not stripped or stripped.startswith("#") or stripped == "---":
            lines[index] = line
            continue
        match = _KEY_LINE.match(line)
        if match is None:
            lines[index] = line
            continue
        if match["dash"]:
            # A list item: allowed at or under the key that opened it; its keys sit after "- ",
            # and the item's next keys line up with its first (`url:` under `- label:`).
            indent_of_keys = indent + len(match["dash"])
            levels = [level for level in levels if level < indent] + [indent, indent_of_keys]
            indent = indent_of_keys
        elif opened is not None and indent > opened:
            levels = [level for level in levels if level <= opened] + [indent]
        elif not levels:
            levels = [indent]
        elif indent not in levels:
            expected = max((level for level in levels if level <= indent), default=levels[0])
            spaces = indent - expected
            if tab_first:
                # One mistake, one message: the tab is what put the line out of place.
                if expected == 0:
                    hint = msg(
                        "remove the tab: YAML only accepts spaces, and '{key}' belongs at the "
                        "start of the line",
                        key=match["key"],
                    )
                else:
                    hint = msg(
                        "remove the tab: YAML only accepts spaces, and '{key}' belongs "
                        "{count} spaces in",
                        key=match["key"],
                        count=expected,
                    )
                problems[-1] = Problem(
                    relpath, number, "", msg("a tab indents this line"), hint=hint
                )
            elif indent > expected and not any(level > expected for level in levels):
                report(
                    number,
                    nmsg(
                        "this line starts with {count} space too many (perhaps left by removing "
                        "a #): YAML reads it as part of the line above",
                        "this line starts with {count} spaces too many (perhaps left by removing "
                        "a #): YAML reads it as part of the line above",
                        spaces,
                    ),
                    nmsg(
                        "remove the space at the start of the line, so that '{key}' lines up "
                        "with the line above",
                        "remove the spaces at the start of the line, so that '{key}' lines up "
                        "with the line above",
                        spaces,
                        key=match["key"],
                    ),
                )
            else:
                report(
                    number,
                    msg(
                        "this line is indented by {indent} spaces, which lines up with no key "
                        "above",
                        indent=indent,
                    ),
                    msg(
                        "indent it by {expected} spaces, like the other keys at its level",
                        expected=expected,
                    ),
                )
            line = " " * expected + line[indent:]
            indent = expected
            match = _KEY_LINE.match(line)
            assert match is not None
        else:
            levels = [level for level in levels if level <= indent]
        rest = match["rest"]
        key = match["key"]
        if rest and not rest[0].isspace():
            if rest.startswith("//"):  # an address such as https://, not a key
                lines[index] = line
                continue
            report(
                number,
                msg(
                    "no space after the colon of '{key}': YAML reads '{word}' as one word",
                    key=key,
                    word=f"{key}:{rest.strip()}",
                ),
                msg("put a space after the colon: {line}", line=f"{key}: {rest.strip()}"),
            )
            line = line[: len(line) - len(rest)] + " " + rest
            rest = " " + rest
        value = rest.strip()
        opened = indent if not value or value.startswith("#") else None
        if _BLOCK_SCALAR.match(value):
            block_text, opened = indent, None
        # A list in brackets may go on over the next lines: its own lines, not keys.
        flow = unclosed(value, lines[index + 1 :], indent) if value[:1] in "[{" else None
        flow_ends = index + (flow.spans if flow is not None else 0)
        if flow is not None and flow.closers:
            repaired_value = _left_open(flow, key, number, flow_ends + 1, report)
            if flow.spans:
                lines[flow_ends] = flow.last + flow.closers
        else:
            repaired_value = _review_value(value, key, number, report)
        if repaired_value is not None:
            line = line[: len(line) - len(rest)] + " " + repaired_value
        lines[index] = line
    return TextReview(problems, "\n".join(lines))


def _review_value(value: str, key: str, number: int, report: _Reporter) -> str | None:
    """Problems with quotes and colons in the value of `key`; the repaired value, if any."""
    if not value or value[0] in "[{|>&*!#":
        return None
    if value[0] in "\"'":
        quote = value[0]
        end = closing_quote(value, quote)
        if end is None:
            report(
                number,
                msg(
                    "the quote {quote} that opens the value of '{key}' is never closed",
                    quote=quote,
                    key=key,
                ),
                msg("end the value with {quote} on the same line", quote=quote),
            )
            return value + quote
        after = value[end + 1 :].strip()
        if after and not after.startswith("#"):
            inner = value[1:].split(" #", 1)[0].rstrip()
            inner = inner.removesuffix(quote).replace('"', "'")
            if quote == "'":
                hint = msg(
                    "an apostrophe inside '…' ends the text: write the value between double "
                    "quotes instead: {line}",
                    line=f'{key}: "{inner}"',
                )
            else:
                hint = msg("remove the text after the closing quote, or put it inside the quotes")
            report(
                number, msg("the value of '{key}' goes on after its closing quote", key=key), hint
            )
            return f'"{inner}"'
        return None
    plain = value.split(" #", 1)[0]
    if ": " in plain or plain.endswith(":"):
        report(
            number,
            msg(
                "the value of '{key}' contains a colon followed by a space, which YAML reads as "
                "a new key",
                key=key,
            ),
            msg("put the value between double quotes: {line}", line=f'{key}: "{plain}"'),
        )
        return '"' + plain.replace('"', "'") + '"'
    return None


def _left_open(flow: Flow, key: str, number: int, end: int, report: _Reporter) -> str | None:
    """A list or mapping never closed, told: the value repaired as what it most likely is, or
    None when it goes on over lines (it is then closed at the end of its last line, `end`)."""
    brace = flow.code.startswith("{")
    if brace:
        said = msg("the brace { that opens the value of '{key}' is never closed", key=key)
    else:
        said = msg("the bracket [ that opens the value of '{key}' is never closed", key=key)
    if flow.spans:
        fixed = (flow.last + flow.closers).strip()
        if brace:
            hint = msg("end it with } at the end of line {end}: {line}", end=end, line=fixed)
        else:
            hint = msg(
                "end the list with ] after its last item, at the end of line {end}: {line}",
                end=end,
                line=fixed,
            )
        report(number, said, hint)
        return None
    closed = flow.code + flow.closers
    if brace:
        report(number, said, msg("end it with } on the same line: {line}", line=f"{key}: {closed}"))
        return closed
    quoted = '"' + flow.code.replace("\\", "\\\\").replace('"', '\\"') + '"'
    hint = msg(
        "end the list with ] on the same line: {closed}; or, if it is a text, put it between "
        "double quotes: {quoted}",
        closed=f"{key}: {closed}",
        quoted=f"{key}: {quoted}",
    )
    report(number, said, hint)
    # Words after the bracket alone (`title: [Dev`) are most likely a text; items, a list.
    text = flow.code[1:].strip() and "," not in flow.code and len(flow.closers) == 1
    return quoted if text else closed
