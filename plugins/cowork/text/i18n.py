"""Interface translations: the theme's gettext catalogs, compiled in memory.

Catalogs live in `theme/translations/<lang>/LC_MESSAGES/<domain>.po`, one domain per part of the
theme (the blog, the directory, the calendar) so that each can grow without touching the others.
They are compiled when the site is built, so no `.mo` file is ever committed or left stale.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations


def catalog_files(translations_dir: Path, lang: str) -> list[Path]:
    return sorted((translations_dir / lang / "LC_MESSAGES").glob("*.po"))


def load_translations(translations_dir: Path, lang: str) -> gettext.NullTranslations:
    """Every domain's catalog for `lang`, merged; null translations (the msgids) if none."""
    merged: Translations | None = None
    for po_file in catalog_files(translations_dir, lang):
        with po_file.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        translations = Translations(buffer)
        if merged is None:
            merged = translations
        else:
            merged.merge(translations)
    return merged if merged is not None else NullTranslations()
