"""Site-wide pages and files that belong to no one data format: the sitemap and robots.txt
(`sitemap`), the join page's pre-filled "new file" link (`join_link`), and the names the site's
own folders take (`reserved`).
"""
