"""The event calendar's core: YAML files in, validated models, occurrences, pages and feeds out.

Pure Python (no Pelican): `load` reads `events/**/*.yaml` into `Event` models (`rule` makes each
`repeat` RFC 5545 and bounded), `validate` checks
them against each other and the members, `recurrence` expands series into `Occurrence`s in local
wall time and `schedule` holds them all at build time. `views` shows an occurrence in the site's
time zone and `pages` shapes each page (list, month, event) and the feed's text; `ical`, `atom`
and `structured` export them (iCalendar, Atom, schema.org JSON-LD), with each file's revisions
read from git (`cowork.files.history`) for SEQUENCE and DTSTAMP.
"""
