"""`make translations`: extract the theme's strings and the core's messages, and bring every
catalog up to date.

Each folder of `theme/templates/` is one gettext domain (`members/` → `members.po`);
top-level templates and `partials/` are the `messages` domain. English is the language of the
msgids, so the English catalog is filled from them; other languages get the new strings empty, to
translate, and the tests fail until they are.

The kit's messages to people (every `msg(...)` and `nmsg(...)` of `cowork/` and of this glue, and
the `x-expected` descriptions of the core's schemas) are the `cowork` domain, in `cowork/locales/`
(the core never reads the theme): one catalog per language but English, whose text is in the code.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import defaultdict
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po
from cowork.text.i18n import compiled_catalog
from cowork.text.messages import DOMAIN, LOCALES

JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n", "trim_blocks": "True", "lstrip_blocks": "True"}
SOURCE_LANG = "en"


def domain_of(template: Path, templates_dir: Path) -> str:
    parts = template.relative_to(templates_dir).parts
    return parts[0] if len(parts) > 1 and parts[0] != "partials" else "messages"


def template_domains(theme: Path) -> list[str]:
    """The domains of the theme's catalogs, one per folder of templates (without reading them)."""
    templates_dir = theme / "templates"
    return sorted({domain_of(t, templates_dir) for t in templates_dir.rglob("*.html")})


def is_untranslated(message: Message) -> bool:
    """No translation yet; a plural message's string is a tuple, untranslated if any is empty."""
    if isinstance(message.string, tuple | list):
        return not all(message.string)
    return not message.string


def extract(theme: Path) -> dict[str, Catalog]:
    """One template catalog per domain, from every template of the theme."""
    templates_dir = theme / "templates"
    catalogs: dict[str, Catalog] = defaultdict(lambda: Catalog(project="theme", fuzzy=False))
    for template in sorted(templates_dir.rglob("*.html")):
        catalog = catalogs[domain_of(template, templates_dir)]
        found = extract_from_file(
            "jinja2",
            str(template),
            options=JINJA_OPTIONS,
            keywords={"_": None, "gettext": None, "ngettext": (1, 2)},
        )
        for lineno, message, comments, context in found:
            location = (template.relative_to(theme).as_posix(), lineno)
            catalog.add(message, locations=[location], auto_comments=comments, context=context)
    return dict(catalogs)


def update(theme: Path) -> list[Path]:
    """Write `theme/translations/<lang>/LC_MESSAGES/<domain>.po` for every language present."""
    translations = theme / "translations"
    written = []
    languages = sorted(p.name for p in translations.iterdir() if p.is_dir()) or ["fr", SOURCE_LANG]
    for domain, template in extract(theme).items():
        for lang in languages:
            # Catalog.update() adopts the template's message objects, so each language gets
            # its own copy: filling the English strings must not fill the French ones too.
            fresh = copy.deepcopy(template)
            po_path = translations / lang / "LC_MESSAGES" / f"{domain}.po"
            if po_path.exists():
                with po_path.open("rb") as handle:
                    catalog = read_po(handle, locale=lang, domain=domain)
                created = catalog.creation_date
                catalog.update(fresh, no_fuzzy_matching=True)
                # Keep the header as it was: a date that changed on every run would make each
                # branch that touches the templates conflict with every other one.
                catalog.creation_date = created
            else:
                catalog = Catalog(locale=lang, domain=domain, project="theme", fuzzy=False)
                catalog.update(fresh, no_fuzzy_matching=True)
            if lang == SOURCE_LANG:
                for message in catalog:
                    if not message.id:
                        continue
                    if is_untranslated(message):
                        message.string = message.id
            catalog.obsolete.clear()
            po_path.parent.mkdir(parents=True, exist_ok=True)
            with po_path.open("wb") as handle:
                # Locations without line numbers: editing a template must not rewrite every catalog.
                write_po(handle, catalog, width=100, sort_output=True, include_lineno=False)
            written.append(po_path)
    return written


CORE_LANGUAGES = ("fr", "nl")
"""The languages the core's messages are translated into (English is the code's own)."""


GLUE = Path(__file__).resolve().parent


def extract_core(package: Path, glue: Path = GLUE) -> Catalog:
    """Every message of the kit: `msg()`/`nmsg()` calls of the core and the glue, and the core's
    schemas' `x-expected` texts."""
    catalog = Catalog(project="cowork", fuzzy=False)
    sources = [*package.rglob("*.py"), *glue.glob("*.py")]
    for source in sorted(sources):
        if "skeleton" in source.parts:
            continue  # a new site's files, not the kit's messages
        found = extract_from_file(
            "python", str(source), keywords={"msg": None, "nmsg": (1, 2)}, comment_tags=()
        )
        for lineno, message, comments, context in found:
            location = (source.relative_to(package.parent).as_posix(), lineno)
            catalog.add(message, locations=[location], auto_comments=comments, context=context)
    for schema in sorted((package / "schemas").glob("*.schema.json")):
        location = (schema.relative_to(package.parent).as_posix(), 0)
        for text in _expected_texts(json.loads(schema.read_text("utf-8"))):
            catalog.add(text, locations=[location])
    return catalog


def _expected_texts(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [str(node["x-expected"])] if "x-expected" in node else []
        return own + [t for value in node.values() for t in _expected_texts(value)]
    if isinstance(node, list):
        return [t for value in node for t in _expected_texts(value)]
    return []


def update_core(package: Path, locales: Path = LOCALES) -> list[Path]:
    """Write `locales/<lang>/LC_MESSAGES/cowork.po` for every language the core speaks."""
    template = extract_core(package)
    written = []
    for lang in CORE_LANGUAGES:
        fresh = copy.deepcopy(template)
        po_path = locales / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po_path.exists():
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=lang, domain=DOMAIN)
            created = catalog.creation_date
            catalog.update(fresh, no_fuzzy_matching=True)
            catalog.creation_date = created
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="cowork", fuzzy=False)
            catalog.update(fresh, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        po_path.parent.mkdir(parents=True, exist_ok=True)
        with po_path.open("wb") as handle:
            write_po(handle, catalog, width=100, sort_output=True, include_lineno=False)
        written.append(po_path)
        written.append(compile_core(po_path))
    return written


def compile_core(po_path: Path) -> Path:
    """Write the `.mo` beside a core catalog: what `cowork` reads (the standard library reads it
    at once; parsing the `.po` would cost a pull request's check a third of its time). Run
    `make translations` again after writing translations: a test says when one is out of step."""
    mo_path = po_path.with_suffix(".mo")
    mo_path.write_bytes(compiled_catalog(po_path))
    return mo_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make translations", description=__doc__)
    kit_theme = Path(__file__).resolve().parent / "theme"
    parser.add_argument("theme", type=Path, nargs="?", default=kit_theme)
    args = parser.parse_args(argv)
    for path in update(args.theme):
        print(f"updated {path}")
    for path in update_core(LOCALES.parent):
        print(f"updated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
