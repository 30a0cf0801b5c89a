"""The example texts the templates ask people to replace, written once: the templates write them
and the checks refuse them, so that a file sent as it was started is told what to fill in."""

from __future__ import annotations

MEMBER_NAME = "Prénom Nom"
EVENT_TITLE = "Titre de l'événement"
EVENT_DESCRIPTION = "Ce qui va se passer, pour qui, et s'il faut s'inscrire (Markdown)."
