"""The member directory in the site: `/membres/`, a profile per member, a page per skill.

Thin glue over `cowork.members`: the generator loads and checks `members/*.yaml` while Pelican
gathers content (so a bad file stops the build before anything is written), shares who is
published with the other plugins, then writes the pages and the re-encoded pictures once every
generator has its context (articles and events included).

Shares a `MembersShare` (`cowork_pelican.shared`: who has a profile, for organisers, speakers and
blog authors). Reads Pelican's `articles`, the `EventsShare` and the `RecapsShare` (each optional)
in `generate_output` only: the recaps plugin shares at `all_generators_finalized`, after every
`generate_context` (ours included).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from cowork.clock import build_now
from cowork.files.checked import CACHE_FOLDER as CHECKED_FOLDER
from cowork.files.checked import CheckedFiles
from cowork.files.history import FirstAdded, first_added_dates
from cowork.members.bylines import unlisted_authors
from cowork.members.directory import (
    Directory,
    Profile,
    UrlPatterns,
    articles_by_author,
    build_directory,
)
from cowork.members.load import AVATARS_FOLDER, load_members
from cowork.members.model import tone
from cowork.members.rendition_cache import CACHE_FOLDER as AVATARS_CACHE
from cowork.members.rendition_cache import RenditionCache
from cowork.members.structured import profile_jsonld
from cowork.site.links import DatedLink, upcoming_first
from cowork.text.jsonld import script_json
from cowork.text.rendered import CACHE_FOLDER as RENDERED_FOLDER
from cowork.text.rendered import RenderedTexts
from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator
from pelican.urlwrappers import Author
from pelican.utils import get_relative_path, path_to_url

from cowork_pelican import shared
from cowork_pelican.kit import kit_settings
from cowork_pelican.reporting import defer, report_all, say
from cowork_pelican.streaming import write_page

logger = logging.getLogger(__name__)


class MembersGenerator(Generator):  # type: ignore[misc]
    """Reads the members in `generate_context`, writes their pages in `generate_output`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.directory: Directory | None = None
        self.today = dt.date.today()  # replaced by the build's "now" in generate_context
        self.kit = kit_settings(self.settings)
        self.urls = UrlPatterns.from_settings(self.kit)

    def generate_context(self) -> None:
        kit = self.kit
        root = kit.members_path.parent
        # Files that passed the schema unchanged in an earlier build are not checked again.
        checked = CheckedFiles.open("member", kit.root / CHECKED_FOLDER)
        # Bios rendered by an earlier build are not rendered again until they change.
        bios = RenderedTexts.open("bio", kit.root / RENDERED_FOLDER)
        loaded = load_members(kit.members_path, root, kit.membership_plans, checked, bios.render)
        checked.save()
        bios.save()
        defer(self.settings, loaded.problems)
        # One `git log` only when some member leaves their joining date to the history.
        needs_history = any(m.joined is None for m in loaded.members)
        history = first_added_dates(kit.members_path) if needs_history else FirstAdded()
        if history.notice:
            # A shallow CI checkout would publish wrong numbers: warn (fatal with --fatal
            # warnings). A copy outside git is a scratch or test site: just say it.
            level = logging.WARNING if history.shallow else logging.INFO
            logger.log(level, "Members: %s", say(self.settings, history.notice))
        today = build_now(kit.timezone).date()
        self.today = today
        self.directory = build_directory(
            loaded.members, today, history, kit.members_path / AVATARS_FOLDER, self.urls
        )
        share = shared.MembersShare(
            self.directory.links, self.directory.profiles, self.directory.current_count
        )
        shared.set_members(self.context, share)

    def generate_output(self, writer: Any) -> None:
        directory = self.directory
        if directory is None:
            return
        articles = articles_by_author(_article_links(self.context.get("articles", [])))
        calendar, recaps = shared.events(self.context), shared.recaps(self.context)
        events = calendar.by_organizer if calendar else {}
        spoken = recaps.by_speaker if recaps else {}
        cards = _Cards(self.get_template("members/card"), self.settings)
        common = {
            "members_urls": self.urls,
            "members_skills": directory.skills,
            "members_current_count": directory.current_count,
            "tone": tone,
            "member_card": cards.render,
        }
        self._write(
            writer, self.urls.directory, "members/directory", profiles=directory.profiles, **common
        )
        for group in directory.skills:
            self._write(
                writer, group.url, "members/skill", skill=group, profiles=group.profiles, **common
            )
        # Pictures are re-encoded only when the photo or the way it is encoded changed.
        pictures = RenditionCache(self.kit.root / AVATARS_CACHE)
        for profile in directory.profiles:
            handle = profile.member.handle
            self._write(
                writer,
                profile.url,
                "members/profile",
                profile=profile,
                bio_html=Markup(profile.member.bio_html),
                jsonld=Markup(
                    # The order profile_jsonld writes (@context, @type first) and a one-space
                    # indent: the profiles' layout since they have had JSON-LD.
                    script_json(
                        profile_jsonld(profile, self.kit.public_url, self.kit.sitename),
                        indent=1,
                        sort_keys=False,
                    )
                ),
                member_articles=articles.get(handle, []),
                member_events=upcoming_first(list(events.get(handle, [])), self.today),
                member_recaps=[_plain(link) for link in spoken.get(handle, [])],
                **common,
            )
            self._write_avatar(profile, pictures)
        # A picture no profile shows any more (a member who left or withdrew consent) is removed.
        removed = pictures.prune()
        logger.info(
            "Members' pictures: %d encoded, %d reused, %d no longer used removed from %s",
            pictures.encoded,
            pictures.reused,
            removed,
            AVATARS_CACHE,
        )

    def _write(self, writer: Any, url: str, template: str, **extra: Any) -> None:
        save_as = UrlPatterns.save_as(url)
        write_page(
            writer,
            save_as,
            self.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            page_url=url,
            page_siteurl=_siteurl(save_as, self.settings),
            **extra,
        )

    def _write_avatar(self, profile: Profile, pictures: RenditionCache) -> None:
        if profile.avatar is None:
            return
        output = Path(self.output_path)
        targets = [
            (r.size, output / profile.avatar.folder / r.filename) for r in profile.avatar.files
        ]
        pictures.write(profile.avatar.source, targets)


def _siteurl(save_as: str, settings: dict[str, Any]) -> str:
    """The SITEURL a page at `save_as` gets (Pelican makes it relative in development)."""
    if settings["RELATIVE_URLS"]:
        return str(path_to_url(get_relative_path(save_as)))
    return str(settings["SITEURL"])


class _Cards:
    """Each card rendered once per SITEURL and reused: a member appears on the directory and on
    the page of each of their skills, so rendering cards anew each time would cost
    members × skills renders."""

    def __init__(self, template: Any, settings: dict[str, Any]) -> None:
        self.template = template
        self.settings = settings
        self.rendered: dict[tuple[str, str], Markup] = {}
        self.modules: dict[str, Any] = {}

    def render(self, profile: Profile, siteurl: str) -> Markup:
        key = (siteurl, profile.member.handle)
        if key not in self.rendered:
            if siteurl not in self.modules:
                variables = {"SITEURL": siteurl, "tone": tone}
                self.modules[siteurl] = self.template.make_module(variables)
            self.rendered[key] = Markup(self.modules[siteurl].member_card(profile))
        return self.rendered[key]


def _article_links(articles: list[Any]) -> list[tuple[tuple[str, ...], DatedLink]]:
    """Pelican's articles as the core sees them: their authors' slugs, and a link to them."""
    return [
        (
            tuple(author.slug for author in getattr(article, "authors", [])),
            DatedLink(Markup(str(article.title)).striptags(), str(article.url), article.date),
        )
        for article in articles
    ]


def _plain(link: DatedLink) -> DatedLink:
    """A recap's title as plain text: Pelican's titles are HTML (typography, entities)."""
    return DatedLink(Markup(link.title).striptags(), link.url, link.date)


def get_generators(pelican: Any) -> type[MembersGenerator]:
    return MembersGenerator


def sign_for_unlisted_authors(generator: Any) -> None:
    """Articles signed by a member who is not published (left, no consent, file deleted) are
    signed with the site's name (AUTHOR) instead: no byline, author page or feed entry names
    them. Run before Pelican groups articles by author."""
    kit = kit_settings(generator.settings)
    articles = [
        *generator.articles,
        *generator.translations,
        *getattr(generator, "hidden_articles", []),
        *getattr(generator, "hidden_translations", []),
        *generator.drafts,
        *generator.drafts_translations,
    ]
    slugs = {author.slug for article in articles for author in getattr(article, "authors", [])}
    hidden = unlisted_authors(kit, slugs, build_now(kit.timezone).date())
    if not hidden:
        return
    site_name = generator.settings.get("AUTHOR")
    for article in articles:
        kept = [a for a in article.authors if a.slug not in hidden]
        if len(kept) == len(article.authors):
            continue
        if not kept and site_name:
            kept = [Author(site_name, generator.settings)]
        article.authors = kept
        if kept:
            article.author = kept[0]
        elif hasattr(article, "author"):
            del article.author


def register() -> None:
    # get_generators: our generator's generate_context runs with the articles' (before any
    # page is written), so a member file error stops the build before output is touched.
    signals.get_generators.connect(get_generators)
    # Before the articles are grouped by author (author pages, feeds): bylines of members who
    # are not published are the site's.
    signals.article_generator_pretaxonomy.connect(sign_for_unlisted_authors)
    # Its problems are shown with every other plugin's, before anything is written.
    signals.get_writer.connect(report_all)
