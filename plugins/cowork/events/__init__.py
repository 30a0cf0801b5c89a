"""The event calendar's core: YAML files in, validated models, occurrences and calendar feeds out.

Pure Python (no Pelican): `load` reads `events/**/*.yaml` into `Event` models (`rule` makes each
`repeat` RFC 5545 and bounded), `validate` checks
them against each other and the members, `recurrence` expands series into `Occurrence`s in local
wall time, `ical` and `structured` export them (iCalendar, schema.org JSON-LD), `history` reads
each file's git history for SEQUENCE and DTSTAMP.
"""
