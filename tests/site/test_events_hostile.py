"""An event proposed in a pull request cannot put HTML or script on the site.

Titles, places and tags are escaped by the templates; descriptions are Markdown cleaned by nh3.
"""

from __future__ import annotations

from xml.etree import ElementTree

from tests.conftest import ScratchBuilder
from tests.inert import THEME_SCRIPTS, executable_parts

HOSTILE_EVENT = """\
title: "Apéro <script>alert('titre')</script>"
start: 2026-12-15 18:30
end: 2026-12-15 20:00
location: '<img src=x onerror="alert(1)">Grande salle'
description: |
  <script>alert(2)</script>
  <a href="https://ok.example" onmouseover="alert(3)">ok</a>
  [lien](javascript:alert(4))
  </script><script>alert(5)</script>
"""


def test_a_hostile_event_comes_out_inert_in_every_page(build_scratch: ScratchBuilder) -> None:
    built = build_scratch({"events/apero.yaml": HOSTILE_EVENT})
    assert built.returncode == 0, built.log
    page = built.read("evenements/apero/")
    assert "Apéro &lt;script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    checked = 0
    for path in built.html_files():
        found = executable_parts(path.read_text("utf-8"), THEME_SCRIPTS)
        assert found == [], f"{path.relative_to(built.output)}: {found}"
        checked += 1
    assert checked > 5
    # What a feed reader renders: the HTML inside each Atom summary, once XML is decoded.
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.parse(built.output / "feeds/evenements.atom.xml").getroot()
    summaries = [entry.findtext(f"{atom}summary") or "" for entry in feed.iter(f"{atom}entry")]
    assert any("&lt;img src=x onerror=" in summary for summary in summaries), summaries
    for summary in summaries:
        assert executable_parts(summary) == [], summary
