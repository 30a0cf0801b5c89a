"""`make serve`: a local preview that rebuilds and reloads the browser on every change.

Pelican's own autoreload watches only `content/`, the theme and the settings; the kit's data lives
in `members/` and `events/` too, so this watches everything a page can depend on, runs a full build
(in a subprocess, so each build starts from a clean state) and lets livereload refresh the page.
A failed build keeps the last good site on screen and prints why.
"""

from __future__ import annotations

import argparse
import runpy
import subprocess
import sys
from pathlib import Path

from livereload import Server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make serve", description=__doc__)
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)

    settings_file = Path(args.settings).resolve()
    root = settings_file.parent
    settings = runpy.run_path(str(settings_file))
    output = root / settings.get("OUTPUT_PATH", "output")
    watched = [
        root / settings.get("PATH", "content"),
        root / settings.get("THEME", "theme"),
        root / "theme",  # the site's own template overrides and custom.css
        *(Path(p) for p in settings.get("WATCH_PATHS", [])),
        settings_file,
        root / "pelicanconf.py",
    ]

    def build() -> None:
        command = [sys.executable, "-m", "pelican", "-s", str(settings_file)]
        subprocess.run(command, cwd=root, check=False)

    build()
    server = Server()
    for path in dict.fromkeys(watched):
        if path.exists():
            server.watch(str(path), build, delay=0.3)
    server.serve(host=args.host, port=args.port, root=str(output), open_url_delay=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
