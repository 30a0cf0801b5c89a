"""Member-written Markdown rendered in an earlier build, kept until its text changes.

Rendering a bio or an event's description (Python-Markdown, then nh3) costs more than reading and
checking its whole file, and a site rebuilt many times a day renders the same texts each time. An
entry's key is a hash of the text together with what its HTML depends on besides it (the code of
the modules that render it, the versions of Markdown, nh3 and the kit): a changed text, or a
change to any of those, is rendered anew.

The same store keeps other texts made from member-written data, under a key made of what makes
them (`get`): the calendars' VEVENTs (`cowork.events.ical`).

One build's entries are written at its end, atomically, keeping only the texts that build used:
the cache never grows beyond the repository. A kind's file holds one entry per line (JSON Lines),
read a line at a time: a busy calendar's VEVENTs are megabytes, which a single JSON document
doubled in memory while it was read. Without a folder (`cowork check`, tests of the core)
every text is rendered.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from cowork import __version__
from cowork.text.safe_markdown import render_safe_markdown

CACHE_FOLDER = Path(".cache") / "cowork" / "rendered"
"""Relative to the site's root; `make clean` removes `.cache/cowork`."""
SUFFIX = ".jsonl"
"""A kind's file: `bio.jsonl`, each line `[key, text]`."""

SAFE_MARKDOWN = ("text/safe_markdown.py",)
"""The code a text rendered by `render_safe_markdown` depends on (paths inside `cowork`)."""
MARKDOWN_PACKAGES = ("markdown", "nh3")
"""The packages whose versions a rendered text depends on."""


@dataclass
class RenderedTexts:
    """The texts of one kind (`bio`), each rendered by `renderer`, whose output depends on the
    modules named in `code` (paths inside the `cowork` package) and the versions of `packages`
    besides the text."""

    kind: str
    folder: Path | None = None
    known: dict[str, str] = field(default_factory=dict)
    used: dict[str, str] = field(default_factory=dict)
    renderer: Callable[[str], str] = render_safe_markdown
    code: tuple[str, ...] = SAFE_MARKDOWN
    packages: tuple[str, ...] = MARKDOWN_PACKAGES
    _by_text: dict[str, str] = field(default_factory=dict, repr=False)
    """This build's texts, by text: pages, feeds and calendars ask for the same ones."""
    _made: bool = field(default=False, repr=False)
    """Whether this build made a text no earlier build had kept."""

    @classmethod
    def open(
        cls,
        kind: str,
        folder: Path | None,
        renderer: Callable[[str], str] = render_safe_markdown,
        code: tuple[str, ...] = SAFE_MARKDOWN,
        packages: tuple[str, ...] = MARKDOWN_PACKAGES,
    ) -> RenderedTexts:
        """The texts kept in `folder` (none if it has none, or if they cannot be read)."""
        known: dict[str, str] = {}
        if folder is not None:
            try:
                with (folder / f"{kind}{SUFFIX}").open(encoding="utf-8") as lines:
                    for line in lines:
                        key, text = json.loads(line)
                        if isinstance(key, str) and isinstance(text, str):
                            known[key] = text
            except (OSError, ValueError, TypeError):
                known = {}  # no cache, or a damaged one: every text is rendered
        return cls(kind, folder, known, renderer=renderer, code=code, packages=packages)

    def render(self, text: str) -> str:
        """`renderer(text)`, from the cache when an earlier build rendered it."""
        html = self._by_text.get(text)
        if html is None:
            html = self._by_text[text] = self.get(text, lambda: self.renderer(text))
        return html

    def get(self, material: str, make: Callable[[], str]) -> str:
        """What `make()` returns, from the cache when an earlier build made it: `material` must
        hold everything the text depends on besides the code and packages named."""
        if self.folder is None:
            return make()  # nothing kept, nothing to keep: no key to compute
        digest = _renderer_digest(self.code, self.packages).encode() + material.encode("utf-8")
        key = hashlib.sha256(digest).hexdigest()
        text = self.used.get(key)
        if text is None:
            # Moved from what was kept to what is used: one copy of each key in memory (a busy
            # calendar has thousands), and what is left in `known` at the end went unused.
            text = self.known.pop(key, None)
            if text is None:
                text = make()
                self._made = True
            self.used[key] = text
        return text

    def save(self) -> None:
        """Keep this build's texts for the next (nothing written when they did not change:
        nothing new was made, and every text kept was used). A cache that cannot be written (a
        read-only folder, a full disk) is left as it is: the next build renders again."""
        if self.folder is None:
            return
        if self._made or self.known:
            with suppress(OSError):
                self._write(self.folder)
        with suppress(OSError):
            # The single JSON document that earlier versions of the kit wrote, no longer read.
            (self.folder / f"{self.kind}.json").unlink(missing_ok=True)

    def _write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        # A temporary name, then a rename: two builds at once never read half a file.
        handle, name = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=SUFFIX)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.writelines(f"{json.dumps([k, self.used[k]])}\n" for k in sorted(self.used))
            Path(name).replace(folder / f"{self.kind}{SUFFIX}")
        finally:
            Path(name).unlink(missing_ok=True)


@cache
def _renderer_digest(code: tuple[str, ...], packages: tuple[str, ...]) -> str:
    """A hash of everything a text's HTML depends on besides the text."""
    digest = hashlib.sha256(__version__.encode())
    for package in packages:
        digest.update(f"{package} {metadata.version(package)}".encode())
    for path in code:
        digest.update(path.encode())
        digest.update(resources.files("cowork").joinpath(*path.split("/")).read_bytes())
    return digest.hexdigest()
