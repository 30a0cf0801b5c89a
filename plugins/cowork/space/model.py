"""What `space.yaml` says, as frozen dataclasses: texts per language, hours, closures, plans, the
home page's picture and sections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

HOME_SECTIONS = ("intro", "hours", "events", "posts", "members", "plans", "access", "join")
"""The home page's sections, in their default order (`home.sections` in `space.yaml`)."""

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""As `space.yaml` names them, in ISO order (Monday is 0, as `date.weekday()` counts)."""


@dataclass(frozen=True)
class Translated:
    """A text written once, or once per language; read in the site's language."""

    texts: Mapping[str, str] = field(default_factory=dict)
    """By language code (`fr`, `en`, `nl`); the key "" holds a text written once for all."""

    def get(self, lang: str) -> str:
        """The text for `lang` (a regional variant reads its language's), else the one written
        for all, else the first one written, else ""."""
        base = lang.split("_")[0]
        for key in (lang, base, ""):
            if key in self.texts:
                return self.texts[key]
        return next(iter(self.texts.values()), "")

    def __bool__(self) -> bool:
        return bool(self.texts)


@dataclass(frozen=True)
class Address:
    """Where the space is, and how to get in."""

    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    directions: Translated = Translated()


@dataclass(frozen=True)
class Link:
    """A labelled link (the space's social pages)."""

    label: str
    url: str


@dataclass(frozen=True)
class LinkedSpace:
    """A space the community likes: its site, and its SpaceAPI endpoint when it has one."""

    label: str
    url: str
    spaceapi: str = ""


@dataclass(frozen=True)
class TimeRange:
    """Opening hours within a day."""

    start: dt.time
    end: dt.time
    """`24:00` is kept as the end of the day: `dt.time.max`."""


@dataclass(frozen=True)
class Closure:
    """Days the space is closed (holidays), from `first` to `last` included."""

    first: dt.date
    last: dt.date
    label: Translated = Translated()

    def covers(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class Picture:
    """A picture of the space, with its text for those who cannot see it."""

    path: str
    """In the site, as in `content/`: `images/the-space.jpg`."""
    alt: Translated
    width: int
    height: int
    """Read from the file, so the page keeps its place before the picture arrives."""


@dataclass(frozen=True)
class Plan:
    """A membership plan and its price."""

    name: str
    price: float
    per: str
    """hour, day, month or year."""
    currency: str = "EUR"
    includes: tuple[Translated, ...] = ()
    reduced_price: float | None = None
    """A reduced (solidarity) price, when the space offers one."""


@dataclass(frozen=True)
class Colors:
    """The share cards' colours, written `#rrggbb`; by default the theme's own (light scheme, in
    `cowork_pelican/theme/static/css/site.css`: `--bg`, `--text`, `--accent`)."""

    background: str = "#fdfcf9"
    text: str = "#1d1b18"
    accent: str = "#8a2b0f"


@dataclass(frozen=True)
class Space:
    """What `space.yaml` says about the space, checked."""

    name: str
    language: str
    """The site's locale: `fr`, `en`, `nl`, or a regional variant such as `fr_BE`."""
    timezone: str
    legal_name: str = ""
    tagline: Translated = Translated()
    introduction: Translated = Translated()
    public_url: str = ""
    repository_url: str = ""
    repository_branch: str = "main"
    address: Address = Address()
    email: str = ""
    phone: str = ""
    social: tuple[Link, ...] = ()
    hours: Mapping[int, tuple[TimeRange, ...]] = field(default_factory=dict)
    """Open weekdays (0 is Monday) and their ranges; a weekday absent is closed."""
    closures: tuple[Closure, ...] = ()
    plans: tuple[Plan, ...] = ()
    linked_spaces: tuple[LinkedSpace, ...] = ()
    colors: Colors = Colors()
    picture: Picture | None = None
    home_sections: tuple[str, ...] = HOME_SECTIONS
    """The home page's sections in the order `space.yaml` gives (`home.sections`); those left
    out are not shown."""

    @property
    def lang(self) -> str:
        """The interface language, without the region: `fr`, `en` or `nl`."""
        return self.language.split("_")[0]
