"""A site as it would be rebuilt every day for ten years: the fixture of the time tests
(`tests/site/test_time_passes.py`) and of `make bench` (`years`).

Two series that never end (every Thursday, every weekday), a one-off event, a recap, a member who
left and one who stays; the dates it is built at.
"""

from __future__ import annotations

TODAY = "2026-11-22T10:00:00"
LATER = {
    "today": TODAY,
    "1 year": "2027-11-22T10:00:00",
    "5 years": "2031-11-22T10:00:00",
    "10 years": "2036-11-22T10:00:00",
}
CONSENT = "consent:\n  directory: 2026-01-05\n"
FILES = {
    "members/ana-lima.yaml": "name: Ana Lima\nrole: editor\n" + CONSENT,
    "members/bruno-costa.yaml": "name: Bruno Costa\nleft: 2027-06-30\n" + CONSENT,
    "events/opencoffee.yaml": (
        "title: OpenCoffee\nstart: 2026-11-05 08:30\nduration: 1h30\nlocation: Grande salle\n"
        "repeat: FREQ=WEEKLY;BYDAY=TH\norganizers: [ana-lima]\n"
        "uid: 7a0c52f4-3a8e-4b8e-9a55-0f5f3f0e9b11\n"
    ),
    "events/permanence.yaml": (
        "title: Permanence d'accueil\nstart: 2026-11-02 09:00\nduration: 1h\nlocation: Accueil\n"
        "repeat: FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\n"
        "uid: 0d6f1b8e-61b4-4a3c-8f7c-2b9a7d4c5e61\n"
    ),
    "events/fete.yaml": (
        "title: Fête de fin d'année\nstart: 2026-12-18 18:30\nduration: 4h\nlocation: Terrasse\n"
        "organizers: [bruno-costa]\nuid: 3c9e2a71-5b0d-4f6e-a8c4-91d2e7f0b3a5\n"
    ),
    "content/recaps/premier-opencoffee.md": (
        "Title: Le premier OpenCoffee\nDate: 2026-11-06 10:00\nAuthor: Ana Lima\n"
        "Event: opencoffee\nOccurrence: 2026-11-05\nSpeakers: ana-lima\n\n"
        "Une douzaine de personnes autour du café.\n"
    ),
    "content/articles/bienvenue.md": (
        "Title: Bienvenue\nDate: 2026-11-01 09:00\nCategory: Vie du lieu\n\nLe site ouvre.\n"
    ),
}
