"""Settings of La Navette's site, the kit's living demo: `make html` and `make serve` use this file.

The space itself (name, language, address, hours, plans...) is described in `space.yaml`; the kit
makes every setting it needs from it (`cowork_pelican.conf`). What follows the import are this
site's own choices, as a space would write them. `publishconf.py` adds what only the public site
needs.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# This repository is the kit's home: its code lives in plugins/; make it importable even without
# `pip install -e .` (a space's site installs the kit from its requirements instead).
if str(ROOT / "plugins") not in sys.path:
    sys.path.insert(0, str(ROOT / "plugins"))

from cowork_pelican.conf import site_settings  # noqa: E402

kit = site_settings(__file__)
# `make serve` also rebuilds when the kit's own code changes: this repository is where it is made.
kit["WATCH_PATHS"] = [*kit["WATCH_PATHS"], str(ROOT / "plugins")]
globals().update(kit)

# ─── This site's own choices ──────────────────────────────────────────────────────────────────
AUTHOR = "L'équipe de La Navette"
