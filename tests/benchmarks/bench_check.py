"""Benchmark: `cowork check --base` on a one-file pull request, in repositories of two sizes.

The pull-request check must cost the size of the pull request plus a listing of names, not a read
of every member and event. Generated repositories of 500 and 5,000 members (with 2,000 events
each, packed as a clone receives them), laid out as a space's own (the sample's `space.yaml`,
settings made by the kit); the pull request changes one member's title. Reported:
the check inside one process (best of five), and the whole `cowork` command as CI runs it,
interpreter start-up included (best of seven: wall time, and the CPU time of that run, which a
loaded machine disturbs less). Goals (issue 15): the whole command in at most 0.3 s at 5,000
members, and no growth with the repository: 5,000 members cost at most 1.2× what 500 do (runs on
a shared machine differ by about 10 %). Runs alone with `python -m tests.benchmarks.bench_check`,
or from `make bench`.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import git
from cowork.cli import main

from tests.benchmarks.harness import goal_line
from tests.sites import SAMPLE

SIZES = (500, 5_000)
EVENTS = 2_000
RUNS = 5
COMMAND_RUNS = 7
COWORK = Path(sys.executable).parent / "cowork"
COMMAND_LIMIT = 0.3
"""Seconds for the whole `cowork check --base` command at 5,000 members (issue 15)."""
GROWTH_LIMIT = 1.2
"""The whole command at 5,000 members, at most this many times its time at 500."""


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
    # A space's own layout: its space.yaml, and settings made by the kit, as `cowork init` writes
    # them (the check reads and validates both).
    shutil.copy(SAMPLE / "space.yaml", root / "space.yaml")
    (root / "pelicanconf.py").write_text(
        "from cowork_pelican.conf import site_settings\n\n"
        "globals().update(site_settings(__file__))\n"
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
    # As a clone or a CI job's fetch has them: git sends packs. (Left loose, 7,000 objects are
    # as many files for `git grep` to open, which no real checkout has.)
    repo.git.repack("-a", "-d", "-q")
    return author


def time_check(root: Path, author: str, *extra: str) -> tuple[float, float, float]:
    """The check in this process (best of RUNS), and the whole command in a child process:
    its best wall time of COMMAND_RUNS, and the CPU time (user + system) of that run."""
    argv = ["--settings", str(root / "pelicanconf.py"), "check", "--base", "main"]
    argv += ["--author", author, *extra]
    best = float("inf")
    for _ in range(RUNS):
        started = time.perf_counter()
        status = main(argv, environ={}, out=io.StringIO(), err=io.StringIO())
        best = min(best, time.perf_counter() - started)
        assert status == 0, "the generated pull request must pass"
    command, cpu = float("inf"), 0.0
    for _ in range(COMMAND_RUNS):
        wall, used = _timed_command([str(COWORK), *argv], root)
        if wall < command:
            command, cpu = wall, used
    return best, command, cpu


def _timed_command(command: list[str], cwd: Path) -> tuple[float, float]:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    # wait4: the resource usage of this one child, not of every child so far.
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def run() -> list[str]:
    lines = [f"cowork check --base, one member file changed, {EVENTS:,} events:"]
    commands: dict[tuple[int, str], float] = {}
    for size in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            author = make_repository(root, size)
            in_process, command, cpu = time_check(root, author)
            # As the gate runs it: the base checked out, the pull request's commit read from git.
            with git.Repo(root) as repo:
                repo.git.checkout("-q", "main")
            gate, gate_command, gate_cpu = time_check(root, author, "--head", "pr")
        commands[size, "HEAD"] = command
        commands[size, "--head"] = gate_command
        lines.append(
            f"  {size:>5,} members: {in_process * 1000:4.0f} ms in process (best of {RUNS}), "
            f"{command * 1000:4.0f} ms for the whole command (best of {COMMAND_RUNS}; "
            f"{cpu * 1000:.0f} ms of CPU)"
        )
        lines.append(
            f"  {size:>5,} members, --head (as the gate): {gate * 1000:4.0f} ms in process, "
            f"{gate_command * 1000:4.0f} ms for the whole command ({gate_cpu * 1000:.0f} ms of CPU)"
        )
    small, large = SIZES
    for mode, said in (("HEAD", "the pull request checked out"), ("--head", "as the gate")):
        lines.append(
            goal_line(
                f"whole command at {large:,} members, {said} (s)",
                commands[large, mode],
                COMMAND_LIMIT,
            )
        )
        lines.append(
            goal_line(
                f"growth {large:,}/{small:,} members, {said} (×)",
                commands[large, mode] / commands[small, mode],
                GROWTH_LIMIT,
            )
        )
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
