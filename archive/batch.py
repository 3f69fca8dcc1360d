"""Many pages into the archive in one transaction, each stored at most once.

:func:`store_batch` is the archive's group-commit API: it runs the store step
(:func:`pipelines.store.store_page`) over many pages inside one SQLite transaction -- much
faster than a transaction per page -- and, for pages that carry a *key*, guarantees that a
page is stored once however often it is handed over: the key is recorded (table
``stored_items``) in the same transaction as the page, and a key already recorded is skipped
(outcome ``duplicate``). A writer that reads pages from a queue and removes them only after the
commit (``govarchive ingest``) can therefore be killed at any moment without losing or doubling
anything.

One page that fails to store (a bug, a value SQLite refuses) does not sink the batch: it is
rolled back alone (a savepoint per page) and reported in :attr:`BatchResult.errors`.

Example::

    with Archive("archive.db", create=True) as archive:
        state = crawl_state_for(archive)
        result = store_batch(archive, [BatchItem(crawl_id, page, key="abc")], state)
        result.outcomes   # ["new"]
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BatchItem", "BatchResult", "crawl_state_for", "ensure_tables", "is_stored", "mark_stored", "store_batch"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS stored_items (
    key TEXT PRIMARY KEY,
    site TEXT,
    run_uid TEXT,
    kind TEXT,
    outcome TEXT,
    encoding TEXT,
    stored_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stored_items_run ON stored_items (run_uid);
CREATE TABLE IF NOT EXISTS redis_runs (
    run_uid TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    run INTEGER NOT NULL,
    crawl_id INTEGER,
    crawl_run_id INTEGER,
    status TEXT NOT NULL,
    resumed INTEGER NOT NULL DEFAULT 0,
    started_at TEXT,
    finished_at TEXT
);
CREATE INDEX IF NOT EXISTS redis_runs_site ON redis_runs (site, finished_at);
"""

#: errors that are not the page's fault: the whole batch is retried later
TRANSIENT = ("database is locked", "database is busy", "disk I/O error", "database or disk is full")


@dataclass
class BatchItem:
    """One page to store: its crawl, the page dict of the store step, and an optional key."""

    crawl_id: int | None
    page: dict[str, Any]
    key: str | None = None
    run_uid: str | None = None


@dataclass
class BatchResult:
    """``outcomes[i]`` is the store step's outcome of item i (``duplicate`` for a key already
    stored, ``failed`` for an item rolled back); ``errors`` maps failed items to the reason."""

    outcomes: list[str] = field(default_factory=list)
    errors: dict[int, str] = field(default_factory=dict)


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create the tables of this module when missing (idempotent)."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def crawl_state_for(archive: Any) -> Any:
    """The crawl state (:class:`archive.crawlstate.CrawlState`) on the archive's own connection,
    so that its writes join the archive's transaction."""
    from archive.crawlstate import SCHEMA as STATE_SCHEMA
    from archive.crawlstate import CrawlState

    state = CrawlState.__new__(CrawlState)
    state.path = archive.path
    state.conn = archive.conn
    for statement in STATE_SCHEMA.split(";"):
        if statement.strip():
            archive.conn.execute(statement)
    columns = {row[1] for row in archive.conn.execute("PRAGMA table_info(list_pages)")}
    if "page_type" not in columns:
        archive.conn.execute("ALTER TABLE list_pages ADD COLUMN page_type TEXT")
    ensure_tables(archive.conn)
    return state


def is_stored(conn: sqlite3.Connection, key: str) -> bool:
    """True when an item with this key was stored already."""
    return conn.execute("SELECT 1 FROM stored_items WHERE key = ?", (key,)).fetchone() is not None


def mark_stored(
    conn: sqlite3.Connection, key: str, *, site: str | None, run_uid: str | None, kind: str, outcome: str,
    encoding: str | None, stored_at: str,
) -> None:
    """Record that the item ``key`` is stored (inside the transaction that stored it)."""
    conn.execute(
        "INSERT INTO stored_items (key, site, run_uid, kind, outcome, encoding, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (key, site, run_uid, kind, outcome, encoding, stored_at),
    )


def is_transient(exc: BaseException) -> bool:
    """An SQLite error that says nothing about the item (locked, disk full ...)."""
    return isinstance(exc, sqlite3.OperationalError) and any(t in str(exc) for t in TRANSIENT)


class Savepoint:
    """``with Savepoint(conn, "x"):`` -- roll back just this block when it raises."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self.conn = conn
        self.name = name

    def __enter__(self) -> Savepoint:
        self.conn.execute(f"SAVEPOINT {self.name}")
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None:
            self.conn.execute(f"ROLLBACK TO {self.name}")
        self.conn.execute(f"RELEASE {self.name}")


def store_batch(archive: Any, items: Iterable[BatchItem], state: Any = None, *, stored_at: str | None = None) -> BatchResult:
    """Store ``items`` in one transaction (see the module docstring); returns their outcomes.

    ``state`` is the crawl state on the archive's connection (:func:`crawl_state_for`).
    A transient SQLite error (locked, disk full) rolls the whole batch back and is raised.
    """
    from archive.db import now_iso
    from pipelines.store import store_page

    result = BatchResult()
    stored_at = stored_at or now_iso()
    conn = archive.conn
    with archive.transaction():
        for i, item in enumerate(items):
            if item.key and is_stored(conn, item.key):
                result.outcomes.append("duplicate")
                continue
            try:
                with Savepoint(conn, "batch_item"):
                    outcome = store_page(archive, item.crawl_id, item.page, state)
                    if item.key:
                        decoded = item.page.get("decoded")
                        encoding = decoded.get("encoding") if isinstance(decoded, dict) else getattr(decoded, "encoding", None)
                        mark_stored(
                            conn, item.key, site=item.page.get("site"), run_uid=item.run_uid, kind="page",
                            outcome=outcome, encoding=encoding, stored_at=stored_at,
                        )
            except Exception as exc:
                if is_transient(exc):
                    raise
                result.outcomes.append("failed")
                result.errors[i] = f"store failed: {type(exc).__name__}: {exc}"[:500]
                continue
            result.outcomes.append(outcome)
    return result
