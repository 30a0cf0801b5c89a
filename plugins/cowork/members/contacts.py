"""Find e-mail addresses and phone numbers in text that would be published.

A member directory on the open web is a harvest for spammers and cold callers, and a member may
paste contact details without thinking of it. These patterns look for what people actually write
(French and international phone numbers with spaces, dots, dashes or brackets; plain and
"[at]"-obfuscated e-mail addresses) while leaving dates, years and prices alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}\b")
_EMAIL_SPELT = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s*[\[({]\s*(?:at|arobase|chez)\s*[\])}]\s*[\w-]+"
    r"(?:\s*(?:[\[({]\s*(?:dot|point)\s*[\])}]|\.)\s*[\w-]+)+",
    re.IGNORECASE,
)
# National French numbers: 0 then 9 digits, in pairs or not (06 12 34 56 78, 06.12.34.56.78).
_PHONE_FR = re.compile(r"(?<![\d/.-])0[1-9](?:[ .\-\u00a0]?\d{2}){4}(?![\d/])")
# International numbers: +33 6 12 34 56 78, +33 (0)6 12…, 0033 6 12…, +1 (555) 123-4567.
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)[1-9][\d \u00a0().\-]{6,22}\d")
_MIN_INTL_DIGITS = 9
_MAX_INTL_DIGITS = 15


@dataclass(frozen=True)
class Contact:
    kind: str
    """'e-mail address' or 'phone number'."""
    text: str


def find_contacts(text: str, phones: bool = True) -> Iterator[Contact]:
    """Every e-mail address (and, with `phones`, phone number) in `text`, in order."""
    for pattern in (_EMAIL, _EMAIL_SPELT):
        for match in pattern.finditer(text):
            yield Contact("e-mail address", match.group(0))
    if not phones:
        return
    for match in _PHONE_FR.finditer(text):
        yield Contact("phone number", match.group(0))
    for match in _PHONE_INTL.finditer(text):
        digits = sum(c.isdigit() for c in match.group(0))
        if _MIN_INTL_DIGITS <= digits <= _MAX_INTL_DIGITS:
            yield Contact("phone number", match.group(0).rstrip(" .-"))
