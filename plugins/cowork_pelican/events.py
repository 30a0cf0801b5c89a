"""The event calendar's Pelican glue: pages, iCalendar and Atom feeds from `events/`.

`EventsGenerator` loads and checks the calendar in `generate_context` (a data problem stops the
build there, with every message, before anything is written) and shares an `EventsShare`
(`cowork_pelican.shared`) with the home page, the member directory and the recaps.
`generate_output` reads the `MembersShare` (to link organisers) and the `RecapsShare` (the
events' `subjectOf`), when those plugins are on, then writes what `cowork.events.pages` shaped.
State lives on the generator, created afresh by each build.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

from cowork.clock import build_now
from cowork.events import pages, views
from cowork.events.atom import atom_feed
from cowork.events.description import Descriptions
from cowork.events.ical import CACHE_FOLDER as CALENDARS_FOLDER
from cowork.events.ical import Calendars, Export, address_line
from cowork.events.schedule import Schedule, build_schedule
from cowork.files.checked import CACHE_FOLDER as CHECKED_FOLDER
from cowork.files.checked import CheckedFiles
from cowork.files.history import read_revisions
from cowork.files.inventory import member_handles
from cowork.files.keyed import KeyedFiles
from cowork.text.rendered import CACHE_FOLDER as RENDERED_FOLDER
from pelican import signals
from pelican.generators import Generator

from cowork_pelican import shared
from cowork_pelican.kit import kit_settings
from cowork_pelican.reporting import defer, report_all, say
from cowork_pelican.streaming import write_page
from cowork_pelican.structured import card_image

logger = logging.getLogger(__name__)


class EventsGenerator(Generator):  # type: ignore[misc]
    """Builds the calendar once per run; reads no Pelican content, so no reader cache to keep."""

    def generate_context(self) -> None:
        self.kit = kit = kit_settings(self.settings)
        self.zone = ZoneInfo(kit.timezone)
        self.urls = views.Urls.from_settings(kit)
        now = build_now(kit.timezone)
        # Files that passed the schema unchanged in an earlier build are not checked again.
        checked = CheckedFiles.open("event", kit.root / CHECKED_FOLDER)
        schedule, problems = build_schedule(kit, now, checked)
        checked.save()
        defer(self.settings, problems)
        self.schedule: Schedule = schedule
        if member_handles(kit.members_path) is None:
            logger.info("events: no member file, so organisers are not checked against members/")
        history = read_revisions(kit.root, kit.events_path)
        if history.note:
            logger.info("events: %s", say(self.settings, history.note))
        # Descriptions rendered by an earlier build are not rendered again until they change.
        self.descriptions = Descriptions(kit.root / RENDERED_FOLDER)
        self.export = Export(
            calendar_name=kit.sitename,
            site_url=kit.public_url,
            events_url=kit.events_url,
            history=history,
            now=now,
            horizon_year=schedule.horizon.year,
            address=address_line(kit.space),
            describe=self.descriptions.text,
        )
        # Every date as the pages show it, made once for the list, the months and the archive.
        self.shown = views.show_all(schedule.occurrences, self.zone, self.urls)
        self.upcoming = [s for s in self.shown if not s.occurrence.is_past(now)]
        share = shared.EventsShare(
            schedule=schedule,
            urls=self.urls,
            home=self.upcoming[: kit.events_home_count],
            by_organizer=views.events_by_organizer(schedule, self.urls),
        )
        shared.set_events(self.context, share)

    # ─── Output ───────────────────────────────────────────────────────────────────────────────

    def generate_output(self, writer: Any) -> None:
        self._write_feeds()
        self._write_pages(writer)
        self.descriptions.save()

    def _page(self, writer: Any, url: str, template: str, **values: Any) -> None:
        write_page(
            writer,
            url + "index.html",
            self.env.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            canonical=url,
            events_urls=self.urls,
            public_url=self.kit.public_url,
            **values,
        )

    def _write_pages(self, writer: Any) -> None:
        schedule, urls, zone, kit = self.schedule, self.urls, self.zone, self.kit
        back = kit.events_past_months
        listing = pages.list_page(
            schedule, self.upcoming, urls, kit.events_list_months, kit.public_url, back, kit.lang
        )
        self._page(writer, urls.events, "events/list.html", view=listing)
        for archive in pages.archive_pages(schedule, zone, urls, self.shown):
            self._page(writer, archive.url, "events/archives.html", view=archive)
        for month in pages.month_pages(schedule, zone, urls, kit.lang, back, self.shown):
            self._page(writer, month.url, "events/month.html", view=month)
        site = pages.Site(
            kit.public_url, kit.space, kit.events_page_upcoming, kit.events_page_past, kit.lang
        )
        members = shared.member_links(self.context)
        recaps = shared.recaps(self.context)
        describe = self.descriptions
        recapped: dict[str, set[dt.date]] = {}
        for slug, day in recaps.by_occurrence if recaps else ():
            recapped.setdefault(slug, set()).add(day)
        for event in schedule.events:
            subject_of = recaps.subject_of.get(event.slug, ()) if recaps else ()
            mine = frozenset(recapped.get(event.slug, ()))
            image = card_image(self.settings, urls.event(event.slug))
            page = pages.event_page(
                event, schedule, zone, urls, site, members, subject_of, mine, image, describe
            )
            self._page(writer, page.url, "events/event.html", view=page)

    def _write_feeds(self) -> None:
        output = str(self.output_path)
        schedule, urls, export = self.schedule, self.urls, self.export
        # VEVENTs serialised by an earlier build are reused while their event is unchanged.
        calendars = Calendars(export, self.kit.root / RENDERED_FOLDER)
        # Each event's own calendars, small and many, are links to files kept by their bytes.
        kept = KeyedFiles(self.kit.root / CALENDARS_FOLDER, ".ics")

        def target_of(url: str) -> str:
            # Paths as text, one per event (see `KeyedFiles.file`).
            target = os.path.join(output, url)  # noqa: PTH118
            os.makedirs(os.path.dirname(target), exist_ok=True)  # noqa: PTH103, PTH120
            return target

        def write(url: str, pieces: Iterable[bytes]) -> None:
            with open(target_of(url), "wb") as out:  # noqa: PTH123
                out.writelines(pieces)

        def keep(url: str, pieces: Iterable[bytes]) -> None:
            kept.place_bytes(b"".join(pieces), target_of(url))

        write(urls.calendar, calendars.feed(schedule.events, ""))
        for event in schedule.events:
            if event.is_series:
                keep(urls.series(event), calendars.feed([event], event.title))
            upcoming = [
                o for o in schedule.occurrences_of(event.slug) if not o.is_past(schedule.now)
            ]
            if upcoming:
                keep(urls.occurrence_ics(upcoming[0]), [calendars.occurrence(upcoming[0])])
        for tag in schedule.tags():
            tagged = [e for e in schedule.events if tag in e.tags]
            write(urls.tag(tag), calendars.feed(tagged, f"#{tag}"))
        lang = self.kit.lang
        feed = atom_feed(
            self.upcoming[: self.kit.events_feed_max_items],
            f"{self.kit.sitename} · {self.kit.events_feed_title}",
            f"{self.kit.public_url}/{urls.atom}",
            export,
            lambda item: pages.feed_entry_text(item, lang, self.descriptions),
            lang,
        )
        write(urls.atom, [feed])
        calendars.save()
        kept.prune()


def get_generators(pelican: Any) -> type[EventsGenerator]:
    return EventsGenerator


def register() -> None:
    # A generator of our own: its generate_context runs with the others', before any output.
    signals.get_generators.connect(get_generators)
    # Its problems are shown with every other plugin's, before anything is written.
    signals.get_writer.connect(report_all)
