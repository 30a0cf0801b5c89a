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


def stored(path: Path) -> dict[str, str]:
    """A kind's file as the cache writes it: one `[key, text]` per line."""
    return dict(json.loads(line) for line in path.read_text("utf-8").splitlines())


def store(path: Path, texts: dict[str, str]) -> None:
    path.write_text("".join(f"{json.dumps([k, v])}\n" for k, v in texts.items()), "utf-8")


def test_a_text_is_rendered_as_render_safe_markdown_renders_it(tmp_path: Path) -> None:
    texts = RenderedTexts.open("bio", tmp_path)
    assert texts.render(BIO) == render_safe_markdown(BIO)
    assert texts.render("") == ""


def test_a_kept_text_is_read_back_and_a_changed_one_rendered_anew(tmp_path: Path) -> None:
    first = RenderedTexts.open("bio", tmp_path)
    first.render(BIO)
    first.save()
    kept_texts = stored(tmp_path / "bio.jsonl")
    assert list(kept_texts.values()) == [render_safe_markdown(BIO)]
    # What the next build reads is the kept HTML, not a new rendering: mark it to tell them apart.
    (key,) = kept_texts
    store(tmp_path / "bio.jsonl", {key: "<p>kept</p>"})
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
    assert list(stored(tmp_path / "bio.jsonl").values()) == [render_safe_markdown("Nouvelle bio.")]


def test_a_build_that_changed_nothing_writes_nothing(tmp_path: Path) -> None:
    first = RenderedTexts.open("bio", tmp_path)
    first.render(BIO)
    first.save()
    before = (tmp_path / "bio.jsonl").stat()
    again = RenderedTexts.open("bio", tmp_path)
    assert again.render(BIO) == again.render(BIO) == render_safe_markdown(BIO)
    again.save()
    after = (tmp_path / "bio.jsonl").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_the_single_document_of_earlier_versions_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "bio.json").write_text(json.dumps({"0" * 64: "<p>old</p>"}), "utf-8")
    texts = RenderedTexts.open("bio", tmp_path)
    assert texts.render(BIO) == render_safe_markdown(BIO)
    texts.save()
    assert [p.name for p in tmp_path.iterdir()] == ["bio.jsonl"]
    # Left beside a cache that is up to date, it goes too, though nothing is written.
    (tmp_path / "bio.json").write_text("{}", "utf-8")
    unchanged = RenderedTexts.open("bio", tmp_path)
    unchanged.render(BIO)
    unchanged.save()
    assert [p.name for p in tmp_path.iterdir()] == ["bio.jsonl"]


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    for damaged in ("{not json", '["a", "b"]\n{"a": 1}\n', '["a", "b", "c"]\n', "[1, 2]\n"):
        (tmp_path / "bio.jsonl").write_text(damaged, "utf-8")
        texts = RenderedTexts.open("bio", tmp_path)
        assert texts.known == {}, damaged
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
    assert {p.name for p in tmp_path.iterdir()} == {"description.jsonl", "description-text.jsonl"}
    # The next build reads them back: marked, to tell a kept text from a new rendering.
    for name in ("description.jsonl", "description-text.jsonl"):
        store(tmp_path / name, dict.fromkeys(stored(tmp_path / name), "kept"))
    kept = Descriptions(tmp_path)
    assert kept.html(text) == kept.text(text) == "kept"
    assert kept.text(text + " Merci.") == description_text(text + " Merci.")


def test_a_cache_that_cannot_be_written_is_left_as_it_is(tmp_path: Path) -> None:
    # A folder where the file should be: nothing can replace it, and no build fails for it.
    (tmp_path / "bio.jsonl").mkdir()
    texts = RenderedTexts.open("bio", tmp_path)
    assert texts.render(BIO) == render_safe_markdown(BIO)
    texts.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bio.jsonl"]  # no temporary file left
    assert (tmp_path / "bio.jsonl").is_dir()
