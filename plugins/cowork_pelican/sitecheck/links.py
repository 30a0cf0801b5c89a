"""Walk a built site and report every internal reference that does not resolve.

Every `href`, `src`, `srcset`, `poster` and `<object data>` of every HTML file, and every `url()`
and `@import` of every CSS file, `<style>` element and `style` attribute, is resolved the way a
static web server would (`dir/` serves `dir/index.html`); a `#fragment` must name an `id` in its
target. Links to other hosts are not followed (CI must never depend on the network), but a script,
stylesheet, font, image, frame or media file loaded from another host is reported: the kit serves
everything itself, so that a visitor's browser tells no other host which page they read.

Part of the site check (`cowork test`) and of the kit's own tests.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag

_URL_ATTRIBUTES = ("href", "src", "poster", "action", "data")
_SRCSET_ATTRIBUTES = ("srcset", "imagesrcset")
_IGNORED_SCHEMES = {"mailto", "tel", "data", "webcal", "geo", "sms", "javascript"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")
_LOADING_ELEMENTS = {
    "script",
    "img",
    "source",
    "video",
    "audio",
    "track",
    "iframe",
    "embed",
    "object",
}
_SUBRESOURCE_RELS = {"stylesheet", "preload", "modulepreload", "icon", "manifest"}


@dataclass
class LinkReport:
    """What the link check found in a built site."""

    checked: int = 0
    """How many internal references were resolved (to show the walk did something)."""
    problems: list[str] = field(default_factory=list)


def check_site(output: Path, site_url: str | None = None) -> LinkReport:
    """Check every HTML and CSS file under `output`; URLs under `site_url` count as internal."""
    checker = _Checker(output.resolve(), site_url.rstrip("/") + "/" if site_url else None)
    for file in sorted(output.rglob("*")):
        if file.suffix == ".html":
            checker.check_html(file)
        elif file.suffix == ".css":
            checker.check_css(file)
    return checker.report


class _Checker:
    def __init__(self, root: Path, site_url: str | None) -> None:
        self.root = root
        self.site_url = site_url
        self.report = LinkReport()
        self._soups: dict[Path, BeautifulSoup] = {}
        self._ids: dict[Path, frozenset[str]] = {}

    def _soup(self, file: Path) -> BeautifulSoup:
        if file not in self._soups:
            self._soups[file] = BeautifulSoup(file.read_text("utf-8"), "html.parser")
        return self._soups[file]

    def _ids_of(self, file: Path) -> frozenset[str]:
        if file not in self._ids:
            soup = self._soup(file)
            ids = {str(e["id"]) for e in soup.find_all(id=True) if isinstance(e, Tag)}
            names = {
                str(e["name"])
                for e in soup.find_all("a", attrs={"name": True})
                if isinstance(e, Tag)
            }
            self._ids[file] = frozenset(ids | names)
        return self._ids[file]

    def check_html(self, file: Path) -> None:
        page = self._relative(file)
        soup = self._soup(file)
        for element in soup.find_all(True):
            assert isinstance(element, Tag)
            for attribute in _URL_ATTRIBUTES:
                value = element.get(attribute)
                if isinstance(value, str):
                    self._check(page, f"<{element.name} {attribute}>", value, _loads(element))
            for attribute in _SRCSET_ATTRIBUTES:
                value = element.get(attribute)
                if isinstance(value, str):
                    for candidate in value.split(","):
                        url = candidate.strip().split(" ")[0]
                        self._check(page, f"<{element.name} {attribute}>", url, True)
            style = element.string if element.name == "style" else element.get("style")
            if isinstance(style, str):
                where = "<style>" if element.name == "style" else f"<{element.name} style>"
                self._check_css_text(page, where, style)

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
        if fragment and file.suffix == ".html" and fragment not in self._ids_of(file):
            self.report.problems.append(
                f"{source}: {where} '{url}' is broken: "
                f"{self._relative(file)} has no element with id '{fragment}'"
            )

    def _relative(self, file: Path) -> str:
        return file.resolve().relative_to(self.root).as_posix()


def _loads(element: Tag) -> bool:
    """Whether the browser loads this URL into the page (a script, a stylesheet, an image)."""
    if element.name == "link":
        rel = element.get("rel")
        rels: list[str] = rel if isinstance(rel, list) else [str(rel)]
        return bool(set(rels) & _SUBRESOURCE_RELS)
    return element.name in _LOADING_ELEMENTS
