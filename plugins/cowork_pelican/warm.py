"""Builds forked from a process that has already imported Pelican and the kit.

A build in a new interpreter spends a large part of its time importing: Pelican, Markdown, Jinja,
Pillow, icalendar, Babel and the kit. `WarmBuilder` pays that once. It starts a small server
process (`python -m cowork_pelican.warm`) that imports them, and forks a child from it for each
build (a "zygote", as Android and Chromium call it; the standard library's `forkserver` would
run the caller's main module again in every child). The child runs `pelican` exactly as the
command line does, with its own working folder, environment and captured output, then exits:
every build starts from the same clean state, as Pelican needs (it keeps state between runs in
one process), and nothing a build does reaches the next one.

`make serve` rebuilds through it, so an edit shows sooner; the kit's tests build their sites
through it. Where `fork` does not exist (Windows), `supported()` is false and callers run
`pelican` in a subprocess instead.

The server reads one request per line on its standard input (JSON: arguments, folder,
environment, files for the output) and answers each with the build's exit status on a pipe of
its own, so that a build's output never mixes with the answers.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NoReturn

PRELOAD = (
    "pelican",
    "pelican.generators",
    "pelican.readers",
    "pelican.writers",
    "markdown",
    "markdown.extensions.codehilite",
    "markdown.extensions.extra",
    "markdown.extensions.meta",
    "markdown.extensions.sane_lists",
    "markdown.extensions.toc",
    "markdown.extensions.smarty",
    "jinja2",
    "jinja2.ext",
    "rich.live",
    "rich.status",
    "rich.table",
    "_strptime",
    "yaml",
    "jsonschema",
    "cowork.files.fastschema",
    "cowork.files.schemacode.event",
    "cowork.files.schemacode.member",
    "cowork.files.schemacode.space",
    "babel.dates",
    "babel.numbers",
    "PIL.Image",
    "PIL.ImageChops",
    "PIL.ImageDraw",
    "PIL.ImageFont",
    "PIL.ImageSequence",
    "PIL.JpegImagePlugin",
    "PIL.PngImagePlugin",
    "PIL.WebPImagePlugin",
    "icalendar",
    "dateutil.rrule",
    "nh3",
    "git",
    "cowork_pelican.conf",
    "cowork_pelican.build",
)
"""What every build imports (with the kit's plugins, `conf.PLUGINS`): loaded once in the
server process, shared by every child. (Pillow's format plugins and Pelican's Markdown
extensions are otherwise imported by each build, when it first opens a picture or a post.)"""


@dataclass(frozen=True)
class BuildRun:
    """What a build printed and how it ended, as `subprocess.run` would give them."""

    returncode: int
    stdout: str
    stderr: str


def supported() -> bool:
    return hasattr(os, "fork")


def _preload() -> None:
    """Import what every build imports; a module missing here is left to the build."""
    import importlib

    from cowork_pelican.conf import PLUGINS

    for name in (*PRELOAD, *PLUGINS):
        try:
            importlib.import_module(name)
        except ImportError:
            continue
    # The theme's catalogs, compiled and loaded once here (keyed by each file's version, so an
    # edited catalog is read again by the build that asks for it), the kit's own messages, and
    # Babel's data for each language the kit speaks: every build reads them.
    from cowork.site.language import LANGUAGES
    from cowork.text.i18n import load_all
    from cowork.text.languages import babel_locale
    from cowork.text.messages import msg

    from cowork_pelican.conf import THEME

    load_all(THEME / "translations")
    for lang in LANGUAGES:
        msg("nothing").render(lang)
        babel_locale(lang).months  # noqa: B018 (loads the locale's data)
    # Markdown compiles its patterns for each converter (Pelican makes one per file): made once
    # here with Pelican's extensions, they wait in `re`'s cache for every child.
    import markdown
    from cowork.text.safe_markdown import render_safe_markdown
    from pelican.settings import DEFAULT_CONFIG

    sample = "*a* [b](https://c.example) `d`\n\n- e"
    configs = DEFAULT_CONFIG["MARKDOWN"]["extension_configs"]
    markdown.Markdown(extensions=list(configs), extension_configs=configs).convert(sample)
    # And the kit's converters for bios and descriptions, kept by the module for every text.
    for raw_html_as_text in (True, False):
        for typography in (True, False):
            render_safe_markdown(sample, raw_html_as_text=raw_html_as_text, typography=typography)


def _child(request: dict[str, Any], answers: int) -> None:
    """In the forked child: the build's folder, environment and output, then Pelican's `main`."""
    os.close(answers)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    for fd, key in ((1, "out"), (2, "err")):
        if request.get(key):
            target = os.open(request[key], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
    environ: dict[str, str] = request["env"]
    # In place, never rebound: code that took `os.environ` as a default sees the build's values.
    os.environ.clear()
    os.environ.update(environ)
    for entry in reversed(environ.get("PYTHONPATH", "").split(os.pathsep)):
        if entry and entry not in sys.path:
            sys.path.insert(0, entry)
    os.chdir(request["cwd"])
    # As `python -m pelican` run there: the build's folder first on the path (settings files
    # import each other, `from pelicanconf import *`), in place of the server's own.
    sys.path[0] = request["cwd"]
    argv: list[str] = request["argv"]
    sys.argv = ["pelican", *argv]

    def build() -> None:
        # Imported in here: whatever fails, the child ends (never back in the server's loop).
        if request.get("keep_replaced") or request.get("split_output"):
            from cowork_pelican.build import AtomicPelican

            AtomicPelican.keep_replaced = bool(request.get("keep_replaced"))
            AtomicPelican.split_output = bool(request.get("split_output"))
        from pelican import main

        main(argv)

    exit_after(build)


def exit_after(work: Callable[[], object]) -> NoReturn:
    """In a forked child: run `work`, then end the process with its status (that of a
    `SystemExit`, whose message is printed as Python prints it; 1, its traceback printed, for any
    other exception). No interpreter shutdown: the parent's state is neither torn down nor
    flushed twice."""
    # What the child inherits is set aside from its cycle collector: walking it, the collector
    # wrote to every page of memory the child shares with its parent, each one then copied
    # (the preview's builds took a fifth longer). What the child makes is collected as usual.
    gc.freeze()
    status = 0
    try:
        work()
    except SystemExit as leaving:
        code = leaving.code
        status = code if isinstance(code, int) else (0 if code is None else 1)
        if not isinstance(code, int) and code is not None:
            # As the interpreter does at its exit: `sys.exit("why")` says why (on stderr).
            print(code, file=sys.stderr)
    except BaseException:
        import traceback

        traceback.print_exc()
        status = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(status)


def serve(answers: int) -> NoReturn:
    """The server: preload, then fork one child per request line and answer its exit status;
    at the end of its input, end."""
    _preload()
    with os.fdopen(answers, "w", encoding="utf-8", closefd=False) as out:
        for line in sys.stdin:
            request = json.loads(line)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _child(request, answers)
            _, wait_status = os.waitpid(pid, 0)
            out.write(f"{os.waitstatus_to_exitcode(wait_status)}\n")
            out.flush()
    # Nothing left to write: the interpreter's own shutdown, which tears down every module the
    # preload imported, took 0.12 s that each caller waited for (0.006 s without it).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class WarmBuilder:
    """A server process with Pelican and the kit imported; `build()` forks a build from it.

    One build at a time per builder. Use it as a context manager, or call `close()`."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        read, write = os.pipe()
        env = dict(os.environ if environ is None else environ)
        # Pelican's log is set up when it is imported: with no terminal size in the server's
        # environment, it reads the size from each build's own (`COLUMNS`, `LINES`).
        for name in ("COLUMNS", "LINES"):
            env.pop(name, None)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "cowork_pelican.warm", str(write)],
            stdin=subprocess.PIPE,
            pass_fds=(write,),
            env=env,
            text=True,
        )
        os.close(write)
        self._answers: IO[str] = os.fdopen(read, "r", encoding="utf-8")

    def __enter__(self) -> WarmBuilder:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        self._process.wait()
        self._answers.close()

    def build(
        self,
        argv: Sequence[str],
        cwd: Path,
        environ: Mapping[str, str] | None = None,
        capture: bool = True,
        keep_replaced: bool = False,
        split_output: bool = False,
    ) -> BuildRun:
        """Run `pelican ARGV` in `cwd` with `environ` (default: this process's); its output is
        returned when `capture`, else it goes where this process's goes. With `keep_replaced`,
        the site it replaces is left for the caller (`cowork_pelican.build.remove_leftovers`);
        with `split_output`, the kit's pages are written by a second process
        (`cowork_pelican.apart`)."""
        env = dict(os.environ if environ is None else environ)
        with tempfile.TemporaryDirectory(prefix="cowork-build-") as folder:
            out = str(Path(folder, "stdout")) if capture else None
            err = str(Path(folder, "stderr")) if capture else None
            request: dict[str, Any] = {"argv": list(argv), "cwd": str(cwd), "env": env}
            request |= {"out": out, "err": err, "keep_replaced": keep_replaced}
            request["split_output"] = split_output
            assert self._process.stdin is not None
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
            answer = self._answers.readline()
            if not answer:
                raise RuntimeError("the build server stopped")
            # A child killed by a signal has a negative exit code, as with subprocess.
            return BuildRun(int(answer), _read(out), _read(err))


def _read(path: str | None) -> str:
    if path is None or not Path(path).exists():
        return ""
    return Path(path).read_text("utf-8", errors="replace")


if __name__ == "__main__":
    serve(int(sys.argv[1]))
