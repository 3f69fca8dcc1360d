"""govarchive CLI commands (cli_extract)."""
from __future__ import annotations

COMMANDS: list = []
