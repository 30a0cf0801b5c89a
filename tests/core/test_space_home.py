"""The home page's view model, the hours and closures as people and the "open now" script read
them, space.yaml's picture and sections, and the sizes written on pictures: no build."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cowork.files.history import FirstAdded
from cowork.members.avatars import GPS_IFD
from cowork.members.directory import Profile, UrlPatterns, build_directory
from cowork.members.load import load_members
from cowork.site.home import SiteParts, home_page, osm_url
from cowork.space.hours import closures_ahead, schedule_data, week_rows
from cowork.space.load import load_space
from cowork.space.model import HOME_SECTIONS, Space
from cowork.text.images import add_image_sizes, image_size
from PIL import Image

from tests.home_site import MEMBERS, SPACE
from tests.members_files import picture

TODAY = dt.date(2026, 11, 22)


def space_from(tmp_path: Path, text: str, files: dict[str, bytes] | None = None) -> Space:
    (tmp_path / "space.yaml").write_text(text, "utf-8")
    for relpath, data in (files or {}).items():
        (tmp_path / relpath).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relpath).write_bytes(data)
    space, problems = load_space(tmp_path / "space.yaml", tmp_path)
    assert problems == [] and space is not None, [str(p) for p in problems]
    return space


def problems_of(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "space.yaml").write_text(text, "utf-8")
    return [str(p) for p in load_space(tmp_path / "space.yaml", tmp_path)[1]]


# ─── Hours and closures ──────────────────────────────────────────────────────────────────────


def test_the_whole_week_closed_days_included(tmp_path: Path) -> None:
    rows = week_rows(space_from(tmp_path, SPACE), "en")
    assert [(r.name, r.hours) for r in rows] == [
        ("Monday", "9:00\u202fAM – 12:00\u202fPM, 2:00\u202fPM – 6:00\u202fPM"),
        ("Tuesday", "9:00\u202fAM – 6:00\u202fPM"),
        ("Wednesday", "9:00\u202fAM – 6:00\u202fPM"),
        ("Thursday", "9:00\u202fAM – 6:00\u202fPM"),
        ("Friday", "9:00\u202fAM – 5:00\u202fPM"),
        ("Saturday", ""),
        ("Sunday", ""),
    ]


def test_closures_ahead_are_the_ones_not_over(tmp_path: Path) -> None:
    space = space_from(tmp_path, SPACE)
    assert [(c.dates, c.label) for c in closures_ahead(space, TODAY, "fr")] == [
        ("24–26 déc. 2026", "Noël"),
        ("jeudi 31 décembre 2026", ""),
    ]
    # On its last day a closure is still ahead; the day after, it is gone.
    assert len(closures_ahead(space, dt.date(2026, 12, 26), "fr")) == 2
    assert len(closures_ahead(space, dt.date(2026, 12, 27), "fr")) == 1
    assert closures_ahead(space, dt.date(2027, 1, 1), "nl") == ()


def test_schedule_for_the_script(tmp_path: Path) -> None:
    data = schedule_data(space_from(tmp_path, SPACE), TODAY, "fr")
    assert data["zone"] == "Europe/Paris"
    assert data["week"][0] == [[540, 720, "09:00", "12:00"], [840, 1080, "14:00", "18:00"]]
    assert data["week"][5] == data["week"][6] == []
    assert data["closures"] == [
        ["2026-12-24", "2026-12-26", "Noël"],
        ["2026-12-31", "2026-12-31", ""],
    ]


def test_midnight_is_the_end_of_the_day(tmp_path: Path) -> None:
    text = SPACE.replace("friday: [09:00-17:00]", "friday: [18:00-24:00]")
    data = schedule_data(space_from(tmp_path, text), TODAY, "fr")
    assert data["week"][4] == [[1080, 1440, "18:00", "24:00"]]


# ─── space.yaml: picture and sections ────────────────────────────────────────────────────────


def test_picture_size_is_read_from_the_file(tmp_path: Path) -> None:
    text = SPACE + "picture:\n  path: images/salle.webp\n  alt: {fr: La salle, en: The room}\n"
    space = space_from(tmp_path, text, {"content/images/salle.webp": picture("WEBP", (300, 200))})
    assert space.picture is not None
    assert (space.picture.path, space.picture.width, space.picture.height) == (
        "images/salle.webp",
        300,
        200,
    )
    assert space.picture.alt.get("en") == "The room"


def test_a_picture_that_is_not_one(tmp_path: Path) -> None:
    (tmp_path / "content/images").mkdir(parents=True)
    (tmp_path / "content/images/salle.jpg").write_text("not a picture", "utf-8")
    text = SPACE + "picture:\n  path: images/salle.jpg\n  alt: La salle\n"
    line = SPACE.count("\n") + 2
    assert problems_of(tmp_path, text) == [
        f"space.yaml:{line}: picture.path: expected a JPEG, PNG or WebP picture, found a file no "
        "picture reader opens: images/salle.jpg (export the picture again as JPEG or PNG)"
    ]


def test_a_picture_that_says_where_it_was_taken(tmp_path: Path) -> None:
    (tmp_path / "content/images").mkdir(parents=True)
    image = Image.new("RGB", (40, 30))
    exif = image.getexif()
    exif.get_ifd(GPS_IFD)[2] = (50.0, 41.0, 39.0)
    image.save(tmp_path / "content/images/salle.jpg", "JPEG", exif=exif)
    text = SPACE + "picture:\n  path: images/salle.jpg\n  alt: La salle\n"
    line = SPACE.count("\n") + 2
    assert problems_of(tmp_path, text) == [
        f"space.yaml:{line}: picture.path: expected a picture without location data, found GPS "
        "coordinates in content/images/salle.jpg: once committed, the original stays public in "
        "the repository's history (export the picture again without its location: photo "
        "editors offer it)"
    ]


@pytest.mark.parametrize(
    ("picture_yaml", "expected"),
    [
        (
            "picture:\n  path: ../secret.jpg\n  alt: x\n",
            "picture.path: expected a picture in content/images/, such as images/the-space.jpg "
            "(JPEG, PNG or WebP), found '../secret.jpg'",
        ),
        (
            "picture:\n  path: images/salle.jpg\n",
            "picture: missing required key 'alt': expected what the picture shows, in one line",
        ),
    ],
)
def test_picture_path_and_alt_are_checked(tmp_path: Path, picture_yaml: str, expected: str) -> None:
    found = problems_of(tmp_path, SPACE + picture_yaml)
    assert len(found) == 1 and expected in found[0], found


def test_sections_in_the_given_order_named_once(tmp_path: Path) -> None:
    space = space_from(tmp_path, SPACE + "home:\n  sections: [hours, intro]\n")
    assert space.home_sections == ("hours", "intro")
    assert space_from(tmp_path, SPACE).home_sections == HOME_SECTIONS
    line = SPACE.count("\n") + 2
    assert problems_of(tmp_path, SPACE + "home:\n  sections: [hours, intro, hours]\n") == [
        f"space.yaml:{line}: home.sections: expected no repeated items, found 'hours' twice"
    ]


# ─── The home page's view model ──────────────────────────────────────────────────────────────


def directory_of(tmp_path: Path) -> tuple[int, tuple[Profile, ...]]:
    for relpath, text in MEMBERS.items():
        (tmp_path / relpath).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relpath).write_text(text, "utf-8")
    loaded = load_members(tmp_path / "members", tmp_path, ("Journée", "Mensuel"))
    assert not loaded.problems
    urls = UrlPatterns("membres/", "membres/{handle}/", "membres/c/{slug}/", "membres/avatars/")
    directory = build_directory(loaded.members, TODAY, FirstAdded(), tmp_path / "none", urls)
    return directory.current_count, directory.profiles


def test_every_section_in_order_when_everything_is_there(tmp_path: Path) -> None:
    count, profiles = directory_of(tmp_path)
    parts = SiteParts(True, True, count, profiles, "tarifs/", "rejoindre/")
    home = home_page(space_from(tmp_path, SPACE), "fr", TODAY, parts)
    assert home.sections == HOME_SECTIONS
    assert home.members is not None and home.members.count == 3
    # Published members only, the newest first.
    assert [p.member.name for p in home.members.faces] == ["Bruno Diaz", "Ana Lima"]
    assert home.plans is not None and [r.price for r in home.plans.rows] == ["12\xa0€", "150\xa0€"]
    assert home.join_url == "rejoindre/"
    assert home.intro is not None and home.intro.introduction_html == (
        "<p>Douze postes et une <strong>grande table</strong>, au-dessus d'une boulangerie.</p>"
    )
    assert home.hours is not None
    assert json.loads(home.hours.schedule_json)["zone"] == "Europe/Paris"


def test_sections_with_nothing_to_show_are_left_out(tmp_path: Path) -> None:
    home = home_page(space_from(tmp_path, SPACE), "fr", TODAY, SiteParts())
    assert home.sections == ("intro", "hours", "plans", "access")
    bare = space_from(tmp_path, "name: Le Nid\nlanguage: fr\ntimezone: Europe/Paris\n")
    assert home_page(bare, "fr", TODAY, SiteParts()).sections == ()


def test_members_who_all_chose_not_to_appear_are_counted(tmp_path: Path) -> None:
    home = home_page(space_from(tmp_path, SPACE), "fr", TODAY, SiteParts(member_count=4))
    assert "members" in home.sections
    assert home.members is not None and home.members.faces == ()


def test_space_yaml_order_wins_and_empty_sections_still_hide(tmp_path: Path) -> None:
    space = space_from(tmp_path, SPACE + "home:\n  sections: [join, events, plans, intro]\n")
    home = home_page(space, "fr", TODAY, SiteParts(join_url="rejoindre/"))
    assert home.sections == ("join", "plans", "intro")


def test_map_link_only_with_coordinates(tmp_path: Path) -> None:
    assert osm_url(50.6942, 3.1746) == (
        "https://www.openstreetmap.org/?mlat=50.69420&mlon=3.17460#map=18/50.69420/3.17460"
    )
    text = SPACE.replace("  latitude: 50.6942\n  longitude: 3.1746\n", "")
    home = home_page(space_from(tmp_path, text), "fr", TODAY, SiteParts())
    assert home.access is not None and home.access.map_url == ""
    assert home.access.city == "Roubaix"


# ─── Sizes on pictures ───────────────────────────────────────────────────────────────────────


def test_sizes_written_on_local_pictures_only(tmp_path: Path) -> None:
    (tmp_path / "plan.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" stroke-width="3" viewBox="0 0 640 360"></svg>',
        "utf-8",
    )
    (tmp_path / "wide.svg").write_text('<svg width="100px" height="50"></svg>', "utf-8")
    (tmp_path / "photo.png").write_bytes(picture("PNG", (30, 20)))
    html = (
        '<p><img alt="Plan" src="{static}/plan.svg"></p>'
        '<img src="wide.svg" alt="">'
        "<img alt='' src='photo.png' />"
        '<img src="https://elsewhere.example/x.png" alt="">'
        '<img src="photo.png" width="10" alt="">'
        '<img src="missing.png" alt="">'
    )

    def resolve(src: str) -> Path | None:
        if "://" in src:
            return None
        return tmp_path / src.removeprefix("{static}/")

    assert add_image_sizes(html, resolve) == (
        '<p><img alt="Plan" src="{static}/plan.svg" width="640" height="360"></p>'
        '<img src="wide.svg" alt="" width="100" height="50">'
        "<img alt='' src='photo.png' width=\"30\" height=\"20\"/>"
        '<img src="https://elsewhere.example/x.png" alt="">'
        '<img src="photo.png" width="10" alt="">'
        '<img src="missing.png" alt="">'
    )


def test_an_svg_without_a_size(tmp_path: Path) -> None:
    (tmp_path / "free.svg").write_text('<svg width="100%"></svg>', "utf-8")
    assert image_size(tmp_path / "free.svg") is None
