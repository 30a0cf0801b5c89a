"""Recaps in a real browser: a recap page and event pages listing recaps pass every page gate."""

from __future__ import annotations

from typing import Any

import pytest
from cowork_pelican.sitecheck.browser import check_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path",
    [
        # Two recaps of the same date: the card names the other one; the slides of another.
        "/blog/2026/ce-que-jai-retenu-de-latelier-boite-mail/",
        "/blog/2026/opencoffee-doctobre-trouver-ses-premiers-clients/",
        "/blog/categorie/comptes-rendus/",
        # A series with recaps beside two dates, a single event with its recap under its date.
        "/evenements/opencoffee/",
        "/evenements/apero-rentree/",
        # The month grid with its short "compte rendu" links.
        "/evenements/2026/11/",
    ],
)
def test_recap_pages_pass_quality_gates(gate_page: Any, site_url: str, path: str) -> None:
    check_page(gate_page, site_url + path)


def test_recap_card_fits_a_narrow_screen(page: Any, site_url: str) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + "/blog/2026/opencoffee-doctobre-trouver-ses-premiers-clients/")
    card = page.locator(".recap-card")
    assert card.bounding_box()["width"] <= 320
    # From the card, the event page is one click away.
    card.get_by_role("link", name="OpenCoffee").click()
    assert page.url.endswith("/evenements/opencoffee/")
