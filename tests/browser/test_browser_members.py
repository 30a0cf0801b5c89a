"""The member directory in a real browser: the filter with and without JavaScript, and every
page-level gate (axe, keyboard, 320 px) on each kind of page. (The Nu HTML Checker reads every
page of the sample site, these included, in tests/site/test_html_validity.py: one Java run.)"""

from __future__ import annotations

from typing import Any

import pytest
from cowork_pelican.sitecheck.browser import check_page

pytestmark = pytest.mark.browser

PAGES = ["membres/", "membres/camille-martin/", "membres/competences/developpement-web/"]


def visible_names(page: Any) -> list[str]:
    names: list[str] = page.locator("[data-member-card]:visible .p-name").all_inner_texts()
    return names


@pytest.mark.parametrize("path", PAGES)
def test_member_pages_pass_quality_gates(gate_page: Any, site_url: str, path: str) -> None:
    check_page(gate_page, f"{site_url}/{path}")


def test_filter_by_typing(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/membres/")
    search = page.get_by_label("Chercher par nom, métier, compétence ou entreprise")
    assert search.is_visible()
    assert len(visible_names(page)) == 12
    search.fill("comptab")
    assert visible_names(page) == ["Chloé Garnier"]
    status = page.locator("[data-member-count]")
    assert status.get_attribute("role") == "status"
    page.wait_for_function("document.querySelector('[data-member-count]').textContent !== ''")
    assert status.inner_text() == "1 membre affiché"
    # Accents and case do not matter.
    search.fill("DEVELOPPEMENT")
    assert visible_names(page) == ["Alex Durand", "Samira Benali", "Yanis Caron"]
    page.wait_for_function(
        "document.querySelector('[data-member-count]').textContent === '3 membres affichés'"
    )
    search.fill("personne ici")
    assert visible_names(page) == []
    page.wait_for_function(
        "document.querySelector('[data-member-count]').textContent.startsWith('Aucun membre')"
    )
    assert page.problems == []


def test_filter_by_skill_then_words(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/membres/")
    page.get_by_label("Compétence", exact=True).select_option("developpement-web")
    assert visible_names(page) == ["Alex Durand", "Samira Benali", "Yanis Caron"]
    page.get_by_label("Chercher par nom, métier, compétence ou entreprise").fill("python")
    assert visible_names(page) == ["Alex Durand", "Yanis Caron"]
    page.wait_for_function(
        "document.querySelector('[data-member-count]').textContent === '2 membres affichés'"
    )
    page.get_by_label("Compétence", exact=True).select_option("")
    page.get_by_label("Chercher par nom, métier, compétence ou entreprise").fill("")
    assert len(visible_names(page)) == 12


def test_without_javascript_skill_pages_do_the_filtering(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/membres/")
        # The filter needs the script: without it, it is not shown at all.
        assert not page.locator("[data-member-filter]").is_visible()
        assert len(visible_names(page)) == 12
        page.locator(".skill-nav").get_by_role("link", name="traduction (2)").click()
        page.wait_for_url("**/membres/competences/traduction/")
        assert visible_names(page) == ["Inès Moreau", "Léa Fontaine"]
        page.get_by_role("link", name="Inès Moreau").click()
        page.wait_for_url("**/membres/ines-moreau/")
        assert page.get_by_role("heading", level=1).inner_text() == "Inès Moreau"
    finally:
        context.close()
