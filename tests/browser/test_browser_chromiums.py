"""The two Chromiums the checks may run in (`cowork_pelican.sitecheck.chromium`): Debian's
headless shell, which the other tests use when it is installed, and the whole browser, which
opens the pages where it is not. Each passes and fails the same pages with the same words, and
neither sends a packet past the host rules."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cowork_pelican.sitecheck.browser import page_problems, watched_page
from cowork_pelican.sitecheck.chromium import CHROMIUMS, launch

from tests.conftest import missing_tool, serve_folder

pytestmark = pytest.mark.browser

WHOLE = CHROMIUMS[-1]

FAULTY = """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fautive</title><link rel="icon" href="data:,"></head>
<body><main><h1>Fautive</h1>
<p style="color: #bbb; background: #fff">Un texte trop pâle.</p>
<img src="photo.png"><div style="width: 900px">Trop large</div></main>
<script>console.error("erreur de la page fautive")</script></body>
</html>
"""
"""A page that fails every gate: a console error, axe's contrast and image rules, no skip
link, wider than a phone."""

GATHER = """port => new Promise(done => {
  const connection = new RTCPeerConnection({iceServers: [{urls: `stun:127.0.0.1:${port}`}]});
  connection.createDataChannel("canal");
  connection.onicegatheringstatechange = () => {
    if (connection.iceGatheringState === "complete") done("complete");
  };
  connection.createOffer().then(offer => connection.setLocalDescription(offer));
  setTimeout(() => done(connection.iceGatheringState), 10000);
})"""
"""A page's WebRTC connection gathering its addresses through a STUN server at `port`."""


@pytest.fixture(scope="module")
def whole_browser(browser: Any) -> Iterator[Any]:
    """Started by the Playwright of the process's `browser` (one per thread)."""
    if not Path(WHOLE).exists():
        missing_tool(f"Debian's whole Chromium not found at {WHOLE}")
    launched = launch(browser.browser_type, WHOLE)
    yield launched
    launched.close()


@pytest.fixture(scope="module")
def faulty_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("faulty")
    (folder / "fautive.html").write_text(FAULTY, "utf-8")
    yield from serve_folder(folder)


def test_the_whole_browser_finds_what_the_other_finds(
    whole_browser: Any, gate_page: Any, site_url: str, faulty_url: str
) -> None:
    addresses = [
        f"{site_url}/",
        f"{site_url}/evenements/atelier-midi/",
        f"{faulty_url}/fautive.html",
    ]
    context = whole_browser.new_context()
    whole = watched_page(context)
    # Sorted: a picture's failed load and a script's error reach the console in either order.
    found = {address: sorted(page_problems(whole, address)) for address in addresses}
    context.close()
    assert found == {address: sorted(page_problems(gate_page, address)) for address in addresses}
    faulty = "\n".join(found.pop(addresses[-1]))
    for words in ("erreur de la page fautive", "color-contrast", "image-alt", "skip link", "wider"):
        assert words in faulty, faulty
    assert found == {address: [] for address in addresses[:-1]}


@pytest.mark.parametrize("chromium", ["browser", "whole_browser"])
def test_the_checking_browser_sends_no_webrtc_packet(
    chromium: str, request: pytest.FixtureRequest, faulty_url: str
) -> None:
    """WebRTC's UDP escapes the host rules: a page could send packets to any address it types
    as numbers. Neither Chromium gathers an address that way, nor sends anything (each reads
    its own switch: chromium.CHROMIUM_ARGS)."""
    context = request.getfixturevalue(chromium).new_context()
    page = context.new_page()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as stun:
        stun.bind(("127.0.0.1", 0))
        stun.setblocking(False)
        page.goto(f"{faulty_url}/fautive.html")
        assert page.evaluate(GATHER, stun.getsockname()[1]) == "complete"
        with pytest.raises(BlockingIOError):
            stun.recv(2048)
    context.close()
