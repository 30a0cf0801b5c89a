"""A failed build leaves the last good site untouched; a good one replaces it completely."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ScratchBuilder

ARTICLE = "Title: {title}\nDate: 2025-06-0{day}\nCategory: Essais\n\nTexte.\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir() if p.name.startswith(".output."))


def test_a_broken_template_keeps_the_previous_output(
    build_scratch: ScratchBuilder, tmp_path: Path
) -> None:
    output = tmp_path / "output"
    first = build_scratch({"content/articles/a.md": ARTICLE.format(title="Premier", day=1)})
    assert first.returncode == 0, first.log
    before = snapshot(output)
    assert "blog/2025/premier/index.html" in before

    # A second site with its own theme, whose article template does not compile.
    theme = tmp_path / "broken-theme"
    (theme / "templates").mkdir(parents=True)
    (theme / "templates" / "article.html").write_text("{% if %}", "utf-8")
    broken = build_scratch(
        {
            "content/articles/b.md": ARTICLE.format(title="Second", day=2),
            "broken.py": (
                "import sys\nfrom pathlib import Path\n"
                "sys.path.insert(0, str(Path(__file__).resolve().parent))\n"
                f"from pelicanconf import *\n\nTHEME = {str(theme)!r}\n"
            ),
        },
        settings="broken.py",
    )

    assert broken.returncode != 0
    assert "Build failed: output was left as it was" in broken.log
    assert snapshot(output) == before
    assert leftovers(output) == []


def test_a_bad_article_keeps_the_previous_output(
    build_scratch: ScratchBuilder, tmp_path: Path
) -> None:
    output = tmp_path / "output"
    assert (
        build_scratch({"content/articles/a.md": ARTICLE.format(title="Premier", day=1)}).returncode
        == 0
    )
    before = snapshot(output)

    # No date: with --fatal warnings, Pelican's "skipping" warning fails the build.
    broken = build_scratch({"content/articles/b.md": "Title: Sans date\nCategory: Essais\n\nx\n"})

    assert broken.returncode != 0
    assert "b.md: could not find information about 'date'" in broken.log
    assert "Build failed: output was left as it was" in broken.log
    assert snapshot(output) == before
    assert leftovers(output) == []


def test_a_good_build_removes_stale_pages(build_scratch: ScratchBuilder, tmp_path: Path) -> None:
    output = tmp_path / "output"
    first = build_scratch(
        {
            "content/articles/a.md": ARTICLE.format(title="Premier", day=1),
            "content/articles/b.md": ARTICLE.format(title="Second", day=2),
        }
    )
    assert first.returncode == 0, first.log
    assert (output / "blog/2025/second/index.html").exists()
    (output / "stray.txt").write_text("left by hand", "utf-8")

    second = build_scratch({"content/articles/b.md": ""})

    assert second.returncode == 0, second.log
    assert (output / "blog/2025/premier/index.html").exists()
    assert not (output / "blog/2025/second").exists()
    assert not (output / "stray.txt").exists()
    assert leftovers(output) == []


def test_output_retention_survives_the_swap(build_scratch: ScratchBuilder, tmp_path: Path) -> None:
    # Pelican's OUTPUT_RETENTION keeps such entries when it cleans output/: so does the swap.
    settings = {
        "retain.py": (
            "import sys\nfrom pathlib import Path\n"
            "sys.path.insert(0, str(Path(__file__).resolve().parent))\n"
            'from pelicanconf import *\n\nOUTPUT_RETENTION = [".git"]\n'
        ),
        "content/articles/a.md": ARTICLE.format(title="Premier", day=1),
    }
    output = tmp_path / "output"
    first = build_scratch(settings, settings="retain.py")
    assert first.returncode == 0, first.log
    (output / ".git").mkdir()
    (output / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", "utf-8")
    (output / "stray.txt").write_text("left by hand", "utf-8")

    second = build_scratch(settings, settings="retain.py")

    assert second.returncode == 0, second.log
    assert (output / ".git" / "HEAD").read_text("utf-8") == "ref: refs/heads/gh-pages\n"
    assert not (output / "stray.txt").exists()
    assert (output / "blog/2025/premier/index.html").exists()
    assert leftovers(output) == []
