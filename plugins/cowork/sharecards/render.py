"""A card drawn with Pillow: a 1200 × 630 PNG, from its data and the fonts shipped in `fonts/`.

The layout, after MkDocs Material's social cards: the space's name at the top in the accent
colour, the title large below it, the card's lines (date, place, author) at the bottom, an
accent bar along the bottom edge, and a member's photo in a circle on the right. Nothing is
read from another host; the picture holds the pixels drawn here only (a photo's metadata, if
any, never reaches it).
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cowork.sharecards.card import HEIGHT, WIDTH, Card
from cowork.sharecards.layout import Measure, fit_title, shorten

if TYPE_CHECKING:
    from PIL import Image, ImageFont

# Pillow's drawing modules are imported where a card is drawn: a build whose cards are all in
# the cache (every build after the first) never loads them.

_FONTS = threading.local()
"""Each drawing thread's loaded fonts (`_font`)."""

FONTS = Path(__file__).resolve().parent / "fonts"
REGULAR, BOLD = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"

LAYOUT_VERSION = 3
"""Raise it whenever this module draws or encodes differently: every cached card is then drawn
again, so that a site built from the cache and one built from nothing hold the same files."""

COMPRESS_LEVEL = 3
"""zlib's level for the PNG: a card took 30 ms at Pillow's default (6), 17 ms at 3, for files
a quarter larger (36 KB → 44 KB). A site's first build, the one CI makes for every pull request,
draws every card: at 2,000 events, that was 60 of its 85 s. Above 3, zlib's slower matching
starts; below it, files grow and time does not shrink (filtering the rows is the rest)."""

MARGIN = 72
BAR = 16
"""The accent bar along the bottom edge."""
SITE_SIZE, SITE_TOP = 40, 64
TITLE_SIZES = (80, 72, 64, 56, 48)
"""Largest first: a title takes the largest at which it fits whole."""
TITLE_TOP, TITLE_GAP = 150, 32
"""The title starts below the space's name, and ends this far above the lines."""
LINE_SIZE, LINE_HEIGHT, MAX_LINES = 34, 46, 3
LINES_BOTTOM = HEIGHT - BAR - 56
"""Where the last line ends: well above the accent bar."""
PHOTO, PHOTO_GAP = 300, 48


@dataclass(frozen=True)
class _Box:
    """A horizontal span of the card, in pixels."""

    left: int
    width: int


def render_card(card: Card) -> bytes:
    """The card as PNG bytes."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), card.colors.background)
    draw = ImageDraw.Draw(image)
    box = _Box(MARGIN, WIDTH - 2 * MARGIN - (PHOTO + PHOTO_GAP if card.photo else 0))
    if card.photo is not None:
        _paste_photo(image, card.photo, card.colors.background)
    if card.site:
        site = shorten(_drawable(card.site), _measure(BOLD, SITE_SIZE), box.width)
        draw.text((box.left, SITE_TOP), site, font=_font(BOLD, SITE_SIZE), fill=card.colors.accent)
    # The lines sit at the bottom; the title takes the room left between them and the top.
    lines = [
        shorten(_drawable(text), _measure(REGULAR, LINE_SIZE), box.width) for text in card.lines
    ]
    lines = [line for line in lines if line][:MAX_LINES]
    lines_top = LINES_BOTTOM - len(lines) * LINE_HEIGHT
    for index, line in enumerate(lines):
        top = lines_top + index * LINE_HEIGHT
        draw.text((box.left, top), line, font=_font(REGULAR, LINE_SIZE), fill=card.colors.text)
    title = fit_title(
        _drawable(card.title),
        lambda size: _measure(BOLD, size),
        TITLE_SIZES,
        box.width,
        lines_top - TITLE_GAP - TITLE_TOP,
    )
    step = round(title.size * 1.2)
    for index, line in enumerate(title.lines):
        top = TITLE_TOP + index * step
        draw.text((box.left, top), line, font=_font(BOLD, title.size), fill=card.colors.text)
    draw.rectangle((0, HEIGHT - BAR, WIDTH, HEIGHT), fill=card.colors.accent)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=COMPRESS_LEVEL)
    return out.getvalue()


def _paste_photo(image: Image.Image, path: Path, background: str) -> None:
    from PIL import Image, ImageDraw, ImageOps

    with Image.open(path) as original:
        # A photo may be 4,000 pixels wide (`avatars.MAX_PIXELS`): never whole in memory, in the
        # several copies made below, in each thread that draws. A JPEG is decoded at a half, a
        # quarter or an eighth of its size; any picture is then reduced by whole factors, to no
        # less than twice the circle's size, before the fine resampling.
        original.draft(None, (2 * PHOTO, 2 * PHOTO))
        upright = ImageOps.exif_transpose(original)
    factor = min(upright.size) // (2 * PHOTO)
    if factor >= 2:
        upright = upright.reduce(factor)
    upright = upright.convert("RGBA")
    # A transparent picture (a PNG logo) shows the card's background, not black.
    flat = Image.new("RGBA", upright.size, background)
    flat.alpha_composite(upright)
    square = ImageOps.fit(flat.convert("RGB"), (PHOTO, PHOTO), Image.Resampling.LANCZOS)
    # Drawn four times larger and reduced: a circle with smooth edges.
    mask = Image.new("L", (PHOTO * 4, PHOTO * 4), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, PHOTO * 4 - 1, PHOTO * 4 - 1), fill=255)
    mask = mask.resize((PHOTO, PHOTO), Image.Resampling.LANCZOS)
    image.paste(square, (WIDTH - MARGIN - PHOTO, (HEIGHT - BAR - PHOTO) // 2), mask)


def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    """The font at that size, loaded once by each thread that draws: FreeType's faces must not be
    used by two threads at once (`CardCache.place_all` draws cards in several)."""
    loaded: dict[tuple[Path, int], ImageFont.FreeTypeFont] = _FONTS.__dict__.setdefault("fonts", {})
    font = loaded.get((path, size))
    if font is None:
        from PIL import ImageFont

        font = loaded[path, size] = ImageFont.truetype(str(path), size)
    return font


def _measure(path: Path, size: int) -> Measure:
    return _font(path, size).getlength


def _drawable(text: str) -> str:
    """`text` without what the font cannot draw: emoji (DejaVu has none; each would show as an
    empty box), their joiners and variation selectors, and line breaks."""
    kept = (c for c in text if ord(c) < 0x1F000 and c not in "\u200d\ufe0e\ufe0f")
    return " ".join("".join(kept).split())
