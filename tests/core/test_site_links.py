"""How features link to each other: people named on pages, dated lists on profiles."""

from __future__ import annotations

import datetime as dt

from cowork.members.directory import articles_by_author
from cowork.site.links import DatedLink, Person, people, person, upcoming_first

MEMBERS = {"ana": Person("Ana Zola", "membres/ana/"), "bob": Person("bob", None)}


def test_a_handle_names_a_published_member_and_nobody_else() -> None:
    assert person("ana", MEMBERS) == Person("Ana Zola", "membres/ana/")
    # bob is not published (left, no consent): named nowhere, neither by name nor by login.
    assert person("bob", MEMBERS, "Bob Secret") is None
    assert person("cy", MEMBERS) is None
    assert people(["bob", "ana", "cy"], MEMBERS) == [Person("Ana Zola", "membres/ana/")]


def test_next_events_first_then_past_ones_latest_first() -> None:
    links = [
        DatedLink("Fête", "f/", dt.date(2026, 6, 26)),
        DatedLink("Café", "c/", dt.date(2027, 1, 7)),
        DatedLink("Atelier", "a/", dt.date(2026, 12, 3)),
        DatedLink("Today", "t/", dt.date(2026, 11, 22)),
        DatedLink("Visite", "v/", dt.date(2026, 10, 1)),
    ]
    ordered = upcoming_first(links, dt.date(2026, 11, 22))
    assert [link.title for link in ordered] == ["Today", "Atelier", "Café", "Visite", "Fête"]


def test_articles_are_found_by_each_of_their_authors() -> None:
    one = DatedLink("Un", "blog/un/", dt.datetime(2026, 11, 2, 9, 0))
    two = DatedLink("Deux", "blog/deux/", dt.datetime(2026, 11, 1, 9, 0))
    found = articles_by_author([(("ana", "bob"), one), (("ana",), two), ((), one)])
    assert found == {"ana": [one, two], "bob": [one]}
