"""The rules a member file must follow beyond its JSON Schema, each giving `Problem`s.

The schema (`cowork/schemas/member.schema.json`) checks keys and types; these rules check what a
schema cannot say: file names, pictures on disk, dates in order, contact details hidden in free
text, plans from the site's settings, duplicate tags.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from cowork.files.names import is_handle
from cowork.files.oneline import line_breaks
from cowork.files.yamlfile import KeyPath, YamlDocument, format_keypath
from cowork.members import avatars
from cowork.members.contacts import find_contacts
from cowork.members.model import slugify
from cowork.problems import Problem, Severity
from cowork.scaffold.placeholders import MEMBER_NAMES
from cowork.site.reserved import reserved_problem
from cowork.text.messages import Message, msg
from cowork.text.safe_markdown import COSTLY_HINT, render_safe_markdown, too_costly

"""GitHub logins: letters, digits and single inner hyphens, at most 39 characters."""
_REMOTE = re.compile(r"^[a-z][a-z0-9+.-]*:|^//|gravatar", re.IGNORECASE)
_TEXT_FIELDS = ("name", "title", "company", "plan", "bio")
_MULTI_LINE = frozenset({"bio"})


def check_file_names(paths: Sequence[Path], root: Path) -> list[Problem]:
    """Each file is `<lowercase GitHub login>.yaml`, and no two differ only by case."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    stems = {p.stem for p in paths}
    for path in sorted(paths):
        relpath = path.relative_to(root).as_posix()
        if path.is_symlink():
            # A link could make the build read (and quote) any file of the machine.
            problems.append(
                Problem(relpath, None, "", msg("expected a file, found a symbolic link"))
            )
            continue
        if path.suffix != ".yaml":
            problems.append(
                Problem(
                    relpath,
                    None,
                    "",
                    msg("expected a file name ending in .yaml, found '{name}'", name=path.name),
                    hint=msg("rename it to {name}", name=f"{path.stem.lower()}.yaml"),
                )
            )
            continue
        if not is_handle(path.stem):
            problems.append(
                Problem(
                    relpath,
                    None,
                    "",
                    msg(
                        "expected your GitHub login in lowercase as the file name (letters, "
                        "digits and single hyphens), found '{stem}'",
                        stem=path.stem,
                    ),
                    hint=_rename_hint(path.stem, stems - {path.stem}),
                )
            )
        elif reserved := reserved_problem(path.stem):
            problems.append(
                Problem(
                    relpath,
                    None,
                    "",
                    reserved,
                    hint=msg(
                        "a profile's address is its file name, and the site has a page there: "
                        "ask an editor to add you under another name"
                    ),
                )
            )
        folded = path.stem.casefold()
        if folded in seen:
            # Said of the file whose name is not lowercase: the other one is the member's.
            other, mine = seen[folded], relpath
            if Path(mine).stem == Path(mine).stem.lower():
                other, mine = mine, other
            problems.append(
                Problem(
                    mine,
                    None,
                    "",
                    msg(
                        "file name differs only by case from {other}: the two files clash "
                        "on macOS and Windows",
                        other=other,
                    ),
                    hint=msg(
                        "{other} is another member's file: name yours after your own GitHub "
                        "login, or, if {other} is yours, edit it and delete this one",
                        other=other,
                    ),
                )
            )
        else:
            seen[folded] = relpath
    return problems


PLACEHOLDER_STEMS = {"votre-login", "your-login", "jouw-login", "votre-identifiant"}
"""The join button's and the templates' stand-in for a login, in any letter case."""


def _rename_hint(stem: str, others: set[str]) -> Message | None:
    if stem.lower() in PLACEHOLDER_STEMS:
        return msg(
            "replace {stem} in the file name with your GitHub login, in lowercase "
            "(for example camille-martin.yaml)",
            stem=stem,
        )
    candidate = re.sub(r"-+", "-", re.sub(r"[^a-z0-9-]", "-", stem.lower())).strip("-")
    if candidate in others:
        return msg(
            "{name} is another member's file: name yours after your own GitHub login, in "
            "lowercase; if {name} is yours, edit it instead",
            name=f"{candidate}.yaml",
        )
    if candidate and is_handle(candidate) and candidate != stem:
        return msg("rename the file to {name}", name=f"{candidate}.yaml")
    return None


def check_member(
    doc: YamlDocument,
    handle: str,
    avatars_dir: Path,
    plans: Sequence[str],
    schema_problems: Sequence[Problem],
    bio_html: str | None = None,
) -> list[Problem]:
    """The rules beyond the schema for one parsed file; `schema_problems` are the schema's.
    `bio_html`: the bio already rendered (`rendered_bio`), so that it is not rendered again."""
    data = doc.data if isinstance(doc.data, dict) else {}
    reported = {p.key for p in schema_problems}
    problems = [p for p in line_breaks(doc, _MULTI_LINE) if p.key not in reported]
    problems += _contacts(doc, data, bio_html)
    if data.get("name") in MEMBER_NAMES.values():
        problems.append(
            _problem(
                doc,
                ("name",),
                msg("expected your name, found the template's '{name}'", name=data["name"]),
                hint=msg("write your name as it should appear in the directory"),
            )
        )
    problems += _avatar(doc, data, handle, avatars_dir, schema_problems)
    problems += _dates(doc, data, schema_problems)
    problems += _plan(doc, data, plans)
    problems += _duplicate_skills(doc, data)
    return problems


def _problem(doc: YamlDocument, keypath: KeyPath, message: Message, **extra: Any) -> Problem:
    return Problem(doc.relpath, doc.line_of(keypath), format_keypath(keypath), message, **extra)


def _public_texts(data: dict[str, Any]) -> Iterator[tuple[KeyPath, str, bool]]:
    """(key path, text, look for phones too) for every published text of a member file."""
    for key in _TEXT_FIELDS:
        if isinstance(data.get(key), str):
            yield (key,), data[key], True
    skills = data.get("skills")
    if isinstance(skills, list):
        for index, skill in enumerate(skills):
            if isinstance(skill, str):
                yield ("skills", index), skill, True
    links = data.get("links")
    if isinstance(links, dict):
        # Addresses are full of digits (profile ids): only e-mail addresses are looked for,
        # and phone numbers in the host alone.
        for key, value in links.items():
            values = value if isinstance(value, list) else [value]
            for index, url in enumerate(values):
                path: KeyPath = ("links", key, index) if isinstance(value, list) else ("links", key)
                if isinstance(url, str):
                    yield path, url, False


def rendered_bio(data: Any, render: Callable[[str], str] = render_safe_markdown) -> str | None:
    """A member file's bio as safe HTML (`render`: `render_safe_markdown`, or a cache of it),
    rendered once for the check and the profile; None when there is no bio text, or when it
    would cost too much to render (a problem says so)."""
    bio = data.get("bio") if isinstance(data, dict) else None
    if not isinstance(bio, str) or too_costly(bio):
        return None
    return render(bio)


def _contacts(doc: YamlDocument, data: dict[str, Any], bio_html: str | None) -> Iterator[Problem]:
    for keypath, text, phones in _public_texts(data):
        markdown = keypath == ("bio",)
        costly = too_costly(text) if markdown else None
        if costly:
            # Never rendered (here or by the build): the raw text is still searched.
            yield _problem(doc, keypath, costly, hint=COSTLY_HINT)
        seen: set[str] = set()
        rendered = bio_html if markdown else None
        for contact in find_contacts(
            text, phones=phones, markdown=markdown and not costly, rendered=rendered
        ):
            if contact.text in seen:
                continue
            seen.add(contact.text)
            yield _problem(
                doc,
                keypath,
                msg(
                    "expected no e-mail address in a public profile, found '{text}'",
                    text=contact.text,
                )
                if contact.kind == "e-mail address"
                else msg(
                    "expected no phone number in a public profile, found '{text}'",
                    text=contact.text,
                ),
                hint=msg(
                    "remove it: the directory is public, and people reach members through the space"
                ),
            )


def _avatar(
    doc: YamlDocument,
    data: dict[str, Any],
    handle: str,
    avatars_dir: Path,
    schema_problems: Sequence[Problem],
) -> list[Problem]:
    value = data.get("avatar")
    if not isinstance(value, str):
        return []
    if remote_avatar(data):
        gravatar = "gravatar" in value.lower()
        return [
            _problem(
                doc,
                ("avatar",),
                msg(
                    "expected the file name of a picture in members/avatars/, found a Gravatar "
                    "address"
                )
                if gravatar
                else msg(
                    "expected the file name of a picture in members/avatars/, found the "
                    "address '{value}'",
                    value=value,
                ),
                hint=msg(
                    "Gravatar addresses give away a hash of your e-mail address; add the "
                    "picture as {path} instead",
                    path=f"members/avatars/{handle}.jpg",
                )
                if gravatar
                else msg(
                    "pictures from other sites can track visitors; add the picture as {path} "
                    "instead",
                    path=f"members/avatars/{handle}.jpg",
                ),
            )
        ]
    if any(p.key == "avatar" for p in schema_problems):
        return []
    problems: list[Problem] = []
    if Path(value).stem != handle:
        problems.append(
            _problem(
                doc,
                ("avatar",),
                msg(
                    "expected a picture named after your file ({jpg}, {png} or {webp}), found "
                    "'{value}'",
                    jpg=f"{handle}.jpg",
                    png=f"{handle}.png",
                    webp=f"{handle}.webp",
                    value=value,
                ),
                hint=msg("each member publishes only their own picture"),
            )
        )
        return problems
    shown = f"{Path(doc.relpath).parent.as_posix()}/{avatars_dir.name}/{value}"
    line = doc.line_of(("avatar",))
    problems += avatars.check_avatar(avatars_dir / value, shown, doc.relpath, line)
    consent = data.get("consent")
    if not (isinstance(consent, dict) and consent.get("photo")):
        problems.append(
            _problem(
                doc,
                ("avatar",),
                msg("the picture is not published: expected a consent.photo date, found none"),
                severity=Severity.WARNING,
                hint=msg("add consent: photo: YYYY-MM-DD to publish it, or remove the avatar"),
            )
        )
    return problems


def _dates(
    doc: YamlDocument, data: dict[str, Any], schema_problems: Sequence[Problem]
) -> list[Problem]:
    joined, left = as_date(data.get("joined")), as_date(data.get("left"))
    if any(p.key in {"joined", "left"} for p in schema_problems):
        return []
    if joined is not None and left is not None and left < joined:
        return [
            _problem(
                doc,
                ("left",),
                msg(
                    "expected a date on or after 'joined' ({joined}), found {left}",
                    joined=joined.isoformat(),
                    left=left.isoformat(),
                ),
            )
        ]
    return []


def _plan(doc: YamlDocument, data: dict[str, Any], plans: Sequence[str]) -> list[Problem]:
    plan = data.get("plan")
    if not plans or not isinstance(plan, str) or plan in plans:
        return []
    close = difflib.get_close_matches(plan, plans, n=1, cutoff=0.6)
    known = ", ".join(f"'{p}'" for p in plans)
    return [
        _problem(
            doc,
            ("plan",),
            msg("expected one of {known}, found '{plan}'", known=known, plan=plan),
            hint=msg("did you mean '{plan}'?", plan=close[0])
            if close
            else msg("the plans are set in space.yaml"),
        )
    ]


def as_date(value: Any) -> dt.date | None:
    """A day written YYYY-MM-DD, bare (read by YAML as a date) or quoted (read as text)."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def remote_avatar(data: Any) -> bool:
    """The avatar is a web address (Gravatar or any other) rather than a file of ours."""
    value = data.get("avatar") if isinstance(data, dict) else None
    return isinstance(value, str) and _REMOTE.search(value) is not None


def _duplicate_skills(doc: YamlDocument, data: dict[str, Any]) -> list[Problem]:
    skills = data.get("skills")
    if not isinstance(skills, list):
        return []
    first: dict[str, int] = {}
    problems = []
    for index, skill in enumerate(skills):
        if not isinstance(skill, str):
            continue
        slug = slugify(skill)
        if slug in first:
            earlier = first[slug]
            problems.append(
                _problem(
                    doc,
                    ("skills", index),
                    msg(
                        "duplicate skill '{skill}': same as '{same}' ({key}), it is shown once",
                        skill=skill,
                        same=skills[earlier],
                        key=f"skills[{earlier}]",
                    ),
                    severity=Severity.WARNING,
                    hint=msg("remove one of the two"),
                )
            )
        else:
            first[slug] = index
    return problems
