"""Width and height on the pictures of articles and pages, read from the files themselves.

A picture without them takes no room until it arrives, then pushes the text down (layout shift).
Markdown (`![text](picture.svg)`) cannot say a size, so the build writes it: for each `<img>` that
has neither, whose file is in the site's sources, the size of the file (pixels of a JPEG, PNG,
WebP or GIF; `width`/`height` or else `viewBox` of an SVG). Pictures from elsewhere are left as
written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PIL import Image, UnidentifiedImageError

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_SIZED = re.compile(r"\s(?:width|height)\s*=", re.IGNORECASE)
_SVG_TAG = re.compile(rb"<svg\b[^>]*>", re.IGNORECASE | re.DOTALL)
_NUMBER = r"\s*=\s*[\"']\s*([0-9]+(?:\.[0-9]+)?)\s*(?:px)?\s*[\"']"
_SVG_WIDTH = re.compile(rb"\swidth" + _NUMBER.encode())
_SVG_HEIGHT = re.compile(rb"\sheight" + _NUMBER.encode())
_SVG_VIEWBOX = re.compile(
    rb"\sviewBox\s*=\s*[\"']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*[\"']"
)
SVG_HEAD = 4096
"""The `<svg>` tag is at the top of the file: no need to read a large drawing whole."""


def image_size(path: Path) -> tuple[int, int] | None:
    """The picture's size in CSS pixels, or None when it cannot be read."""
    if path.suffix.lower() == ".svg":
        return _svg_size(path)
    try:
        with Image.open(path) as image:
            width, height = image.size
    except (UnidentifiedImageError, OSError):
        return None
    return width, height


def add_image_sizes(html: str, resolve: Callable[[str], Path | None]) -> str:
    """`html` with `width` and `height` on each `<img>` that has neither, when `resolve` finds
    its `src` among the site's files and the file's size can be read."""

    def sized(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _SRC.search(tag)
        if src is None or _SIZED.search(tag):
            return tag
        path = resolve(next(group for group in src.groups() if group is not None))
        size = image_size(path) if path is not None and path.is_file() else None
        if size is None:
            return tag
        end = "/>" if tag.endswith("/>") else ">"
        body = tag[: -len(end)].rstrip()
        return f'{body} width="{size[0]}" height="{size[1]}"{end}'

    return _IMG.sub(sized, html)


def _svg_size(path: Path) -> tuple[int, int] | None:
    try:
        with path.open("rb") as file:
            head = file.read(SVG_HEAD)
    except OSError:
        return None
    tag = _SVG_TAG.search(head)
    if tag is None:
        return None
    width, height = _SVG_WIDTH.search(tag.group(0)), _SVG_HEIGHT.search(tag.group(0))
    if width and height:
        return round(float(width.group(1))), round(float(height.group(1)))
    box = _SVG_VIEWBOX.search(tag.group(0))
    if box:
        return round(float(box.group(1))), round(float(box.group(2)))
    return None
