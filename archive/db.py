"""The archive: a versioned, deduplicated, searchable SQLite file.

One ``Archive`` object wraps one SQLite file (WAL mode, so researchers can read
while a crawl writes). The crawler's store pipeline records every fetch with
``record_page`` and every extracted article with ``record_article``; researchers
``search``, ``export`` and look at ``stats``. Everything is plain SQLite:
``sqlite3``, ``sqlite-utils`` and ``datasette`` open the file directly.

Tables (see ``archive/migrations.py`` for the exact schema):

* ``sites``, ``crawls`` -- one row per run: start, end, config, counts, status.
* ``pages`` -- every fetch: URL, final URL, status, headers, time, the raw body
  zlib-compressed with its SHA-256, encoding and where it came from. A re-fetch
  whose bytes did not change stores no body: ``revisit_of`` points at the capture
  that has it (exported as a WARC revisit record).
* ``articles`` -- the current version of every text; ``article_versions`` every
  earlier version; ``article_urls`` every URL a text was seen under (the same story
  under two URLs is one article: same body, title and attachments, see ``records.same_story``); ``attachments`` the linked files.
* ``articles_search`` -- the Chinese full-text index (see ``archive/text.py``), the
  only one: Datasette searches through it too (``archive/web/``).
* ``changes`` -- what changed: new, edited, removed, restored, unlisted articles, each
  with the captures that show it (see ``archive/changes.py``).
* the crawl state (``crawl_runs``, ``list_pages``, ``revisits``, attachment files):
  see ``archive/crawlstate.py``.

This module is the core: the ``Archive`` class, its connection and transactions, and
the writes of crawls, pages and articles. The rest of the library, one job
per module: ``reads.py`` (captures, articles, changes, search and stats as the class reads them), ``search.py`` (index, query, ranking, rowid layout), ``records.py`` (JSON
columns, version and duplicate hashes), ``captures.py`` (headers, body codec),
``times.py`` (UTC timestamps), ``reports.py`` (stats, crawl summaries), ``changes.py``
(events: edits, removals, restorations), ``diff.py`` (Chinese-aware differences),
``migrations.py`` (the numbered schema; it imports those modules, never this one).

Example:
    >>> a = Archive(":memory:", create=True)
    >>> crawl = a.start_crawl("demo", {"depth": 1})
    >>> page = a.record_page(crawl_id=crawl, site="demo", url="http://x/1", body=b"<p>hi</p>")
    >>> a.record_article(crawl, "demo", page["page_id"],
    ...                  {"url": "http://x/1", "title": "運城防汛", "body": "水位上涨"}, "2026-01-01")
    'new'
    >>> [hit["title"] for hit in a.search("运城")]
    ['運城防汛']
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from archive import changes as changesmod
from archive import search as searchmod
from archive import tuning
from archive.captures import encode_body, normalize_headers
from archive.errors import ArchiveError, ArchiveLocked, is_lock_error
from archive.migrations import applied, latest_version, migrate
from archive.reads import ArchiveReads
from archive.records import (
    article_values,
    attachment_links,
    content_hash,
    dumps,
    same_story,
    stored_record,
)
from archive.times import utc_now

__all__ = ["Archive", "ArchiveError", "ArchiveLocked"]

#: The schema version from which articles carry their extraction's confidence and method (migration 10);
#: an archive held at an older schema (``migrate_upto``, tests of upgrades) writes as it did.
CONFIDENCE_SCHEMA_VERSION = 10
_VERSION_EXTRACTION = ", confidence, extraction_method"


class Archive(ArchiveReads):
    """A govarchive SQLite archive.

    ``Archive(path, create=True)`` opens or creates the file and runs pending
    migrations; with ``create=False`` a missing file raises
    ``ArchiveError("no archive at PATH")`` and a corrupt or foreign file raises
    ``ArchiveError`` too. Write methods each run in their own transaction, or in
    the caller's ``with archive.transaction():`` block (much faster for bulk loads).
    A write lock held by another process is waited for, up to ``lock_wait`` seconds
    (``tuning.LOCK_WAIT_SECONDS``), then ``ArchiveLocked`` says so.

    Example:
        >>> a = Archive(":memory:", create=True)
        >>> a.stats()
        []
    """

    def __init__(self, path: str | os.PathLike[str], create: bool = False, *, migrate_upto: int | None = None,
                 lock_wait: float | None = None):
        self.path = str(path)
        self.lock_wait = tuning.LOCK_WAIT_SECONDS if lock_wait is None else max(0.0, float(lock_wait))
        memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        if not memory and not create and not os.path.exists(self.path):
            raise ArchiveError(f"no archive at {self.path}")
        if not memory and os.path.isdir(self.path):
            raise ArchiveError(f"{self.path} is a directory, not an archive")
        if not memory and create:
            parent = Path(self.path).parent
            if not parent.is_dir():
                raise ArchiveError(f"cannot create archive {self.path}: no directory {parent}")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot open archive {self.path}: {exc}") from None
        self._depth = 0
        deadline = time.monotonic() + self.lock_wait
        while True:
            try:
                self._open(create, memory, migrate_upto)
                break
            except sqlite3.OperationalError as exc:
                if not is_lock_error(exc) or time.monotonic() >= deadline:
                    self.conn.close()
                    if is_lock_error(exc):
                        raise self._locked() from None
                    raise ArchiveError(f"corrupt or unreadable archive {self.path}: {exc}") from None
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                time.sleep(0.2)  # another process migrates or writes: wait for it
        self.db = sqlite_utils.Database(self.conn)

    def _locked(self) -> ArchiveLocked:
        return ArchiveLocked(
            f"archive {self.path} is locked by another process (waited {self.lock_wait:g} s for its write lock)"
        )

    def _open(self, create: bool, memory: bool, migrate_upto: int | None) -> None:
        busy_ms = min(tuning.BUSY_TIMEOUT_MS, int(self.lock_wait * 1000))
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {busy_ms}")
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "migrations" not in tables and (tables or not create):
                raise ArchiveError(f"not a govarchive archive: {self.path}")
            done = applied(self.conn)
            if done and max(done) > latest_version():
                raise ArchiveError(
                    f"archive {self.path} has schema version {max(done)}, newer than this govarchive "
                    f"({latest_version()}): upgrade govarchive"
                )
            if not memory:
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            migrate(self.conn, upto=migrate_upto)
            # an archive held at an older schema (``migrate_upto``, for tests of upgrades) writes as it did
            self.events = changesmod.SCHEMA_VERSION in applied(self.conn)
            self.confidences = CONFIDENCE_SCHEMA_VERSION in applied(self.conn)
        except ArchiveError:
            self.conn.close()
            raise
        except sqlite3.OperationalError:
            raise  # a lock (waited for by __init__) or an unreadable file (reported there)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise ArchiveError(f"corrupt or unreadable archive {self.path}: {exc}") from None

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (commits nothing: every write is already committed).

        Example:
            >>> Archive(":memory:", create=True).close()
        """
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Archive]:
        """Group many writes into one transaction (nested blocks join the outer one).

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> with a.transaction():
            ...     crawl = a.start_crawl("demo", {})
        """
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        deadline = time.monotonic() + self.lock_wait
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                # another process holds the write lock past SQLite's busy timeout: wait on, up to
                # lock_wait, then say so (ArchiveLocked) -- never a half-done write
                if not is_lock_error(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise self._locked() from None
                time.sleep(0.2)
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    # -- crawls ------------------------------------------------------------------------

    def _ensure_site(self, site: str, when: str | None = None) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO sites (name, created_at) VALUES (?, ?)", (site, when or utc_now())
        )

    def start_crawl(self, site: str, config: Mapping[str, Any] | None = None, started_at: str | None = None) -> int:
        """Record the start of a crawl of ``site``; returns its crawl id.

        Example:
            >>> Archive(":memory:", create=True).start_crawl("yuncheng", {"max_pages": 50})
            1
        """
        started_at = started_at or utc_now()
        with self.transaction():
            self._ensure_site(site, started_at)
            cur = self.conn.execute(
                "INSERT INTO crawls (site, started_at, status, config) VALUES (?, ?, 'running', ?)",
                (site, started_at, dumps(dict(config or {}))),
            )
            return int(cur.lastrowid)

    def finish_crawl(
        self, crawl_id: int, counts: Mapping[str, Any] | None = None, status: str = "finished",
        finished_at: str | None = None,
    ) -> None:
        """Record the end of a crawl with its counts and final status.

        A ``finished`` crawl also judges which archived articles fell off every list page
        (:func:`archive.changes.judge_unlisted`).

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> a.finish_crawl(a.start_crawl("demo", {}), {"pages": 3})
        """
        finished_at = finished_at or utc_now()
        with self.transaction():
            row = self.conn.execute("SELECT site, started_at FROM crawls WHERE id = ?", (crawl_id,)).fetchone()
            if row is None:
                raise ArchiveError(f"no crawl with id {crawl_id}")
            if status == "finished" and self.events:
                # only a crawl that read its list pages to the end can tell what fell off them
                found = changesmod.judge_unlisted(self.conn, crawl_id, row[0], row[1], finished_at)
                counts = {**dict(counts or {}), **{f"changes_{k}": v for k, v in found.items() if v}}
            self.conn.execute(
                "UPDATE crawls SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
                (finished_at, status, dumps(dict(counts or {})), crawl_id),
            )

    # -- pages -------------------------------------------------------------------------

    def record_page(
        self,
        *,
        crawl_id: int | None,
        site: str,
        url: str,
        final_url: str | None = None,
        status: int | None = 200,
        headers: Any = None,
        body: bytes | None = b"",
        fetched_at: str | None = None,
        encoding: str | None = None,
        encoding_source: str | None = None,
        declared: Mapping[str, Any] | None = None,
        undecodable: int | None = 0,
        mislabelled: bool | None = False,
        page_type: str | None = "other",
        error: str | None = None,
        request_headers: Any = None,
        touch: bool = True,
    ) -> dict[str, Any]:
        """Store one fetch with its raw bytes; returns ``{page_id, sha256, unchanged}``.

        When the last capture of the same URL has the same SHA-256 (or the answer is
        a ``304 Not Modified``) the body is not stored again: the row is a revisit
        pointing at the capture that holds it, and a known article at that URL has
        its last-seen time moved (unless ``touch`` is false: the capture shows the article
        gone, see :func:`archive.store.store_page`).

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> a.record_page(crawl_id=None, site="demo", url="http://x/", body=b"abc")["unchanged"]
            False
            >>> a.record_page(crawl_id=None, site="demo", url="http://x/", body=b"abc")["unchanged"]
            True
        """
        body = bytes(body or b"")
        sha = hashlib.sha256(body).hexdigest()
        fetched_at = fetched_at or utc_now()
        with self.transaction():
            self._ensure_site(site, fetched_at)
            last = self.conn.execute(
                "SELECT id, sha256, revisit_of FROM pages WHERE url = ? ORDER BY id DESC LIMIT 1", (url,)
            ).fetchone()
            not_modified = status == 304 and last is not None and last[1] is not None
            if not_modified:
                sha = last[1]  # a 304 answer re-confirms the last capture's bytes
            unchanged = bool(last and last[1] == sha)
            if unchanged:
                stored, codec, revisit_of = None, None, last[2] or last[0]
                row = touch and self.conn.execute("SELECT article_id FROM article_urls WHERE url = ?", (url,)).fetchone()
                if row:  # an unchanged re-crawl moves last-seen, even when no article is re-extracted
                    self._touch(row[0], url, None, None, fetched_at)
            else:
                (stored, codec), revisit_of = encode_body(body), None
            cur = self.conn.execute(
                """INSERT INTO pages (crawl_id, site, url, final_url, status, fetched_at, headers,
                       request_headers, sha256, size, body, body_codec, revisit_of, encoding,
                       encoding_source, declared, undecodable, mislabelled, page_type, error)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    crawl_id, site, url, final_url or url, status, fetched_at,
                    dumps(normalize_headers(headers)),
                    dumps(normalize_headers(request_headers)) if request_headers else None,
                    sha, len(body), stored, codec, revisit_of, encoding, encoding_source,
                    dumps(dict(declared)) if declared is not None else None,
                    undecodable, None if mislabelled is None else int(bool(mislabelled)), page_type, error,
                ),
            )
            return {"page_id": int(cur.lastrowid), "sha256": sha, "unchanged": unchanged}

    def record_error(self, crawl_id: int | None, site: str, page_id: int | None, url: str, error: str) -> int:
        """Mark a page that failed to decode or extract (its raw bytes stay stored); returns the page id.

        Without a page id (nothing was fetched) a page row without a body is added.

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> a.record_error(None, "demo", None, "http://x/", "timeout")
            1
        """
        with self.transaction():
            self._ensure_site(site)
            if page_id is not None:
                cur = self.conn.execute("UPDATE pages SET error = ? WHERE id = ?", (error, page_id))
                if cur.rowcount == 1:
                    return page_id
            cur = self.conn.execute(
                "INSERT INTO pages (crawl_id, site, url, final_url, fetched_at, error, page_type) "
                "VALUES (?, ?, ?, ?, ?, ?, 'other')",
                (crawl_id, site, url, url, utc_now(), error),
            )
            return int(cur.lastrowid)

    # -- articles ----------------------------------------------------------------------

    def _article(self, article_id: int) -> dict[str, Any] | None:
        cur = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row))

    def _touch(self, article_id: int, url: str, page_id: int | None, crawl_id: int | None, seen_at: str) -> None:
        self.conn.execute(
            """UPDATE articles SET
                 page_id = CASE WHEN ? >= last_seen OR last_seen IS NULL THEN coalesce(?, page_id) ELSE page_id END,
                 crawl_id = CASE WHEN ? >= last_seen OR last_seen IS NULL THEN coalesce(?, crawl_id) ELSE crawl_id END,
                 last_seen = max(coalesce(last_seen, ?), ?),
                 first_seen = min(coalesce(first_seen, ?), ?)
               WHERE id = ?""",
            (seen_at, page_id, seen_at, crawl_id, seen_at, seen_at, seen_at, seen_at, article_id),
        )
        self.conn.execute(
            "UPDATE article_urls SET last_seen = max(coalesce(last_seen, ?), ?), "
            "first_seen = min(coalesce(first_seen, ?), ?) WHERE url = ?",
            (seen_at, seen_at, seen_at, seen_at, url),
        )

    def _store_attachments(self, article_id: int, record: Mapping[str, Any], seen_at: str) -> None:
        for link in attachment_links(record):
            self.conn.execute(
                """INSERT INTO attachments (article_id, url, text, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(article_id, url) DO UPDATE SET last_seen = excluded.last_seen,
                     text = CASE WHEN excluded.text != '' THEN excluded.text ELSE attachments.text END""",
                (article_id, link["url"], link["text"], seen_at, seen_at),
            )

    def record_article(
        self, crawl_id: int | None, site: str, page_id: int | None, record: Mapping[str, Any], seen_at: str
    ) -> str:
        """Store an extracted article; returns ``"new"``, ``"changed"`` or ``"unchanged"``.

        * a URL never seen, with a body no other article of the site has: ``new``;
        * same content as the current version: ``unchanged`` (only last-seen moves);
        * different content: ``changed`` -- the old version goes to
          ``article_versions``, the article gets version + 1;
        * a new URL whose page is an article of the site republished -- the same body,
          title and attachments, no other date or 文号 (:func:`archive.records.same_story`):
          the URL is added to that article (``article_urls``), nothing else is stored:
          ``unchanged``. The same body with another title is another article.

        ``new`` and ``changed`` are recorded as ``new`` / ``edited`` events
        (:mod:`archive.changes`), except a new version extracted from the same bytes as the
        old one (a re-extraction). "Same content" is judged by today's rules
        (:func:`archive.records.content_hash`), also for versions stored under older ones.

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> rec = {"url": "http://x/1", "title": "t", "body": "b"}
            >>> a.record_article(None, "demo", None, rec, "2026-01-01"), a.record_article(None, "demo", None, rec, "2026-01-02")
            ('new', 'unchanged')
        """
        url = record.get("url")
        if not url:
            raise ArchiveError("article record has no url")
        values = article_values(record)
        if not self.confidences:
            values.pop("confidence")
            values.pop("extraction_method")
        with self.transaction():
            self._ensure_site(site, seen_at)
            row = self.conn.execute("SELECT article_id FROM article_urls WHERE url = ?", (url,)).fetchone()
            current = self._article(row[0]) if row else None
            if current is None:
                if len(values["body"].strip()) >= tuning.DEDUP_MIN_BODY_CHARS:
                    # the same body is necessary, never sufficient (records.same_story)
                    dup = next((
                        row for row in self.conn.execute(
                            "SELECT id, body_hash, title, published, attachments, meta FROM articles "
                            "WHERE site = ? AND body_hash = ? ORDER BY id",
                            (site, values["body_hash"]),
                        )
                        if same_story(values, dict(zip(
                            ("id", "body_hash", "title", "published", "attachments", "meta"), row)))
                    ), None)
                    if dup:
                        self.conn.execute(
                            "INSERT INTO article_urls (url, article_id, site, first_seen, last_seen) "
                            "VALUES (?, ?, ?, ?, ?)",
                            (url, dup[0], site, seen_at, seen_at),
                        )
                        self._touch(dup[0], url, page_id, crawl_id, seen_at)
                        return "unchanged"
                # the id SQLite would give the row (one above the largest: ``id INTEGER PRIMARY KEY``,
                # no AUTOINCREMENT), taken first so that the row is written once, with its search rowid
                article_id = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]
                search_rowid = searchmod.search_rowid(article_id, values["published"], seen_at)
                cols = ["id", "site", "url", *values, "first_seen", "last_seen", "version_since", "version",
                        "page_id", "crawl_id", "search_rowid"]
                params = [article_id, site, url, *values.values(), seen_at, seen_at, seen_at, 1, page_id, crawl_id,
                          search_rowid]
                self.conn.execute(
                    f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", params
                )
                self.conn.execute(
                    "INSERT INTO article_urls (url, article_id, site, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)",
                    (url, article_id, site, seen_at, seen_at),
                )
                searchmod.index_row(self.conn, search_rowid, site, values["title"], values["body"])
                self._store_attachments(article_id, record, seen_at)
                if self.events:
                    changesmod.record(self.conn, kind="new", article_id=article_id, site=site, url=url, at=seen_at,
                                      crawl_id=crawl_id, page_id=page_id, to_version=1)
                return "new"
            if current["content_hash"] != values["content_hash"] and \
                    content_hash(stored_record(current)) == values["content_hash"]:
                # stored under an older rule (a counter in the body ...): the same content today
                self.conn.execute("UPDATE articles SET content_hash = ? WHERE id = ?",
                                  (values["content_hash"], current["id"]))
                current["content_hash"] = values["content_hash"]
            if current["content_hash"] == values["content_hash"]:
                self._touch(current["id"], url, page_id, crawl_id, seen_at)
                if values.get("confidence") is not None and (current.get("confidence"), current.get("extraction_method")) \
                        != (values["confidence"], values["extraction_method"]):
                    # the same text extracted again: how it was found is the latest extractor's
                    self.conn.execute("UPDATE articles SET confidence = ?, extraction_method = ? WHERE id = ?",
                                      (values["confidence"], values["extraction_method"], current["id"]))
                return "unchanged"
            # A new version: keep the current one in the history, then replace it.
            self.conn.execute(
                f"""INSERT INTO article_versions (article_id, version, title, published, source, author, editor,
                       body, attachments, images, footer, meta, content_hash, body_hash, page_id, crawl_id,
                       first_seen, last_seen, replaced_at{_VERSION_EXTRACTION if self.confidences else ""})
                   SELECT id, version, title, published, source, author, editor, body, attachments, images,
                       footer, meta, content_hash, body_hash, page_id, crawl_id,
                       coalesce(version_since, first_seen), last_seen, ?{_VERSION_EXTRACTION if self.confidences else ""}
                   FROM articles WHERE id = ?""",
                (seen_at, current["id"]),
            )
            searchmod.unindex_article(self.conn, current["search_rowid"], current["site"], current["title"], current["body"])
            sets = ", ".join(f"{k} = ?" for k in values)
            self.conn.execute(
                f"UPDATE articles SET {sets}, version = version + 1, version_since = ?, "
                "page_id = coalesce(?, page_id), crawl_id = coalesce(?, crawl_id), "
                "last_seen = max(coalesce(last_seen, ?), ?) WHERE id = ?",
                [*values.values(), seen_at, page_id, crawl_id, seen_at, seen_at, current["id"]],
            )
            self.conn.execute(
                "UPDATE article_urls SET last_seen = max(coalesce(last_seen, ?), ?) WHERE url = ?",
                (seen_at, seen_at, url),
            )
            searchmod.index_article(
                self.conn, current["id"], current["site"], values["title"], values["body"],
                values["published"], current["first_seen"],
            )
            self._store_attachments(current["id"], record, seen_at)
            if self.events and not self._same_bytes(current["page_id"], page_id):
                changesmod.record(
                    self.conn, kind="edited", article_id=current["id"], site=current["site"], url=url, at=seen_at,
                    crawl_id=crawl_id, page_id=page_id, before_page_id=current["page_id"],
                    from_version=current["version"], to_version=current["version"] + 1,
                )
            return "changed"

    def _same_bytes(self, page_a: int | None, page_b: int | None) -> bool:
        """Two captures with the same raw bytes (a new version of them is a re-extraction)."""
        if page_a is None or page_b is None:
            return False
        if page_a == page_b:
            return True
        rows = self.conn.execute("SELECT sha256 FROM pages WHERE id IN (?, ?)", (page_a, page_b)).fetchall()
        return len(rows) == 2 and rows[0][0] is not None and rows[0][0] == rows[1][0]

    # -- search index ------------------------------------------------------------------

    def rebuild_search(self) -> int:
        """Rebuild the search index from the ``articles`` table; returns articles indexed.

        Useful after a bulk load that bypassed ``record_article`` or an OpenCC upgrade.

        Example:
            >>> Archive(":memory:", create=True).rebuild_search()
            0
        """
        with self.transaction():
            return searchmod.rebuild(self.conn)
