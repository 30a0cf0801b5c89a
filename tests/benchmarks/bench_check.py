"""Benchmark: `cowork check --base` on a one-file pull request, in repositories of two sizes.

The pull-request check must cost the size of the pull request plus a listing of names, not a read
of every member and event. Generated repositories of 500 and 5,000 members (with 2,000 events
each); the pull request changes one member's title. Reported: the check inside one process
(best of five), and the whole `cowork` command as CI runs it, interpreter start-up included (best
of three). Runs alone with `python -m tests.benchmarks.bench_check`, or from `make bench`.
"""

from __future__ import annotations

import io
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import git
from cowork.cli import main

SIZES = (500, 5_000)
EVENTS = 2_000
RUNS = 5
COWORK = Path(sys.executable).parent / "cowork"


def member(number: int) -> str:
    return (
        f"name: Membre {number}\ntitle: Métier {number % 37}\n"
        f"skills: [compétence-{number % 50}, compétence-{number % 13}]\n"
        "consent:\n  directory: 2026-01-01\n"
    )


def event(number: int, organizer: str) -> str:
    return (
        f"title: Événement {number}\nstart: 2026-{number % 12 + 1:02}-10 18:00\n"
        f"duration: 1h\norganizers: [{organizer}]\nuid: 00000000-0000-4000-8000-{number:012}\n"
    )


def make_repository(root: Path, members: int) -> str:
    """A committed repository on `main`, and a `pr` branch by one member; returns the author."""
    rng = random.Random(members)
    (root / "members").mkdir(parents=True)
    (root / "events").mkdir()
    (root / "content").mkdir()
    (root / "pelicanconf.py").write_text(
        'PATH = "content"\nMEMBERS_PATH = "members"\nEVENTS_PATH = "events"\n'
    )
    handles = [f"membre-{n:05}" for n in range(members)]
    for number, handle in enumerate(handles):
        (root / "members" / f"{handle}.yaml").write_text(member(number), "utf-8")
    for number in range(EVENTS):
        folder = root / "events" / str(2020 + number % 7)
        folder.mkdir(exist_ok=True)
        (folder / f"evenement-{number:05}.yaml").write_text(
            event(number, rng.choice(handles)), "utf-8"
        )
    repo = git.Repo.init(root, initial_branch="main")
    with repo.config_writer() as config:
        config.set_value("user", "name", "Bench")
        config.set_value("user", "email", "bench@example.invalid")
        config.set_value("gc", "auto", "0")  # no background gc racing the clean-up
    repo.git.add("-A")
    repo.git.commit("-q", "-m", "Generated")
    author = handles[members // 2]
    repo.git.checkout("-q", "-b", "pr")
    path = root / "members" / f"{author}.yaml"
    path.write_text(path.read_text("utf-8").replace("Métier", "Nouveau métier"), "utf-8")
    repo.git.commit("-q", "-am", "New title")
    return author


def time_check(root: Path, author: str, *extra: str) -> tuple[float, float]:
    argv = ["--settings", str(root / "pelicanconf.py"), "check", "--base", "main"]
    argv += ["--author", author, *extra]
    best = float("inf")
    for _ in range(RUNS):
        started = time.perf_counter()
        status = main(argv, environ={}, out=io.StringIO(), err=io.StringIO())
        best = min(best, time.perf_counter() - started)
        assert status == 0, "the generated pull request must pass"
    command = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([str(COWORK), *argv], cwd=root, check=True, capture_output=True)
        command = min(command, time.perf_counter() - started)
    return best, command


def run() -> list[str]:
    lines = [f"cowork check --base, one member file changed, {EVENTS:,} events:"]
    for size in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            author = make_repository(root, size)
            in_process, command = time_check(root, author)
            # As the gate runs it: the base checked out, the pull request's commit read from git.
            with git.Repo(root) as repo:
                repo.git.checkout("-q", "main")
            gate, gate_command = time_check(root, author, "--head", "pr")
        lines.append(
            f"  {size:>5,} members: {in_process * 1000:6.0f} ms in process (best of {RUNS}), "
            f"{command * 1000:6.0f} ms for the whole command (best of 3)"
        )
        lines.append(
            f"  {size:>5,} members, --head (as the gate): {gate * 1000:6.0f} ms in process, "
            f"{gate_command * 1000:6.0f} ms for the whole command"
        )
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
