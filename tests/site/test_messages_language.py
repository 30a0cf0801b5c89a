"""Every problem in the site's language: a French site's admin reads `cowork check` and the build
in French, a Dutch one in Dutch, an English one in English, each with `file:line` and the key as
the file writes them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cowork.cli import main

from tests.sites import FIXED_NOW, SAMPLE, make_scratch_site, run_pelican

BROKEN_MEMBER = """\
name: Ana Lima
links:
  website: http://ana.example
consent:
  directory: 12/03/2025
"""

SITE_LANGUAGE = {"COWORK_LANG": ""}
"""No override: the kit speaks the site's language (tests/conftest.py sets English elsewhere)."""

EXPECTED = {
    "fr": (
        "members/ana-lima.yaml:3: links.website: attendu une adresse https://, trouvé "
        "« http://ana.example »",
        "écrivez plutôt https:// : https://ana.example",
        "members/ana-lima.yaml:5: consent.directory: attendu une date écrite AAAA-MM-JJ, "
        "trouvé « 12/03/2025 »",
        "2 problèmes dans les données du site :",
    ),
    "nl": (
        "members/ana-lima.yaml:3: links.website: verwacht een https://-adres, gevonden "
        "'http://ana.example'",
        "schrijf liever https://: https://ana.example",
        "members/ana-lima.yaml:5: consent.directory: verwacht een datum geschreven als "
        "JJJJ-MM-DD, gevonden '12/03/2025'",
        "2 problemen in de gegevens van de site:",
    ),
    "en": (
        "members/ana-lima.yaml:3: links.website: expected an https:// address, found "
        "'http://ana.example'",
        "write https:// instead: https://ana.example",
        "members/ana-lima.yaml:5: consent.directory: expected a date written YYYY-MM-DD, "
        "found '12/03/2025'",
        "2 problems in the site's data:",
    ),
}


def site_in(tmp_path: Path, lang: str) -> Path:
    space = (SAMPLE / "space.yaml").read_text("utf-8").replace("language: fr", f"language: {lang}")
    assert f"language: {lang}" in space
    return make_scratch_site(
        tmp_path / "src", {"space.yaml": space, "members/ana-lima.yaml": BROKEN_MEMBER}
    )


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_cowork_check_speaks_the_sites_language(tmp_path: Path, lang: str) -> None:
    source = site_in(tmp_path, lang)
    out, err = io.StringIO(), io.StringIO()
    argv = ["--settings", str(source / "pelicanconf.py"), "check"]
    status = main(argv, {**SITE_LANGUAGE, "COWORK_NOW": FIXED_NOW}, out, err)
    first, hint, second, _ = EXPECTED[lang]
    assert status == 1, err.getvalue()
    assert first in out.getvalue()
    assert hint in out.getvalue()
    assert second in out.getvalue()


def test_cowork_lang_overrides_the_sites_language(tmp_path: Path) -> None:
    source = site_in(tmp_path, "fr")
    out = io.StringIO()
    argv = ["--settings", str(source / "pelicanconf.py"), "check", "--format", "comment"]
    main(argv, {"COWORK_LANG": "nl_BE", "COWORK_NOW": FIXED_NOW}, out, io.StringIO())
    assert "- regel 5, `consent.directory`: verwacht een datum geschreven als JJJJ-MM-DD" in (
        out.getvalue()
    )


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_the_build_speaks_the_sites_language(tmp_path: Path, lang: str) -> None:
    source = site_in(tmp_path, lang)
    built = run_pelican(source, tmp_path / "output", env=SITE_LANGUAGE)
    first, _, second, heading = EXPECTED[lang]
    assert built.returncode == 1, built.log
    assert heading in built.log
    assert first in built.log
    assert second in built.log


def test_a_space_yaml_with_problems_is_told_about_in_its_own_language(tmp_path: Path) -> None:
    # The language is read from the very file that fails its checks: the admin editing it reads
    # the messages in the site's language, not the kit's default.
    space = (SAMPLE / "space.yaml").read_text("utf-8").replace("language: fr", "language: nl_BE")
    source = make_scratch_site(
        tmp_path / "src", {"space.yaml": space.replace("https://", "http://", 1)}
    )
    out, err = io.StringIO(), io.StringIO()
    argv = ["--settings", str(source / "pelicanconf.py"), "check"]
    status = main(argv, {**SITE_LANGUAGE, "COWORK_NOW": FIXED_NOW}, out, err)
    assert status == 1, err.getvalue()
    assert "space.yaml:" in out.getvalue()
    assert "verwacht" in out.getvalue() and "attendu" not in out.getvalue(), out.getvalue()
