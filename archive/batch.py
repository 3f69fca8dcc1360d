"""Many items into the archive in one transaction, each stored at most once.

The archive's group-commit API. A caller that stores pages one transaction each pays a
commit (an fsync) per page; a caller that hands pages over from elsewhere -- a queue, another
process -- also needs each page stored *once*, however often it is handed over. Both are here:

- :func:`store_batch` runs the store step (:func:`archive.store.store_page`) over many pages in
  one transaction. A page that carries a *key* is stored only if the key is new: the key is
  recorded (table ``stored_items``) in the same transaction as the page, so a page handed over
  again after a crash -- before or after the commit -- is either stored then or skipped as a
  ``duplicate``, never twice. One page that fails to store (a value SQLite refuses, a bug) is
  rolled back alone and reported; the others are committed. (A batch is first written without a
  savepoint per page -- a savepoint makes SQLite's full-text index write out what it holds each
  time, a third of the writer's time; only when a page fails is the batch rolled back and written
  again with one, so that page alone is left out.)
- :class:`Intake` is the same for a writer that takes everything a distributed crawl produces
  (``govarchive ingest``): pages, attachment files, and the start and end of *runs* -- crawls
  identified by a uid, whose workers are other processes. A run gets a crawl row (and a crawl
  run row, for resuming) when it starts, and its counts and status when it ends.

Example::

    archive = Archive("archive.db", create=True)
    state = crawl_state_for(archive)
    result = store_batch(archive, [BatchItem(crawl_id, page, key="p1"), ...], state)
    result.outcomes          # ["new", ...]; "duplicate" for a key stored before
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "BatchItem", "BatchResult", "Intake", "ItemRejected", "crawl_state_for", "is_transient", "store_batch",
]

#: SQLite errors that are not the item's fault: the whole batch is rolled back and retried
TRANSIENT = ("database is locked", "database is busy", "disk I/O error", "database or disk is full")


class ItemRejected(Exception):
    """One item could not be stored (rolled back alone); the message says why."""


@dataclass
class BatchItem:
    """One page to store: its crawl, the page dict of :func:`archive.store.store_page`, an
    optional key (stored at most once per key) and the run it belongs to."""

    crawl_id: int | None
    page: dict[str, Any]
    key: str | None = None
    run_uid: str | None = None


@dataclass
class BatchResult:
    """``outcomes[i]``: the store step's outcome of item i (``duplicate``: its key was stored
    before; ``failed``: rolled back alone); ``errors``: item index -> why it failed."""

    outcomes: list[str] = field(default_factory=list)
    errors: dict[int, str] = field(default_factory=dict)


def crawl_state_for(archive: Any) -> Any:
    """The crawl state on the archive's own connection (its writes join the archive's transaction)."""
    from archive.crawlstate import CrawlState

    return CrawlState(archive)


def is_transient(exc: BaseException) -> bool:
    """An SQLite error that says nothing about the item (locked, busy, disk full ...).

    >>> is_transient(sqlite3.OperationalError("database is locked")), is_transient(ValueError("x"))
    (True, False)
    """
    return isinstance(exc, sqlite3.OperationalError) and any(t in str(exc) for t in TRANSIENT)


@contextmanager
def _isolated(conn: sqlite3.Connection) -> Iterator[None]:
    """Roll back just this block when it raises; a transient error propagates as it is, any
    other becomes :class:`ItemRejected`."""
    conn.execute("SAVEPOINT batch_item")
    try:
        yield
    except Exception as exc:
        conn.execute("ROLLBACK TO batch_item")
        conn.execute("RELEASE batch_item")
        if is_transient(exc) or isinstance(exc, ItemRejected):
            raise
        raise ItemRejected(f"store failed: {type(exc).__name__}: {exc}"[:500]) from exc
    conn.execute("RELEASE batch_item")


def _encoding(decoded: Any) -> str | None:
    return decoded.get("encoding") if isinstance(decoded, dict) else getattr(decoded, "encoding", None)


def _now() -> str:
    from archive.times import utc_now

    return utc_now()


def store_batch(archive: Any, items: Iterable[BatchItem], state: Any = None) -> BatchResult:
    """Store ``items`` in one transaction (see the module docstring); returns their outcomes.

    ``state`` is the crawl state on the archive's connection (:func:`crawl_state_for`). A
    transient SQLite error (locked, disk full) rolls the whole batch back and is raised.
    """
    items = list(items)
    intake = Intake(archive, state)
    result = BatchResult()
    try:
        if getattr(archive, "_depth", 0):
            raise _Redo  # inside the caller's transaction: a failure could not be rolled back alone
        with archive.transaction():
            for item in items:
                try:
                    result.outcomes.append(
                        intake.store_page(item.page, item.crawl_id, key=item.key, run_uid=item.run_uid, isolate=False)
                    )
                except Exception as exc:
                    if is_transient(exc):
                        raise
                    raise _Redo from exc  # rolls the batch back: written again, a savepoint per page
        return result
    except _Redo:
        pass
    result = BatchResult()
    with archive.transaction():
        for i, item in enumerate(items):
            try:
                result.outcomes.append(intake.store_page(item.page, item.crawl_id, key=item.key, run_uid=item.run_uid))
            except ItemRejected as exc:
                result.outcomes.append("failed")
                result.errors[i] = str(exc)
    return result


class _Redo(Exception):
    """A page of a batch written without savepoints failed: the batch is written again with them."""


@dataclass
class RunRow:
    """A run of a distributed crawl as the archive knows it."""

    run_uid: str
    site: str
    run: int
    crawl_id: int
    crawl_run_id: int | None
    status: str


class Intake:
    """The writer's side of the archive: items of distributed crawls, each stored at most once.

    Every method joins the caller's transaction (``with archive.transaction():``) and rolls back
    alone when it fails (:class:`ItemRejected`). Keys are the items' ids: a key seen before
    makes the call a no-op that returns ``duplicate`` / False.

    Example::

        intake = Intake(archive, crawl_state_for(archive))
        with archive.transaction():
            crawl_id = intake.start_run("k1", run_uid="u1", site="demo", run=1, config={}, resumed=False,
                                        started_at="2026-01-01T00:00:00Z")
            intake.store_page(page, crawl_id, key="k2", run_uid="u1")
            intake.finish_run("k3", run_uid="u1", status="finished", stats={}, finished_at="...")
    """

    def __init__(self, archive: Any, state: Any) -> None:
        self.archive = archive
        self.state = state
        self.conn = archive.conn

    # -- keys --------------------------------------------------------------------------------

    def stored(self, key: str) -> bool:
        """True when an item with this key was stored already."""
        return self.conn.execute("SELECT 1 FROM stored_items WHERE key = ?", (key,)).fetchone() is not None

    def _mark(self, key: str, *, site: str | None, run_uid: str | None, kind: str, outcome: str, encoding: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO stored_items (key, site, run_uid, kind, outcome, encoding, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, site, run_uid, kind, outcome, encoding, _now()),
        )

    # -- pages and files ---------------------------------------------------------------------

    def store_page(
        self, page: dict[str, Any], crawl_id: int | None, *, key: str | None = None, run_uid: str | None = None,
        isolate: bool = True,
    ) -> str:
        """The store step for one page, at most once per ``key``; returns the outcome. ``isolate``:
        in a savepoint of its own, rolled back alone when it fails (:class:`ItemRejected`); without,
        a failure is raised as it is and the caller rolls back its whole transaction."""
        from archive.store import store_page

        if key and self.stored(key):
            return "duplicate"
        with _isolated(self.conn) if isolate else nullcontext():
            outcome = store_page(self.archive, crawl_id, page, self.state)
            if key:
                self._mark(
                    key, site=page.get("site"), run_uid=run_uid, kind="page", outcome=outcome,
                    encoding=_encoding(page.get("decoded")),
                )
        return outcome

    def store_attachment(
        self, key: str, *, run_uid: str, site: str, url: str, body: bytes, content_type: str | None,
        fetched_at: str, article_url: str | None,
    ) -> str:
        """Keep a downloaded attachment file (once per SHA-256); returns its SHA-256 or ``duplicate``."""
        if self.stored(key):
            return "duplicate"
        with _isolated(self.conn):
            sha = self.state.store_attachment(url, site, body, content_type, fetched_at, article_url)
            self._mark(key, site=site, run_uid=run_uid, kind="attachment", outcome="attachment")
        return sha

    # -- runs --------------------------------------------------------------------------------

    def run(self, run_uid: str) -> RunRow | None:
        row = self.conn.execute(
            "SELECT run_uid, site, run, crawl_id, crawl_run_id, status FROM distributed_runs WHERE run_uid = ?",
            (run_uid,),
        ).fetchone()
        return None if row is None else RunRow(*row)

    def start_run(
        self, key: str | None, *, run_uid: str, site: str, run: int, config: dict[str, Any], resumed: bool,
        started_at: str,
    ) -> RunRow:
        """Open the crawl row (and the crawl run row) of a run, once; returns the run."""
        known = self.run(run_uid)
        if known is not None:
            return known
        with _isolated(self.conn):
            crawl_id = self.archive.start_crawl(site=site, config=config, started_at=started_at)
            for dead in self.state.close_dead_runs(site):  # killed local crawls: close their rows honestly
                self.archive.finish_crawl(dead, counts={}, status="interrupted")
            crawl_run_id = self.state.start_run(site, crawl_id, resumed=resumed)
            self.conn.execute(
                "INSERT INTO distributed_runs (run_uid, site, run, crawl_id, crawl_run_id, status, resumed, started_at) "
                "VALUES (?, ?, ?, ?, ?, 'running', ?, ?)",
                (run_uid, site, run, crawl_id, crawl_run_id, int(resumed), started_at),
            )
            if key:
                self._mark(key, site=site, run_uid=run_uid, kind="run_start", outcome="run_start")
        return self.run(run_uid)

    def finish_run(self, key: str | None, *, run_uid: str, status: str, stats: dict[str, int], finished_at: str) -> bool:
        """Close a run's crawl row with its counts: the workers' summed ``stats`` plus what the
        archive stored for it (pages by outcome and encoding). ``status`` is why the run ended
        (``finished``, ``interrupted``, ...). Returns False when it was closed already."""
        row = self.run(run_uid)
        if row is None or row.status != "running" or (key and self.stored(key)):
            return False
        with _isolated(self.conn):
            counts: dict[str, int] = dict(stats)
            pages = 0
            for outcome, n in self.conn.execute(
                "SELECT outcome, count(*) FROM stored_items WHERE run_uid = ? AND kind = 'page' GROUP BY outcome",
                (run_uid,),
            ):
                counts[f"outcome_{outcome}"] = n
                pages += n
            counts["pages"] = pages
            for encoding, n in self.conn.execute(
                "SELECT encoding, count(*) FROM stored_items WHERE run_uid = ? AND kind = 'page' "
                "AND encoding IS NOT NULL GROUP BY encoding", (run_uid,),
            ):
                counts[f"encoding_{encoding}"] = n
            crawl_status = "finished" if status in ("finished", "closespider_pagecount") else status
            self.archive.finish_crawl(row.crawl_id, counts=counts, status=crawl_status, finished_at=finished_at)
            if row.crawl_run_id is not None:
                # only a run that ran to its natural end lets the next one stop paging early
                self.state.finish_run(row.crawl_run_id, "finished" if status == "finished" else status)
            self.conn.execute(
                "UPDATE distributed_runs SET status = ?, finished_at = ? WHERE run_uid = ?", (status, finished_at, run_uid)
            )
            if key:
                self._mark(key, site=row.site, run_uid=run_uid, kind="run_end", outcome=status)
        return True

    # -- what the workers need to know ---------------------------------------------------------

    def site_memory(self, site: str) -> dict[str, Any]:
        """What a crawl of ``site`` must know of the archive: ``known`` articles (with their
        validators), ``revisits`` (URL -> last 304), ``lists`` (list-page memory), ``files``
        (attachment URL -> (sha256, fetched_at)), ``unfinished`` (the last crawl did not finish)
        and ``last_run`` ((run, uid) of the last distributed run closed, or None)."""
        row = self.conn.execute(
            "SELECT run, run_uid FROM distributed_runs WHERE site = ? AND status != 'running' "
            "ORDER BY finished_at DESC, rowid DESC LIMIT 1", (site,),
        ).fetchone()
        files = {
            url: (sha, fetched_at)
            for url, sha, fetched_at in self.conn.execute(
                "SELECT url, sha256, max(fetched_at) FROM attachment_files WHERE site = ? GROUP BY url", (site,)
            )
        }
        return {
            "known": self.archive.known_articles(site),
            "revisits": self.state.last_revisits(site),
            "lists": self.state.list_pages(site),
            "files": files,
            "unfinished": self.state.previous_run_unfinished(site),
            "last_run": (row[0], row[1]) if row else None,
        }
