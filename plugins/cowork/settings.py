"""The kit's settings: each one declared once, with its key, default and a line of doc, and read
once per run into one typed, frozen object.

The Pelican plugins build it from the build's settings (`from_build_settings`); the `cowork`
command reads the same `pelicanconf.py` with `load_settings_file` (standard library only). A key
that looks like the kit's (`MEMBERS_*`, `EVENTS_*`...) but is not declared here is almost always a
typo: `unknown_keys` reports it, with the declared key it is closest to, as a warning (which fails
the build, as every warning does). The README's settings reference is checked against this list.
"""

from __future__ import annotations

import difflib
import re
import runpy
from collections.abc import Iterable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cowork.files.renamed import SETTING_RENAMES, Renamed, notice
from cowork.problems import Problem, Severity
from cowork.site.language import words
from cowork.text.messages import msg

KIT_PREFIXES = ("MEMBERS_", "MEMBER_", "EVENTS_", "EVENT_", "RECAPS_", "COWORK_")
"""Keys with these prefixes belong to the kit: an undeclared one is reported."""


def _setting(key: str, default: Any, doc: str, kind: str = "str") -> Any:
    """Declare a field read from the settings file's `key`; `kind` says how its value is read
    (`str`, `url` (no trailing slash), `int`, `bool`, `path` (relative to the root), `names`,
    `mapping`, `optional`)."""
    metadata = {"key": key, "doc": doc, "kind": kind}
    if isinstance(default, Mapping):
        return field(default_factory=lambda: MappingProxyType(dict(default)), metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True)
class KitSettings:
    """Every setting of the kit, read once from the settings file (see `_setting`)."""

    root: Path
    """The repository's root: the folder of the settings file."""

    # ─── Where things are ─────────────────────────────────────────────────────────────────────
    content_path: Path = _setting("PATH", Path("content"), "articles and pages", "path")
    members_path: Path = _setting("MEMBERS_PATH", Path("members"), "member files", "path")
    events_path: Path = _setting("EVENTS_PATH", Path("events"), "event files", "path")
    output_path: Path = _setting(
        "OUTPUT_PATH", Path("output"), "where the build writes the site (never a link)", "path"
    )
    theme_path: Path = _setting(
        "THEME",
        Path(__file__).resolve().parent.parent / "cowork_pelican" / "theme",
        "the theme (its translations/ hold the catalogs); default: the kit's",
        "path",
    )

    # ─── The space ────────────────────────────────────────────────────────────────────────────
    sitename: str = _setting("SITENAME", "", "the site's name (calendars, feeds, structured data)")
    timezone: str = _setting("TIMEZONE", "Europe/Paris", "the space's IANA time zone")
    lang: str = _setting("DEFAULT_LANG", "fr", "the interface language")
    public_url: str = _setting(
        "PUBLIC_URL", "", "the public site's address; else SITEURL when it is absolute", "url"
    )
    repository_url: str = _setting(
        "REPOSITORY_URL", "", "where the site's sources are hosted (join and edit links)", "url"
    )
    repository_branch: str = _setting("REPOSITORY_BRANCH", "main", "the published branch")
    space: Mapping[str, Any] = _setting(
        "SPACE", {}, "name, address, contact of the space", "mapping"
    )
    membership_plans: tuple[str, ...] = _setting(
        "MEMBERSHIP_PLANS", (), "known plan names; empty: a member's plan is free text", "names"
    )

    # ─── Member directory ─────────────────────────────────────────────────────────────────────
    members_url: str = _setting(
        "MEMBERS_URL", "membres/", "the directory's address; default in the site's language"
    )
    member_url: str = _setting(
        "MEMBER_URL", "", "a profile's address, with {handle}; default: MEMBERS_URL + {handle}/"
    )
    members_skill_url: str = _setting(
        "MEMBERS_SKILL_URL",
        "",
        "a skill page's address, with {slug}; default: MEMBERS_URL + the word for skills",
    )
    members_avatars_url: str = _setting(
        "MEMBERS_AVATARS_URL", "", "the pictures' folder; default: MEMBERS_URL + avatars/"
    )

    # ─── Event calendar ───────────────────────────────────────────────────────────────────────
    events_url: str = _setting(
        "EVENTS_URL", "evenements/", "the calendar's address; default in the site's language"
    )
    events_archives_url: str = _setting(
        "EVENTS_ARCHIVES_URL", "", "past events; default: EVENTS_URL + the word for archives"
    )
    events_calendar_url: str = _setting(
        "EVENTS_CALENDAR_URL", "calendar.ics", "the whole calendar's iCalendar feed"
    )
    events_series_feed_url: str = _setting(
        "EVENTS_SERIES_FEED_URL", "calendar/{slug}.ics", "one series' iCalendar feed"
    )
    events_tag_feed_url: str = _setting(
        "EVENTS_TAG_FEED_URL",
        "calendar/etiquette/{tag}.ics",
        "one tag's iCalendar feed; default in the site's language",
    )
    events_feed_atom: str = _setting(
        "EVENTS_FEED_ATOM",
        "feeds/evenements.atom.xml",
        "the Atom feed of upcoming events; default in the site's language",
    )
    events_feed_title: str = _setting(
        "EVENTS_FEED_TITLE",
        "Agenda",
        "the Atom feed's title, after the site's name; default in the site's language",
    )
    events_feed_max_items: int = _setting(
        "EVENTS_FEED_MAX_ITEMS", 30, "upcoming dates in the Atom feed", "int"
    )
    events_home_count: int = _setting(
        "EVENTS_HOME_COUNT", 3, "upcoming dates on the home page", "int"
    )
    events_list_months: int = _setting(
        "EVENTS_LIST_MONTHS", 6, "months listed on the calendar's page", "int"
    )
    events_page_upcoming: int = _setting(
        "EVENTS_PAGE_UPCOMING", 8, "upcoming dates listed on an event's page", "int"
    )
    events_page_past: int = _setting(
        "EVENTS_PAGE_PAST",
        5,
        "latest past dates listed on an event's page, besides those with a recap",
        "int",
    )
    events_past_months: int = _setting(
        "EVENTS_PAST_MONTHS",
        12,
        "months before now that keep a month page (older dates: the yearly archive)",
        "int",
    )
    events_horizon_months: int = _setting(
        "EVENTS_HORIZON_MONTHS", 18, "rules without COUNT or UNTIL are expanded this far", "int"
    )
    events_max_occurrences: int = _setting(
        "EVENTS_MAX_OCCURRENCES",
        1000,
        "a rule giving more dates than this in the horizon ahead (in all, if it ends) is refused",
        "int",
    )

    # ─── Recaps ───────────────────────────────────────────────────────────────────────────────
    recaps_category: str | None = _setting(
        "RECAPS_CATEGORY",
        None,
        "the recaps' category; default: \"Recaps\" in the site's language",
        "optional",
    )

    # ─── Sharing ──────────────────────────────────────────────────────────────────────────────
    share_cards: bool = _setting(
        "COWORK_SHARE_CARDS",
        True,
        "a 1200 × 630 picture per page, shown when it is shared (og:image); False: none",
        "bool",
    )

    # ─── Derived values: one rule each ────────────────────────────────────────────────────────

    def __getstate__(self) -> dict[str, Any]:
        # Pelican's content cache (`make serve`) pickles what its readers return, and an
        # article's authors and tags hold the settings: a read-only mapping goes as a plain one.
        return {
            name: dict(value) if isinstance(value, MappingProxyType) else value
            for name, value in vars(self).items()
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            kept = MappingProxyType(value) if isinstance(value, dict) else value
            object.__setattr__(self, name, kept)

    @property
    def profile_url(self) -> str:
        return self.member_url or f"{self.members_url}{{handle}}/"

    @property
    def skill_url(self) -> str:
        return self.members_skill_url or f"{self.members_url}{words(self.lang).skills}/{{slug}}/"

    @property
    def archives_url(self) -> str:
        return self.events_archives_url or f"{self.events_url}{words(self.lang).archives}/"

    @property
    def avatars_url(self) -> str:
        return self.members_avatars_url or f"{self.members_url}avatars/"

    # ─── Not settings: given by the command that builds this object ──────────────────────────
    history_source: tuple[Path, str] | None = None
    """Where the data's git history is read, as (repository, revision): set when the data was
    written out of git elsewhere (a pull request's head commit); None: `root`'s repository, HEAD."""

    # ─── Reading ──────────────────────────────────────────────────────────────────────────────

    def __post_init__(self) -> None:
        # Paths are relative to the repository's root, wherever they were declared.
        for declared in fields(self):
            value = getattr(self, declared.name)
            if declared.metadata.get("kind") == "path" and not value.is_absolute():
                object.__setattr__(self, declared.name, self.root / value)

    @classmethod
    def from_mapping(
        cls, settings: Mapping[str, Any], root: Path, renames: Iterable[Renamed] = SETTING_RENAMES
    ) -> KitSettings:
        settings = _with_new_names(settings, renames)
        values: dict[str, Any] = {}
        for declared in fields(cls):
            key = declared.metadata.get("key")
            if key is None or settings.get(key) in (None, ""):
                continue
            values[declared.name] = _read(settings[key], declared.metadata["kind"])
        # Addresses and feed titles not given are in the site's language.
        lang = values.get("lang", cls.lang)
        for name, value in language_defaults(lang).items():
            values.setdefault(name, value)
        # One rule for the public address: PUBLIC_URL, else SITEURL when it is absolute.
        if "public_url" not in values:
            site_url = str(settings.get("SITEURL") or "")
            if site_url.startswith(("https://", "http://")):
                values["public_url"] = site_url.rstrip("/")
        return cls(root=root, **values)

    @classmethod
    def from_build_settings(cls, settings: Mapping[str, Any]) -> KitSettings:
        """From the settings of a running build, where Pelican has made `PATH` absolute: the
        repository's root is the folder that holds `content/`."""
        return cls.from_mapping(settings, Path(str(settings["PATH"])).resolve().parent)


def _with_new_names(settings: Mapping[str, Any], renames: Iterable[Renamed]) -> Mapping[str, Any]:
    """`settings` where a renamed setting given under its old name is read under its new one."""
    moved = {r.new: settings[r.old] for r in renames if r.old in settings and r.new not in settings}
    return {**settings, **moved} if moved else settings


def language_defaults(lang: str) -> dict[str, str]:
    """The settings whose default follows the site's language, by field name."""
    word = words(lang)
    return {
        "members_url": f"{word.members}/",
        "events_url": f"{word.events}/",
        "events_tag_feed_url": f"calendar/{word.tag}/{{tag}}.ics",
        "events_feed_atom": f"feeds/{word.events_feed}.atom.xml",
        "events_feed_title": word.events_feed_title,
    }


def _read(value: Any, kind: str) -> Any:
    if kind == "path":
        return Path(str(value))
    if kind == "int":
        return int(value)
    if kind == "bool":
        return value if isinstance(value, bool) else str(value).lower() in {"true", "yes", "1"}
    if kind == "url":
        return str(value).rstrip("/")
    if kind == "names":
        return tuple(str(v) for v in value)
    if kind == "mapping":
        return MappingProxyType(dict(value))
    return str(value)


def declared_keys() -> dict[str, str]:
    """Every declared key with its one-line doc, in declaration order."""
    return {
        f.metadata["key"]: f.metadata["doc"] for f in fields(KitSettings) if "key" in f.metadata
    }


def settings_table() -> str:
    """The README's settings reference, as a Markdown table made from the declaration."""
    rows = ["| Setting | Default | What it is |", "| --- | --- | --- |"]
    for declared in fields(KitSettings):
        if "key" not in declared.metadata:
            continue
        default = declared.default
        if declared.default_factory is not MISSING:
            default = declared.default_factory()
        # An absolute default (the kit's own theme) is a place on the machine: the doc says it.
        absolute = isinstance(default, Path) and default.is_absolute()
        empty = default in ("", (), None) or default == {} or absolute
        shown = "" if empty else f"`{_shown(default)}`"
        rows.append(f"| `{declared.metadata['key']}` | {shown} | {declared.metadata['doc']} |")
    return "\n".join(rows) + "\n"


def _shown(value: Any) -> str:
    return value.as_posix() if isinstance(value, Path) else str(value)


def unknown_keys(
    settings: Mapping[str, Any],
    root: Path,
    sources: Iterable[Path],
    renames: Iterable[Renamed] = SETTING_RENAMES,
) -> list[Problem]:
    """Keys with a kit prefix that no setting declares: a warning each, at the line of the first
    of `sources` (settings files) that assigns it, with the closest declared key. A renamed
    setting under its old name gets a notice naming the new one instead."""
    sources = list(sources)
    known = declared_keys()
    old_names = {r.old: r for r in renames}
    problems = []
    for key in sorted(settings):
        if key in old_names:
            problems.append(notice(*_assignment(key, root, sources), old_names[key]))
            continue
        if not key.startswith(KIT_PREFIXES) or key in known:
            continue
        close = _closest(key, known)
        relpath, line = _assignment(key, root, sources)
        problems.append(
            Problem(
                relpath,
                line,
                key,
                msg(
                    "unknown setting: the kit declares no setting of this name, so it would be "
                    "ignored"
                ),
                Severity.WARNING,
                msg("did you mean '{key}'?", key=close[0])
                if close
                else msg("see the settings list in README.md"),
            )
        )
    return problems


def _closest(key: str, known: Iterable[str]) -> list[str]:
    """The declared key closest to `key` (a list of one, or empty), judged first on the words
    after the kit's prefix: on whole keys, every `COWORK_` key would look like every other one.
    Among those whose words are close, the one whose whole key is closest (`EVENT_URL`:
    `EVENTS_URL`, not `MEMBERS_URL`)."""

    def words_of(name: str) -> str:
        prefix = next((p for p in KIT_PREFIXES if name.startswith(p)), "")
        return name.removeprefix(prefix)

    names = list(known)
    close = difflib.get_close_matches(words_of(key), {words_of(n) for n in names}, 3, 0.6)
    candidates = [name for name in names if words_of(name) in close]
    return difflib.get_close_matches(key, candidates, n=1, cutoff=0)


def _assignment(key: str, root: Path, sources: Iterable[Path]) -> tuple[str, int | None]:
    pattern = re.compile(rf"^{re.escape(key)}\s*[:=]")
    first: Path | None = None
    for source in sources:
        first = first or source
        try:
            lines = source.read_text("utf-8").splitlines()
        except OSError:
            continue
        for number, line in enumerate(lines, start=1):
            if pattern.match(line):
                return _relative(source, root), number
    return (_relative(first, root) if first else "pelicanconf.py"), None


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name


def load_settings_file(path: Path) -> tuple[KitSettings, list[Problem]]:
    """Read a `pelicanconf.py`-style file without Pelican (it is plain Python), with the
    problems of its kit keys."""
    path = path.resolve()
    values = runpy.run_path(str(path))
    settings = KitSettings.from_mapping(values, path.parent)
    return settings, unknown_keys(values, path.parent, [path])


if __name__ == "__main__":
    # `python -m cowork.settings` prints the README's settings table.
    print(settings_table(), end="")
