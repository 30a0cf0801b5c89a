"""@PUBLISHCONF_DOC@"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cowork_pelican.conf import production_settings  # noqa: E402

from pelicanconf import *  # noqa: E402, F403

globals().update(production_settings(globals()))
