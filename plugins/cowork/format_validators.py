"""Each data format's own validator, run over a check scope: one adapter per format.

The formats' validators (schema, models, rules across files) are written beside their models and
used by the Pelican build; these adapters give them the files of a `CheckScope`, so `cowork check`
and the build report the same problems in the same words.
"""

from __future__ import annotations

from cowork.clock import build_now
from cowork.events.load import Source, read_event
from cowork.events.recurrence import horizon_end
from cowork.events.validate import check_events
from cowork.problems import Problem
from cowork.schemas import load_schema, validate_document
from cowork.scope import CheckScope


def validate_event_files(scope: CheckScope) -> list[Problem]:
    """Schema, values and cross-file rules of the event files in scope (`cowork.events`)."""
    settings = scope.settings
    sources: list[Source] = []
    problems: list[Problem] = []
    for path in scope.event_files:
        doc, _ = scope.load(path)  # syntax and safety: reported by check_yaml_files
        if doc is None:
            continue
        found = validate_document(doc, load_schema("event"))
        problems.extend(found)
        if found or not isinstance(doc.data, dict):
            continue
        event, found = read_event(doc, settings)
        problems.extend(found)
        if event is not None:
            sources.append(Source(event, doc))
    # No member file at all: a calendar without a directory, whose organisers cannot be checked.
    handles = set(scope.index.handles) or None
    horizon = horizon_end(build_now(settings.timezone), settings.events_horizon_months)
    problems.extend(check_events(sources, handles, settings, horizon))
    return problems
