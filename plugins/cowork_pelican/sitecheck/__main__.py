"""`python -m cowork_pelican.sitecheck [--site DIR] [PYTEST ARGS]`: the site check, run by
`cowork test`. pytest runs this package's checks on the site folder, with this package's own
pytest settings (the site's are for its own tests); "no test ran" is a failure, never a pass.

pytest runs in a process of its own: it wants to load its plugins (this package's `conftest`)
before the modules they live in are imported. This one imports neither pytest nor Pelican.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import yaml

from cowork_pelican.sitecheck import OUTCOMES_VARIABLE, SITE_VARIABLE

HERE = Path(__file__).resolve().parent
NO_TESTS = 5
"""pytest's exit status when it collected nothing: a broken check, not a green one."""

MESSAGES = {
    "en": {
        "start": "Site check of {site}: data, builds, links, feeds, HTML and accessibility.",
        "failed": "The site check failed: each failure above says which file to fix and how. "
        "Only some checks: cowork test -- -k link (or data, build, host, feed, calendar, html, "
        "browser).",
        "passed": "The site check passed.",
        "partial": "The site check passed, but only {ran} of its {total} checks ran (the others "
        "were left out with -k).",
        "skipped": "The site check passed, but {skipped} check(s) did not run (skipped: "
        "see above).",
        "more_left_out": "{left_out} more were left out with -k.",
        "nothing": "The site check ran no check (only listed them?): nothing was checked.",
        "all_skipped": "The site check checked nothing: its {skipped} check(s) did not run "
        "(skipped: see above).",
        "none": "The site check ran no test: this is a failure (was -k too narrow?).",
    },
    "fr": {
        "start": "Vérification du site {site} : données, construction, liens, flux, HTML et "
        "accessibilité.",
        "failed": "La vérification du site a échoué : chaque échec ci-dessus dit quel fichier "
        "corriger et comment. Pour n'en relancer qu'une partie : cowork test -- -k link "
        "(ou data, build, host, feed, calendar, html, browser).",
        "passed": "La vérification du site est passée.",
        "partial": "La vérification du site est passée, mais {ran} vérification(s) sur {total} "
        "seulement ont tourné (les autres ont été écartées avec -k).",
        "skipped": "La vérification du site est passée, mais {skipped} vérification(s) "
        "n'ont pas tourné (ignorées : voir plus haut).",
        "more_left_out": "{left_out} autre(s) ont été écartée(s) avec -k.",
        "nothing": "La vérification n'a rien vérifié (elle a seulement listé les tests ?).",
        "all_skipped": "La vérification n'a rien vérifié : ses {skipped} vérification(s) n'ont "
        "pas tourné (ignorées : voir plus haut).",
        "none": "La vérification n'a lancé aucun test : c'est un échec (-k trop étroit ?).",
    },
    "nl": {
        "start": "Controle van de site {site}: gegevens, bouw, links, feeds, HTML en "
        "toegankelijkheid.",
        "failed": "De controle van de site is mislukt: elke fout hierboven zegt welk bestand u "
        "moet verbeteren en hoe. Alleen een deel opnieuw: cowork test -- -k link "
        "(of data, build, host, feed, calendar, html, browser).",
        "passed": "De controle van de site is geslaagd.",
        "partial": "De controle van de site is geslaagd, maar er zijn slechts {ran} van de "
        "{total} controles uitgevoerd (de andere zijn weggelaten met -k).",
        "skipped": "De controle van de site is geslaagd, maar {skipped} controle(s) zijn "
        "niet uitgevoerd (overgeslagen: zie hierboven).",
        "more_left_out": "{left_out} andere zijn weggelaten met -k.",
        "nothing": "De controle heeft niets gecontroleerd (alleen de tests opgesomd?).",
        "all_skipped": "De controle heeft niets gecontroleerd: de {skipped} controle(s) zijn niet "
        "uitgevoerd (overgeslagen: zie hierboven).",
        "none": "De controle heeft geen enkele test uitgevoerd: dat is een fout (-k te smal?).",
    },
}


def site_language(site: Path) -> str:
    """The interface language of the site's messages, from `space.yaml` (English if unknown)."""
    try:
        data = yaml.safe_load((site / "space.yaml").read_text("utf-8"))
    except (OSError, yaml.YAMLError):
        return "en"
    language = str(data.get("language", "")) if isinstance(data, dict) else ""
    base = language.replace("-", "_").split("_")[0].lower()
    return base if base in MESSAGES else "en"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="cowork test",
        description="Check a space's site as its visitors and its CI would see it.",
    )
    parser.add_argument("--site", type=Path, default=Path(), metavar="DIR")
    args, pytest_args = parser.parse_known_args(argv)
    site = args.site.resolve()
    if not (site / "pelicanconf.py").is_file():
        sys.stderr.write(
            f"cowork test: {site} has no pelicanconf.py: run it in the site's folder, "
            "or give --site DIR\n"
        )
        return 2
    words = MESSAGES[site_language(site)]
    print(words["start"].format(site=site), flush=True)
    environ = {**os.environ, SITE_VARIABLE: str(site)}
    pytest_args = [a for a in pytest_args if a != "--"]
    pytest = [sys.executable, "-m", "pytest", str(HERE), "-c", str(HERE / "pytest.ini")]
    pytest += ["--rootdir", str(HERE), *pytest_args]
    with tempfile.TemporaryDirectory() as scratch:
        outcomes = Path(scratch) / "outcomes"
        environ[OUTCOMES_VARIABLE] = str(outcomes)
        status = subprocess.run(pytest, env=environ, check=False).returncode
        passed, skipped, left_out = (
            map(int, outcomes.read_text("utf-8").split()) if outcomes.exists() else (0, 0, 0)
        )
    if status == NO_TESTS:
        print(words["none"])
        return 1
    if status != 0:
        print(words["failed"])
        return status
    if passed == 0:
        # Every check skipped (no Chromium, outside CI), or `--collect-only` and the like:
        # pytest is content, but nothing was checked.
        print(words["all_skipped"].format(skipped=skipped) if skipped else words["nothing"])
        return 1
    # A part of the check is not the check: a `-k` in a space's CI must not read as the whole.
    if skipped:
        more = [words["more_left_out"].format(left_out=left_out)] if left_out else []
        print(" ".join([words["skipped"].format(skipped=skipped), *more]))
    elif left_out:
        print(words["partial"].format(ran=passed, total=passed + left_out))
    else:
        print(words["passed"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
