"""The pull-request comment (`--format comment`): every problem with its fix, in the site's
language, and what happens next when all is well. The workflow posts it and edits it on push."""

from __future__ import annotations

from pathlib import Path

import pytest
from cowork.check.formats.comment import MARKER, body, escape
from cowork.problems import Problem, Severity
from cowork.text.messages import verbatim

from tests.gitrepos import BASE_FILES, SpaceRepo

FIVE_MISTAKES = """\
name: Prénom Nom
 title: Développeur
skills:[python, git]
links:
  website: http://lucas.example
consent:
  directory: 12/03/2025
"""

COMMENT = """\
<!-- cowork-check -->
### ❌ 5 problèmes à corriger avant la fusion

**`members/lucas-petit.yaml`**

- ligne 1, `name` : attendu votre nom, trouvé celui du modèle, « Prénom Nom »
  - À faire : écrivez votre nom tel qu’il doit apparaître dans l’annuaire
- ligne 2 : cette ligne commence par 1 espace de trop \\(peut-être laissée en retirant un \\#\\) : \
YAML la lit comme la suite de la ligne du dessus
  - À faire : retirez l’espace en début de ligne, pour que « title » s’aligne sur la ligne du \
dessus
- ligne 3 : pas d’espace après les deux-points de « skills » : YAML lit \
« skills:\\[python, git\\] » comme un seul mot
  - À faire : mettez une espace après les deux-points : skills: \\[python, git\\]
- ligne 5, `links.website` : attendu une adresse https://, trouvé « http://lucas.example »
  - À faire : écrivez plutôt https:// : https://lucas.example
- ligne 7, `consent.directory` : attendu une date écrite AAAA-MM-JJ, trouvé « 12/03/2025 »
  - À faire : écrivez d’abord l’année : 2025-03-12

Corrigez ces points dans vos fichiers, puis enregistrez un nouveau commit sur la même branche \
(le bouton « Commit changes » de GitHub suffit) : la vérification repart toute seule et ce \
commentaire est mis à jour. Une question ? Répondez ici, un·e éditeur·rice vous aidera.
"""

SITE_LANGUAGE = {"COWORK_LANG": ""}
"""No override: the comment speaks the site's language, as in CI (see tests/conftest.py)."""


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    return SpaceRepo(tmp_path / "space")


def test_a_newcomer_with_five_mistakes_reads_them_all_with_their_fixes(space: SpaceRepo) -> None:
    space.branch("join")
    space.write("members/lucas-petit.yaml", FIVE_MISTAKES)
    space.commit("Join", "lucas-petit")
    result = space.check_pr("lucas-petit", "--format", "comment", env=SITE_LANGUAGE)
    assert (result.status, result.out) == (1, COMMENT)


def test_a_dutch_site_comments_in_dutch(tmp_path: Path) -> None:
    files = {
        **BASE_FILES,
        "pelicanconf.py": BASE_FILES["pelicanconf.py"].replace('"fr"', '"nl_BE"'),
    }
    space = SpaceRepo(tmp_path / "space", files)
    space.branch("join")
    space.write("members/lucas-petit.yaml", FIVE_MISTAKES)
    space.commit("Join", "lucas-petit")
    out = space.check_pr("lucas-petit", "--format", "comment", env=SITE_LANGUAGE).out
    assert out.startswith(f"{MARKER}\n### ❌ 5 problemen op te lossen vóór het samenvoegen\n")
    assert "- regel 5, `links.website`: verwacht een https://-adres, gevonden " in out
    assert "  - Te doen: schrijf eerst het jaar: 2025-03-12\n" in out
    assert "Antwoord hier, iemand van de redactie helpt je." in out


def test_when_all_is_well_the_comment_says_what_happens_next(space: SpaceRepo) -> None:
    space.branch("join")
    space.write(
        "members/lucas-petit.yaml", "name: Lucas Petit\nconsent:\n  directory: 2026-11-20\n"
    )
    space.commit("Join", "lucas-petit")
    result = space.check_pr("lucas-petit", "--format", "comment", env=SITE_LANGUAGE)
    assert result.status == 0
    assert result.out == (
        f"{MARKER}\n### ✅ Tout est en ordre\n\nMerci ! Et maintenant : un·e éditeur·rice de "
        "l’espace relit votre proposition et la fusionne ; le site est mis à jour dans la "
        "journée. Vous n’avez rien d’autre à faire.\n"
    )


def test_the_comment_is_in_the_sites_language(tmp_path: Path) -> None:
    files = {
        **BASE_FILES,
        "pelicanconf.py": BASE_FILES["pelicanconf.py"].replace('"fr"', '"en"'),
    }
    space = SpaceRepo(tmp_path / "space", files)
    space.branch("join")
    space.write("members/lucas-petit.yaml", "name: Lucas\n title: Dev\n")
    space.commit("Join", "lucas-petit")
    out = space.check_pr("lucas-petit", "--format", "comment", env=SITE_LANGUAGE).out
    assert out.startswith(f"{MARKER}\n### ❌ 1 problem to fix before merging\n")
    assert "- line 2: this line starts with 1 space too many" in out
    assert "  - To do: remove the space at the start of the line" in out


def test_what_members_wrote_cannot_mention_link_or_inject_html() -> None:
    hostile = "found '@camille-martin <img src=x onerror=alert(1)> [clic](https://evil.example)'"
    text = body([Problem("members/x.yaml", 3, "bio", verbatim(hostile))], "fr")
    assert "@camille-martin" not in text and "<img" not in text and "](" not in text
    assert escape(hostile) in text
    assert escape("@ana") == "@&#8288;ana"


def test_warnings_are_listed_apart_and_do_not_block() -> None:
    warning = Problem(
        "members/x.yaml",
        4,
        "avatar",
        verbatim("not published"),
        Severity.WARNING,
        verbatim("add it"),
    )
    text = body([warning], "fr")
    assert "### ✅ Tout est en ordre" in text
    assert text.endswith(
        "#### À vérifier (n’empêche pas la fusion)\n\n**`members/x.yaml`**\n\n"
        "- ligne 4, `avatar` : not published\n  - À faire : add it\n"
    )
