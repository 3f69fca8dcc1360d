"""The exceptions of the archive library: ``ArchiveError`` and its kind ``ArchiveLocked``."""
from __future__ import annotations

import sqlite3

__all__ = ["WRITE_ERRORS", "ArchiveError", "ArchiveLocked", "is_lock_error"]


class ArchiveError(Exception):
    """Something wrong with the archive file or a request to it (one-line message)."""


class ArchiveLocked(ArchiveError):
    """Another process held the archive's write lock longer than this one would wait."""


def is_lock_error(exc: BaseException) -> bool:
    """Whether an sqlite3 error is SQLite's "database is locked" / "busy" (worth waiting out).

    >>> import sqlite3
    >>> is_lock_error(sqlite3.OperationalError("database is locked")), is_lock_error(ValueError("x"))
    (True, False)
    """
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


#: What a write to the archive may raise when the archive cannot take it (a lock held past the
#: wait, a full disk, an I/O error): callers above the archive catch these, never ``sqlite3``.
WRITE_ERRORS: tuple[type[BaseException], ...] = (ArchiveError, sqlite3.OperationalError)
