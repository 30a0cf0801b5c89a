"""`cowork check --base` loads only what the pull request needs: it runs on every pull request of
every space, and most of a command's time is its imports.

Each check runs in a fresh interpreter, as CI runs it, over a real repository in a real space's
layout (settings made by `cowork_pelican.conf` from a `space.yaml`); the child reports the modules
it loaded. A pull request that changes one member's title must load neither Pelican nor Jinja,
Pillow, Markdown, GitPython, an HTTP client, the calendar, the recaps, the scaffolding, the output
formats it does not print, logging or OpenSSL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gitrepos import BASE_FILES, MEMBER, SpaceRepo
from tests.home_site import SPACE

SITE_SETTINGS = (
    "from cowork_pelican.conf import site_settings\n\nglobals().update(site_settings(__file__))\n"
)

# The command in a child process; it prints its exit status, output and every module loaded.
CHILD = """
import io, json, sys
from cowork.cli import main
out, err = io.StringIO(), io.StringIO()
status = main(sys.argv[1:], out=out, err=err)
print(json.dumps([status, out.getvalue(), sorted(sys.modules)]))
"""

NOT_NEEDED = {
    "pelican": "Pelican",
    "jinja2": "Jinja",
    "PIL": "Pillow",
    "markdown": "Python-Markdown",
    "nh3": "nh3",
    "git": "GitPython",
    "urllib.request": "an HTTP client",
    "http.client": "an HTTP client",
    "babel.messages": "Babel's catalog reader (the catalogs are read compiled)",
    "cowork.events.load": "the calendar",
    "cowork.recaps.files": "the recaps",
    "cowork.scaffold.init_command": "the scaffolding",
    "cowork.scaffold.answers": "the scaffolding",
    "cowork.scaffold.init": "the scaffolding",
    "cowork.scaffold.member": "the scaffolding",
    "cowork.files.yamltext": "the plain-language pass over YAML that does not parse",
    "logging": "Python's logging (the check prints its report itself)",
    "hashlib": "OpenSSL's hashes (the check keeps no cache)",
    "cowork.check.formats.gitlab": "the formats not asked for",
    "cowork.check.formats.github": "the formats not asked for",
}


def loaded_by_check(space: SpaceRepo, author: str, *extra: str) -> tuple[int, str, set[str]]:
    argv = ["--settings", str(space.root / "pelicanconf.py"), "check", "--base", "main"]
    argv += ["--author", author, *extra]
    environ = {**os.environ, "COWORK_LANG": "fr"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *argv],
        cwd=space.root,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    )
    status, out, modules = json.loads(done.stdout.splitlines()[-1])
    return status, out, set(modules)


def unwanted(modules: set[str]) -> list[str]:
    return sorted(
        f"{name} ({what})"
        for name, what in NOT_NEEDED.items()
        if any(m == name or m.startswith(f"{name}.") for m in modules)
    )


@pytest.fixture
def space(tmp_path: Path) -> SpaceRepo:
    files = {**BASE_FILES, "pelicanconf.py": SITE_SETTINGS, "space.yaml": SPACE}
    space = SpaceRepo(tmp_path / "space", files)
    space.branch("title")
    space.write("members/samira-benali.yaml", MEMBER.replace("Comptable", "Expert-comptable"))
    space.commit("New title", "samira-benali")
    return space


def test_a_one_member_pull_request_loads_only_what_its_check_needs(space: SpaceRepo) -> None:
    status, out, modules = loaded_by_check(space, "samira-benali")
    assert status == 0, out
    assert "Aucun problème trouvé." in out  # checked, and said in the site's language
    assert unwanted(modules) == []
    assert "cowork_pelican.conf" in modules  # the settings, as a space writes them
    # The changed file passed its schema's generated code: jsonschema, a third of the command's
    # time, had nothing to find (tests/core/test_fast_schema.py: it never would have).
    assert "cowork.files.schemacode.member" in modules
    assert not any(m == "jsonschema" or m.startswith("jsonschema.") for m in modules)
    # The kit reads its own files (schemas, catalogs) by path, and asks the zone database
    # about the one zone its settings name, rather than list it (`cowork.files.names`).
    assert "importlib.resources" not in modules


def test_a_file_with_problems_is_checked_by_jsonschema_in_the_same_words(space: SpaceRepo) -> None:
    text = MEMBER.replace("2021-06-14", "2021-02-30") + "skils: [compta]\n"
    space.write("members/samira-benali.yaml", text)
    space.commit("Skills", "samira-benali")
    status, out, modules = loaded_by_check(space, "samira-benali")
    assert status == 1
    assert out == (
        "Erreurs :\n"
        "members/samira-benali.yaml:3: joined: « joined » est gardé par les éditeur·rices : un "
        "membre ne peut pas l’ajouter, le modifier ni le retirer (il a été modifié ici)\n"
        "    conseil : annulez cette ligne ; demandez à un·e éditeur·rice s’il faut la changer\n"
        "members/samira-benali.yaml:3: joined: attendu une date écrite AAAA-MM-JJ, trouvé "
        "« 2021-02-30 »\n"
        "members/samira-benali.yaml:6: skils: clé inconnue « skils »\n"
        "    conseil : vouliez-vous dire « skills » ?\n"
        "\n"
        "3 erreurs. Corrigez ces points, puis vérifiez à nouveau avec :\n"
        "    .venv/bin/cowork check --base main --author samira-benali\n"
    )
    assert "jsonschema" in modules
    assert unwanted(modules) == []


def test_as_the_gate_runs_it_too(space: SpaceRepo) -> None:
    space.repo.git.checkout("main")
    status, out, modules = loaded_by_check(space, "samira-benali", "--head", "title")
    assert status == 0, out
    assert unwanted(modules) == []


def test_markdown_is_loaded_when_the_changed_file_has_some(space: SpaceRepo) -> None:
    # The other side of the test above: a bio is Markdown, and is read as such.
    bio = "bio: |\n  Comptable *indépendante* depuis 2015.\n"
    space.write("members/samira-benali.yaml", MEMBER + bio)
    space.commit("Bio", "samira-benali")
    status, out, modules = loaded_by_check(space, "samira-benali")
    assert status == 0, out
    # (Python-Markdown logs through `logging`.)
    assert [name.split()[0] for name in unwanted(modules)] == ["logging", "markdown", "nh3"]


def test_the_site_checks_launcher_loads_neither_pytest_nor_pelican() -> None:
    """`cowork test` runs the launcher, which runs pytest in a child: it only reads the site's
    language and prints the verdict, and every space's check waits on its start."""
    child = "import json, sys\nimport cowork_pelican.sitecheck.__main__\n"
    child += "print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout))
    assert {"pytest", "_pytest", "pelican", "playwright"} & loaded == set()
