"""The directory's and the calendar's pages, written as Jinja renders them, a few pieces at a time.

Pelican's writer renders a page whole before writing it (`Template.render`): every piece Jinja
makes, then the page joined from them, then its UTF-8 bytes, all held at once. A busy space's
calendar list and archives are megabytes of HTML each, and that made them the build's peak of
memory. `write_page` does what `Writer.write_file` does for a page without pagination (the same
local context, the same refusal of a file written twice, the same log line and `content_written`
signal), but writes the template's stream (Jinja's `Template.stream`) as it comes.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from jinja2 import Template
from pelican import signals
from pelican.utils import get_relative_path, path_to_url, sanitised_join

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
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    stream = template.stream(local)
    stream.enable_buffering(PIECES)
    # Pelican's own opening: it refuses a file this build wrote already (a page of the site at
    # the directory's address, say), as it would for its own pages.
    with writer._open_w(path, "utf-8", override=False) as out:
        stream.dump(out)
    logger.info('Writing "%s"', path)
    signals.content_written.send(path, context=local)
