"""Files kept between builds under a name that is the hash of what makes them.

Equal keys are equal files, so a kept file is never rewritten, only reused; a change to anything
that makes it gives a new key. Files are written atomically (a temporary name, then a rename), so
two builds at once (`make serve` and `make html`) never read half a file. Files no build used are
removed by `prune`, so the folder does not grow forever. The share cards and the members'
pictures both keep their files this way, and `place` puts the cards in the site's output (the
pictures are copied there); so do the calendars of each event, whose key is the hash of their
bytes (`place_bytes`). `make_all`
makes several missing files at once, in threads: for makers that work outside Python's lock
(Pillow encoding a picture), a site's first build then uses every core.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

STALE_SECONDS = 3600
"""A temporary file left this long is a killed build's, and `prune` removes it."""
PUBLISHED_MODE = 0o644
"""A file of the site is readable by everyone (the web server's user, a deployment's archive)."""
KEY = re.compile(r"[0-9a-f]{64}")
"""A key: a SHA-256 in hexadecimal, what every user of this class names its files by."""


@dataclass
class KeyedFiles:
    """One build's use of a folder of `*{suffix}` files, with how many it made and reused."""

    folder: Path
    suffix: str
    made: int = 0
    reused: int = 0
    """Files kept by an earlier build, used again (one made by this build is not counted)."""
    used: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def file(self, key: str, make: Callable[[Path], object]) -> str:
        """The file of `key`, made by `make(path)` only when it is not there yet.

        Its path as text: a `Path` keeps each new name in Python's table of interned strings,
        which thousands of cards and pictures grew by a megabyte (issue 15)."""
        name = f"{key}{self.suffix}"
        path = self._path(name)
        with self._lock:
            seen = name in self.used
            self.used.add(name)
        if os.path.isfile(path):  # noqa: PTH113
            if not seen:
                with self._lock:
                    self.reused += 1
            return path
        self.folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            prefix=f".{key}-", suffix=".tmp", dir=self.folder, delete=False
        ) as handle:
            temporary = Path(handle.name)
        try:
            make(temporary)
            temporary.replace(path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        with self._lock:
            self.made += 1
        return path

    def make_all(self, makers: Mapping[str, Callable[[Path], object]], workers: int) -> None:
        """Make the files of these keys that are not there yet, `workers` at a time. What one
        maker raises is raised here, once those already started are done; the rest never
        start."""
        missing = [
            (key, make)
            for key, make in makers.items()
            if not os.path.isfile(self._path(f"{key}{self.suffix}"))  # noqa: PTH113
        ]
        if len(missing) < 2 or workers < 2:
            for key, make in missing:
                self.file(key, make)
            return
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="keyed-files")
        try:
            for _ in pool.map(lambda item: self.file(*item), missing):
                pass
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _path(self, name: str) -> str:
        return os.path.join(self.folder, name)  # noqa: PTH118

    def place(self, kept: str, target: str | Path) -> None:
        """`kept` (a file of this folder) at `target` in the site's output: a second name for
        the same file, since a kept file is never written again (only replaced by a new file, or
        removed), and a link costs a tenth of a copy; a copy where links are refused (another
        file system), readable by all as well. A file already at `target` is replaced, never
        written into."""
        if os.stat(kept).st_mode & 0o777 != PUBLISHED_MODE:  # noqa: PTH116
            # Written as a private temporary file: the site's copy must be readable by all.
            os.chmod(kept, PUBLISHED_MODE)  # noqa: PTH101
        try:
            os.link(kept, target)
            return
        except FileExistsError:
            linked = True  # a link is possible, but `target` has a file already
        except OSError:
            linked = False
        if linked:
            _replace(target, lambda temporary: os.link(kept, temporary))
        else:
            _replace(target, lambda temporary: shutil.copyfile(kept, temporary))

    def place_bytes(self, data: bytes, target: str | Path) -> None:
        """`data` at `target`, kept under the hash of its bytes: a later build that writes the
        same bytes there makes a second name of the kept file (`place`), not a new file. On a
        disk, making a file cost 10 to 50 times a link (0.14 to 0.65 ms against 0.012 ms of
        processor, issue 15): a thousand event calendars written afresh were a sixth of a
        calendar's rebuild.

        The kept file is read back first, and made again unless it holds `data`: a file of the
        output is a second name of it, which an editor saving in place or a static file of the
        same path may have written into. Where the folder refuses new files (read-only, full),
        `data` is written at `target` alone, as without a cache."""
        key = hashlib.sha256(data).hexdigest()
        with contextlib.suppress(OSError):
            for _ in range(2):
                kept = self.file(key, lambda path: path.write_bytes(data))
                try:
                    if _holds(kept, data):
                        self.place(kept, target)
                        return
                    os.unlink(kept)  # noqa: PTH108 (written into: made again below)
                except FileNotFoundError:
                    continue  # removed by another build's `prune` meanwhile: made again
        _replace(target, lambda temporary: Path(temporary).write_bytes(data))

    def prune(self) -> int:
        """Remove the files this build did not use; how many were removed."""
        removed = 0
        # Names, not `Path` objects: a folder of thousands of cards, listed at the build's end,
        # made that step the build's peak of memory (issue 15).
        try:
            listing = os.scandir(self.folder)
        except FileNotFoundError:
            return 0
        with listing:
            for entry in listing:
                name = entry.name
                hidden = name.startswith(".")  # a build's temporary file, not a kept one
                # Only names this class gives: a folder that is not the cache (a link planted
                # in its place) loses none of its own files.
                if _is_key(name, self.suffix) and name not in self.used:
                    Path(entry.path).unlink(missing_ok=True)
                    removed += 1
                elif hidden and name.endswith(".tmp") and _stale(entry):
                    # Left by a build that was killed while it wrote (one per drawing thread).
                    Path(entry.path).unlink(missing_ok=True)
        return removed


def _is_key(name: str, suffix: str) -> bool:
    """A name `file` gives: a key (`KEY`), then the suffix."""
    return name.endswith(suffix) and KEY.fullmatch(name.removesuffix(suffix)) is not None


def _holds(path: str, data: bytes) -> bool:
    """Whether the file at `path` holds exactly `data`."""
    if os.stat(path).st_size != len(data):  # noqa: PTH116
        return False
    with open(path, "rb") as kept:  # noqa: PTH123
        return kept.read() == data


def _replace(target: str | Path, make: Callable[[str], object]) -> None:
    """A new file at `target`, made by `make(temporary)` beside it, readable by all, then
    renamed over it: never written into. A file already at `target` (another page's card with
    the same path, the last build's calendar) may be a second name of a kept file, whose bytes
    would then change under its key."""
    temporary = f"{target}.{os.getpid()}.{threading.get_ident()}.tmp"
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temporary)  # noqa: PTH108
    make(temporary)
    os.chmod(temporary, PUBLISHED_MODE)  # noqa: PTH101
    os.replace(temporary, target)  # noqa: PTH105


def _stale(entry: os.DirEntry[str]) -> bool:
    """A temporary file no running build still writes: much older than any build takes."""
    try:
        return entry.stat().st_mtime < time.time() - STALE_SECONDS
    except FileNotFoundError:  # its build has just renamed it
        return False
