"""Production settings: `make publish` builds the public site with this file.

It takes every development setting and adds absolute URLs, feeds with a domain, and a clean output.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *

SITEURL = PUBLIC_URL
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
# Pages removed from content/ must not linger on the public site.
DELETE_OUTPUT_DIRECTORY = True
