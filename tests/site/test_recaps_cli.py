"""Recaps through the `cowork` command: a new recap builds as written and lands on its event's
page; `cowork check` reports a recap's problems in the build's words."""

from __future__ import annotations

import io
from pathlib import Path

from cowork.cli import main

from tests.sites import FIXED_NOW, make_scratch_site, run_pelican

# Two days before the builds' "now": the new recap's Date must not be ahead of the real clock,
# or Pelican (WITH_FUTURE_DATES = False) keeps it a draft.
WRITTEN_AT = "2026-11-20T09:00:00"


def cowork(site: Path, *args: str, now: str = FIXED_NOW) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--settings", str(site / "pelicanconf.py"), *args]
    status = main(argv, {"COWORK_LANG": "en", "COWORK_NOW": now}, out, err)
    return status, out.getvalue(), err.getvalue()


def test_a_new_recap_builds_and_is_listed_under_its_date(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "site", {}, with_sample=True)
    status, out, err = cowork(site, "new", "recap", "opencoffee", now=WRITTEN_AT)
    assert (status, err) == (0, "")
    assert out.startswith("Wrote content/recaps/2026-11-05-opencoffee.md\n\nNext:\n")
    text = (site / "content/recaps/2026-11-05-opencoffee.md").read_text("utf-8")
    assert text.splitlines()[:7] == [
        "Title: OpenCoffee, jeudi 5 novembre 2026",
        "Date: 2026-11-20 09:00",
        "Author: Camille Martin",
        "Event: opencoffee",
        "Occurrence: 2026-11-05",
        "Speakers: camille-martin",
        "",
    ]
    # Sent as written, the stock paragraph is refused; once written, the recap passes.
    assert cowork(site, "check", str(site / "content/recaps"))[0] == 1
    lines = text.splitlines()
    (site / "content/recaps/2026-11-05-opencoffee.md").write_text(
        "\n".join([*lines[:-1], "On a parlé des aides."]) + "\n", "utf-8"
    )
    assert cowork(site, "check", str(site / "content/recaps"))[0] == 0
    built = run_pelican(site, tmp_path / "output")
    assert built.returncode == 0, built.log
    # Listed beside the sample's own recap of that date.
    item = built.soup("evenements/opencoffee/").select_one(
        "li.event-item:has(time[datetime^='2026-11-05'])"
    )
    assert item is not None
    titles = [a.get_text() for a in item.select(".recap-links a")]
    assert titles == [
        "OpenCoffee de novembre : les aides à la création d'entreprise",
        "OpenCoffee, jeudi 5 novembre 2026",
    ]


def test_check_reports_recap_problems_as_the_build_does(tmp_path: Path) -> None:
    recap = "Title: Bilan\nDate: 2026-11-06 10:00\nEvent: opencoffee\nOccurrence: 2026-11-12\n"
    site = make_scratch_site(
        tmp_path / "site", {"content/recaps/faux.md": recap + "\nTexte.\n"}, with_sample=True
    )
    status, out, _ = cowork(site, "check", str(site / "content/recaps/faux.md"))
    where = "content/recaps/faux.md:4: Occurrence: 2026-11-12 is not a date of 'opencoffee'"
    hint = "the nearest past dates are 2026-10-01 and 2026-11-05"
    assert status == 1
    assert f"{where}\n    hint: {hint}\n" in out
    built = run_pelican(site, tmp_path / "output")
    assert built.returncode != 0
    assert f"{where} ({hint})" in built.log


def test_new_recap_of_an_event_to_come_is_refused(tmp_path: Path) -> None:
    site = make_scratch_site(tmp_path / "site", {}, with_sample=True)
    status, out, err = cowork(site, "new", "recap", "conference-methodes-agiles")
    assert (status, out) == (1, "")
    assert err == (
        "cowork: 'conference-methodes-agiles' has not taken place yet: a recap can be written "
        "once it is over\n"
    )
    assert not (site / "content/recaps/2026-12-10-conference-methodes-agiles.md").exists()
