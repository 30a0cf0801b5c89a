"""Bios and event descriptions rendered in an earlier build (`cowork.text.rendered`): the HTML
is what the renderer makes, a changed text is rendered anew, a damaged cache is ignored, and a
build keeps only its texts."""

from __future__ import annotations

import json
from pathlib import Path

from cowork.events.description import Descriptions, description_html, description_text
from cowork.members.load import load_members
from cowork.text.rendered import RenderedTexts
from cowork.text.safe_markdown import render_safe_markdown

BIO = "J'accompagne des **associations**.\n\n<script>alert(1)</script> [site](https://a.example)"


def test_a_text_is_rendered_as_render_safe_markdown_renders_it(tmp_path: Path) -> None:
    texts = RenderedTexts.open("bio", tmp_path)
    assert texts.render(BIO) == render_safe_markdown(BIO)
    assert texts.render("") == ""


def test_a_kept_text_is_read_back_and_a_changed_one_rendered_anew(tmp_path: Path) -> None:
    first = RenderedTexts.open("bio", tmp_path)
    first.render(BIO)
    first.save()
    stored = json.loads((tmp_path / "bio.json").read_text("utf-8"))
    assert list(stored.values()) == [render_safe_markdown(BIO)]
    # What the next build reads is the kept HTML, not a new rendering: mark it to tell them apart.
    (key,) = stored
    (tmp_path / "bio.json").write_text(json.dumps({key: "<p>kept</p>"}), "utf-8")
    kept = RenderedTexts.open("bio", tmp_path)
    assert kept.render(BIO) == "<p>kept</p>"
    assert kept.render(BIO + " Et plus.") == render_safe_markdown(BIO + " Et plus.")


def test_a_build_keeps_only_the_texts_it_used(tmp_path: Path) -> None:
    first = RenderedTexts.open("bio", tmp_path)
    first.render("Ancienne bio.")
    first.save()
    second = RenderedTexts.open("bio", tmp_path)
    second.render("Nouvelle bio.")
    second.save()
    stored = json.loads((tmp_path / "bio.json").read_text("utf-8"))
    assert list(stored.values()) == [render_safe_markdown("Nouvelle bio.")]


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "bio.json").write_text("{not json", "utf-8")
    texts = RenderedTexts.open("bio", tmp_path)
    assert texts.known == {}
    assert texts.render(BIO) == render_safe_markdown(BIO)


def test_members_read_with_the_cache_show_the_same_bio(tmp_path: Path) -> None:
    members = tmp_path / "members"
    members.mkdir()
    text = (
        "name: Ada Martin\nbio: |\n  Bonjour, *je suis* Ada.\nconsent:\n  directory: 2026-01-05\n"
    )
    (members / "ada.yaml").write_text(text, "utf-8")
    plain = load_members(members, tmp_path).members[0]
    texts = RenderedTexts.open("bio", tmp_path / "cache")
    cached = load_members(members, tmp_path, render_bio=texts.render).members[0]
    assert plain.bio_html == cached.bio_html == render_safe_markdown("Bonjour, *je suis* Ada.\n")
    assert plain.bio_html.startswith("<p>Bonjour, <em>je suis</em> Ada.")


def test_event_descriptions_kept_between_builds_are_those_rendered(tmp_path: Path) -> None:
    text = "Venez **nombreux** : [inscription](https://a.example/inscription)."
    first = Descriptions(tmp_path)
    assert first.html(text) == description_html(text)
    assert first.text(text) == description_text(text)
    first.save()
    assert {p.name for p in tmp_path.iterdir()} == {"description.json", "description-text.json"}
    # The next build reads them back: marked, to tell a kept text from a new rendering.
    for name in ("description.json", "description-text.json"):
        stored = json.loads((tmp_path / name).read_text("utf-8"))
        (tmp_path / name).write_text(json.dumps(dict.fromkeys(stored, "kept")), "utf-8")
    kept = Descriptions(tmp_path)
    assert kept.html(text) == kept.text(text) == "kept"
    assert kept.text(text + " Merci.") == description_text(text + " Merci.")
