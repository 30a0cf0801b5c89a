"""Check a parsed YAML file against the JSON Schema of its format, with messages for people.

The formats are declared once, as JSON Schema files in `cowork/schemas/`, which editors also use for
completion. jsonschema finds the errors; this module turns each into a `Problem` that names the key,
its line, what was expected and what was found, with a "did you mean" hint for misspelt keys.
A schema may give a human description of a value with the `x-expected` keyword (in English: `make
translations` extracts it into the core's catalogs with the messages of the code).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cowork.files import fastschema
from cowork.files.formats import FORMATS
from cowork.files.yamlfile import KeyPath, YamlDocument, format_keypath
from cowork.problems import Problem, sorted_problems
from cowork.text.messages import Message, either, msg, verbatim

if TYPE_CHECKING:
    from jsonschema import FormatChecker
    from jsonschema.exceptions import ValidationError

# jsonschema is imported only when a file may have problems (see `check_document`): it is a
# third of a pull-request check's time, and most files are valid.

_FORMAT_NAMES = {
    "date": msg("a date written YYYY-MM-DD"),
    "date-time": msg("a date and time written YYYY-MM-DD HH:MM"),
    "uri": msg("a full web address such as https://example.org"),
    "email": msg("an email address"),
}

_TYPE_NAMES = {
    "string": msg("text"),
    "integer": msg("a whole number"),
    "number": msg("a number"),
    "boolean": msg("true or false"),
    "array": msg("a list"),
    "object": msg("a mapping of keys to values"),
    "null": msg("nothing"),
}

_TYPE_HINTS = {
    # How a person who does not know YAML writes each kind of value.
    "string": msg("put the value in quotes so that it is read as text"),
    "integer": msg("write a whole number, without quotes or units"),
    "number": msg("write a number, without quotes or units, with a point for decimals"),
    "boolean": msg("write true or false, without quotes"),
    "array": msg("write one item per line below the key, each line starting with '- '"),
    "object": msg("write each key on its own line below, indented by two spaces"),
}


def _type_hint(schema: Mapping[str, Any], keypath: KeyPath) -> Message | None:
    """How to write a value of the kind `schema` asks for, when that is the whole fix."""
    if not keypath or "format" in schema:
        # At the file's top "below" means nothing; a date in quotes is still not a date.
        return None
    return _TYPE_HINTS.get(str(schema.get("type")))


def format_checker() -> FormatChecker:
    """jsonschema's checkers, with the kit's own for the formats its schemas use
    (`cowork.files.formats`: the fast first pass calls the same functions)."""
    from jsonschema import FormatChecker

    checker = FormatChecker()
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    return checker


SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
"""The kit's schemas (a plain path, as the catalogs': `importlib.resources` costs a pull-request
check 5 ms to import and to answer the first time)."""


@cache
def load_schema(name: str) -> Mapping[str, Any]:
    """The schema shipped as `cowork/schemas/<name>.schema.json`."""
    text = (SCHEMAS / f"{name}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    # Not checked against the metaschema here: that costs a quarter of a second per schema and
    # build, and the shipped schemas are fixed (tests/core/test_core_schemas.py checks them).
    return schema


def to_json_data(value: Any) -> Any:
    """YAML data as JSON data: dates and times become ISO 8601 text, as the schemas expect."""
    if isinstance(value, dict):
        return {str(k): to_json_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json_data(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def describe_value(value: Any) -> Message:
    """How a found value is shown in a message: short, quoted, with its kind."""
    if value is None:
        return msg("nothing")
    if isinstance(value, bool):
        return msg("{value}", value="true" if value else "false")
    if isinstance(value, int | float):
        return msg("the number {value}", value=value)
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return msg("'{value}'", value=shown)
    if isinstance(value, list):
        return msg("a list of {count}", count=len(value))
    if isinstance(value, dict):
        return msg("a mapping")
    return msg("{value}", value=repr(value))


def expected_text(text: object) -> Message:
    """A schema's `x-expected` description, translated like the code's messages."""
    return Message(str(text))


def describe_schema(schema: Mapping[str, Any]) -> Message:
    """What a schema asks for, in words."""
    if "x-expected" in schema:
        return expected_text(schema["x-expected"])
    if "enum" in schema:
        return msg("one of {values}", values=", ".join(f"'{v}'" for v in schema["enum"]))
    if "const" in schema:
        return msg("'{value}'", value=str(schema["const"]))
    for combined in ("anyOf", "oneOf"):
        if combined in schema:
            return either(describe_schema(option) for option in schema[combined])
    kind = schema.get("type")
    if isinstance(kind, list):
        return either(_TYPE_NAMES.get(str(k), msg("{value}", value=str(k))) for k in kind)
    if schema.get("format") in _FORMAT_NAMES:
        return _FORMAT_NAMES[schema["format"]]
    return _TYPE_NAMES.get(str(kind), msg("a valid value"))


def validate_document(doc: YamlDocument, schema: Mapping[str, Any]) -> list[Problem]:
    """Every schema error in `doc`, each as a `Problem` with its line, in reading order."""
    return check_document(doc, schema)[0]


def check_document(
    doc: YamlDocument, schema: Mapping[str, Any]
) -> tuple[list[Problem], frozenset[KeyPath]]:
    """The schema's problems in `doc`, and the key paths it refused: a value of the wrong kind,
    a key it does not know, a required key that is missing. The rules beyond the schema read
    only what it accepted (see `is_accepted`), so one run reports both."""
    data = to_json_data(doc.data)
    if fastschema.passes(data, schema):
        # What the fast pass accepts, jsonschema accepts too: there is nothing to tell.
        return [], frozenset()
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema, format_checker=format_checker())
    problems: list[Problem] = []
    refused: set[KeyPath] = set()
    for error in validator.iter_errors(data):
        problems.extend(_problems_from(error, doc))
        refused.update(_refused_paths(error))
    # jsonschema raises one "required" error per missing key, and each lists them all: keep one
    # of each problem, in the order a person reads the file.
    return sorted_problems(dict.fromkeys(problems)), frozenset(refused)


def is_accepted(keypath: KeyPath, refused: frozenset[KeyPath]) -> bool:
    """Whether the schema refused nothing at `keypath`, above it or inside it."""
    return not any(
        keypath[: len(path)] == path or path[: len(keypath)] == keypath for path in refused
    )


def _refused_paths(error: ValidationError) -> Iterator[KeyPath]:
    keypath: KeyPath = tuple(error.absolute_path)
    instance = error.instance
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        # The mapping is fine but for its unknown keys: refuse those alone.
        known = error.schema.get("properties", {}) if isinstance(error.schema, Mapping) else {}
        yield from ((*keypath, key) for key in instance if key not in known)
    elif error.validator == "required" and isinstance(instance, dict):
        yield from ((*keypath, key) for key in error.validator_value if key not in instance)
    else:
        yield keypath


_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def rewrite_hint(value: object) -> Message | None:
    """The value as it should be written, for the mistakes people make most: a date written
    day first, an address without the s of https."""
    if not isinstance(value, str):
        return None
    day_first = _DAY_FIRST.match(value.strip())
    if day_first:
        day, month, year = (int(part) for part in day_first.groups())
        if 1 <= day <= 31 and 1 <= month <= 12:
            return msg("write the year first: {date}", date=f"{year:04d}-{month:02d}-{day:02d}")
    if value.startswith("http://"):
        return msg("write https:// instead: {url}", url=f"https://{value.removeprefix('http://')}")
    return None


def _problems_from(error: ValidationError, doc: YamlDocument) -> Iterator[Problem]:
    keypath: KeyPath = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    kind = error.validator

    def problem(message: Message, path: KeyPath = keypath, hint: Message | None = None) -> Problem:
        return Problem(doc.relpath, doc.line_of(path), format_keypath(path), message, hint=hint)

    if kind == "additionalProperties" and isinstance(error.instance, dict):
        known = sorted(schema.get("properties", {}))
        for key in error.instance:
            if key in known:
                continue
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            hint = (
                msg("did you mean '{key}'?", key=close[0])
                if close
                else msg("known keys: {keys}", keys=", ".join(known))
            )
            yield problem(msg("unknown key '{key}'", key=key), (*keypath, key), hint)
    elif kind == "required":
        missing = [key for key in error.validator_value if key not in error.instance]
        for key in missing:
            wanted = schema.get("properties", {}).get(key, {})
            examples = wanted.get("examples") if isinstance(wanted, Mapping) else None
            yield problem(
                msg(
                    "missing required key '{key}': expected {expected}",
                    key=key,
                    expected=describe_schema(wanted),
                ),
                keypath,
                msg(
                    "add a line such as '{line}' beside the other keys here",
                    line=f"{key}: {examples[0]}",
                )
                if examples
                else msg("add a line '{key}: …' beside the other keys here", key=key),
            )
    elif kind in {"type", "format", "pattern", "enum", "const", "oneOf", "anyOf"}:
        yield problem(
            msg(
                "expected {expected}, found {found}",
                expected=describe_schema(schema),
                found=describe_value(error.instance),
            ),
            hint=rewrite_hint(error.instance)
            or (_type_hint(schema, keypath) if kind == "type" else None),
        )
    elif kind in {"maxLength", "minLength"}:
        limit, found = error.validator_value, len(error.instance)
        described = schema.get("x-expected")
        yield problem(
            msg("expected at most {limit} characters, found {found}", limit=limit, found=found)
            if kind == "maxLength"
            else msg(
                "expected at least {limit} characters, found {found}", limit=limit, found=found
            ),
            hint=expected_text(described) if described else None,
        )
    elif kind in {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}:
        limit, found = error.validator_value, error.instance
        if kind == "minimum":
            yield problem(msg("expected at least {limit}, found {found}", limit=limit, found=found))
        elif kind == "maximum":
            yield problem(msg("expected at most {limit}, found {found}", limit=limit, found=found))
        elif kind == "exclusiveMinimum":
            yield problem(
                msg("expected more than {limit}, found {found}", limit=limit, found=found)
            )
        else:
            yield problem(
                msg("expected less than {limit}, found {found}", limit=limit, found=found)
            )
    elif kind == "uniqueItems":
        repeated = [v for i, v in enumerate(error.instance) if v in error.instance[:i]]
        yield problem(
            msg(
                "expected no repeated items, found {found} twice", found=describe_value(repeated[0])
            )
        )
    elif kind in {"maxItems", "minItems"}:
        limit, found = error.validator_value, len(error.instance)
        yield problem(
            msg("expected at most {limit} items, found {found}", limit=limit, found=found)
            if kind == "maxItems"
            else msg("expected at least {limit} items, found {found}", limit=limit, found=found)
        )
    else:
        # jsonschema's own words: a keyword none of the kit's schemas uses yet.
        yield problem(verbatim(error.message))
