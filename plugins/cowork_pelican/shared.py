"""What the kit's plugins hand each other during one build: one typed object per producer.

Pelican gives every generator of a run the same context dictionary. Each producer stores one
frozen object there with its setter; readers get it with its getter, None when the producing
plugin is off (each feature works alone). State therefore lives in the run's context: nothing to
reset between the builds of one process.

- `MembersShare`, made by `cowork_pelican.members` in its `generate_context`; read by the
  calendar (organisers), the recaps (speakers), the share cards (profiles) and the home page
  (how many, a few faces).
- `EventsShare`, made by `cowork_pelican.events` in its `generate_context`; read by the recaps
  (the schedule) and the member directory (the events each member organises).
- `RecapsShare`, made by `cowork_pelican.recaps` at `all_generators_finalized`; read by the
  calendar (JSON-LD `subjectOf`) and the member directory (the recaps each member spoke at).

Readers that need another plugin's share read it once every `generate_context` has run (in
`generate_output`, or at `all_generators_finalized`). The setters also publish, under their
template names, the few values that templates read: `member_links`, `upcoming_events`,
`events_urls`, `recaps_by_occurrence`, `recap_cards` and `recaps_feed_url`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from cowork.events.schedule import Schedule
from cowork.events.views import Shown, Urls
from cowork.members.directory import Profile
from cowork.recaps.cards import RecapCard
from cowork.recaps.links import RecapLink
from cowork.site.links import DatedLink, Person

Context = MutableMapping[str, Any]
T = TypeVar("T")


@dataclass(frozen=True)
class MembersShare:
    """What the members plugin gives the other plugins."""

    links: Mapping[str, Person]
    """Every known member by handle: a published one links to their profile; one who is not
    is named by their handle, without a link."""
    profiles: Sequence[Profile] = ()
    """Published members only: those who agreed to the directory, and have not left (read by
    the share cards and the home page); a photo only with photo consent."""
    current_count: int = 0
    """Every current member, published or not (a count names nobody)."""


@dataclass(frozen=True)
class EventsShare:
    """What the events plugin gives the other plugins."""

    schedule: Schedule
    """The whole calendar; recaps find their occurrence in it by (slug, original date)."""
    urls: Urls
    home: Sequence[Shown]
    """The next occurrences the home page shows (`EVENTS_HOME_COUNT` at most)."""
    by_organizer: Mapping[str, Sequence[DatedLink]]
    """The events each member organises, dated by their next occurrence, else their last."""


@dataclass(frozen=True)
class RecapsShare:
    """What the recaps plugin gives the other plugins."""

    by_occurrence: Mapping[tuple[str, dt.date], Sequence[RecapLink]]
    """Published recaps of each occurrence, oldest first, by (slug, original date)."""
    subject_of: Mapping[str, Sequence[Mapping[str, Any]]]
    """By event slug: schema.org `BlogPosting`s, the `subjectOf` of the event's JSON-LD."""
    by_speaker: Mapping[str, Sequence[DatedLink]]
    """By member handle: the published recaps they spoke at, newest first."""
    cards: Mapping[str, RecapCard]
    """By the article's source path: what the top of a recap shows."""
    feed_url: str | None
    """The Atom feed of the recaps' category, when the site has category feeds."""


_MEMBERS, _EVENTS, _RECAPS = "_cowork_members", "_cowork_events", "_cowork_recaps"


def set_members(context: Context, share: MembersShare) -> None:
    context[_MEMBERS] = share
    context["member_links"] = share.links


def members(context: Mapping[str, Any]) -> MembersShare | None:
    return _get(context, _MEMBERS, MembersShare)


def member_links(context: Mapping[str, Any]) -> Mapping[str, Person]:
    """Who has a profile; empty when the directory is off."""
    share = members(context)
    return share.links if share else {}


def set_events(context: Context, share: EventsShare) -> None:
    context[_EVENTS] = share
    context["upcoming_events"] = share.home
    context["events_urls"] = share.urls


def events(context: Mapping[str, Any]) -> EventsShare | None:
    return _get(context, _EVENTS, EventsShare)


def set_recaps(context: Context, share: RecapsShare) -> None:
    context[_RECAPS] = share
    context["recaps_by_occurrence"] = share.by_occurrence
    context["recap_cards"] = share.cards
    context["recaps_feed_url"] = share.feed_url


def recaps(context: Mapping[str, Any]) -> RecapsShare | None:
    return _get(context, _RECAPS, RecapsShare)


def _get(context: Mapping[str, Any], key: str, kind: type[T]) -> T | None:
    found = context.get(key)
    return found if isinstance(found, kind) else None
