"""The Atom feeds of the published site: they parse, and every entry points at its article."""

from __future__ import annotations

from typing import Any

import feedparser
import pytest

from tests.sites import BuiltSite

PUBLIC_URL = "https://la-navette.example"


def parse(site: BuiltSite, name: str) -> Any:
    feed = feedparser.parse(site.read(f"feeds/{name}"))
    assert not feed.bozo, f"{name}: {feed.get('bozo_exception')}"
    return feed


def article_title(site: BuiltSite, link: str) -> str:
    """The <h1> of the built article a feed entry links to."""
    assert link.startswith(PUBLIC_URL + "/"), link
    heading = site.soup(link.removeprefix(PUBLIC_URL + "/")).select_one("main h1")
    assert heading is not None, f"{link}: no article there"
    return heading.get_text()


def test_all_articles_feed(published_site: BuiltSite) -> None:
    feed = parse(published_site, "all.atom.xml")
    assert feed.version == "atom10"
    assert feed.feed.title == "La Navette"
    assert feed.feed.link == PUBLIC_URL + "/"
    # "all" is Pelican's feed of every language: the ten articles, the five recaps of events
    # and the English translation.
    assert len(feed.entries) == 16
    english = [e for e in feed.entries if e.link.startswith(f"{PUBLIC_URL}/en/")]
    assert [e.title for e in english] == ["Welcome to La Navette"]
    newest = feed.entries[0]
    assert newest.title == "Portrait : Inès Moreau, traductrice"
    assert newest.link == f"{PUBLIC_URL}/blog/2026/portrait-ines-moreau/"
    assert newest.published == "2026-11-16T09:00:00+01:00"
    assert newest.author == "Camille Martin"
    for entry in feed.entries:
        assert article_title(published_site, entry.link) == entry.title
        assert entry.id.startswith("tag:la-navette.example,")


@pytest.mark.parametrize(
    ("slug", "title", "count"),
    [
        ("vie-du-lieu", "La Navette - Vie du lieu", 4),
        ("ateliers", "La Navette - Ateliers", 3),
        ("portraits", "La Navette - Portraits", 3),
        ("comptes-rendus", "La Navette - Comptes rendus", 5),
    ],
)
def test_category_feed(published_site: BuiltSite, slug: str, title: str, count: int) -> None:
    feed = parse(published_site, f"{slug}.atom.xml")
    assert feed.feed.title == title
    assert len(feed.entries) == count
    category_page = published_site.soup(f"blog/categorie/{slug}/")
    listed = {a.get_text() for a in category_page.select("main .summary a.u-url")}
    assert {entry.title for entry in feed.entries} == listed
    for entry in feed.entries:
        assert article_title(published_site, entry.link) == entry.title


def test_every_category_has_a_feed(published_site: BuiltSite) -> None:
    categories = published_site.soup("blog/categories/").select("main li a")
    slugs = [
        str(a["href"]).removeprefix(PUBLIC_URL + "/blog/categorie/").strip("/") for a in categories
    ]
    assert slugs == ["ateliers", "comptes-rendus", "portraits", "vie-du-lieu"]
    feeds = {p.name for p in (published_site.output / "feeds").iterdir()}
    assert {"all.atom.xml"} | {f"{slug}.atom.xml" for slug in slugs} <= feeds


def test_pages_announce_the_feed_with_its_absolute_url(published_site: BuiltSite) -> None:
    link = published_site.soup("").select_one('head link[type="application/atom+xml"]')
    assert link is not None
    assert link["href"] == f"{PUBLIC_URL}/feeds/all.atom.xml"
    assert link["title"] == "La Navette : tous les articles"
