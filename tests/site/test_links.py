"""Every internal link and asset of the built site resolves, and nothing loads from other hosts."""

from __future__ import annotations

from pathlib import Path

from cowork_pelican.sitecheck.links import check_site

from tests.sites import BuiltSite

PUBLIC_URL = "https://la-navette.example"


def test_every_internal_reference_of_the_dev_site_resolves(site: BuiltSite) -> None:
    # Canonical and Open Graph URLs point at PUBLIC_URL: they must exist in the output too.
    report = check_site(site.output, PUBLIC_URL)
    assert report.problems == []
    assert report.checked > 500, "the walk checked suspiciously few links"


def test_every_internal_reference_of_the_published_site_resolves(
    published_site: BuiltSite,
) -> None:
    report = check_site(published_site.output, PUBLIC_URL)
    assert report.problems == []
    assert report.checked > 500


def test_the_walker_reports_each_kind_of_broken_reference(tmp_path: Path) -> None:
    (tmp_path / "blog").mkdir()
    (tmp_path / "css").mkdir()
    (tmp_path / "blog" / "index.html").write_text('<h2 id="ok">ok</h2>', "utf-8")
    (tmp_path / "css" / "site.css").write_text(
        "body { background: url('../img/missing.png'); }\n"
        "@import 'https://fonts.example/font.css';\n"
        "li { list-style-image: url(data:image/png;base64,AAAA); }\n",
        "utf-8",
    )
    (tmp_path / "index.html").write_text(
        """<!doctype html><html><head>
        <link rel="stylesheet" href="css/site.css">
        <link rel="stylesheet" href="https://cdn.example/x.css">
        <link rel="canonical" href="https://site.example/blog/">
        <script src="//cdn.example/x.js"></script>
        </head><body>
        <a href="blog/">fine</a> <a href="blog/#ok">fine</a> <a href="#top">fine</a>
        <a href="https://elsewhere.example/">ignored</a> <a href="mailto:a@b.example">ignored</a>
        <a id="top" href="nowhere/">broken dir</a>
        <a href="blog/#missing">broken fragment</a>
        <a href="../up.html">outside</a>
        <a href="https://site.example/gone/">broken absolute</a>
        <img src="img/a%20b.png" alt="" srcset="img/ok.png 1x, img/big.png 2x">
        </body></html>""",
        "utf-8",
    )
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "ok.png").write_bytes(b"")

    report = check_site(tmp_path, "https://site.example")

    assert report.problems == [
        "css/site.css: url() '../img/missing.png' is broken: img/missing.png does not exist",
        "css/site.css: url() 'https://fonts.example/font.css' loads a resource from another host",
        "index.html: <link href> 'https://cdn.example/x.css' loads a resource from another host",
        "index.html: <script src> '//cdn.example/x.js' loads a resource from another host",
        "index.html: <a href> 'nowhere/' is broken: nowhere/index.html does not exist",
        "index.html: <a href> 'blog/#missing' is broken: blog/index.html has no element with id"
        " 'missing'",
        "index.html: <a href> '../up.html' points outside the site",
        "index.html: <a href> 'https://site.example/gone/' is broken: gone/index.html does not"
        " exist",
        "index.html: <img src> 'img/a%20b.png' is broken: img/a b.png does not exist",
        "index.html: <img srcset> 'img/big.png' is broken: img/big.png does not exist",
    ]


def test_what_loads_from_another_host_is_found_however_it_is_written(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        """<link rel="STYLESHEET" href="https://a.example/x.css">
        <link rel="preconnect" href="https://b.example"><link rel=prefetch href=//c.example/p>
        <input type="image" src="https://d.example/go.png" alt="Go">
        <svg><image href="https://e.example/i.png"/><image xlink:href="https://f.example/j.png"/></svg>
        <img alt="" srcset="https://g.example/a.png\t1x,\nhttps://g.example/b.png\n2x">
        <input type="text" src="https://elsewhere.example/ignored.png">
        <p>Salle &# 3</p><a href="/plan/">after a stray character reference</a>""",
        "utf-8",
    )
    report = check_site(tmp_path)
    hosts = sorted(p.split("'")[1].split("/")[2] for p in report.problems if "another host" in p)
    assert hosts == [
        "a.example",
        "b.example",
        "c.example",
        "d.example",
        "e.example",
        "f.example",
        "g.example",
        "g.example",
    ]
    assert [p for p in report.problems if "another host" not in p] == [
        "index.html: <a href> '/plan/' is broken: plan/index.html does not exist"
    ]
