"""`cowork check --base REF [--head SHA]`: check what a pull request changes, and who changed it.

Everything is read from the pull request's head commit (HEAD, or `--head`), as git objects: its
data files are written out of git into a scratch folder (`cowork.pullrequest.snapshot`) and
checked there, so what is checked is what is committed, and a CI job can run the base branch's
code over a pull request that it never checks out. Files in the working tree that the head commit
does not contain are named (when checking HEAD).

The scope is the changed files, the files they refer to (an event's organisers, a recap's event)
and the files that refer to them (found with `git grep`, which reads files in C and never parses
them). Cross-references are checked against the index of names. So the cost follows the size of
the pull request, not of the repository.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cowork.check.run import run_checks
from cowork.check.scope import CheckScope
from cowork.files.inventory import is_editor_leftover, is_stray, markdown_metadata
from cowork.files.repository import GitError, Pending, Repository
from cowork.files.yamlfile import load_yaml
from cowork.problems import Problem, Severity, sorted_problems
from cowork.pullrequest.author import Author
from cowork.pullrequest.changes import Change, ChangeKind, changes_since
from cowork.pullrequest.ownership import Layout, check_ownership, is_editor
from cowork.pullrequest.snapshot import Snapshot
from cowork.settings import KitSettings
from cowork.text.messages import msg


@dataclass(frozen=True)
class PullRequestCheck:
    """The verdict on a pull request: its author, whether an editor, what it changes and the
    problems found."""

    author: Author
    editor: bool
    changes: tuple[Change, ...]
    problems: list[Problem]


def check_pull_request(
    settings: KitSettings,
    base_ref: str,
    author: Author,
    now: dt.datetime,
    head_ref: str | None = None,
) -> PullRequestCheck:
    """Check the pull request from merge-base(`base_ref`, head) to head (`head_ref` or HEAD), as
    of `now`."""
    changeset = changes_since(settings.root, base_ref, head_ref)
    repo = changeset.repo
    started: list[Pending] = []
    try:
        # Started now, read later: git lists the head's data folders and walks the working
        # tree while the ownership rules run.
        folders = data_folders(settings, settings.root)
        listing = Snapshot.start_listing(repo, changeset.head, folders)
        started.append(listing)
        status = None if head_ref is not None else working_tree_status(repo, settings)
        started += [status] if status is not None else []
        layout = layout_of(settings, repo.top)
        editor = is_editor(repo, changeset.base, layout, author.login)
        problems = check_ownership(changeset, author.login, layout, editor)
        with tempfile.TemporaryDirectory(prefix="cowork-pr-") as scratch:
            snapshot = Snapshot.of(repo, changeset.head, listing, Path(scratch))
            problems.extend(_check_head(settings, now, snapshot, layout, changeset.changes))
        if status is not None:
            problems.extend(uncommitted(status))
    finally:
        repo.close()  # ends git's long-running cat-file process
        for pending in started:
            pending.cancel()  # unless read: a check that failed half-way
    unique = list(dict.fromkeys(problems))
    return PullRequestCheck(author, editor, changeset.changes, sorted_problems(unique))


def _check_head(
    settings: KitSettings,
    now: dt.datetime,
    snapshot: Snapshot,
    layout: Layout,
    changes: tuple[Change, ...],
) -> list[Problem]:
    """The data checks over the files of the head commit, written out of git by `snapshot`."""
    repo, head, root = snapshot.repo, snapshot.commit, snapshot.root
    committed = dataclasses.replace(rerooted(settings, root), history_source=(repo.git_dir, head))
    scope = scope_of_changes(committed, now, repo, head, changes, layout, snapshot)
    if scope.recap_files:
        # Recaps are checked against the calendar as the site would build it, and the members:
        # a pull request that touches a recap brings in every event and member file.
        snapshot.write(snapshot.data_files(layout.events))
        snapshot.write(snapshot.names_under(layout.members))
    # Pictures are written only for the members checked: the cost follows the pull request.
    stems = {p.stem.lower() for p in scope.member_files}
    snapshot.write(
        p
        for p in snapshot.names_under(layout.avatars)
        if p.rpartition("/")[2].partition(".")[0].lower() in stems
    )
    return run_checks(scope)


def data_folders(settings: KitSettings, repo_root: Path) -> tuple[str, str, str]:
    """Members, events and content, relative to the repository's root."""

    def rel(path: Path) -> str:
        return path.resolve().relative_to(repo_root.resolve()).as_posix()

    return rel(settings.members_path), rel(settings.events_path), rel(settings.content_path)


def rerooted(settings: KitSettings, root: Path) -> KitSettings:
    """The same settings, reading the data folders under `root` (the theme stays the base's)."""
    members, events, content = data_folders(settings, settings.root)
    return dataclasses.replace(
        settings,
        root=root,
        members_path=root / members,
        events_path=root / events,
        content_path=root / content,
    )


def working_tree_status(repo: Repository, settings: KitSettings) -> Pending:
    """`git status` of the data folders, started in the background (`uncommitted` reads it)."""
    folders = data_folders(settings, repo.top)
    return repo.start("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", *folders)


def uncommitted(status: Pending) -> list[Problem]:
    """Data files that differ in the working tree from HEAD: the pull request does not have
    them as they are on this computer."""
    problems = []
    for record in status.output().decode("utf-8", "surrogateescape").split("\0"):
        if len(record) < 4 or record[2] != " ":
            continue  # the second path of a rename record
        code, path = record[:2], record[3:]
        if "?" in code:
            message = msg(
                "this file is on your computer but not committed: the pull request does not "
                "contain it"
            )
            hint = msg("add it to a commit (git add {path}, then git commit) and push", path=path)
        elif "D" in code:
            message = msg(
                "this file is deleted on your computer but not in a commit: the pull request "
                "still has it"
            )
            hint = msg("commit the deletion and push")
        else:
            message = msg(
                "this file has changes that are not committed: what was checked is the "
                "committed version"
            )
            hint = msg(
                "commit them (git add {path}, then git commit) and push, or undo them", path=path
            )
        problems.append(Problem(path, None, "", message, severity=Severity.WARNING, hint=hint))
    return problems


def layout_of(settings: KitSettings, repo_root: Path) -> Layout:
    def rel(path: Path) -> str:
        return path.resolve().relative_to(repo_root.resolve()).as_posix()

    members = rel(settings.members_path)
    return Layout(members=members, avatars=f"{members}/avatars", events=rel(settings.events_path))


def scope_of_changes(
    settings: KitSettings,
    now: dt.datetime,
    repo: Repository,
    head: str,
    changes: tuple[Change, ...],
    layout: Layout,
    snapshot: Snapshot,
) -> CheckScope:
    """The files to check, written out of `head` as they are found (`snapshot`)."""
    root = settings.root
    members: set[Path] = set()
    events: set[Path] = set()
    recaps: set[Path] = set()
    strays: set[Path] = set()
    leftovers: set[Path] = set()
    names: set[str] = set()  # handles, slugs and uids whose referrers must be checked again
    for change in changes:
        for path in change.paths:
            pure = PurePosixPath(path)
            parent = str(pure.parent)
            # The new side of a change only (a leftover renamed to its real name is fine); a
            # link has its own message.
            kept = path == change.path and change.kind is not ChangeKind.DELETED
            if kept and not change.symlink and is_editor_leftover(pure.name):
                leftovers.add(root / path)
            if parent == layout.members and pure.suffix == ".yaml":
                names.add(pure.stem)
                members.add(root / layout.member_file(pure.stem))
                members.add(root / path)
            elif parent == layout.avatars:
                members.add(root / layout.member_file(pure.stem))
            elif pure.is_relative_to(layout.events) and pure.suffix == ".yaml":
                names.add(pure.stem)
                events.add(root / path)
            elif (parent == layout.members or pure.is_relative_to(layout.events)) and is_stray(
                pure.name
            ):
                strays.add(root / path)
            elif pure.suffix == ".md" and change.kind is not ChangeKind.DELETED:
                recaps.add(root / path)
    snapshot.ensure((*recaps, *events, *strays))
    recaps = {p for p in recaps if p.is_file() and "event" in markdown_metadata(p)}
    if events:
        # Slugs and uids are unique across all events: bring in the files that could clash.
        names |= _uids(settings, events)
        events |= _same_slug(snapshot.data_files(layout.events), root, events)
    folders = (layout.events, _content_dir(settings, root))
    for found in _referrers(repo, head, sorted(names), folders):
        target = root / found
        (events if found.endswith(".yaml") else recaps).add(target)
    snapshot.ensure((*events, *recaps))
    if recaps:
        events |= _referred_events(snapshot.data_files(layout.events), root, recaps)
    snapshot.ensure(events)
    members |= _referred_members(settings, events, recaps)
    snapshot.ensure(members)
    return CheckScope(
        settings,
        now,
        snapshot.index(layout.members, layout.events),
        tuple(sorted(p for p in members if p.is_file())),
        tuple(sorted(p for p in events if p.is_file())),
        tuple(sorted(p for p in recaps if p.is_file() and "event" in markdown_metadata(p))),
        tuple(sorted(p for p in strays if p.is_file())),
        leftover_files=tuple(sorted(leftovers)),
    )


def _content_dir(settings: KitSettings, root: Path) -> str:
    return settings.content_path.resolve().relative_to(root.resolve()).as_posix()


def _referrers(
    repo: Repository, head: str, names: list[str], folders: tuple[str, ...]
) -> list[str]:
    """Event and Markdown files of `head` that mention any of `names` as a whole word."""
    if not names:
        return []
    patterns = [arg for name in names for arg in ("-e", name)]
    pathspecs = [f"{f}/" for f in folders]
    try:
        listing = repo.git("grep", "-l", "-I", "-F", "-w", "-i", *patterns, head, "--", *pathspecs)
    except GitError:  # exit status 1: nothing found
        return []
    output = listing.decode("utf-8", "surrogateescape")
    prefix = f"{head}:"  # git grep names a commit's files `SHA:path`
    found = (line.removeprefix(prefix) for line in output.splitlines())
    return [path for path in found if path.endswith((".yaml", ".md"))]


def _referred_members(settings: KitSettings, events: set[Path], recaps: set[Path]) -> set[Path]:
    handles: set[str] = set()
    for path in events:
        if path.is_file():
            doc, _ = load_yaml(path, settings.root)
            if doc is not None and isinstance(doc.data, dict):
                organizers = doc.data.get("organizers")
                if isinstance(organizers, list):
                    handles.update(h for h in organizers if isinstance(h, str))
    for path in recaps:
        metadata = markdown_metadata(path)
        for key in ("author", "speakers"):
            if key in metadata:
                handles.update(h.strip() for h in metadata[key][0].split(","))
    return {settings.members_path / f"{h.lower()}.yaml" for h in handles if h}


def _uids(settings: KitSettings, events: set[Path]) -> set[str]:
    found = set()
    for path in events:
        if path.is_file():
            doc, _ = load_yaml(path, settings.root)
            if (
                doc is not None
                and isinstance(doc.data, dict)
                and isinstance(doc.data.get("uid"), str)
            ):
                found.add(doc.data["uid"])
    return found


def _same_slug(event_files: list[str], root: Path, events: set[Path]) -> set[Path]:
    slugs = {p.name.lower() for p in events}
    return {root / p for p in event_files if p.rpartition("/")[2].lower() in slugs}


def _referred_events(event_files: list[str], root: Path, recaps: set[Path]) -> set[Path]:
    slugs = {
        metadata["event"][0]
        for metadata in (markdown_metadata(p) for p in recaps if p.is_file())
        if "event" in metadata
    }
    if not slugs:
        return set()
    names = {f"{slug}.yaml" for slug in slugs}
    return {root / p for p in event_files if p.rpartition("/")[2] in names}
