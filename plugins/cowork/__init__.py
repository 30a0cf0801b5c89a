"""The kit's pure core: data models, loading, validation, recurrence and calendar export.

Nothing in this package imports Pelican; the Pelican glue lives in `cowork_pelican`.
"""
