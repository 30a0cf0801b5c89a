"""A fast first answer to "does this file pass its schema?", so that a valid file needs no
jsonschema.

jsonschema stays the authority: it finds the problems, and `cowork.files.schema` words them for
people. But importing it is a third of a pull-request check's time, and most files are valid.
fastjsonschema turns each of the kit's schemas into plain Python code, generated once and
committed (`cowork/files/schemacode/`, as the compiled message catalogs are); when that code
accepts a file, no problem can come from the schema and jsonschema is not imported. When it
refuses the file, or cannot tell, jsonschema decides, as before.

The code is never more lenient than jsonschema on the kit's schemas, by construction:
- the schemas use only keywords that mean the same in draft 7, which fastjsonschema knows, and
  in 2020-12, which they declare (`unsupported_keywords` says which others a schema uses; the
  generation refuses them);
- the same regular expressions engine (Python's `re`; fastjsonschema reads a pattern's `$` as
  `\\Z`, which is stricter), the same format functions (`cowork.files.formats`);
- defaults are never filled in.
A generated module answers only for the very schema it was made from. And a test runs both
validators over every document the suite knows (tests/core/test_fast_schema.py).

After a change to a schema: `python -m cowork.files.fastschema` writes the code again
(tests/core/test_fast_schema.py fails until it is done; until then jsonschema checks every file).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from cowork.files.formats import FORMATS

SCHEMAS = ("member", "event", "space")
"""The kit's schemas (`cowork/schemas/<name>.schema.json`), each with its generated module."""
PACKAGE = "cowork.files.schemacode"

KEYWORDS = frozenset(
    {
        # Assertions that mean the same in draft 7 and in 2020-12.
        *("type", "enum", "const", "format", "pattern", "minLength", "maxLength"),
        *("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"),
        *("properties", "additionalProperties", "required", "propertyNames"),
        *("minProperties", "maxProperties", "items", "minItems", "maxItems", "uniqueItems"),
        *("oneOf", "anyOf", "allOf", "not", "$ref", "$defs"),
    }
)
"""What a kit schema may say, besides annotations. Not here, for instance: `prefixItems`,
`dependentRequired`, `unevaluatedProperties` (unknown to draft 7: ignored, so more lenient), or
`multipleOf` (fastjsonschema divides decimals, and accepts 19.01 as a multiple of 0.01, which
jsonschema's floats refuse)."""
ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "title", "description", "x-expected", "examples", "default"}
)
"""Words for people and editors: no validator reads them (`default` is never filled in)."""

Validate = Callable[..., Any]

_known: dict[int, tuple[Mapping[str, Any], Validate | None]] = {}
"""Each schema seen, by identity (`load_schema` keeps one object per schema), with its code."""


def passes(data: Any, schema: Mapping[str, Any]) -> bool:
    """Whether `data` surely passes `schema`: False when it does not, and when this cannot tell
    (a schema without generated code, fastjsonschema missing, anything unforeseen)."""
    validate = _validator(schema)
    if validate is None:
        return False
    try:
        validate(data, custom_formats=FORMATS)
    except Exception:  # refused (JsonSchemaValueException), or unforeseen: jsonschema decides
        return False
    return True


def _validator(schema: Mapping[str, Any]) -> Validate | None:
    seen = _known.get(id(schema))
    if seen is not None and seen[0] is schema:
        return seen[1]
    found = _generated(schema)
    _known[id(schema)] = (schema, found)
    return found


def _generated(schema: Mapping[str, Any]) -> Validate | None:
    """The generated code made from exactly `schema`, if there is one."""
    name = str(schema.get("$id", "")).rpartition("/")[2].removesuffix(".schema.json")
    if name not in SCHEMAS:
        return None
    try:
        module = importlib.import_module(f"{PACKAGE}.{name}")
    except ImportError:  # fastjsonschema not installed: jsonschema checks every file
        return None
    if schema != module.SCHEMA:
        return None  # the schema changed since its code was generated
    validate: Validate = module.validate
    return validate


def unsupported_keywords(schema: Any, path: str = "#") -> Iterator[str]:
    """Where `schema` says something the generated code might read more leniently than
    jsonschema, as JSON pointers with the keyword."""
    if isinstance(schema, bool):
        return
    if not isinstance(schema, Mapping):
        yield f"{path}: not a schema"
        return
    for key in schema:
        if key not in KEYWORDS | ANNOTATIONS:
            yield f"{path}/{key}"
    if "$ref" in schema:
        # Draft 7 ignores every keyword beside a $ref; 2020-12 applies them.
        yield from (f"{path}/{key} beside $ref" for key in schema if key in KEYWORDS - {"$ref"})
        if not str(schema["$ref"]).startswith("#/"):
            yield f"{path}/$ref outside the schema"
    if "format" in schema and schema["format"] not in FORMATS:
        yield f"{path}/format {schema['format']}"
    for key in ("properties", "$defs"):
        for name, sub in dict(schema.get(key, {})).items():
            yield from unsupported_keywords(sub, f"{path}/{key}/{name}")
    for key in ("additionalProperties", "propertyNames", "items", "not"):
        if key in schema:
            # `items` as a list is draft 7's tuple form (2020-12's prefixItems): refused above.
            yield from unsupported_keywords(schema[key], f"{path}/{key}")
    for key in ("oneOf", "anyOf", "allOf"):
        for index, sub in enumerate(schema.get(key, [])):
            yield from unsupported_keywords(sub, f"{path}/{key}/{index}")


HEADER = '''"""Generated from cowork/schemas/{name}.schema.json by fastjsonschema, through
`python -m cowork.files.fastschema`: do not edit (see cowork.files.fastschema)."""

'''


def generated_code(name: str) -> str:
    """The module `python -m cowork.files.fastschema` writes for schema `name`."""
    import fastjsonschema

    from cowork.files.schema import SCHEMAS

    text = (SCHEMAS / f"{name}.schema.json").read_text("utf-8")
    schema = json.loads(text)
    refused = list(unsupported_keywords(schema))
    if refused:
        raise ValueError(f"{name}.schema.json: no fast validation for {', '.join(refused)}")
    options: dict[str, Any] = {
        # Only the schema's own definitions: never a reference fetched from elsewhere.
        "handlers": {scheme: _no_remote for scheme in ("http", "https", "file")},
        "formats": dict(FORMATS),
        "use_default": False,
        "detailed_exceptions": False,
    }
    # fastjsonschema rewrites the references of the schema it is given: give it copies.
    code = fastjsonschema.compile_to_code(json.loads(text), **options)
    entry = fastjsonschema.compile(json.loads(text), **options).__name__
    return (
        HEADER.format(name=name)
        + code.rstrip("\n")
        + f"\n\n\nvalidate = {entry}\n\nSCHEMA = {schema!r}\n"
    )


def _no_remote(uri: str) -> Any:
    raise ValueError(f"the kit's schemas refer only to their own definitions, not to {uri}")


def write_all(folder: Path) -> list[Path]:
    """Write every schema's module into `folder` (the package `cowork.files.schemacode`)."""
    written = []
    for name in SCHEMAS:
        path = folder / f"{name}.py"
        path.write_text(generated_code(name), "utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all(Path(__file__).parent / "schemacode"):
        print(f"wrote {path}")
