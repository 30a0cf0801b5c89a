"""The page gates themselves (`cowork_pelican.sitecheck.browser`), in the one tab that checks
page after page: what a page's scripts say is blamed on that page, never on the next one; and
the browser they run in fetches nothing from another host (nor sends WebRTC's packets:
test_browser_chromiums.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cowork_pelican.sitecheck.browser import page_problems, problems_in_turn, serve_as

from tests.conftest import serve_folder

pytestmark = pytest.mark.browser

PAGE = """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="icon" href="data:,"></head>
<body><a href="#contenu">Aller au contenu</a>
<main id="contenu" tabindex="-1"><h1>{title}</h1><p>Un paragraphe.</p></main>{script}</body>
</html>
"""
NOISY = "<script>setInterval(() => console.error('bruit de la page bruyante'), 5)</script>"
"""A page whose script keeps logging errors: while it loads, while it is checked, and while the
next page loads."""
HIDING = """<script>
new Worker(URL.createObjectURL(new Blob(['console.error("erreur du travailleur")'])));
console.error("erreur qui se dit d'ailleurs")
//# sourceURL=https://ailleurs.example/etiquette.js
</script>
<script>
console.error("Failed to load resource: une fausse excuse")
//# sourceURL=https://ailleurs.example/excuse.js
</script>
<script>console.assert(false, "assertion de la page");</script>
<script>new Image().src = "https://pixel.example/p.gif";</script>
<script>navigator.sendBeacon("https://mesure.example/vu");</script>"""
"""A page's own errors where the console says they come from elsewhere (a worker made from a
blob, a script naming another address as its source, even in Chromium's words for a file that
did not load), a failed assertion, and files scripts ask for on another host, which no HTML or
CSS file names (an image, an analytics beacon)."""
REFRESH = '<meta http-equiv="refresh" content="0; url=calme.html">'
"""A "this page has moved" page, as an editor may write one."""
PALE = '<p style="color: #bbb; background: #fff">Un texte trop pâle.</p>'
AXE_NAMES = {
    "homonyme": "<script>const axe = {version: 'le nom du projet'};</script>",
    "imposteur": "<script>window.axe = {run: () => Promise.resolve({violations: []})};</script>",
    "verrou": "<script>Object.defineProperty(window, 'axe', {value: {}});</script>",
}
"""Pages whose scripts have a global of axe's name: a site's own variable, a stand-in that
passes everything, one that cannot be replaced."""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("gates")
    (folder / "bruyante.html").write_text(PAGE.format(title="Bruyante", script=NOISY), "utf-8")
    (folder / "calme.html").write_text(PAGE.format(title="Calme", script=""), "utf-8")
    (folder / "rouge.css").write_text("body { background: rgb(255, 0, 0) }\n", "utf-8")
    missing = PAGE.format(title="Trouée", script="").replace(
        "</main>", '<img src="absente.png" alt="Une image absente"></main>'
    )
    (folder / "trouee.html").write_text(missing, "utf-8")
    (folder / "pale.css").write_text("body { background: rgb(255, 250, 240) }\n", "utf-8")
    (folder / "cachee.html").write_text(PAGE.format(title="Cachée", script=HIDING), "utf-8")
    moved = PAGE.format(title="Déplacée", script="").replace("</head>", f"{REFRESH}</head>")
    (folder / "deplacee.html").write_text(moved, "utf-8")
    again = PAGE.format(title="Encore", script="").replace(
        "</head>", '<meta http-equiv="refresh" content="0"></head>'
    )
    (folder / "encore.html").write_text(again, "utf-8")
    script = "<script>setTimeout(() => location.reload(), 30)</script>"
    (folder / "relue.html").write_text(PAGE.format(title="Relue", script=script), "utf-8")
    public = PAGE.format(title="Publique", script="").replace(
        "</head>", '<link rel="stylesheet" href="https://public.example/pale.css"></head>'
    )
    (folder / "publique.html").write_text(public, "utf-8")
    for name, script in AXE_NAMES.items():
        page = PAGE.format(title=name, script=script).replace("</main>", f"{PALE}</main>")
        (folder / f"{name}.html").write_text(page, "utf-8")
    for url in serve_folder(Path(folder)):
        elsewhere = (
            f'<link rel="stylesheet" href="http://cdn.localhost:{url.rsplit(":", 1)[1]}/rouge.css">'
        )
        page = PAGE.format(title="Ailleurs", script="").replace("</head>", f"{elsewhere}</head>")
        (folder / "ailleurs.html").write_text(page, "utf-8")
        yield url


def test_a_pages_console_errors_are_its_own_not_the_next_pages(gate_page: Any, pages: str) -> None:
    noisy = page_problems(gate_page, f"{pages}/bruyante.html")
    assert noisy, "the errors of a page's own script are not reported"
    # Said once, with the number of times: the script logs every 5 ms.
    assert len(noisy) == 1, noisy
    assert re.fullmatch(r"console error \(\d+ times\): bruit de la page bruyante", noisy[0])
    # The same tab goes on to a quiet page: it passes, whatever the last page was saying.
    assert page_problems(gate_page, f"{pages}/calme.html") == []
    assert page_problems(gate_page, f"{pages}/bruyante.html") != []


def test_the_checking_browser_fetches_nothing_from_another_host(gate_page: Any, pages: str) -> None:
    """A stylesheet on another host is neither waited for nor applied: pages are judged with
    their own files, and the file is named once by its address (not as console errors).
    `cdn.localhost` is the loopback to a browser left to resolve it: without the rule, it loads."""
    failed: list[str | None] = []

    def listener(request: Any) -> None:
        failed.append(request.failure)

    gate_page.on("requestfailed", listener)
    try:
        problems = page_problems(gate_page, f"{pages}/ailleurs.html")
        background = gate_page.evaluate("getComputedStyle(document.body).backgroundColor")
    finally:
        gate_page.remove_listener("requestfailed", listener)
    port = pages.rsplit(":", 1)[1]
    assert problems == [f"asks for a file on another host: http://cdn.localhost:{port}/rouge.css"]
    assert background != "rgb(255, 0, 0)"
    # The page asked for it, axe asked again (it reads every stylesheet): neither reached it.
    assert failed and set(failed) == {"net::ERR_NAME_NOT_RESOLVED"}, failed


def test_errors_said_to_come_from_elsewhere_and_files_scripts_ask_for_are_named(
    gate_page: Any, pages: str
) -> None:
    problems = page_problems(gate_page, f"{pages}/cachee.html")
    assert "console error: erreur du travailleur" in problems
    assert "console error: erreur qui se dit d'ailleurs" in problems
    assert "console error: Failed to load resource: une fausse excuse" in problems
    assert "console error: assertion de la page" in problems
    assert "asks for a file on another host: https://pixel.example/p.gif" in problems
    assert "asks for a file on another host: https://mesure.example/vu" in problems


def test_a_page_that_sends_the_reader_elsewhere_is_named_not_a_crash(
    gate_page: Any, pages: str
) -> None:
    problems = page_problems(gate_page, f"{pages}/deplacee.html")
    assert problems == [
        f"sends the reader on to {pages}/calme.html (a refresh or a script): link to that "
        "address instead, or make this page a page of its own"
    ]


def test_a_page_that_loads_itself_again_is_named_not_a_crash(tabs: Any, pages: str) -> None:
    """A refresh to the same address, or a script's reload: the check went on reading a page
    that was no longer there, and stopped with Playwright's traceback. The next page is checked
    in a new tab, where those loads cannot cut it short."""
    names = ["encore", "calme", "relue", "calme"]
    found = problems_in_turn(tabs, [f"{pages}/{name}.html" for name in names])
    again = [
        "loads itself again (a refresh or a script): its reader loses their place, and a screen "
        "reader starts the page over; take the refresh out"
    ]
    assert found == [again if name != "calme" else [] for name in names]


def test_the_sites_public_address_is_answered_from_the_build(page: Any, pages: str) -> None:
    """A site built with absolute addresses asks for its own files at its public address:
    they come from the build, and that address is not another host."""
    page_url = f"{pages}/publique.html"
    assert page_problems(page, page_url) == [
        "asks for a file on another host: https://public.example/pale.css"
    ]
    serve_as(page, "https://public.example", pages)
    assert page_problems(page, page_url, ["https://public.example/"]) == []
    page.goto(page_url)
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 250, 240)"


def test_a_file_missing_on_the_sites_own_host_is_a_console_error(
    gate_page: Any, pages: str
) -> None:
    # Only files of other hosts, which the checking browser cannot reach, are left to their own
    # report: a broken picture of the site itself is the page's error.
    problems = page_problems(gate_page, f"{pages}/trouee.html")
    assert problems == [
        "console error: Failed to load resource: the server responded with a status of 404 "
        "(File not found)"
    ]


@pytest.mark.parametrize("name", list(AXE_NAMES))
def test_a_pages_own_axe_neither_stops_nor_fools_the_check(
    name: str, gate_page: Any, pages: str
) -> None:
    """A page's own global named `axe` (`sitecheck.axe`): its pale text is found, or, when the
    page keeps axe from running, that is said; never a traceback, never a pass."""
    problems = page_problems(gate_page, f"{pages}/{name}.html")
    assert len(problems) == 1, problems
    if name == "verrou":
        assert problems[0].startswith("its scripts keep axe, which checks accessibility, from")
    else:
        assert '"id": "color-contrast"' in problems[0], problems
