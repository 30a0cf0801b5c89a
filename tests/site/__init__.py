"""The site layer: real Pelican builds of the sample site and of scratch sites in `tmp_path`,
read back as a visitor's tools read them (HTML, feeds, calendars, links, the HTML checker).
"""
