"""The main menu: the pages with a `Menu: N`, in the order of their numbers."""

from __future__ import annotations

from cowork.site.menu import MenuEntry, MenuPage, current, menu_entries, section_of


def page(number: str, title: str, menu_title: str = "") -> MenuPage:
    return MenuPage(number, title, menu_title, f"{title.lower()}/")


def test_numbers_are_ordered_as_numbers_not_as_text() -> None:
    entries = menu_entries([page("10", "Ten"), page("2", "Two"), page("1", "One")])
    assert [entry.label for entry in entries] == ["One", "Two", "Ten"]


def test_the_short_title_is_the_label_and_the_address_is_the_page_s() -> None:
    assert menu_entries([page("1", "Charte de l'espace", "Charte")]) == (
        MenuEntry("Charte", "charte de l'espace/"),
    )


def test_a_value_that_is_not_a_number_comes_last_and_ties_keep_the_pages_order() -> None:
    entries = menu_entries(
        [page("end", "Last"), page(" 3 ", "Third"), page("3", "Also third"), page("1", "First")]
    )
    assert [entry.label for entry in entries] == ["First", "Third", "Also third", "Last"]


def test_no_page_in_the_menu_gives_no_entry() -> None:
    assert menu_entries([]) == ()


def test_a_link_is_the_current_page_on_its_address_and_the_current_section_under_it() -> None:
    assert current("membres/", "membres/") == "page"
    assert current("membres/camille-martin/", "membres/") == "true"
    assert current("evenements/2026/12/", "evenements/") == "true"
    # A page's own address is no section: `tarifs.html` has nothing under it.
    assert current("tarifs.html", "tarifs.html") == "page"
    assert current("tarifs.html-old", "tarifs.html") is None
    assert current("membres-anciens/", "membres/") is None
    assert current("", "membres/") is None


def test_a_link_may_stand_for_a_section_at_another_address() -> None:
    # The blog's link leads to its archives; its articles are under the blog's folder.
    section = section_of("blog/{date:%Y}/{slug}/")
    assert section == "blog/"
    assert current("blog/archives/", "blog/archives/", section) == "page"
    assert current("blog/2026/bienvenue/", "blog/archives/", section) == "true"
    assert current("membres/", "blog/archives/", section) is None
    # Articles at the site's root have no folder: the link marks its own page only.
    assert section_of("{date:%Y}/{slug}/") == ""
    assert current("2026/bienvenue/", "archives/", section_of("{date:%Y}/{slug}/")) is None
