"""`cowork check`: every check of the repository's data over a scope of files (`scope`), run by
`run`, with each format's validator (`validators`), cross-references (`references`), files the
build would ignore (`strays`), and the output formats for people and CI services (`formats`).
"""
