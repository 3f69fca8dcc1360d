"""govarchive CLI commands (cli_archive)."""
from __future__ import annotations

COMMANDS: list = []
