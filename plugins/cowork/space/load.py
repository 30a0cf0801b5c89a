"""Read `space.yaml` into a `Space`, with every problem found on the way, at its line.

The JSON Schema (`cowork/schemas/space.schema.json`) checks keys, types and formats; the rules
here check what a single value cannot: a time zone the IANA database knows, ranges that end after
they start, closures that end after they begin, plans named once, a picture that is there and is a
picture without location data (its size is read, so its page keeps its place while it loads).
The rules read every part the schema accepted, so one run reports every problem of the file; the
plans' names are kept even then, so members' plans are still checked (`SpaceReading`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cowork.files.names import is_time_zone, nearest_time_zones
from cowork.files.renamed import DATA_RENAMES, read_renamed
from cowork.files.schema import check_document, is_accepted, load_schema
from cowork.files.yamlfile import KeyPath, YamlDocument, format_keypath, load_yaml
from cowork.members.avatars import has_location, location_message
from cowork.problems import Problem, sorted_problems
from cowork.site.language import site_language
from cowork.space.model import (
    HOME_SECTIONS,
    WEEKDAYS,
    Address,
    Closure,
    Colors,
    Link,
    LinkedSpace,
    Picture,
    Plan,
    Space,
    TimeRange,
    Translated,
)
from cowork.text.messages import Message, either, msg, verbatim

CONTENT_FOLDER = "content"
"""Where the picture of `space.yaml` is looked for (its path is as the site serves it)."""
MIN_CONTRAST = 3.0
"""WCAG's least contrast for large text: the share cards' smallest text is 34 px."""


@dataclass(frozen=True)
class SpaceReading:
    """What reading `space.yaml` gives: the space (None with any problem), the problems, and
    the names of its plans the schema accepted, so members' plans are checked even while
    another part of the file is wrong."""

    space: Space | None
    problems: list[Problem]
    plan_names: tuple[str, ...] = ()


def load_space(path: Path, root: Path) -> tuple[Space | None, list[Problem]]:
    """The space described by `path` (shown relative to `root`), or None with the problems."""
    reading = read_space(path, root)
    return reading.space, reading.problems


def read_space(path: Path, root: Path) -> SpaceReading:
    """`space.yaml` read, with every problem of schema and rules at once (see `SpaceReading`)."""
    relpath = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    if not path.is_file():
        return SpaceReading(
            None,
            [
                Problem(
                    relpath,
                    None,
                    "",
                    msg(
                        "expected the file that describes the space, found no {name}",
                        name=path.name,
                    ),
                    hint=msg("create it with `cowork init`, or copy the kit's example and edit it"),
                )
            ],
        )
    doc, problems = load_yaml(path, root)
    if doc is None:
        return SpaceReading(None, problems)
    doc, renamed = read_renamed(doc, DATA_RENAMES["space"])
    schema_problems, refused = check_document(doc, load_schema("space"))
    if not isinstance(doc.data, dict):
        return SpaceReading(None, problems + schema_problems + renamed)

    def accepted(*keypath: str | int) -> bool:
        return is_accepted(keypath, refused)

    # The rules read only what the schema accepted: one run reports every problem of the file.
    problems += sorted_problems([*schema_problems, *_rules(doc, accepted)])
    picture: Picture | None = None
    if accepted("picture"):
        picture, picture_problems = _picture(doc, root)
        problems += picture_problems
    plans = doc.data.get("plans")
    names = tuple(
        plan["name"]
        for index, plan in enumerate(plans if isinstance(plans, list) else ())
        if accepted("plans", index, "name")
    )
    if problems:
        return SpaceReading(None, problems + renamed, names)
    # Only notices (a renamed key) are left: the space is read, and the notices shown.
    return SpaceReading(to_space(doc.data, picture), renamed, names)


def to_space(data: Mapping[str, Any], picture: Picture | None = None) -> Space:
    """A `Space` from data that passed the schema and the rules (`picture` read from its file)."""
    address = data.get("address", {})
    repository = data.get("repository", {})
    contact = data.get("contact", {})
    return Space(
        name=data["name"],
        language=data["language"],
        timezone=data["timezone"],
        legal_name=data.get("legal_name", ""),
        tagline=_translated(data.get("tagline")),
        introduction=_translated(data.get("introduction")),
        public_url=str(data.get("public_url", "")).rstrip("/"),
        repository_url=str(repository.get("url", "")).rstrip("/"),
        repository_branch=repository.get("branch", "main"),
        address=Address(
            street=address.get("street", ""),
            postcode=str(address.get("postcode", "")),
            city=address.get("city", ""),
            country=address.get("country", ""),
            latitude=address.get("latitude"),
            longitude=address.get("longitude"),
            directions=_translated(address.get("directions")),
        ),
        email=contact.get("email", ""),
        phone=str(contact.get("phone", "")),
        social=tuple(Link(s["label"], s["url"]) for s in data.get("social", ())),
        hours={
            WEEKDAYS.index(day): tuple(_range(text) for text in ranges)
            for day, ranges in data.get("hours", {}).items()
            if ranges
        },
        closures=tuple(
            Closure(_date(c["from"]), _date(c.get("to", c["from"])), _translated(c.get("label")))
            for c in data.get("closures", ())
        ),
        plans=tuple(
            Plan(
                p["name"],
                float(p["price"]),
                p["per"],
                p.get("currency", "EUR"),
                tuple(_translated(i) for i in p.get("includes", ())),
                float(p["reduced_price"]) if "reduced_price" in p else None,
            )
            for p in data.get("plans", ())
        ),
        linked_spaces=tuple(
            LinkedSpace(s["label"], s["url"], s.get("spaceapi", ""))
            for s in data.get("linked_spaces", ())
        ),
        colors=Colors(**{key: _color(value) for key, value in data.get("colors", {}).items()}),
        picture=picture,
        home_sections=tuple(data.get("home", {}).get("sections", HOME_SECTIONS)),
    )


def _picture(doc: YamlDocument, root: Path) -> tuple[Picture | None, list[Problem]]:
    """The picture of the place, with its size read from the file; or the problem with it."""
    given = doc.data.get("picture")
    if not given:
        return None, []
    path = given["path"]
    source = root / CONTENT_FOLDER / path

    def problem(message: Message, hint: Message) -> tuple[None, list[Problem]]:
        line = doc.line_of(("picture", "path"))
        return None, [Problem(doc.relpath, line, "picture.path", message, hint=hint)]

    if not source.is_file():
        return problem(
            msg(
                "expected a picture at {shown}, found no such file",
                shown=f"{CONTENT_FOLDER}/{path}",
            ),
            msg(
                "put the picture in {folder} and write its path from images/",
                folder=f"{CONTENT_FOLDER}/images/",
            ),
        )
    from PIL import Image  # only a space.yaml with a picture needs Pillow

    try:
        with Image.open(source) as image:
            width, height = image.size
            located = has_location(image)
    except (OSError, Image.DecompressionBombError):  # UnidentifiedImageError is an OSError
        return problem(
            msg(
                "expected a JPEG, PNG or WebP picture, found a file no picture reader opens: "
                "{path}",
                path=str(path),
            ),
            msg("export the picture again as JPEG or PNG"),
        )
    if located:
        # The site copies the file as it is: its metadata would be published with it.
        return problem(
            location_message(f"{CONTENT_FOLDER}/{path}"),
            msg("export the picture again without its location: photo editors offer it"),
        )
    return Picture(path, _translated(given["alt"]), width, height), []


def _rules(doc: YamlDocument, accepted: Callable[..., bool]) -> Iterator[Problem]:
    """The problems a single value cannot show, in the parts of `doc` the schema `accepted`."""
    data = doc.data

    def problem(keypath: KeyPath, message: Message, hint: Message | None = None) -> Problem:
        return Problem(
            doc.relpath, doc.line_of(keypath), format_keypath(keypath), message, hint=hint
        )

    zone = data.get("timezone")
    if accepted("timezone") and not is_time_zone(zone):
        close = nearest_time_zones(zone)
        yield problem(
            ("timezone",),
            msg("expected a time zone of the IANA database, found '{zone}'", zone=zone),
            msg("did you mean {names}?", names=either(verbatim(zone) for zone in close))
            if close
            else msg("for example Europe/Brussels"),
        )
    hours = data.get("hours")
    for day, ranges in (hours if isinstance(hours, dict) else {}).items():
        previous: TimeRange | None = None
        for index, text in enumerate(ranges if isinstance(ranges, list) else ()):
            if not accepted("hours", day, index):
                continue
            current = _range(text)
            if current.end <= current.start:
                yield problem(
                    ("hours", day, index),
                    msg("expected a range that ends after it starts, found '{text}'", text=text),
                    msg("write the opening time first, such as 08:30-19:00"),
                )
            elif previous is not None and current.start < previous.end:
                yield problem(
                    ("hours", day, index),
                    msg(
                        "expected ranges in order and apart, found '{text}' overlapping the one "
                        "before",
                        text=text,
                    ),
                )
            previous = current
    closures = data.get("closures")
    for index, closure in enumerate(closures if isinstance(closures, list) else ()):
        if (
            accepted("closures", index, "from")
            and accepted("closures", index, "to")
            and "to" in closure
            and _date(closure["to"]) < _date(closure["from"])
        ):
            yield problem(
                ("closures", index, "to"),
                msg(
                    "expected a last day on or after {first}, found {last}",
                    first=str(closure["from"]),
                    last=str(closure["to"]),
                ),
                msg("write the first day in 'from' and the last in 'to'"),
            )
    given = data.get("colors")
    # A colour the schema refused is left out: the others are still compared.
    written_colors = {
        key: value
        for key, value in (given if isinstance(given, dict) else {}).items()
        if accepted("colors", key)
    }
    colors = Colors(**{key: _color(value) for key, value in written_colors.items()})
    for key in ("text", "accent"):
        if not (accepted("colors", key) and accepted("colors", "background")):
            continue
        ratio = contrast(getattr(colors, key), colors.background)
        if ratio < MIN_CONTRAST:
            # The keys may be the defaults: point at the first of the two that was written.
            written = key if key in written_colors else "background"
            yield problem(
                ("colors", written),
                msg(
                    "expected {key} and background colours that contrast at least {minimum}, "
                    "found {color} on {background} ({ratio})",
                    key=key,
                    minimum=f"{MIN_CONTRAST}:1",
                    color=str(getattr(colors, key)),
                    background=str(colors.background),
                    # Cut, not rounded: 2.97 shown as 3.0 would look enough.
                    ratio=f"{math.floor(ratio * 100) / 100:.2f}:1",
                ),
                msg(
                    "the share cards would be hard to read: darken one colour or lighten the other"
                ),
            )
    seen: set[str] = set()
    plans = data.get("plans")
    for index, plan in enumerate(plans if isinstance(plans, list) else ()):
        if not accepted("plans", index, "name"):
            continue
        if plan["name"] in seen:
            yield problem(
                ("plans", index, "name"),
                msg("expected each plan named once, found '{name}' again", name=plan["name"]),
                msg("give the plans different names (members refer to them by name)"),
            )
        seen.add(plan["name"])


def _translated(value: Any) -> Translated:
    if value is None:
        return Translated()
    if isinstance(value, str):
        return Translated({"": value.strip()})
    return Translated({str(k): str(v).strip() for k, v in value.items()})


def _color(text: str) -> str:
    """`#RGB` and `#RRGGBB` as `#rrggbb`: one spelling, so the cards' cache sees one colour."""
    digits = text[1:].lower()
    return "#" + ("".join(d * 2 for d in digits) if len(digits) == 3 else digits)


def contrast(first: str, second: str) -> float:
    """WCAG's contrast ratio of two `#rrggbb` colours, from 1 (the same) to 21 (black on
    white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(color: str) -> float:
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    red, green, blue = (
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _range(text: str) -> TimeRange:
    start, end = text.split("-")
    return TimeRange(_time(start), _time(end))


def _time(text: str) -> dt.time:
    if text == "24:00":
        return dt.time.max
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def declared_language(path: Path, root: Path) -> str | None:
    """The language `space.yaml` says the site is in, even when the file has other problems: its
    problems are then told in that language (an admin editing it is the one who reads them)."""
    if not path.is_file():
        return None
    doc, _ = load_yaml(path, root)
    value = doc.data.get("language") if doc is not None and isinstance(doc.data, dict) else None
    return site_language(value) if isinstance(value, str) else None
