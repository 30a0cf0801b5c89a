"""The kit's Pelican settings, made from `space.yaml`: what a space's `pelicanconf.py` imports.

A space's settings file holds only its own choices:

    from cowork_pelican.conf import site_settings
    globals().update(site_settings(__file__))
    # the space's own choices below, for example DEFAULT_PAGINATION = 10

`site_settings` reads `space.yaml` beside the settings file (name, language, time zone, public
and repository addresses, address, hours, plans...) and adds every setting the kit needs, with the
addresses in the site's language (`cowork.site.language`). A `space.yaml` with problems still gives
settings (the kit's defaults), and its problems are reported by the site plugin when the build
starts: every one, with its line, and the build stops before anything is written.
`production_settings` adds what only the public site needs (`make publish`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cowork.files.inventory import LEFTOVERS
from cowork.settings import language_defaults
from cowork.site.language import words
from cowork.space import SPACE_FILE
from cowork.space.load import declared_language, read_space
from cowork.space.model import Space
from cowork.text.messages import ENGLISH

SPACE_PROBLEMS = "SPACE_PROBLEMS"
"""Where `site_settings` leaves the problems of `space.yaml` for the site plugin to report. No
leading underscore: `publishconf.py`'s `from pelicanconf import *` would leave it behind, and the
production build would not report them."""

SPACE_MODEL = "SPACE_MODEL"
"""Where `site_settings` leaves the `Space` read from `space.yaml`, for the home page's plugin
(no leading underscore: `publishconf.py` takes the settings with `from pelicanconf import *`)."""

THEME = Path(__file__).resolve().parent / "theme"
"""The kit's theme, shipped inside the package."""

PLUGINS = [
    "cowork_pelican.site",
    "cowork_pelican.members",
    "cowork_pelican.events",
    "cowork_pelican.join",
    "cowork_pelican.recaps",
    # After the recaps: spaceapi.json, the home page's and the articles' structured data.
    "cowork_pelican.structured",
    "cowork_pelican.sharecards",
    # After the others' generate_context: the home page gathers what they read.
    "cowork_pelican.home",
    # Last: lists every page the others wrote.
    "cowork_pelican.sitemap",
]


_WARNING = 30
"""`logging.WARNING`, written out: `cowork check` reads these settings too, and loading `logging`
for its number would cost each pull request's check 5 ms (a build loads it anyway)."""


def site_settings(settings_file: str | Path) -> dict[str, Any]:
    """Every setting of a development build of the site whose settings file is `settings_file`."""
    root = Path(settings_file).resolve().parent
    reading = read_space(root / SPACE_FILE, root)
    space = reading.space
    # A space.yaml with problems still says which language to tell them in.
    lang = space.language if space else declared_language(root / SPACE_FILE, root) or ENGLISH
    values = _kit_settings(root, lang)
    # While space.yaml is wrong elsewhere, members' plans are still checked against its plans.
    values["MEMBERSHIP_PLANS"] = list(reading.plan_names)
    if space is not None:
        values.update(_space_settings(space))
        values[SPACE_MODEL] = space
    values[SPACE_PROBLEMS] = reading.problems
    return values


def production_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """What `make publish` adds: absolute URLs on the public address, feeds with a domain, and
    pages removed from `content/` gone from the site."""
    public_url = str(settings.get("PUBLIC_URL", ""))
    return {
        "SITEURL": public_url,
        "RELATIVE_URLS": False,
        "FEED_DOMAIN": public_url,
        "DELETE_OUTPUT_DIRECTORY": True,
    }


def _space_settings(space: Space) -> dict[str, Any]:
    return {
        "SITENAME": space.name,
        "SITESUBTITLE": space.tagline.get(space.language),
        "AUTHOR": space.name,
        "TIMEZONE": space.timezone,
        "DEFAULT_LANG": space.language,
        "PUBLIC_URL": space.public_url,
        "REPOSITORY_URL": space.repository_url,
        "REPOSITORY_BRANCH": space.repository_branch,
        "SOCIAL": [(link.label, link.url) for link in space.social],
        "MEMBERSHIP_PLANS": [plan.name for plan in space.plans],
        # What the templates and the structured data read about the place.
        "SPACE": {
            "name": space.name,
            "legal_name": space.legal_name or space.name,
            "street": space.address.street,
            "postcode": space.address.postcode,
            "city": space.address.city,
            "country": space.address.country,
            "latitude": space.address.latitude,
            "longitude": space.address.longitude,
            "contact_email": space.email,
            # The share cards' colours (`cowork_pelican.sharecards`).
            "colors": space.colors,
        },
    }


def _kit_settings(root: Path, language: str) -> dict[str, Any]:
    """The kit's own choices, the same for every space but for the words of the addresses."""
    word = words(language)
    defaults = language_defaults(language)
    blog = "blog/"
    return {
        "SITENAME": root.name,
        "SITESUBTITLE": "",
        "DEFAULT_LANG": language,
        # Until space.yaml names its zone (or when it cannot be read, and the build stops at once
        # with its problems): without one, Pelican would stop first, on a warning of its own.
        "TIMEZONE": "UTC",
        "PATH": str(root / "content"),
        # The kit's theme; a template of the same name in the site's theme/templates/ wins, and
        # the site's theme/static/ (custom.css) is published beside the kit's stylesheet.
        "THEME": str(THEME),
        "THEME_TEMPLATES_OVERRIDES": [str(root / "theme" / "templates")],
        "THEME_STATIC_PATHS": ["static", str(root / "theme" / "static")],
        "CUSTOM_CSS": (root / "theme" / "static" / "css" / "custom.css").is_file(),
        "OUTPUT_PATH": str(root / "output"),
        # Builds go to a temporary folder that replaces output/ only when the whole build
        # succeeded.
        "PELICAN_CLASS": "cowork_pelican.AtomicPelican",
        "PLUGINS": list(PLUGINS),
        # Development: links relative to each page, so output/ can be opened from the disk.
        "SITEURL": "",
        "RELATIVE_URLS": True,
        # The theme translates its strings with gettext (catalogs compiled in memory by the site
        # plugin).
        "JINJA_ENVIRONMENT": {
            "extensions": ["jinja2.ext.i18n"],
            "trim_blocks": True,
            "lstrip_blocks": True,
        },
        # Blog URLs: pretty, in the site's language, and stable once published (feed ids derive
        # from them).
        "ARTICLE_URL": blog + "{date:%Y}/{slug}/",
        "ARTICLE_SAVE_AS": blog + "{date:%Y}/{slug}/index.html",
        "ARTICLE_LANG_URL": "{lang}/" + blog + "{date:%Y}/{slug}/",
        "ARTICLE_LANG_SAVE_AS": "{lang}/" + blog + "{date:%Y}/{slug}/index.html",
        "PAGE_URL": "{slug}/",
        "PAGE_SAVE_AS": "{slug}/index.html",
        "PAGE_LANG_URL": "{lang}/{slug}/",
        "PAGE_LANG_SAVE_AS": "{lang}/{slug}/index.html",
        **_pair("CATEGORY", f"{blog}{word.category}/{{slug}}/"),
        **_pair("CATEGORIES", f"{blog}{word.categories}/"),
        **_pair("TAG", f"{blog}{word.tag}/{{slug}}/"),
        **_pair("TAGS", f"{blog}{word.tags}/"),
        **_pair("AUTHOR", f"{blog}{word.author}/{{slug}}/"),
        **_pair("AUTHORS", f"{blog}{word.authors}/"),
        **_pair("ARCHIVES", f"{blog}archives/"),
        **_pair("YEAR_ARCHIVE", blog + "{date:%Y}/"),
        "MONTH_ARCHIVE_SAVE_AS": "",
        "DAY_ARCHIVE_SAVE_AS": "",
        "INDEX_URL": "",
        "INDEX_SAVE_AS": "index.html",
        "DIRECT_TEMPLATES": ["index", "categories", "tags", "authors", "archives"],
        "DEFAULT_PAGINATION": 5,
        "PAGINATION_PATTERNS": (
            (1, "{url}", "{save_as}"),
            (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
        ),
        "SUMMARY_MAX_LENGTH": 40,
        # Every article states its `Date:`: it is in its URL and its feed id, which must never
        # change (a date taken from the file system would change with every clone).
        "DEFAULT_DATE": None,
        # Articles dated in the future stay drafts until their day comes.
        "WITH_FUTURE_DATES": False,
        "SLUGIFY_SOURCE": "title",
        # Feeds: Atom for the whole blog and per category; no RSS duplicates. In development they
        # carry relative links: production_settings sets FEED_DOMAIN for the real ones.
        "FEED_ALL_ATOM": "feeds/all.atom.xml",
        "CATEGORY_FEED_ATOM": "feeds/{slug}.atom.xml",
        "FEED_ALL_RSS": None,
        "CATEGORY_FEED_RSS": None,
        "TRANSLATION_FEED_ATOM": None,
        "AUTHOR_FEED_ATOM": None,
        "AUTHOR_FEED_RSS": None,
        "FEED_MAX_ITEMS": 20,
        "LOG_FILTER": [
            (
                _WARNING,
                "Feeds generated without SITEURL or FEED_DOMAIN set properly may not be valid",
            )
        ],
        "STATIC_PATHS": ["images"],
        # Editors' and merge tools' leftovers: never read, never published (a `photo.jpg.orig`
        # beside a cropped picture would publish the original).
        "IGNORE_FILES": list(LEFTOVERS),
        "TYPOGRIFY": False,
        "MARKDOWN": {
            "extension_configs": {
                "markdown.extensions.extra": {},
                "markdown.extensions.toc": {"permalink": False},
                "markdown.extensions.smarty": {},
            },
            "output_format": "html5",
        },
        # The directory's and the calendar's addresses (the menu links them), in the language.
        "MEMBERS_URL": defaults["members_url"],
        "EVENTS_URL": defaults["events_url"],
        # Data folders of the kit, beside content/: one YAML file per member and per event.
        "MEMBERS_PATH": str(root / "members"),
        "EVENTS_PATH": str(root / "events"),
        # Folders `make serve` watches besides content/ and theme/.
        "WATCH_PATHS": [str(root / "members"), str(root / "events"), str(root / SPACE_FILE)],
    }


def _pair(name: str, url: str) -> dict[str, str]:
    """`NAME_URL` and `NAME_SAVE_AS` for a page at `url`."""
    return {f"{name}_URL": url, f"{name}_SAVE_AS": url + "index.html"}
