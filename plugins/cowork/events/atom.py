"""An Atom feed of the upcoming occurrences, for feed readers (feedgenerator, as Pelican uses).

Entry ids name the occurrence for good (`<event page>#<original date>`) and `updated` is the time
of the event file's last commit, so the feed changes only when the calendar does.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable

from feedgenerator import Atom1Feed

from cowork.events.ical import Export
from cowork.events.views import Shown
from cowork.text.languages import language_tag


class _StableFeed(Atom1Feed):  # type: ignore[misc]
    """feedgenerator dates an empty feed with the wall clock; use the build's "now" instead."""

    fallback: dt.datetime

    def latest_post_date(self) -> dt.datetime:
        if not self.items:
            return self.fallback
        latest: dt.datetime = super().latest_post_date()
        return latest


def atom_feed(
    items: Iterable[Shown],
    title: str,
    feed_url: str,
    export: Export,
    describe: Callable[[Shown], str],
    lang: str,
) -> bytes:
    """`describe(item)` gives each entry's plain text (the date line and the description)."""
    site = export.site_url
    feed = _StableFeed(
        title=title,
        link=f"{site}/{export.events_url}",
        description="",
        feed_url=feed_url,
        language=language_tag(lang),
        # RFC 4287 wants an author on the feed when entries have none: the space itself.
        author_name=export.calendar_name,
        author_link=f"{site}/" if site else None,
    )
    feed.fallback = export.now.astimezone(dt.UTC).replace(microsecond=0)
    for item in items:
        link = f"{site}/{item.url}"
        stamp = export.stamp(item.event)
        feed.add_item(
            title=item.event.title,
            link=link,
            description=_as_html(describe(item)),
            unique_id=f"{link}#{item.occurrence.original_date.isoformat()}",
            pubdate=stamp,
            updateddate=stamp,
            categories=list(item.event.tags),
        )
    return str(feed.writeString("utf-8")).encode("utf-8")


def _as_html(text: str) -> str:
    """Atom summaries are HTML to feed readers: text written in a pull request is escaped, so
    `<img onerror=…>` in a place name shows as text instead of running in someone's reader."""
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    return "".join(f"<p>{html.escape(part)}</p>" for part in paragraphs)
