"""The site's feeds and calendars, read as a feed reader and a calendar application would: every
Atom or RSS feed parses (feedparser), every `.ics` file parses (icalendar) and its events carry
what RFC 5545 requires, every other XML file (the sitemap) is well-formed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
from icalendar import Calendar

FEED_ROOTS = {"feed", "rss"}
EVENT_REQUIRED = ("UID", "DTSTAMP", "DTSTART")


def feed_problems(output: Path) -> tuple[int, list[str]]:
    """How many feeds and XML files were read, and what is wrong with them, file by file."""
    read, problems = 0, []
    for file in sorted(output.rglob("*.xml")):
        where = file.relative_to(output).as_posix()
        read += 1
        try:
            root = ET.parse(file).getroot()
        except ET.ParseError as error:
            problems.append(f"{where}: not well-formed XML: {error}")
            continue
        if root.tag.rsplit("}", 1)[-1] not in FEED_ROOTS:
            continue
        parsed = feedparser.parse(file.read_bytes())
        if parsed.bozo:
            problems.append(f"{where}: a feed reader cannot read it: {parsed.bozo_exception}")
        elif not parsed.feed.get("title"):
            problems.append(f"{where}: the feed has no title")
        for number, entry in enumerate(parsed.entries, start=1):
            if not entry.get("title") or not entry.get("link"):
                problems.append(f"{where}: entry {number} has no title or no link")
    return read, problems


def calendar_problems(output: Path) -> tuple[int, list[str]]:
    """How many `.ics` files were read, and what is wrong with them, file by file."""
    read, problems = 0, []
    for file in sorted(output.rglob("*.ics")):
        where = file.relative_to(output).as_posix()
        read += 1
        try:
            calendar = Calendar.from_ical(file.read_bytes())
        except ValueError as error:
            problems.append(f"{where}: a calendar application cannot read it: {error}")
            continue
        if calendar.name != "VCALENDAR":
            problems.append(f"{where}: expected a VCALENDAR, found {calendar.name}")
            continue
        for event in calendar.walk("VEVENT"):
            missing = [key for key in EVENT_REQUIRED if key not in event]
            if missing:
                uid = event.get("UID", "?")
                problems.append(f"{where}: the event {uid} has no {', '.join(missing)}")
    return read, problems
