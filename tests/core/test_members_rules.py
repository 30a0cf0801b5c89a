"""Every rule of a member file, with the exact message a member reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.members_files import CONSENTED, loaded, messages

HINT_CONTACT = "(remove it: the directory is public, and people reach members through the space)"


def test_a_minimal_file_is_fine(tmp_path: Path) -> None:
    assert messages(tmp_path, {"members/ana.yaml": "name: Ana\n" + CONSENTED}) == []


def test_yaml_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    # (Brackets left open are told in plain words: tests/core/test_yaml_flow.py.)
    assert messages(tmp_path, {"members/ana.yaml": "name: Ana\n- dessin\n"}) == [
        "members/ana.yaml:2:1: YAML syntax error: while parsing a block mapping (line 1), "
        "expected <block end>, but found '-' (check the indentation and the quotes "
        "around this line)"
    ]


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    assert messages(tmp_path, {"members/ana.yaml": "name: Ana\nskils: [vidéo]\n"}) == [
        "members/ana.yaml:2: skils: unknown key 'skils' (did you mean 'skills'?)"
    ]


def test_wrong_type(tmp_path: Path) -> None:
    assert messages(tmp_path, {"members/ana.yaml": "name: Ana\ntitle: 42\nskills: vidéo\n"}) == [
        "members/ana.yaml:2: title: expected what you do, on one line (at most 120 characters), "
        "found the number 42 (put the value in quotes so that it is read as text)",
        "members/ana.yaml:3: skills: expected a list of short tags, found 'vidéo' (write one item "
        "per line below the key, each line starting with '- ')",
    ]


def test_missing_name(tmp_path: Path) -> None:
    assert messages(tmp_path, {"members/ana.yaml": "title: Graphiste\n"}) == [
        "members/ana.yaml:1: missing required key 'name': expected your name, on one line "
        "(at most 80 characters) (add a line 'name: …' beside the other keys here)"
    ]


def test_an_empty_file_is_not_a_member(tmp_path: Path) -> None:
    assert messages(tmp_path, {"members/ana.yaml": "# nothing yet\n"}) == [
        "members/ana.yaml:1: expected a mapping of keys to values (name: ..., consent: ...), "
        "found nothing"
    ]


@pytest.mark.parametrize(
    ("stem", "hint"),
    [
        ("Ana", " (rename the file to ana.yaml)"),
        ("ana_b", " (rename the file to ana-b.yaml)"),
        ("-ana", " (rename the file to ana.yaml)"),
        ("ana--b", " (rename the file to ana-b.yaml)"),
        ("a" * 40, ""),
    ],
)
def test_file_name_must_be_a_lowercase_github_login(tmp_path: Path, stem: str, hint: str) -> None:
    assert messages(tmp_path, {f"members/{stem}.yaml": "name: Ana\n"}) == [
        f"members/{stem}.yaml: expected your GitHub login in lowercase as the file name "
        f"(letters, digits and single hyphens), found '{stem}'{hint}"
    ]


def test_yml_extension_is_refused(tmp_path: Path) -> None:
    assert messages(tmp_path, {"members/ana.yml": "name: Ana\n"}) == [
        "members/ana.yml: expected a file name ending in .yaml, found 'ana.yml' "
        "(rename it to ana.yaml)"
    ]


def test_two_files_that_differ_only_by_case(tmp_path: Path) -> None:
    found = messages(tmp_path, {"members/Ana.yaml": "name: A\n", "members/ana.yaml": "name: A\n"})
    # Said of Ana.yaml, whose name is not lowercase, never telling it to take ana.yaml's name.
    assert found == [
        "members/Ana.yaml: expected your GitHub login in lowercase as the file name (letters, "
        "digits and single hyphens), found 'Ana' (ana.yaml is another member's file: name "
        "yours after your own GitHub login, in lowercase; if ana.yaml is yours, edit it "
        "instead)",
        "members/Ana.yaml: file name differs only by case from members/ana.yaml: the two "
        "files clash on macOS and Windows (members/ana.yaml is another member's file: name "
        "yours after your own GitHub login, or, if members/ana.yaml is yours, edit it and "
        "delete this one)",
    ]


def test_the_join_buttons_placeholder_file_name_is_told_what_to_write(tmp_path: Path) -> None:
    found = messages(tmp_path, {"members/VOTRE-LOGIN.yaml": "name: A\n"})
    assert found == [
        "members/VOTRE-LOGIN.yaml: expected your GitHub login in lowercase as the file name "
        "(letters, digits and single hyphens), found 'VOTRE-LOGIN' (replace VOTRE-LOGIN in the "
        "file name with your GitHub login, in lowercase (for example camille-martin.yaml))"
    ]


@pytest.mark.parametrize(
    "url",
    [
        "http://ana.example",
        "javascript:alert(1)",
        "data:text/html,hi",
        "https://",
        "ftp://x.example",
    ],
)
def test_links_must_be_https(tmp_path: Path, url: str) -> None:
    fix = f" (write https:// instead: https://{url[7:]})" if url.startswith("http://") else ""
    assert messages(tmp_path, {"members/ana.yaml": f"name: Ana\nlinks:\n  website: '{url}'\n"}) == [
        f"members/ana.yaml:3: links.website: expected an https:// address, found '{url}'{fix}"
    ]


def test_other_links_are_checked_one_by_one(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "members/ana.yaml": "name: Ana\nlinks:\n  other:\n    - https://ok.example\n    - http://no.example\n"
    }
    assert messages(tmp_path, files) == [
        "members/ana.yaml:5: links.other[1]: expected an https:// address, found "
        "'http://no.example' (write https:// instead: https://no.example)"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Appelez-moi au 06 12 34 56 78",
            "phone number in a public profile, found '06 12 34 56 78'",
        ),
        ("tél. 06.12.34.56.78", "phone number in a public profile, found '06.12.34.56.78'"),
        ("+33 6 12 34 56 78", "phone number in a public profile, found '+33 6 12 34 56 78'"),
        ("+33 (0)3 20 12 34 56", "phone number in a public profile, found '+33 (0)3 20 12 34 56'"),
        ("0033 6 12 34 56 78", "phone number in a public profile, found '0033 6 12 34 56 78'"),
        ("+32 470 12 34 56", "phone number in a public profile, found '+32 470 12 34 56'"),
        ("+1 (555) 123-4567", "phone number in a public profile, found '+1 (555) 123-4567'"),
        (
            "écrivez à ana@mail.example",
            "e-mail address in a public profile, found 'ana@mail.example'",
        ),
        (
            "ana [at] mail [dot] example",
            "e-mail address in a public profile, found 'ana [at] mail [dot] example'",
        ),
    ],
)
def test_contact_details_are_refused(tmp_path: Path, text: str, found: str) -> None:
    assert messages(tmp_path, {"members/ana.yaml": f"name: Ana\nbio: '{text}'\n"}) == [
        f"members/ana.yaml:2: bio: expected no {found} {HINT_CONTACT}"
    ]


@pytest.mark.parametrize("key", ["name", "title", "company", "plan"])
def test_contact_details_are_looked_for_in_every_public_field(tmp_path: Path, key: str) -> None:
    prefix = "" if key == "name" else "name: Ana\n"
    files = {"members/ana.yaml": f"{prefix}{key}: Ana 0612345678\n"}
    assert [m for m in messages(tmp_path, files, plans=()) if "phone" in m] == [
        f"members/ana.yaml:{1 if key == 'name' else 2}: {key}: expected no phone number in a "
        f"public profile, found '0612345678' {HINT_CONTACT}"
    ]


def test_contact_details_in_skills_and_links(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "members/ana.yaml": "name: Ana\nskills:\n  - appelez le 06 12 34 56 78\n"
        "links:\n  website: https://ana.example/?from=ana@mail.example\n"
    }
    assert messages(tmp_path, files) == [
        f"members/ana.yaml:3: skills[0]: expected no phone number in a public profile, found "
        f"'06 12 34 56 78' {HINT_CONTACT}",
        f"members/ana.yaml:5: links.website: expected no e-mail address in a public profile, "
        f"found 'ana@mail.example' {HINT_CONTACT}",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Née en 1987, à Lille depuis 2015, de 2015 à 2020.",
        "Diplômée le 2026-11-20, arrivée le 20/11/2026.",
        "10 000 clients, +2000 abonnés, SIRET 123 456 789 00012, 75011 Paris.",
        "Sur Mastodon : https://mastodon.example/@ana",
    ],
)
def test_dates_years_and_numbers_are_not_phone_numbers(tmp_path: Path, text: str) -> None:
    assert messages(tmp_path, {"members/ana.yaml": f"name: Ana\nbio: '{text}'\n"}) == []


def test_left_before_joined(tmp_path: Path) -> None:
    files = {"members/ana.yaml": "name: Ana\njoined: 2026-01-10\nleft: 2025-12-31\n"}
    assert messages(tmp_path, files) == [
        "members/ana.yaml:3: left: expected a date on or after 'joined' (2026-01-10), "
        "found 2025-12-31"
    ]


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("2026-13-45", "'2026-13-45'"),
        ("20/11/2026", "'20/11/2026' (write the year first: 2026-11-20)"),
        ("yesterday", "'yesterday'"),
        ("2026", "the number 2026"),
        ("2026-11-20 10:00", "'2026-11-20 10:00'"),
        ("2026-11-20 10:00:00", "'2026-11-20T10:00:00'"),
    ],
)
def test_dates_that_are_not_dates(tmp_path: Path, value: str, found: str) -> None:
    files = {"members/ana.yaml": f"name: Ana\njoined: {value}\n"}
    assert messages(tmp_path, files) == [
        f"members/ana.yaml:2: joined: expected a date written YYYY-MM-DD, found {found}"
    ]


def test_consent_dates_are_dates(tmp_path: Path) -> None:
    files = {"members/ana.yaml": "name: Ana\nconsent:\n  directory: oui\n"}
    assert messages(tmp_path, files) == [
        "members/ana.yaml:3: consent.directory: expected a date written YYYY-MM-DD, found 'oui'"
    ]


def test_role_values(tmp_path: Path) -> None:
    files = {"members/ana.yaml": "name: Ana\nrole: admin\n"}
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: role: expected one of 'member', 'editor', 'host', found 'admin'"
    ]


def test_plan_from_the_settings(tmp_path: Path) -> None:
    files = {"members/ana.yaml": "name: Ana\nplan: Residant\n"}
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: plan: expected one of 'Nomade', 'Résident', 'Bureau fixe', found "
        "'Residant' (did you mean 'Résident'?)"
    ]


def test_plan_is_free_text_without_plans_in_the_settings(tmp_path: Path) -> None:
    assert messages(tmp_path, {"members/ana.yaml": "name: Ana\nplan: Residant\n"}, plans=()) == []


def test_duplicate_skills_collapse_with_a_warning(tmp_path: Path) -> None:
    files = {"members/ana.yaml": "name: Ana\nskills: [Vidéo, montage, vidéo, VIDEO]\n"}
    assert messages(tmp_path, files) == [
        "members/ana.yaml:2: skills[2]: duplicate skill 'vidéo': same as 'Vidéo' (skills[0]), "
        "it is shown once (remove one of the two)",
        "members/ana.yaml:2: skills[3]: duplicate skill 'VIDEO': same as 'Vidéo' (skills[0]), "
        "it is shown once (remove one of the two)",
    ]
    (member,) = loaded(tmp_path, files).members
    assert [s.label for s in member.skills] == ["Vidéo", "montage"]


def test_python_tags_are_refused_not_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    files = {"members/ana.yaml": f"name: !!python/object/apply:os.system ['touch {marker}']\n"}
    assert messages(tmp_path, files) == [
        "members/ana.yaml:1:7: the YAML tag '!!python/object/apply:os.system' is "
        "not allowed: only plain text, numbers, dates, lists and mappings are (remove the tag)"
    ]
    assert not marker.exists()


def test_anchors_are_refused_not_expanded(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    assert messages(tmp_path, {"members/ana.yaml": bomb}) == [
        "members/ana.yaml:1:4: found the anchor '&a': anchors and aliases are not allowed here "
        "(write the value out in full)"
    ]


def test_files_over_100_kb_are_refused_unread(tmp_path: Path) -> None:
    files = {"members/ana.yaml": "name: Ana\nbio: '" + "x" * 120_000 + "'\n"}
    assert messages(tmp_path, files) == [
        "members/ana.yaml: file is too large: expected at most 100000 bytes, found 120018 bytes "
        "(keep one member or event per file, and long texts short)"
    ]


def test_every_problem_of_every_file_in_one_pass(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "members/ana.yaml": "name: Ana\nskils: []\nrole: boss\n",
        "members/bob.yaml": "title: x\n",
        "members/Cy.yaml": "name: Cy\n",
    }
    found = messages(tmp_path, files)
    assert [m.split(":")[0] for m in found] == [
        "members/Cy.yaml",
        "members/ana.yaml",
        "members/ana.yaml",
        "members/bob.yaml",
    ]


def test_a_file_with_an_error_gives_no_member(tmp_path: Path) -> None:
    result = loaded(
        tmp_path, {"members/ana.yaml": "name: Ana\nrole: boss\n", "members/bob.yaml": "name: Bob\n"}
    )
    assert [m.handle for m in result.members] == ["bob"]
