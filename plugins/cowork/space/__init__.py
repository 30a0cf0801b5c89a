"""The space itself, described once in `space.yaml`: name, language, address, hours, plans.

`load` reads and checks the file (every problem with its line, as for members and events) into
the frozen models of `model`; the settings, the pages and the structured data read those models.
"""

SPACE_FILE = "space.yaml"
"""Where a site describes its space, beside its settings file."""
