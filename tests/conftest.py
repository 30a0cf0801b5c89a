"""Fixtures shared by every test: the sample site (tests/fixtures/sample/) built once per run,
scratch sites, a browser."""

from __future__ import annotations

import functools
import gc
import json
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import NoReturn

import pytest
from cowork_pelican.sitecheck.chromium import chromium_executable, launch, not_found

from tests import buildcache
from tests.sites import ROOT, BuiltSite, copy_sample, make_scratch_site, run_pelican

# The kit speaks the site's language, and most fixture sites are French: the tests that pin
# messages word for word read them in English (the msgids), as an admin could ask with
# COWORK_LANG. The tests of the languages themselves set COWORK_LANG="" (the site's language).
os.environ["COWORK_LANG"] = "en"

pytest_plugins = ["tests.schedule"]
"""The longest modules first (tests/schedule.py)."""


def pytest_collection_finish(session: pytest.Session) -> None:
    """The modules and test items collected live as long as the run: set aside from the cycle
    collector, which otherwise walks them all again at each of its full passes."""
    gc.freeze()


def missing_tool(message: str) -> NoReturn:
    """Outside CI a missing system tool skips its tests; in CI it fails them."""
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI must install it: see .ci/run)")
    pytest.skip(message)


@pytest.fixture(scope="session", autouse=True)
def _shared_build_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The store of compiled templates, cards, pictures and calendars that every build of the run
    shares (`tests.buildcache`): beside the workers' own folders, so that both workers fill one."""
    base = tmp_path_factory.getbasetemp()
    buildcache.use((base.parent if "PYTEST_XDIST_WORKER" in os.environ else base) / "build-cache")


@pytest.fixture(scope="session")
def sample_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample site (tests/fixtures/sample/), shared by the builds of this run:
    builds only read it; a test that changes a site makes its own copy."""
    return copy_sample(tmp_path_factory.mktemp("sample") / "site")


@pytest.fixture(scope="session")
def site(sample_source: Path, tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The sample site, built with the development settings."""
    built = run_pelican(sample_source, tmp_path_factory.mktemp("site") / "output")
    assert built.returncode == 0, built.log
    return built


@pytest.fixture(scope="session")
def published_site(sample_source: Path, tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The sample site built with the production settings (absolute URLs, real feeds)."""
    output = tmp_path_factory.mktemp("published") / "output"
    built = run_pelican(sample_source, output, "publishconf.py")
    assert built.returncode == 0, built.log
    return built


ScratchBuilder = Callable[..., BuiltSite]


@pytest.fixture
def build_scratch(tmp_path: Path) -> ScratchBuilder:
    """Build a scratch site: `build_scratch({"members/ana.yaml": "..."}, with_sample=True)`."""

    def build(
        files: Mapping[str, str | bytes],
        with_sample: bool = False,
        settings: str = "pelicanconf.py",
        env: Mapping[str, str] | None = None,
        output: Path | None = None,
        shared_cache: bool = True,
    ) -> BuiltSite:
        source = make_scratch_site(tmp_path / "src", files, with_sample)
        return run_pelican(source, output or tmp_path / "output", settings, env, shared_cache)

    return build


# ─── Browser ──────────────────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="session")
def chromium_path() -> str:
    found = chromium_executable()
    if not found:
        missing_tool(not_found())
    assert found
    return found


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = launch(playwright.chromium, chromium_path)
        yield launched
        launched.close()


def serve_folder(folder: Path) -> Iterator[str]:
    import http.server  # here: the core tests serve nothing, and every process imports this module

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    # A short poll: shutdown() waits for the loop's next look (half a second by default).
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(site: BuiltSite) -> Iterator[str]:
    """The sample site served over HTTP on the loopback, as a reader's browser would get it."""
    yield from serve_folder(site.output)


@pytest.fixture(scope="session")
def tabs(browser: object) -> Iterator[object]:
    """The one browser context of this process, whose tabs the tests open: a context of its
    own per test started a renderer each time (half a second of processor). The theme's scripts
    keep nothing in cookies or storage; a test that needs its own clock, time zone, screen or
    scripting off makes its own context."""
    context = browser.new_context()  # type: ignore[attr-defined]
    yield context
    context.close()


@pytest.fixture
def page(tabs: object) -> Iterator[object]:
    """A fresh tab; `page.problems` collects console errors and uncaught exceptions."""
    from cowork_pelican.sitecheck.browser import watched_page  # axe: browser tests only

    tab = watched_page(tabs)
    yield tab
    tab.close()


@pytest.fixture(scope="session")
def gate_page(tabs: object) -> Iterator[object]:
    """The one tab of this process that `check_page` runs the quality gates in, page after
    page, as the site check does (a fresh tab per page compiles axe again and runs it cold)."""
    from cowork_pelican.sitecheck.browser import watched_page

    tab = watched_page(tabs)
    yield tab
    tab.close()


# ─── SpaceAPI's official schema ───────────────────────────────────────────────────────────────


@pytest.fixture(scope="session")
def spaceapi_schema() -> dict[str, object]:
    """The official SpaceAPI v15 schema, which the project does not copy: from `SPACEAPI_SCHEMA`,
    else from the `shared/spaceapi/15.json` of the folder that holds this repository."""
    path = Path(os.environ.get("SPACEAPI_SCHEMA", ROOT.parent / "shared" / "spaceapi" / "15.json"))
    if not path.is_file():
        missing_tool(f"SpaceAPI's schema not found at {path} (set SPACEAPI_SCHEMA)")
    schema: dict[str, object] = json.loads(path.read_text("utf-8"))
    return schema


# ─── The Nu HTML Checker ──────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="session")
def vnu_command() -> list[str]:
    """The checker as the site check runs it (`cowork_pelican.sitecheck.vnu`)."""
    from cowork_pelican.sitecheck.vnu import vnu_command

    command, missing = vnu_command(os.environ)
    if command is None:
        missing_tool(missing)
    assert command is not None
    return command
