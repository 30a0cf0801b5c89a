"""@PELICANCONF_DOC@"""

from cowork_pelican.conf import site_settings

globals().update(site_settings(__file__))

# @PELICANCONF_OWN@
# DEFAULT_PAGINATION = 10
