"""axe's WCAG 2.2 A/AA rules on a page, run in a JavaScript world of their own.

Chromium gives a page's document to several worlds: each has its own globals, and all share the
DOM. axe runs in one the page's scripts cannot see (DevTools' isolated world, as a browser
extension's scripts do): a site's script with a variable named `axe` (`const axe = ...`) stopped
the check with a traceback, and one that set `window.axe` could stand in for it and pass every
page. The page's colours, layout and DOM, which are what axe reads, are the same in every world.
"""

from __future__ import annotations

import json
from typing import Any

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
"""The WCAG A/AA rules of axe whose verdict depends on colours: the ones run again in dark
colours (the others read the document's structure, which the colour scheme does not change)."""
WORLD = "cowork-axe"
"""The name of axe's world: Chromium gives one world of a name per document."""
_SOURCE: str = Axe().axe_script


def install(page: Any) -> None:
    """Put axe into the world of every document `page` opens from now on: sent to Chromium once
    for the tab, instead of once per page (`axe_violations` otherwise)."""
    session = _session(page)
    session.send("Page.enable")  # else Chromium keeps no script of this session for new documents
    session.send("Page.addScriptToEvaluateOnNewDocument", {"source": _SOURCE, "worldName": WORLD})
    page.axe_installed = True


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """axe's WCAG 2.2 A/AA violations on the page in light colours, and those of the colour
    rules in dark colours."""
    session = _session(page)
    frame = session.send("Page.getFrameTree")["frameTree"]["frame"]["id"]
    # The world of this name of the page's document: the one `install` filled, or a new one.
    world = session.send("Page.createIsolatedWorld", {"frameId": frame, "worldName": WORLD})
    context = world["executionContextId"]
    if not getattr(page, "axe_installed", False):
        _evaluate(session, context, _SOURCE)  # once per page: the scheme changes, not the DOM
    found: list[dict[str, Any]] = []
    runs = (
        ("light", {"type": "tag", "values": WCAG_TAGS}),
        ("dark", {"type": "rule", "values": COLOUR_RULES}),
    )
    for scheme, run_only in runs:
        page.emulate_media(color_scheme=scheme)
        # Only the violations come back: axe's details of every passing node are most of its run.
        options = {"runOnly": run_only, "resultTypes": ["violations"]}
        script = f"axe.run(document, {json.dumps(options)}).then(results => results.violations)"
        for violation in _evaluate(session, context, script):
            targets = [node["target"] for node in violation["nodes"]]
            found.append(
                {
                    "scheme": scheme,
                    "id": violation["id"],
                    "help": violation["help"],
                    "targets": targets,
                }
            )
    page.emulate_media(color_scheme="light")
    return found


def _session(page: Any) -> Any:
    """The tab's own DevTools session, made once."""
    session = getattr(page, "axe_session", None)
    if session is None:
        session = page.axe_session = page.context.new_cdp_session(page)
    return session


def _evaluate(session: Any, context: int, script: str) -> Any:
    """`script`'s value in the world `context`, a promise's once it settles."""
    answer = session.send(
        "Runtime.evaluate",
        {"expression": script, "contextId": context, "awaitPromise": True, "returnByValue": True},
    )
    if "exceptionDetails" in answer:
        details = answer["exceptionDetails"]
        error = details.get("exception", {}).get("description") or details.get("text")
        # axe rejects only when it is misused (two runs at once): a bug of this module.
        raise RuntimeError(f"axe stopped: {error}")
    return answer["result"].get("value")
