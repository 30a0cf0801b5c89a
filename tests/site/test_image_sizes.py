"""Pictures in articles and pages, built: each local one gets its width and height from the file,
so the text keeps its place while it loads; a picture from elsewhere is left as written."""

from __future__ import annotations

from tests.conftest import ScratchBuilder
from tests.members_files import picture

PLAN = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" role="img">'
    '<rect width="640" height="360" fill="#eee"/></svg>'
)


def test_local_pictures_get_their_size(build_scratch: ScratchBuilder) -> None:
    built = build_scratch(
        {
            "content/images/plan.svg": PLAN,
            "content/images/photo.png": picture("PNG", (300, 120)),
            "content/articles/plan.md": (
                "Title: Le plan\nDate: 2026-10-01\nCategory: Lieu\n\n"
                "![Le plan du lieu]({static}/images/plan.svg)\n\n"
                "![Une photo]({static}/images/photo.png)\n\n"
                "![Ailleurs](https://elsewhere.example/x.png)\n"
            ),
            # A page may link a picture relative to its own file.
            "content/pages/lieu.md": "Title: Le lieu\nSlug: lieu\n\n![Plan](../images/plan.svg)\n",
        }
    )
    assert built.returncode == 0, built.log
    images = built.soup("blog/2026/le-plan/").select("main .prose img, main article img")
    sizes = {img["alt"]: (img.get("width"), img.get("height")) for img in images}
    assert sizes == {
        "Le plan du lieu": ("640", "360"),
        "Une photo": ("300", "120"),
        "Ailleurs": (None, None),
    }
    page = built.soup("lieu/").select_one("main img")
    assert page is not None and (page["width"], page["height"]) == ("640", "360")


def test_what_editors_leave_beside_a_picture_is_not_published(
    build_scratch: ScratchBuilder,
) -> None:
    # A `photo.png.orig` left by a merge or an image editor may be the uncropped original, with
    # its location: only the picture itself is published.
    leftovers = ["photo.png.orig", "photo.png.bak", "photo.png~", "#photo.png#", "photo.png.rej"]
    built = build_scratch(
        {
            "content/images/photo.png": picture("PNG", (300, 120)),
            **{f"content/images/{name}": picture("PNG", (300, 120)) for name in leftovers},
        }
    )
    assert built.returncode == 0, built.log
    assert sorted(p.name for p in (built.output / "images").iterdir()) == ["photo.png"]
