"""Which Chromium opens the pages, and how: one choice for the site check and the kit's own
browser tests (a module of its own, light to import: a check that opens no page loads no
Playwright)."""

from __future__ import annotations

import shutil
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
"""Debian's Chromium, which CI installs (.ci/run); elsewhere, the first `chromium` on PATH."""

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    # Every host but the loopback's address is unknown at once: a page is judged with its own
    # files and never waits on the network (a name that did not resolve took 5 s now and then,
    # a third of a small site's check); each file it asks for elsewhere is named by the check
    # (`browser.page_problems`). The servers of the check and the tests listen on 127.0.0.1.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    # Nor WebRTC's UDP, which the rules above do not cover.
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--force-webrtc-ip-handling-policy",
]


def chromium_executable() -> str | None:
    """Where Chromium is: CHROMIUM, else `chromium` on PATH, else None."""
    return CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
