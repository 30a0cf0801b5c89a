"""The Nu HTML Checker (vnu.jar, run with Java): where it is, and its errors in a few files.

`make test` installs vnu.jar with npm into `.venv/vnu/` and passes its path as `VNU_JAR`; without
it, the jar is looked for in the running virtual environment's `vnu/` folder, where the Makefile
puts it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

JAR_IN_VENV = Path("vnu/node_modules/vnu-jar/build/dist/vnu.jar")
JAVA_OPTIONS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss8m")
"""A run checks a few pages and ends: Java's quick compiler alone (its optimising one pays off
only in long runs) and the simplest collector halve its time. The quick compiler's frames are
larger, and the checker's schemas recurse deeply: hence a larger stack."""


def vnu_jar(environ: Mapping[str, str]) -> Path:
    """Where vnu.jar should be: `VNU_JAR`, else the virtual environment's `vnu/` folder."""
    return Path(environ.get("VNU_JAR") or Path(sys.prefix) / JAR_IN_VENV)


def vnu_command(environ: Mapping[str, str]) -> tuple[list[str] | None, str]:
    """The command that runs the checker, or None and what is missing, said for people."""
    java = shutil.which("java")
    jar = vnu_jar(environ)
    if not java:
        return None, "java not found: the Nu HTML Checker needs a Java runtime"
    if not jar.is_file():
        return (
            None,
            f"vnu.jar not found at {jar} (`make test` installs it with npm; or set VNU_JAR)",
        )
    return [java, *JAVA_OPTIONS, "-jar", str(jar)], ""


def vnu_errors(command: Sequence[str], root: Path, paths: Sequence[Path] = ()) -> list[str]:
    """Every error vnu finds in `paths` (default: every HTML file under `root`), as
    'file:line: message' with files relative to `root`.

    One Java run checks every file: starting the JVM once per page would take minutes.
    """
    targets = [str(p) for p in paths] or [str(root)]
    full = [*command, "--errors-only", "--format", "json", "--skip-non-html", *targets]
    result = subprocess.run(full, capture_output=True, text=True, check=False)
    # vnu writes its JSON report to stderr, and exits 1 when it found errors.
    if not result.stderr.strip():
        return [f"the Nu HTML Checker printed no report (exit status {result.returncode})"]
    found = []
    for message in json.loads(result.stderr)["messages"]:
        file = Path(unquote(urlsplit(message.get("url", "")).path))
        where = file.relative_to(root.resolve()).as_posix() if file.is_absolute() else file
        found.append(f"{where}:{message.get('lastLine', '?')}: {message['message']}")
    return found
