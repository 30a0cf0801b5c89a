"""The pull-request comment (`--format comment`): every problem with its fix, in the site's
language, and what happens next when all is well. The workflow posts it and edits it on push."""

from __future__ import annotations

from pathlib import Path

import pytest
from cowork.check.formats.comment import MARKER, body, escape
from cowork.problems import Problem, Severity

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

- ligne 1, `name` : expected your name, found the template's 'Prénom Nom'
  - À faire : write your name as it should appear in the directory
- ligne 2 : this line starts with 1 space too many \\(perhaps left by removing a \\#\\): YAML \
reads it as part of the line above
  - À faire : remove the space at the start of the line, so that 'title' lines up with the \
line above
- ligne 3 : no space after the colon of 'skills': YAML reads 'skills:\\[python, git\\]' as one word
  - À faire : put a space after the colon: skills: \\[python, git\\]
- ligne 5, `links.website` : expected an https:// address, found 'http://lucas.example'
  - À faire : write https:// instead: https://lucas.example
- ligne 7, `consent.directory` : expected a date written YYYY-MM-DD, found '12/03/2025'
  - À faire : write the year first: 2025-03-12

Corrigez ces points dans vos fichiers, puis enregistrez un nouveau commit sur la même branche \
(le bouton « Commit changes » de GitHub suffit) : la vérification repart toute seule et ce \
commentaire est mis à jour. Une question ? Répondez ici, un·e éditeur·rice vous aidera.
"""


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    return SpaceRepo(tmp_path / "space")


def test_a_newcomer_with_five_mistakes_reads_them_all_with_their_fixes(space: SpaceRepo) -> None:
    space.branch("join")
    space.write("members/lucas-petit.yaml", FIVE_MISTAKES)
    space.commit("Join", "lucas-petit")
    result = space.check_pr("lucas-petit", "--format", "comment")
    assert (result.status, result.out) == (1, COMMENT)


def test_when_all_is_well_the_comment_says_what_happens_next(space: SpaceRepo) -> None:
    space.branch("join")
    space.write(
        "members/lucas-petit.yaml", "name: Lucas Petit\nconsent:\n  directory: 2026-11-20\n"
    )
    space.commit("Join", "lucas-petit")
    result = space.check_pr("lucas-petit", "--format", "comment")
    assert result.status == 0
    assert result.out == (
        f"{MARKER}\n### ✅ Tout est en ordre\n\nMerci ! Et maintenant : un·e éditeur·rice de "
        "l'espace relit votre proposition et la fusionne ; le site est mis à jour dans la "
        "journée. Vous n'avez rien d'autre à faire.\n"
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
    out = space.check_pr("lucas-petit", "--format", "comment").out
    assert out.startswith(f"{MARKER}\n### ❌ 1 problem to fix before merging\n")
    assert "- line 2: this line starts with 1 space too many" in out
    assert "  - To do: remove the space at the start of the line" in out


def test_what_members_wrote_cannot_mention_link_or_inject_html() -> None:
    hostile = "found '@camille-martin <img src=x onerror=alert(1)> [clic](https://evil.example)'"
    text = body([Problem("members/x.yaml", 3, "bio", hostile)], "fr")
    assert "@camille-martin" not in text and "<img" not in text and "](" not in text
    assert escape(hostile) in text
    assert escape("@ana") == "@&#8288;ana"


def test_warnings_are_listed_apart_and_do_not_block() -> None:
    warning = Problem("members/x.yaml", 4, "avatar", "not published", Severity.WARNING, "add it")
    text = body([warning], "fr")
    assert "### ✅ Tout est en ordre" in text
    assert text.endswith(
        "#### À vérifier (n'empêche pas la fusion)\n\n**`members/x.yaml`**\n\n"
        "- ligne 4, `avatar` : not published\n  - À faire : add it\n"
    )
