"""The plans of `space.yaml` as the prices page shows them: amounts written the local way
("15 €", "€15", "€ 15"), with cents only when there are some."""

from __future__ import annotations

from dataclasses import dataclass

from babel.core import Locale
from babel.numbers import format_currency

from cowork.space.model import Space


@dataclass(frozen=True)
class PriceRow:
    """One plan of the prices' table, its amounts written for the site's readers."""

    name: str
    price: str
    """The amount as readers of the site's language write it: "160 €"."""
    reduced: str | None
    """The reduced (solidarity) price, when the plan has one."""
    per: str
    """hour, day, month or year: the template says it in the site's language."""
    includes: tuple[str, ...]


def money(amount: float, currency: str, locale: str) -> str:
    """`amount` in `currency`, the way `locale` writes it; whole amounts without cents."""
    if amount != int(amount):
        return format_currency(amount, currency, locale=locale)
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    whole = pattern.replace(".00", "").replace(",00", "")
    return format_currency(
        int(amount), currency, format=whole, locale=locale, currency_digits=False
    )


@dataclass(frozen=True)
class PriceTable:
    """The prices' table."""

    rows: tuple[PriceRow, ...]
    """Every plan, in the order `space.yaml` lists them."""
    has_reduced: bool
    """Whether some plan has a reduced price: the table then has a column for it."""


def price_table(space: Space, locale: str) -> PriceTable:
    rows = price_rows(space, locale)
    return PriceTable(rows, any(row.reduced for row in rows))


def price_rows(space: Space, locale: str) -> tuple[PriceRow, ...]:
    """Every plan, in the order `space.yaml` lists them."""
    return tuple(
        PriceRow(
            name=plan.name,
            price=money(plan.price, plan.currency, locale),
            reduced=money(plan.reduced_price, plan.currency, locale)
            if plan.reduced_price is not None
            else None,
            per=plan.per,
            includes=tuple(item.get(locale) for item in plan.includes),
        )
        for plan in space.plans
    )
