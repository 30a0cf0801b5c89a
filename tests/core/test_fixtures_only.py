"""The kit's tests never read the demo at the repository's root: they build tests/fixtures/sample/.

A space that replaces La Navette's content, members and events (or its `space.yaml` and settings)
must keep a green suite. So every test module is read as code, and each place that names the
repository's root (`ROOT` from tests/sites.py, or `Path(__file__)` climbed up to it) may only go on
to the kit's own files: its code, README, Makefile, requirements and pipelines. Anything else
(`ROOT / "members"`, `run_pelican(ROOT, ...)`, `cwd=ROOT`, `ROOT / name`) is reported with its
line. A relative path such as `Path("members")` is reported too: tests run in the repository.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.sites import ROOT

TESTS = ROOT / "tests"
MODULES = sorted(
    p
    for p in TESTS.rglob("*.py")
    if "__pycache__" not in p.parts and not p.is_relative_to(TESTS / "fixtures")
)
KIT_FILES = {
    ".ci", ".github", ".gitlab-ci.yml", ".venv", "CHANGELOG.md", "CODEOWNERS",
    "CONTRIBUTING.md", "LICENSE", "Makefile", "README.md", "plugins", "pyproject.toml",
    "requirements.txt", "tests",
}  # fmt: skip
"""What a test may read at the repository's root: the kit's own files, never the demo's."""
DEMO_FILES = {"content", "members", "events", "space.yaml", "pelicanconf.py", "publishconf.py"}
"""The demo's data and settings, which a space replaces with its own (for the messages)."""
EXEMPT = {
    ("tests/core/test_readme.py", "ROOT.joinpath(*parents)"): (
        "the README's layout of this repository names paths that exist (it reads no file)"
    ),
    ("tests/site/test_sitecheck.py", "git.Repo(ROOT)"): (
        "the issue's own test of the demo: its tracked files copied, its content, members and "
        "events replaced by others, and the site check passes"
    ),
    ("tests/site/test_sitecheck.py", "ROOT / name"): "the same copy of the demo's tracked files",
    ("tests/benchmarks/bench_tests.py", "cwd=ROOT"): (
        "`make bench` timing this checkout's own `make test-fast` and `make test`, as run here"
    ),
}
"""Uses of the root that the rules cannot follow, each with why it reads nothing of the demo."""
NAMING = {"as_uri", "as_posix", "parent"}
"""What only names the root (the kit's place, for `cowork init --kit`) or leaves it."""
WALKING = {"joinpath", "glob", "rglob"}
READING = {
    "read_text", "read_bytes", "open", "exists", "is_file", "is_dir", "iterdir", "glob", "rglob",
    "resolve", "stat",
}  # fmt: skip
"""What makes a relative path read the file it names."""


def demo_reads(source: str, path: Path) -> list[str]:
    """Every place of the module at `path` that may reach the root's files other than the kit's:
    `line: code: why`, from its `source`."""
    tree = ast.parse(source, str(path))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    roots = _root_names(tree, path)
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.expr):
            continue
        if _is_root(node, roots, path):
            why = _why_not_allowed(node, parents)
        elif _reads_relative_demo_path(node, parents):
            why = "a relative path: tests run in the repository, so it reads the demo's file"
        else:
            continue
        if why is None:
            continue
        code = ast.unparse(_use(node, parents))
        relpath = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
        if (relpath, code) not in EXEMPT:
            found.append(f"{relpath}:{node.lineno}: {code}: {why}")
    return found


def _use(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.AST:
    """The code that uses `node`, as shown in a finding: `run_pelican(ROOT, ...)`."""
    parent = parents.get(node, node)
    if isinstance(parent, ast.Attribute) and isinstance(parents.get(parent), ast.Call):
        return parents[parent]
    return node if isinstance(parent, ast.stmt) else parent


def _root_names(tree: ast.Module, path: Path) -> set[str]:
    """Names bound to the repository's root: `ROOT` imported from tests.sites, or assigned."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "tests.sites":
            names |= {alias.asname or alias.name for alias in node.names if alias.name == "ROOT"}
        elif isinstance(node, ast.Assign) and _climbs_to_root(node.value, path):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    return names


def _climbs_to_root(node: ast.expr, path: Path) -> bool:
    """True for `Path(__file__).resolve().parents[2]` and the like, when it is the root."""
    steps: list[int] = []
    while True:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr not in {"resolve", "absolute"}:
                return False
            node = node.func.value
        elif isinstance(node, ast.Attribute) and node.attr == "parent":
            steps.append(1)
            node = node.value
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "parents"
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, int)
        ):
            steps.append(node.slice.value + 1)
            node = node.value.value
        else:
            break
    is_file = (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Path"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id == "__file__"
    )
    return is_file and bool(steps) and path.resolve().parents[sum(steps) - 1] == ROOT


def _is_root(node: ast.AST, roots: set[str], path: Path) -> bool:
    if isinstance(node, ast.Name):
        return node.id in roots and isinstance(node.ctx, ast.Load)
    if isinstance(node, ast.Attribute) and node.attr == "ROOT":
        return True
    return isinstance(node, ast.expr) and _climbs_to_root(node, path)


def _why_not_allowed(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> str | None:
    """None when this use of the root goes on to a kit file or only names the root."""
    parent = parents.get(node)
    # str(ROOT) is still the root, named as text.
    if _calls(parent, {"str"}) and isinstance(parent, ast.Call) and parent.args == [node]:
        node, parent = parent, parents.get(parent)
    if isinstance(parent, ast.Assign | ast.FormattedValue | ast.Compare):
        return None  # a root name defined, or the root's place written in a text
    if isinstance(parent, ast.keyword) and parent.arg == "kit":
        return None  # `cowork init --kit`: the kit installed from this checkout
    if _calls(parent, {"relative_to", "is_relative_to"}) and node in getattr(parent, "args", []):
        return None  # a path under the root, named from it
    if isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Div) and parent.left is node:
        return _why_not_kit(parent.right)
    if isinstance(parent, ast.Attribute) and parent.value is node:
        if parent.attr in NAMING:
            return None
        call = parents.get(parent)
        if parent.attr in WALKING and isinstance(call, ast.Call) and call.args:
            return _why_not_kit(call.args[0])
        return f"the root's .{parent.attr}: only its kit files may be read"
    if isinstance(parent, ast.keyword):
        return f"the root given as {parent.arg}=: a site there is the demo"
    return "the root itself given on: a site there is the demo; build tests/fixtures/sample/"


def _calls(node: ast.AST | None, names: set[str]) -> bool:
    """True for a call of one of `names`, as a function (`str(x)`) or a method (`p.glob(x)`)."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)) in names


def _why_not_kit(part: ast.expr) -> str | None:
    if not (isinstance(part, ast.Constant) and isinstance(part.value, str)):
        return "a path the check cannot read: name a kit file with a literal"
    first = part.value.split("/", 1)[0]
    if first in KIT_FILES:
        return None
    if first in DEMO_FILES:
        return f"{first} is the demo's: use the sample (tests.sites.SAMPLE, copy_sample)"
    return f"{first} is not one of the kit's files (KIT_FILES)"


def _reads_relative_demo_path(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """`open("space.yaml")`, `Path("members").glob(...)`: read against the working directory.
    (`Path("space.yaml")` alone may only name a file in a message.)"""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
        return False
    first = node.args[0]
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return False
    if first.value.split("/", 1)[0] not in DEMO_FILES:
        return False
    parent = parents.get(node)
    reads = isinstance(parent, ast.Attribute) and parent.attr in READING
    return node.func.id == "open" or (node.func.id == "Path" and reads)


def test_no_test_reads_the_demo() -> None:
    # One test for every module, every finding in one run (a test per module made a hundred
    # tests of a millisecond each, and pytest's own work around each cost more).
    assert [
        found for module in MODULES for found in demo_reads(module.read_text("utf-8"), module)
    ] == []


def test_every_test_module_is_read() -> None:
    names = {p.relative_to(TESTS).as_posix() for p in MODULES}
    assert {"conftest.py", "sites.py", "core/test_fixtures_only.py"} <= names
    assert {"site/test_members_build.py", "browser/test_browser_members.py"} <= names


# What the suite did before it had its own sample site: each of these read the demo.
READING_THE_DEMO = {
    "run_pelican(ROOT, tmp / 'output')": "the root itself given on",
    "run_pelican(ROOT, tmp / 'p', 'publishconf.py')": "the root itself given on",
    "shutil.copy(ROOT / name, dest / name)": "a path the check cannot read",
    "shutil.copytree(ROOT / 'members', dest)": "members is the demo's",
    "SAMPLES = [*ROOT.glob('members/*.yaml')]": "members is the demo's",
    "text = (ROOT / 'pelicanconf.py').read_text()": "pelicanconf.py is the demo's",
    "settings = KitSettings(ROOT)": "the root itself given on",
    "subprocess.run(['cowork', 'check'], cwd=ROOT)": "the root given as cwd=",
    "space = load_space(ROOT / 'space.yaml', tmp)": "space.yaml is the demo's",
    "files = list(ROOT.iterdir())": "the root's .iterdir",
    "members = list(Path('members').glob('*.yaml'))": "a relative path",
    "with open('space.yaml') as f: pass": "a relative path",
}


@pytest.mark.parametrize("code", READING_THE_DEMO)
def test_reading_the_demo_is_found(code: str, tmp_path: Path) -> None:
    source = f"from tests.sites import ROOT\n{code}\n"
    (found,) = demo_reads(source, tmp_path / "test_x.py")
    assert found.startswith("test_x.py:2: ") and READING_THE_DEMO[code] in found


def test_a_root_climbed_to_from_file_is_followed() -> None:
    module = ROOT / "tests" / "core" / "test_x.py"
    source = "kit = Path(__file__).resolve().parents[2]\nkit / 'README.md'\nkit / 'events'\n"
    (found,) = demo_reads(source, module)
    assert found.startswith("tests/core/test_x.py:3: kit / 'events': events is the demo's")
    # One level short is tests/, not the root.
    assert demo_reads(source.replace("[2]", "[1]"), module) == []


def test_the_kits_own_files_may_be_read(tmp_path: Path) -> None:
    source = (
        "from tests.sites import ROOT as R\n"
        "README = (R / 'README.md').read_text()\n"
        "forms = (R / '.github' / 'workflows').glob('*.yml')\n"
        "code = R.joinpath('plugins', 'cowork')\n"
        "name = f'--kit={R}'\n"
        "uri = R.as_uri()\n"
        "init(target, kit=str(R))\n"
        "shown = path.relative_to(R)\n"
        "problems = parse_yaml(text, Path('space.yaml'), 'space.yaml')\n"
    )
    assert demo_reads(source, tmp_path / "test_x.py") == []
