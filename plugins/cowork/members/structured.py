"""schema.org JSON-LD for a profile page: a `ProfilePage` whose main entity is a `Person`.

Only what the profile shows is described (name, picture if consented, links, skills, company);
never an e-mail address. `cowork.text.jsonld.script_json` writes it safe inside the page's
`<script>` element.
"""

from __future__ import annotations

from typing import Any

from cowork.members.directory import Profile


def profile_jsonld(profile: Profile, site_url: str, space_name: str) -> dict[str, Any]:
    """The JSON-LD of `profile`; `site_url` is the absolute root of the site, without `/`."""
    member = profile.member
    page_url = f"{site_url}/{profile.url}"
    person: dict[str, Any] = {"@type": "Person", "@id": page_url + "#person", "name": member.name}
    if member.title:
        person["jobTitle"] = member.title
    if profile.avatar is not None:
        person["image"] = f"{site_url}/{profile.avatar.large}"
    if member.links.all():
        person["sameAs"] = member.links.all()
    if profile.skills:
        person["knowsAbout"] = [skill.label for skill in profile.skills]
    if member.company:
        person["worksFor"] = {"@type": "Organization", "name": member.company}
    person["memberOf"] = {"@type": "Organization", "name": space_name, "url": site_url + "/"}
    page: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "url": page_url,
        "mainEntity": person,
    }
    if profile.since is not None:
        page["dateCreated"] = profile.since.isoformat()
    return page
