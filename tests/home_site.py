"""A scratch space for the home page's tests: its own `space.yaml`, members, an event, articles and
pages, written by the tests (never the demo's), and the same space with parts taken away."""

from __future__ import annotations

SPACE = """\
name: La Ruche
legal_name: Association La Ruche
tagline:
  fr: Un atelier partagé à Roubaix
introduction:
  fr: |
    Douze postes et une **grande table**, au-dessus d'une boulangerie.
language: fr
timezone: Europe/Paris
public_url: https://la-ruche.example
repository:
  url: https://github.com/la-ruche/site
address:
  street: 3 rue des Abeilles
  postcode: "59100"
  city: Roubaix
  country: FR
  latitude: 50.6942
  longitude: 3.1746
  directions:
    fr: Métro *Eurotéléport*, puis cinq minutes à pied.
hours:
  monday: [09:00-12:00, 14:00-18:00]
  tuesday: [09:00-18:00]
  wednesday: [09:00-18:00]
  thursday: [09:00-18:00]
  friday: [09:00-17:00]
closures:
  - from: 2026-12-24
    to: 2026-12-26
    label: {fr: Noël}
  - from: 2026-12-31
  - from: 2026-01-01
    label: {fr: Jour de l'an passé}
plans:
  - name: Journée
    price: 12
    per: day
  - name: Mensuel
    price: 150
    reduced_price: 80
    per: month
"""

MEMBERS = {
    "members/ana-lima.yaml": (
        "name: Ana Lima\nplan: Mensuel\njoined: 2025-02-01\nconsent:\n  directory: 2026-01-05\n"
    ),
    "members/bruno-diaz.yaml": (
        "name: Bruno Diaz\nplan: Mensuel\njoined: 2026-03-01\nconsent:\n  directory: 2026-03-01\n"
    ),
    # Current, but has not agreed to the directory: counted, never named.
    "members/cachee.yaml": "name: Clémence Cachée\nplan: Journée\njoined: 2026-04-01\n",
}

EVENT = (
    "title: Atelier miel\nstart: 2026-12-03 12:30\nduration: 1h\nlocation: Grande table\n"
    "organizers: [ana-lima]\n"
)

ARTICLE = (
    "Title: Nous ouvrons\nDate: 2026-10-01\nCategory: Nouvelles\n\nLa Ruche ouvre ses portes.\n"
)

PAGES = {
    "content/pages/tarifs.md": "Title: Tarifs\nSlug: tarifs\nTemplate: prices\n\nNos tarifs.\n",
    "content/pages/rejoindre.md": (
        "Title: Rejoindre\nSlug: rejoindre\nTemplate: join\n\nComment devenir membre.\n"
    ),
}


def full_site(space: str = SPACE) -> dict[str, str | bytes]:
    """Every section has something to show."""
    return {
        "space.yaml": space,
        **MEMBERS,
        "events/atelier-miel.yaml": EVENT,
        "content/articles/ouverture.md": ARTICLE,
        **PAGES,
    }


def bare_site(space: str = SPACE) -> dict[str, str | bytes]:
    """A new space: its space.yaml, and no member, event, article or page yet."""
    return {"space.yaml": space}
