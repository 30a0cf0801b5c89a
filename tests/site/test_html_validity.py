"""Every HTML page of the built sample site passes the Nu HTML Checker with no error."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.sites import BuiltSite


def vnu_errors(vnu_command: list[str], folder: Path) -> list[str]:
    """Every error vnu finds in the HTML files under `folder`, as 'file:line: message'.

    One Java run checks every file: starting the JVM once per page would take minutes.
    """
    command = [*vnu_command, "--errors-only", "--format", "json", "--skip-non-html", str(folder)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    # vnu writes its JSON report to stderr, and exits 1 when it found errors.
    assert result.stderr.strip(), f"vnu printed no report (exit {result.returncode})"
    messages = json.loads(result.stderr)["messages"]
    found = []
    for message in messages:
        file = Path(unquote(urlsplit(message.get("url", "")).path))
        where = file.relative_to(folder.resolve()).as_posix() if file.is_absolute() else file
        found.append(f"{where}:{message.get('lastLine', '?')}: {message['message']}")
    return found


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
