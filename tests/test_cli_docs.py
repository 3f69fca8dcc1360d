"""Every ``govarchive`` command (of every CLI module) is documented: help text with an ``Example:``."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from archive.cli import cli


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    out = []
    for name, command in sorted(group.commands.items()):
        out.append(((*prefix, name), command))
        if isinstance(command, click.Group):
            out.extend(all_commands(command, (*prefix, name)))
    return out


COMMANDS = all_commands(cli)


def test_the_cli_has_the_archive_commands():
    names = {path[0] for path, _ in COMMANDS}
    assert {"search", "export", "stats", "show", "reextract"} <= names


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_command_has_help_with_an_example(path, command):
    assert (command.help or "").strip(), f"govarchive {' '.join(path)} has no help text"
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output, f"govarchive {' '.join(path)} --help has no 'Example:'"
    example = result.output.split("Example:", 1)[1].strip().splitlines()[0].strip()
    assert "govarchive" in example, f"example of govarchive {' '.join(path)} is not a command: {example!r}"


def test_group_help_has_an_example():
    assert "Example:" in CliRunner().invoke(cli, ["--help"]).output
