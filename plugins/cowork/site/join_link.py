"""The "Rejoindre" link: the hosting service's web editor, opened on a pre-filled member file.

A newcomer clicks, lands in GitHub's (or GitLab's) "new file" page in `members/` with the member
template already typed in, replaces the placeholder login, and proposes the change: no clone, no
command line. The repository address and branch come from the settings.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlencode

from cowork.scaffold.member import member_template
from cowork.scaffold.write import schema_comment
from cowork.settings import KitSettings
from cowork.site.forge import GITLAB, forge_of
from cowork.site.language import base_language

JOIN_FORMS = {"fr": "rejoindre.yml", "en": "join.yml", "nl": "aanmelden.yml"}
"""The GitHub issue form (`.github/ISSUE_TEMPLATE/`) for joining, named in the site's language:
its name shows in the address bar (`cowork init` writes it under this name)."""

PLACEHOLDER_FILES = {"fr": "VOTRE-LOGIN.yaml", "en": "YOUR-LOGIN.yaml", "nl": "JOUW-LOGIN.yaml"}
"""What the newcomer replaces with their login, in the site's language; the check names it if
they forget."""
PLACEHOLDER_FILE = PLACEHOLDER_FILES["fr"]


def join_url(settings: KitSettings, today: dt.date) -> str | None:
    """The pre-filled "new file" URL, or None when the settings name no repository."""
    if not settings.repository_url:
        return None
    folder = settings.members_path.relative_to(settings.root).as_posix()
    schema_line = schema_comment(settings, settings.members_path, "member")
    forge = forge_of(settings.repository_url)
    template = member_template(today, schema_line=schema_line, lang=settings.lang, forge=forge)
    placeholder = placeholder_file(settings.lang)
    branch = quote(settings.repository_branch, safe="")
    if forge == GITLAB:
        query = urlencode({"file_name": placeholder, "content": template}, quote_via=quote)
        return f"{settings.repository_url}/-/new/{branch}/{quote(folder)}?{query}"
    query = urlencode({"filename": placeholder, "value": template}, quote_via=quote)
    return f"{settings.repository_url}/new/{branch}/{quote(folder)}?{query}"


def placeholder_file(lang: str) -> str:
    """The file name the join button proposes, for the newcomer to replace with their login."""
    return PLACEHOLDER_FILES.get(base_language(lang), PLACEHOLDER_FILES["en"])


def ask_an_editor_url(settings: KitSettings) -> str | None:
    """The issue form for people who would rather an editor added them (GitHub only)."""
    if forge_of(settings.repository_url) in (None, GITLAB):
        return None
    return f"{settings.repository_url}/issues/new?template={join_form_file(settings.lang)}"


def join_form_file(lang: str) -> str:
    """The join issue form's file name for a site in `lang`."""
    return JOIN_FORMS.get(base_language(lang), JOIN_FORMS["en"])
