"""The member directory built from scratch sites: hostile input, pictures, failures, settings,
and the links with articles and events."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import ScratchBuilder
from tests.inert import THEME_SCRIPTS, executable_parts
from tests.members_files import CONSENTED, html, text_files
from tests.sites import build_environ, run_pelican

HOSTILE_BIO = """bio: |
  # <script>alert('h1')</script>
  <script>alert(1)</script>
  <img src=x onerror="alert(2)">
  <div style="position:fixed;inset:0" onclick="steal()">cliquez</div>
  <style>body { display: none }</style>
  <iframe src="https://evil.example"></iframe>
  [lien](javascript:alert(3)) [encodé](&#106;avascript:alert(4)) [data](data:text/html,x)
  ![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNSk+)
  <a href="https://ok.example" onmouseover="alert(6)">ok</a>
  <svg onload="alert(7)"></svg> <!-- <script>alert(8)</script> -->
  </script><script>alert(9)</script>
"""


def test_hostile_members_come_out_inert_in_every_file(build_scratch: ScratchBuilder) -> None:
    files = {
        "members/eve.yaml": "name: \"Eve <script>alert('name')</script>\"\n"
        "title: '<img src=x onerror=alert(1)>'\n"
        "company: '\"><svg onload=alert(1)>'\n"
        "skills: ['<b onclick=x()>b</b>', '\"></script><script>alert(1)</script>']\n"
        + HOSTILE_BIO
        + CONSENTED,
        "content/articles/eve.md": "Title: Un article\nDate: 2026-01-01\nAuthor: eve\n\nTexte.\n",
    }
    built = build_scratch(files)
    assert built.returncode == 0, built.log
    assert "Eve &lt;script&gt;" in built.read("membres/eve/")
    for path in built.html_files():
        found = executable_parts(path.read_text("utf-8"), allowed_scripts=THEME_SCRIPTS)
        assert found == [], f"{path.relative_to(built.output)}: {found}"
    for path in text_files(built.output):
        text = path.read_text("utf-8").lower()
        assert "<script>alert" not in text and 'href="javascript:' not in text, path


def jpeg_with_gps(gps_too: bool = True) -> bytes:
    image = Image.new("RGB", (640, 480), (30, 90, 160))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    if gps_too:
        gps = exif.get_ifd(0x8825)
        gps[1], gps[2], gps[3], gps[4] = "N", (50.0, 37.0, 49.8), "E", (3.0, 4.0, 14.2)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_published_pictures_carry_no_exif(build_scratch: ScratchBuilder) -> None:
    files = {
        "members/ana.yaml": "name: Ana\navatar: ana.jpg\n"
        "consent:\n  directory: 2026-01-05\n  photo: 2026-01-05\n",
        "members/avatars/ana.jpg": jpeg_with_gps(),
    }
    # Location data never gets in: the build refuses the picture, naming the fix.
    refused = build_scratch(files)
    assert refused.returncode != 0
    assert "run `make avatar FILE=members/avatars/ana.jpg`" in refused.log
    # A camera's other metadata does not reach the published copies either.
    files["members/avatars/ana.jpg"] = jpeg_with_gps(gps_too=False)
    built = build_scratch(files)
    assert built.returncode == 0, built.log
    written = sorted((built.output / "membres/avatars").iterdir())
    assert [p.name.split("-")[:2] for p in written] == [["ana", "128"], ["ana", "400"]]
    for path in written:
        with Image.open(path) as image:
            assert image.format == "WEBP"
            assert dict(image.getexif()) == {} and "exif" not in image.info
        assert b"PhoneMaker" not in path.read_bytes()
    assert not list(built.output.rglob("ana.jpg"))


def test_invalid_members_fail_the_build_with_every_message(build_scratch: ScratchBuilder) -> None:
    good = build_scratch({"members/ana.yaml": "name: Ana\n" + CONSENTED})
    assert good.returncode == 0, good.log
    before = sorted(p.relative_to(good.output) for p in good.output.rglob("*"))
    members = good.source / "members"
    (members / "ana.yaml").write_text("name: Ana\nskils: [x]\n", "utf-8")
    (members / "bob.yaml").write_text("title: x\nlinks:\n  website: http://bob.example\n", "utf-8")
    (members / "Cy.yaml").write_text("name: Cy\n", "utf-8")
    bad = run_pelican(good.source, good.output)
    assert bad.returncode != 0
    for message in (
        "members/ana.yaml:2: skils: unknown key 'skils' (did you mean 'skills'?)",
        "members/bob.yaml:1: missing required key 'name'",
        "members/bob.yaml:3: links.website: expected an https:// address, found 'http://bob.example'",
        "members/Cy.yaml: expected your GitHub login in lowercase",
    ):
        assert message in bad.log, bad.log
    assert "4 problems in the site's data" in bad.log
    assert "Traceback" not in bad.log
    assert sorted(p.relative_to(good.output) for p in good.output.rglob("*")) == before


def test_articles_by_a_member_link_to_the_profile(build_scratch: ScratchBuilder) -> None:
    files = {
        "members/ana-zola.yaml": "name: Ana Zola\n" + CONSENTED,
        "members/bob.yaml": "name: Bob Secret\n",
        "content/articles/a.md": "Title: Par Ana\nDate: 2026-02-01\nAuthor: Ana Zola\n\nTexte.\n",
        "content/articles/b.md": "Title: Par Ana encore\nDate: 2026-03-01\n"
        "Author: ana-zola\n\nTexte.\n",
        "content/articles/c.md": "Title: Par Bob\nDate: 2026-03-02\nAuthor: bob\n\nTexte.\n",
    }
    built = build_scratch(files)
    assert built.returncode == 0, built.log
    titles = [a.get_text() for a in html(built, "membres/ana-zola/").select("#articles ~ ul a")]
    assert titles == ["Par Ana encore", "Par Ana"]  # newest first
    article = html(built, "blog/2026/par-ana/")
    author = article.select_one(".p-author")
    assert (author.get_text(), author["href"]) == ("Ana Zola", "../../../membres/ana-zola/")
    author_page = html(built, "blog/auteur/ana-zola/")
    assert author_page.select_one('.page-header a[href$="membres/ana-zola/"]') is not None
    # An unpublished member's article is signed by the site: neither their name nor their login
    # is printed, and there is no author page at their login.
    bob = html(built, "blog/2026/par-bob/").select_one(".p-author")
    assert bob.get_text() == "L'équipe de La Navette"
    assert not built.path("blog/auteur/bob/").exists()
    assert not any("Bob Secret" in p.read_text("utf-8") for p in built.html_files())


def test_events_organised_by_a_member(build_scratch: ScratchBuilder) -> None:
    # Stands in for the calendar's list of a member's events, through the same typed share.
    plugin = (
        "import dataclasses\nfrom datetime import date as day\n"
        "from cowork.site.links import DatedLink as L\nfrom cowork_pelican import shared\n"
        "from pelican import signals\n\n"
        "def fill(generators):\n"
        "    context = generators[0].context\n"
        "    mine = [\n"
        "        L('Fête', 'evenements/fete/', day(2026, 6, 26)),\n"
        "        L('Café', 'evenements/cafe/', day(2027, 1, 7)),\n"
        "        L('Atelier vidéo', 'evenements/atelier-video/', day(2026, 12, 3)),\n"
        "        L('Visite', 'evenements/visite/', day(2026, 10, 1)),\n"
        "    ]\n"
        "    share = dataclasses.replace(shared.events(context), by_organizer={'ana': mine})\n"
        "    shared.set_events(context, share)\n\n"
        "def register():\n    signals.all_generators_finalized.connect(fill)\n"
    )
    files = {
        "members/ana.yaml": "name: Ana\n" + CONSENTED,
        "extra/fake_events.py": plugin,
        "testconf.py": "from pelicanconf import *\n\nPLUGIN_PATHS = ['plugins', 'extra']\n"
        "PLUGINS = [*PLUGINS, 'fake_events']\n",
    }
    built = build_scratch(files, settings="testconf.py")
    assert built.returncode == 0, built.log
    items = html(built, "membres/ana/").select("#evenements ~ ul li")
    # Next ones first, soonest first; then past ones, latest first.
    assert [" ".join(li.get_text().split()) for li in items] == [
        "3 déc. 2026 Atelier vidéo",
        "7 janv. 2027 Café",
        "1 oct. 2026 Visite",
        "26 juin 2026 Fête",
    ]
    assert items[0].select_one("a")["href"] == "../../evenements/atelier-video/"


@pytest.mark.parametrize("members", [{}, {"members/ana.yaml": "name: Ana\n"}])
def test_a_directory_with_nobody_published(
    build_scratch: ScratchBuilder, members: dict[str, str]
) -> None:
    built = build_scratch(members)
    assert built.returncode == 0, built.log
    soup = html(built, "membres/")
    assert "Personne n’apparaît encore dans l’annuaire." in soup.get_text()
    assert soup.select(".member-card") == []


def test_members_urls_come_from_the_settings(build_scratch: ScratchBuilder) -> None:
    files = {
        "members/ana.yaml": "name: Ana\nskills: [vidéo]\n" + CONSENTED,
        "testconf.py": "from pelicanconf import *\n\nMEMBERS_URL = 'people/'\n"
        "MEMBER_URL = 'people/{handle}.html'\nMEMBERS_SKILL_URL = 'people/skills/{slug}/'\n",
    }
    built = build_scratch(files, settings="testconf.py")
    assert built.returncode == 0, built.log
    assert (built.output / "people/index.html").exists()
    assert (built.output / "people/ana.html").exists()
    assert (built.output / "people/skills/video/index.html").exists()


def test_warnings_stop_a_fatal_build_without_a_traceback(build_scratch: ScratchBuilder) -> None:
    built = build_scratch({"members/ana.yaml": "name: Ana\nskills: [vidéo, Vidéo]\n" + CONSENTED})
    assert built.returncode == 1
    assert (
        "members/ana.yaml:2: skills[1]: duplicate skill 'Vidéo': same as 'vidéo' (skills[0]), "
        "it is shown once (remove one of the two)"
    ) in built.log
    assert "Build failed: output was left as it was (stopped by the warning above)" in built.log
    assert "Traceback" not in built.log


def test_a_shallow_clone_builds_without_numbers_and_says_so(
    build_scratch: ScratchBuilder, tmp_path: Path
) -> None:
    from git import Repo

    source = build_scratch({"members/ana.yaml": "name: Ana\n" + CONSENTED}).source
    repo = Repo.init(source)
    repo.git.add("members")
    identity = {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid"}
    identity |= {"GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    repo.git.commit("-m", "Add ana", env=identity)
    full = run_pelican(source, tmp_path / "full")
    assert full.returncode == 0, full.log
    assert "nº 1" in full.read("membres/ana/")
    clone = tmp_path / "clone"
    Repo.clone_from(source.as_uri(), clone, depth=1)
    # The settings find members/ beside themselves: a copy, not a link to the full repository.
    shutil.copy(source / "pelicanconf.py", clone / "pelicanconf.py")
    shutil.copy(source / "space.yaml", clone / "space.yaml")
    for name in ("content", "events"):
        (clone / name).mkdir(exist_ok=True)
    shallow = run_pelican(clone, tmp_path / "shallow")
    # CI builds with --fatal warnings: a shallow checkout stops, saying what to change.
    assert shallow.returncode == 1
    assert "the git history is shallow" in shallow.log and "fetch-depth: 0" in shallow.log
    assert "Traceback" not in shallow.log
    # Without --fatal, the site is built, with no member number rather than a wrong one.
    lenient = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", "pelicanconf.py", "-o", str(tmp_path / "lenient")],
        cwd=clone,
        env=build_environ(),
        capture_output=True,
        text=True,
    )
    assert lenient.returncode == 0, lenient.stderr
    profile = (tmp_path / "lenient/membres/ana/index.html").read_text("utf-8")
    assert "Numéro de membre" not in profile and "Membre depuis" not in profile
