"""What `cowork init` needs to know about a new space, each question declared once: its option,
its prompt and its check.

Every answer comes from an option (scripts, CI, tests) or, on a terminal, from a question; with no
terminal a missing answer is a usage error that names its option. A check returns the answer as
the site will use it (`en-gb` becomes `en_GB`) or raises `AnswerError` saying what was expected and
what was found. Nothing here writes a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from cowork.errors import UsageError
from cowork.files.names import GITHUB_LOGIN, is_time_zone, nearest_time_zones
from cowork.site.language import nearest_languages, site_language
from cowork.text.messages import ENGLISH, Message, msg

FORGES = ("github", "gitlab")
FORGE_HOSTS = {"github.com": "github", "gitlab.com": "gitlab"}
"""Hosts whose forge is certain: a repository there needs no `--forge`."""


class AnswerError(ValueError):
    """An answer the site cannot use: what was expected, and the nearest valid answers."""

    def __init__(self, expected: Message, nearest: list[str] | None = None) -> None:
        super().__init__(str(expected))
        self.expected = expected
        self.nearest = nearest or []

    def said(self, found: str) -> Message:
        """ "expected X, found 'Y'; nearest: A, B"."""
        if self.nearest:
            return msg(
                "expected {expected}, found '{found}'; nearest: {nearest}",
                expected=self.expected,
                found=found,
                nearest=", ".join(self.nearest),
            )
        return msg("expected {expected}, found '{found}'", expected=self.expected, found=found)


@dataclass(frozen=True)
class Address:
    """The space's postal address, as `cowork init` asks for it."""

    street: str
    postcode: str
    city: str
    country: str


@dataclass(frozen=True)
class SiteAnswers:
    """Every answer `cowork init` needs, checked."""

    name: str
    lang: str
    timezone: str
    forge: str
    repository_url: str
    public_url: str
    admin: str
    """The admin's forge login, in lowercase: the name of their member file."""
    admin_name: str
    address: Address | None = None


Ask = Callable[[str], str]
"""Asks a question on the terminal and returns what was typed."""


@dataclass(frozen=True)
class Question:
    """One answer `cowork init` needs: its option, its question and its check."""

    field: str
    option: str
    prompt: Message
    check: Callable[[str], object]
    required: bool = True


def _line(what: Message, longest: int) -> Callable[[str], str]:
    def check(text: str) -> str:
        value = text.strip()
        if not value or "\n" in value or len(value) > longest or not value.isprintable():
            raise AnswerError(
                msg("{what} on one line ({longest} characters at most)", what=what, longest=longest)
            )
        return value

    return check


def check_language(text: str) -> str:
    lang = site_language(text)
    if lang is None:
        raise AnswerError(
            msg("fr, en or nl, or a regional variant such as en_GB, fr_BE or nl_BE"),
            nearest_languages(text),
        )
    return lang


def check_timezone(text: str) -> str:
    zone = text.strip()
    if not is_time_zone(zone):
        raise AnswerError(
            msg("a time zone of the IANA database, such as Europe/Brussels"),
            nearest_time_zones(zone),
        )
    return zone


def check_forge(text: str) -> str:
    forge = text.strip().lower()
    if forge not in FORGES:
        raise AnswerError(msg("github or gitlab"))
    return forge


def check_public_url(text: str) -> str:
    return _https_url(text, msg("an address starting with https://, such as https://space.example"))


def check_repository_url(text: str) -> str:
    url = _https_url(
        text, msg("a repository's address such as https://github.com/your-space/site")
    ).removesuffix(".git")
    if len([part for part in urlsplit(url).path.split("/") if part]) < 2:
        raise AnswerError(
            msg(
                "a repository's address with its owner and name, such as "
                "https://github.com/your-space/site"
            )
        )
    return url


def _https_url(text: str, expected: Message) -> str:
    url = text.strip()
    parts = urlsplit(url)
    host = parts.hostname or ""
    if (
        parts.scheme != "https"
        or "." not in host
        or re.search(r"\s", url)
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise AnswerError(expected)
    return url.rstrip("/")


def check_login(text: str) -> str:
    login = text.strip()
    if not GITHUB_LOGIN.match(login):
        raise AnswerError(
            msg("a forge login: letters, digits and single hyphens, 39 characters at most")
        )
    return login.lower()


def check_address(text: str) -> Address:
    """`STREET, POSTCODE CITY[, COUNTRY]`: `Rue Haute 12, 1000 Bruxelles, BE`; the postcode may
    also follow the city (`London EC1A 1BB`)."""
    expected = msg(
        "an address written STREET, POSTCODE CITY, COUNTRY such as Rue Haute 12, 1000 Bruxelles, BE"
    )
    parts = [part.strip() for part in text.split(",")]
    country = ""
    if len(parts) == 3 and re.fullmatch(r"[A-Za-z]{2}", parts[2]):
        country = parts.pop().upper()
    if len(parts) != 2 or not all(parts) or "\n" in text:
        raise AnswerError(expected)
    words = parts[1].split()
    postcode: list[str] = []
    while words and any(c.isdigit() for c in words[0]):
        postcode.append(words.pop(0))
    while not postcode and len(words) > 1 and any(c.isdigit() for c in words[-1]):
        postcode.insert(0, words.pop())
        if len(words) > 1 and any(c.isdigit() for c in words[-1]):
            postcode.insert(0, words.pop())
    if not words:
        raise AnswerError(expected)
    return Address(parts[0], " ".join(postcode), " ".join(words), country)


QUESTIONS = (
    Question("name", "--name", msg("The space's name"), _line(msg("the space's name"), 200)),
    Question(
        "lang",
        "--lang",
        msg("The site's language (fr, en, nl, or a variant such as en_GB, fr_BE, nl_BE)"),
        check_language,
    ),
    Question(
        "timezone", "--timezone", msg("Its time zone (such as Europe/Brussels)"), check_timezone
    ),
    Question(
        "address",
        "--address",
        msg("Its address, as STREET, POSTCODE CITY, COUNTRY (empty: add it later in space.yaml)"),
        check_address,
        required=False,
    ),
    Question(
        "repository_url",
        "--repository-url",
        msg("The address of the site's repository (such as https://github.com/your-space/site)"),
        check_repository_url,
    ),
    Question(
        "forge", "--forge", msg("Where the repository is hosted (github or gitlab)"), check_forge
    ),
    Question(
        "public_url",
        "--public-url",
        msg("The public site's address (such as https://your-space.example)"),
        check_public_url,
    ),
    Question("admin", "--admin", msg("Your login on the forge"), check_login),
    Question(
        "admin_name",
        "--admin-name",
        msg("Your name, as the directory shows it"),
        _line(msg("a name"), 80),
    ),
)


def gather_answers(
    given: Mapping[str, str | None], ask: Ask | None, speak: str | None = None
) -> SiteAnswers:
    """The answers from the options in `given` (by field), and from `ask` for the missing ones
    when there is a terminal. Raises `UsageError` naming the option of a bad or missing answer.
    Questions are asked in `speak` if given, else in the site's language once it is known."""
    values: dict[str, object] = {}
    for question in QUESTIONS:
        # The questions after the language are asked in it.
        lang = speak or str(values.get("lang", ENGLISH))
        text = given.get(question.field)
        if text is None and question.field == "forge":
            host = urlsplit(str(values["repository_url"])).hostname or ""
            text = FORGE_HOSTS.get(host)
        if text is not None and not text.strip() and not question.required:
            values[question.field] = None  # given empty: "add it later", as the help says
        elif text is not None:
            values[question.field] = _checked(question, text)
        elif ask is not None:
            values[question.field] = _asked(question, ask, lang)
        elif question.required:
            raise UsageError(
                msg(
                    "{option} is missing: give it, or run cowork init in a terminal to be asked "
                    "(nothing was written)",
                    option=question.option,
                )
            )
    answers = SiteAnswers(**values)  # type: ignore[arg-type]
    _check_forge_host(answers)
    return answers


def _checked(question: Question, text: str) -> object:
    try:
        return question.check(text)
    except AnswerError as bad:
        raise UsageError(
            msg(
                "{option}: {said} (nothing was written)",
                option=question.option,
                said=bad.said(text),
            )
        ) from None


def _asked(question: Question, ask: Ask, lang: str) -> object:
    asked = question.prompt.render(lang)
    prompt = f"{asked}: "
    while True:
        text = ask(prompt).strip()
        if not text and not question.required:
            return None
        try:
            return question.check(text)
        except AnswerError as bad:
            prompt = f"  {bad.said(text).render(lang)}\n{asked}: "


def _check_forge_host(answers: SiteAnswers) -> None:
    known = FORGE_HOSTS.get(urlsplit(answers.repository_url).hostname or "")
    if known is not None and known != answers.forge:
        raise UsageError(
            msg(
                "--forge: expected {known} for a repository on {host}, found '{forge}' (nothing "
                "was written)",
                known=known,
                host=urlsplit(answers.repository_url).hostname or "",
                forge=answers.forge,
            )
        )
