"""JSON-LD in a page: what member-written text can and cannot do inside the `<script>` element."""

from __future__ import annotations

import json

from cowork.text.jsonld import script_json

HOSTILE = {"name": "</script><script>alert(1)</script> & <!-- \u2028 \u2029"}


def test_json_in_a_script_element_cannot_close_it() -> None:
    text = script_json(HOSTILE)
    assert not {"<", ">", "&", "\u2028", "\u2029"} & set(text)
    assert json.loads(text) == HOSTILE


def test_other_text_stays_readable() -> None:
    assert script_json({"name": "Réunion « café »"}) == '{\n  "name": "Réunion « café »"\n}'


def test_keys_sorted_unless_the_builder_chose_their_order() -> None:
    data = {"name": "x", "@type": "Person"}
    assert list(json.loads(script_json(data))) == ["@type", "name"]
    kept = script_json(data, indent=1, sort_keys=False)
    assert kept == '{\n "name": "x",\n "@type": "Person"\n}'
