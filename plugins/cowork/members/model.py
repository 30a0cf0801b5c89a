"""The member models: what one `members/<handle>.yaml` file says, as frozen dataclasses."""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from dataclasses import dataclass


class Role(enum.StrEnum):
    MEMBER = "member"
    EDITOR = "editor"
    HOST = "host"


@dataclass(frozen=True)
class Links:
    """A member's links to their own pages elsewhere."""

    website: str | None = None
    mastodon: str | None = None
    linkedin: str | None = None
    github: str | None = None
    other: tuple[str, ...] = ()

    def labelled(self) -> list[tuple[str, str]]:
        """(label, url) pairs in a fixed order; `other` links are labelled by their host."""
        named = [
            ("Website", self.website),
            ("Mastodon", self.mastodon),
            ("LinkedIn", self.linkedin),
            ("GitHub", self.github),
        ]
        pairs = [(label, url) for label, url in named if url]
        pairs.extend((host_of(url), url) for url in self.other)
        return pairs

    def all(self) -> list[str]:
        return [url for _, url in self.labelled()]


@dataclass(frozen=True)
class Consent:
    """What a member agreed to, and since when: nothing is published without it."""

    directory: dt.date | None = None
    """The day the member agreed to appear in the public directory."""
    photo: dt.date | None = None
    """The day the member agreed to have their picture published."""


@dataclass(frozen=True)
class Skill:
    """A tag as the member wrote it, and the slug of its page (shared by every spelling)."""

    label: str
    slug: str


@dataclass(frozen=True)
class Member:
    """One `members/<handle>.yaml` file, checked."""

    handle: str
    """The file name without `.yaml`: the member's GitHub login, in lowercase."""
    name: str
    source: str
    """The file, relative to the repository root (`members/camille-martin.yaml`)."""
    title: str = ""
    bio: str = ""
    """Markdown as written."""
    bio_html: str = ""
    """The bio as safe HTML (`cowork.text.safe_markdown.render_safe_markdown`), rendered once
    when the file is read: the check for contact details reads it, the profile shows it."""
    skills: tuple[Skill, ...] = ()
    company: str = ""
    links: Links = Links()
    avatar: str | None = None
    """File name in the avatars folder."""
    plan: str = ""
    joined: dt.date | None = None
    left: dt.date | None = None
    role: Role = Role.MEMBER
    consent: Consent = Consent()

    def is_current(self, today: dt.date) -> bool:
        """A member on `today`: has joined (or said nothing about it) and has not left."""
        if self.joined is not None and self.joined > today:
            return False
        return self.left is None or self.left > today

    def is_published(self, today: dt.date) -> bool:
        """Shown in the directory: a current member who agreed to it (on or before today)."""
        agreed = self.consent.directory
        return self.is_current(today) and agreed is not None and agreed <= today

    def shows_photo(self, today: dt.date) -> bool:
        agreed = self.consent.photo
        return (
            self.is_published(today)
            and self.avatar is not None
            and agreed is not None
            and agreed <= today
        )

    @property
    def initials(self) -> str:
        """'Camille Martin' → 'CM'; 'Nora' → 'N': the placeholder when no picture is shown."""
        words = [w for w in re.split(r"[\s\-]+", self.name) if w and w[0].isalnum()]
        if not words:
            return "?"
        letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
        return letters.upper()


TONES = 6
"""Number of colours the initials placeholder can take (`avatar--tone-0` to `-5` in the CSS)."""


def tone(handle: str) -> int:
    """A colour for a member's placeholder that stays the same from one build to the next."""
    import hashlib  # here: `cowork check` reads members, and OpenSSL costs it milliseconds

    return int(hashlib.sha256(handle.encode()).hexdigest(), 16) % TONES


def slugify(text: str) -> str:
    """'Développement web' → 'developpement-web'; 'C++' → 'c-plus-plus'. Stable across builds."""
    text = text.replace("+", " plus ").replace("#", " sharp ")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = re.sub(r"[^\w]+|_+", "-", plain).strip("-")
    if slug:
        return slug
    import hashlib  # here, as in tone()

    # A tag of punctuation only still needs a page address of its own.
    return "tag-" + hashlib.sha256(text.encode()).hexdigest()[:8]


def sort_key(text: str) -> tuple[str, str]:
    """Alphabetical order for people's names and tags: accents and case do not count first."""
    return (slugify(text), text)


def host_of(url: str) -> str:
    rest = url.split("://", 1)[-1]
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    return host.removeprefix("www.")
