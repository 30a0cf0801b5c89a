"""The forges' own schemas of their CI files and forms, as check-jsonschema ships them.

Run in the test's process through check-jsonschema's command (click's runner): the same checks as
`check-jsonschema --builtin-schema NAME FILE...`, without a new interpreter importing it all again
for each file.
"""

from __future__ import annotations

from pathlib import Path


def check_jsonschema(schema: str, *files: Path) -> None:
    """Fails the test with check-jsonschema's report unless every file matches the `schema`."""
    assert files, "no file to check"
    # Imported here: every process of the suite collects the modules that import this one.
    from check_jsonschema.cli.main_command import main
    from click.testing import CliRunner

    result = CliRunner().invoke(
        main, ["--builtin-schema", schema, *map(str, files)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
