"""govarchive CLI commands for site configs and scheduling (sites, schedule)."""
from __future__ import annotations

COMMANDS: list = []
