"""The home page's glue: hands `index.html` the sections `cowork.site.home` computed.

The home page is the first page of Pelican's blog index (`index.html`); its pages 2 and after stay
the blog's older articles. Once every generator has its context (articles, pages, the calendar's
and the directory's shares), `add_home` puts a `home` (`cowork.site.home.Home`) in the context
that `index.html` is rendered with, the week's hours (`space_hours`) and the table of plans
(`SPACE_PRICES`) for the prices page, and the hours in words for the footer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cowork.clock import build_now
from cowork.members.model import tone
from cowork.site.home import SiteParts, home_page
from cowork.space.hours import week_text
from cowork.space.model import Space
from cowork.space.prices import price_table
from cowork.text.rendered import CACHE_FOLDER as RENDERED_FOLDER
from cowork.text.rendered import RenderedTexts
from pelican import signals

from cowork_pelican import shared
from cowork_pelican.conf import SPACE_MODEL
from cowork_pelican.kit import kit_settings


def add_home(generators: Sequence[Any]) -> None:
    """Compute the home page once every generator has read its data, before any is written."""
    if not generators:
        return
    # Every generator of a run shares one context dictionary.
    context = generators[0].context
    space = context.get(SPACE_MODEL)
    if not isinstance(space, Space):
        return
    kit = kit_settings(context)
    events, members = shared.events(context), shared.members(context)
    # The members' pictures, or their initials on a tone of their own (members/card.html).
    context["tone"] = tone
    # The introduction and directions, as an earlier build rendered them while they are unchanged.
    texts = RenderedTexts.open("home", kit.root / RENDERED_FOLDER)
    context["home"] = home = home_page(
        space,
        kit.lang,
        build_now(kit.timezone).date(),
        SiteParts(
            has_events=bool(events and events.home),
            has_posts=bool(context.get("articles")),
            member_count=members.current_count if members else 0,
            profiles=members.profiles if members else (),
            prices_url=_page_url(context, "prices"),
            join_url=_page_url(context, "join"),
        ),
        texts.render,
    )
    texts.save()
    # The prices page shows the week's hours and the closures too (prices.html).
    context["space_hours"] = home.hours
    # The prices page's table (a page with `Template: prices`) and the footer's hours, written
    # with Babel: made here for the build, not in the settings, which every `cowork check` reads.
    context["SPACE_PRICES"] = price_table(space, space.language)
    hours = week_text(space, space.language)
    context["SPACE"] = {**context.get("SPACE", {}), "opening_hours": hours}


def _page_url(context: dict[str, Any], template: str) -> str | None:
    """The first page (of the site's language) laid out with `template`."""
    for page in context.get("pages", []):
        if getattr(page, "template", None) == template:
            return str(page.url)
    return None


def register() -> None:
    # After every generate_context (articles, pages, events, members), before generate_output
    # writes index.html with the shared context.
    signals.all_generators_finalized.connect(add_home)
