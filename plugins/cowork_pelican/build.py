"""A Pelican build that never leaves a half-written `output/`.

Pelican writes straight into `OUTPUT_PATH`, so a build that fails half-way leaves a mix of old and
new pages. `AtomicPelican` (set as `PELICAN_CLASS`) builds into a fresh sibling folder and swaps it
in with two renames only when the whole run succeeded; when it fails, the last good site stays and
the partial folder is removed. It works for `make html`, `make serve` (which runs it again and
again in one process) and the tests alike.

Before anything is built, renamed or deleted, it refuses an output folder that is a symbolic link
or holds the repository, and any symbolic link in the site's sources (`cowork.files.links`): the
swap only ever renames and deletes entries of the output folder's own parent that it created.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cowork.errors import DataError
from cowork.files.links import link_problems, output_problem
from cowork.text.messages import Message, msg
from jinja2 import TemplateError
from pelican import Pelican, signals

from cowork_pelican.apart import Apart, ApartFailedError
from cowork_pelican.kit import kit_settings
from cowork_pelican.reporting import build_language, say, template_error

_FATAL_LOG = "Warning or error encountered"
"""What Pelican raises after logging a warning or an error under `--fatal`."""


def _failed(output: str) -> Message:
    return msg("Build failed: {output} was left as it was", output=output)


def _prefix(final: Path) -> str:
    return f".{final.name}.building-"


class AtomicPelican(Pelican):  # type: ignore[misc]
    keep_replaced = False
    """Leave the replaced site's folder, and the leftovers of earlier builds, for the caller to
    remove (`remove_leftovers`): `make serve` reloads the browser first and deletes them once it
    is idle, since deleting a site's files takes a while on some disks."""
    split_output = False
    """Write the directory's and the calendar's pages in a second process (`cowork_pelican.apart`):
    the preview's builds."""

    def __init__(self, settings: dict[str, Any]) -> None:
        try:
            super().__init__(settings)
        except DataError as error:
            # Problems in the settings or in space.yaml, found as the build starts (signal
            # `initialized`): nothing was read or written yet.
            output = Path(str(settings.get("OUTPUT_PATH", "output"))).name
            sys.stderr.write(f"{error}\n{say(settings, _failed(output))}\n")
            raise SystemExit(1) from None
        self.output_path: str
        # Absolute, but links not resolved: a link is refused, never followed (see run).
        self.final_output_path = Path(self.output_path).absolute()
        # Every run writes into a fresh folder, so stale files never survive a build.
        self.delete_outputdir = False
        self._apart = Apart()

    def run(self) -> None:
        final = self.final_output_path
        kit = kit_settings(self.settings)
        refused = output_problem(final, kit.root)
        if refused:
            refusal = msg("Build refused: {why}", why=refused)
            sys.stderr.write(f"{say(self.settings, refusal)}\n")
            raise SystemExit(1)
        links = link_problems((kit.content_path, kit.members_path, kit.events_path), kit.root)
        if links:
            lang = build_language(self.settings)
            sys.stderr.write(f"{DataError(links, lang)}\n{_failed(final.name).render(lang)}\n")
            raise SystemExit(1)
        final.parent.mkdir(parents=True, exist_ok=True)
        if not self.keep_replaced:  # else the caller removes them when it has time
            remove_leftovers(final)
        staging = Path(tempfile.mkdtemp(prefix=f"{_prefix(final)}{os.getpid()}-", dir=final.parent))
        self.output_path = str(staging)
        self.settings["OUTPUT_PATH"] = str(staging)
        if self.split_output:
            signals.all_generators_finalized.connect(self._apart.remember)
        try:
            try:
                super().run()
            finally:
                # A build that failed before waiting for its second process ends it, before the
                # build's folder is thrown away below.
                self._apart.stop()
                signals.all_generators_finalized.disconnect(self._apart.remember)
            _swap_in(staging, final, self.output_retention, keep_old=self.keep_replaced)
        except (DataError, TemplateError) as error:
            shutil.rmtree(staging, ignore_errors=True)
            # A problem in the site's data or templates is for its author to fix, not a crash:
            # every message, then exit 1, without the traceback Pelican logs for any exception
            # it catches. A template's is said as the problem of its file and line.
            if isinstance(error, TemplateError):
                error = template_error(error, self.settings)
            sys.stderr.write(f"{error}\n{say(self.settings, _failed(final.name))}\n")
            raise SystemExit(1) from None
        except ApartFailedError:
            shutil.rmtree(staging, ignore_errors=True)
            # The second process printed why: the outcome, in the site's language.
            sys.stderr.write(f"{say(self.settings, _failed(final.name))}\n")
            raise SystemExit(1) from None
        except RuntimeError as error:
            shutil.rmtree(staging, ignore_errors=True)
            if str(error) != _FATAL_LOG:
                sys.stderr.write(f"{say(self.settings, _failed(final.name))}\n")
                raise
            # `--fatal warnings` turned a logged warning into this error: the warning is in the
            # log already, and a traceback would only hide it.
            stopped = msg(
                "Build failed: {output} was left as it was (stopped by the warning above)",
                output=final.name,
            )
            sys.stderr.write(f"{say(self.settings, stopped)}\n")
            raise SystemExit(1) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            # Not through the logger: with --fatal errors, logging would raise a second error.
            sys.stderr.write(f"{say(self.settings, _failed(final.name))}\n")
            raise
        finally:
            self.output_path = str(final)
            self.settings["OUTPUT_PATH"] = str(final)

    def _get_writer(self) -> Any:
        # Pelican makes its writer once every generator has its context, right before the
        # pages are written: the moment the second process can start.
        writer = super()._get_writer()
        if self.split_output:
            self._apart.start(writer)
        return writer


def _swap_in(
    staging: Path, final: Path, retained: Iterable[str] = (), keep_old: bool = False
) -> None:
    """Replace `final` by `staging`; the gap between the two renames is a few microseconds.

    Entries named in `OUTPUT_RETENTION` (a `.git` folder for a gh-pages deploy, say) move over
    from the old site, as Pelican keeps them when it cleans its output.
    """
    staging.chmod(0o755)  # mkdtemp makes it private; the site is meant to be served
    old = staging.with_name(staging.name + "-old")
    if final.exists():
        for name in retained:
            kept = final / name
            if (kept.exists() or kept.is_symlink()) and not (staging / name).exists():
                kept.rename(staging / name)
        final.rename(old)
    staging.rename(final)
    if not keep_old:
        shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(final: Path) -> None:
    """Folders of builds that were killed before they could clean up after themselves, and the
    replaced sites their builds were asked to keep (`AtomicPelican.keep_replaced`).

    A folder whose build process still runs (a `make serve` beside a `make html`) is left alone.
    """
    prefix = _prefix(final)
    for leftover in leftovers(final):
        if leftover.is_symlink():  # never made by a build: remove the link, not its target
            leftover.unlink()
            continue
        pid_text = leftover.name.removeprefix(prefix).split("-", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and _is_running(int(pid_text)):
            continue
        shutil.rmtree(leftover, ignore_errors=True)


def leftovers(final: Path) -> list[Path]:
    """The folders `remove_leftovers` looks at, beside `final`."""
    return list(final.parent.glob(_prefix(final) + "*"))


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
