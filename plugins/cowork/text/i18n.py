"""Interface translations: the theme's gettext catalogs, compiled in memory.

Catalogs live in `theme/translations/<lang>/LC_MESSAGES/<domain>.po`, one domain per part of the
theme (the blog, the directory, the calendar) so that each can grow without touching the others.
They are compiled when the site is built, so no `.mo` file is ever committed or left stale.
The core's own catalogs (`cowork/locales/`) are the exception: `cowork check` runs on every pull
request, and reads them compiled (`cowork.mo`, written by `make translations` with
`compiled_catalog`; a test keeps each in step with its `.po`).
A regional variant reads its own folder if the theme has one (`fr_BE/`), else its language's
(`fr/`): a Belgian French site speaks the French interface.
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from cowork.text.languages import UnknownLanguageError, parse_language


def catalog_language(translations_dir: Path, lang: str) -> str | None:
    """The catalog folder `lang` reads (`en_GB` → `en`), or None if the theme has none for it."""
    if not translations_dir.is_dir():
        return None
    available = [p.name for p in translations_dir.iterdir() if p.is_dir()]
    try:
        return parse_language(lang).catalog(available)
    except UnknownLanguageError:
        return lang if lang in available else None


def catalog_files(translations_dir: Path, lang: str) -> list[Path]:
    folder = catalog_language(translations_dir, lang)
    if folder is None:
        return []
    return sorted((translations_dir / folder / "LC_MESSAGES").glob("*.po"))


@cache
def _compiled(po_file: Path, mtime_ns: int, size: int) -> bytes:
    """A catalog compiled to `.mo` bytes, once per version of the file in a process: a build
    asks for the same catalogs from several places (pages, messages, the recaps' category),
    and parsing a `.po` file costs far more than reading the compiled bytes back."""
    with po_file.open("rb") as handle:
        # The catalog's own language: its header sets the plural rule (`Plural-Forms`).
        catalog = read_po(handle, locale=po_file.parent.parent.name)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def compiled_catalog(po_file: Path) -> bytes:
    """The `.mo` form of a `.po` catalog, as gettext reads it (untranslated and fuzzy entries
    left out)."""
    stat = po_file.stat()
    return _compiled(po_file, stat.st_mtime_ns, stat.st_size)


def load_all(translations_dir: Path) -> None:
    """Compile and load every language's catalogs under `translations_dir` now (the warm build
    server does, so that its builds find them ready)."""
    for folder in sorted(path for path in translations_dir.glob("*") if path.is_dir()):
        load_translations(translations_dir, folder.name)


def load_translations(translations_dir: Path, lang: str) -> gettext.NullTranslations:
    """Every domain's catalog for `lang`, merged; null translations (the msgids) if none.

    The result is shared by every caller in the process while its catalogs are unchanged
    (several parts of a build ask for it, and the warm build server loads it for its builds):
    read it, never change it."""
    catalogs = []
    for po_file in catalog_files(translations_dir, lang):
        stat = po_file.stat()
        catalogs.append((po_file, stat.st_mtime_ns, stat.st_size))
    return _merged(tuple(catalogs))


@cache
def _merged(catalogs: tuple[tuple[Path, int, int], ...]) -> gettext.NullTranslations:
    merged: Translations | None = None
    for po_file, mtime_ns, size in catalogs:
        translations = Translations(io.BytesIO(_compiled(po_file, mtime_ns, size)))
        if merged is None:
            merged = translations
        else:
            merged.merge(translations)
    return merged if merged is not None else NullTranslations()
