"""What the build keeps between builds in `.cache/cowork/` (compiled templates, schema checks,
members' pictures, share cards, rendered texts) never hides a change: each change below, made
after a build filled the caches, reaches the next build's pages or its problems."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests import buildcache
from tests.conftest import ScratchBuilder
from tests.members_files import CONSENTED
from tests.sites import BuiltSite, make_scratch_site, run_pelican

PHOTO_CONSENT = "consent:\n  directory: 2026-01-05\n  photo: 2026-01-05\n"
ANA = "name: Ana Lefèvre\ntitle: Graphiste\navatar: ana.png\n" + PHOTO_CONSENT
PROFILE_OVERRIDE = """{% extends "!theme/members/profile.html" %}
{% block content %}<p class="site-note">{note}</p>{{ super() }}{% endblock %}
"""


def photo(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 300), colour).save(buffer, "PNG")
    return buffer.getvalue()


EVENT = """title: Atelier vélo
start: 2027-01-20 18:30
duration: 2h
description: |
  Apportez **{tool}**, et lisez [le guide](https://velo.example/guide).
"""

FILES: dict[str, str | bytes] = {
    "members/ana.yaml": ANA,
    "members/avatars/ana.png": photo((200, 40, 40)),
    "members/bob.yaml": "name: Bob Martin\n" + CONSENTED,
    "theme/templates/members/profile.html": PROFILE_OVERRIDE.replace("{note}", "Première note"),
    "events/atelier-velo.yaml": EVENT.replace("{tool}", "votre clé de 15"),
}


@pytest.fixture
def warm(build_scratch: ScratchBuilder) -> ScratchBuilder:
    """A scratch site built once, so every cache is filled before the change under test."""
    first = build_scratch(FILES)
    assert first.returncode == 0, first.log
    caches = first.source / ".cache" / "cowork"
    assert {p.name for p in caches.iterdir()} >= {
        "jinja",
        "checked",
        "avatars",
        "cards",
        "rendered",
    }
    assert "Première note" in first.read("membres/ana/")
    return build_scratch


def avatar_colours(built: BuiltSite) -> set[tuple[int, ...]]:
    colours = set()
    for path in (built.output / "membres" / "avatars").iterdir():
        with Image.open(path) as image:
            pixel = image.convert("RGB").getpixel((10, 10))
            assert isinstance(pixel, tuple)
            colours.add(pixel)
    return colours


def test_a_new_photo_reaches_the_profile(warm: ScratchBuilder) -> None:
    before = warm({})
    assert before.returncode == 0, before.log
    assert _near(avatar_colours(before), (200, 40, 40))
    after = warm({"members/avatars/ana.png": photo((20, 60, 220))})
    assert after.returncode == 0, after.log
    assert _near(avatar_colours(after), (20, 60, 220))
    # The pages name the new files (their names carry the picture's hash), which exist.
    pages = after.read("membres/ana/") + after.read("membres/")
    for path in (after.output / "membres" / "avatars").iterdir():
        assert path.name in pages


def test_an_edited_site_template_reaches_the_pages(warm: ScratchBuilder) -> None:
    note = PROFILE_OVERRIDE.replace("{note}", "Seconde note")
    built = warm({"theme/templates/members/profile.html": note})
    assert built.returncode == 0, built.log
    page = built.read("membres/ana/")
    assert "Seconde note" in page and "Première note" not in page


def test_a_changed_event_description_reaches_its_page_and_feeds(warm: ScratchBuilder) -> None:
    built = warm({"events/atelier-velo.yaml": EVENT.replace("{tool}", "votre pompe")})
    assert built.returncode == 0, built.log
    page = built.read("evenements/atelier-velo/")
    assert "<strong>votre pompe</strong>" in page and "clé de 15" not in page
    # The plain text of calendars and feeds (iCalendar folds long lines: unfolded to search).
    calendar = built.read("calendar.ics").replace("\n ", "")
    assert "Apportez votre pompe\\, et lisez le guide (https://velo.example/guide)." in calendar
    assert "clé de 15" not in calendar
    feed = built.read("feeds/evenements.atom.xml")
    assert "Apportez votre pompe, et lisez le guide" in feed and "clé de 15" not in feed


def test_a_file_the_schema_refuses_fails_the_next_build(warm: ScratchBuilder) -> None:
    refused = warm({"members/bob.yaml": "name: Bob Martin\nlinks:\n  website: pas-une-adresse\n"})
    assert refused.returncode != 0
    assert "members/bob.yaml:3" in refused.log and "links.website" in refused.log
    # Unchanged and still wrong: the same problem again, not a verdict kept from before.
    again = warm({})
    assert again.returncode != 0
    assert "members/bob.yaml:3" in again.log and "links.website" in again.log
    fixed = warm({"members/bob.yaml": "name: Bob Martin\n" + CONSENTED})
    assert fixed.returncode == 0, fixed.log


def test_a_changed_setting_reaches_the_pages(warm: ScratchBuilder, tmp_path: Path) -> None:
    settings = tmp_path / "src" / "pelicanconf.py"
    text = settings.read_text("utf-8") + '\nSITENAME = "La Navette du Port"\n'
    built = warm({"pelicanconf.py": text})
    assert built.returncode == 0, built.log
    assert "La Navette du Port" in built.read("membres/ana/")
    assert "La Navette du Port" in built.read("membres/")


def test_a_changed_introduction_reaches_the_home_page(warm: ScratchBuilder, tmp_path: Path) -> None:
    space = tmp_path / "src" / "space.yaml"
    text = space.read_text("utf-8")
    old = "une cuisine et un local à vélos"
    assert old in text
    built = warm({"space.yaml": text.replace(old, "une cuisine et un **atelier vélo**")})
    assert built.returncode == 0, built.log
    home = built.read("")
    assert "une cuisine et un <strong>atelier vélo</strong>" in home and old not in home


def _near(colours: set[tuple[int, ...]], wanted: tuple[int, int, int]) -> bool:
    """Every picture of that colour, give or take WebP's rounding."""
    return bool(colours) and all(
        all(abs(a - b) <= 8 for a, b in zip(colour, wanted, strict=True)) for colour in colours
    )


def test_a_site_built_from_caches_other_sites_filled_is_the_site_built_from_nothing(
    tmp_path: Path,
) -> None:
    """The suite's builds start from the compiled templates, cards, pictures and calendars that
    earlier builds of the run made (tests.buildcache): that must not change a byte of what they
    write."""
    alone = make_scratch_site(tmp_path / "alone", FILES, with_sample=True)
    first = run_pelican(alone, tmp_path / "alone-output", shared_cache=False)
    assert first.returncode == 0, first.log
    buildcache.harvest(alone)  # whatever the run's store held, it now holds all this site needs

    seeded = make_scratch_site(tmp_path / "seeded", FILES, with_sample=True)
    second = run_pelican(seeded, tmp_path / "seeded-output")
    assert second.returncode == 0, second.log

    store = buildcache.store()
    assert store is not None
    names = [path.name for path in _kept(alone, "cards")]
    assert len(names) > 40
    # The second site drew no card: its cards are the very files of the store.
    shared = {name: (store / "cards" / name).stat().st_ino for name in names}
    assert {path.name: path.stat().st_ino for path in _kept(seeded, "cards")} == shared
    assert _files(first.output) == _files(second.output)


def _kept(source: Path, kind: str) -> list[Path]:
    return sorted((source / ".cache" / "cowork" / kind).iterdir())


def _files(output: Path) -> dict[str, bytes]:
    return {
        p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()
    }
