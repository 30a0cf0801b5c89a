"""The join button's pre-filled file speaks the site's language, and passes the check once the
newcomer has done what it says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from cowork.scaffold.member import member_template
from cowork.settings import KitSettings
from cowork.site.join_link import join_url

from tests.members_files import messages

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("lang", "file_name", "first_line", "name"),
    [
        ("fr", "VOTRE-LOGIN.yaml", "# Ta fiche dans l'annuaire de l'espace.", "Prénom Nom"),
        ("en_GB", "YOUR-LOGIN.yaml", "# Your entry in the space's directory.", "First Last"),
        ("nl_BE", "JOUW-LOGIN.yaml", "# Jouw fiche in de ledenlijst van de ruimte.", "Voornaam"),
    ],
)
def test_the_pre_filled_file_is_in_the_sites_language(
    tmp_path: Path, lang: str, file_name: str, first_line: str, name: str
) -> None:
    settings = KitSettings.from_mapping(
        {"REPOSITORY_URL": "https://github.com/space/site", "DEFAULT_LANG": lang}, tmp_path
    )
    url = join_url(settings, TODAY)
    assert url is not None
    query = parse_qs(urlsplit(url).query)
    assert query["filename"] == [file_name]
    text = query["value"][0]
    assert text.startswith(first_line)
    assert f"name: {name}" in text


@pytest.mark.parametrize("lang", ["fr", "en", "nl"])
def test_a_template_left_as_it_was_is_refused_in_every_language(tmp_path: Path, lang: str) -> None:
    text = member_template(TODAY, lang=lang)
    found = messages(tmp_path, {"members/ana.yaml": text})
    assert any("expected your name, found the template's" in m for m in found), found
    written = text.replace("name: ", "name: Ana Lima  # ", 1)
    assert messages(tmp_path, {"members/ana.yaml": written}) == []


@pytest.mark.parametrize(
    ("lang", "comment"),
    [
        ("fr", "# Une proposition d'événement"),
        ("en", "# A proposed event"),
        ("nl_BE", "# Een voorstel van activiteit"),
    ],
)
def test_a_new_event_is_in_the_sites_language_and_valid_once_filled_in(
    tmp_path: Path, lang: str, comment: str
) -> None:
    from cowork.events.schedule import build_schedule
    from cowork.scaffold.event import event_template
    from cowork.scaffold.placeholders import EVENT_DESCRIPTIONS, EVENT_TITLES, in_language

    now = dt.datetime(2026, 11, 22, 10, tzinfo=dt.UTC)
    text = event_template(TODAY, "0d6f1b8e-61b4-4a3c-8f7c-2b9a7d4c5e61", lang=lang)
    assert text.startswith(comment)
    settings = KitSettings(tmp_path)
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "atelier.yaml").write_text(text, "utf-8")
    _, problems = build_schedule(settings, now)
    assert [p.key for p in problems] == ["title", "description"]
    filled = text.replace(in_language(EVENT_TITLES, lang), "Atelier").replace(
        in_language(EVENT_DESCRIPTIONS, lang), "On apprend ensemble."
    )
    (tmp_path / "events" / "atelier.yaml").write_text(filled, "utf-8")
    assert build_schedule(settings, now)[1] == []
