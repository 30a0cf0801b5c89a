"""Site-wide pages and files that belong to no one data format: the sitemap and robots.txt
(`sitemap`), the join page's pre-filled "new file" link (`join_link`), how one feature's pages
name people and list dated links of another's (`links`), and the names the site's own folders
take (`reserved`).
"""
