"""The event calendar's Pelican glue: pages, iCalendar and Atom feeds from `events/`.

`EventsGenerator` loads and checks the calendar in `generate_context` (a data problem stops the
build there, with every message, before anything is written) and shares what other parts of the
site use: `upcoming_events` for the home page, `events_by_organizer` for the member directory and
`events_schedule` (the `Schedule`) for recaps.
`generate_output` reads `member_links` (filled by the directory, if enabled) to link organisers,
and `recaps_subject_of` (filled by the recaps, if enabled; their templates read
`recaps_by_occurrence`), then writes every page and feed. State lives on the generator,
created afresh by each build.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.core import Locale
from babel.dates import get_day_names
from cowork.clock import build_now
from cowork.events import views
from cowork.events.atom import atom_feed
from cowork.events.description import description_html, description_text
from cowork.events.history import read_history
from cowork.events.ical import Export, events_calendar, google_calendar_url, occurrence_calendar
from cowork.events.model import Event, Occurrence
from cowork.events.schedule import Schedule, build_schedule
from cowork.events.structured import event_jsonld, script_json
from cowork.events.validate import member_handles
from cowork.settings import KitSettings
from cowork.text.dates import long_datetime
from pelican import signals
from pelican.generators import Generator

from cowork_pelican.reporting import report

logger = logging.getLogger(__name__)


class EventsGenerator(Generator):  # type: ignore[misc]
    """Builds the calendar once per run; reads no Pelican content, so no reader cache to keep."""

    def generate_context(self) -> None:
        settings = self.settings
        self.kit = KitSettings.from_build_settings(settings)
        self.zone = ZoneInfo(self.kit.timezone)
        self.urls = views.Urls(
            events=self.kit.events_url,
            calendar=settings.get("EVENTS_CALENDAR_URL", views.Urls.calendar),
            series_feed=settings.get("EVENTS_SERIES_FEED_URL", views.Urls.series_feed),
            tag_feed=settings.get("EVENTS_TAG_FEED_URL", views.Urls.tag_feed),
            atom=settings.get("EVENTS_FEED_ATOM", views.Urls.atom),
        )
        now = build_now(self.kit.timezone)
        schedule, problems = build_schedule(self.kit, now)
        report(problems)
        self.schedule: Schedule = schedule
        if member_handles(self.kit.members_path) is None:
            logger.info("events: no member file, so organisers are not checked against members/")
        history = read_history(self.kit.root, self.kit.events_path)
        if history.note:
            logger.info("events: %s", history.note)
        self.export = Export(
            calendar_name=settings["SITENAME"],
            site_url=self.kit.public_url,
            events_url=self.kit.events_url,
            history=history,
            now=now,
            horizon_year=schedule.horizon.year,
        )
        self.upcoming = views.show_all(schedule.upcoming(), self.zone, self.urls)
        self.context["upcoming_events"] = self.upcoming[: int(settings.get("EVENTS_HOME_COUNT", 3))]
        self.context["events_urls"] = self.urls
        self.context["events_by_organizer"] = views.events_by_organizer(schedule, self.urls)
        # For other parts of the site (recaps): occurrences found by (slug, original date).
        self.context["events_schedule"] = schedule

    # ─── Output ───────────────────────────────────────────────────────────────────────────────

    def generate_output(self, writer: Any) -> None:
        members: Mapping[str, Mapping[str, Any]] = self.context.get("member_links", {})
        self._write_pages(writer, members)
        self._write_feeds()

    def _page(self, writer: Any, url: str, template: str, **values: Any) -> None:
        writer.write_file(
            url + "index.html",
            self.env.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            canonical=url,
            events_urls=self.urls,
            public_url=self.kit.public_url,
            **values,
        )

    def _write_pages(self, writer: Any, members: Mapping[str, Mapping[str, Any]]) -> None:
        schedule, urls, zone = self.schedule, self.urls, self.zone
        list_months = int(self.settings.get("EVENTS_LIST_MONTHS", 6))
        limit = schedule.now.date().replace(day=1)
        for _ in range(list_months):
            limit = (limit.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        listed = [s for s in self.upcoming if s.day < limit]
        months = schedule.months()
        self._page(
            writer,
            urls.events,
            "events/list.html",
            months_listed=views.by_month(listed),
            later=[dt.date(y, m, 1) for y, m in months if dt.date(y, m, 1) >= limit],
            current_month=urls.month(schedule.now.year, schedule.now.month),
            tags=schedule.tags(),
        )
        past = list(reversed(views.show_all(schedule.past(), zone, urls)))
        self._page(writer, urls.archives(), "events/archives.html", years=views.by_year(past))
        lang = self.kit.lang
        first_weekday = Locale.parse(lang).first_week_day
        day_names = get_day_names("wide", locale=lang)
        short_names = get_day_names("abbreviated", locale=lang)
        weekdays = [((first_weekday + i) % 7) for i in range(7)]
        headers = [(day_names[d], short_names[d]) for d in weekdays]
        everything = views.show_all(schedule.occurrences, zone, urls)
        for index, (year, month) in enumerate(months):
            previous = dt.date(*months[index - 1], 1) if index > 0 else None
            following = dt.date(*months[index + 1], 1) if index + 1 < len(months) else None
            self._page(
                writer,
                urls.month(year, month),
                "events/month.html",
                month=dt.date(year, month, 1),
                weeks=views.month_grid(year, month, everything, first_weekday),
                month_items=[s for s in everything if (s.day.year, s.day.month) == (year, month)],
                weekday_headers=headers,
                previous_month=previous,
                next_month=following,
            )
        for event in schedule.events:
            self._write_event(writer, event, members)

    def _write_event(
        self, writer: Any, event: Event, members: Mapping[str, Mapping[str, Any]]
    ) -> None:
        schedule, urls = self.schedule, self.urls
        mine = views.show_all(schedule.occurrences_of(event.slug), self.zone, urls)
        upcoming = [s for s in mine if not s.occurrence.is_past(schedule.now)]
        past = [s for s in reversed(mine) if s.occurrence.is_past(schedule.now)]
        # The date the page leads with: the next one, else the last one, else (a first date
        # beyond the horizon) the event's own start.
        lead = upcoming[0] if upcoming else (past[0] if past else None)
        if lead is None:
            first = Occurrence(
                event, event.start, event.start, event.end, event.status, event.location
            )
            lead = views.show(first, self.zone, urls)
        featured = upcoming[0] if upcoming else None
        # Only published members are named: one who left, or has not consented, is not named at
        # all (never by their login) on the page, in its JSON-LD or anywhere else.
        organizers = [
            {"handle": handle, "name": str(members[handle]["name"]), "url": members[handle]["url"]}
            for handle in event.organizers
            if members.get(handle, {}).get("url")
        ]
        text = description_text(event.description)
        page_url = f"{self.kit.public_url}/{urls.event(event.slug)}"
        people = [
            {"name": o["name"], "url": f"{self.kit.public_url}/{o['url']}" if o["url"] else None}
            for o in organizers
        ]
        space = self.settings.get("SPACE", {})
        # Recaps of the event, when the recaps plugin is on (`cowork_pelican.recaps`).
        recaps = self.context.get("recaps_subject_of", {}).get(event.slug, ())
        jsonld = script_json(event_jsonld(lead.occurrence, page_url, text, people, space, recaps))
        shown = int(self.settings.get("EVENTS_PAGE_UPCOMING", 8))
        self._page(
            writer,
            urls.event(event.slug),
            "events/event.html",
            event=event,
            description=description_html(event.description),
            summary=text,
            organizers=organizers,
            upcoming=upcoming[:shown],
            more_upcoming=max(0, len(upcoming) - shown),
            more_url=urls.month(upcoming[shown].day.year, upcoming[shown].day.month)
            if len(upcoming) > shown
            else None,
            past=past,
            featured=featured,
            lead=lead,
            lead_is_past=not upcoming and bool(past),
            google_url=(
                google_calendar_url(featured.occurrence, f"{text[:400]}\n\n{page_url}")
                if featured
                else None
            ),
            ics_url=urls.occurrence_ics(featured.occurrence) if featured else None,
            jsonld=jsonld,
        )

    def _write_feeds(self) -> None:
        output = Path(self.output_path)
        schedule, urls, export = self.schedule, self.urls, self.export

        def write(url: str, data: bytes) -> None:
            target = output / url
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

        write(urls.calendar, events_calendar(schedule.events, "", export))
        for event in schedule.events:
            if event.is_series:
                write(urls.series(event), events_calendar([event], event.title, export))
            upcoming = [
                o for o in schedule.occurrences_of(event.slug) if not o.is_past(schedule.now)
            ]
            if upcoming:
                write(urls.occurrence_ics(upcoming[0]), occurrence_calendar(upcoming[0], export))
        for tag in schedule.tags():
            tagged = [e for e in schedule.events if tag in e.tags]
            write(urls.tag(tag), events_calendar(tagged, f"#{tag}", export))
        count = int(self.settings.get("EVENTS_FEED_MAX_ITEMS", 30))
        lang = self.kit.lang

        def describe(item: views.Shown) -> str:
            when = long_datetime(item.start, lang)
            return (
                f"{when} · {item.occurrence.location}\n\n{description_text(item.event.description)}"
            )

        feed = atom_feed(
            self.upcoming[:count],
            f"{self.settings['SITENAME']} · {self.settings.get('EVENTS_FEED_TITLE', 'Agenda')}",
            f"{self.kit.public_url}/{urls.atom}",
            export,
            describe,
            lang,
        )
        write(urls.atom, feed)


def get_generators(pelican: Any) -> type[EventsGenerator]:
    return EventsGenerator


def register() -> None:
    # A generator of our own: its generate_context runs with the others', before any output.
    signals.get_generators.connect(get_generators)
