"""The core layer: models, loading, validation, recurrence, calendars, checks and the `cowork`
command, tested without a Pelican build or a browser. `make test-fast` runs only these, in seconds.
"""
