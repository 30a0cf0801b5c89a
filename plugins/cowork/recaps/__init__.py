"""Event recaps: blog articles that tell what happened at an occurrence of an event.

An article with an `Event:` metadata line is a recap. `header` reads that metadata from the
Markdown file with the line of each key; `check` turns it into a `Recap` tied to one occurrence of
the calendar, or into problems (`files` checks them for the `cowork` command); `links` lists them
by occurrence and by speaker, `cards` shapes the card atop each recap and the events' `subjectOf`;
`draft` writes a new one for `cowork new recap`.
"""
