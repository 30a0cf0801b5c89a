"""`make serve`: a local preview that rebuilds and reloads the browser on every change.

Pelican's own autoreload watches only `content/`, the theme and the settings; the kit's data lives
in `members/` and `events/` too, so this watches everything a page can depend on. Changes are
seen as they happen (`watchfiles`, from the system's file notifications, not by polling), each
build is forked from a process that has already imported Pelican and the kit
(`cowork_pelican.warm`), and livereload refreshes the page as soon as the build is done. Every
build starts from a clean state; a failed build keeps the last good site on screen and prints why.

The preview keeps Pelican's content cache (what its readers made of each article and page, read
again only when the file changed) in `.cache/cowork/pelican/`, in a folder named by the settings
it was read with: the categories, tags and authors it holds carry those settings, so a changed
setting starts a cache of its own. `make clean` removes them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import queue
import runpy
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

import watchfiles
from livereload import Server
from livereload.watcher import Watcher
from tornado.ioloop import IOLoop

from cowork_pelican import warm
from cowork_pelican.build import leftovers, remove_leftovers

STEP_MS = 30
"""How long a burst of changes may pause before the build starts (an editor often writes a file
in two steps: a rename, then its times)."""
QUIET_SECONDS = 1.0
"""How long after a build, with no new change, the site it replaced is deleted."""
MAX_KEPT = 2
"""Replaced sites kept while changes keep coming (an editor that saves every half second): more
are deleted before the next build, since each is a whole site."""


class Changes(Watcher):  # type: ignore[misc]
    """livereload's watcher, fed by `watchfiles` instead of polling every 800 ms: `notify()`
    reloads the browsers at once."""

    def __init__(self, paths: Iterable[Path]) -> None:
        super().__init__()
        for path in paths:
            super().watch(str(path))  # livereload starts watching only if it has tasks
        self._reload: Callable[[], None] = lambda: None

    def start(self, callback: Callable[[], None]) -> bool:
        loop = IOLoop.current()
        self._reload = lambda: loop.add_callback(callback)
        return True  # no polling

    def examine(self) -> tuple[str | None, float | None]:
        return self._changes.pop() if self._changes else (None, None)

    def notify(self) -> None:
        # "__livereload__" reloads even within livereload's 3 s guard against reload storms:
        # the builds are already serialised, one reload per build.
        self._changes.append(("__livereload__", 0))
        self.filepath = "*"
        self._reload()


def watch(
    paths: Iterable[Path],
    recursive: bool,
    changed: queue.Queue[set[str]],
    only: Collection[str] | None = None,
) -> None:
    """Put each burst of changes under `paths` into `changed`, forever (run in a thread); with
    `only`, the changes to those files alone."""
    keep = watchfiles.DefaultFilter() if only is None else (lambda _, path: path in only)
    for changes in watchfiles.watch(
        *paths,
        watch_filter=keep,
        debounce=400,
        step=STEP_MS,
        recursive=recursive,
        raise_interrupt=False,
    ):
        changed.put({path for _, path in changes})


def watched_paths(settings: dict[str, Any], settings_file: Path) -> tuple[list[Path], list[Path]]:
    """The folders a page depends on (watched with their subfolders), and the files (watched
    through their folder, because editors often save a file by replacing it)."""
    root = settings_file.parent
    folders = [
        root / settings.get("PATH", "content"),
        Path(settings.get("THEME", root / "theme")),
        root / "theme",  # the site's own template overrides and custom.css
        *(Path(p) for p in settings.get("WATCH_PATHS", [])),
    ]
    files = [settings_file, root / "pelicanconf.py"]
    files += [path for path in folders if path.is_file()]
    return [p for p in dict.fromkeys(folders) if p.is_dir()], list(dict.fromkeys(files))


CONTENT_CACHE = Path(".cache") / "cowork" / "pelican"
"""Relative to the site's root; `make clean` removes `.cache/cowork`."""


def content_cache_arguments(root: Path, settings_file: Path) -> list[str]:
    """Pelican's options for its content cache, in a folder named by what the readers' results
    depend on besides the files themselves: the settings files, `space.yaml`, and the versions
    of Pelican and the kit."""
    from importlib.metadata import version

    key = hashlib.sha256()
    for path in sorted({settings_file, *root.glob("*.py"), root / "space.yaml"}):
        key.update(f"{path.name}\0".encode())
        key.update(path.read_bytes() if path.is_file() else b"\0missing")
    for name in ("pelican", "cowork-site-kit"):
        key.update(f"{name}={version(name)}\0".encode())
    folder = root / CONTENT_CACHE / key.hexdigest()[:16]
    # Pelican reads each value as JSON.
    return [
        "-e",
        "CACHE_CONTENT=true",
        "LOAD_CONTENT_CACHE=true",
        f"CACHE_PATH={json.dumps(str(folder))}",
    ]


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
    folders, files = watched_paths(settings, settings_file)
    builders = [warm.WarmBuilder()] if warm.supported() else []
    pelican_args = ["-s", str(settings_file)]

    def build() -> bool:
        started = time.perf_counter()
        arguments = [*pelican_args, *content_cache_arguments(root, settings_file)]
        if builders:
            builder = builders[-1]
            # The replaced site is removed once the browser has the new one (see rebuild).
            status = builder.build(
                arguments, root, capture=False, keep_replaced=True, split_output=True
            ).returncode
        else:
            command = [sys.executable, "-m", "pelican", *arguments]
            status = subprocess.run(command, cwd=root, check=False).returncode
        took = time.perf_counter() - started
        if status == 0:
            print(f"make serve: built in {took:.2f} s", flush=True)
        else:
            print(
                f"make serve: the build failed ({took:.2f} s); the preview keeps the last good "
                "site until the next change builds",
                flush=True,
            )
        return status == 0

    build()
    remove_leftovers(output)
    watcher = Changes([*folders, *files])
    changed: queue.Queue[set[str]] = queue.Queue()
    # A site may make its own templates' folder while the preview runs: its making is seen
    # (the settings' folder is watched for the settings files), then the folder is watched too.
    theme = root / "theme"
    unwatched = [] if theme.is_dir() else [theme]
    names = {str(path) for path in [*files, *unwatched]}
    parents = list(dict.fromkeys(path.parent for path in files if path.parent.is_dir()))
    threading.Thread(target=watch, args=(folders, True, changed), daemon=True).start()
    threading.Thread(target=watch, args=(parents, False, changed, names), daemon=True).start()

    def rebuild() -> None:
        replaced = False
        while True:
            try:
                paths = changed.get(timeout=QUIET_SECONDS if replaced else None)
            except queue.Empty:
                # Deleting the replaced site's files takes a while and would slow down serving
                # the new pages to the browser: done once nothing happened for a moment.
                remove_leftovers(output)
                replaced = False
                continue
            while not changed.empty():  # changes made during a build: one more build, not many
                paths |= changed.get()
            if replaced and len(leftovers(output)) > MAX_KEPT:
                remove_leftovers(output)
            for folder in [folder for folder in unwatched if folder.is_dir()]:
                unwatched.remove(folder)
                threading.Thread(target=watch, args=([folder], True, changed), daemon=True).start()
            if builders and any(path.endswith(".py") for path in paths):
                # Python code changed (a plugin, the kit itself): the warm process imported the
                # old one, so a new process imports it again.
                builders.append(warm.WarmBuilder())
                builders.pop(0).close()
            if build():
                watcher.notify()
            replaced = True

    threading.Thread(target=rebuild, daemon=True).start()
    server = Server(watcher=watcher)
    server.serve(host=args.host, port=args.port, root=str(output), open_url_delay=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
