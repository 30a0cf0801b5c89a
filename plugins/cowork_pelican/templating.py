"""One Jinja environment per build, shared by every generator, and compiled templates kept between
builds.

Pelican gives each generator an environment of its own, so a template used by two generators
(`base.html` by all of them) is compiled twice. The first generator's environment, once the site
plugin has set it up, is kept in the build's context and handed to the generators after it
(they are made with the same settings and theme, so they would build the same environment).

Compiled templates go to Jinja's `FileSystemBytecodeCache` in `.cache/cowork/jinja/`, which
`make clean` removes. Jinja checks each entry against its template's source (a hash of it), so
an edited template, or a site's own template overriding the kit's, is compiled anew. What else
changes the compiled code (Jinja's and Python's versions, the environment's options and
extensions) names the folder the entries are kept in.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache

from cowork_pelican.kit import kit_settings

CACHE_FOLDER = Path(".cache") / "cowork" / "jinja"
"""Relative to the site's root; `make clean` removes `.cache/cowork`."""

_SHARED = "_cowork_jinja_environment"
"""Where a build keeps its environment: in that build's own context, so that autoreload and
several builds in one process never share one."""


def reuse_environment(generator: Any) -> bool:
    """Give `generator` the build's environment if an earlier generator made it; False if this
    generator is the first (its own environment is then set up and shared)."""
    environment = generator.context.get(_SHARED)
    if not isinstance(environment, Environment):
        return False
    generator.env = environment
    return True


def share_environment(generator: Any) -> None:
    """Keep `generator`'s environment, set up, for the build's other generators, and store its
    compiled templates under the site's cache folder."""
    environment: Environment = generator.env
    folder = kit_settings(generator.settings).root / CACHE_FOLDER / _compiler_key(environment)
    folder.mkdir(parents=True, exist_ok=True)
    environment.bytecode_cache = FileSystemBytecodeCache(str(folder))
    # A build reads each template once: without this, every `{% import %}` of every page (a
    # few per page) would look at the template's file again to see whether it changed.
    environment.auto_reload = False
    generator.context[_SHARED] = environment


def _compiler_key(environment: Environment) -> str:
    """A hash of what shapes the compiled code besides the template's source."""
    options = {
        "jinja": jinja2.__version__,
        "python": sys.version,
        "extensions": sorted(environment.extensions),
        "autoescape": repr(environment.autoescape),
        "syntax": [
            environment.block_start_string,
            environment.block_end_string,
            environment.variable_start_string,
            environment.variable_end_string,
            environment.comment_start_string,
            environment.comment_end_string,
            environment.line_statement_prefix,
            environment.line_comment_prefix,
            environment.trim_blocks,
            environment.lstrip_blocks,
            environment.newline_sequence,
            environment.keep_trailing_newline,
            environment.optimized,
        ],
        "newstyle": getattr(environment, "newstyle_gettext", None),
    }
    return hashlib.sha256(repr(sorted(options.items())).encode("utf-8")).hexdigest()[:16]
