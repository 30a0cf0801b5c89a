"""Development settings of the site: `make html` and `make serve` use this file.

A space that forks the kit edits the block "Your space" below, and nothing else, to make the site
its own. `publishconf.py` imports everything here and adds what only the public site needs.
"""

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# The kit's own code lives in plugins/; make it importable even without `pip install -e .`.
if str(ROOT / "plugins") not in sys.path:
    sys.path.insert(0, str(ROOT / "plugins"))

# ─── Your space ───────────────────────────────────────────────────────────────────────────────
# Everything a fork changes to make the site its own. Invented sample values: replace them all.
SITENAME = "La Navette"
SITESUBTITLE = "Espace de coworking associatif à Lille"
SPACE = {
    "name": "La Navette",
    "legal_name": "Association La Navette",
    "city": "Lille",
    "street": "27 rue du Métier",
    "postcode": "59000",
    "country": "FR",
    "latitude": 50.6305,
    "longitude": 3.0706,
    "contact_email": "bonjour@la-navette.example",
    "opening_hours": "Du lundi au vendredi, de 8 h 30 à 19 h",
}
# Where the site's sources are hosted: used for the "join" and "edit this page" links.
REPOSITORY_URL = "https://github.com/la-navette/site"
REPOSITORY_BRANCH = "main"
# Social links shown in the footer: (label, https URL).
SOCIAL = [
    ("Mastodon", "https://mastodon.example/@lanavette"),
    ("PeerTube", "https://video.example/c/lanavette"),
]
TIMEZONE = "Europe/Paris"
# The interface language: "fr" or "en" (catalogs in theme/translations/).
DEFAULT_LANG = "fr"
# The production address, used by publishconf.py for canonical URLs and feeds.
PUBLIC_URL = "https://la-navette.example"
# ──────────────────────────────────────────────────────────────────────────────────────────────

AUTHOR = "L'équipe de La Navette"
PATH = "content"
THEME = "theme"
OUTPUT_PATH = "output"
# Builds go to a temporary folder that replaces output/ only when the whole build succeeded.
PELICAN_CLASS = "cowork_pelican.AtomicPelican"
PLUGIN_PATHS = ["plugins"]
PLUGINS = [
    "cowork_pelican.site",
    "cowork_pelican.members",
    "cowork_pelican.events",
    "cowork_pelican.join",
    "cowork_pelican.recaps",
    # Last: lists every page the others wrote.
    "cowork_pelican.sitemap",
]

# Development: links relative to each page, so output/ can be opened from the disk.
SITEURL = ""
RELATIVE_URLS = True

# The theme translates its strings with gettext (catalogs compiled in memory by the site plugin).
JINJA_ENVIRONMENT = {"extensions": ["jinja2.ext.i18n"], "trim_blocks": True, "lstrip_blocks": True}

# Blog URLs: pretty, French, and stable once published (feed ids derive from them).
ARTICLE_URL = "blog/{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
ARTICLE_LANG_URL = "{lang}/blog/{date:%Y}/{slug}/"
ARTICLE_LANG_SAVE_AS = ARTICLE_LANG_URL + "index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = PAGE_URL + "index.html"
PAGE_LANG_URL = "{lang}/{slug}/"
PAGE_LANG_SAVE_AS = PAGE_LANG_URL + "index.html"
CATEGORY_URL = "blog/categorie/{slug}/"
CATEGORY_SAVE_AS = CATEGORY_URL + "index.html"
CATEGORIES_URL = "blog/categories/"
CATEGORIES_SAVE_AS = CATEGORIES_URL + "index.html"
TAG_URL = "blog/etiquette/{slug}/"
TAG_SAVE_AS = TAG_URL + "index.html"
TAGS_URL = "blog/etiquettes/"
TAGS_SAVE_AS = TAGS_URL + "index.html"
AUTHOR_URL = "blog/auteur/{slug}/"
AUTHOR_SAVE_AS = AUTHOR_URL + "index.html"
AUTHORS_URL = "blog/auteurs/"
AUTHORS_SAVE_AS = AUTHORS_URL + "index.html"
ARCHIVES_URL = "blog/archives/"
ARCHIVES_SAVE_AS = ARCHIVES_URL + "index.html"
YEAR_ARCHIVE_URL = "blog/{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = YEAR_ARCHIVE_URL + "index.html"
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
INDEX_URL = ""
INDEX_SAVE_AS = "index.html"
DIRECT_TEMPLATES = ["index", "categories", "tags", "authors", "archives"]
DEFAULT_PAGINATION = 5
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
SUMMARY_MAX_LENGTH = 40
# Every article states its `Date:`: it is in its URL and its feed id, which must never change
# (a date taken from the file system would change with every clone).
DEFAULT_DATE = None
# Articles dated in the future stay drafts until their day comes.
WITH_FUTURE_DATES = False
SLUGIFY_SOURCE = "title"

# Feeds: Atom for the whole blog and per category; no RSS duplicates. In development they carry
# relative links (no absolute feed domain): publishconf.py sets FEED_DOMAIN for the real ones.
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
FEED_ALL_RSS = None
CATEGORY_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
FEED_MAX_ITEMS = 20
LOG_FILTER = [
    (
        logging.WARNING,
        "Feeds generated without SITEURL or FEED_DOMAIN set properly may not be valid",
    )
]

STATIC_PATHS = ["images"]
IGNORE_FILES = [".#*", "*~", "*.swp"]
TYPOGRIFY = False
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.toc": {"permalink": False},
        "markdown.extensions.smarty": {},
    },
    "output_format": "html5",
}

# Data folders of the kit, beside content/: one YAML file per member and per event.
MEMBERS_PATH = str(ROOT / "members")
EVENTS_PATH = str(ROOT / "events")
# Folders `make serve` watches besides content/ and theme/.
WATCH_PATHS = [MEMBERS_PATH, EVENTS_PATH, str(ROOT / "plugins")]

# Sections of the kit, shown in the main menu when their plugin is enabled.
MEMBERS_URL = "membres/"
# A profile, a page per skill and the published (re-encoded) pictures, under MEMBERS_URL.
MEMBER_URL = MEMBERS_URL + "{handle}/"
MEMBERS_SKILL_URL = MEMBERS_URL + "competences/{slug}/"
MEMBERS_AVATARS_URL = MEMBERS_URL + "avatars/"
EVENTS_URL = "evenements/"

# Membership plans (shown on member profiles); an empty list lets members write any text.
MEMBERSHIP_PLANS = ["Nomade", "Résident", "Bureau fixe", "Association"]
# Recurring events without an end are expanded this many months ahead of the build.
EVENTS_HORIZON_MONTHS = 18
# A rule giving more occurrences than this (within the horizon, or in all) is refused as a typo.
EVENTS_MAX_OCCURRENCES = 500
# The events list shows this many months ahead; later months are reached through the month view.
EVENTS_LIST_MONTHS = 6
# How many upcoming events the home page shows, and how many dates an event page lists.
EVENTS_HOME_COUNT = 3
EVENTS_PAGE_UPCOMING = 8
# Feeds of the calendar (relative to the site root). Subscribed calendars refresh every 12 hours.
EVENTS_CALENDAR_URL = "calendar.ics"
EVENTS_SERIES_FEED_URL = "calendar/{slug}.ics"
EVENTS_TAG_FEED_URL = "calendar/etiquette/{tag}.ics"
EVENTS_FEED_ATOM = "feeds/evenements.atom.xml"
EVENTS_FEED_TITLE = "Agenda"
EVENTS_FEED_MAX_ITEMS = 30
