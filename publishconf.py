"""Production settings: `make publish` builds the public site with this file.

It takes every development setting and adds absolute URLs, feeds with a domain, and a clean output.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cowork_pelican.conf import production_settings

from pelicanconf import *

globals().update(production_settings(globals()))
