"""What every page type must pass in a real browser: no console error, no file asked for on
another host, WCAG 2.2 A/AA per axe, a layout that holds at 320 px, and a keyboard path to the
main content.

The site check (`cowork test`) runs `page_problems` on one page of each type; the kit's feature
tests call `check_page(page, url)` for each kind of page they add. One tab checks page after
page (`problems_in_turn`): a fresh tab per page compiles axe again and runs it cold, which took
twice as long.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any
from urllib.parse import urldefrag, urlsplit

from playwright.sync_api import Error as PlaywrightError

from cowork_pelican.sitecheck.axe import AxeBlockedError, axe_violations

NETWORK_SCHEMES = frozenset({"http", "https", "ws", "wss"})
LOAD_FAILED = "Failed to load resource"
"""How Chromium's console begins the message of a file it could not load."""


def watched_page(context: Any) -> Any:
    """A new page whose `problems` list collects console errors and uncaught exceptions, whose
    `requested` list the address of every request it makes, and whose `documents` the address
    of every document it loads (a move to a `#fragment` is none)."""
    page = context.new_page()
    problems: list[str] = []
    requested: list[str] = []
    documents: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("domcontentloaded", lambda loaded: documents.append(loaded.url))
    page.on(
        "console", lambda m: problems.append(m.text) if _own_error(page, m, requested) else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.problems = problems
    page.requested = requested
    page.documents = documents
    return page


def problems_in_turn(
    context: Any, addresses: Sequence[str], own: Sequence[str] = (), prepare: Any = None
) -> list[list[str]]:
    """The problems of each address (`page_problems`), checked page after page in one tab as a
    reader browses, `prepare(tab)` called on each tab opened. A page that loaded another
    document (a refresh, a script) leaves its tab for a new one: its loads, which may go on,
    would cut the next page's short."""
    found: list[list[str]] = []
    tab = None
    for address in addresses:
        if tab is None:
            tab = watched_page(context)
            if prepare:
                prepare(tab)
        found.append(page_problems(tab, address, own))
        if tab.documents:
            # Closed without waiting for it to be: a tab that loads itself again and again
            # kept Playwright's plain `close()` waiting for ever, now and then.
            tab.close(run_before_unload=True)
            tab = None
    if tab is not None:
        tab.close()
    return found


def elsewhere(address: str, page_url: str, own: Sequence[str] = ()) -> bool:
    """Whether `address` is on the network, on another host than the page at `page_url` and
    under none of the addresses `own`."""
    parts = urlsplit(address)
    if parts.scheme not in NETWORK_SCHEMES or address.startswith(tuple(own)):
        return False
    return parts.netloc != urlsplit(page_url).netloc


def _own_error(page: Any, message: Any, requested: Sequence[str]) -> bool:
    """A console error (or failed `console.assert`) of the page's own: any but Chromium's word
    that a file the page asked for on another host did not load (the checking browser reaches
    none, chromium.CHROMIUM_ARGS): `page_problems` names each such file once, by its address.
    A file of the page's own host that did not load is the page's error."""
    if message.type not in ("error", "assert"):
        return False
    source = message.location.get("url") or ""
    elsewhere_failed = source in requested and elsewhere(source, page.url)
    return not (message.text.startswith(LOAD_FAILED) and elsewhere_failed)


def serve_as(page: Any, address: str, served: str) -> None:
    """Requests for `address` (the site's public address) are answered by the server of the
    build at `served`: a site built with absolute addresses (`RELATIVE_URLS = False`) is
    checked with the files it was built with, not with those online, which the checking
    browser does not reach anyway."""
    prefix = address.rstrip("/")

    def answer(route: Any) -> None:
        moved = served.rstrip("/") + route.request.url.removeprefix(prefix)
        route.fulfill(response=route.fetch(url=moved))

    page.route(prefix + "/**", answer)


def horizontal_overflow(page: Any, width: int = 320) -> int:
    """How many pixels the page is wider than a `width`-pixel screen (0 when it fits). The
    page's own screen size is restored after, for the next page the tab checks."""
    screen = page.viewport_size
    page.set_viewport_size({"width": width, "height": 640})
    scroll_width: int = page.evaluate("document.documentElement.scrollWidth")
    if screen:
        page.set_viewport_size(screen)
    return max(0, scroll_width - width)


def keyboard_reaches_main(page: Any) -> bool:
    """Tab once, the skip link to <main> has focus (whatever the id is in the site's language);
    Enter, and focus is in <main>."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.getAttribute('href')")
    main_id = page.evaluate("document.querySelector('main') && document.querySelector('main').id")
    if not main_id or first != f"#{main_id}":
        return False
    page.keyboard.press("Enter")
    return bool(page.evaluate("document.activeElement.closest('main') !== null"))


def page_problems(page: Any, url: str, own: Sequence[str] = ()) -> list[str]:
    """Every page-level quality gate `url` fails, in words (empty when it passes them all);
    addresses under `own` are the site's too (its public address, see `serve_as`).

    `page` comes from `watched_page`, and may have checked other addresses before: only what
    this one says counts, from its loading to the end of its checks."""
    # The last page's scripts stop on a blank page: what they said until then is not this one's.
    page.goto("about:blank")
    page.problems.clear()
    page.requested.clear()
    response = page.goto(url)
    if response is None or not response.ok:
        return [f"HTTP {response and response.status}"]
    # The page as loaded, a `#fragment` aside (the skip link adds one).
    here = urldefrag(response.url).url
    page.documents.clear()
    try:
        problems = _gates(page)
    except PlaywrightError as error:
        # Cut short by a navigation (a refresh, a script): wait for its document, said below.
        try:
            if not page.documents:
                page.wait_for_event("domcontentloaded", timeout=10_000)
        except PlaywrightError:
            raise error from None  # no navigation: an error of the check itself
        problems = []
    there = urldefrag(page.url).url
    # What the gates found may be the next document's: the move is this page's problem.
    if there != here:
        problems = [
            f"sends the reader on to {there} (a refresh or a script): link to that "
            "address instead, or make this page a page of its own"
        ]
    elif page.documents:
        problems = [
            "loads itself again (a refresh or a script): its reader loses their place, and "
            "a screen reader starts the page over; take the refresh out"
        ]
    # Read last: an error a script logs, or a file it asks for, while the checks run is this
    # page's too. A file a script asks for is in no HTML or CSS file that another check reads.
    others = sorted({address for address in page.requested if elsewhere(address, url, own)})
    problems += [f"asks for a file on another host: {address}" for address in others]
    # Each error once, in the order first said: a script that logs in a loop is one line.
    said = Counter(page.problems)
    errors = [f"console error{_times(said[text])}: {text}" for text in said]
    return errors + problems


def _times(count: int) -> str:
    return f" ({count} times)" if count > 1 else ""


def _gates(page: Any) -> list[str]:
    problems = []
    try:
        violations = axe_violations(page)
    except AxeBlockedError:
        problems.append(
            "its scripts keep axe, which checks accessibility, from running (a global named "
            "`axe` that cannot be replaced): rename it"
        )
    else:
        if violations:
            problems.append(f"axe (WCAG 2.2 A/AA) violations:\n{json.dumps(violations, indent=1)}")
    if not keyboard_reaches_main(page):
        problems.append("the first Tab does not reach a skip link that leads to <main>")
    overflow = horizontal_overflow(page)
    if overflow:
        problems.append(f"{overflow} px wider than a 320 px phone screen")
    return problems


def check_page(page: Any, url: str) -> None:
    """Assert every page-level quality gate on `url`."""
    problems = page_problems(page, url)
    assert problems == [], f"{url}: " + "\n".join(problems)
