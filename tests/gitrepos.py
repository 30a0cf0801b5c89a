"""Real git repositories for the pull-request tests, built with GitPython in a temporary folder.

`SpaceRepo` holds a tiny site (settings, two members of whom one editor, an event, a theme file)
committed on `main`; tests branch off it, commit as different people and run `cowork check`.
"""

from __future__ import annotations

import atexit
import io
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import git
from cowork.cli import main

SETTINGS = """\
PATH = "content"
MEMBERS_PATH = "members"
EVENTS_PATH = "events"
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
REPOSITORY_URL = "https://github.com/la-navette/site"
"""

EDITOR = """\
name: Camille Martin
role: editor
joined: 2019-03-01
consent:
  directory: 2026-01-10
"""

MEMBER = """\
name: Samira Benali
title: Comptable
joined: 2021-06-14
consent:
  directory: 2026-02-01
"""

EVENT = """\
title: OpenCoffee
start: 2026-12-03 08:30
duration: 1h30
organizers: [camille-martin]
uid: 6f1c1e7e-2b49-4f4e-9a59-0f7c3c1f3a10
"""


def event(title: str, *organizers: str) -> str:
    """A valid event file, organised by `organizers`."""
    handles = ", ".join(organizers)
    return f"title: {title}\nstart: 2026-12-10 18:00\nduration: 1h\norganizers: [{handles}]\n"


BASE_FILES = {
    "pelicanconf.py": SETTINGS,
    "members/camille-martin.yaml": EDITOR,
    "members/samira-benali.yaml": MEMBER,
    "events/opencoffee.yaml": EVENT,
    "theme/templates/base.html": "<!doctype html>\n",
    "content/pages/a-propos.md": "Title: À propos\n\nLa Navette.\n",
}


@dataclass(frozen=True)
class Result:
    status: int
    out: str
    err: str


_TEMPLATES: dict[tuple[tuple[str, str | bytes], ...], Path] = {}
"""Each set of base files committed once per test process: a test copies the repository."""


def _template(files: Mapping[str, str | bytes]) -> Path:
    key = tuple(sorted(files.items()))
    if key not in _TEMPLATES:
        folder = Path(tempfile.mkdtemp(prefix="cowork-space-"))
        atexit.register(shutil.rmtree, folder, True)
        space = SpaceRepo.__new__(SpaceRepo)
        space._create(folder / "space", files)
        space.repo.close()
        _TEMPLATES[key] = folder / "space"
    return _TEMPLATES[key]


class SpaceRepo:
    def __init__(self, root: Path, files: Mapping[str, str | bytes] = BASE_FILES) -> None:
        # A copy of a repository made once: `git init` and the first commit cost more than the
        # tests that use them.
        shutil.copytree(_template(files), root, symlinks=True, dirs_exist_ok=True)
        self.root = root
        self.repo = git.Repo(root)

    def _create(self, root: Path, files: Mapping[str, str | bytes]) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.repo = git.Repo.init(root, initial_branch="main")
        with self.repo.config_writer() as config:
            config.set_value("user", "name", "Test")
            config.set_value("user", "email", "test@example.invalid")
            config.set_value("core", "ignorecase", "false")
            config.set_value("gc", "auto", "0")
        for path, text in files.items():
            self.write(path, text)
        self.commit("Base of the site", "camille-martin")

    def write(self, path: str, text: str | bytes) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, "utf-8")

    def delete(self, path: str) -> None:
        self.repo.index.remove([path], working_tree=True)

    def rename(self, old: str, new: str) -> None:
        self.repo.git.mv(old, new)

    def commit(self, message: str, login: str) -> None:
        # Plain git, as a member commits: GitPython's index.commit costs several times more.
        email = f"{login}@example.invalid"
        people = {"GIT_AUTHOR_NAME": login, "GIT_AUTHOR_EMAIL": email}
        people |= {"GIT_COMMITTER_NAME": login, "GIT_COMMITTER_EMAIL": email}
        self.repo.git.add("-A")
        self.repo.git.commit("-q", "--allow-empty", "--no-verify", "-m", message, env=people)

    def branch(self, name: str) -> None:
        """A pull-request branch, from main."""
        self.repo.git.checkout("-b", name, "main")

    def cowork(self, *args: str, env: Mapping[str, str] | None = None) -> Result:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--settings", str(self.root / "pelicanconf.py"), *args]
        # English unless a test asks otherwise (see tests/conftest.py).
        status = main(argv, environ={"COWORK_LANG": "en", **(env or {})}, out=out, err=err)
        return Result(status, out.getvalue(), err.getvalue())

    def check_pr(self, author: str, *args: str, env: Mapping[str, str] | None = None) -> Result:
        return self.cowork("check", "--base", "main", "--author", author, *args, env=env)
