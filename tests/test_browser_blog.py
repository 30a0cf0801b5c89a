"""The blog in a real browser: home, an article and the archives pass every page-level gate."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pagechecks import check_page, horizontal_overflow

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/", "/blog/archives/", "/a-propos/"])
def test_page_passes_quality_gates(page: Any, site_url: str, path: str) -> None:
    check_page(page, site_url + path)


def test_an_article_passes_quality_gates(page: Any, site_url: str, site: Any) -> None:
    article = site.soup("").select_one("main article h3 a")
    assert article is not None, "the home page lists no article"
    check_page(page, f"{site_url}/{article['href'].removeprefix('./')}")


def test_overflow_is_measured(page: Any, site_url: str) -> None:
    # The 320 px check must be able to fail: a page made wider than the screen is caught.
    page.goto(site_url + "/")
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<div style=\"width:900px\">x</div>')"
    )
    assert horizontal_overflow(page) > 0
