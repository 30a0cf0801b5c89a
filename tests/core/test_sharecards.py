"""Share cards without a build: their size, how a long title fits, the cache, the colours of
`space.yaml`."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from cowork.sharecards.cache import CardCache, card_key
from cowork.sharecards.card import Card, card_path, shared_paths
from cowork.sharecards.layout import ELLIPSIS, fit_title, shorten
from cowork.sharecards.render import BOLD, render_card
from cowork.space.load import load_space
from cowork.space.model import Colors
from PIL import Image, ImageFont, UnidentifiedImageError

LONG_TITLE = (
    "Assemblée générale extraordinaire de l'association : bilan moral, bilan financier, "
    "élection du nouveau conseil d'administration, vote du budget prévisionnel et questions "
    "diverses des membres présents ou représentés"
)


def bold(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(BOLD), size)


def test_a_card_is_a_1200_by_630_png() -> None:
    data = render_card(Card("Apéro de rentrée", ("jeudi 3 décembre 2026",), "La Navette"))
    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.size) == ("PNG", (1200, 630))


def test_a_card_takes_the_space_colours() -> None:
    colors = Colors(background="#102030", text="#ffffff", accent="#f2a27f")
    data = render_card(Card("Apéro", (), "La Navette", colors))
    with Image.open(io.BytesIO(data)) as image:
        rgb = image.convert("RGB")
        assert rgb.getpixel((5, 5)) == (0x10, 0x20, 0x30)  # background, in a corner
        assert rgb.getpixel((600, 625)) == (0xF2, 0xA2, 0x7F)  # the accent bar at the bottom


def test_a_transparent_photo_shows_the_card_s_background(tmp_path: Path) -> None:
    photo = tmp_path / "logo.png"
    Image.new("RGBA", (80, 80), (0, 0, 0, 0)).save(photo)
    data = render_card(Card("Camille Martin", (), "La Navette", photo=photo))
    with Image.open(io.BytesIO(data)) as image:
        assert image.convert("RGB").getpixel((978, 300)) == (0xFD, 0xFC, 0xF9)


def test_emoji_the_font_cannot_draw_are_left_out() -> None:
    # DejaVu has no emoji: each would be drawn as an empty box.
    assert render_card(Card("Apéro 🍻 de rentrée")) == render_card(Card("Apéro de rentrée"))


def test_a_long_title_is_wrapped_at_words_and_shortened_with_an_ellipsis() -> None:
    width = 1056
    fitted = fit_title(LONG_TITLE, lambda size: bold(size).getlength, (80, 64, 48), width, 280)
    assert fitted.shortened
    assert fitted.size == 48
    assert len(fitted.lines) == 4  # 280 px hold four lines of 48 px
    assert fitted.lines[-1].endswith(ELLIPSIS)
    # Whole words only, in their order: the lines are the title's first words.
    shown = " ".join(fitted.lines).removesuffix(ELLIPSIS).split()
    assert shown == LONG_TITLE.split()[: len(shown)]
    assert all(bold(48).getlength(line) <= width for line in fitted.lines)


def test_a_title_that_fits_takes_the_largest_size_and_stays_whole() -> None:
    fitted = fit_title("Apéro de rentrée", lambda size: bold(size).getlength, (80, 64), 1056, 280)
    assert fitted == type(fitted)(("Apéro de rentrée",), 80, False)


def test_french_spaced_punctuation_never_starts_a_line() -> None:
    # "de novembre :" is wider than the box at 64 px: the colon goes down with "novembre".
    title = "OpenCoffee de novembre : les aides à la création d'entreprise"
    measure = bold(64).getlength
    width = measure("OpenCoffee de novembre") + 5
    fitted = fit_title(title, lambda size: measure, (64,), width, 600)
    assert not any(line.startswith(":") for line in fitted.lines)
    assert fitted.lines[1].startswith("novembre :") or fitted.lines[0].endswith(" :")


def test_a_line_is_shortened_at_a_word_with_an_ellipsis() -> None:
    measure = bold(34).getlength
    line = shorten("Salle commune du rez-de-chaussée, 27 rue du Métier", measure, 400)
    assert line.endswith(ELLIPSIS)
    assert measure(line) <= 400
    assert "Salle commune du rez-de-chaussée, 27 rue du Métier".startswith(line[:-1])
    assert line[:-1].endswith(("commune", "du", "Salle"))  # ends at a word


def test_a_word_too_wide_after_the_first_words_leaves_them_whole() -> None:
    measure = bold(34).getlength
    assert shorten("Salle commune " + "x" * 200, measure, 1056) == "Salle commune…"


def test_a_word_wider_than_the_card_is_cut_rather_than_overflow() -> None:
    measure = bold(48).getlength
    fitted = fit_title("a" * 200, lambda size: measure, (48,), 1056, 280)
    assert fitted.lines[0].endswith(ELLIPSIS)
    assert measure(fitted.lines[0]) <= 1056


def test_an_unchanged_card_is_drawn_once_then_reused(tmp_path: Path) -> None:
    card = Card("Apéro de rentrée", ("jeudi 3 décembre 2026",), "La Navette")
    first = CardCache(tmp_path)
    path = first.picture(card)
    before = path.stat()
    second = CardCache(tmp_path)
    assert second.picture(card) == path
    after = path.stat()
    assert (first.drawn, first.reused, second.drawn, second.reused) == (1, 0, 0, 1)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_cards_drawn_several_at_once_are_the_pictures_drawn_one_by_one(tmp_path: Path) -> None:
    # A site's first build draws its missing cards in threads: each picture is still exactly
    # the one drawn alone, whatever card the other threads draw meanwhile.
    photo = tmp_path / "photo.png"
    Image.new("RGB", (400, 300), "teal").save(photo)
    cards = [Card(LONG_TITLE, ("jeudi 3 décembre 2026", "Grande salle"), "La Navette")]
    cards += [Card(f"Atelier n° {n}", ("vendredi",), "La Navette") for n in range(5)]
    cards += [Card("Rosa Vidal", ("Céramiste",), "La Navette", photo=photo)]
    CardCache(tmp_path / "cache").picture(cards[0])  # kept by an earlier build
    cache = CardCache(tmp_path / "cache")
    (tmp_path / "output").mkdir()
    targets = [str(tmp_path / "output" / f"{number}.png") for number in range(len(cards) + 1)]
    cache.place_all(zip([*cards, cards[1]], targets, strict=True), workers=4)
    assert (cache.drawn, cache.reused) == (len(cards) - 1, 1)
    for target, card in zip(targets, [*cards, cards[1]], strict=True):
        assert Path(target).read_bytes() == render_card(card)


def test_a_card_that_cannot_be_drawn_stops_the_others_and_leaves_no_half_file(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    cards = [Card(f"Atelier n° {n}") for n in range(6)]
    cards.insert(2, Card("Rosa Vidal", photo=broken))
    (tmp_path / "output").mkdir()
    targets = [str(tmp_path / "output" / f"{number}.png") for number in range(len(cards))]
    with pytest.raises(UnidentifiedImageError):
        CardCache(tmp_path / "cache").place_all(zip(cards, targets, strict=True), workers=2)
    assert [p.name for p in (tmp_path / "cache").iterdir() if not p.name.endswith(".png")] == []


def test_any_change_to_what_is_drawn_is_a_new_card(tmp_path: Path) -> None:
    card = Card("Apéro", ("jeudi",), "La Navette")
    photo = tmp_path / "photo.png"
    Image.new("RGB", (50, 50), "red").save(photo)
    changed = [
        Card("Apéro !", ("jeudi",), "La Navette"),
        Card("Apéro", ("vendredi",), "La Navette"),
        Card("Apéro", ("jeudi",), "La Navette", Colors(background="#000000", text="#ffffff")),
        Card("Apéro", ("jeudi",), "La Navette", photo=photo),
    ]
    keys = {card_key(c) for c in [card, *changed]}
    assert len(keys) == 5
    Image.new("RGB", (50, 50), "blue").save(photo)
    assert card_key(changed[-1]) not in keys  # a new photo under the same name


def test_cards_no_build_used_are_pruned(tmp_path: Path) -> None:
    old, kept = Card("Ancien titre"), Card("Nouveau titre")
    CardCache(tmp_path).picture(old)
    cache = CardCache(tmp_path)
    path = cache.picture(kept)
    assert cache.prune() == 1
    assert [p.name for p in tmp_path.glob("*.png")] == [path.name]
    # A site that never drew a card has no folder: nothing to remove, no error.
    assert CardCache(tmp_path / "never-made").prune() == 0


def test_what_a_killed_build_was_writing_is_removed_once_stale(tmp_path: Path) -> None:
    cache = CardCache(tmp_path)
    cache.picture(Card("Apéro"))
    killed, writing = tmp_path / ".0a1b-killed.tmp", tmp_path / ".2c3d-writing.tmp"
    for leftover in (killed, writing):
        leftover.write_bytes(b"\x89PNG half")
    two_hours_ago = killed.stat().st_mtime - 7200
    os.utime(killed, (two_hours_ago, two_hours_ago))
    assert cache.prune() == 0
    # Another build may still be writing the recent one.
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == [writing.name]


def test_a_placed_card_is_the_kept_picture_readable_by_all(tmp_path: Path) -> None:
    card = Card("Apéro de rentrée", ("jeudi 3 décembre 2026",), "La Navette")
    cache = CardCache(tmp_path / "cache")
    (tmp_path / "output").mkdir()
    cache.place(card, tmp_path / "output" / "apero.png")
    placed, kept = tmp_path / "output" / "apero.png", cache.picture(card)
    assert placed.read_bytes() == kept.read_bytes() == render_card(card)
    # A web server or a deployment's archive reads the site's files as another user.
    assert placed.stat().st_mode & 0o777 == 0o644
    # A card no longer used leaves the cache; the site's picture stays whole.
    cache = CardCache(tmp_path / "cache")
    assert cache.prune() == 1
    assert placed.read_bytes() == render_card(card)


def test_a_card_is_copied_where_links_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As between two file systems (the output on another disk than the cache).
    monkeypatch.setattr("os.link", _refused)
    card = Card("Apéro")
    # Whatever the umask of the build (a CI runner's 027, say), the copy is readable by all.
    umask = os.umask(0o077)
    try:
        CardCache(tmp_path).place(card, tmp_path / "apero.png")
    finally:
        os.umask(umask)
    assert (tmp_path / "apero.png").read_bytes() == render_card(card)
    assert (tmp_path / "apero.png").stat().st_ino != CardCache(tmp_path).picture(card).stat().st_ino
    assert (tmp_path / "apero.png").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("links", [True, False], ids=["linked", "copied"])
def test_a_card_placed_over_another_leaves_the_kept_pictures_as_they_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    """Two pages whose cards share a file (`alpha/` and `alpha.html` both give
    `cards/alpha.png`): the second replaces the first in the output, and the cache still holds
    each picture under its own key, for the next build."""
    if not links:
        monkeypatch.setattr("os.link", _refused)
    alpha, beta = Card("Alpha"), Card("Beta")
    cache = CardCache(tmp_path / "cache")
    (tmp_path / "output").mkdir()
    target = tmp_path / "output" / "alpha.png"
    cache.place(alpha, target)
    cache.place(beta, target)
    assert target.read_bytes() == render_card(beta)
    assert cache.picture(alpha).read_bytes() == render_card(alpha)
    assert cache.picture(beta).read_bytes() == render_card(beta)
    assert [p.name for p in (tmp_path / "output").iterdir()] == ["alpha.png"]


def _refused(source: object, target: object) -> None:
    raise OSError(18, "Invalid cross-device link")


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("", "cards/index.png"),
        ("blog/2026/bienvenue/", "cards/blog/2026/bienvenue.png"),
        ("a-propos.html", "cards/a-propos.png"),
        ("en/blog/index.html", "cards/en/blog.png"),
    ],
)
def test_each_page_has_its_own_card_file(url: str, path: str) -> None:
    assert card_path(url) == path


def test_pages_whose_cards_would_be_one_file_are_found() -> None:
    urls = ["", "alpha/", "blog/b/", "alpha.html", "blog/b/index.html", "beta/"]
    assert shared_paths(urls) == {
        "cards/alpha.png": ("alpha.html", "alpha/"),
        "cards/blog/b.png": ("blog/b/", "blog/b/index.html"),
    }
    assert shared_paths(["", "alpha/", "beta.html"]) == {}


def test_a_card_s_text_alternative_says_what_it_shows() -> None:
    card = Card("Apéro", ("jeudi 3 décembre 2026, 18:30–21:00", "Salle commune"), "La Navette")
    assert card.alt == "La Navette · Apéro · jeudi 3 décembre 2026, 18:30–21:00 · Salle commune"


# ─── Colours in space.yaml ────────────────────────────────────────────────────────────────────

SPACE = "name: La Navette\nlanguage: fr\ntimezone: Europe/Paris\n"


def space_problems(tmp_path: Path, colors: str) -> list[str]:
    (tmp_path / "space.yaml").write_text(SPACE + colors, "utf-8")
    return [str(p) for p in load_space(tmp_path / "space.yaml", tmp_path)[1]]


def test_colours_are_read_from_space_yaml(tmp_path: Path) -> None:
    text = 'colors:\n  background: "#102030"\n  text: "#FFF"\n  accent: "#f2a27f"\n'
    (tmp_path / "space.yaml").write_text(SPACE + text, "utf-8")
    space, problems = load_space(tmp_path / "space.yaml", tmp_path)
    assert problems == []
    assert space is not None
    assert space.colors == Colors(background="#102030", text="#ffffff", accent="#f2a27f")


def test_a_dark_background_needs_its_own_accent(tmp_path: Path) -> None:
    # The theme's accent, kept by default, is too dark on a dark background.
    colors = 'colors:\n  background: "#102030"\n  text: "#ffffff"\n'
    assert space_problems(tmp_path, colors) == [
        "space.yaml:5: colors.background: expected accent and background colours that contrast "
        "at least 3.0:1, found #8a2b0f on #102030 (1.91:1) (the share cards would be hard to read: "
        "darken one colour or lighten the other)"
    ]


def test_a_malformed_colour_is_refused_at_its_line(tmp_path: Path) -> None:
    colors = 'colors:\n  background: #fdfcf9\n  text: "#12345"\n  accent: "red"\n'
    expected = (
        'expected a colour written "#rrggbb" in quotes (without them, YAML reads # as the start'
        ' of a comment), such as "#8a2b0f"'
    )
    assert space_problems(tmp_path, colors) == [
        f"space.yaml:5: colors.background: {expected}, found nothing (put the value in quotes so "
        "that it is read as text)",
        f"space.yaml:6: colors.text: {expected}, found '#12345'",
        f"space.yaml:7: colors.accent: {expected}, found 'red'",
    ]


def test_colours_too_alike_to_read_are_refused(tmp_path: Path) -> None:
    colors = 'colors:\n  background: "#ffffff"\n  accent: "#ffee00"\n'
    assert space_problems(tmp_path, colors) == [
        "space.yaml:6: colors.accent: expected accent and background colours that contrast at "
        "least 3.0:1, found #ffee00 on #ffffff (1.20:1) (the share cards would be hard to read: "
        "darken one colour or lighten the other)"
    ]
