"""A new site's `requirements.txt`: the kit, then the exact version of everything the kit installs
(its dependencies and its `check` extras, what `cowork test` needs, and theirs), read from the
environment `cowork init` runs in, so that the new site builds with the versions the kit was
tested with. The kit's own development tools (its `test` extras: linters, type checker) are not
a site's business.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from cowork import __version__
from cowork.errors import CoworkError, UsageError
from cowork.text.messages import msg

DISTRIBUTION = "cowork-site-kit"
KIT_REPOSITORY = "https://github.com/la-navette/site"
"""Where the kit is made and released (tags `v<version>`)."""
EXTRAS = frozenset({"check"})


def kit_version() -> str:
    """This release's version: the package's own, else the installed distribution's."""
    return __version__ or metadata.version(DISTRIBUTION)


def default_kit_spec() -> str:
    """This release, from the kit's repository."""
    return f"{DISTRIBUTION} @ git+{KIT_REPOSITORY}@v{kit_version()}"


def kit_requirement(spec: str, cwd: Path) -> str:
    """The requirement line for `spec`: a local folder or wheel becomes a direct reference to its
    absolute `file://` address (pip reads nothing else from a path); anything else is kept."""
    text = spec.strip()
    if not text or "\n" in spec:
        raise UsageError(
            msg(
                "--kit: expected a requirement or a path, found {spec} (nothing was written)",
                spec=repr(spec),
            )
        )
    path = (cwd / text).expanduser()
    if path.is_dir():
        # pip keeps the wheel it builds from a folder whose name looks like `name-version`
        # (`cowork-site-kit`), and installs that old wheel ever after (pypa/pip#13093). Named by
        # its `.`, the folder never looks like a version, and each install builds it anew.
        return f"{DISTRIBUTION} @ {path.resolve().as_uri()}/."
    if path.exists():
        return f"{DISTRIBUTION} @ {path.resolve().as_uri()}"
    return text


@cache
def pinned_dependencies() -> tuple[str, ...]:
    """`Name==version` for every distribution the kit and its `check` extras need, as
    installed."""
    pins: dict[str, str] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(DISTRIBUTION, EXTRAS)]
    while todo:
        name, extras = todo.pop()
        if (canonicalize_name(name), extras) in seen:
            continue
        seen.add((canonicalize_name(name), extras))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise CoworkError(
                msg(
                    "cannot pin {name}: the kit needs it but it is not installed here (install "
                    "the kit with its check extras: {command})",
                    name=name,
                    command=f"pip install '{DISTRIBUTION}[check]'",
                )
            ) from None
        if canonicalize_name(name) != DISTRIBUTION:
            pins[canonicalize_name(name)] = f"{dist.metadata['Name']}=={dist.version}"
        for text in dist.requires or ():
            requirement = Requirement(text)
            wanted = requirement.marker is None or any(
                requirement.marker.evaluate({"extra": extra}) for extra in {"", *extras}
            )
            if wanted:
                todo.append((requirement.name, frozenset(requirement.extras)))
    # Read once per process: the installed distributions do not change while it runs, and
    # reading their metadata is most of what `cowork init` costs.
    return tuple(sorted(pins.values(), key=str.lower))


def requirements_text(kit_line: str, header: str) -> str:
    """The file: `header` (comment lines), the kit, then the pins."""
    return "\n".join([header.rstrip("\n"), kit_line, *pinned_dependencies()]) + "\n"
