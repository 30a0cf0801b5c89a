"""The site check a space runs with `make test` (`cowork test`): shipped with the kit, it fits any
space's site, whatever its content and language.

A pytest suite over the site folder named by `COWORK_SITE`: the data passes `cowork check`; the
site builds with every warning fatal, for development and for publishing; every internal link,
asset and `#fragment` resolves; nothing is loaded from another host; feeds and calendars parse;
one page of each type, picked from the output, passes the Nu HTML Checker and, in Chromium, axe
(WCAG 2.2 A/AA), a 320 px screen and the keyboard's skip link. The checks are `check_*.py`,
their fixtures `conftest.py`; `python -m cowork_pelican.sitecheck` runs them (`__main__`). The
walkers they use (`links`, `feeds`, `pages`, `vnu`, `browser`) also serve the kit's own tests.
"""

SITE_VARIABLE = "COWORK_SITE"
"""The environment variable that names the site folder to check."""
OUTCOMES_VARIABLE = "COWORK_SITECHECK_OUTCOMES"
"""Where the run writes how many checks passed, were skipped and were left out (`-k`), for
`cowork test`'s verdict (a run that only listed the checks, or skipped or left out some, is not
simply "passed")."""
