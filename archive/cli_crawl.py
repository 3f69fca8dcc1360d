"""govarchive CLI commands (cli_crawl)."""
from __future__ import annotations

COMMANDS: list = []
