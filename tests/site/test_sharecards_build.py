"""Share cards in real builds: every page names a 1200 × 630 picture that exists, absolute in
production; a member's photo only with consent; an unchanged site draws no card again."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from PIL import Image

from tests.conftest import ScratchBuilder
from tests.sites import SAMPLE, BuiltSite

PUBLIC_URL = "https://la-navette.example"
"""The sample's `public_url` in space.yaml."""

PAGE_TYPES = {
    "home page": "",
    "article": "blog/2025/bienvenue-a-la-navette/",
    "translation": "en/blog/2025/bienvenue-a-la-navette/",
    "recap": "blog/2026/retour-sur-lapero-de-rentree/",
    "event": "evenements/apero-rentree/",
    "page": "a-propos/",
    "profile": "membres/camille-martin/",
}


def share_meta(site: BuiltSite, url: str) -> dict[str, str]:
    soup = BeautifulSoup(site.read(url), "html.parser")
    found = {}
    for meta in soup.find_all("meta"):
        key = str(meta.get("property") or meta.get("name") or "")
        if key.startswith(("og:", "twitter:")):
            found[key] = str(meta.get("content"))
    return found


def card_file(site: BuiltSite, page: Path, image_url: str) -> Path:
    """The file an `og:image` address names, from the page at `page`."""
    if image_url.startswith(PUBLIC_URL):
        return site.output / urlsplit(image_url).path.lstrip("/")
    return (page.parent / image_url).resolve()


def cache_state(source: Path) -> dict[str, tuple[int, int]]:
    folder = source / ".cache" / "cowork" / "cards"
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.glob("*.png")}


def photo_consent_from(handle: str, day: str) -> str:
    """The member's file, agreeing to show their picture from `day` only."""
    text = (SAMPLE / "members" / f"{handle}.yaml").read_text("utf-8")
    lines = text.splitlines(True)
    return "".join(
        f"  photo: {day}\n" if line.strip().startswith("photo:") else line for line in lines
    )


def photo_area(path: Path) -> set[object]:
    """The colours where a profile card draws the photo (a circle on the right)."""
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        return {rgb.getpixel((x, 300)) for x in range(900, 1050, 10)}


def test_every_page_names_its_card_and_unchanged_builds_reuse_them(
    build_scratch: ScratchBuilder, tmp_path: Path
) -> None:
    # Alex agrees to show their picture from December: on the build's day, not yet.
    alex = photo_consent_from("alex-durand", "2026-12-01")
    site = build_scratch({"members/alex-durand.yaml": alex}, with_sample=True)
    assert site.returncode == 0, site.log

    for kind, url in PAGE_TYPES.items():
        meta = share_meta(site, url)
        assert meta["twitter:card"] == "summary_large_image", kind
        assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630"), kind
        assert meta["og:image:alt"], kind
        picture = card_file(site, site.path(url), meta["og:image"])
        assert picture.is_relative_to(site.output / "cards"), kind
        with Image.open(picture) as image:
            assert (image.format, image.size) == ("PNG", (1200, 630)), kind
    # The words of the picture, as its text alternative: an event's date, time and place.
    assert share_meta(site, PAGE_TYPES["event"])["og:image:alt"] == (
        "La Navette · Apéro de rentrée · jeudi 17 septembre 2026, 18:30–21:00 · Terrasse"
    )

    # Every page, lists and archives included, names a card that exists.
    for page in site.html_files():
        if page.name != "index.html":
            continue
        named = share_meta(site, page.relative_to(site.output).parent.as_posix() + "/")
        assert card_file(site, page, named["og:image"]).is_file(), page

    # A photo only with consent; members not published get no card at all.
    cards = site.output / "cards" / "membres"
    background = (0xFD, 0xFC, 0xF9)
    assert photo_area(cards / "alex-durand.png") == {background}
    assert photo_area(cards / "camille-martin.png") - {background}
    for unpublished in ("nora-haddad", "theo-marchand"):
        assert not (cards / f"{unpublished}.png").exists()
        assert unpublished not in site.read("")

    # Built again, unchanged: every card comes from the cache, none is drawn or rewritten.
    drawn = cache_state(site.source)
    assert len(drawn) == len(list((site.output / "cards").rglob("*.png")))
    again = build_scratch({})
    assert again.returncode == 0, again.log
    assert cache_state(site.source) == drawn

    # The production build: absolute addresses, and the same cards (nothing drawn again).
    published = build_scratch({}, settings="publishconf.py", output=tmp_path / "public")
    assert published.returncode == 0, published.log
    for kind, url in PAGE_TYPES.items():
        image_url = share_meta(published, url)["og:image"]
        assert image_url.startswith(f"{PUBLIC_URL}/cards/"), kind
        assert card_file(published, published.path(url), image_url).is_file(), kind
    assert cache_state(site.source) == drawn


def test_a_site_may_turn_cards_off(build_scratch: ScratchBuilder) -> None:
    settings = (SAMPLE / "pelicanconf.py").read_text("utf-8") + "\nCOWORK_SHARE_CARDS = False\n"
    # A first build of its own: the run's shared cache (tests.buildcache) would bring cards in.
    site = build_scratch({"pelicanconf.py": settings}, shared_cache=False)
    assert site.returncode == 0, site.log
    assert "og:image" not in site.read("")
    assert "twitter:card" not in site.read("")
    assert not (site.output / "cards").exists()
    # Other caches (compiled templates, checked files) live beside it: no card is drawn.
    assert not (site.source / ".cache/cowork/cards").exists()


def test_two_pages_whose_cards_would_be_one_file_are_named(build_scratch: ScratchBuilder) -> None:
    """`alpha/` and `alpha.html` both give `cards/alpha.png`: one page would show the other's
    card, so the build says which pages and how to part them."""
    site = build_scratch(
        {
            "content/pages/alpha.md": "Title: Alpha\nSlug: alpha\n\nLa page Alpha.\n",
            "content/pages/beta.md": "Title: Bêta\nSlug: beta\nURL: alpha.html\n"
            "Save_as: alpha.html\n\nLa page Bêta.\n",
        }
    )
    assert site.returncode != 0
    assert (
        "content/pages/alpha.md: URL: the share card of the page at alpha/ would be "
        "cards/alpha.png, the file of the card of the page at alpha.html: one of them would "
        "show the other's card"
    ) in site.log
    assert "give one of the two pages another address (its Slug, or its URL and Save_as)" in (
        site.log
    )
    assert "Traceback" not in site.log
