"""`cowork init`: what it refuses (exact messages, exit status 2, nothing written), what it asks
on a terminal, and the files it writes, read back by the kit's own loaders (no build here)."""

from __future__ import annotations

import contextlib
import io
import re
from importlib import metadata
from pathlib import Path

import pytest
import yaml
from cowork import __version__
from cowork.cli import main
from cowork.files.schema import load_schema, validate_document
from cowork.files.yamlfile import load_yaml
from cowork.scaffold.answers import Address, check_address
from cowork.space.load import load_space
from PIL import Image

from tests.sites import ROOT

OPTIONS = {
    "--name": "La Ruche",
    "--lang": "fr",
    "--timezone": "Europe/Brussels",
    "--forge": "github",
    "--repository-url": "https://github.com/la-ruche/site",
    "--public-url": "https://la-ruche.example",
    "--admin": "Sam-Lee",
    "--admin-name": "Sam Lee",
    "--kit": "cowork-site-kit==0.2.0",
}
NOW = {"COWORK_NOW": "2026-11-22T10:00:00", "COWORK_LANG": "en"}
"""`cowork init` speaks the language it creates (`--lang`): these tests read its English."""


class Terminal(io.StringIO):
    """Typed answers, one a line, on what says it is a terminal."""

    def isatty(self) -> bool:
        return True


def init(
    target: Path, typed: io.StringIO | None = None, **changed: str | None
) -> tuple[int, str, str]:
    options = {**OPTIONS, **{f"--{k.replace('_', '-')}": v for k, v in changed.items()}}
    argv = ["init", str(target)]
    for option, value in options.items():
        if value is not None:
            argv.append(f"{option}={value}")
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, NOW, out, err, typed or io.StringIO())
    return status, out.getvalue(), err.getvalue()


def test_init_speaks_the_language_it_creates(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.mkdir()
    (target / "notes.txt").write_text("x")
    for lang, said in (
        ("fr", "attendu un dossier nouveau ou vide, trouvé un dossier contenant notes.txt"),
        ("nl_BE", "verwacht een nieuwe of lege map, gevonden een map met notes.txt"),
        ("en_GB", "expected a new or empty folder, found one holding notes.txt"),
    ):
        argv = ["init", str(target), f"--lang={lang}"]
        err = io.StringIO()
        environ = {"COWORK_NOW": NOW["COWORK_NOW"]}
        assert main(argv, environ, io.StringIO(), err, io.StringIO()) == 2
        assert said in err.getvalue()


def test_the_next_steps_line_up_whatever_the_folders_name(tmp_path: Path) -> None:
    status, out, _ = init(tmp_path / "la-ruche-de-la-gare")
    assert status == 0
    commands = [line for line in out.splitlines() if "  # " in line]
    assert len(commands) == 2 and len({line.index("  # ") for line in commands}) == 1, out


def refused(tmp_path: Path, **changed: str | None) -> str:
    target = tmp_path / "site"
    status, out, err = init(target, None, **changed)
    assert (status, out) == (2, "")
    assert not target.exists(), "a refusal must write nothing"
    return err


def test_a_folder_that_is_not_empty_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.mkdir()
    (target / "notes.txt").write_text("mine", "utf-8")
    status, out, err = init(target)
    assert (status, out) == (2, "")
    assert err == (
        f"cowork: {target}: expected a new or empty folder, found one holding notes.txt "
        "(nothing was written)\n"
    )
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_an_unknown_language_is_refused_with_the_nearest_ones(tmp_path: Path) -> None:
    assert refused(tmp_path, lang="english") == (
        "cowork: --lang: expected fr, en or nl, or a regional variant such as en_GB, fr_BE or "
        "nl_BE, found 'english'; nearest: en (nothing was written)\n"
    )


def test_an_unknown_regional_variant_is_refused_with_the_nearest_ones(tmp_path: Path) -> None:
    err = refused(tmp_path, lang="en_UK")
    assert err.startswith("cowork: --lang: expected fr, en or nl, or a regional variant")
    assert "found 'en_UK'; nearest: en, " in err


def test_an_unknown_time_zone_is_refused_with_the_nearest_ones(tmp_path: Path) -> None:
    assert refused(tmp_path, timezone="Europe/Bruxelles") == (
        "cowork: --timezone: expected a time zone of the IANA database, such as Europe/Brussels, "
        "found 'Europe/Bruxelles'; nearest: Europe/Brussels, Europe/Belfast, Europe/Budapest "
        "(nothing was written)\n"
    )


def test_a_city_alone_finds_its_time_zone(tmp_path: Path) -> None:
    assert "found 'Paris'; nearest: Europe/Paris (nothing" in refused(tmp_path, timezone="Paris")


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        (
            "public_url",
            "http://la-ruche.example",
            "--public-url: expected an address starting with https://, such as "
            "https://space.example, found 'http://la-ruche.example'",
        ),
        (
            "public_url",
            "https://la ruche.example",
            "--public-url: expected an address starting with https://, such as "
            "https://space.example, found 'https://la ruche.example'",
        ),
        (
            "repository_url",
            "https://github.com/la-ruche",
            "--repository-url: expected a repository's address with its owner and name, such as "
            "https://github.com/your-space/site, found 'https://github.com/la-ruche'",
        ),
        (
            "admin",
            "Sam Lee",
            "--admin: expected a forge login: letters, digits and single hyphens, 39 characters "
            "at most, found 'Sam Lee'",
        ),
        (
            "admin",
            "-sam",
            "--admin: expected a forge login: letters, digits and single hyphens, 39 characters "
            "at most, found '-sam'",
        ),
        ("forge", "bitbucket", "--forge: expected github or gitlab, found 'bitbucket'"),
        (
            "name",
            "   ",
            "--name: expected the space's name on one line (200 characters at most), found '   '",
        ),
        (
            "address",
            "Lille",
            "--address: expected an address written STREET, POSTCODE CITY, COUNTRY such as "
            "Rue Haute 12, 1000 Bruxelles, BE, found 'Lille'",
        ),
    ],
)
def test_a_malformed_answer_is_refused(
    tmp_path: Path, option: str, value: str, expected: str
) -> None:
    assert refused(tmp_path, **{option: value}) == f"cowork: {expected} (nothing was written)\n"


def test_a_forge_that_contradicts_the_repository_is_refused(tmp_path: Path) -> None:
    assert refused(tmp_path, forge="gitlab") == (
        "cowork: --forge: expected github for a repository on github.com, found 'gitlab' "
        "(nothing was written)\n"
    )


def test_without_a_terminal_a_missing_answer_names_its_option(tmp_path: Path) -> None:
    assert refused(tmp_path, timezone=None) == (
        "cowork: --timezone is missing: give it, or run cowork init in a terminal to be asked "
        "(nothing was written)\n"
    )


def test_an_empty_address_means_later_as_the_help_says(tmp_path: Path) -> None:
    status, _, err = init(tmp_path / "site", address="")
    assert (status, err) == (0, "")
    space = yaml.safe_load((tmp_path / "site" / "space.yaml").read_text("utf-8"))
    assert "street" not in (space.get("address") or {}), space
    # A question's help keeps its capitals: en_GB and Europe/Brussels as they are written.
    out = io.StringIO()
    with pytest.raises(SystemExit), contextlib.redirect_stdout(out):
        main(["init", "--help"], NOW, out, io.StringIO())
    assert "en_GB" in out.getvalue() and "Europe/Brussels" in out.getvalue()


def test_the_forge_of_a_well_known_host_needs_no_option(tmp_path: Path) -> None:
    status, _, err = init(tmp_path / "site", forge=None)
    assert (status, err) == (0, "")
    assert (tmp_path / "site" / ".github" / "workflows" / "pull-request.yml").is_file()


def test_on_a_terminal_missing_answers_are_asked_and_a_bad_one_asked_again(
    tmp_path: Path,
) -> None:
    typed = Terminal("Europe/Bruxelles\nEurope/Brussels\nRue Haute 12, 1000 Bruxelles, BE\n")
    status, out, err = init(tmp_path / "site", typed, timezone=None, address=None)
    assert (status, err) == (0, "")
    assert out.startswith(
        "Its time zone (such as Europe/Brussels): "
        "  expected a time zone of the IANA database, such as Europe/Brussels, found "
        "'Europe/Bruxelles'; nearest: Europe/Brussels, Europe/Belfast, Europe/Budapest\n"
        "Its time zone (such as Europe/Brussels): "
        "Its address, as STREET, POSTCODE CITY, COUNTRY (empty: add it later in space.yaml): "
        "Wrote "
    )
    space, problems = load_space(tmp_path / "site" / "space.yaml", tmp_path / "site")
    assert problems == []
    assert space is not None
    assert (space.timezone, space.address.city, space.address.postcode) == (
        "Europe/Brussels",
        "Bruxelles",
        "1000",
    )


def test_input_that_ends_before_the_answers_writes_nothing(tmp_path: Path) -> None:
    status, _, err = init(tmp_path / "site", Terminal(""), timezone=None)
    assert status == 2
    assert err == (
        "cowork: the input ended before every question was answered (nothing was written)\n"
    )
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Rue Haute 12, 1000 Bruxelles, BE", Address("Rue Haute 12", "1000", "Bruxelles", "BE")),
        ("27 rue du Métier, 59000 Lille", Address("27 rue du Métier", "59000", "Lille", "")),
        (
            "1 High Street, London EC1A 1BB, gb",
            Address("1 High Street", "EC1A 1BB", "London", "GB"),
        ),
        ("Oudegracht 1, Utrecht", Address("Oudegracht 1", "", "Utrecht", "")),
    ],
)
def test_an_address_is_read_street_postcode_city_country(text: str, address: Address) -> None:
    assert check_address(text) == address


def test_cowork_version_prints_the_kits_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"cowork {__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    assert metadata.version("cowork-site-kit") == __version__


@pytest.mark.parametrize("lang", ["fr", "en_GB", "nl_BE"])
def test_the_data_files_written_are_valid(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "site"
    status, _, err = init(target, lang=lang, address="Rue Haute 12, 1000 Bruxelles, BE")
    assert (status, err) == (0, "")
    space, problems = load_space(target / "space.yaml", target)
    assert problems == []
    assert space is not None
    assert (space.name, space.language, space.public_url) == (
        "La Ruche",
        lang,
        "https://la-ruche.example",
    )
    member, problems = load_yaml(target / "members" / "sam-lee.yaml", target)
    assert problems == []
    assert member is not None
    assert validate_document(member, load_schema("member")) == []
    assert member.data["role"] == "editor"
    assert str(member.data["consent"]["directory"]) == "2026-11-22"


def test_every_file_is_filled_in_and_names_no_place_on_this_machine(tmp_path: Path) -> None:
    target = tmp_path / "site"
    assert init(target, name='Le "Bocal" & Cie: l\'atelier')[0] == 0
    for path in (p for p in target.rglob("*") if p.is_file() and ".git" not in p.parts):
        text = path.read_text("utf-8")
        relpath = path.relative_to(target).as_posix()
        assert re.search(r"@[A-Z][A-Z0-9_]*@", text) is None, relpath
        assert str(ROOT) not in text and str(tmp_path) not in text, relpath
    space, problems = load_space(target / "space.yaml", target)
    assert problems == []
    assert space is not None and space.name == 'Le "Bocal" & Cie: l\'atelier'


def test_requirements_pin_the_kit_and_everything_it_installs(tmp_path: Path) -> None:
    assert init(tmp_path / "site")[0] == 0
    lines = (tmp_path / "site" / "requirements.txt").read_text("utf-8").splitlines()
    requirements = [line for line in lines if not line.startswith("#")]
    assert requirements[0] == "cowork-site-kit==0.2.0"
    pins = dict(line.split("==") for line in requirements[1:])
    # A dependency, a test extra, and one of theirs, each at the version installed here.
    for name in ("pelican", "pytest", "Jinja2", "MarkupSafe"):
        assert pins[name] == metadata.version(name), name
    assert "cowork-site-kit" not in pins


def test_a_local_kit_is_written_as_its_absolute_address(tmp_path: Path) -> None:
    assert init(tmp_path / "site", kit=str(ROOT))[0] == 0
    lines = (tmp_path / "site" / "requirements.txt").read_text("utf-8").splitlines()
    first = next(line for line in lines if not line.startswith("#"))
    assert first == f"cowork-site-kit @ {ROOT.as_uri()}/."


def test_on_a_terminal_the_questions_after_the_language_are_in_it(tmp_path: Path) -> None:
    argv = ["init", str(tmp_path / "site")]
    argv += [f"{k}={v}" for k, v in OPTIONS.items() if k not in {"--lang", "--timezone"}]
    typed = Terminal("nl_BE\nEuropa/Brussel\nEurope/Brussels\n\n")
    out = io.StringIO()
    environ = {"COWORK_NOW": NOW["COWORK_NOW"]}
    assert main(argv, environ, out, io.StringIO(), typed) == 0
    assert out.getvalue().startswith(
        "The site's language (fr, en, nl, or a variant such as en_GB, fr_BE, nl_BE): "
        "De tijdzone (bijvoorbeeld Europe/Brussels): "
        "  verwacht een tijdzone uit de IANA-database, zoals Europe/Brussels, gevonden "
        "'Europa/Brussel'"
    )
    assert "\nDaarna:\n" in out.getvalue()


COMMENTED_YAML = re.compile(r"^(\s*)# ((?: {2,}\S| *[a-z_]+:(?:\s|$)| *- ).*)$", re.MULTILINE)
"""A commented line of YAML (a key, an item, or a line indented under one), not a sentence
explaining it: uncommented, it keeps its indentation."""


def uncomment_everything(text: str) -> str:
    """Every commented block uncommented, then the blocks that were commented inside them."""
    while (uncommented := COMMENTED_YAML.sub(r"\1\2", text)) != text:
        text = uncommented
    return text


@pytest.mark.parametrize("lang", ["fr", "en", "nl"])
@pytest.mark.parametrize("address", ["Rue Haute 12, 1000 Bruxelles, BE", None])
def test_every_commented_example_of_space_yaml_passes_the_check(
    tmp_path: Path, lang: str, address: str | None
) -> None:
    target = tmp_path / "site"
    assert init(target, lang=lang, address=address)[0] == 0
    space_yaml = target / "space.yaml"
    written = space_yaml.read_text("utf-8")
    every = uncomment_everything(written)
    for key in ("introduction", "picture", "colors", "home", "plans", "hours", "linked_spaces"):
        assert re.search(rf"^{key}:", every, re.MULTILINE), key
    for key in ("latitude", "longitude", "directions"):
        assert re.search(rf"^  {key}:", every, re.MULTILINE), key
    space_yaml.write_text(every, "utf-8")
    # The picture's file comes first, as its comment says.
    picture = re.search(r"^  path: (images/.+)$", every, re.MULTILINE)
    assert picture is not None
    (target / "content" / picture.group(1)).parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1200, 800), "#8a2b0f").save(target / "content" / picture.group(1))
    out, err = io.StringIO(), io.StringIO()
    status = main(["--settings", str(target / "pelicanconf.py"), "check"], NOW, out, err)
    assert (status, err.getvalue()) == (0, ""), out.getvalue()
    space, problems = load_space(space_yaml, target)
    assert problems == [] and space is not None
    assert space.address is not None and space.address.latitude == 50.8466


@pytest.mark.parametrize(
    ("lang", "page"),
    [("fr", "tarifs.md"), ("en", "prices.md"), ("nl", "tarieven.md")],
)
def test_the_prices_page_reads_right_once_the_plans_are_published(
    tmp_path: Path, lang: str, page: str
) -> None:
    target = tmp_path / "site"
    assert init(target, lang=lang)[0] == 0
    text = (target / "content" / "pages" / page).read_text("utf-8")
    # The table of plans comes above the text: nothing in it may say they are still to come.
    for waiting in ("being set", "Until they", "En attendant", "publiées", "Zolang", "nog niet"):
        assert waiting not in text
