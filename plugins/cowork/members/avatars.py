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

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cowork.errors import CoworkError
from cowork.problems import Problem
from cowork.text.messages import Message, msg

if TYPE_CHECKING:
    from PIL import Image

# Pillow is imported by the functions that open a picture: a member file without one (as most
# pull requests are) is checked without it.

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
WEBP_QUALITY = 82
WEBP_METHOD = 4
RENDITION = f"square crop, LANCZOS, WebP quality {WEBP_QUALITY} method {WEBP_METHOD}"
"""How a rendition is made: part of its key in the cache (`rendition_cache`); change it with
`write_renditions`."""
"""Square sizes written to the site: the card (64 px at 2x) and the profile (200 px at 2x)."""


@dataclass(frozen=True)
class Rendition:
    """One size of a member's picture as the site publishes it."""

    size: int
    filename: str


def fix_hint(shown: str) -> Message:
    return msg(
        "run `make avatar FILE={shown}`: it resizes the picture and removes its metadata",
        shown=shown,
    )


GPS_IFD = 0x8825
"""The EXIF block of GPS tags (latitude, longitude, altitude...)."""


def check_avatar(path: Path, shown: str, relpath: str, line: int) -> list[Problem]:
    """Every problem with the picture at `path` (shown as `shown`), for the member file
    `relpath`: its weight, dimensions, format and location data, all at once."""
    problems: list[Problem] = []

    def problem(message: Message, hint: Message | None = None) -> None:
        problems.append(Problem(relpath, line, "avatar", message, hint=hint))

    fix = fix_hint(shown)
    if path.is_symlink():
        # A link could publish any picture of the machine that builds the site.
        problem(msg("expected a picture file at {shown}, found a symbolic link", shown=shown))
        return problems
    if not path.is_file():
        problem(
            msg("expected a picture at {shown}, found no such file", shown=shown),
            msg("add the file in the same pull request, or remove the avatar key"),
        )
        return problems
    size = path.stat().st_size
    if size > MAX_BYTES:
        problem(
            msg(
                "expected a picture of at most {limit} MB, found {size} MB",
                limit=MAX_BYTES // 1_000_000,
                size=f"{size / 1_000_000:.1f}",
            ),
            fix,
        )
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            kind = image.format or ""
            width, height = image.size
            located = has_location(image)
    except Image.DecompressionBombError:
        # Pillow refuses to even open it: far beyond any limit of ours.
        limit = 2 * (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000
        problem(
            msg(
                "expected a picture of at most {side} × {side} px, found one of more than "
                "{limit} million pixels",
                side=MAX_PIXELS,
                limit=limit,
            ),
            msg("a 800 × 800 px picture is plenty"),
        )
        return problems
    except (UnidentifiedImageError, OSError):
        problem(msg("expected a JPEG, PNG or WebP picture, found a file that is not a picture"))
        return problems
    if kind not in FORMATS:
        problem(msg("expected a JPEG, PNG or WebP picture, found a {kind} file", kind=kind), fix)
    if max(width, height) > MAX_PIXELS:
        problem(
            msg(
                "expected a picture of at most {side} × {side} px, found {width} × {height} px",
                side=MAX_PIXELS,
                width=width,
                height=height,
            ),
            fix,
        )
    scans = path.read_bytes().count(_START_OF_SCAN) if kind == "JPEG" else 0
    if scans > MAX_SCANS:
        # Decoding each scan again is what makes such a file slow: never decode it.
        problem(
            msg(
                "expected a JPEG of at most {limit} scans, found {scans}",
                limit=MAX_SCANS,
                scans=scans,
            ),
            msg("save the picture again from a photo editor, or as PNG or WebP"),
        )
    if located:
        problem(location_message(shown), fix)
    if problems:
        return problems
    try:
        with Image.open(path) as image:
            image.load()
    except (OSError, Image.DecompressionBombError, ValueError) as error:
        problem(
            msg("expected a readable picture, found a damaged file ({error})", error=str(error))
        )
    return problems


def location_message(shown: str) -> Message:
    return msg(
        "expected a picture without location data, found GPS coordinates in {shown}: once "
        "committed, the original stays public in the repository's history",
        shown=shown,
    )


def has_location(image: Image.Image) -> bool:
    """Whether the picture's metadata says where it was taken (EXIF GPS, or XMP's GPS tags)."""
    try:
        if image.getexif().get_ifd(GPS_IFD):
            return True
    except (OSError, ValueError, SyntaxError):  # damaged EXIF: the check below still runs
        pass
    xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    return b"GPSLatitude" in xmp or b"GPSLongitude" in xmp


def location_problems(folder: Path, stem: str, root: Path, checked: str | None) -> list[Problem]:
    """Pictures of `folder` named `stem.*` that carry location data, even those no member file
    names (they are public in the history all the same); `checked` is the one `check_avatar`
    reports on already."""
    problems = []
    for path in sorted(folder.glob(f"{stem}.*")) if folder.is_dir() else []:
        if path.name == checked or path.is_symlink() or not path.is_file():
            continue
        shown = path.relative_to(root).as_posix()
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(path) as image:
                located = has_location(image)
        except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
            continue
        if located:
            problems.append(Problem(shown, None, "", location_message(shown), hint=fix_hint(shown)))
    return problems


CLEAN_SIDE = 800
"""What `cowork avatar` resizes to: plenty for the 400 px profile picture at 2x."""
_BY_SUFFIX = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}


@dataclass(frozen=True)
class Cleaned:
    """What `make avatar` did to a picture: its size before and after, and whether it carried a
    location."""

    before: tuple[int, int, int]
    """(width, height, bytes) of the original."""
    after: tuple[int, int, int]
    location: bool
    """The original carried location data."""


class AvatarError(CoworkError):
    """The file cannot be made into an avatar (not a picture, or an unknown extension)."""


def clean_avatar(path: Path) -> Cleaned:
    """Rewrite the picture at `path` in place: upright, at most 800 px a side, in the format its
    extension names, from its pixels only (no EXIF, GPS, XMP, ICC or comments)."""
    kind = _BY_SUFFIX.get(path.suffix.lower())
    if kind is None:
        raise AvatarError(msg("{name}: expected a .jpg, .png or .webp file name", name=path.name))
    size = path.stat().st_size
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as original:
            located = has_location(original)
            before = (*original.size, size)
            original.seek(0)
            upright = ImageOps.exif_transpose(original)
            pixels = upright.convert("RGBA" if _has_alpha(upright) and kind != "JPEG" else "RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise AvatarError(
            msg(
                "{name}: not a picture that can be read ({error})", name=path.name, error=str(error)
            )
        ) from error
    pixels.thumbnail((CLEAN_SIDE, CLEAN_SIDE), Image.Resampling.LANCZOS)
    clean = Image.new(pixels.mode, pixels.size)
    clean.paste(pixels)
    options = {"JPEG": {"quality": 85, "optimize": True}, "WEBP": {"quality": 85}}.get(kind, {})
    clean.save(path, format=kind, **options)
    return Cleaned(before, (*clean.size, path.stat().st_size), located)


def rendition_name(handle: str, source: Path, size: int) -> str:
    """`camille-martin-128-1a2b3c4d.webp`: a new name whenever the picture changes."""
    import hashlib  # here: `cowork check` reads this module, and OpenSSL costs it milliseconds

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:8]
    return f"{handle}-{size}-{digest}.webp"


def renditions(handle: str, source: Path) -> list[Rendition]:
    return [Rendition(size, rendition_name(handle, source, size)) for size in SIZES]


def write_renditions(source: Path, targets: list[tuple[int, Path]]) -> None:
    """Write each (size, path): centred square crops, re-encoded from pixels only."""
    from PIL import Image, ImageOps

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
        clean.save(target, format="WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD)


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info
