"""Every HTML page of the built sample site passes the Nu HTML Checker with no error."""

from __future__ import annotations

from pathlib import Path

from cowork_pelican.sitecheck.vnu import vnu_errors

from tests.sites import BuiltSite


def test_every_page_is_valid_html(site: BuiltSite, vnu_command: list[str]) -> None:
    pages = site.html_files()
    assert len(pages) > 40
    errors = vnu_errors(vnu_command, site.output)
    assert errors == [], "\n".join(errors)


def test_the_checker_reports_errors(tmp_path: Path, vnu_command: list[str]) -> None:
    # In a sub-folder, as the site's pages are: vnu walks the whole tree.
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "bad.html").write_text(
        "<!doctype html><html lang=fr><title>x</title><p><div>in a p</div></p><img src=a.png>",
        "utf-8",
    )
    (tmp_path / "good.html").write_text(
        "<!doctype html><html lang=fr><title>x</title><p>fine</p>", "utf-8"
    )
    errors = vnu_errors(vnu_command, tmp_path)
    assert errors == [
        "deep/bad.html:1: No “p” element in scope but a “p” end tag seen.",
        "deep/bad.html:1: An “img” element must have an “alt” attribute, except under certain "
        "conditions. For details, consult guidance on providing text alternatives for images.",
    ]
