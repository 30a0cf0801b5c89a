"""The kit's pure core: data models, loading, validation, recurrence and calendar export.

Nothing in this package imports Pelican; the Pelican glue lives in `cowork_pelican`.
"""

__version__ = "0.3.0"
"""The kit's version (semantic versioning): `cowork --version`, the distribution's version, and
the release a new site's requirements name (`cowork init`)."""
