"""Time alone never breaks the site: the same repository, rebuilt every day for ten years, keeps
passing the check and the build, and its pages do not grow with the years.

A fixture site with a weekly series and a weekday series that never end, a one-off event, a recap,
a member who left and one who stays, built "now" and 1, 5 and 10 years later.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from cowork.cli import main

from tests.sites import BuiltSite, make_scratch_site, run_pelican
from tests.years_site import FILES, LATER


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[BuiltSite, int, str]]:
    """Each date's build, the exit status of `cowork check` and what it printed."""
    source = make_scratch_site(tmp_path_factory.mktemp("years") / "site", FILES)
    found = {}
    for label, now in LATER.items():
        output = tmp_path_factory.mktemp("output") / label.replace(" ", "-")
        built = run_pelican(source, output, env={"COWORK_NOW": now})
        out = io.StringIO()
        argv = ["--settings", str(source / "pelicanconf.py"), "check"]
        status = main(argv, {"COWORK_LANG": "en", "COWORK_NOW": now}, out, io.StringIO())
        found[label] = (built, status, out.getvalue())
    return found


def past_dates(built: BuiltSite, url: str) -> Any:
    """The "Past dates" section of an event page (typed loosely, as the tests read it)."""
    heading = built.soup(url).find(id="dates-passees")
    assert heading is not None, f"{url} lists no past date"
    return heading.find_parent("section")


def pages(built: BuiltSite) -> int:
    return len(built.html_files())


@pytest.mark.parametrize("label", list(LATER))
def test_the_same_repository_builds_and_checks_clean_at_every_date(
    builds: dict[str, tuple[BuiltSite, int, str]], label: str
) -> None:
    built, status, report = builds[label]
    assert built.returncode == 0, built.log
    assert status == 0, report


def test_pages_do_not_grow_with_the_years(builds: dict[str, tuple[BuiltSite, int, str]]) -> None:
    count = {label: pages(built) for label, (built, _, _) in builds.items()}
    # Month pages cover a bounded window (a year back, the horizon ahead) and the archive has a
    # page a year: once the window is full, five more years add five archive pages, nothing else.
    assert count["10 years"] - count["5 years"] == 5, count
    assert count["10 years"] <= count["today"] * 1.6, count


def test_an_event_page_summarises_its_past_after_ten_years(
    builds: dict[str, tuple[BuiltSite, int, str]],
) -> None:
    built = builds["10 years"][0]
    past = past_dates(built, "evenements/permanence/")
    assert len(past.select("li.event-item")) == 5
    assert "dates plus anciennes : voir les archives" in past.get_text()
    # The recap keeps its date listed on the weekly series' page, ten years on.
    assert "5 novembre 2026" in past_dates(built, "evenements/opencoffee/").get_text()


def test_the_archive_has_a_page_per_year(builds: dict[str, tuple[BuiltSite, int, str]]) -> None:
    built = builds["10 years"][0]
    years = [a.get_text() for a in built.soup("evenements/archives/").select(".year-links a")]
    assert years[0] == "2035" and years[-1] == "2026"
    assert built.path("evenements/archives/2031/").is_file()
    # Month pages reach back a year, not to the first date.
    assert built.path("evenements/2035/11/").is_file()
    assert not built.path("evenements/2027/01/").exists()


def test_the_member_who_left_is_named_nowhere_later(
    builds: dict[str, tuple[BuiltSite, int, str]],
) -> None:
    built = builds["1 year"][0]
    assert not built.path("membres/bruno-costa/").exists()
