"""``python -m archive.cli`` runs the ``govarchive`` command (what cron entries fall back to)."""
from archive.cli import main

main()
