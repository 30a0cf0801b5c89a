"""One page of each type, picked from the built site, passes the Nu HTML Checker and, in
Chromium, has no console error, asks for no file on another host, and passes axe's WCAG 2.2
A/AA rules, a 320 px screen and the keyboard's skip link."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from cowork_pelican.sitecheck.browser import problems_in_turn, serve_as
from cowork_pelican.sitecheck.builds import Build
from cowork_pelican.sitecheck.pages import one_page_per_type
from cowork_pelican.sitecheck.verdict import fail_on
from cowork_pelican.sitecheck.vnu import vnu_errors


def test_one_page_of_each_type_is_valid_html(output: Build, vnu: list[str]) -> None:
    pages = sorted(one_page_per_type(output.output, output.pages).values())
    errors = vnu_errors(vnu, output.output, pages)
    fail_on(
        errors,
        "The Nu HTML Checker found errors (page:line: message). If the page's text is yours "
        "(an article, a page, a template in theme/), fix it there:",
    )


def test_one_page_of_each_type_passes_in_a_browser(
    browser: Any, output: Build, served: str
) -> None:
    # The browser first: a missing or wrong Chromium is said before the site is built.
    pages = sorted(one_page_per_type(output.output, output.pages).values())
    context = browser.new_context()
    public = output.public_url()
    own = [public + "/"] if public else []
    # A site built with absolute addresses (RELATIVE_URLS off) loads its files from its public
    # address: answered from the build. Only then: answering costs each request a detour.
    prepare = None
    if public and any(_loads_from(output, file, public + "/") for file in pages):
        prepare = functools.partial(serve_as, address=public, served=served)
    paths = [
        file.relative_to(output.output).as_posix().removesuffix("index.html") for file in pages
    ]
    found = problems_in_turn(context, [f"{served}/{path}" for path in paths], own, prepare)
    context.close()
    failed = [
        f"/{path}: {problem}" for path, said in zip(paths, found, strict=True) for problem in said
    ]
    fail_on(
        failed,
        f"Of {len(pages)} pages (one of each type), these fail in Chromium (console errors, "
        "files asked for on another host, axe's WCAG 2.2 rules, a 320 px phone screen, the "
        "keyboard's skip link):",
    )


def _loads_from(output: Build, file: Path, address: str) -> bool:
    """Whether the page `file` loads a file (a stylesheet, a script, a picture) from under
    `address`."""
    return any(r.loads and r.url.startswith(address) for r in output.pages.page(file).references)
