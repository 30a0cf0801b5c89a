"""A member who leaves (file deleted, `left`, or consent withdrawn) while organising an event and
speaking at a recap: the site still builds, and their login and name appear nowhere in output/
(pages, JSON-LD, feeds, calendars, sitemap)."""

from __future__ import annotations

from pathlib import Path

import git
import pytest

from tests.sites import make_scratch_site, run_pelican

LEAVER = "name: Camille Martin\njoined: 2019-03-01\nconsent:\n  directory: 2026-01-10\n"
FILES = {
    "members/camille-martin.yaml": LEAVER,
    "members/ana-lima.yaml": "name: Ana Lima\nconsent:\n  directory: 2026-01-05\n",
    "events/atelier.yaml": "title: Atelier\nstart: 2026-10-06 12:30\nduration: 1h\n"
    "repeat: FREQ=WEEKLY;COUNT=12\norganizers: [camille-martin, ana-lima]\n",
    "content/recaps/bilan.md": "Title: Bilan\nDate: 2026-10-30 10:00\nAuthor: Camille Martin\n"
    "Event: atelier\nOccurrence: 2026-10-13\nSpeakers: camille-martin, ana-lima, Zoé Blanc\n\n"
    "Texte.\n",
}
LEAVING = {
    "delete": "",
    "left": LEAVER + "left: 2026-11-01\n",
    "no consent": LEAVER.split("consent:")[0],
}


def committed_site(source: Path) -> git.Repo:
    repo = git.Repo.init(source, initial_branch="main")
    with repo.config_writer() as config:
        config.set_value("user", "name", "Test")
        config.set_value("user", "email", "test@example.invalid")
    repo.git.add("-A")
    repo.index.commit("The site")
    return repo


@pytest.mark.parametrize("how", list(LEAVING))
def test_after_leaving_the_login_appears_nowhere_in_the_output(tmp_path: Path, how: str) -> None:
    source = make_scratch_site(tmp_path / "src", FILES)
    repo = committed_site(source)
    before = run_pelican(source, tmp_path / "before")
    assert before.returncode == 0, before.log
    assert "camille-martin" in before.read("evenements/atelier/")  # the test can see it
    make_scratch_site(source, {"members/camille-martin.yaml": LEAVING[how]})
    repo.git.add("-A")
    repo.index.commit("Camille leaves")
    built = run_pelican(source, tmp_path / "output")
    assert built.returncode == 0, built.log
    traces = [
        path.relative_to(built.output).as_posix()
        for path in sorted(built.output.rglob("*"))
        if path.is_file()
        and path.suffix in {".html", ".xml", ".ics", ".json", ".txt", ".webmanifest"}
        and any(word in path.read_text("utf-8", "replace") for word in ("camille", "Camille"))
    ]
    assert traces == []
    # The others are still named: the organiser and speaker who stayed, and the guest.
    card = built.soup("blog/2026/bilan/").select_one(".recap-card")
    assert card is not None
    assert "Ana Lima" in card.get_text() and "Zoé Blanc" in card.get_text()
    assert "Ana Lima" in built.read("evenements/atelier/")
    # Camille's byline is the site's now: no author page at the login.
    assert not (built.output / "blog/auteur/camille-martin").exists()
