"""Crawl state kept beside the archive, in the same SQLite file, in tables of its own.

The archive (:mod:`archive.db`) is the source of truth for what was archived; this module
adds what an incremental, resumable crawler needs on top of it:

- ``crawl_runs``: one row per run of a site's crawl, closed when the run ends cleanly. A run
  without ``finished_at`` (killed) or with a status other than ``finished`` means the next
  run is a *resume*: it walks every list page again (skipping what is archived) instead of
  stopping at the first list page of known articles.
- ``list_pages``: ETag / Last-Modified, the links and the page type of every list page,
  sitemap and feed, so that a re-crawl can ask "changed since?" and, on ``304 Not Modified``
  (or when a hub or a redundant sitemap is not due), still follow the links the page had.
- ``revisits``: conditional re-fetches answered ``304 Not Modified``: the article is
  "unchanged" and nothing is rewritten.
- ``attachment_blobs`` / ``attachment_files``: downloaded attachment files by SHA-256.

The tables are part of the archive's schema (migration 5, :mod:`archive.migrations`); a
``CrawlState`` works on an :class:`archive.db.Archive`'s own connection (or opens the archive
itself when given a path), and touches none of the archive's other tables.

Example::

    state = CrawlState("archive.db")
    resume = state.previous_run_unfinished("qinghe")
    run = state.start_run("qinghe", crawl_id=7)
    ...
    state.finish_run(run, "finished")
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

from archive.db import Archive
from archive.times import utc_now

__all__ = ["CrawlState"]

def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class CrawlState:
    """Incremental / resume bookkeeping on an archive file (see the module docstring).

    ``CrawlState(archive)`` shares an open :class:`~archive.db.Archive` (and its connection);
    ``CrawlState(path)`` opens (or creates) the archive at ``path`` and closes it on :meth:`close`.

    Example::

        >>> s = CrawlState(":memory:")
        >>> s.remember_list("demo", "http://x/", '"e1"', None, ["http://x/a.html"], "2026-01-01T00:00:00Z")
        >>> s.list_pages("demo")["http://x/"]["links"]
        ['http://x/a.html']
        >>> sha = s.store_attachment("http://x/a.pdf", "demo", b"%PDF-1.4", "application/pdf", "2026-01-01T00:00:00Z")
        >>> s.attachment(sha), s.attachment_fetched("http://x/a.pdf") == (sha, "2026-01-01T00:00:00Z")
        (b'%PDF-1.4', True)
    """

    def __init__(self, archive: Archive | str | os.PathLike[str]) -> None:
        self._owned = not isinstance(archive, Archive)
        self.archive = Archive(archive, create=True) if self._owned else archive
        self.path = self.archive.path
        self.conn = self.archive.conn

    def close(self) -> None:
        """Close the archive when this object opened it (every write is already committed)."""
        if self._owned:
            self.archive.close()

    # -- runs --------------------------------------------------------------------------

    def previous_run_unfinished(self, site: str) -> bool:
        """True when the last run of ``site`` was killed or stopped early (so this one resumes)."""
        row = self.conn.execute(
            "SELECT finished_at, status FROM crawl_runs WHERE site = ? ORDER BY id DESC LIMIT 1", (site,)
        ).fetchone()
        return bool(row) and (row[0] is None or row[1] != "finished")

    def close_dead_runs(self, site: str) -> list[int]:
        """Mark the runs of ``site`` whose process died without closing them as ``interrupted``.

        Returns their crawl ids (so the archive's crawl rows can be closed too). A run whose
        process is still alive (a concurrent crawl started with ``--no-lock``) is left alone.
        """
        closed = []
        rows = self.conn.execute(
            "SELECT id, crawl_id, pid FROM crawl_runs WHERE site = ? AND finished_at IS NULL", (site,)
        ).fetchall()
        for run_id, crawl_id, pid in rows:
            if pid and pid != os.getpid() and _alive(pid):
                continue
            self.finish_run(run_id, "interrupted")
            if crawl_id is not None:
                closed.append(crawl_id)
        return closed

    def start_run(self, site: str, crawl_id: int | None, resumed: bool = False) -> int:
        """Open a run row; returns its id."""
        cur = self.conn.execute(
            "INSERT INTO crawl_runs (site, crawl_id, pid, started_at, resumed) VALUES (?, ?, ?, ?, ?)",
            (site, crawl_id, os.getpid(), utc_now(), int(resumed)),
        )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: str) -> None:
        """Close a run row: ``finished`` only when the crawl ran to its natural end."""
        self.conn.execute(
            "UPDATE crawl_runs SET finished_at = ?, status = ? WHERE id = ?", (utc_now(), status, run_id)
        )

    # -- list pages --------------------------------------------------------------------

    def remember_list(
        self,
        site: str,
        url: str,
        etag: str | None,
        last_modified: str | None,
        links: list[str],
        fetched_at: str,
        page_type: str | None = None,
    ) -> None:
        """Store a list page's validators, links and type (``list``, ``sitemap``, ``feed``, ...),
        replacing the previous ones."""
        self.conn.execute(
            "INSERT OR REPLACE INTO list_pages (site, url, etag, last_modified, links, fetched_at, page_type) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (site, url, etag, last_modified, json.dumps(links, ensure_ascii=False), fetched_at, page_type),
        )

    def links(self, site: str, url: str) -> list[str] | None:
        """The links a remembered list page (sitemap, feed) had last time, or None."""
        row = self.conn.execute("SELECT links FROM list_pages WHERE site = ? AND url = ?", (site, url)).fetchone()
        return json.loads(row[0]) if row else None

    def touch_list(self, site: str, url: str, fetched_at: str) -> None:
        """A list page answered 304: its links are still valid as of ``fetched_at``."""
        self.conn.execute(
            "UPDATE list_pages SET fetched_at = ? WHERE site = ? AND url = ?", (fetched_at, site, url)
        )

    def list_pages(self, site: str) -> dict[str, dict[str, Any]]:
        """``{url: {etag, last_modified, links, fetched_at, page_type}}`` for every remembered list
        page of ``site`` (``page_type`` is None for pages remembered by older versions)."""
        out = {}
        for url, etag, lm, links, fetched_at, page_type in self.conn.execute(
            "SELECT url, etag, last_modified, links, fetched_at, page_type FROM list_pages WHERE site = ?",
            (site,),
        ):
            out[url] = {
                "etag": etag,
                "last_modified": lm,
                "links": json.loads(links),
                "fetched_at": fetched_at,
                "page_type": page_type,
            }
        return out

    # -- revisits ----------------------------------------------------------------------

    def record_revisit(
        self,
        crawl_id: int | None,
        site: str,
        url: str,
        fetched_at: str,
        status: int = 304,
        page_type: str | None = None,
    ) -> None:
        """Record a conditional re-fetch answered 304: the page is unchanged, nothing is rewritten."""
        self.conn.execute(
            "INSERT INTO revisits (crawl_id, site, url, fetched_at, status, page_type) VALUES (?, ?, ?, ?, ?, ?)",
            (crawl_id, site, url, fetched_at, status, page_type),
        )

    def last_revisits(self, site: str) -> dict[str, str]:
        """``{url: last 304 time}`` for ``site``."""
        return dict(
            self.conn.execute(
                "SELECT url, max(fetched_at) FROM revisits WHERE site = ? GROUP BY url", (site,)
            ).fetchall()
        )

    # -- attachments -------------------------------------------------------------------

    def store_attachment(
        self,
        url: str,
        site: str | None,
        body: bytes,
        content_type: str | None,
        fetched_at: str,
        article_url: str | None = None,
    ) -> str:
        """Keep an attachment's bytes once per SHA-256 and map its URL (and the article linking it)
        to them; returns the SHA-256."""
        sha = hashlib.sha256(body).hexdigest()
        with self.archive.transaction():
            self.conn.execute(
                "INSERT OR IGNORE INTO attachment_blobs (sha256, size, content_type, body) VALUES (?, ?, ?, ?)",
                (sha, len(body), content_type, body),
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO attachment_files (url, site, sha256, article_url, fetched_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (url, site, sha, article_url, fetched_at),
            )
        return sha

    def attachment_fetched(self, url: str) -> tuple[str, str] | None:
        """``(sha256, last fetch time)`` of an attachment URL already stored, or None."""
        row = self.conn.execute(
            "SELECT sha256, max(fetched_at) FROM attachment_files WHERE url = ?", (url,)
        ).fetchone()
        if not row or not row[0]:
            return None
        return row[0], row[1]

    def attachment(self, sha256: str) -> bytes | None:
        """The bytes of a stored attachment, or None."""
        row = self.conn.execute("SELECT body FROM attachment_blobs WHERE sha256 = ?", (sha256,)).fetchone()
        return bytes(row[0]) if row else None
