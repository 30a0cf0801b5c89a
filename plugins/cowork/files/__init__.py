"""The repository's files as data: which files are data (`inventory`), how names look (`names`),
reading YAML safely with the line of every key (`yamlfile`), checking it against the format's JSON
Schema (`schema`, with the schemas in `cowork/schemas/`), what git knows of them (`history`),
and git asked with plain commands (`repository`).
"""
