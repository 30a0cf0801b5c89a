"""The calendar in a real browser: list, event, month and archive pages pass every page gate."""

from __future__ import annotations

from typing import Any

import pytest
from cowork_pelican.sitecheck.browser import check_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path",
    [
        "/evenements/",
        "/evenements/atelier-midi/",
        "/evenements/visio-montreal/",
        "/evenements/2026/12/",
        "/evenements/archives/",
    ],
)
def test_calendar_page_passes_quality_gates(gate_page: Any, site_url: str, path: str) -> None:
    check_page(gate_page, site_url + path)


def test_month_table_scrolls_by_keyboard(page: Any, site_url: str) -> None:
    # A narrow screen scrolls the table itself, which can take keyboard focus, not the page.
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + "/evenements/2026/12/")
    region = page.locator(".table-scroll")
    assert region.get_attribute("tabindex") == "0"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
