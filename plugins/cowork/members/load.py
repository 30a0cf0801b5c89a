"""Read every `members/*.yaml` into `Member` models, with every problem found on the way.

A file with an error gives no model (a half-read profile is never published); its problems are
all reported. Warnings do not stop a file from being read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cowork.files.checked import CheckedFiles
from cowork.files.inventory import member_files, member_strays
from cowork.files.renamed import DATA_RENAMES, read_renamed
from cowork.files.yamlfile import YamlDocument, load_yaml
from cowork.members import rules
from cowork.members.model import Consent, Links, Member, Role, Skill, slugify
from cowork.problems import Problem, Severity, unexpected
from cowork.text.safe_markdown import render_safe_markdown

AVATARS_FOLDER = "avatars"


@dataclass(frozen=True)
class LoadedMembers:
    """The members read from `members/`, and every problem found in their files."""

    members: tuple[Member, ...]
    """Every member whose file has no error, by handle."""
    problems: tuple[Problem, ...]


def load_members(
    members_dir: Path,
    root: Path,
    plans: Sequence[str] = (),
    checked: CheckedFiles | None = None,
    render_bio: Callable[[str], str] = render_safe_markdown,
) -> LoadedMembers:
    """Read and check every member file of `members_dir`; paths are shown relative to `root`.
    With `checked`, a file that passed the schema unchanged before is not checked again;
    `render_bio` renders each bio (`cowork.text.rendered` keeps them between builds)."""
    checked = checked or CheckedFiles("member")
    files = sorted([*member_files(members_dir), *member_strays(members_dir)])
    problems = rules.check_file_names(files, root)
    members = []
    for path in files:
        if path.suffix != ".yaml" or path.is_symlink():  # named by check_file_names
            continue
        member, found = load_member(
            path, root, members_dir / AVATARS_FOLDER, plans, checked, render_bio
        )
        problems += found
        if member is not None:
            members.append(member)
    return LoadedMembers(tuple(members), tuple(problems))


def load_member(
    path: Path,
    root: Path,
    avatars_dir: Path,
    plans: Sequence[str] = (),
    checked: CheckedFiles | None = None,
    render_bio: Callable[[str], str] = render_safe_markdown,
) -> tuple[Member | None, list[Problem]]:
    """One member file read and checked; a failure nobody foresaw is that file's problem."""
    try:
        checked = checked or CheckedFiles("member")
        return _load_member(path, root, avatars_dir, plans, checked, render_bio)
    except Exception as error:
        relpath = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        return None, [unexpected(relpath, error)]


def _load_member(
    path: Path,
    root: Path,
    avatars_dir: Path,
    plans: Sequence[str],
    checked: CheckedFiles,
    render_bio: Callable[[str], str],
) -> tuple[Member | None, list[Problem]]:
    doc, problems = load_yaml(path, root)
    if doc is None:
        return None, problems
    doc, renamed = read_renamed(doc, DATA_RENAMES["member"])
    problems += renamed
    schema_problems = checked.validate(doc)
    if rules.remote_avatar(doc.data):
        # The rule says why far better than "does not match the pattern".
        schema_problems = [p for p in schema_problems if p.key != "avatar"]
    problems += schema_problems
    bio_html = rules.rendered_bio(doc.data, render_bio)
    problems += rules.check_member(doc, path.stem, avatars_dir, plans, schema_problems, bio_html)
    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    return to_member(doc, path.stem, bio_html), problems


def to_member(doc: YamlDocument, handle: str, bio_html: str | None = None) -> Member:
    """The model of a file that passed every check (so every value has its expected type);
    `bio_html`, the bio as the check rendered it (rendered here when not given)."""
    data: dict[str, Any] = doc.data
    bio = data.get("bio", "")
    links: dict[str, Any] = data.get("links", {})
    consent: dict[str, Any] = data.get("consent", {})
    return Member(
        handle=handle,
        name=data["name"].strip(),
        source=doc.relpath,
        title=data.get("title", "").strip(),
        bio=bio,
        bio_html=render_safe_markdown(bio) if bio_html is None else bio_html,
        skills=unique_skills(data.get("skills", [])),
        company=data.get("company", "").strip(),
        links=Links(
            website=links.get("website"),
            mastodon=links.get("mastodon"),
            linkedin=links.get("linkedin"),
            github=links.get("github"),
            other=tuple(links.get("other", ())),
        ),
        avatar=data.get("avatar"),
        plan=data.get("plan", "").strip(),
        joined=_date(data.get("joined")),
        left=_date(data.get("left")),
        role=Role(data.get("role", Role.MEMBER)),
        consent=Consent(
            directory=_date(consent.get("directory")), photo=_date(consent.get("photo"))
        ),
    )


def unique_skills(skills: Sequence[str]) -> tuple[Skill, ...]:
    """Tags in the member's order; a tag that differs only by case or accents is dropped."""
    found: dict[str, Skill] = {}
    for label in skills:
        skill = _skill(" ".join(label.split()))
        found.setdefault(skill.slug, skill)
    return tuple(found.values())


@lru_cache(maxsize=4096)
def _skill(text: str) -> Skill:
    # A directory's members share a few dozen tags: one object per spelling, not one per member
    # (at 2,000 members, 0.4 MiB less at the build's peak, issue 15).
    return Skill(text, slugify(text))


def _date(value: Any) -> dt.date | None:
    return rules.as_date(value)
