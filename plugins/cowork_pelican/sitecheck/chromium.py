"""Which Chromium opens the pages, and how: one choice for the site check and the kit's own
browser tests (a module of its own, light to import: a check that opens no page loads no
Playwright)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

CHROMIUMS = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")
"""Debian's Chromium, in the order it is chosen (.ci/run installs both). First its headless shell
(package `chromium-headless-shell`): the same release, made to be driven by a program, and what
Playwright itself runs for headless pages since its version 1.49. The pages' own work is the
same in both (same Blink, same V8: on 15 pages of the demo, 8.2 and 8.4 s of the renderers'
processor), but the whole browser also runs a window, a tab strip and a toolbar that nobody sees:
its own process took 3 times the processor, a third more in all, and `make test` 10 s more.
Else the whole browser (package `chromium`), on which every check passes too
(tests/browser/test_browser_chromiums.py)."""

CHOSEN = "COWORK_CHROMIUM"
"""The environment variable that names another Chromium (a path, or a command on PATH): to
check with the whole browser, `COWORK_CHROMIUM=/usr/bin/chromium make test`."""


def not_found(environ: Mapping[str, str] = os.environ) -> str:
    """Why there is no Chromium to start, said for people."""
    chosen = environ.get(CHOSEN)
    if chosen:
        return f"{CHOSEN} names {chosen}, which is not a program installed here: fix or unset it"
    return (
        "Chromium not found (Debian's chromium-headless-shell or chromium; "
        f"or name one with {CHOSEN}): the browser checks need it"
    )


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
    # Nor WebRTC's UDP, which the rules above do not cover. The whole browser reads the first
    # switch, the headless shell only the second, and only with its value.
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
]


def chromium_executable(environ: Mapping[str, str] = os.environ) -> str | None:
    """Where Chromium is: the one `COWORK_CHROMIUM` names (None if it is not there), else the
    first of CHROMIUMS installed, else `chromium-headless-shell` or `chromium` on PATH."""
    chosen = environ.get(CHOSEN)
    if chosen:
        return shutil.which(chosen)
    for path in CHROMIUMS:
        if Path(path).exists():
            return path
    return shutil.which("chromium-headless-shell") or shutil.which("chromium")


class NotChromiumError(Exception):
    """The program named did not start as Chromium: said in one line, for people."""


def launch(browser_type: Any, executable: str) -> Any:
    """Chromium at `executable`, started by Playwright's `browser_type` with CHROMIUM_ARGS;
    NotChromiumError, in one line, when it does not start."""
    from playwright.sync_api import Error  # here: a check that opens no page loads no Playwright

    try:
        return browser_type.launch(executable_path=executable, args=CHROMIUM_ARGS)
    except Error as error:
        first = str(error).strip().splitlines()[0]
        raise NotChromiumError(f"{executable} did not start as Chromium ({first})") from None
