"""The metadata header of a Markdown article, read with the line of each key as Pelican reads it."""

from __future__ import annotations

from pathlib import Path

from cowork.recaps.header import Field, parse_header, read_header


def test_header_keys_lines_and_continuations() -> None:
    text = (
        "\ufeff---\nTitle: Bilan\nevent: opencoffee\nSpeakers: alex-durand,\n"
        "    samira-benali\nSpeakers: Jeanne Lambert\n\nEvent: pas-lu\n"
    )
    assert parse_header(text) == {
        "title": Field("Title", "Bilan", 2),
        "event": Field("event", "opencoffee", 3),
        "speakers": Field("Speakers", "alex-durand,, samira-benali, Jeanne Lambert", 4),
    }


def test_header_ends_at_the_first_line_that_is_not_metadata() -> None:
    assert parse_header("Title: Bilan\nCeci n'est pas une clé\nEvent: fete\n") == {
        "title": Field("Title", "Bilan", 1)
    }
    assert parse_header("Title: Bilan\n---\nEvent: fete\n") == {"title": Field("Title", "Bilan", 1)}


def test_header_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_bytes(b"Title: Bilan\nEvent: f\xe9te\n\nTexte.\n")
    assert read_header(path)["event"] == Field("Event", "f\ufffdte", 2)
