"""The git repository, asked with plain `git` commands: one process per question.

The pull-request check runs on every pull request of every space, and most of its time went to
GitPython: 80 ms to import it, and several git processes behind each of its questions. Here each
question is one `git` command whose output is parsed into typed data, and the files read one by
one (the pull request's files, both sides of a change) share one `git cat-file --batch` process.
The build's history readers (`cowork.files.history`) keep GitPython; the tests make their
repositories with it.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

_CHUNK = 1 << 16


class GitError(Exception):
    """A git command failed: what git wrote on its error output, and its exit status."""

    def __init__(self, stderr: str, status: int) -> None:
        super().__init__(stderr or f"git exited with status {status}")
        self.stderr = stderr
        self.status = status


@dataclass(frozen=True)
class Blob:
    """A file as git stores it: its object id and size (its bytes are read on demand)."""

    sha: str
    size: int


@dataclass(frozen=True)
class Comparison:
    """Two commits, and their merge bases (none without a common history)."""

    base: str
    head: str
    merge_bases: tuple[str, ...]


@dataclass
class Repository:
    """A repository's working tree (`top`) and git folder, and the `cat-file` process that
    reads its objects, started on first use and ended by `close()` (or a `with` block)."""

    top: Path
    git_dir: Path
    _batch: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @classmethod
    def find(cls, path: Path) -> Repository | None:
        """The repository `path` is in (searching its parents), or None outside git."""
        return cls.find_comparing(path, None)[0]

    @classmethod
    def find_comparing(
        cls, path: Path, revisions: tuple[str, str] | None
    ) -> tuple[Repository | None, Comparison | None]:
        """The repository `path` is in, and with `revisions` (base, head) the commits they name
        and their merge bases, asked of the same `git rev-parse`: one process where three would
        do. The comparison is None when git cannot make it (the caller asks step by step, to
        say why)."""
        asked = ["rev-parse", "--show-toplevel", "--absolute-git-dir"]
        if revisions is not None:
            base, head = revisions
            # An option-like or multi-line name is never given to git's command line.
            if all(r and not r.startswith("-") and r.isprintable() for r in revisions):
                asked.append(f"{base}^{{commit}}...{head}^{{commit}}")
        try:
            found = run_git(path, *asked).decode("utf-8", "surrogateescape").splitlines()
        except (GitError, OSError):  # not a repository, no such folder, no git at all, or a
            # name git does not know: asked again without it, to tell which
            return (cls.find(path) if len(asked) > 3 else None), None
        if len(found) < 2:
            return None, None
        repo = cls(Path(found[0]), Path(found[1]))
        if len(asked) == 3 or len(found) < 4:
            return repo, None
        # `A...B` lists B, A, then each merge base after a caret (in `git merge-base`'s order).
        bases = tuple(line[1:] for line in found[4:] if line.startswith("^"))
        return repo, Comparison(base=found[3], head=found[2], merge_bases=bases)

    def prepare(self) -> None:
        """Start the `cat-file` process now, so that it is ready when the first file is read."""
        self._pipes()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def git(self, *args: str, ok: tuple[int, ...] = (0,)) -> bytes:
        """Run `git ARGS` at the top of the working tree; its output (GitError unless its exit
        status is one of `ok`)."""
        return run_git(self.top, *args, ok=ok)

    def start(self, *args: str) -> Pending:
        """Start `git ARGS` now and read its output later: it runs while Python works."""
        process = subprocess.Popen(
            ["git", *args], cwd=self.top, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        return Pending(process)

    def commit(self, ref: str) -> str | None:
        """The commit `ref` names (a branch, a tag, an id, `HEAD~2`...), or None."""
        if not ref or "\n" in ref:
            return None  # one request per line: a line break would ask another question
        found = self._request(f"{ref}^{{commit}}")
        if found is None:
            return None
        self._skip(found.size)
        return found.sha

    def blob(self, commit: str, path: str) -> Blob | None:
        """`path` in `commit` when it is a file (or a link), None when absent or a folder."""
        if "\n" in path:
            return None
        found = self._request(f"{commit}:{path}", kind=b"blob")
        if found is not None:
            self._skip(found.size)
        return found

    def read(self, commit: str, path: str, max_bytes: int | None = None) -> bytes | None:
        """The bytes of `path` in `commit`, or None when it is absent, not a file, or (with
        `max_bytes`) larger: its size is known from git's header, and an oversized file is
        skipped in chunks, never held in memory."""
        if "\n" in path:
            return None
        found = self._request(f"{commit}:{path}", kind=b"blob")
        if found is None:
            return None
        if max_bytes is not None and found.size > max_bytes:
            self._skip(found.size)
            return None
        return self._take(found.size)

    def object_bytes(self, sha: str) -> bytes:
        """The bytes of the object `sha` (a file listed by `ls-tree`)."""
        found = self._request(sha)
        if found is None:
            raise GitError(f"no object {sha}", 128)
        return self._take(found.size)

    def close(self) -> None:
        if self._batch is not None:
            batch, self._batch = self._batch, None
            assert batch.stdin is not None and batch.stdout is not None
            batch.stdin.close()
            batch.stdout.close()
            batch.wait()

    def _pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        if self._batch is None:
            self._batch = subprocess.Popen(
                ["git", "cat-file", "--batch"],
                cwd=self.top,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        assert self._batch.stdin is not None and self._batch.stdout is not None
        return self._batch.stdin, self._batch.stdout

    def _request(self, name: str, kind: bytes | None = None) -> Blob | None:
        """Ask for one object; its header read (`<sha> <type> <size>`, or `<name> missing`).
        An object of another kind than `kind` is skipped and answers None."""
        stdin, stdout = self._pipes()
        stdin.write(name.encode("utf-8", "surrogateescape") + b"\n")
        stdin.flush()
        header = stdout.readline().split()
        if len(header) != 3:  # "missing", "ambiguous", or the process ended
            return None
        sha, found_kind, size = header[0].decode("ascii"), header[1], int(header[2])
        if kind is not None and found_kind != kind:
            self._skip(size)
            return None
        return Blob(sha, size)

    def _take(self, size: int) -> bytes:
        _, stdout = self._pipes()
        data = stdout.read(size)
        stdout.read(1)  # the line break after the contents
        return data

    def _skip(self, size: int) -> None:
        _, stdout = self._pipes()
        left = size + 1  # the contents and their line break
        while left > 0:
            chunk = stdout.read(min(left, _CHUNK))
            if not chunk:  # the process ended: nothing more to skip
                return
            left -= len(chunk)


@dataclass(frozen=True)
class Pending:
    """A git command started in the background (`Repository.start`)."""

    process: subprocess.Popen[bytes]

    def output(self, ok: tuple[int, ...] = (0,)) -> bytes:
        out, err = self.process.communicate()
        if self.process.returncode not in ok:
            raise GitError(err.decode("utf-8", "replace").strip(), self.process.returncode)
        return out

    def cancel(self) -> None:
        """End the command if its output was not read (nothing to do if it was)."""
        if self.process.returncode is None:
            self.process.kill()
            self.process.communicate()


def run_git(cwd: Path, *args: str, ok: tuple[int, ...] = (0,)) -> bytes:
    """Run `git ARGS` in `cwd`; its output, or GitError unless its exit status is one of `ok`."""
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    if done.returncode not in ok:
        raise GitError(done.stderr.decode("utf-8", "replace").strip(), done.returncode)
    return done.stdout
