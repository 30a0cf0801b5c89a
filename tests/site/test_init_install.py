"""A new site's own `make html` and `make test` from nothing, as on a fresh machine: a new .venv
from its requirements.txt (the kit installed from this folder), the build, then the whole site
check (`cowork test`: data, builds, links, feeds, the Nu HTML Checker, axe in Chromium) and the
site's own tests. The slowest test of the suite: in a module of its own, so that pytest-xdist
gives it a worker while the others share the rest."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cowork.scaffold.pins import kit_requirement
from cowork_pelican.sitecheck.vnu import vnu_jar

from tests.site.test_init import ENGLISH, cowork_init
from tests.sites import FIXED_NOW

pytestmark = pytest.mark.slow


@pytest.mark.install
@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_html_and_make_test_work_from_nothing(tmp_path: Path) -> None:
    """The new site as on a fresh machine: `make html` makes .venv from requirements.txt (the
    kit from this checkout) and builds; `make test` runs the site check, then the site's own
    tests."""
    source = cowork_init(ENGLISH, tmp_path / "site")
    # A space may add tests of its own: `make test` runs them after the site check.
    (source / "tests" / "test_own.py").write_text(
        "from pathlib import Path\n\n\ndef test_own() -> None:\n"
        "    assert (Path(__file__).parents[1] / 'space.yaml').is_file()\n",
        "utf-8",
    )
    # As on a fresh machine: nothing of this checkout's environment or of a calling make.
    unset = {"VIRTUAL_ENV", "PYTHONPATH", "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "VNU_JAR"}
    unset |= {"PYTEST_ARGS", "SITECHECK_ARGS", "JOBS"}  # what a caller may give this make
    environ = {k: v for k, v in os.environ.items() if k not in unset} | {"COWORK_NOW": FIXED_NOW}
    # vnu.jar from this checkout's make test, if it has one, rather than from npm again.
    jar = vnu_jar(os.environ).resolve()
    for target in ("html", "test"):
        make = ["make", target, *([f"VNU_JAR={jar}"] if jar.is_file() and target == "test" else [])]
        done = subprocess.run(make, cwd=source, env=environ, capture_output=True, text=True)
        assert done.returncode == 0, f"make {target}:\n{done.stdout}{done.stderr}"
    assert "The Hive opens its doors" in (source / "output" / "index.html").read_text("utf-8")
    assert re.search(r"\b11 passed\b", done.stdout), done.stdout
    assert "The site check passed." in done.stdout
    assert re.search(r"\b1 passed in\b", done.stdout), done.stdout
    # The kit installed holds none of the bytecode compiled in this checkout: the skeleton's
    # settings, which no process of the site imports, come as text only.
    kit = next((source / ".venv" / "lib").glob("python3*/site-packages/cowork"))
    assert [p.name for p in (kit / "scaffold" / "skeleton").rglob("*.pyc")] == []


def test_a_local_kit_changed_since_the_last_install_is_installed_as_it_is_now(
    tmp_path: Path,
) -> None:
    """A local kit in a folder named like a release (`cowork-site-kit`): pip kept the wheel it
    built from such a folder, and installed that old wheel ever after."""
    kit = tmp_path / "cowork-site-kit"
    kit.mkdir()
    (kit / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "cowork-site-kit"\nversion = "0.0.1"\n'
        '[tool.setuptools]\npy-modules = ["kitmark"]\n',
        "utf-8",
    )
    requirements = tmp_path / "requirements.txt"
    requirements.write_text(kit_requirement(str(kit), tmp_path) + "\n", "utf-8")
    # pip's own cache for this test: what an earlier run left there changes nothing.
    environ = {**os.environ, "PIP_CACHE_DIR": str(tmp_path / "cache")}
    for mark in ("first", "second"):
        (kit / "kitmark.py").write_text(f"MARK = {mark!r}\n", "utf-8")
        target = tmp_path / mark
        install = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
        install += ["--no-build-isolation", "--target", str(target), "-r", str(requirements)]
        done = subprocess.run(install, env=environ, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        assert (target / "kitmark.py").read_text("utf-8") == f"MARK = {mark!r}\n"
