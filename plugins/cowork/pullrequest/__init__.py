"""`cowork check --base`: what a pull request changes (`changes`), who opened it (`author`), who
may change what (`ownership`), and the check of the changed files with what refers to them
(`check`).
"""
