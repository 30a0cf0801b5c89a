"""The directory's and the calendar's pages, written as Jinja renders them, a few pieces at a time.

Pelican's writer renders a page whole before writing it (`Template.render`): every piece Jinja
makes, then the page joined from them, then its UTF-8 bytes, all held at once. A busy space's
calendar list and archives are megabytes of HTML each, and that made them the build's peak of
memory. `write_page` does what `Writer.write_file` does for a page without pagination (the same
local context, the same refusal of a file written twice, the same log line and `content_written`
signal), but writes the template's stream (Jinja's `Template.stream`) as it comes.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from cowork.errors import DataError
from cowork.files.inventory import markdown_metadata
from cowork.problems import Problem
from cowork.text.messages import msg
from jinja2 import Template
from pelican import signals
from pelican.utils import get_relative_path, path_to_url, sanitised_join
from pelican.writers import FileOverwriteFailedError

from cowork_pelican.reporting import build_language

# Pelican's own logger for the line it logs per page: the log reads the same whoever wrote it.
logger = logging.getLogger("pelican.writers")

PIECES = 200
"""How many of Jinja's pieces are joined before each write: fewer calls, and still small."""


def write_page(
    writer: Any,
    name: str,
    template: Template,
    context: MutableMapping[str, Any],
    relative_urls: bool = False,
    **values: Any,
) -> None:
    """Write `template` with `context` and `values` to `name` (relative to the writer's output
    folder), as `writer.write_file(name, template, context, relative_urls, **values)` would."""
    local = dict(context)
    local["localsiteurl"] = local.get("localsiteurl")
    if relative_urls:
        relative = path_to_url(get_relative_path(name))
        local["SITEURL"] = relative
        local["localsiteurl"] = relative
    local["output_file"] = name
    local.update(values)
    if local["localsiteurl"]:
        # As Pelican does: content rendered later adjusts its links to this page's SITEURL.
        context["localsiteurl"] = local["localsiteurl"]
    path: str = sanitised_join(writer.output_path, name)
    # Text, not a `Path`: see `KeyedFiles.file`.
    os.makedirs(os.path.dirname(path), exist_ok=True)  # noqa: PTH103, PTH120
    stream = template.stream(local)
    stream.enable_buffering(PIECES)
    # Pelican's own opening: it refuses a file this build wrote already, as it would for its
    # own pages. Pelican's pages are written first: the one at this address is named.
    try:
        out = writer._open_w(path, "utf-8", override=False)
    except FileOverwriteFailedError:
        raise DataError([_taken(name, context)], build_language(context)) from None
    with out:
        stream.dump(out)
    logger.info('Writing "%s"', path)
    signals.content_written.send(path, context=local)
    # A page's Jinja contexts and macros refer to each other: only the cycle collector frees
    # them, and its automatic runs leave thousands of pages' worth waiting (2 MiB at 2,000
    # events). The young generations hold them: collecting those after each page is quick (in
    # a forked build, once what it inherited is set aside: `warm.exit_after`).
    gc.collect(1)


_CONTENT = ("pages", "hidden_pages", "draft_pages", "articles", "drafts")
"""Where Pelican's context keeps the site's own pages and articles."""


def _taken(name: str, context: MutableMapping[str, Any]) -> Problem:
    """The problem of a page of the site written where the kit writes one (`membres/`), at
    the line that makes its address."""
    root = Path(str(context["PATH"])).parent
    found = next(
        (
            content
            for key in _CONTENT
            for content in context.get(key, ())
            if getattr(content, "save_as", None) == name
        ),
        None,
    )
    source = Path(str(found.source_path)) if found is not None else None
    header = markdown_metadata(source) if source is not None else {}
    # A Markdown page's address comes from its `Slug:`, else from its `Title:`. (A page with a
    # `Save_as:` of its own replaces the kit's page on purpose: Pelican skips the kit's.)
    key = next((k for k in ("slug", "title") if k in header), "")
    line = header[key][1] if key else None
    url = name.removesuffix("index.html")
    return Problem(
        source.relative_to(root).as_posix() if source and source.is_relative_to(root) else name,
        line,
        key.capitalize(),
        msg(
            "expected an address the directory and the calendar leave free, found '{url}': "
            "the kit writes a page of its own there",
            url=url,
        ),
        hint=msg("give this page another Slug: its address is made from it"),
    )
