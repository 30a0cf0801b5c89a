"""The kit's messages to people: complete catalogs in French and Dutch, and rendering that
translates the sentence but never the values it quotes."""

from __future__ import annotations

import re
from functools import cache

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from cowork.problems import Problem
from cowork.text.i18n import compiled_catalog
from cowork.text.messages import DOMAIN, LOCALES, Message, either, msg, nmsg, verbatim
from cowork_pelican.translations import CORE_LANGUAGES, extract_core, is_untranslated


@cache
def extracted_messages() -> Catalog:
    """The messages of the code and schemas, extracted once when a test first asks (not when the
    module is collected: each process of the suite collects every module)."""
    return extract_core(LOCALES.parent)


PLACEHOLDER = re.compile(r"\{\w+\}")


def read_catalog(lang: str) -> Catalog:
    path = LOCALES / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    assert path.exists(), f"{path}: missing (run `make translations`)"
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def test_the_kit_has_messages_to_translate() -> None:
    ids = {m.id for m in extracted_messages()}
    assert "unknown key '{key}'" in ids  # the code's
    assert "a list of short tags" in ids  # a schema's x-expected
    assert "Build failed: {output} was left as it was" in ids  # the Pelican glue's


@pytest.mark.parametrize("lang", CORE_LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    catalog = read_catalog(lang)
    missing, empty, fuzzy = [], [], []
    for extracted in extracted_messages():
        if not extracted.id:
            continue
        shown = extracted.id if isinstance(extracted.id, str) else extracted.id[0]
        message = catalog.get(extracted.id)
        if message is None:
            missing.append(shown)
        elif is_untranslated(message):
            empty.append(shown)
        elif message.fuzzy:
            fuzzy.append(shown)
    where = f"plugins/cowork/locales/{lang}/LC_MESSAGES/{DOMAIN}.po"
    assert missing == [], f"{where}: not extracted yet (run `make translations`): {missing}"
    assert empty == [], f"{where}: untranslated: {empty}"
    assert fuzzy == [], f"{where}: marked fuzzy, check them and remove the flag: {fuzzy}"


@pytest.mark.parametrize("lang", CORE_LANGUAGES)
def test_translations_keep_every_placeholder_and_plural_form(lang: str) -> None:
    # A lost `{key}` hides what the file says; a new one shows the reader a `{brace}`.
    catalog = read_catalog(lang)
    assert catalog.num_plurals == 2
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if len(strings) != len(ids):
            wrong.append(f"{ids[0]!r}: {len(strings)} forms, expected {len(ids)}")
        expected = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            if set(PLACEHOLDER.findall(string or "")) != expected:
                wrong.append(f"{ids[0]!r} → {string!r}: placeholders {sorted(expected)}")
    assert wrong == [], f"{lang}: {wrong}"


def test_a_message_is_english_until_rendered() -> None:
    message = msg("unknown key '{key}'", key="skils")
    assert str(message) == "unknown key 'skils'"
    assert message.render("en_GB") == "unknown key 'skils'"
    assert message.render("fr") == "clé inconnue « skils »"
    assert message.render("fr_BE") == "clé inconnue « skils »"
    assert message.render("nl_BE") == "onbekende sleutel 'skils'"
    # A language the kit does not speak, or no language at all: English, never an error.
    assert message.render("de") == "unknown key 'skils'"
    assert message.render("not a language") == "unknown key 'skils'"


def test_words_inside_a_message_are_translated_but_values_never_are() -> None:
    expected = either([msg("a date written YYYY-MM-DD"), msg("nothing")])
    # A value that looks like a msgid ("nothing") or a placeholder stays as the file wrote it.
    message = msg("expected {expected}, found '{found}'", expected=expected, found="nothing {key}")
    assert message.render("fr") == (
        "attendu une date écrite AAAA-MM-JJ ou rien, trouvé « nothing {key} »"
    )
    assert verbatim("unknown key '{key}'").render("fr") == "unknown key '{key}'"


def test_plural_forms_follow_the_count_in_each_language() -> None:
    one, two = (nmsg("{count} error", "{count} errors", n) for n in (1, 2))
    assert (one.render("fr"), two.render("fr")) == ("1 erreur", "2 erreurs")
    assert (one.render("nl"), two.render("nl")) == ("1 fout", "2 fouten")
    assert (str(one), str(two)) == ("1 error", "2 errors")


def test_a_problem_keeps_its_location_and_key_in_every_language() -> None:
    problem = Problem("members/ana.yaml", 3, "skils", msg("unknown key '{key}'", key="skils"))
    assert problem.render("nl") == "members/ana.yaml:3: skils: onbekende sleutel 'skils'"
    assert str(problem) == "members/ana.yaml:3: skils: unknown key 'skils'"
    assert isinstance(problem.message, Message)


@pytest.mark.parametrize("lang", CORE_LANGUAGES)
def test_the_compiled_catalog_is_the_one_its_po_file_makes(lang: str) -> None:
    # `cowork` reads the `.mo` (at once, where parsing the `.po` is a third of a pull request's
    # check): after translations are written in the `.po`, `make translations` compiles it again.
    po_path = LOCALES / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.is_file(), f"{mo_path}: missing (run `make translations`)"
    assert mo_path.read_bytes() == compiled_catalog(po_path), (
        f"{mo_path}: out of step with {po_path.name} (run `make translations`)"
    )
    # And it is what the kit says: a message in the catalog, read from the compiled file.
    assert msg("unknown key '{key}'", key="skils").render(lang) != "unknown key 'skils'"
