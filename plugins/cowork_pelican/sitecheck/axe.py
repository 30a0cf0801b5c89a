"""axe's WCAG 2.2 A/AA rules on a page.

axe is evaluated into each page after it loads and called as `window.axe`: a site's script with
a variable of its own named `axe` (`const axe = ...`, which `axe` alone would name) stopped the
check with a traceback. A page that keeps `window.axe` from being replaced is said to, not
checked. (A DevTools isolated world would hide axe from the page's scripts altogether, but a
call into it waits forever when the page loads itself again meanwhile: Playwright's own calls
end with an error then, which `browser.page_problems` reads as the page's move.)
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
"""The WCAG A/AA rules of axe whose verdict depends on colours: the ones run again in dark
colours (the others read the document's structure, which the colour scheme does not change)."""
_SOURCE: str = Axe().axe_script
_READY = (
    "typeof window.axe === 'object' && window.axe !== null && typeof window.axe.run === 'function'"
)


class AxeBlockedError(Exception):
    """The page's scripts keep axe from running: said for the page, not checked."""


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """axe's WCAG 2.2 A/AA violations on the page in light colours, and those of the colour
    rules in dark colours."""
    page.evaluate(_SOURCE)  # once per page: the scheme changes, the document does not
    if not page.evaluate(_READY):
        raise AxeBlockedError
    found: list[dict[str, Any]] = []
    runs = (
        ("light", {"type": "tag", "values": WCAG_TAGS}),
        ("dark", {"type": "rule", "values": COLOUR_RULES}),
    )
    for scheme, run_only in runs:
        page.emulate_media(color_scheme=scheme)
        # Only the violations come back: axe's details of every passing node are most of its run.
        options = {"runOnly": run_only, "resultTypes": ["violations"]}
        violations: list[dict[str, Any]] = page.evaluate(
            "options => window.axe.run(document, options).then(results => results.violations)",
            options,
        )
        for violation in violations:
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
