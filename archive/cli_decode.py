"""govarchive CLI commands (cli_decode)."""
from __future__ import annotations

COMMANDS: list = []
