"""The rules about members' pictures, with the exact message a member reads."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from tests.members_files import CONSENTED, loaded, messages, picture


def test_gravatar_is_refused(tmp_path: Path) -> None:
    files = {"members/ana.yaml": "name: Ana\navatar: https://www.gravatar.com/avatar/0bc83cb5\n"}
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: avatar: expected the file name of a picture in members/avatars/, "
        "found a Gravatar address (Gravatar addresses give away a hash of your e-mail address; "
        "add the picture as members/avatars/ana.jpg instead)"
    ]


def test_remote_avatar_is_refused(tmp_path: Path) -> None:
    files = {"members/ana.yaml": "name: Ana\navatar: https://pics.example/ana.jpg\n"}
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: avatar: expected the file name of a picture in members/avatars/, "
        "found the address 'https://pics.example/ana.jpg' (pictures from other sites can track "
        "visitors; add the picture as members/avatars/ana.jpg instead)"
    ]


def test_avatar_of_someone_else_is_refused(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "members/ana.yaml": "name: Ana\navatar: bob.jpg\n",
        "members/avatars/bob.jpg": picture(),
    }
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: avatar: expected a picture named after your file (ana.jpg, ana.png "
        "or ana.webp), found 'bob.jpg' (each member publishes only their own picture)"
    ]


PHOTO = "name: Ana\navatar: ana.{ext}\nconsent:\n  directory: 2026-01-05\n  photo: 2026-01-05\n"


def test_missing_avatar_file(tmp_path: Path) -> None:
    assert messages(tmp_path, {"members/ana.yaml": PHOTO.format(ext="jpg")}) == [
        "members/ana.yaml:2: avatar: expected a picture at members/avatars/ana.jpg, found no such "
        "file (add the file in the same pull request, or remove the avatar key)"
    ]


def test_avatar_that_is_not_an_image(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "members/ana.yaml": PHOTO.format(ext="png"),
        "members/avatars/ana.png": b"<svg/>",
    }
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: avatar: expected a JPEG, PNG or WebP picture, found a file that is "
        "not a picture"
    ]


def test_avatar_of_another_format(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "members/ana.yaml": PHOTO.format(ext="png"),
        "members/avatars/ana.png": picture("GIF"),
    }
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: avatar: expected a JPEG, PNG or WebP picture, found a GIF file "
        "(run `make avatar FILE=members/avatars/ana.png`: it resizes the picture and removes "
        "its metadata)"
    ]


def test_avatar_over_2_mb(tmp_path: Path) -> None:
    noise = os.urandom(1200 * 1200 * 3)

    Image.frombytes("RGB", (1200, 1200), noise).save(tmp_path / "big.png")
    files: dict[str, str | bytes] = {
        "members/ana.yaml": PHOTO.format(ext="png"),
        "members/avatars/ana.png": (tmp_path / "big.png").read_bytes(),
    }
    size = len(files["members/avatars/ana.png"]) / 1_000_000
    assert messages(tmp_path, files) == [
        f"members/ana.yaml:2: avatar: expected a picture of at most 2 MB, found {size:.1f} MB "
        "(run `make avatar FILE=members/avatars/ana.png`: it resizes the picture and removes "
        "its metadata)"
    ]


def test_avatar_over_4000_px(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "members/ana.yaml": PHOTO.format(ext="png"),
        "members/avatars/ana.png": picture("PNG", (4001, 8)),
    }
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: avatar: expected a picture of at most 4000 × 4000 px, found "
        "4001 × 8 px (run `make avatar FILE=members/avatars/ana.png`: it resizes the picture "
        "and removes its metadata)"
    ]


def test_avatar_without_photo_consent_is_a_warning(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "members/ana.yaml": "name: Ana\navatar: ana.jpg\n" + CONSENTED,
        "members/avatars/ana.jpg": picture(),
    }
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: avatar: the picture is not published: expected a consent.photo "
        "date, found none (add consent: photo: YYYY-MM-DD to publish it, or remove the avatar)"
    ]
    assert len(loaded(tmp_path, files).members) == 1  # a warning does not drop the member


def test_symbolic_links_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("name: Secret\n", "utf-8")
    (tmp_path / "elsewhere.jpg").write_bytes(picture())
    files: dict[str, str | bytes] = {"members/ana.yaml": PHOTO.format(ext="jpg")}
    members = tmp_path / "members"
    (members / "avatars").mkdir(parents=True)
    (members / "bob.yaml").symlink_to(secret)
    (members / "avatars" / "ana.jpg").symlink_to(tmp_path / "elsewhere.jpg")
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: avatar: expected a picture file at members/avatars/ana.jpg, found "
        "a symbolic link",
        "members/bob.yaml: expected a file, found a symbolic link",
    ]
