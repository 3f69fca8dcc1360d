"""The one exception of the archive library."""
from __future__ import annotations

__all__ = ["ArchiveError"]


class ArchiveError(Exception):
    """Something wrong with the archive file or a request to it (one-line message)."""
