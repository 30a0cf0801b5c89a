"""Fixtures of the site check: the site folder, its two builds (made once per run), a browser and
the HTML checker. A missing Chromium, Java or vnu.jar skips only the tests that need it, and only
outside CI: in CI (`CI` set) it fails them, so that a green run always means everything ran."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from cowork_pelican.sitecheck import OUTCOMES_VARIABLE, SITE_VARIABLE
from cowork_pelican.sitecheck.builds import Build, build
from cowork_pelican.sitecheck.chromium import (
    NotChromiumError,
    chromium_executable,
    launch,
    not_found,
)
from cowork_pelican.sitecheck.vnu import vnu_command
from cowork_pelican.warm import WarmBuilder, supported


def pytest_terminal_summary(terminalreporter: Any) -> None:
    target = os.environ.get(OUTCOMES_VARIABLE)
    if target:
        kinds = ("passed", "skipped", "deselected")
        counts = [str(len(terminalreporter.stats.get(kind, []))) for kind in kinds]
        Path(target).write_text(" ".join(counts) + "\n", "utf-8")


def missing_tool(message: str) -> NoReturn:
    """Outside CI a missing system tool skips its tests; in CI it fails them."""
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI must install it: see .ci/run)", pytrace=False)
    pytest.skip(f"{message}; CI installs it (see .ci/run)")


@pytest.fixture(scope="session")
def site_folder() -> Path:
    folder = os.environ.get(SITE_VARIABLE)
    if not folder or not (Path(folder) / "pelicanconf.py").is_file():
        pytest.fail(
            f"{SITE_VARIABLE} must name a site folder (with pelicanconf.py): run `cowork test`"
        )
    return Path(folder)


@pytest.fixture(scope="session")
def builder() -> Iterator[WarmBuilder | None]:
    """Where the two builds are forked from: one process that imports Pelican and the kit once
    (`cowork_pelican.warm`), where `fork` exists."""
    if not supported():
        yield None
        return
    with WarmBuilder() as warm:
        yield warm


def _built(
    site: Path, settings: str, factory: pytest.TempPathFactory, builder: WarmBuilder | None
) -> Build:
    if not (site / settings).is_file():
        pytest.skip(f"{settings}: the site has no such settings file")
    output = factory.mktemp(settings.removesuffix(".py")) / "output"
    return build(site, settings, output, builder)


@pytest.fixture(scope="session")
def dev_build(
    site_folder: Path, tmp_path_factory: pytest.TempPathFactory, builder: WarmBuilder | None
) -> Build:
    """The site as `make html` builds it."""
    return _built(site_folder, "pelicanconf.py", tmp_path_factory, builder)


@pytest.fixture(scope="session")
def published_build(
    site_folder: Path, tmp_path_factory: pytest.TempPathFactory, builder: WarmBuilder | None
) -> Build:
    """The site as `make publish` builds it: absolute URLs, feeds with the public domain."""
    return _built(site_folder, "publishconf.py", tmp_path_factory, builder)


@pytest.fixture(scope="session", params=["dev_build", "published_build"], ids=["dev", "public"])
def any_build(request: pytest.FixtureRequest) -> Build:
    return _output_of(request.getfixturevalue(request.param))


@pytest.fixture(scope="session")
def output(dev_build: Build) -> Build:
    """The development build, for checks that need pages (a failed build is reported once, by
    the build's own test)."""
    return _output_of(dev_build)


def _output_of(built: Build) -> Build:
    if not built.ok:
        pytest.skip(f"the build with {built.settings} failed: see its own test")
    return built


@pytest.fixture(scope="session")
def vnu() -> list[str]:
    command, missing = vnu_command(os.environ)
    if command is None:
        missing_tool(missing)
    assert command is not None
    return command


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    chromium = chromium_executable()
    if not chromium:
        missing_tool(not_found())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        try:
            launched = launch(playwright.chromium, chromium)
        except NotChromiumError as error:
            failed = str(error)
        else:
            failed = ""
        if failed:  # said outside the `except`: no chain of tracebacks
            pytest.fail(failed, pytrace=False)
        yield launched
        launched.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def served(output: Build) -> Iterator[str]:
    """The built site over HTTP on the loopback, as a reader's browser gets it."""
    handler = functools.partial(_QuietHandler, directory=str(output.output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
