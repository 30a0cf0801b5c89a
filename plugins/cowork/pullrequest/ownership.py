"""Who may change what in a pull request: the ownership rules, as pure functions over changes.

GitHub's CODEOWNERS cannot name people without write access, so "only alice edits her own file"
is enforced here. An editor is someone whose member file says `role: editor` on the *base* of the
pull request: a pull request that makes its author an editor does not make them one.
A non-editor may add, change or delete their own member file and avatar, propose new events and
change (or cancel) the events the base lists them as organising; anything else names the file and
asks for an editor. Nobody changes a published event's `uid`, which calendars know it by. Even in
their own file, the fields the editors keep (`role`, `joined`, the member `number`) are locked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from cowork.check.scope import symlink_problem
from cowork.files.repository import Repository
from cowork.files.yamlfile import MAX_BYTES, YamlDocument, parse_yaml
from cowork.problems import Problem
from cowork.pullrequest.changes import Change, ChangeKind, ChangeSet
from cowork.text.messages import msg

LOCKED_FIELDS = ("role", "joined", "number")
"""Set by editors only: the role, the joining date and the member number."""

EDITOR_ROLE = "editor"


@dataclass(frozen=True)
class Layout:
    """Repository-relative folders, forward slashes: `members`, `members/avatars`, `events`."""

    members: str
    avatars: str
    events: str

    def member_file(self, handle: str) -> str:
        return f"{self.members}/{handle.lower()}.yaml"


DocumentReader = Callable[[str], YamlDocument | None]
"""Reads one repository path on one side of the pull request (None: absent or unreadable)."""


def check_ownership(
    changeset: ChangeSet, author: str, layout: Layout, editor: bool | None = None
) -> list[Problem]:
    """The ownership rules for `author`'s pull request (both sides read from git's objects)."""
    repo = changeset.repo
    if editor is None:
        editor = is_editor(repo, changeset.base, layout, author)
    return ownership_problems(
        changeset.changes,
        author,
        editor,
        layout,
        commit_reader(repo, changeset.base),
        commit_reader(repo, changeset.head),
    )


def is_editor(repo: Repository, base: str, layout: Layout, author: str) -> bool:
    """Whether the base commit's `members/<author>.yaml` says `role: editor`.

    Only the author's own file is read: the answer costs the same with 50 or 5,000 members.
    """
    doc = commit_reader(repo, base)(layout.member_file(author))
    return doc is not None and isinstance(doc.data, dict) and doc.data.get("role") == EDITOR_ROLE


def ownership_problems(
    changes: tuple[Change, ...],
    author: str,
    editor: bool,
    layout: Layout,
    read_base: DocumentReader,
    read_head: DocumentReader,
) -> list[Problem]:
    problems = [_case_only_rename(change) for change in changes if change.case_only]
    # A link anywhere (`output -> ..` at the root included) is refused, whoever adds it.
    problems += [symlink_problem(c.path) for c in changes if c.symlink]
    for change in changes:
        if change.kind is ChangeKind.MODIFIED and _is_event(change.path, layout):
            before, after = read_base(change.path), read_head(change.path)
            problems.extend(_uid_kept(before, after))
            if not editor:
                problems.extend(_organisers_only(before, after, change.path, author))
    if editor:
        return problems
    for change in changes:
        refused = [p for p in change.paths if not _allowed(change, p, author, layout)]
        for path in refused:
            problems.append(_not_yours(change, path, author, layout))
        own_file = change.path.lower() == layout.member_file(author)
        if own_file and not refused and change.kind is not ChangeKind.DELETED:
            before = read_base(change.old_path or change.path)
            after = read_head(change.path)
            problems.extend(_locked_fields(before, after))
    return problems


def _allowed(change: Change, path: str, author: str, layout: Layout) -> bool:
    pure = PurePosixPath(path)
    parent, stem = str(pure.parent), pure.stem.lower()
    if parent == layout.members and pure.suffix == ".yaml":
        return stem == author.lower()
    if parent == layout.avatars:
        return stem == author.lower()
    if pure.is_relative_to(layout.events) and pure.suffix == ".yaml":
        # Proposals are added or changed; removing or renaming an event is an editor's call.
        return change.kind in (ChangeKind.ADDED, ChangeKind.MODIFIED)
    return False


def _is_event(path: str, layout: Layout) -> bool:
    pure = PurePosixPath(path)
    return pure.is_relative_to(layout.events) and pure.suffix == ".yaml"


def _mapping(doc: YamlDocument | None) -> dict[str, Any] | None:
    return doc.data if doc is not None and isinstance(doc.data, dict) else None


def _organisers_only(
    before: YamlDocument | None, after: YamlDocument | None, path: str, author: str
) -> list[Problem]:
    """An existing event is changed (or cancelled) by the organisers the base names, or by an
    editor: anyone may propose a new one, nobody takes over someone else's."""
    old = _mapping(before)
    if old is None:
        return []  # unreadable on the base: the editors' repository is the one to fix
    organisers = old.get("organizers")
    handles = [h for h in organisers if isinstance(h, str)] if isinstance(organisers, list) else []
    if author.lower() in (h.lower() for h in handles):
        return []
    named = ", ".join(handles) or "-"
    return [
        Problem(
            path,
            None,
            "",
            msg(
                "{author} may not change this event: only its organisers ({named}) or an editor "
                "may change or cancel it",
                author=author,
                named=named,
            ),
            hint=msg(
                "ask one of its organisers or an editor to make the change, or propose a new "
                "event in a file of its own"
            ),
        )
    ]


def _uid_kept(before: YamlDocument | None, after: YamlDocument | None) -> list[Problem]:
    """Calendars know an event by its uid: a new one makes every subscriber's copy a stray."""
    old, new = _mapping(before), _mapping(after)
    if old is None or new is None or old.get("uid") == new.get("uid") or after is None:
        return []
    if "uid" in old:
        found = msg("'{uid}'", uid=str(new["uid"])) if "uid" in new else msg("no uid")
        hint = msg("put back uid: {uid}", uid=str(old["uid"]))
    else:
        found = msg("'{uid}'", uid=str(new["uid"]))
        hint = msg("remove the uid line: this event's uid comes from its file name")
    return [
        Problem(
            after.relpath,
            after.line_of(("uid",)) if "uid" in new else None,
            "uid",
            msg(
                "expected the uid this event was published with, found {found}: calendars that "
                "subscribed to it would keep the old event and show this one twice",
                found=found,
            ),
            hint=hint,
        )
    ]


_VERBS = {
    ChangeKind.ADDED: msg("add"),
    ChangeKind.MODIFIED: msg("change"),
    ChangeKind.DELETED: msg("delete"),
    ChangeKind.RENAMED: msg("rename"),
}


PIPELINE_FILES = (".gitlab-ci.yml", ".github/", ".ci/", "Makefile", "CODEOWNERS")
"""What runs the checks and the tests: a change there can make a check lie about itself."""


def _not_yours(change: Change, path: str, author: str, layout: Layout) -> Problem:
    if path.startswith(PIPELINE_FILES):
        return Problem(
            path,
            None,
            "",
            msg(
                "{author} may not {verb} this file: it is part of the pipeline that checks pull "
                "requests, so until an editor has reviewed it, a green check of this pull "
                "request means nothing",
                author=author,
                verb=_VERBS[change.kind],
            ),
            hint=msg(
                "leave this file out of your pull request; an editor will make the change if "
                "it is needed"
            ),
        )
    if PurePosixPath(path).is_relative_to(layout.events):
        hint = msg(
            "members may propose new events and changes; removing or renaming one is for editors"
        )
    else:
        hint = msg(
            "in a pull request of your own you may change {file}, your avatar in {avatars} and "
            "event proposals in {events}",
            file=layout.member_file(author),
            avatars=f"{layout.avatars}/",
            events=f"{layout.events}/",
        )
    return Problem(
        path,
        None,
        "",
        msg(
            "{author} may not {verb} this file: an editor must make or approve this change",
            author=author,
            verb=_VERBS[change.kind],
        ),
        hint=hint,
    )


def _case_only_rename(change: Change) -> Problem:
    name = PurePosixPath(change.path).name
    if name != name.lower():
        hint = msg(
            "file names are lowercase: keep the name {name}",
            name=PurePosixPath(change.old_path or "").name,
        )
    else:
        hint = msg(
            "to fix the letter case, delete the old file in one pull request, then add {name} "
            "in another",
            name=name,
        )
    return Problem(
        change.path,
        None,
        "",
        msg(
            "renamed from '{old}' by changing letter case only: checkouts on macOS and Windows "
            "cannot follow such a rename",
            old=change.old_path or "",
        ),
        hint=hint,
    )


def _locked_fields(before: YamlDocument | None, after: YamlDocument | None) -> list[Problem]:
    if after is None or not isinstance(after.data, dict):
        return []  # unreadable: the YAML check reports why
    old: dict[str, Any] = before.data if before and isinstance(before.data, dict) else {}
    problems = []
    for key in LOCKED_FIELDS:
        if key not in after.data and key not in old:
            continue
        if key in after.data and key in old and after.data[key] == old[key]:
            continue
        line: int | None = after.line_of((key,)) if key in after.data else None
        if key not in after.data:
            message = msg(
                "'{key}' is kept by the editors: a member may not set, change or remove it (it "
                "was removed here)",
                key=key,
            )
        elif key not in old:
            message = msg(
                "'{key}' is kept by the editors: a member may not set, change or remove it (it "
                "was set here)",
                key=key,
            )
        else:
            message = msg(
                "'{key}' is kept by the editors: a member may not set, change or remove it (it "
                "was changed here)",
                key=key,
            )
        problems.append(
            Problem(
                after.relpath,
                line,
                key,
                message,
                hint=msg("undo this line; ask an editor if it needs to change"),
            )
        )
    return problems


def commit_reader(repo: Repository, commit: str) -> DocumentReader:
    """Reads YAML files as they are in `commit` (never from the working tree)."""

    def read(path: str) -> YamlDocument | None:
        # Size first, as for every file: the working tree's check reports an oversized one.
        data = repo.read(commit, path, MAX_BYTES)
        if data is None:
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        doc, _ = parse_yaml(text, Path(path), path)
        return doc

    return read
