"""`cowork init DIR`: a complete repository for a new space's site, in the site's language.

The files come from the skeleton shipped beside this module (`skeleton/README.md` says how it is
laid out): `site/` for every site, `text/<language>/` for the words, `pipelines/<forge>/` for CI.
Each `@KEY@` in a file's name or text is replaced by the space's answers or by the language's
phrases (`text/<language>/phrases.yaml`); `dot-` at the start of a name becomes `.`. Every file is
made in memory first and written only when all of them could be made, into a folder that is new
or empty: a refusal leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import yaml

from cowork.errors import UsageError
from cowork.scaffold.answers import SiteAnswers
from cowork.scaffold.pins import KIT_REPOSITORY, kit_version, requirements_text
from cowork.scaffold.write import ScaffoldError
from cowork.site.join_link import join_form_file
from cowork.site.language import base_language, words
from cowork.text.messages import msg

SKELETON = Path(__file__).resolve().parent / "skeleton"
PLACEHOLDER = re.compile(r"@([A-Z][A-Z0-9_]*)@")
FORGE_NAMES = {"github": "GitHub", "gitlab": "GitLab"}


@dataclass(frozen=True)
class NewFile:
    """One file of a new site, relative to its root."""

    relpath: str
    text: str

    @property
    def executable(self) -> bool:
        return self.text.startswith("#!")


def check_target(target: Path) -> None:
    """Refuse a target that is a file or a folder with anything in it."""
    if target.exists() and not target.is_dir():
        raise UsageError(
            msg("{target}: expected a folder for the new site, found a file", target=str(target))
        )
    if target.is_dir():
        entries = sorted(entry.name for entry in target.iterdir())
        if entries:
            shown = ", ".join(entries[:3]) + (", …" if len(entries) > 3 else "")
            raise UsageError(
                msg(
                    "{target}: expected a new or empty folder, found one holding {shown} "
                    "(nothing was written)",
                    target=str(target),
                    shown=shown,
                )
            )


def site_files(answers: SiteAnswers, kit_line: str, today: dt.date) -> list[NewFile]:
    """Every file of the new site, in the order they are written."""
    lang = base_language(answers.lang)
    text = SKELETON / "text" / lang
    values = _values(answers, today, _phrases(text / "phrases.yaml", answers.forge))
    sources = [
        SKELETON / "site",
        text / "site",
        text / answers.forge,
        SKELETON / "pipelines" / answers.forge,
    ]
    files = [
        NewFile(
            _fill(_target(path.relative_to(folder)), values, path),
            _fill(path.read_text("utf-8"), values, path),
        )
        for folder in sources
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]
    files.append(
        NewFile("requirements.txt", requirements_text(kit_line, values["REQUIREMENTS_HEADER"]))
    )
    return files


def init_site(target: Path, answers: SiteAnswers, kit_line: str, today: dt.date) -> list[Path]:
    """Write the new site into `target` (new or empty) and return the files written."""
    check_target(target)
    files = site_files(answers, kit_line, today)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for new in files:
        path = target / new.relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(new.text)
        if new.executable:
            path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        written.append(path)
    return written


def _values(answers: SiteAnswers, today: dt.date, phrases: Mapping[str, Any]) -> dict[str, str]:
    word = words(answers.lang)
    city = answers.address.city if answers.address else ""
    version = kit_version()
    values = {
        "NAME": answers.name,
        "NAME_YAML": _yaml(answers.name),
        "LANGUAGE": answers.lang,
        "LANG_BASE": base_language(answers.lang),
        "TIMEZONE": answers.timezone,
        "PUBLIC_URL": answers.public_url,
        "REPOSITORY_URL": answers.repository_url,
        "REPOSITORY_PATH": urlsplit(answers.repository_url).path.strip("/"),
        "FORGE": FORGE_NAMES[answers.forge],
        "ADMIN": answers.admin,
        "ADMIN_NAME": answers.admin_name,
        "ADMIN_NAME_YAML": _yaml(answers.admin_name),
        "TODAY": today.isoformat(),
        "YEAR": str(today.year),
        "VERSION": version,
        "KIT_REPOSITORY": KIT_REPOSITORY,
        "SCHEMAS": f"https://raw.githubusercontent.com/{urlsplit(KIT_REPOSITORY).path.strip('/')}"
        f"/v{version}/plugins/cowork/schemas",
        "MEMBERS_URL": f"{word.members}/",
        "EVENTS_URL": f"{word.events}/",
        "JOIN_FORM": join_form_file(answers.lang),
        "IN_CITY": str(phrases["IN_CITY"]).format(city=city) if city else "",
    }
    values["TAGLINE_YAML"] = _yaml(str(phrases["TAGLINE"]).format(in_city=values["IN_CITY"]))
    values["ADDRESS_YAML"] = _address_yaml(answers, phrases)
    for key, phrase in phrases.items():
        if isinstance(phrase, str):
            values.setdefault(key, _fill(phrase, values, Path("phrases.yaml")))
    return values


def _phrases(path: Path, forge: str) -> dict[str, Any]:
    """The language's phrases, the forge's own ones (`github:`, `gitlab:`) over the others."""
    data = yaml.safe_load(path.read_text("utf-8"))
    return {**{k: v for k, v in data.items() if k.isupper()}, **data.get(forge, {})}


def _address_yaml(answers: SiteAnswers, phrases: Mapping[str, Any]) -> str:
    """The address as answered, or a commented one to fill in; either way with the optional
    keys commented (the map's point, the directions), each valid once uncommented."""
    address = answers.address
    optional = [
        f"  # {phrases['ADDRESS_MAP']}",
        "  # latitude: 50.8466",
        "  # longitude: 4.3528",
        f"  # {phrases['ADDRESS_DIRECTIONS']}",
        "  # directions: |",
        f"  #   {phrases['DIRECTIONS_EXAMPLE']}",
    ]
    if address is None:
        # Commented twice inside the commented address: uncommenting the address leaves them
        # commented, to uncomment in turn.
        lines = [f"# {phrases['ADDRESS_LATER']}", "# address:"]
        lines += ["#   street: …", "#   postcode: …", "#   city: …"]
        return "\n".join([*lines, *(f"# {line}" for line in optional)])
    lines = ["address:"]
    for key, value in (
        ("street", address.street),
        ("postcode", address.postcode),
        ("city", address.city),
        ("country", address.country),
    ):
        if value:
            lines.append(f"  {key}: {_yaml(value)}")
    return "\n".join([*lines, *optional])


def _yaml(value: str) -> str:
    """`value` as a YAML scalar on one line: plain when it can be, quoted when it must."""
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**6)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()


def _target(relpath: Path) -> str:
    """The written name: `dot-gitignore` → `.gitignore`, `dot-github/` → `.github/`."""
    parts = [f".{p.removeprefix('dot-')}" if p.startswith("dot-") else p for p in relpath.parts]
    return PurePosixPath(*parts).as_posix()


def _fill(text: str, values: Mapping[str, str], source: Path) -> str:
    def value(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise ScaffoldError(
                msg(
                    "{source}: unknown placeholder {key} (a bug in the kit)",
                    source=str(source),
                    key=f"@{key}@",
                )
            )
        return values[key]

    return PLACEHOLDER.sub(value, text)
