"""Each data format's own validator, run over a check scope: one adapter per format.

The formats' validators (schema, models, rules across files) are written beside their models and
used by the Pelican build; these adapters give them the files of a `CheckScope`, so `cowork check`
and the build report the same problems in the same words.
"""

from __future__ import annotations

from cowork.check.scope import CheckScope
from cowork.problems import Problem
from cowork.space import SPACE_FILE

# Each adapter imports its format's modules when it has files to check: a pull request that
# changes one member file loads neither the calendar nor the recaps (nor Markdown, nor Pillow).


def validate_member_files(scope: CheckScope) -> list[Problem]:
    """File names, schema and rules of the member files in scope (`cowork.members`)."""
    if not scope.member_files:
        return []
    from cowork.members.avatars import location_problems
    from cowork.members.load import AVATARS_FOLDER, load_member
    from cowork.members.rules import check_file_names

    settings = scope.settings
    members_dir = settings.members_path
    strays = [p for p in scope.stray_files if p.parent == members_dir]  # as load_members
    # Two names differing only by case clash: bring in the other one, found in the index.
    folded = {p.stem.casefold() for p in scope.member_files}
    twins = [
        members_dir / f"{stem}.yaml"
        for stem in scope.index.member_stems
        if stem.casefold() in folded
    ]
    named = sorted({*scope.member_files, *strays, *twins})
    problems = check_file_names(named, settings.root)
    avatars = members_dir / AVATARS_FOLDER
    for path in scope.member_files:
        if not path.is_symlink():  # reported by check_file_names, never read
            problems += load_member(path, settings.root, avatars, settings.membership_plans)[1]
            doc, _ = scope.load(path)
            data = doc.data if doc is not None and isinstance(doc.data, dict) else {}
            value = data.get("avatar")
            checked = value if isinstance(value, str) else None
            problems += location_problems(avatars, path.stem.lower(), settings.root, checked)
    return problems


def validate_event_files(scope: CheckScope) -> list[Problem]:
    """Schema, values and cross-file rules of the event files in scope (`cowork.events`)."""
    if not scope.event_files:
        return []
    from cowork.events.load import Source, read_event
    from cowork.events.recurrence import horizon_end
    from cowork.events.validate import check_events
    from cowork.files.schema import load_schema, validate_document
    from cowork.members.former import with_former

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
    handles = scope.index.handles or None
    organizers = [h for source in sources for h in source.event.organizers]
    handles = with_former(handles, organizers, settings)
    horizon = horizon_end(scope.now, settings.events_horizon_months)
    problems.extend(check_events(sources, handles, settings, scope.now, horizon))
    return problems


def validate_space_file(scope: CheckScope) -> list[Problem]:
    """`space.yaml`, when the repository has one and the whole repository is checked (or the
    file is named on the command line)."""
    path = scope.settings.root / SPACE_FILE
    if not path.is_file() or not (scope.whole_repository or path in scope.other_files):
        return []
    from cowork.space.load import load_space

    return load_space(path, scope.settings.root)[1]


def validate_recap_files(scope: CheckScope) -> list[Problem]:
    """Event, occurrence, speakers, slides and category of the recaps in scope, against the
    calendar as the site would build it now (`cowork.recaps`)."""
    if not scope.recap_files:
        return []
    from cowork.recaps.files import check_recap_files

    return check_recap_files(scope.recap_files, scope.settings, scope.now)
