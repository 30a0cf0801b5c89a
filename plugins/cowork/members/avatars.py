"""Members' pictures: checked before anything else reads them, re-encoded before publication.

A picture is opened lazily, so its size is known from the header before a single pixel is
decoded: a 60,000 × 60,000 "decompression bomb" is refused unread. A progressive JPEG is decoded
once per scan, so one of a few hundred kilobytes that repeats a tiny scan tens of thousands of
times takes minutes to decode: the scans are counted in the file's bytes first. Published pictures
are resized to a few fixed widths and re-encoded as WebP from their pixels only, which drops every
piece of metadata (EXIF with GPS position, camera serial numbers, XMP, comments). Originals never
reach the site.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from cowork.problems import Problem

MAX_BYTES = 2_000_000
MAX_PIXELS = 4000
"""Neither side of a picture may be longer than this."""
MAX_SCANS = 24
"""A progressive JPEG has about ten scans (passes over the picture); each costs a full decode."""
_START_OF_SCAN = b"\xff\xda"
"""In a JPEG's compressed data a 0xFF byte is followed by 0x00 or a restart marker, so this pair
is found only where a scan starts (or in an embedded thumbnail, which has one or two)."""
FORMATS = {"JPEG": "a JPEG", "PNG": "a PNG", "WEBP": "a WebP"}
SIZES = (128, 400)
"""Square sizes written to the site: the card (64 px at 2x) and the profile (200 px at 2x)."""


@dataclass(frozen=True)
class Rendition:
    size: int
    filename: str


def check_avatar(path: Path, shown: str, relpath: str, line: int) -> list[Problem]:
    """Problems with the picture at `path` (shown as `shown`), for the member file `relpath`."""

    def problem(message: str, hint: str | None = None) -> list[Problem]:
        return [Problem(relpath, line, "avatar", message, hint=hint)]

    if path.is_symlink():
        # A link could publish any picture of the machine that builds the site.
        return problem(f"expected a picture file at {shown}, found a symbolic link")
    if not path.is_file():
        return problem(
            f"expected a picture at {shown}, found no such file",
            "add the file in the same pull request, or remove the avatar key",
        )
    size = path.stat().st_size
    if size > MAX_BYTES:
        return problem(
            f"expected a picture of at most {MAX_BYTES // 1_000_000} MB, "
            f"found {size / 1_000_000:.1f} MB",
            "a 800 × 800 px picture is plenty",
        )
    try:
        with Image.open(path) as image:
            kind = image.format or ""
            width, height = image.size
    except Image.DecompressionBombError:
        # Pillow refuses to even open it: far beyond any limit of ours.
        limit = 2 * (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000
        return problem(
            f"expected a picture of at most {MAX_PIXELS} × {MAX_PIXELS} px, found one of "
            f"more than {limit} million pixels",
            "a 800 × 800 px picture is plenty",
        )
    except (UnidentifiedImageError, OSError):
        return problem(
            "expected a JPEG, PNG or WebP picture, found a file that is not a picture",
        )
    if kind not in FORMATS:
        return problem(f"expected a JPEG, PNG or WebP picture, found a {kind} file")
    if max(width, height) > MAX_PIXELS:
        return problem(
            f"expected a picture of at most {MAX_PIXELS} × {MAX_PIXELS} px, "
            f"found {width} × {height} px",
            "a 800 × 800 px picture is plenty",
        )
    scans = path.read_bytes().count(_START_OF_SCAN) if kind == "JPEG" else 0
    if scans > MAX_SCANS:
        return problem(
            f"expected a JPEG of at most {MAX_SCANS} scans, found {scans}",
            "save the picture again from a photo editor, or as PNG or WebP",
        )
    try:
        with Image.open(path) as image:
            image.load()
    except (OSError, Image.DecompressionBombError, ValueError) as error:
        return problem(f"expected a readable picture, found a damaged file ({error})")
    return []


def rendition_name(handle: str, source: Path, size: int) -> str:
    """`camille-martin-128-1a2b3c4d.webp`: a new name whenever the picture changes."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:8]
    return f"{handle}-{size}-{digest}.webp"


def renditions(handle: str, source: Path) -> list[Rendition]:
    return [Rendition(size, rendition_name(handle, source, size)) for size in SIZES]


def write_renditions(source: Path, targets: list[tuple[int, Path]]) -> None:
    """Write each (size, path): centred square crops, re-encoded from pixels only."""
    with Image.open(source) as original:
        original.seek(0)  # the first frame of an animation
        upright = ImageOps.exif_transpose(original)  # phones store rotation in EXIF
        pixels = upright.convert("RGBA" if _has_alpha(upright) else "RGB")
    for size, target in targets:
        side = min(size, *pixels.size)
        square = ImageOps.fit(pixels, (side, side), Image.Resampling.LANCZOS)
        # A fresh image holds pixels and nothing else: no EXIF, XMP, ICC or comments to carry.
        clean = Image.new(square.mode, square.size)
        clean.paste(square)
        target.parent.mkdir(parents=True, exist_ok=True)
        clean.save(target, format="WEBP", quality=82, method=4)


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info
