"""The join page's button: its URL is computed here, not in the template.

Connected to `generator_init` because the button's URLs must be Jinja globals of the generator
that renders pages (`join.html`); the member template inside the URL carries the build's date,
and the site is rebuilt daily.
"""

from __future__ import annotations

from typing import Any

from cowork.clock import build_now
from cowork.site.forge import forge_of
from cowork.site.join_link import ask_an_editor_url, join_url, placeholder_file
from pelican import signals

from cowork_pelican.kit import kit_settings


def add_join_links(generator: Any) -> None:
    settings = generator.settings
    kit = kit_settings(settings)
    today = build_now(kit.timezone).date()
    generator.env.globals["JOIN_URL"] = join_url(kit, today)
    generator.env.globals["JOIN_ASK_URL"] = ask_an_editor_url(kit)
    generator.env.globals["JOIN_PLACEHOLDER"] = placeholder_file(kit.lang)
    # The steps name the forge and quote its buttons (None: no repository, no button).
    generator.env.globals["JOIN_FORGE"] = forge_of(kit.repository_url)


def register() -> None:
    signals.generator_init.connect(add_join_links)
