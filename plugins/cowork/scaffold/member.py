"""`cowork new member`: a pre-filled, commented member file that passes the check as written.

The template is also what the join page's button pre-fills in the forge's web editor
(`member_template`), so a newcomer and a `make new-member` user start from the same text, in the
site's language.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources

from cowork.errors import UsageError
from cowork.files.names import GITHUB_LOGIN
from cowork.scaffold.placeholders import HANDLES, MEMBER_NAMES, in_language
from cowork.scaffold.write import Scaffolded, schema_comment, write_new
from cowork.settings import KitSettings
from cowork.site.forge import Forge, forge_of
from cowork.site.language import base_language
from cowork.text.messages import msg

LANGUAGES = ("fr", "en", "nl")
"""The languages the member file's comments are written in (`member_files/<lang>.yaml` beside this
module, with `{name}`, `{handle}`, `{today}` and `{login}` to fill in)."""

LOGIN_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "GitHub": "your GitHub login",
        "GitLab": "your GitLab username",
        "": "your GitHub or GitLab login",
    },
    "fr": {
        "GitHub": "ton identifiant GitHub",
        "GitLab": "ton nom d'utilisateur GitLab",
        "": "ton identifiant GitHub ou GitLab",
    },
    "nl": {
        "GitHub": "je GitHub-login",
        "GitLab": "je GitLab-gebruikersnaam",
        "": "je GitHub- of GitLab-login",
    },
}
"""What the member file calls the login its name is made of, by forge name; under "" (no
repository address yet), either."""


def _shipped(lang: str) -> str:
    return base_language(lang) if base_language(lang) in LANGUAGES else "en"


def _text(lang: str) -> str:
    folder = resources.files("cowork.scaffold").joinpath("member_files")
    return folder.joinpath(f"{_shipped(lang)}.yaml").read_text("utf-8")


def member_template(
    today: dt.date,
    name: str | None = None,
    schema_line: str = "",
    handle: str | None = None,
    lang: str = "fr",
    forge: Forge | None = None,
) -> str:
    """The member file a newcomer starts from, in the site's language, naming the login of the
    site's `forge`. Optional lines are commented with a bare `#` (no space after it): removing
    the `#`, as the text asks, leaves a line that starts where it should."""
    text = _text(lang).format(
        login=LOGIN_WORDS[_shipped(lang)][forge.name if forge else ""],
        name=name or in_language(MEMBER_NAMES, lang),
        handle=handle or in_language(HANDLES, lang),
        today=today.isoformat(),
    )
    return schema_line + text


def new_member(settings: KitSettings, handle: str, today: dt.date, name: str | None) -> Scaffolded:
    if not GITHUB_LOGIN.match(handle):
        raise UsageError(
            msg(
                "'{handle}' cannot name a member file: letters, digits and single hyphens",
                handle=handle,
            )
        )
    path = settings.members_path / f"{handle.lower()}.yaml"
    schema = schema_comment(settings, settings.members_path, "member")
    forge = forge_of(settings.repository_url)
    text = member_template(today, name, schema, handle.lower(), settings.lang, forge)
    write_new(path, text)
    relpath = path.relative_to(settings.root).as_posix()
    return Scaffolded(
        path,
        (
            msg(
                "Fill in {file} (at least your name; the comments say what each line is for).",
                file=relpath,
            ),
            msg(
                "Optionally add your photo as {photo} (or .png, .webp), then run {command}: it "
                "resizes it and removes its location data.",
                photo=f"members/avatars/{handle.lower()}.jpg",
                command=f"make avatar FILE=members/avatars/{handle.lower()}.jpg",
            ),
            msg("Check it: make check (or {command})", command=f".venv/bin/cowork check {relpath}"),
            msg(
                "Then commit the file, and the photo too: {command}; push and open a pull request.",
                command=f"git add {relpath} members/avatars/ && git commit -m "
                f"'Add {handle.lower()} to the directory'",
            ),
        ),
    )
