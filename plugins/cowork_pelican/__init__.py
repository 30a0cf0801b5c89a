"""Pelican glue of the kit: turns the core's models into template context and pages.

Each sub-module is a Pelican plugin with its own `register()`; `AtomicPelican` is the build that
only replaces `output/` once a whole build has succeeded (set as `PELICAN_CLASS`).
"""

from cowork_pelican.build import AtomicPelican

__all__ = ["AtomicPelican"]
