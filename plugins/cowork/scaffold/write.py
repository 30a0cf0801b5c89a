"""Writing a scaffolded file: never over another one (in any letter case), with the
`yaml-language-server` line that gives editors completion from the format's schema."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cowork.errors import CoworkError
from cowork.settings import KitSettings
from cowork.text.messages import Message, msg


class ScaffoldError(CoworkError):
    """The file cannot be written (it exists, or what it is made from cannot be read)."""


@dataclass(frozen=True)
class Scaffolded:
    """A file written by `cowork new`, and what to do next."""

    path: Path
    next_steps: tuple[Message, ...]


def schema_comment(settings: KitSettings, target_dir: Path, name: str) -> str:
    """The `yaml-language-server` line for editors' completion, when the schema is shipped."""
    schema = settings.root / "plugins" / "cowork" / "schemas" / f"{name}.schema.json"
    if not schema.exists():
        return ""
    up = Path(*[".."] * len(target_dir.relative_to(settings.root).parts))
    relative = up / schema.relative_to(settings.root)
    return f"# yaml-language-server: $schema={relative.as_posix()}\n"


def write_new(path: Path, text: str) -> None:
    """Create `path` with `text`; refuse if anything is already there (any letter case)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    clash = _existing_any_case(path)
    if clash is not None:
        raise ScaffoldError(
            msg("{path} already exists: nothing was written (edit it instead)", path=str(clash))
        )
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)


def _existing_any_case(path: Path) -> Path | None:
    if path.exists():
        return path
    lower = path.name.lower()
    return next((p for p in path.parent.iterdir() if p.name.lower() == lower), None)
