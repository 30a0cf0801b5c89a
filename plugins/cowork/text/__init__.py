"""Text as readers see it: member-written Markdown made safe (`safe_markdown`), dates in the
site's language (`dates`), the interface's catalogs (`i18n`) and JSON-LD in a page (`jsonld`).
"""
