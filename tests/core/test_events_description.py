"""Event descriptions go through the kit's one Markdown sanitiser, with the events' own policy."""

from __future__ import annotations

from cowork.events.description import description_html, description_text


def test_links_are_marked_as_user_content() -> None:
    # Event proposals come in pull requests, like bios: search engines must not credit them.
    assert description_html("[site](https://ok.example)") == (
        '<p><a href="https://ok.example" rel="nofollow ugc noopener">site</a></p>'
    )


def test_raw_html_is_stripped_and_mail_links_kept() -> None:
    html = description_html('<b onclick="x()">Gras</b> [écrire](mailto:hello@example.org)')
    assert html == (
        '<p>Gras <a href="mailto:hello@example.org" rel="nofollow ugc noopener">écrire</a></p>'
    )


def test_headings_keep_their_order_below_the_page_headings() -> None:
    html = description_html("# Programme\n\n### Détail\n\n## Lieu")
    assert html == "<h3>Programme</h3>\n<h5>Détail</h5>\n<h4>Lieu</h4>"


def test_plain_text_for_feeds() -> None:
    assert description_text('Entrée **libre** & "gratuite"') == "Entrée libre & “gratuite”"
