"""The blog in a real browser: every kind of page passes every page-level gate."""

from __future__ import annotations

from typing import Any

import pytest
from cowork_pelican.sitecheck.browser import check_page, horizontal_overflow

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/page/2/",
        "/blog/2026/portrait-lucas-petit/",
        "/en/blog/2025/bienvenue-a-la-navette/",
        "/blog/archives/",
        "/blog/2025/",
        "/blog/categories/",
        "/blog/categorie/ateliers/",
        "/blog/etiquettes/",
        "/blog/etiquette/portrait/",
        "/blog/auteurs/",
        "/blog/auteur/camille-martin/",
        "/a-propos/",
        "/tarifs/",
        "/charte/",
        "/rejoindre/",
    ],
)
def test_page_passes_quality_gates(gate_page: Any, site_url: str, path: str) -> None:
    check_page(gate_page, site_url + path)


def test_the_newest_article_passes_quality_gates(gate_page: Any, site_url: str, site: Any) -> None:
    article = site.soup("").select_one("main article h3 a")
    assert article is not None, "the home page lists no article"
    check_page(gate_page, f"{site_url}/{article['href'].removeprefix('./')}")


def test_keyboard_reaches_the_older_articles(page: Any, site_url: str, site: Any) -> None:
    page.goto(site_url + "/")
    older = page.get_by_role("link", name="Articles plus anciens")
    older.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + "/page/2/")
    last = site.soup("page/2/").select("main h3")[-1].get_text(strip=True)
    assert last and page.locator("main h3").last.inner_text() == last


def test_overflow_is_measured(page: Any, site_url: str) -> None:
    # The 320 px check must be able to fail: a page made wider than the screen is caught.
    page.goto(site_url + "/")
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<div style=\"width:900px\">x</div>')"
    )
    assert horizontal_overflow(page) > 0
