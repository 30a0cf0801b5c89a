"""Every internal link resolves, nothing is loaded from another host, and the feeds and
calendars parse: what a visitor, a feed reader and a calendar application get."""

from __future__ import annotations

from cowork_pelican.sitecheck.builds import Build
from cowork_pelican.sitecheck.feeds import calendar_problems, feed_problems
from cowork_pelican.sitecheck.links import check_site
from cowork_pelican.sitecheck.verdict import fail_on

ANOTHER_HOST = "loads a resource from another host"


def test_every_internal_link_resolves(any_build: Build) -> None:
    report = check_site(any_build.output, any_build.public_url(), any_build.pages)
    fail_on(
        [p for p in report.problems if ANOTHER_HOST not in p],
        f"Broken links in the site built with {any_build.settings} (page: what is wrong). Fix "
        "the link in the article, page or data file that writes it:",
    )
    fail_on([] if report.checked else ["no link at all"], "Is the built site empty?")


def test_nothing_is_loaded_from_another_host(output: Build) -> None:
    report = check_site(output.output, output.public_url(), output.pages)
    fail_on(
        [p for p in report.problems if ANOTHER_HOST in p],
        "Pages load files from other hosts, which then learn who reads what, and break the "
        "page when they are down. Copy the file into the site (content/images/, "
        "theme/static/) and link to that copy:",
    )


def test_every_feed_parses(any_build: Build) -> None:
    read, problems = feed_problems(any_build.output)
    fail_on(problems, f"Feed readers cannot read these files (built with {any_build.settings}):")
    fail_on([] if read else ["no feed and no sitemap"], "Is the built site empty?")


def test_every_calendar_parses(output: Build) -> None:
    _, problems = calendar_problems(output.output)
    fail_on(problems, "Calendar applications cannot read these .ics files:")
