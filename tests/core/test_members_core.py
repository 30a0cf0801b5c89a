"""The member directory's pure parts: who is published, safe bios, pictures, JSON-LD."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from pathlib import Path

import pytest
from cowork.files.history import FirstAdded
from cowork.members import avatars
from cowork.members.directory import UrlPatterns, build_directory, member_numbers
from cowork.members.model import Consent, Member, Skill, slugify
from cowork.members.structured import profile_jsonld
from cowork.settings import KitSettings
from cowork.site.links import Person
from cowork.text.safe_markdown import render_safe_markdown
from PIL import Image

from tests.inert import executable_parts

TODAY = dt.date(2026, 11, 22)
URLS = UrlPatterns.from_settings(KitSettings(Path()))
AGREED = Consent(directory=dt.date(2026, 1, 5), photo=dt.date(2026, 1, 5))


def member(handle: str, **fields: object) -> Member:
    fields.setdefault("name", handle.title())
    fields.setdefault("consent", Consent(directory=dt.date(2026, 1, 5)))
    return Member(handle=handle, source=f"members/{handle}.yaml", **fields)  # type: ignore[arg-type]


# ─── Who is published ─────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("fields", "current", "published"),
    [
        ({}, True, True),
        ({"consent": Consent()}, True, False),
        ({"consent": Consent(directory=dt.date(2026, 12, 1))}, True, False),
        ({"left": dt.date(2025, 10, 31)}, False, False),
        ({"left": TODAY}, False, False),
        ({"left": dt.date(2026, 12, 31)}, True, True),
        ({"joined": dt.date(2027, 1, 1)}, False, False),
    ],
)
def test_who_is_current_and_published(
    fields: dict[str, object], current: bool, published: bool
) -> None:
    ana = member("ana", **fields)
    assert (ana.is_current(TODAY), ana.is_published(TODAY)) == (current, published)


def test_directory_counts_current_members_and_lists_published_ones(tmp_path: Path) -> None:
    members = [
        member("zoe", name="Zoé Aubry"),
        member("ana", name="Ana Zola"),
        member("bob", consent=Consent()),
        member("cy", left=dt.date(2025, 1, 1)),
    ]
    directory = build_directory(members, TODAY, FirstAdded(), tmp_path, URLS)
    assert [p.member.handle for p in directory.profiles] == ["ana", "zoe"]
    assert directory.current_count == 3
    assert directory.links == {
        "ana": Person("Ana Zola", "membres/ana/"),
        "bob": Person("bob", None),
        "cy": Person("cy", None),
        "zoe": Person("Zoé Aubry", "membres/zoe/"),
    }


def test_names_sort_without_regard_to_accents_or_case(tmp_path: Path) -> None:
    names = ["émile", "Zoé", "Eva", "adam"]
    members = [member(f"m{i}", name=n) for i, n in enumerate(names)]
    directory = build_directory(members, TODAY, FirstAdded(), tmp_path, URLS)
    assert [p.member.name for p in directory.profiles] == ["adam", "émile", "Eva", "Zoé"]


def test_skill_pages_group_spellings_and_skip_unpublished_members(tmp_path: Path) -> None:
    members = [
        member("ana", skills=(Skill("Vidéo", "video"),)),
        member("bob", skills=(Skill("vidéo", "video"), Skill("son", "son"))),
        member("cy", skills=(Skill("vidéo", "video"),)),
        member("dan", skills=(Skill("secret", "secret"),), consent=Consent()),
    ]
    groups = build_directory(members, TODAY, FirstAdded(), tmp_path, URLS).skills
    assert [(g.label, g.url, [p.member.handle for p in g.profiles]) for g in groups] == [
        ("son", "membres/competences/son/", ["bob"]),
        ("vidéo", "membres/competences/video/", ["ana", "bob", "cy"]),
    ]


def test_member_numbers_follow_the_order_of_joining() -> None:
    since = {
        "cy": dt.date(2025, 1, 1),
        "ana": dt.date(2025, 6, 1),
        "bob": dt.date(2025, 1, 1),
        "new": None,
    }
    assert member_numbers(since, complete=True) == {"bob": 1, "cy": 2, "ana": 3, "new": 4}
    # Without the history, an unknown date could be anywhere: nobody gets a wrong number.
    assert member_numbers(since, complete=False) == {}
    assert member_numbers({"ana": dt.date(2025, 1, 1)}, complete=False) == {"ana": 1}


def test_since_comes_from_joined_then_from_history(tmp_path: Path) -> None:
    members = [
        member("ana", joined=dt.date(2025, 3, 3)),
        member("bob"),
        member("cy", left=dt.date(2025, 5, 1)),
    ]
    history = FirstAdded(
        first_added={
            "ana.yaml": dt.date(2026, 1, 1),
            "bob.yaml": dt.date(2025, 4, 1),
            "cy.yaml": dt.date(2025, 1, 1),
        }
    )
    profiles = build_directory(members, TODAY, history, tmp_path, URLS).profiles
    # cy has left but keeps number 1: numbers never move when someone leaves.
    assert [(p.member.handle, p.since, p.number) for p in profiles] == [
        ("ana", dt.date(2025, 3, 3), 2),
        ("bob", dt.date(2025, 4, 1), 3),
    ]


def test_photo_needs_its_own_consent(tmp_path: Path) -> None:
    Image.new("RGB", (10, 10)).save(tmp_path / "ana.jpg")
    Image.new("RGB", (10, 10)).save(tmp_path / "bob.jpg")
    members = [member("ana", avatar="ana.jpg", consent=AGREED), member("bob", avatar="bob.jpg")]
    profiles = build_directory(members, TODAY, FirstAdded(), tmp_path, URLS).profiles
    ana, bob = profiles
    assert ana.avatar is not None and ana.avatar.small.startswith("membres/avatars/ana-128-")
    assert bob.avatar is None
    assert bob.member.initials == "B"
    assert member("x", name="Jean-Pierre de la Fontaine").initials == "JF"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Développement web", "developpement-web"),
        ("C++", "c-plus-plus"),
        ("C#", "c-sharp"),
        ("3D / VR", "3d-vr"),
        ("日本語", "日本語"),
    ],
)
def test_skill_slugs(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_a_tag_of_punctuation_still_gets_an_address() -> None:
    assert slugify("_").startswith("tag-") and slugify("_") == slugify("_")


# ─── Safe bios ────────────────────────────────────────────────────────────────────────────────


def test_bio_markdown_is_rendered_and_headings_demoted() -> None:
    assert render_safe_markdown(
        "# Moi\n\nJe fais de la **vidéo**.\n\n## Tarifs\n\n- un\n- deux"
    ) == (
        "<h3>Moi</h3>\n<p>Je fais de la <strong>vidéo</strong>.</p>\n<h4>Tarifs</h4>\n"
        "<ul>\n<li>un</li>\n<li>deux</li>\n</ul>"
    )


def test_links_in_bios_get_rel_nofollow_ugc_noopener() -> None:
    assert render_safe_markdown("[mon site](https://ana.example)") == (
        '<p><a href="https://ana.example" rel="nofollow ugc noopener">mon site</a></p>'
    )


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<div style="position:fixed" onclick="steal()">x</div>',
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](&#106;avascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
        "[x](data:text/html,<script>alert(1)</script>)",
        "<iframe src=https://evil.example></iframe>",
        "<style>body{display:none}</style>",
        '<a href="https://ok.example" onmouseover="x()">a</a>',
        "<!-- <script>alert(1)</script> -->",
    ],
)
def test_hostile_bios_come_out_inert(hostile: str) -> None:
    html = render_safe_markdown(f"Bonjour {hostile} fin")
    assert executable_parts(html) == [], html
    assert "<img" not in html and "<iframe" not in html


def test_the_inertness_check_can_fail() -> None:
    assert executable_parts('<a href=" javascript:x()">a</a><p onclick="x()">b</p>') == [
        "<a href=' javascript:x()'>",
        "<p onclick='x()'>",
    ]


# ─── Pictures ─────────────────────────────────────────────────────────────────────────────────


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (900, 600), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (50.0, 37.0, 49.8), "E", (3.0, 4.0, 14.2)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, comment=b"secret comment")
    return buffer.getvalue()


def test_renditions_are_square_webp_without_any_metadata(tmp_path: Path) -> None:
    source = tmp_path / "ana.jpg"
    source.write_bytes(jpeg_with_gps())
    with Image.open(source) as original:
        assert original.getexif().get_ifd(0x8825)  # the test picture does carry a position
    targets = [(size, tmp_path / f"out-{size}.webp") for size in avatars.SIZES]
    avatars.write_renditions(source, targets)
    for size, target in targets:
        with Image.open(target) as written:
            assert (written.format, written.size) == ("WEBP", (size, size))
            assert dict(written.getexif()) == {}
            assert not {"exif", "xmp", "icc_profile", "comment"} & set(written.info)
        assert b"PhoneMaker" not in target.read_bytes()


def test_rendition_names_change_with_the_picture(tmp_path: Path) -> None:
    source = tmp_path / "ana.jpg"
    source.write_bytes(jpeg_with_gps())
    first = avatars.rendition_name("ana", source, 128)
    Image.new("RGB", (10, 10)).save(source)
    assert avatars.rendition_name("ana", source, 128) != first


def test_a_decompression_bomb_is_refused_unread(tmp_path: Path) -> None:
    # A one-pixel PNG whose header claims 20,000 × 20,000: 400 megapixels once decoded.
    png = io.BytesIO()
    Image.new("1", (1, 1)).save(png, "PNG")
    data = png.getvalue()
    header = b"IHDR" + struct.pack(">II", 20_000, 20_000) + data[24:29]
    bomb = tmp_path / "ana.png"
    bomb.write_bytes(data[:12] + header + struct.pack(">I", zlib.crc32(header)) + data[33:])
    with pytest.raises(Image.DecompressionBombError):  # as Pillow sees it, when it opens it
        Image.open(bomb)
    (problem,) = avatars.check_avatar(bomb, "members/avatars/ana.png", "members/ana.yaml", 2)
    assert str(problem.message) == (
        "expected a picture of at most 4000 × 4000 px, found one of more than 178 million pixels"
    )


# ─── JSON-LD ──────────────────────────────────────────────────────────────────────────────────


def test_profile_jsonld(tmp_path: Path) -> None:
    from cowork.members.model import Links

    Image.new("RGB", (10, 10)).save(tmp_path / "ana.jpg")
    ana = member(
        "ana",
        name="Ana Zola",
        title="Vidéaste",
        company="Zola Films",
        skills=(Skill("vidéo", "video"),),
        links=Links(website="https://ana.example", other=("https://video.example/c/ana",)),
        avatar="ana.jpg",
        consent=AGREED,
        joined=dt.date(2025, 3, 3),
    )
    (profile,) = build_directory([ana], TODAY, FirstAdded(), tmp_path, URLS).profiles
    data = profile_jsonld(profile, "https://site.example", "La Navette")
    assert data["@type"] == "ProfilePage"
    assert data["url"] == "https://site.example/membres/ana/"
    person = data["mainEntity"]
    assert person["image"].startswith("https://site.example/membres/avatars/ana-400-")
    assert {k: person[k] for k in ("name", "jobTitle", "sameAs", "knowsAbout", "worksFor")} == {
        "name": "Ana Zola",
        "jobTitle": "Vidéaste",
        "sameAs": ["https://ana.example", "https://video.example/c/ana"],
        "knowsAbout": ["vidéo"],
        "worksFor": {"@type": "Organization", "name": "Zola Films"},
    }
