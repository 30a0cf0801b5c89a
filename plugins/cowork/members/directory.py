"""Who is published, in which order, under which addresses: the directory as the pages show it.

Built once per build from every loaded member. Members who have left, have not joined yet, or
have not agreed to the directory are counted (when current) but get no profile, no card, no
place on a skill page and no picture on the site.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from cowork.files.history import FirstAdded
from cowork.members import avatars
from cowork.members.model import Member, Role, sort_key
from cowork.settings import KitSettings
from cowork.site.links import DatedLink, Person


@dataclass(frozen=True)
class UrlPatterns:
    """Page addresses relative to the site root; each `save_as` is derived from its URL (the
    settings declare them, with their defaults: `cowork.settings`)."""

    directory: str
    profile: str
    skill: str
    avatars: str

    @classmethod
    def from_settings(cls, settings: KitSettings) -> UrlPatterns:
        return cls(
            directory=settings.members_url,
            profile=settings.profile_url,
            skill=settings.skill_url,
            avatars=settings.avatars_url,
        )

    @staticmethod
    def save_as(url: str) -> str:
        return url + "index.html" if url.endswith("/") or not url else url


@dataclass(frozen=True)
class SkillLink:
    """A skill on a profile, linked to its page."""

    label: str
    slug: str
    url: str


@dataclass(frozen=True)
class Avatar:
    """A published member's picture, in every size the site serves."""

    source: Path
    """The original in `members/avatars/`: read, never copied."""
    files: tuple[avatars.Rendition, ...]
    folder: str
    """Site folder of the renditions (`membres/avatars/`)."""

    def url(self, size: int) -> str:
        return self.folder + next(r.filename for r in self.files if r.size == size)

    @property
    def small(self) -> str:
        return self.url(avatars.SIZES[0])

    @property
    def large(self) -> str:
        return self.url(avatars.SIZES[-1])


@dataclass(frozen=True)
class Profile:
    """What the directory shows of one published member."""

    member: Member
    url: str
    skills: tuple[SkillLink, ...]
    since: dt.date | None
    """`joined`, or else the day the file was first added to git; None when unknown."""
    number: int | None
    """Rank in the order of joining, 1 for the first member; None when it cannot be known."""
    avatar: Avatar | None

    @property
    def role_badge(self) -> str | None:
        """The member's role when their profile shows it ("editor", "host"); None for members."""
        role = self.member.role
        return None if role is Role.MEMBER else role.value


@dataclass(frozen=True)
class SkillGroup:
    """One skill's page: the published members who have it."""

    label: str
    """The spelling most members use."""
    slug: str
    url: str
    profiles: tuple[Profile, ...]


@dataclass(frozen=True)
class Directory:
    """The member directory: published profiles, skills, counts and links to members."""

    profiles: tuple[Profile, ...]
    """Published members, alphabetically by name."""
    skills: tuple[SkillGroup, ...]
    """Tags of published members, alphabetically."""
    current_count: int
    """Every current member, published or not."""
    links: Mapping[str, Person]
    """Every known member by handle; one who is not published is named by their handle, with
    no url."""


def build_directory(
    members: Iterable[Member],
    today: dt.date,
    history: FirstAdded,
    avatars_dir: Path,
    urls: UrlPatterns,
) -> Directory:
    everyone = sorted(members, key=lambda m: m.handle)
    since = {m.handle: m.joined or history.first_added.get(f"{m.handle}.yaml") for m in everyone}
    numbers = member_numbers(since, history.complete)
    skill_urls = {s.slug: urls.skill.format(slug=s.slug) for m in everyone for s in m.skills}
    # One link per spelling, shared by the profiles that use it: a directory's members share a
    # few dozen tags (at 2,000 members, 0.6 MiB less at the build's peak, issue 15).
    skill_links = {
        s: SkillLink(s.label, s.slug, skill_urls[s.slug]) for m in everyone for s in m.skills
    }
    profiles = []
    for member in everyone:
        if not member.is_published(today):
            continue
        avatar = None
        if member.avatar and member.shows_photo(today):
            source = avatars_dir / member.avatar
            avatar = Avatar(source, tuple(avatars.renditions(member.handle, source)), urls.avatars)
        profiles.append(
            Profile(
                member=member,
                url=urls.profile.format(handle=member.handle),
                skills=tuple(skill_links[skill] for skill in member.skills),
                since=since[member.handle],
                number=numbers.get(member.handle),
                avatar=avatar,
            )
        )
    profiles.sort(key=lambda p: (sort_key(p.member.name), p.member.handle))
    published = {p.member.handle: p.url for p in profiles}
    return Directory(
        profiles=tuple(profiles),
        skills=_skill_groups(profiles, skill_urls),
        current_count=sum(1 for m in everyone if m.is_current(today)),
        # Someone who is not published is known by their handle only: their name, like the
        # rest of their file, stays out of every page (an event they organise, an article).
        links={
            m.handle: Person(m.name, published[m.handle])
            if m.handle in published
            else Person(m.handle, None)
            for m in everyone
        },
    )


def member_numbers(since: Mapping[str, dt.date | None], complete: bool) -> dict[str, int]:
    """Member numbers in the order of joining, ties broken by handle.

    With a complete history, a file without a date is not committed yet: it is the newest.
    Without one, an unknown date could be anywhere in the order, so nobody gets a number.
    """
    if not complete and any(day is None for day in since.values()):
        return {}
    latest = dt.date.max
    order = sorted(since, key=lambda handle: (since[handle] or latest, handle))
    return {handle: rank for rank, handle in enumerate(order, start=1)}


def _skill_groups(profiles: list[Profile], skill_urls: Mapping[str, str]) -> tuple[SkillGroup, ...]:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    holders: dict[str, list[Profile]] = defaultdict(list)
    for profile in profiles:
        for skill in profile.skills:
            spellings[skill.slug][skill.label] += 1
            holders[skill.slug].append(profile)
    groups = [
        SkillGroup(
            label=_most_used(spellings[slug]),
            slug=slug,
            url=skill_urls[slug],
            profiles=tuple(holders[slug]),
        )
        for slug in spellings
    ]
    return tuple(sorted(groups, key=lambda g: sort_key(g.label)))


def _most_used(spellings: Counter[str]) -> str:
    return min(spellings, key=lambda label: (-spellings[label], label))


def articles_by_author(
    articles: Iterable[tuple[Iterable[str], DatedLink]],
) -> dict[str, list[DatedLink]]:
    """Blog articles by the slug of each author (`Author: Camille Martin` and `camille-martin`
    alike), in the order given; `articles` pairs each article's author slugs with its link."""
    found: dict[str, list[DatedLink]] = defaultdict(list)
    for authors, link in articles:
        for author in authors:
            found[author].append(link)
    return found
