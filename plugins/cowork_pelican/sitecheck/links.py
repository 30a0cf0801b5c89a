"""Walk a built site and report every internal reference that does not resolve.

Every `href`, `xlink:href`, `src`, `srcset`, `poster` and `<object data>` of every HTML file (as
`cowork_pelican.sitecheck.scan` reads it), and every `url()` and `@import` of every CSS file,
`<style>` element and `style` attribute, is resolved the way a static web server would (`dir/`
serves `dir/index.html`); a `#fragment` must name an `id` in its target. Links to other hosts are
not followed (CI must never depend on the network), but a script, stylesheet, font, image, frame
or media file loaded from another host, or a host the page prefetches from or connects to ahead,
is reported: the kit serves everything itself, so that a visitor's browser tells no other host
which page they read.

Part of the site check (`cowork test`) and of the kit's own tests.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from cowork_pelican.sitecheck.scan import SiteScan, pages_of

_IGNORED_SCHEMES = {"mailto", "tel", "data", "webcal", "geo", "sms", "javascript"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


@dataclass
class LinkReport:
    """What the link check found in a built site."""

    checked: int = 0
    """How many internal references were resolved (to show the walk did something)."""
    problems: list[str] = field(default_factory=list)


def check_site(
    output: Path, site_url: str | None = None, pages: SiteScan | None = None
) -> LinkReport:
    """Check every HTML and CSS file under `output`; URLs under `site_url` count as internal.
    `pages` are the site's pages as another check has read them already, if it has."""
    checker = _Checker(pages_of(output, pages), site_url.rstrip("/") + "/" if site_url else None)
    for file in sorted(output.rglob("*")):
        if file.suffix == ".html":
            checker.check_html(file)
        elif file.suffix == ".css":
            checker.check_css(file)
    return checker.report


class _Checker:
    def __init__(self, pages: SiteScan, site_url: str | None) -> None:
        self.root = pages.root
        self.pages = pages
        self.site_url = site_url
        self.report = LinkReport()

    def check_html(self, file: Path) -> None:
        page = self._relative(file)
        for reference in self.pages.page(file).references:
            if reference.css:
                self._check_css_text(page, reference.where, reference.url)
            else:
                self._check(page, reference.where, reference.url, reference.loads)

    def check_css(self, file: Path) -> None:
        self._check_css_text(self._relative(file), "url()", file.read_text("utf-8"))

    def _check_css_text(self, source: str, where: str, css: str) -> None:
        for match in _CSS_URL.finditer(css):
            url = match.group(2) or match.group(4)
            self._check(source, where, url.strip(), True)

    def _check(self, source: str, where: str, url: str, is_subresource: bool) -> None:
        parts = urlsplit(url)
        if parts.scheme in _IGNORED_SCHEMES:
            return
        if parts.scheme or url.startswith("//"):
            if self.site_url and url.startswith(self.site_url):
                path = "/" + url.removeprefix(self.site_url)
                self._resolve(source, where, url, path, urlsplit(path).fragment)
            elif is_subresource:
                self.report.problems.append(
                    f"{source}: {where} '{url}' loads a resource from another host"
                )
            return
        self._resolve(source, where, url, parts.path, parts.fragment)

    def _resolve(self, source: str, where: str, url: str, path: str, fragment: str) -> None:
        self.report.checked += 1
        path = unquote(urlsplit(path).path)
        if path.startswith("/"):
            target = posixpath.normpath(path.lstrip("/")) if path.strip("/") else "."
        elif path:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(source), path))
        else:
            target = source  # "#fragment" alone: this very page
        if target == ".." or target.startswith("../"):
            self.report.problems.append(f"{source}: {where} '{url}' points outside the site")
            return
        file = self.root / target
        if file.is_dir() or path.endswith("/"):
            file = file / "index.html"
        if not file.is_file():
            self.report.problems.append(
                f"{source}: {where} '{url}' is broken: {self._relative(file)} does not exist"
            )
            return
        if fragment and file.suffix == ".html" and fragment not in self.pages.page(file).ids:
            self.report.problems.append(
                f"{source}: {where} '{url}' is broken: "
                f"{self._relative(file)} has no element with id '{fragment}'"
            )

    def _relative(self, file: Path) -> str:
        return file.resolve().relative_to(self.root).as_posix()
