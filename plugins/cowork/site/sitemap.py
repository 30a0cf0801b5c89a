"""A sitemap (sitemaps.org protocol 0.9) and a robots.txt for the pages a build wrote.

The list comes from the HTML files actually written, so whatever the site does not publish (a
member without directory consent, a draft) cannot be in it, and every section of the kit is
covered without each one registering its pages.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
MAX_URLS = 50_000
"""The protocol's limit for one file; a larger site needs a sitemap index (not done here)."""
PATH_CHARACTERS = "/!$&'()*+,;=:@"
"""What a URL's path may hold as it is besides letters, digits and `-._~` (RFC 3986's `pchar`):
anything else is percent-encoded, as the protocol asks (`é` is `%C3%A9`, a space `%20`)."""


def page_paths(output: Path) -> list[str]:
    """Every HTML page under `output`, as the URL path a reader uses (`membres/ana/`, not
    `membres/ana/index.html`), sorted so that the same site gives the same file."""
    paths = []
    # Names joined as text, not `Path` objects: at thousands of pages, this step at the build's
    # end was its peak of memory (issue 15).
    for folder, _, files in os.walk(output):
        prefix = os.path.relpath(folder, output).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        for name in files:
            if name == "index.html":
                paths.append(prefix)
            elif name.endswith(".html"):
                paths.append(prefix + name)
    return sorted(paths)


def sitemap_lines(paths: Iterable[str], site_url: str) -> Iterator[str]:
    """The sitemap of `paths` on `site_url` (the public address, without a trailing slash),
    line by line: at thousands of pages, a tree of the whole file was the build's peak of
    memory (issue 15). The same text as ElementTree writes, indented. Each path is
    percent-encoded (RFC 3986), then escaped for XML, as the protocol asks."""
    yield "<?xml version='1.0' encoding='utf-8'?>\n"
    opening = f'<urlset xmlns="{NAMESPACE}"'
    count = 0
    for count, path in enumerate(paths, start=1):
        if count > MAX_URLS:
            raise ValueError(f"more than {MAX_URLS} pages: a sitemap index is needed")
        if count == 1:
            yield opening + ">\n"
        url = f"{site_url}/{quote(path, safe=PATH_CHARACTERS)}"
        yield f"  <url>\n    <loc>{escape(url)}</loc>\n  </url>\n"
    yield "</urlset>\n" if count else opening + " />\n"


def robots_txt(site_url: str) -> str:
    """Everything may be crawled; the sitemap says where the pages are."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}/sitemap.xml\n"
