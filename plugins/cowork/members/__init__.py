"""The member directory's core: one YAML file per member, read, checked and made into models.

Data flow: `load.load_members` reads `members/*.yaml` (checked by `rules`), the git history
dates each file (`cowork.files.history`), `directory.build_directory` decides who is published
and groups them by skill; `cowork.text.safe_markdown`, `avatars` and `structured` turn a
published member into safe HTML, image files and JSON-LD. Nothing here imports Pelican.
"""
