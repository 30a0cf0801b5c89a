"""The member directory as a visitor sees it, from real Pelican builds."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.conftest import ScratchBuilder
from tests.inert import executable_parts
from tests.members_files import CONSENTED
from tests.sites import FIXED_NOW, BuiltSite, run_pelican

PUBLISHED = [
    "alex-durand", "camille-martin", "chloe-garnier", "emma-duval", "hugo-lefebvre",
    "ines-moreau", "julien-roux", "lea-fontaine", "lucas-petit", "mehdi-bouzid",
    "samira-benali", "yanis-caron",
]  # fmt: skip
HIDDEN = {"nora-haddad": "Nora Haddad", "theo-marchand": "Théo Marchand"}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)


def html(site: BuiltSite, url: str) -> Any:
    """The parsed page (typed loosely: these tests read whatever the page has)."""
    return site.soup(url)


def text_files(output: Path) -> list[Path]:
    suffixes = {".html", ".xml", ".json", ".js", ".txt", ".ics", ".css"}
    return [p for p in output.rglob("*") if p.is_file() and p.suffix in suffixes]


# ─── The sample site ──────────────────────────────────────────────────────────────────────────


def test_directory_shows_a_card_per_published_member(site: BuiltSite) -> None:
    soup = html(site, "membres/")
    links = [a["href"] for a in soup.select(".member-card .p-name")]
    assert sorted(link.split("/")[-2] for link in links) == PUBLISHED
    names = [a.get_text() for a in soup.select(".member-card .p-name")]
    assert names[:3] == ["Alex Durand", "Camille Martin", "Chloé Garnier"]  # by name


def test_directory_says_how_many_members_and_how_they_are_counted(site: BuiltSite) -> None:
    soup = html(site, "membres/")
    lead = " ".join(soup.select_one(".page-header .lead").get_text().split())
    # 14 files: one has left (not counted), one did not agree to be shown (counted, hidden).
    assert lead == "La Navette compte 13 membres. 12 figurent dans cet annuaire."
    assert "y compris celles et ceux qui ont choisi de ne pas apparaître ici" in soup.get_text()


def test_unpublished_members_appear_nowhere(site: BuiltSite) -> None:
    for handle, name in HIDDEN.items():
        assert not (site.output / "membres" / handle).exists()
        for path in text_files(site.output):
            text = path.read_text("utf-8")
            assert handle not in text and name not in text, f"{name} in {path}"
    assert not list((site.output / "membres/avatars").glob("nora-haddad*"))


def test_card_contents(site: BuiltSite) -> None:
    card = html(site, "membres/").select_one('.member-card:has(a[href$="/ines-moreau/"])')
    assert card is not None
    assert card.select_one(".p-job-title").get_text() == "Experte-comptable"
    assert card.select_one(".p-org").get_text() == "Cabinet Moreau"
    skills = [a.get_text() for a in card.select(".p-category")]
    assert skills == ["comptabilité", "fiscalité", "création d'entreprise"]
    assert card["data-skills"] == "comptabilite fiscalite creation-d-entreprise"
    assert card.select_one("img.avatar")["src"].startswith("../membres/avatars/ines-moreau-128-")


def test_no_photo_consent_gives_initials_and_no_file(site: BuiltSite) -> None:
    soup = html(site, "membres/")
    for handle, initials in (("julien-roux", "JR"), ("lea-fontaine", "LF")):
        card = soup.select_one(f'.member-card:has(a[href$="/{handle}/"])')
        assert card is not None and card.select_one("img") is None
        assert card.select_one(".avatar--initials").get_text() == initials
        assert not list((site.output / "membres/avatars").glob(f"{handle}*"))


def test_avatars_are_renditions_never_the_originals(site: BuiltSite) -> None:
    originals = {p.name for p in (site.source / "members/avatars").iterdir()}
    published = list(site.output.rglob("*"))
    assert not originals & {p.name for p in published}
    renditions = sorted(p.name for p in (site.output / "membres/avatars").iterdir())
    assert len(renditions) == 2 * 10  # ten members with a picture and photo consent, two sizes
    assert all(name.endswith(".webp") for name in renditions)


def test_profile_contents(site: BuiltSite) -> None:
    soup = html(site, "membres/alex-durand/")
    card = soup.select_one("article.h-card")
    assert card.select_one(".p-name").get_text() == "Alex Durand"
    assert card.select_one(".p-job-title").get_text() == "Développeur web"
    assert card.select_one(".badge--role").get_text() == "Membre de l’équipe éditoriale"
    facts = {
        dt.get_text(): " ".join(dd.get_text().split())
        for dt, dd in zip(
            card.select(".member-facts dt"), card.select(".member-facts dd"), strict=True
        )
    }
    assert facts == {
        "Membre depuis": "mars 2025",
        "Numéro de membre": "nº 1",
        "Formule": "Bureau fixe",
    }
    assert card.select_one(".member-facts time")["datetime"] == "2025-03-03"
    bio = card.select_one(".p-note")
    assert bio.select_one("strong").get_text() == "sobres, rapides et\naccessibles"
    assert bio.select_one("h3").get_text() == "Ce que je peux vous apporter"  # was ## in the bio
    skills = {a.get_text(): a["href"] for a in card.select(".tags .p-category")}
    assert skills == {
        "développement web": "../../membres/competences/developpement-web/",
        "accessibilité": "../../membres/competences/accessibilite/",
        "Python": "../../membres/competences/python/",
    }
    links = card.select(".member-links a")
    assert [(a.get_text(), a["href"], a["rel"]) for a in links] == [
        ("Site web", "https://alex-durand.example", ["me", "nofollow", "ugc", "noopener"]),
        ("GitHub", "https://github.com/alex-durand-example", ["me", "nofollow", "ugc", "noopener"]),
    ]
    edit = card.select_one(".member-profile__edit a")["href"]
    assert edit == "https://github.com/la-navette/site/blob/main/members/alex-durand.yaml"


def test_profile_jsonld_and_hcard(site: BuiltSite) -> None:
    soup = html(site, "membres/camille-martin/")
    (script,) = soup.select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["@type"] == "ProfilePage"
    person = data["mainEntity"]
    assert person["name"] == "Camille Martin"
    assert person["knowsAbout"] == ["design", "identité visuelle", "illustration", "édition"]
    assert person["worksFor"] == {"@type": "Organization", "name": "Atelier Trait d'union"}
    assert person["sameAs"] == [
        "https://camille-martin.example",
        "https://mastodon.example/@camille",
    ]
    assert person["image"].startswith(
        "https://la-navette.example/membres/avatars/camille-martin-400-"
    )
    hcard = soup.select_one(".h-card.member-profile")
    assert hcard.select_one(".u-photo")["alt"] == "Photo de Camille Martin"
    assert hcard.select_one(".u-url")["href"] == "../../membres/camille-martin/"


def test_skill_pages(site: BuiltSite) -> None:
    soup = html(site, "membres/competences/developpement-web/")
    assert soup.select_one("h1").get_text() == "Compétence : développement web"
    handles = [a["href"].split("/")[-2] for a in soup.select(".member-card .p-name")]
    assert handles == ["alex-durand", "samira-benali", "yanis-caron"]
    assert " ".join(soup.select_one(".lead").get_text().split()) == "3 membres s’y connaissent."
    current = soup.select_one('.skill-nav a[aria-current="page"]')
    assert current is not None and current.get_text().startswith("développement web")
    # A skill only an unpublished member has gets no page.
    assert not (site.output / "membres/competences/ergonomie").exists()
    assert not (site.output / "membres/competences/son").exists()


def test_every_link_of_the_directory_leads_somewhere(site: BuiltSite) -> None:
    for url in ["membres/", "membres/alex-durand/", "membres/competences/video/"]:
        page = site.path(url)
        for a in html(site, url).select("a[href], img[src], script[src], link[href]"):
            target = a.get("href") or a.get("src")
            if target.startswith(("http", "#")) or target.endswith(".atom.xml"):
                continue
            resolved = (page.parent / target).resolve()
            resolved = resolved / "index.html" if target.endswith("/") else resolved
            assert resolved.exists(), f"{url}: {target}"


def test_no_email_address_anywhere(site: BuiltSite) -> None:
    for path in text_files(site.output):
        assert EMAIL.findall(path.read_text("utf-8")) == [], path


def test_filter_is_hidden_until_the_script_runs(site: BuiltSite) -> None:
    soup = html(site, "membres/")
    assert soup.select_one("[data-member-filter]").has_attr("hidden")
    assert soup.select_one('script[src$="js/members-filter.js"]') is not None
    assert (site.output / "theme/js/members-filter.js").exists()


def test_published_site_uses_absolute_addresses(published_site: BuiltSite) -> None:
    soup = html(published_site, "membres/emma-duval/")
    assert (
        soup.select_one('link[rel="canonical"]')["href"]
        == "https://la-navette.example/membres/emma-duval/"
    )
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["url"] == "https://la-navette.example/membres/emma-duval/"


# ─── Scratch sites ────────────────────────────────────────────────────────────────────────────

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
        found = executable_parts(path.read_text("utf-8"), allowed_scripts=("js/members-filter.js",))
        assert found == [], f"{path.relative_to(built.output)}: {found}"
    for path in text_files(built.output):
        text = path.read_text("utf-8").lower()
        assert "<script>alert" not in text and 'href="javascript:' not in text, path


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (640, 480), (30, 90, 160))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
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
    # An unpublished member's article keeps Pelican's author page, and their name stays private.
    bob = html(built, "blog/2026/par-bob/").select_one(".p-author")
    assert (bob.get_text(), bob["href"]) == ("bob", "../../../blog/auteur/bob/")
    assert not any("Bob Secret" in p.read_text("utf-8") for p in built.html_files())


def test_events_organised_by_a_member(build_scratch: ScratchBuilder) -> None:
    # A stand-in for the events plugin, which fills the shared context the same way.
    plugin = (
        "import datetime\nfrom pelican import signals\n\n"
        "def fill(generators):\n"
        "    context = generators[0].context\n"
        "    context['events_by_organizer'] = {'ana': [{'title': 'Atelier vidéo', "
        "'url': 'evenements/atelier-video/', 'date': datetime.date(2026, 12, 3)}]}\n\n"
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
    (item,) = html(built, "membres/ana/").select("#evenements ~ ul li")
    assert " ".join(item.get_text().split()) == "3 déc. 2026 Atelier vidéo"
    assert item.select_one("a")["href"] == "../../evenements/atelier-video/"


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
    assert "Build stopped by the warning above" in built.log
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
    for name in ("theme", "plugins"):
        (clone / name).unlink(missing_ok=True)
        (clone / name).symlink_to((source / name).resolve(), target_is_directory=True)
    # The settings find members/ beside themselves: a copy, not a link to the full repository.
    shutil.copy(source / "pelicanconf.py", clone / "pelicanconf.py")
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
        env={**os.environ, "COWORK_NOW": FIXED_NOW},
        capture_output=True,
        text=True,
    )
    assert lenient.returncode == 0, lenient.stderr
    profile = (tmp_path / "lenient/membres/ana/index.html").read_text("utf-8")
    assert "Numéro de membre" not in profile and "Membre depuis" not in profile
