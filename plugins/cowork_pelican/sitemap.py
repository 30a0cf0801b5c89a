"""Writes `sitemap.xml` and `robots.txt` once every page of the build is written.

Connected to `finalized`: Pelican sends it after every generator has written its pages, and
`AtomicPelican` swaps the folder in only after it, so the files describe exactly the site that
goes live. A `robots.txt` the site already has (a static file placed at the root with
`EXTRA_PATH_METADATA`) is kept as it is.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from cowork.site.sitemap import page_paths, robots_txt, sitemap_lines
from pelican import signals

from cowork_pelican.kit import kit_settings

logger = logging.getLogger(__name__)


def write_sitemap(pelican: Any) -> None:
    site_url = kit_settings(pelican.settings).public_url
    if not site_url:
        logger.info("No PUBLIC_URL: sitemap.xml and robots.txt are not written")
        return
    output = Path(pelican.output_path)
    with (output / "sitemap.xml").open("w", encoding="utf-8", newline="\n") as sitemap:
        sitemap.writelines(sitemap_lines(page_paths(output), site_url))
    robots = output / "robots.txt"
    if not robots.exists():
        robots.write_text(robots_txt(site_url), "utf-8")


def register() -> None:
    signals.finalized.connect(write_sitemap)
