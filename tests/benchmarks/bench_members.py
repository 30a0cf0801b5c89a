"""Benchmark: the member directory against Pelican's own article pages.

Builds, in the same run, (1) the kit with 2,000 generated members and no article, and (2) the
project's bare Pelican site (`harness.make_bare_site`: default theme, no plugin) with 2,000 plain
Markdown articles. Each build runs as `make html` does, in a child process whose own CPU time
and peak memory `os.wait4` reports (CPU time, unlike wall time, does not depend much on what else
the machine is doing). The figure that matters is what one more member costs against one more
article (each build's fixed part taken out by a build with nothing in it): a member must cost no
more than 0.7 × an article (issue 15; we aim at 0.5 ×), and the kit's peak memory no more
than 1.2 × bare Pelican's. Those are a build's after the first (the cheapest of three, the four
sites built in turns); the first, which CI makes of every pull request with nothing cached,
draws every share card, and is reported beside them against the same limit
(`harness.first_build_lines`).
Picture re-encoding is measured apart, per picture, as only members with photo consent have one.

`run()` returns the report lines (`make bench`); `python -m tests.benchmarks.bench_members` prints
them.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from tests.benchmarks.harness import (
    LATER_RUNS,
    MEMORY_LIMIT,
    PAGE_AIM,
    PAGE_LIMIT,
    cpu_builds,
    first_build_lines,
    goal_line,
    make_bare_site,
)
from tests.sites import make_scratch_site

COUNT = 2000
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


def make_members_site(dest: Path, count: int) -> Path:
    """The kit (settings, theme, plugins) with `count` members and no article."""
    rng = random.Random(2026)
    files = {f"members/membre-{n:04d}.yaml": member_file(n, rng) for n in range(count)}
    return make_scratch_site(dest, files)


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
        # The project's yardstick, as in bench_site: harness.make_bare_site.
        built = cpu_builds(
            {
                "members": make_members_site(base / "members", COUNT),
                "kit_alone": make_members_site(base / "kit-alone", 0),
                "articles": make_bare_site(base / "articles", COUNT),
                "bare_alone": make_bare_site(base / "bare-alone", 0),
            }
        )
        members, kit_alone = built["members"], built["kit_alone"]
        articles, bare_alone = built["articles"], built["bare_alone"]
        per_picture = picture_cost(base)
    # What one more member costs against one more article: each build's fixed part (start-up,
    # theme, the site's other pages) is taken out by the builds with nothing in them.
    per_member = (members["cpu"] - kit_alone["cpu"]) / COUNT
    per_article = (articles["cpu"] - bare_alone["cpu"]) / COUNT
    ratio = per_member / per_article
    return [
        f"{COUNT} generated members (kit) against {COUNT} plain articles (bare Pelican); "
        f"CPU time of the cheapest of {LATER_RUNS} later builds each, the four sites built in "
        "turns:",
        _line(f"kit, {COUNT} members", members),
        _line("kit, no member", kit_alone),
        _line(f"bare Pelican, {COUNT} articles", articles),
        _line("bare Pelican, no article", bare_alone),
        f"  one more member: {1000 * per_member:.2f} ms of CPU (its profile, its card on the "
        "directory and skill pages);",
        f"  one more article: {1000 * per_article:.2f} ms (its page, its share of index, tag, "
        "category and archive pages)",
        goal_line("member page / bare article page, CPU", ratio, PAGE_LIMIT, PAGE_AIM),
        *first_build_lines("member", COUNT, members, kit_alone, articles, bare_alone),
        goal_line(
            "peak memory, kit / bare Pelican",
            members["peak_mib"] / articles["peak_mib"],
            MEMORY_LIMIT,
        ),
        f"  picture check and re-encoding: {1000 * per_picture:.0f} ms per member who has one",
    ]


def _line(label: str, figures: dict[str, float]) -> str:
    return (
        f"  {label:<30} {figures['pages']:5.0f} pages, CPU {figures['cpu']:5.1f} s, "
        f"wall {figures['wall']:5.1f} s, peak {figures['peak_mib']:3.0f} MiB"
    )


if __name__ == "__main__":
    print("\n".join(run()))
