"""Pelican glue of the kit: turns the core's models into template context and pages.

Each sub-module is a Pelican plugin with its own `register()`; `AtomicPelican` is the build that
only replaces `output/` once a whole build has succeeded (set as `PELICAN_CLASS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cowork_pelican.build import AtomicPelican

__all__ = ["AtomicPelican"]


def __getattr__(name: str) -> Any:
    # Pelican finds `PELICAN_CLASS` ("cowork_pelican.AtomicPelican") here, when it builds: a
    # site's settings import `cowork_pelican.conf`, and `cowork check` reads them without Pelican.
    if name == "AtomicPelican":
        from cowork_pelican.build import AtomicPelican

        return AtomicPelican
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
