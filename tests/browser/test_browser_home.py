"""The home page of a scratch space in a real browser: "open now" at fixed times of a fixed week
(Playwright's clock), on closure days and from another time zone; without JavaScript; no layout
shift there nor on the member directory; every page-level gate and the Nu HTML Checker."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from cowork_pelican.sitecheck.browser import check_page

from tests.conftest import serve_folder
from tests.home_site import full_site
from tests.sites import BuiltSite, make_scratch_site, run_pelican

pytestmark = pytest.mark.browser

OPEN_NOW = "[data-open-now]"

LAYOUT_SHIFT = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 500);
})"""
"""The page's cumulative layout shift so far, as Lighthouse counts it (shifts not caused by
the reader)."""
SHIFT_LIMIT = 0.001
"""No shift a reader would see. Lighthouse's "good" page (under 0.1) is no test of the line
the script fills: the home page without room kept for it shifted by 0.036."""

MEMBERS_WITH_SKILLS = {
    f"members/membre-{n}.yaml": (
        f"name: Membre {n}\nplan: Mensuel\njoined: 2025-0{n}-01\n"
        f"skills: [compétence {n % 3}, couture]\nconsent:\n  directory: 2026-01-05\n"
    )
    for n in range(1, 10)
}

OLDER_ARTICLES = {
    f"content/articles/a{n}.md": (
        f"Title: Article {n}\nDate: 2026-09-0{n}\nCategory: Nouvelles\n\nTexte.\n"
    )
    for n in range(1, 7)
}


@pytest.fixture(scope="module")
def home_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    root = tmp_path_factory.mktemp("home")
    source = make_scratch_site(
        root / "src", {**full_site(), **MEMBERS_WITH_SKILLS, **OLDER_ARTICLES}
    )
    built = run_pelican(source, root / "output")
    assert built.returncode == 0, built.log
    return built


@pytest.fixture(scope="module")
def home_url(home_site: BuiltSite) -> Iterator[str]:
    yield from serve_folder(home_site.output)


@pytest.fixture(scope="module")
def reader(browser: Any) -> Iterator[Callable[[str], Any]]:
    """The tab of a reader whose computer is set to a time zone: one per zone, which reads the
    home page at every instant a test asks. A browser context of its own for each instant cost
    half a second of processor each (a renderer started, the page's files fetched again)."""
    contexts: dict[str, Any] = {}

    def tab(zone: str) -> Any:
        if zone not in contexts:
            contexts[zone] = browser.new_context(timezone_id=zone)
            contexts[zone].new_page()
        return contexts[zone].pages[0]

    yield tab
    for context in contexts.values():
        context.close()


def status_at(
    reader: Callable[[str], Any], url: str, instant: str, zone: str = "Europe/Paris"
) -> tuple[str, str]:
    """What the home page says at `instant` to a reader whose computer is set to `zone`, and
    which row of the week it marks as today."""
    page = reader(zone)
    page.clock.set_fixed_time(instant)
    page.goto(url + "/")
    status = page.locator(OPEN_NOW)
    page.wait_for_function(f"document.querySelector('{OPEN_NOW}').textContent !== ''")
    today = page.locator('.hours-table tr[aria-current="date"] th').all_inner_texts()
    assert len(today) == 1
    return status.inner_text(), today[0]


# The week of Monday 23 November 2026 (the space opens 09:00-12:00 and 14:00-18:00 on Mondays,
# 09:00-18:00 Tuesday to Thursday, 09:00-17:00 on Fridays), then the Christmas closure.
@pytest.mark.parametrize(
    ("instant", "said", "today"),
    [
        ("2026-11-23T08:59:00+01:00", "Fermé en ce moment. Ouvre aujourd’hui à 09:00.", "lundi"),
        ("2026-11-23T09:00:00+01:00", "Ouvert en ce moment, jusqu’à 12:00.", "lundi"),
        ("2026-11-23T12:30:00+01:00", "Fermé en ce moment. Ouvre aujourd’hui à 14:00.", "lundi"),
        ("2026-11-23T17:59:00+01:00", "Ouvert en ce moment, jusqu’à 18:00.", "lundi"),
        ("2026-11-23T18:00:00+01:00", "Fermé en ce moment. Ouvre demain à 09:00.", "lundi"),
        ("2026-11-27T17:30:00+01:00", "Fermé en ce moment. Ouvre lundi à 09:00.", "vendredi"),
        ("2026-11-29T11:00:00+01:00", "Fermé en ce moment. Ouvre demain à 09:00.", "dimanche"),
        # Closure days: named, then unnamed; the next opening skips the closed days.
        ("2026-12-23T20:00:00+01:00", "Fermé en ce moment. Ouvre lundi à 09:00.", "mercredi"),
        ("2026-12-24T10:00:00+01:00", "Fermé aujourd’hui : Noël. Ouvre lundi à 09:00.", "jeudi"),
        ("2026-12-31T10:00:00+01:00", "Fermé aujourd’hui. Ouvre demain à 09:00.", "jeudi"),
    ],
)
def test_open_now_through_a_week(
    reader: Callable[[str], Any], home_url: str, instant: str, said: str, today: str
) -> None:
    assert status_at(reader, home_url, instant) == (said, today)


OPEN_TILL_NOON = "Ouvert en ce moment, jusqu’à 12:00."
OPENS_AT_NINE = "Fermé en ce moment. Ouvre aujourd’hui à 09:00."
OPEN_TILL_SIX = "Ouvert en ce moment, jusqu’à 18:00."


@pytest.mark.parametrize(
    ("instant", "zone", "said", "today"),
    [
        # 03:30 in New York is 09:30 in the space: open.
        ("2026-11-23T03:30:00-05:00", "America/New_York", OPEN_TILL_NOON, "lundi"),
        # Monday evening in New York is already Tuesday morning in the space.
        ("2026-11-23T23:30:00-05:00", "America/New_York", OPENS_AT_NINE, "mardi"),
        # Tuesday 00:30 in Tokyo is still Monday afternoon in the space.
        ("2026-11-24T00:30:00+09:00", "Asia/Tokyo", OPEN_TILL_SIX, "lundi"),
        # The space's summer time: 08:30 UTC is 10:30 in Paris in June.
        ("2027-06-01T08:30:00+00:00", "UTC", OPEN_TILL_SIX, "mardi"),
    ],
)
def test_open_now_is_the_spaces_time_wherever_the_reader_is(
    reader: Callable[[str], Any], home_url: str, instant: str, zone: str, said: str, today: str
) -> None:
    assert status_at(reader, home_url, instant, zone) == (said, today)


def test_without_javascript_the_week_is_shown(browser: Any, home_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(home_url + "/")
        assert not page.locator(OPEN_NOW).is_visible()
        assert page.locator(".hours-table tr").count() == 7
        assert page.locator(".hours-table").is_visible()
        assert page.locator(".closure-list li").first.inner_text() == "24–26 déc. 2026 · Noël"
    finally:
        context.close()


def layout_shift(tabs: Any, url: str, slow_script: str) -> float:
    """The layout shift of `url` on a phone-sized screen, its script `slow_script` arriving late
    (as on a slow network), so that the page is painted before the script runs."""
    page = tabs.new_page()
    try:
        page.set_viewport_size({"width": 412, "height": 823})

        def late(route: Any) -> None:
            time.sleep(0.4)
            route.continue_()

        page.route(f"**/{slow_script}", late)
        page.goto(url, wait_until="load")
        shift: float = page.evaluate(LAYOUT_SHIFT)
        return shift
    finally:
        page.close()


def test_member_directory_does_not_shift_when_the_filter_arrives(
    tabs: Any, page: Any, home_url: str
) -> None:
    assert layout_shift(tabs, home_url + "/membres/", "members-filter.js") < SHIFT_LIMIT
    # And the filter works once its script is there.
    page.goto(home_url + "/membres/")
    page.get_by_label("Chercher par nom, métier, compétence ou entreprise").fill("membre 3")
    assert page.locator("[data-member-card]:visible .p-name").all_inner_texts() == ["Membre 3"]


def test_home_page_does_not_shift_when_open_now_arrives(tabs: Any, home_url: str) -> None:
    assert layout_shift(tabs, home_url + "/", "open-now.js") < SHIFT_LIMIT


@pytest.mark.parametrize("path", ["/", "/page/2/", "/tarifs/"])
def test_home_and_prices_pass_quality_gates(gate_page: Any, home_url: str, path: str) -> None:
    check_page(gate_page, home_url + path)


def test_home_and_prices_are_valid_html(home_site: BuiltSite, vnu_command: list[str]) -> None:
    files = [str(home_site.path(path)) for path in ("", "tarifs/", "membres/")]
    result = subprocess.run([*vnu_command, "--errors-only", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
