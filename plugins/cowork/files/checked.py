"""Schema checks kept between builds: a data file that passed its JSON Schema is not checked again
until it changes.

A file's entry is a hash of its bytes together with what its check depends on besides them (the
schema, the code that checks it and reads renamed keys, the kit's version): any change to the
file or to those gives a new hash, so a changed file is always checked. Only files that passed
are kept. A file with problems is checked again at each build, so its problems are the same as a
fresh check's, with their lines and hints; such a file stops the build anyway, so this costs
only while someone fixes it.

One build's verdicts for one format (`member`, `event`) are written at its end, atomically,
keeping only the files that build read: the cache never grows beyond the repository. Without a
folder (`cowork check`, tests of the core) every file is checked.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cowork import __version__
from cowork.files.schema import load_schema, validate_document
from cowork.files.yamlfile import YamlDocument
from cowork.problems import Problem

CACHE_FOLDER = Path(".cache") / "cowork" / "checked"
"""Relative to the site's root; `make clean` removes `.cache/cowork`."""

_CODE = (
    "files/schema.py",
    "files/formats.py",
    "files/fastschema.py",
    "files/renamed.py",
    "files/yamlfile.py",
)
"""The modules whose code decides a file's schema problems, besides the schema itself and its
generated code (`files/schemacode/<schema>.py`)."""


@dataclass
class CheckedFiles:
    """The files of one format known to pass its schema, and those this build saw pass."""

    schema_name: str
    folder: Path | None = None
    known: frozenset[str] = frozenset()
    passed: set[str] = field(default_factory=set)

    @classmethod
    def open(cls, schema_name: str, folder: Path | None) -> CheckedFiles:
        """The verdicts kept in `folder` (none if it has none, or if they cannot be read)."""
        known: frozenset[str] = frozenset()
        if folder is not None:
            try:
                text = (folder / f"{schema_name}.json").read_text("utf-8")
                known = frozenset(str(key) for key in json.loads(text))
            except (OSError, ValueError, TypeError):
                known = frozenset()  # no cache, or a damaged one: every file is checked
        return cls(schema_name, folder, known)

    def validate(self, doc: YamlDocument) -> list[Problem]:
        """`doc`'s schema problems: none without a check if its file passed unchanged before."""
        if self.folder is None and not self.known:
            # Nothing kept, nothing to keep (`cowork check`): the key would be hashed for nothing.
            return validate_document(doc, load_schema(self.schema_name))
        key = self._key(doc.path.read_bytes())
        if key in self.known:
            self.passed.add(key)
            return []
        problems = validate_document(doc, load_schema(self.schema_name))
        if not problems:
            self.passed.add(key)
        return problems

    def save(self) -> None:
        """Keep this build's verdicts for the next (nothing written when they did not change)."""
        if self.folder is None or self.passed == self.known:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(sorted(self.passed), indent=0)
        # A temporary name, then a rename: two builds at once never read half a file.
        handle, name = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        Path(name).replace(self.folder / f"{self.schema_name}.json")

    def _key(self, content: bytes) -> str:
        import hashlib  # here: `cowork check` keeps no verdicts, and OpenSSL costs it milliseconds

        return hashlib.sha256(_checker_digest(self.schema_name).encode() + content).hexdigest()


@cache
def _checker_digest(schema_name: str) -> str:
    """A hash of everything a file's check depends on besides the file."""
    import hashlib  # here, as in CheckedFiles._key

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent.parent  # the `cowork` package
    schema = ("schemas", f"{schema_name}.schema.json")
    generated = ("files", "schemacode", f"{schema_name}.py")
    for part in schema, generated, *(p.split("/") for p in _CODE):
        digest.update(package.joinpath(*part).read_bytes())
    return digest.hexdigest()
