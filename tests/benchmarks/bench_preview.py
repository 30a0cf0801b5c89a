"""Benchmark: how long an edit takes to show in the browser under `make serve`.

The sample site (tests/fixtures/sample/) is served by the real preview (`python -m
cowork_pelican.serve`), and a real headless Chromium shows an article, a member's profile and an
event's page. Each edit rewrites the source file with a new title; the time is from the file's
save to the moment the reloaded page shows the new title (livereload's script reloads it), so it
holds noticing the change, the build and the reload. Goal: under a second (issue 15).

That moment is the reloaded page's first paint, by the browser's own clock (the Performance API;
the same system clock as the save's), once the page is seen to hold the new title. Playwright's
own wait cannot time it: it looks again at growing intervals, up to half a second apart.
"""

from __future__ import annotations

import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cowork_pelican.sitecheck.chromium import chromium_executable, launch, not_found

from tests.benchmarks.harness import goal_line
from tests.sites import build_environ, copy_sample

PREVIEW_LIMIT = 1.0
"""Seconds from a saved edit to the reloaded page (issue 15)."""
EDITS = 3
"""Edits of each kind; the median is reported."""
PAINTED_AT = """() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const at = paint ? paint.startTime : performance.getEntriesByType("navigation")[0].loadEventEnd;
  return performance.timeOrigin + at;
}"""
"""When the page on screen was first painted (or, failing a paint entry, loaded), in ms since
the epoch."""

ARTICLE = "Title: {title}\nDate: 2026-11-20 09:00\nCategory: Essais\nSlug: banc-apercu\n\nTexte.\n"
MEMBER = "name: Nina Apercu\ntitle: {title}\nconsent:\n  directory: 2026-01-01\n"
EVENT = (
    "title: {title}\nstart: 2026-12-10 18:00\nduration: 1h\norganizers: [banc-apercu]\n"
    "uid: 6d0b7c1e-1111-4aaa-8bbb-000000000001\n"
)
KINDS = {
    "article": ("content/articles/banc-apercu.md", ARTICLE),
    "member": ("members/banc-apercu.yaml", MEMBER),
    "event": ("events/banc-apercu.yaml", EVENT),
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _write(site: Path, kind: str, title: str) -> None:
    relpath, template = KINDS[kind]
    target = site / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(template.format(title=title), "utf-8")


def _page_of(output: Path, kind: str) -> str:
    """The address of the page `kind`'s file makes (found in the output: settings decide it)."""
    folder = {"article": "banc-apercu", "member": "banc-apercu", "event": "banc-apercu"}[kind]
    candidates = sorted(
        path
        for path in output.rglob(f"{folder}/index.html")
        if (kind == "member") == ("membres" in path.parts)
        and (kind == "event") == ("evenements" in path.parts)
    )
    if not candidates:
        raise RuntimeError(f"no page for the {kind} in {output}")
    return "/" + candidates[0].parent.relative_to(output).as_posix() + "/"


def _wait_for_server(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    import urllib.request

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"make serve stopped:\n{log.read_text('utf-8', 'replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("make serve did not start in 2 minutes")


def run() -> list[str]:
    chromium = chromium_executable()
    if chromium is None:
        return [f"  skipped: {not_found()}"]
    from playwright.sync_api import sync_playwright

    lines = [f"make serve on the sample site, from a saved edit to the page ({EDITS} each):"]
    with tempfile.TemporaryDirectory(prefix="bench-preview-") as scratch:
        site = copy_sample(Path(scratch) / "site", history=False)
        for kind in KINDS:
            _write(site, kind, f"{kind} 0")
        port = _free_port()
        log = Path(scratch) / "serve.log"
        with log.open("wb") as log_file:
            process = subprocess.Popen(
                [sys.executable, "-m", "cowork_pelican.serve", "--port", str(port)],
                cwd=site,
                env=build_environ(),
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_for_server(base + "/", process, log)
            with sync_playwright() as playwright:
                browser = launch(playwright.chromium, chromium)
                page = browser.new_page()
                for kind in KINDS:
                    page.goto(base + _page_of(site / "output", kind))
                    page.get_by_text(f"{kind} 0").first.wait_for(timeout=30_000)
                    page.wait_for_timeout(1_500)  # livereload's socket connected
                    seconds = []
                    for number in range(1, EDITS + 1):
                        title = f"{kind} {number}"
                        started = time.time()
                        _write(site, kind, title)
                        page.get_by_text(title).first.wait_for(timeout=30_000)
                        seconds.append(page.evaluate(PAINTED_AT) / 1000 - started)
                        page.wait_for_timeout(500)
                    median = statistics.median(seconds)
                    lines.append(goal_line(f"{kind}, seconds (median)", median, PREVIEW_LIMIT))
                browser.close()
        finally:
            process.terminate()
            process.wait(timeout=30)
        builds = [float(s) for s in re.findall(r"built in ([0-9.]+) s", log.read_text("utf-8"))]
        if len(builds) > 1:
            lines.append(
                f"  the builds alone: median {statistics.median(builds[1:]):.2f} s "
                f"(first build, with empty caches: {builds[0]:.2f} s)"
            )
    return lines


if __name__ == "__main__":
    os.environ.setdefault("COWORK_LANG", "en")
    print("\n".join(run()))
