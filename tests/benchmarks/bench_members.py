"""Benchmark: the member directory against Pelican's own article pages.

Builds, in the same run, (1) the kit with 2,000 generated members and no article, and (2) a bare
Pelican site (default theme, no plugin) with 2,000 plain Markdown articles. Each build runs in a
fresh interpreter, which reports its wall time and peak memory. The figure that matters is the
cost per written page: the member pages must cost no more than Pelican's article pages.
Picture re-encoding is measured apart, per picture, as only members with photo consent have one.

`run()` returns the report lines (`make bench`); `python -m tests.benchmarks.bench_members` prints
them.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COUNT = 2000
NOW = "2026-11-22T10:00:00"
SKILLS = [
    "comptabilité", "vidéo", "développement web", "design", "juridique", "traduction",
    "photographie", "rédaction", "accessibilité", "Python", "montage", "fiscalité", "RGPD",
    "illustration", "formation", "data", "cartographie", "communication", "son", "3D",
]  # fmt: skip
BIO = (
    "Je travaille à La Navette depuis {year}. J'accompagne des **associations** et des "
    "indépendants sur leurs projets de {skill}.\n\n## Ce que je propose\n\n- des ateliers ;\n"
    "- un regard extérieur sur vos [projets](https://exemple.example/{n}).\n"
)


def member_file(n: int, rng: random.Random) -> str:
    skills = rng.sample(SKILLS, 3)
    return (
        f"name: Membre {n:04d}\ntitle: Indépendante en {skills[0]}\nplan: Résident\n"
        f"joined: 20{rng.randint(15, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n"
        f"skills: [{', '.join(skills)}]\n"
        f"links:\n  website: https://membre-{n}.example\n"
        "bio: |\n"
        + "".join(
            f"  {line}\n" for line in BIO.format(year=2020, skill=skills[1], n=n).splitlines()
        )
        + "consent:\n  directory: 2026-01-05\n"
    )


def article_file(n: int) -> str:
    return (
        f"Title: Article {n:04d}\nDate: 2025-{1 + n % 12:02d}-{1 + n % 28:02d} 10:{n % 60:02d}\n"
        f"Category: Catégorie {n % 5}\nTags: sujet {chr(97 + n % 20)}\nAuthor: Auteur {n % 10}\n\n"
        + BIO.format(year=2020, skill="vidéo", n=n)
    )


def make_members_site(dest: Path) -> Path:
    for name in ("pelicanconf.py",):
        shutil.copy(ROOT / name, dest / name)
    for name in ("theme", "plugins"):
        (dest / name).symlink_to(ROOT / name, target_is_directory=True)
    (dest / "content").mkdir()
    (dest / "events").mkdir()
    members = dest / "members"
    members.mkdir()
    rng = random.Random(2026)
    for n in range(COUNT):
        (members / f"membre-{n:04d}.yaml").write_text(member_file(n, rng), "utf-8")
    return dest


def make_articles_site(dest: Path) -> Path:
    (dest / "pelicanconf.py").write_text(
        "SITENAME = 'Bare'\nPATH = 'content'\nTIMEZONE = 'Europe/Paris'\nDEFAULT_LANG = 'fr'\n"
        "SITEURL = ''\nRELATIVE_URLS = True\nFEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\n"
        "TRANSLATION_FEED_ATOM = None\nAUTHOR_FEED_ATOM = None\nAUTHOR_FEED_RSS = None\n"
        "ARTICLE_URL = 'blog/{slug}/'\nARTICLE_SAVE_AS = 'blog/{slug}/index.html'\n"
        "DEFAULT_PAGINATION = 10\n",
        "utf-8",
    )
    content = dest / "content"
    content.mkdir()
    for n in range(COUNT):
        (content / f"article-{n:04d}.md").write_text(article_file(n), "utf-8")
    return dest


def build(site: Path, runs: int = 2) -> dict[str, float]:
    """Build `site` as `make html` does, `runs` times; the figures of the cheapest run.

    Each build is a child process whose own resource usage `os.wait4` reports: CPU time (user +
    system: what the build itself cost, whatever else the machine is doing) and peak memory.
    """
    best: dict[str, float] = {}
    for _ in range(runs):
        output = Path(tempfile.mkdtemp(prefix="output-", dir=site.parent))
        command = [sys.executable, "-m", "pelican", "--fatal", "warnings", "-s", "pelicanconf.py"]
        command += ["-o", str(output)]
        env = {**os.environ, "COWORK_NOW": NOW}
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=site, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        assert process.stdout is not None
        log = process.stdout.read()  # drained, so that a chatty build never blocks
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"build of {site.name} failed:\n{log.decode(errors='replace')}")
        figures = {
            "wall": wall,
            "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mib": usage.ru_maxrss / 1024,  # KiB on Linux
            "pages": float(sum(1 for _ in output.rglob("*.html"))),
        }
        if not best or figures["cpu"] < best["cpu"]:
            best = figures
        shutil.rmtree(output)
    return best


def picture_cost(folder: Path, count: int = 50) -> float:
    """Seconds to check and re-encode one 800 × 800 JPEG into the published sizes."""
    from cowork.members import avatars
    from PIL import Image

    rng = random.Random(1)
    source = folder / "pic.jpg"
    Image.frombytes("RGB", (800, 800), rng.randbytes(800 * 800 * 3)).save(source, quality=85)
    start = time.perf_counter()
    for n in range(count):
        avatars.check_avatar(source, "members/avatars/pic.jpg", "members/pic.yaml", 1)
        avatars.write_renditions(source, [(s, folder / f"out-{n}-{s}.webp") for s in avatars.SIZES])
    return (time.perf_counter() - start) / count


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-members-") as tmp:
        base = Path(tmp)
        (base / "members-site").mkdir()
        (base / "articles-site").mkdir()
        members = build(make_members_site(base / "members-site"))
        articles = build(make_articles_site(base / "articles-site"))
        per_picture = picture_cost(base)
    ratio = (members["cpu"] / members["pages"]) / (articles["cpu"] / articles["pages"])
    verdict = "within budget" if ratio <= 1 else "OVER BUDGET: member pages cost more"
    return [
        f"{COUNT} generated members (kit) against {COUNT} plain articles (bare Pelican), "
        "cheapest of 2 builds each:",
        _line("kit, members", members),
        _line("bare Pelican, articles", articles),
        f"  CPU time per page, members / articles: {ratio:.2f} ({verdict})",
        f"  picture check and re-encoding: {1000 * per_picture:.0f} ms per member who has one",
    ]


def _line(label: str, figures: dict[str, float]) -> str:
    per_page = 1000 * figures["cpu"] / figures["pages"]
    return (
        f"  {label:<24} {figures['pages']:5.0f} pages, CPU {figures['cpu']:5.1f} s "
        f"({per_page:4.2f} ms/page), wall {figures['wall']:5.1f} s, "
        f"peak {figures['peak_mib']:3.0f} MiB"
    )


if __name__ == "__main__":
    print("\n".join(run()))
