"""A newcomer's first pull request: one run says everything, and `cowork avatar` fixes the photo.

The two newcomer cases of issue 10, as real pull requests in a real repository: the file of
someone who followed the template's instructions literally (removing only the `#`), and the file
with tabs, a date written 12/03/2025, contact details in the bio, an `http://` link, a misspelt key
and a large photo with GPS data.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image

from tests.gitrepos import SpaceRepo

GPS = {1: "N", 2: (50.0, 37.0, 48.0), 3: "E", 4: (3.0, 3.0, 36.0)}


def photo(size: tuple[int, int], gps: bool, noise: bool = False) -> bytes:
    if noise:  # a photo's worth of detail: JPEG cannot make it small
        pixels = random.Random(size[0]).randbytes(size[0] * size[1] * 3)
        image = Image.frombytes("RGB", size, pixels)
    else:
        image = Image.new("RGB", size, "teal")
    exif = Image.Exif()
    if gps:
        exif[0x8825] = GPS
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, exif=exif)
    return buffer.getvalue()


LITERAL = """\
# Ta fiche dans l'annuaire de l'espace.
name: Lucas Petit
 title: Développeur
 skills: [python, git]
 company: Atelier du Coin
consent:
  directory: 2026-11-20
"""

SECOND = """\
name: Inès Moreau
title: Graphiste
\tcompany: Studio Exemple
bio: Écrivez-moi à ines@example.org ou au 06 12 34 56 78.
skils: [illustration]
avatar: ines-moreau.jpg
links:
  website: http://ines.example
consent:
  directory: 12/03/2025
  photo: 2026-11-20
"""


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    return SpaceRepo(tmp_path / "space")


def test_literal_uncommenting_is_told_line_by_line_in_one_run(space: SpaceRepo) -> None:
    space.branch("join")
    space.write("members/lucas-petit.yaml", LITERAL)
    space.commit("Join", "lucas-petit")
    result = space.check_pr("lucas-petit")
    assert result.status == 1
    lines = [line for line in result.out.splitlines() if line.startswith("members/")]
    assert lines == [
        f"members/lucas-petit.yaml:{n}: this line starts with 1 space too many (perhaps left by "
        "removing a #): YAML reads it as part of the line above"
        for n in (3, 4, 5)
    ]
    assert "    hint: remove the space at the start of the line, so that 'title' lines up" in (
        result.out
    )


def test_the_second_newcomer_gets_every_problem_in_one_run(space: SpaceRepo) -> None:
    space.branch("join")
    space.write("members/ines-moreau.yaml", SECOND)
    space.write("members/avatars/ines-moreau.jpg", photo((4200, 700), gps=True, noise=True))
    space.commit("Join", "ines-moreau")
    result = space.check_pr("ines-moreau")
    assert result.status == 1
    found = [line for line in result.out.splitlines() if line.startswith("members/")]
    size = (space.root / "members/avatars/ines-moreau.jpg").stat().st_size / 1_000_000
    assert found == [
        "members/ines-moreau.yaml:3: a tab indents this line",
        "members/ines-moreau.yaml:4: bio: expected no e-mail address in a public profile, "
        "found 'ines@example.org'",
        "members/ines-moreau.yaml:4: bio: expected no phone number in a public profile, "
        "found '06 12 34 56 78'",
        "members/ines-moreau.yaml:5: skils: unknown key 'skils'",
        f"members/ines-moreau.yaml:6: avatar: expected a picture of at most 2 MB, found "
        f"{size:.1f} MB",
        "members/ines-moreau.yaml:6: avatar: expected a picture of at most 4000 × 4000 px, "
        "found 4200 × 700 px",
        "members/ines-moreau.yaml:6: avatar: expected a picture without location data, found "
        "GPS coordinates in members/avatars/ines-moreau.jpg: once committed, the original "
        "stays public in the repository's history",
        "members/ines-moreau.yaml:8: links.website: expected an https:// address, found "
        "'http://ines.example'",
        "members/ines-moreau.yaml:10: consent.directory: expected a date written YYYY-MM-DD, "
        "found '12/03/2025'",
    ]


def test_cowork_avatar_resizes_and_strips_location_in_place(space: SpaceRepo) -> None:
    picture = space.root / "members/avatars/ines-moreau.jpg"
    space.write("members/avatars/ines-moreau.jpg", photo((4200, 700), gps=True, noise=True))
    before = picture.stat().st_size
    result = space.cowork("avatar", str(picture))
    assert result.status == 0, result.err
    assert result.out == (
        f"{picture.as_posix()}: 4200 × 700 px, {before / 1000:,.0f} kB → 800 × 133 px, "
        f"{picture.stat().st_size / 1000:,.0f} kB; metadata removed, location data included.\n"
        f"Next: commit it (git add {picture.as_posix()}, then git commit) and push.\n"
    )
    with Image.open(picture) as image:
        assert image.format == "JPEG" and image.size == (800, 133)
        assert not image.getexif()
    space.write(
        "members/ines-moreau.yaml",
        "name: Inès\navatar: ines-moreau.jpg\n"
        "consent:\n  directory: 2026-11-20\n  photo: 2026-11-20\n",
    )
    assert space.cowork("check").out == "No problem found.\n"


def test_a_located_picture_no_member_file_names_is_refused(space: SpaceRepo) -> None:
    space.branch("photo")
    space.write("members/avatars/samira-benali.jpg", photo((64, 64), gps=True))
    space.commit("Photo", "samira-benali")
    result = space.check_pr("samira-benali")
    assert result.status == 1
    assert (
        "members/avatars/samira-benali.jpg: expected a picture without location data, found GPS "
        "coordinates in members/avatars/samira-benali.jpg: once committed, the original stays "
        "public in the repository's history\n"
        "    hint: run `make avatar FILE=members/avatars/samira-benali.jpg`: it resizes the "
        "picture and removes its metadata\n"
    ) in result.out


def test_avatar_refuses_what_is_not_a_picture(space: SpaceRepo) -> None:
    space.write("members/avatars/x.jpg", b"not a picture")
    result = space.cowork("avatar", str(space.root / "members/avatars/x.jpg"))
    assert result.status == 1
    assert result.err.startswith("cowork: x.jpg: not a picture that can be read")
