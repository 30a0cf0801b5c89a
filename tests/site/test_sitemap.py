"""sitemap.xml and robots.txt list the pages readers can reach, and nothing unpublished."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from cowork.site.sitemap import MAX_URLS, NAMESPACE, page_paths, sitemap_lines

from tests.sites import BuiltSite

PUBLIC_URL = "https://la-navette.example"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def locations(site: BuiltSite) -> list[str]:
    root = ElementTree.parse(site.output / "sitemap.xml").getroot()
    return [loc.text or "" for loc in root.findall("s:url/s:loc", NS)]


def test_the_sitemap_lists_every_section(site: BuiltSite) -> None:
    found = locations(site)
    for url in (
        f"{PUBLIC_URL}/",
        f"{PUBLIC_URL}/blog/archives/",
        f"{PUBLIC_URL}/tarifs/",
        f"{PUBLIC_URL}/membres/",
        f"{PUBLIC_URL}/membres/camille-martin/",
        f"{PUBLIC_URL}/evenements/opencoffee/",
        f"{PUBLIC_URL}/blog/categorie/comptes-rendus/",
    ):
        assert url in found, url
    assert found == sorted(found) and len(found) == len(set(found))


def test_every_location_is_a_page_of_the_site(site: BuiltSite) -> None:
    found = locations(site)
    assert len(found) == len(site.html_files())
    for url in found:
        assert url.startswith(f"{PUBLIC_URL}/"), url
        assert site.path(url.removeprefix(PUBLIC_URL)).is_file(), url


def test_unpublished_members_are_not_in_the_sitemap(site: BuiltSite) -> None:
    text = (site.output / "sitemap.xml").read_text("utf-8")
    # nora-haddad gave no directory consent; theo-marchand left in 2025.
    assert "nora-haddad" not in text and "theo-marchand" not in text
    assert (site.source / "members/nora-haddad.yaml").exists()
    assert (site.source / "members/theo-marchand.yaml").exists()


def test_robots_txt_points_to_the_sitemap(site: BuiltSite) -> None:
    robots = (site.output / "robots.txt").read_text("utf-8")
    assert f"Sitemap: {PUBLIC_URL}/sitemap.xml" in robots.splitlines()


def test_page_paths_are_the_urls_readers_use(tmp_path: Path) -> None:
    for name in ("index.html", "a/index.html", "a/b/index.html", "feed.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<p>x</p>", "utf-8")
    (tmp_path / "calendar.ics").write_text("x", "utf-8")
    assert page_paths(tmp_path) == ["", "a/", "a/b/", "feed.html"]


def test_a_url_is_percent_encoded_then_escaped_as_the_protocol_asks() -> None:
    # sitemaps.org: URLs encoded as RFC 3986 says, then entity-escaped; `é` is `%C3%A9`.
    paths = ["a&b<c>/", "é/", "deux mots.html", "100%/", "x\x01y/", "(a)+b=c;d:e@f/"]
    xml = "".join(sitemap_lines(paths, PUBLIC_URL))
    assert "<loc>https://la-navette.example/a&amp;b%3Cc%3E/</loc>" in xml
    urls = ElementTree.fromstring(xml.encode()).findall(f"{{{NAMESPACE}}}url/{{{NAMESPACE}}}loc")
    assert [url.text for url in urls] == [
        f"{PUBLIC_URL}/a&b%3Cc%3E/",
        f"{PUBLIC_URL}/%C3%A9/",
        f"{PUBLIC_URL}/deux%20mots.html",
        f"{PUBLIC_URL}/100%25/",
        f"{PUBLIC_URL}/x%01y/",
        f"{PUBLIC_URL}/(a)+b=c;d:e@f/",
    ]
    # Every address is plain ASCII: nothing a crawler may read differently.
    assert xml.isascii()


def test_a_site_without_pages_has_an_empty_but_valid_sitemap() -> None:
    xml = "".join(sitemap_lines([], PUBLIC_URL))
    assert ElementTree.fromstring(xml.encode()).tag == f"{{{NAMESPACE}}}urlset"


def test_beyond_the_protocol_limit_it_refuses() -> None:
    with pytest.raises(ValueError, match="sitemap index"):
        list(sitemap_lines((f"p{n}/" for n in range(MAX_URLS + 1)), PUBLIC_URL))
