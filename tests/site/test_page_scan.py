"""The site check reads each page in one pass of the standard library's parser
(`cowork_pelican.sitecheck.scan`): what it reads is what a BeautifulSoup tree of the same page
holds, on every page of the sample site and on HTML that a space's own templates or an editor's
Markdown may write carelessly (end tags left out or stray, void elements closed or not)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from cowork_pelican.sitecheck.scan import PageScan, scan_page

from tests.sites import BuiltSite

URLS = ("href", "xlink:href", "src", "poster", "action", "data")
LOADING = {
    "script",
    "img",
    "image",
    "source",
    "video",
    "audio",
    "track",
    "iframe",
    "embed",
    "object",
}
LOADING_RELS = {
    "stylesheet",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "icon",
    "manifest",
}


def read_by_tree(html: str) -> dict[str, Any]:
    """What a page holds, read from BeautifulSoup's tree: the oracle."""
    soup = BeautifulSoup(html, "html.parser")
    references: list[tuple[str, Any, bool, bool]] = []
    for element in soup.find_all(True):
        rel = {str(word).lower() for word in element.get_attribute_list("rel")}
        loads = bool(rel & LOADING_RELS) if element.name == "link" else element.name in LOADING
        if element.name == "input":
            loads = str(element.get("type", "")).lower() == "image"
        references += [
            (f"<{element.name} {a}>", element[a], loads, False) for a in URLS if element.has_attr(a)
        ]
        for attribute in ("srcset", "imagesrcset"):
            if element.has_attr(attribute):
                references += [
                    (f"<{element.name} {attribute}>", (c.split() or [""])[0], True, False)
                    for c in str(element[attribute]).split(",")
                ]
        if element.name == "style" and element.string is not None:
            references.append(("<style>", str(element.string), True, True))
        elif element.name != "style" and element.has_attr("style"):
            references.append((f"<{element.name} style>", element["style"], True, True))
    main = soup.find("main")
    og = soup.find("meta", attrs={"property": "og:type"})
    canonical = soup.find("link", rel="canonical")
    blocks = []
    for child in main.find_all(recursive=False) if isinstance(main, Tag) else []:
        classes = [c for c in child.get("class") or [] if not c.startswith("h-")]
        blocks.append(".".join([child.name, *classes]))
    return {
        "references": references,
        "ids": {e["id"] for e in soup.find_all(id=True)}
        | {e["name"] for e in soup.find_all("a", attrs={"name": True})},
        "og_type": og.get("content", "") if isinstance(og, Tag) else "",
        "main_class": " ".join(main.get("class") or []) if isinstance(main, Tag) else "",
        "main_blocks": list(dict.fromkeys(blocks)),
        "json_ld": [
            s.get_text() for s in soup.find_all("script", attrs={"type": "application/ld+json"})
        ],
        "canonical": canonical.get("href") if isinstance(canonical, Tag) else None,
    }


def read_in_one_pass(scan: PageScan) -> dict[str, Any]:
    return {
        "references": [(r.where, r.url, r.loads, r.css) for r in scan.references],
        "ids": set(scan.ids),
        "og_type": scan.og_type,
        "main_class": scan.main_class,
        "main_blocks": list(scan.main_blocks),
        "json_ld": list(scan.json_ld),
        "canonical": scan.canonical,
    }


CARELESS = {
    "end tags left out": '<main class="a  b"><p>one<div class="x h-card y">two</div><ul><li>a'
    '<li id="b">b</ul></main><p>after',
    "stray end tags": '</div><main></span><section class="s"></section></p><hr class="r">'
    "<br/></main>",
    "main never closed": '<body><main><article class="h-entry post">x</article><aside>',
    "nested main": '<main><div><main class="inner"><p class="no">x</p></main></div><nav>',
    "self-closed elements": '<main><div class="d"/><span>in</span><img src="a.png"/></main>',
    "bare and repeated attributes": '<a href>x</a><a name="n" href="#n" href="#m">y</a>'
    '<img src="i.png" srcset="a.png 1x,  b.png 2x" alt>',
    "escaped values": '<a href="/a?x=1&amp;y=2&lt;">x</a><div id="&eacute;t&#233;">'
    "<style>p{background:url('/i.png')}</style></div>",
    "style never closed": '<div style="background: url(x.png)"><style>@import "a.css";',
    "two of each": '<meta property="og:type"><meta property="og:type" content="article">'
    '<link rel="canonical"><link rel="canonical" href="/b/"><link rel="icon preload" href="f">'
    '<script type="application/ld+json">{"@type": "Event"}</script>'
    '<script type="application/ld+json">[{"@type": ["Place", "Thing"]}]</script>',
    "style element with a style attribute": '<style style="url(no.png)">a{}</style>',
    "what loads, written in other ways": '<link rel="STYLESHEET Icon" href="a.css">'
    "<link rel=prefetch href=b><input type=IMAGE src=c.png><input src=d.png>"
    '<svg><image href="e.png"/><use xlink:href="#f"/></svg>'
    '<img srcset="g.png\t1x,\nh.png\n2x, ,i.png">',
}


@pytest.mark.parametrize("html", CARELESS.values(), ids=CARELESS.keys())
def test_one_pass_reads_careless_html_as_the_tree_does(html: str) -> None:
    assert read_in_one_pass(scan_page(html)) == read_by_tree(html)


def test_one_pass_reads_every_page_of_the_sample_as_the_tree_does(site: BuiltSite) -> None:
    pages = site.html_files()
    assert len(pages) > 50
    different = [
        page.relative_to(site.output).as_posix()
        for page in pages
        if read_in_one_pass(scan_page(text := page.read_text("utf-8"))) != read_by_tree(text)
    ]
    assert different == []
    # The oracle reads something: references, ids and types are there to compare.
    home = read_by_tree(site.read(""))
    assert len(home["references"]) > 20 and home["ids"] and home["main_blocks"]
    assert json.loads(home["json_ld"][0])


def test_a_stray_character_reference_hides_nothing_after_it() -> None:
    # BeautifulSoup's reading stopped at a `&#` that starts no reference: not this one.
    scan = scan_page('<main><p>Salle &# 3</p><a href="/plan/">plan</a><img src="//x.example/i">')
    assert [(r.where, r.url, r.loads) for r in scan.references] == [
        ("<a href>", "/plan/", False),
        ("<img src>", "//x.example/i", True),
    ]
    assert scan.main_blocks == ("p", "a", "img")
