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
  earlier version; ``article_urls`` every URL a text was seen under (the same body
  under two URLs is one article); ``attachments`` the linked files.
* ``articles_search`` -- the fast Chinese index (see ``archive/text.py``);
  ``articles_fts`` -- a plain FTS5 table over the Simplified title/body that
  datasette detects.

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
import json
import math
import os
import re
import sqlite3
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, timezone
from http import HTTPStatus
from pathlib import Path
from typing import Any

import sqlite_utils

from archive import text as textmod
from archive import tuning
from archive.errors import ArchiveError
from archive.migrations import _body_hash, applied, latest_version, migrate

__all__ = [
    "Archive", "ArchiveError", "decode_body", "header_value", "normalize_headers", "now_iso", "parse_date",
    "reason_phrase",
]


# ----------------------------------------------------------------------------- helpers


def now_iso() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ``.

    Example:
        >>> len(now_iso())
        20
    """
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_DATE_RE = re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


def parse_date(value: str | None) -> date | None:
    """Parse the date at the start of ``value`` (``2019-11-22``, ``2019/11/22 10:00``, ``2019年11月22日``).

    Returns None for an empty or unparseable value.

    Example:
        >>> parse_date("2019年11月22日 10:30")
        datetime.date(2019, 11, 22)
    """
    if not value:
        return None
    m = _DATE_RE.match(str(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_EPOCH = date(1970, 1, 1)


def _day(value: str | None) -> int | None:
    d = parse_date(value)
    if d is None:
        return None
    return min(max((d - _EPOCH).days, 0), 2**30)


def _search_rowid(article_id: int, published: str | None, first_seen: str | None) -> int:
    """rowid in ``articles_search``: (day of the article's date << 32) | article id.

    Ordering by rowid is then newest-first by publication date, and a date range
    is a rowid range FTS5 can seek to. Articles without a published date use the
    day they were first seen.
    """
    day = _day(published)
    if day is None:
        day = _day(first_seen) or 0
    return (day << 32) | article_id


def _site_token(site: str) -> str:
    return "s" + hashlib.sha1(site.encode("utf-8")).hexdigest()[:16]


def _search_values(site: str, title: str | None, body: str | None) -> tuple[str, str, str]:
    uni, bi = textmod.index_columns(textmod.fold(title), textmod.fold(body))
    return uni, bi, _site_token(site)


def _index_article(
    conn: sqlite3.Connection,
    article_id: int,
    site: str,
    title: str | None,
    body: str | None,
    published: str | None,
    first_seen: str | None,
) -> int:
    rowid = _search_rowid(article_id, published, first_seen)
    uni, bi, tok = _search_values(site, title, body)
    conn.execute("INSERT INTO articles_search (rowid, uni, bi, site) VALUES (?, ?, ?, ?)", (rowid, uni, bi, tok))
    conn.execute("UPDATE articles SET search_rowid = ? WHERE id = ?", (rowid, article_id))
    return rowid


def _unindex_article(
    conn: sqlite3.Connection, rowid: int | None, site: str, title: str | None, body: str | None
) -> None:
    if rowid is None:
        return
    uni, bi, tok = _search_values(site, title, body)
    conn.execute(
        "INSERT INTO articles_search (articles_search, rowid, uni, bi, site) VALUES ('delete', ?, ?, ?, ?)",
        (rowid, uni, bi, tok),
    )


def _dumps(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value)


def normalize_headers(headers: Any) -> dict[str, str | list[str]]:
    """Headers (dict, Scrapy ``Headers``, list of pairs; str or bytes) as a JSON-able dict.

    Multi-valued headers keep a list of values.

    Example:
        >>> normalize_headers({b"Content-Type": [b"text/html; charset=gbk"]})
        {'Content-Type': 'text/html; charset=gbk'}
    """
    if not headers:
        return {}
    items = headers.items() if hasattr(headers, "items") else headers
    out: dict[str, str | list[str]] = {}
    for key, value in items:
        key = _text(key)
        values = [_text(v) for v in value] if isinstance(value, (list, tuple)) else [_text(value)]
        if key in out:
            prev = out[key]
            values = (prev if isinstance(prev, list) else [prev]) + values
        out[key] = values[0] if len(values) == 1 else values
    return out


def header_value(headers: Mapping[str, Any] | None, name: str) -> str | None:
    """Case-insensitive lookup of one header value in a stored headers dict.

    Example:
        >>> header_value({"ETag": '"abc"'}, "etag")
        '"abc"'
    """
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value[-1] if isinstance(value, list) else value
    return None


def reason_phrase(status: int | None) -> str:
    """The standard reason phrase of an HTTP status (``OK`` for 200).

    Example:
        >>> reason_phrase(404)
        'Not Found'
    """
    try:
        return HTTPStatus(int(status or 200)).phrase
    except ValueError:
        return "Unknown"


_VERSIONED_FIELDS = ("title", "published", "source", "author", "editor", "body")


def _attachment_links(record: Mapping[str, Any]) -> list[dict[str, str]]:
    links = [
        {"url": str(link.get("url")), "text": str(link.get("text") or "")}
        for link in record.get("attachment_links") or []
        if isinstance(link, Mapping) and link.get("url")
    ]
    known = {link["url"] for link in links}
    for url in record.get("attachments") or []:
        if isinstance(url, str) and url not in known:
            links.append({"url": url, "text": ""})
            known.add(url)
    return links


def _content_hash(record: Mapping[str, Any]) -> str:
    """Hash of everything that makes a new version: text fields, attachments and images.

    Footer and meta are not part of it: a new copyright year in every page's
    footer must not turn every article into a new version.
    """
    payload = {f: (record.get(f) or "") for f in _VERSIONED_FIELDS}
    payload["body"] = " ".join(str(payload["body"]).split())
    payload["attachments"] = sorted(link["url"] for link in _attachment_links(record))
    payload["images"] = sorted(str(i) for i in record.get("images") or [])
    return hashlib.sha256(_dumps(payload).encode("utf-8")).hexdigest()


# ----------------------------------------------------------------------------- archive


class Archive:
    """A govarchive SQLite archive.

    ``Archive(path, create=True)`` opens or creates the file and runs pending
    migrations; with ``create=False`` a missing file raises
    ``ArchiveError("no archive at PATH")`` and a corrupt or foreign file raises
    ``ArchiveError`` too. Write methods each run in their own transaction, or in
    the caller's ``with archive.transaction():`` block (much faster for bulk loads).

    Example:
        >>> a = Archive(":memory:", create=True)
        >>> a.stats()
        []
    """

    def __init__(self, path: str | os.PathLike[str], create: bool = False, *, migrate_upto: int | None = None):
        self.path = str(path)
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
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {int(tuning.BUSY_TIMEOUT_MS)}")
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
        except ArchiveError:
            self.conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise ArchiveError(f"corrupt or unreadable archive {self.path}: {exc}") from None
        self.db = sqlite_utils.Database(self.conn)

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
        self.conn.execute("BEGIN IMMEDIATE")
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
            "INSERT OR IGNORE INTO sites (name, created_at) VALUES (?, ?)", (site, when or now_iso())
        )

    def start_crawl(self, site: str, config: Mapping[str, Any] | None = None, started_at: str | None = None) -> int:
        """Record the start of a crawl of ``site``; returns its crawl id.

        Example:
            >>> Archive(":memory:", create=True).start_crawl("yuncheng", {"max_pages": 50})
            1
        """
        started_at = started_at or now_iso()
        with self.transaction():
            self._ensure_site(site, started_at)
            cur = self.conn.execute(
                "INSERT INTO crawls (site, started_at, status, config) VALUES (?, ?, 'running', ?)",
                (site, started_at, _dumps(dict(config or {}))),
            )
            return int(cur.lastrowid)

    def finish_crawl(
        self, crawl_id: int, counts: Mapping[str, Any] | None = None, status: str = "finished",
        finished_at: str | None = None,
    ) -> None:
        """Record the end of a crawl with its counts and final status.

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> a.finish_crawl(a.start_crawl("demo", {}), {"pages": 3})
        """
        with self.transaction():
            cur = self.conn.execute(
                "UPDATE crawls SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
                (finished_at or now_iso(), status, _dumps(dict(counts or {})), crawl_id),
            )
            if cur.rowcount != 1:
                raise ArchiveError(f"no crawl with id {crawl_id}")

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
    ) -> dict[str, Any]:
        """Store one fetch with its raw bytes; returns ``{page_id, sha256, unchanged}``.

        When the last capture of the same URL has the same SHA-256 (or the answer is
        a ``304 Not Modified``) the body is not stored again: the row is a revisit
        pointing at the capture that holds it, and a known article at that URL has
        its last-seen time moved.

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> a.record_page(crawl_id=None, site="demo", url="http://x/", body=b"abc")["unchanged"]
            False
            >>> a.record_page(crawl_id=None, site="demo", url="http://x/", body=b"abc")["unchanged"]
            True
        """
        body = bytes(body or b"")
        sha = hashlib.sha256(body).hexdigest()
        fetched_at = fetched_at or now_iso()
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
                row = self.conn.execute("SELECT article_id FROM article_urls WHERE url = ?", (url,)).fetchone()
                if row:  # an unchanged re-crawl moves last-seen, even when no article is re-extracted
                    self._touch(row[0], url, None, None, fetched_at)
            else:
                stored, codec, revisit_of = zlib.compress(body, tuning.ZLIB_LEVEL), "zlib", None
            cur = self.conn.execute(
                """INSERT INTO pages (crawl_id, site, url, final_url, status, fetched_at, headers,
                       request_headers, sha256, size, body, body_codec, revisit_of, encoding,
                       encoding_source, declared, undecodable, mislabelled, page_type, error)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    crawl_id, site, url, final_url or url, status, fetched_at,
                    _dumps(normalize_headers(headers)),
                    _dumps(normalize_headers(request_headers)) if request_headers else None,
                    sha, len(body), stored, codec, revisit_of, encoding, encoding_source,
                    _dumps(dict(declared)) if declared is not None else None,
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
                (crawl_id, site, url, url, now_iso(), error),
            )
            return int(cur.lastrowid)

    def page_body(self, page_id: int) -> bytes:
        """The raw bytes of a capture (following a revisit to the capture that holds them).

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> a.page_body(a.record_page(crawl_id=None, site="d", url="http://x/", body=b"abc")["page_id"])
            b'abc'
        """
        row = self.conn.execute("SELECT body, body_codec, revisit_of FROM pages WHERE id = ?", (page_id,)).fetchone()
        if row is None:
            raise ArchiveError(f"no page with id {page_id}")
        if row[0] is None and row[2] is not None:
            row = self.conn.execute("SELECT body, body_codec, revisit_of FROM pages WHERE id = ?", (row[2],)).fetchone()
        return decode_body(row[0], row[1])

    def page(self, page_id: int) -> dict[str, Any]:
        """One page row as a dict (headers/declared parsed, body decompressed).

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> a.page(a.record_page(crawl_id=None, site="d", url="http://x/", body=b"abc")["page_id"])["size"]
            3
        """
        cur = self.conn.execute("SELECT * FROM pages WHERE id = ?", (page_id,))
        row = cur.fetchone()
        if row is None:
            raise ArchiveError(f"no page with id {page_id}")
        page = dict(zip([d[0] for d in cur.description], row))
        for key in ("headers", "request_headers", "declared"):
            page[key] = _loads(page[key])
        page["body"] = self.page_body(page_id)
        page.pop("body_codec", None)
        return page

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
        for link in _attachment_links(record):
            self.conn.execute(
                """INSERT INTO attachments (article_id, url, text, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(article_id, url) DO UPDATE SET last_seen = excluded.last_seen,
                     text = CASE WHEN excluded.text != '' THEN excluded.text ELSE attachments.text END""",
                (article_id, link["url"], link["text"], seen_at, seen_at),
            )

    @staticmethod
    def _article_values(record: Mapping[str, Any]) -> dict[str, Any]:
        title = record.get("title") or ""
        body = record.get("body") or ""
        t2s = textmod._t2s()
        return {
            "title": title,
            "published": record.get("published") or None,
            "source": record.get("source") or None,
            "author": record.get("author") or None,
            "editor": record.get("editor") or None,
            "body": body,
            "title_simplified": record.get("title_simplified") or t2s.convert(title),
            "body_simplified": record.get("body_simplified") or t2s.convert(body),
            "attachments": _dumps(_attachment_links(record)),
            "images": _dumps(list(record.get("images") or [])),
            "footer": _dumps(record.get("footer")),
            "meta": _dumps(record.get("meta")),
            "encoding": record.get("encoding"),
            "encoding_source": record.get("encoding_source"),
            "error": record.get("error"),
            "body_hash": _body_hash(body),
            "content_hash": _content_hash(record),
        }

    def record_article(
        self, crawl_id: int | None, site: str, page_id: int | None, record: Mapping[str, Any], seen_at: str
    ) -> str:
        """Store an extracted article; returns ``"new"``, ``"changed"`` or ``"unchanged"``.

        * a URL never seen, with a body no other article of the site has: ``new``;
        * same content as the current version: ``unchanged`` (only last-seen moves);
        * different content: ``changed`` -- the old version goes to
          ``article_versions``, the article gets version + 1;
        * a new URL whose body another article of the site already has: the URL is
          added to that article (``article_urls``), nothing else is stored:
          ``unchanged``.

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> rec = {"url": "http://x/1", "title": "t", "body": "b"}
            >>> a.record_article(None, "demo", None, rec, "2026-01-01"), a.record_article(None, "demo", None, rec, "2026-01-02")
            ('new', 'unchanged')
        """
        url = record.get("url")
        if not url:
            raise ArchiveError("article record has no url")
        values = self._article_values(record)
        with self.transaction():
            self._ensure_site(site, seen_at)
            row = self.conn.execute("SELECT article_id FROM article_urls WHERE url = ?", (url,)).fetchone()
            current = self._article(row[0]) if row else None
            if current is None:
                if len(values["body"].strip()) >= tuning.DEDUP_MIN_BODY_CHARS:
                    dup = self.conn.execute(
                        "SELECT id FROM articles WHERE site = ? AND body_hash = ? ORDER BY id LIMIT 1",
                        (site, values["body_hash"]),
                    ).fetchone()
                    if dup:
                        self.conn.execute(
                            "INSERT INTO article_urls (url, article_id, site, first_seen, last_seen) "
                            "VALUES (?, ?, ?, ?, ?)",
                            (url, dup[0], site, seen_at, seen_at),
                        )
                        self._touch(dup[0], url, page_id, crawl_id, seen_at)
                        return "unchanged"
                cols = ["site", "url", *values, "first_seen", "last_seen", "version_since", "version",
                        "page_id", "crawl_id"]
                params = [site, url, *values.values(), seen_at, seen_at, seen_at, 1, page_id, crawl_id]
                cur = self.conn.execute(
                    f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", params
                )
                article_id = int(cur.lastrowid)
                self.conn.execute(
                    "INSERT INTO article_urls (url, article_id, site, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)",
                    (url, article_id, site, seen_at, seen_at),
                )
                _index_article(
                    self.conn, article_id, site, values["title"], values["body"], values["published"], seen_at
                )
                self._store_attachments(article_id, record, seen_at)
                return "new"
            if current["content_hash"] == values["content_hash"]:
                self._touch(current["id"], url, page_id, crawl_id, seen_at)
                return "unchanged"
            # A new version: keep the current one in the history, then replace it.
            self.conn.execute(
                """INSERT INTO article_versions (article_id, version, title, published, source, author, editor,
                       body, attachments, images, footer, meta, content_hash, body_hash, page_id, crawl_id,
                       first_seen, last_seen, replaced_at)
                   SELECT id, version, title, published, source, author, editor, body, attachments, images,
                       footer, meta, content_hash, body_hash, page_id, crawl_id,
                       coalesce(version_since, first_seen), last_seen, ?
                   FROM articles WHERE id = ?""",
                (seen_at, current["id"]),
            )
            _unindex_article(self.conn, current["search_rowid"], current["site"], current["title"], current["body"])
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
            _index_article(
                self.conn, current["id"], current["site"], values["title"], values["body"],
                values["published"], current["first_seen"],
            )
            self._store_attachments(current["id"], record, seen_at)
            return "changed"

    def known_articles(self, site: str) -> dict[str, dict[str, Any]]:
        """Every article URL of ``site`` with what a conditional re-fetch needs.

        Returns ``{url: {last_seen, etag, last_modified, sha256}}`` (from the last capture).

        Example:
            >>> Archive(":memory:", create=True).known_articles("demo")
            {}
        """
        out: dict[str, dict[str, Any]] = {}
        for url, last_seen, headers, sha in self.conn.execute(
            """SELECT au.url, au.last_seen, p.headers, p.sha256 FROM article_urls au
               LEFT JOIN pages p ON p.id = (SELECT max(id) FROM pages WHERE url = au.url)
               WHERE au.site = ?""",
            (site,),
        ):
            h = _loads(headers) or {}
            out[url] = {
                "last_seen": last_seen,
                "etag": header_value(h, "ETag"),
                "last_modified": header_value(h, "Last-Modified"),
                "sha256": sha,
            }
        return out

    def article(self, key: int | str) -> dict[str, Any]:
        """One article (by id or any of its URLs) with ``urls``, ``attachments`` and ``versions`` (oldest first).

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> _ = a.record_article(None, "d", None, {"url": "http://x/1", "title": "t", "body": "b"}, "2026-01-01")
            >>> a.article("http://x/1")["version"]
            1
        """
        article_id: int | None = None
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            article_id = int(key)
        else:
            row = self.conn.execute("SELECT article_id FROM article_urls WHERE url = ?", (key,)).fetchone()
            article_id = row[0] if row else None
        art = self._article(article_id) if article_id is not None else None
        if art is None:
            raise ArchiveError(f"no article {key}")
        for k in ("attachments", "images", "footer", "meta"):
            art[k] = _loads(art[k])
        art["urls"] = [r[0] for r in self.conn.execute(
            "SELECT url FROM article_urls WHERE article_id = ? ORDER BY first_seen, url", (art["id"],))]
        cur = self.conn.execute(
            "SELECT * FROM article_versions WHERE article_id = ? ORDER BY version", (art["id"],)
        )
        names = [d[0] for d in cur.description]
        art["versions"] = []
        for row in cur:
            version = dict(zip(names, row))
            for k in ("attachments", "images", "footer", "meta"):
                version[k] = _loads(version[k])
            art["versions"].append(version)
        return art

    # -- search ------------------------------------------------------------------------

    def sites(self) -> list[str]:
        """Names of the sites in the archive.

        Example:
            >>> Archive(":memory:", create=True).sites()
            []
        """
        return [r[0] for r in self.conn.execute("SELECT name FROM sites ORDER BY name")]

    def search(
        self,
        query: str,
        site: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        limit: int = tuning.DEFAULT_SEARCH_LIMIT,
        order: str = "rank",
    ) -> list[dict[str, Any]]:
        """Full-text search over title and body; returns ``[{id, url, site, title, published, snippet, ...}]``.

        One-character queries match that character, longer ones the exact sequence
        (within one title or one sentence); several words are ANDed; Traditional and
        Simplified, full- and half-width, upper and lower case are all the same.
        ``order="rank"`` ranks by BM25 (``score``, higher is better; title matches
        count double) among the newest ``tuning.RANK_WINDOW`` matches, ``order="newest"`` sorts by published date (first-seen date when
        unknown). ``since``/``until`` are inclusive dates.

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> _ = a.record_article(None, "d", None, {"url": "u", "title": "防汛", "body": "水"}, "2026-01-01")
            >>> a.search("水")[0]["snippet"]
            '<mark>水</mark>'
        """
        from archive.text import SearchSyntaxError

        if order not in ("rank", "newest"):
            raise ArchiveError(f"unknown order {order!r} (rank or newest)")
        try:
            match = textmod.build_match(query)
        except SearchSyntaxError as exc:
            raise ArchiveError(str(exc)) from None
        if site is not None:
            if site not in self.sites():
                raise ArchiveError(f"unknown site {site!r}")
            match = f'({match}) AND site:"{_site_token(site)}"'
        lo, hi = self._rowid_range(since, until)
        limit = max(int(limit), 0)
        if order == "newest":
            rows = self.conn.execute(
                "SELECT rowid, NULL FROM articles_search WHERE articles_search MATCH ? AND rowid BETWEEN ? AND ? "
                "ORDER BY rowid DESC LIMIT ?",
                (match, lo, hi, limit),
            ).fetchall()
        else:
            window = [r[0] for r in self.conn.execute(
                "SELECT rowid FROM articles_search WHERE articles_search MATCH ? AND rowid BETWEEN ? AND ? "
                "ORDER BY rowid DESC LIMIT ?",
                (match, lo, hi, tuning.RANK_WINDOW),
            )]
            rows = self._rank_window(window, match, query, limit)
        hits = []
        for rowid, score in rows:
            art = self.conn.execute(
                "SELECT id, url, site, title, published, body, first_seen, last_seen, version "
                "FROM articles WHERE id = ?",
                (rowid & 0xFFFFFFFF,),
            ).fetchone()
            if art is None:
                continue
            art_id, url, art_site, title, published, body, first_seen, last_seen, version = art
            snip = textmod.snippet(body, query)
            if tuning.HIGHLIGHT[0] not in snip:
                title_snip = textmod.snippet(title, query)
                if tuning.HIGHLIGHT[0] in title_snip:
                    snip = title_snip
            hits.append({
                "id": art_id, "url": url, "site": art_site, "title": title, "published": published,
                "snippet": snip, "score": score, "first_seen": first_seen, "last_seen": last_seen,
                "version": version,
            })
        return hits

    def _rank_window(self, window: list[int], match: str, query: str, limit: int) -> list[tuple[int, float]]:
        """BM25 of the window's articles (the newest matches), best first: ``[(rowid, score)]``.

        FTS5's own ``bm25()`` first counts every match of every phrase in the whole
        index to get its IDF -- for a common query (half the archive) that scan costs
        more than the ranking. Here term frequencies are counted (``str.count``) in the
        window's Simplified text, document lengths are character counts, and the IDF of a term
        comes from a match count capped at ``tuning.IDF_COUNT_CAP`` (only needed when
        the query has several terms: for one term it does not change the order).
        """
        if not window:
            return []
        term_units = textmod.query_terms(query)
        terms = ["".join(names) for names in term_units]
        ids = {rowid & 0xFFFFFFFF: rowid for rowid in window}
        texts = self.conn.execute(
            "SELECT id, title_simplified, body_simplified FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        ).fetchall()
        fold_case = any(ch.isascii() and ch.isalpha() for term in terms for ch in term)
        rows = []
        for art_id, title, body in texts:
            title, body = title or "", body or ""
            if fold_case:
                title, body = title.lower(), body.lower()
            rows.append((art_id, len(title) + len(body),
                         *[c for term in terms for c in (title.count(term), body.count(term))]))
        idf = [1.0] * len(terms)
        if len(terms) > 1:
            n_docs = self.conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 1
            for i, names in enumerate(term_units):
                n = self.conn.execute(
                    "SELECT count(*) FROM (SELECT 1 FROM articles_search WHERE articles_search MATCH ? LIMIT ?)",
                    (textmod.build_match("".join(names)), tuning.IDF_COUNT_CAP),
                ).fetchone()[0]
                idf[i] = math.log(1 + (n_docs - n + 0.5) / (n + 0.5))
        k1, b, title_weight = tuning.BM25_K1, tuning.BM25_B, tuning.BM25_TITLE_WEIGHT
        avg = sum(r[1] or 0 for r in rows) / max(len(rows), 1) or 1.0
        scored = []
        for row in rows:
            norm = k1 * (1 - b + b * (row[1] or 0) / avg)
            score = 0.0
            for i in range(len(terms)):
                tf = title_weight * (row[2 + 2 * i] or 0) + (row[3 + 2 * i] or 0)
                score += idf[i] * tf * (k1 + 1) / (tf + norm)
            scored.append((ids[row[0]], score))
        scored.sort(key=lambda item: (-item[1], -item[0]))
        return scored[:limit]

    @staticmethod
    def _rowid_range(since: str | date | None, until: str | date | None) -> tuple[int, int]:
        lo, hi = 0, 2**62
        for name, value in (("since", since), ("until", until)):
            if value is None or value == "":
                continue
            d = value if isinstance(value, date) else parse_date(value)
            if d is None or (isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip())):
                raise ArchiveError(f"bad {name} date {value!r}: use YYYY-MM-DD")
            day = min(max((d - _EPOCH).days, 0), 2**30)
            if name == "since":
                lo = day << 32
            else:
                hi = ((day + 1) << 32) - 1
        return lo, hi

    def rebuild_search(self) -> int:
        """Rebuild both search indexes from the ``articles`` table; returns articles indexed.

        Useful after a bulk load that bypassed ``record_article`` or an OpenCC upgrade.

        Example:
            >>> Archive(":memory:", create=True).rebuild_search()
            0
        """
        with self.transaction():
            self.conn.execute("INSERT INTO articles_search (articles_search) VALUES ('delete-all')")
            self.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
            n = 0
            for row in self.conn.execute(
                "SELECT id, site, title, body, published, first_seen FROM articles"
            ).fetchall():
                _index_article(self.conn, *row)
                n += 1
            return n

    # -- stats -------------------------------------------------------------------------

    def stats(self) -> list[dict[str, Any]]:
        """Per site: pages, articles, versions, encodings, charset lies, last crawl, errors.

        ``mislabelled`` counts the URLs whose declared charset (HTTP header or ``<meta>``)
        the bytes contradicted.

        Example:
            >>> a = Archive(":memory:", create=True)
            >>> _ = a.record_page(crawl_id=None, site="demo", url="http://x/", body=b"x", encoding="gbk")
            >>> a.stats()[0]["encodings"]
            {'gbk': 1}
        """
        out = []
        q = self.conn.execute
        for (site,) in q("SELECT name FROM sites ORDER BY name").fetchall():
            pages, stored, raw, errors = q(
                "SELECT count(*), coalesce(sum(body IS NOT NULL), 0), coalesce(sum(length(body)), 0), "
                "coalesce(sum(error IS NOT NULL), 0) FROM pages WHERE site = ?",
                (site,),
            ).fetchone()
            articles, versions = q(
                "SELECT count(*), coalesce(sum(version), 0) FROM articles WHERE site = ?", (site,)
            ).fetchone()
            urls = q("SELECT count(*) FROM article_urls WHERE site = ?", (site,)).fetchone()[0]
            encodings = dict(q(
                "SELECT coalesce(encoding, '?'), count(*) FROM pages WHERE site = ? AND body IS NOT NULL "
                "GROUP BY 1 ORDER BY 2 DESC, 1",
                (site,),
            ).fetchall())
            # pages whose declared charset (header or meta) their bytes contradicted, by URL
            mislabelled = q(
                "SELECT count(DISTINCT url) FROM pages WHERE site = ? AND mislabelled = 1", (site,)
            ).fetchone()[0]
            last = q(
                "SELECT id, started_at, finished_at, status, counts FROM crawls WHERE site = ? ORDER BY id DESC LIMIT 1",
                (site,),
            ).fetchone()
            crawls = q("SELECT count(*) FROM crawls WHERE site = ?", (site,)).fetchone()[0]
            out.append({
                "site": site,
                "crawls": crawls,
                "pages": pages,
                "stored_bodies": stored,
                "stored_bytes": raw,
                "articles": articles,
                "article_urls": urls,
                "versions": versions,
                "encodings": encodings,
                "mislabelled": mislabelled,
                "errors": errors,
                "last_crawl": None if last is None else {
                    "id": last[0], "started_at": last[1], "finished_at": last[2], "status": last[3],
                    "counts": _loads(last[4]),
                },
            })
        return out


def decode_body(stored: bytes | None, codec: str | None) -> bytes:
    """Decompress a stored body (``codec`` None means stored uncompressed, schema v1).

    Example:
        >>> decode_body(zlib.compress(b"abc"), "zlib")
        b'abc'
    """
    if stored is None:
        return b""
    if codec == "zlib":
        return zlib.decompress(stored)
    if codec in (None, "identity"):
        return bytes(stored)
    raise ArchiveError(f"unknown body codec {codec!r}")
