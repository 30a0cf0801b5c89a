"""The join page's "Rejoindre" button: GitHub's web editor, opened on a valid pre-filled file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from cowork.files.yamlfile import parse_yaml
from cowork.settings import KitSettings
from cowork.site.join_link import ask_an_editor_url, join_url
from cowork_pelican.sitecheck.browser import check_page

from tests.conftest import ScratchBuilder, serve_folder
from tests.sites import SAMPLE, BuiltSite

JOIN_PAGE = "Title: Rejoindre\nSlug: rejoindre\nTemplate: join\n\nVenez travailler avec nous.\n"


def settings(tmp_path: Path, url: str = "https://github.com/la-navette/site") -> KitSettings:
    return KitSettings.from_mapping({"REPOSITORY_URL": url, "REPOSITORY_BRANCH": "main"}, tmp_path)


def test_the_link_opens_githubs_editor_on_a_valid_member_file(tmp_path: Path) -> None:
    url = join_url(settings(tmp_path), dt.date(2026, 11, 22))
    assert url is not None
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "github.com",
        "/la-navette/site/new/main/members",
    )
    query = parse_qs(parts.query)
    assert query["filename"] == ["VOTRE-LOGIN.yaml"]
    doc, problems = parse_yaml(query["value"][0], Path("x.yaml"), "members/x.yaml")
    assert problems == []
    assert doc is not None
    assert doc.data == {"name": "Prénom Nom", "consent": {"directory": dt.date(2026, 11, 22)}}
    assert ask_an_editor_url(settings(tmp_path)) == (
        "https://github.com/la-navette/site/issues/new?template=rejoindre.yml"
    )


def test_gitlab_gets_its_own_editor_and_no_repository_no_button(tmp_path: Path) -> None:
    url = join_url(settings(tmp_path, "https://gitlab.com/la-navette/site"), dt.date(2026, 1, 2))
    assert url is not None
    assert url.startswith("https://gitlab.com/la-navette/site/-/new/main/members?file_name=")
    assert "content=" in url
    assert join_url(settings(tmp_path, ""), dt.date(2026, 1, 2)) is None


@pytest.fixture
def join_site(build_scratch: ScratchBuilder) -> BuiltSite:
    built = build_scratch({"content/pages/rejoindre.md": JOIN_PAGE})
    assert built.returncode == 0, built.log
    return built


def test_the_join_page_has_the_button_and_explains_the_delay(join_site: BuiltSite) -> None:
    soup = join_site.soup("rejoindre/")
    button = soup.select_one("a.join-cta__button")
    assert button is not None
    assert button.get_text(strip=True) == "Rejoindre"
    href = str(button["href"])
    assert href.startswith("https://github.com/la-navette/site/new/main/members?filename=")
    value = parse_qs(urlsplit(href).query)["value"][0]
    assert "directory: 2026-11-22" in value  # the build's date (COWORK_NOW in tests)
    delay = soup.select_one(".join-cta__delay")
    assert delay is not None
    assert "la vérification automatique répond par un commentaire" in delay.get_text()


@pytest.fixture
def join_url_served(join_site: BuiltSite) -> Iterator[str]:
    yield from serve_folder(join_site.output)


@pytest.mark.browser
def test_the_join_page_passes_quality_gates(gate_page: Any, join_url_served: str) -> None:
    check_page(gate_page, join_url_served + "/rejoindre/")


def test_a_gitlab_sites_join_page_never_says_github(build_scratch: ScratchBuilder) -> None:
    space = (SAMPLE / "space.yaml").read_text("utf-8")
    gitlab = space.replace(
        "https://github.com/la-navette/site", "https://gitlab.com/la-navette/site"
    )
    assert gitlab != space
    built = build_scratch({"content/pages/rejoindre.md": JOIN_PAGE, "space.yaml": gitlab})
    assert built.returncode == 0, built.log
    section: Any = built.soup("rejoindre/").select_one("section.join-cta")
    href = str(section.select_one("a.join-cta__button")["href"])
    content = parse_qs(urlsplit(href).query)["content"][0]
    assert "ton nom d'utilisateur GitLab" in content
    steps = [li.get_text() for li in section.select("li")]
    assert "votre identifiant sur GitLab" in steps[1]
    assert steps[2] == "Cliquez sur « Commit changes », puis sur « Create merge request »."
    assert "GitLab vous préviendra" in section.select_one(".join-cta__delay").get_text()
    assert "GitHub" not in str(section) and "github" not in str(section).lower()
