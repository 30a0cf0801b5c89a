"""The sample site's member directory as a visitor sees it, from a real Pelican build."""

from __future__ import annotations

import json
import re
import runpy
import subprocess
import sys

from tests.members_files import html, text_files
from tests.sites import KIT, SAMPLE, BuiltSite

PUBLISHED = [
    "alex-durand", "camille-martin", "chloe-garnier", "emma-duval", "hugo-lefebvre",
    "ines-moreau", "julien-roux", "lea-fontaine", "lucas-petit", "mehdi-bouzid",
    "samira-benali", "yanis-caron",
]  # fmt: skip
HIDDEN = {"nora-haddad": "Nora Haddad", "theo-marchand": "Théo Marchand"}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)


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
    card = html(site, "membres/").select_one('.member-card:has(a[href$="/chloe-garnier/"])')
    assert card is not None
    title = "Comptable des indépendants et des associations"
    assert card.select_one(".p-job-title").get_text() == title
    assert card.select_one(".p-org").get_text() == "Cabinet Garnier"
    skills = [a.get_text() for a in card.select(".p-category")]
    assert skills == ["comptabilité", "fiscalité", "création d'entreprise", "paie"]
    assert card["data-skills"] == "comptabilite fiscalite creation-d-entreprise paie"
    assert card.select_one("img.avatar")["src"].startswith("../membres/avatars/chloe-garnier-128-")


def test_no_photo_consent_gives_initials_and_no_file(site: BuiltSite) -> None:
    soup = html(site, "membres/")
    for handle, initials in (("julien-roux", "JR"), ("lea-fontaine", "LF")):
        card = soup.select_one(f'.member-card:has(a[href$="/{handle}/"])')
        assert card is not None and card.select_one("img") is None
        assert card.select_one(".avatar--initials").get_text() == initials
        assert not list((site.output / "membres/avatars").glob(f"{handle}*"))


def test_avatars_are_renditions_never_the_originals(site: BuiltSite) -> None:
    # Compared by content: a page's share card may be named like a picture (`alex-durand.png`).
    originals = {p.read_bytes() for p in (site.source / "members/avatars").iterdir()}
    published = [p for p in site.output.rglob("*") if p.is_file()]
    assert [p for p in published if p.read_bytes() in originals] == []
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


def test_a_member_without_a_joined_date_is_one_since_their_file_was_added(
    site: BuiltSite,
) -> None:
    # chloe-garnier.yaml writes no `joined`: the sample's history added it on 7 September 2026,
    # after the eleven members whose files give a date (one of whom has left).
    card = html(site, "membres/chloe-garnier/").select_one("article.h-card")
    facts = [
        (dt.get_text(), " ".join(dd.get_text().split()))
        for dt, dd in zip(
            card.select(".member-facts dt"), card.select(".member-facts dd"), strict=True
        )
    ]
    assert facts[:2] == [("Membre depuis", "septembre 2026"), ("Numéro de membre", "nº 12")]
    assert card.select_one(".member-facts time")["datetime"] == "2026-09-07"


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
    # The space's own contact address is meant to be public; a member's never is.
    space = runpy.run_path(str(site.source / "pelicanconf.py"))["SPACE"]["contact_email"]
    for path in text_files(site.output):
        assert set(EMAIL.findall(path.read_text("utf-8"))) <= {space}, path


def test_filter_is_laid_out_from_the_first_paint_and_its_script_is_served(
    site: BuiltSite,
) -> None:
    # Not `hidden` until the script runs (the list below would jump when it appears): the
    # stylesheet hides it only where scripts do not run (the browser tests check both).
    soup = html(site, "membres/")
    assert not soup.select_one("[data-member-filter]").has_attr("hidden")
    css = (site.output / "theme/css/site.css").read_text("utf-8")
    assert "@media (scripting: none) { .member-filter { display: none; } }" in css
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


def test_sample_members_are_the_agreed_cast(site: BuiltSite) -> None:
    from cowork.members.load import load_members

    loaded = load_members(site.source / "members", site.source)
    assert loaded.problems == ()
    members = {m.handle: m for m in loaded.members}
    assert sorted(members) == sorted([*PUBLISHED, *HIDDEN])
    roles = {h: m.role.value for h, m in members.items() if m.role.value != "member"}
    assert roles == {"camille-martin": "editor", "alex-durand": "editor", "emma-duval": "host"}
    assert [h for h, m in members.items() if m.left] == ["theo-marchand"]
    assert [h for h, m in members.items() if not m.consent.directory] == ["nora-haddad"]
    assert "julien-roux" in [h for h, m in members.items() if not m.consent.photo]


def test_sample_files_declare_their_schema_for_editors() -> None:
    files = sorted((SAMPLE / "members").glob("*.yaml"))
    schema = KIT / "cowork/schemas/member.schema.json"
    prefix = "# yaml-language-server: $schema="
    for file in files:
        first = file.read_text("utf-8").splitlines()[0]
        assert first.startswith(prefix), file.name
        assert (file.parent / first.removeprefix(prefix)).resolve() == schema, file.name
    # What an editor or another tool sees with the schema alone: the files pass.
    command = [sys.executable, "-m", "check_jsonschema", "--schemafile"]
    command += [str(schema), *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
