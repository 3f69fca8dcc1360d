"""The archive's reads: captures, articles with their versions and URLs, what changed, search,
the revisit plan's view of a site, stats. A mixin of :class:`archive.db.Archive` (which keeps the
connection, the transactions and the writes); every method reads ``self.conn``.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from archive import changes as changesmod
from archive import search as searchmod
from archive import tuning
from archive.captures import decode_body, header_value
from archive.errors import ArchiveError
from archive.records import loads

#: The largest integer SQLite stores (an id beyond it names no row).
SQLITE_MAX_INT = 2**63 - 1


class ArchiveReads:
    """What researchers and the crawler read from an archive."""

    conn: Any

    def page_body(self, page_id: int) -> bytes:
        """The raw bytes of a capture (following a revisit to the capture that holds them).

        Example:
            >>> from archive.db import Archive
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
            >>> from archive.db import Archive
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
            page[key] = loads(page[key])
        page["body"] = self.page_body(page_id)
        page.pop("body_codec", None)
        return page

    def known_articles(self, site: str) -> dict[str, dict[str, Any]]:
        """Every article URL of ``site`` with what a revisit plan needs.

        Returns ``{url: {last_seen, etag, last_modified, sha256, fetched_at, published, first_seen,
        state, unlisted_at, list_date}}``: the validators, hash and time of the URL's last capture,
        the article's publication date, ``state`` -- ``live``, ``suspect`` (its last capture
        showed it gone; a later run confirms) or ``removed`` (:mod:`archive.changes`) -- and the
        date its list printed beside it last time (``link_dates``, :mod:`archive.discovery`).

        Example:
            >>> from archive.db import Archive
            >>> Archive(":memory:", create=True).known_articles("demo")
            {}
        """
        out: dict[str, dict[str, Any]] = {}
        extra = ", au.gone_page_id, au.removed_at, au.unlisted_at" if self.events else ", NULL, NULL, NULL"
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        dated = "link_dates" in tables
        extra += ", ld.list_date" if dated else ", NULL"
        join = "LEFT JOIN link_dates ld ON ld.site = au.site AND ld.url = au.url" if dated else ""
        for url, last_seen, headers, sha, fetched_at, published, first_seen, gone, removed, unlisted, list_date in \
                self.conn.execute(
                    f"""SELECT au.url, au.last_seen, p.headers, p.sha256, p.fetched_at, a.published, au.first_seen{extra}
                       FROM article_urls au JOIN articles a ON a.id = au.article_id
                       LEFT JOIN pages p ON p.id = (SELECT max(id) FROM pages WHERE url = au.url) {join}
                       WHERE au.site = ?""",
                    (site,),
                ):
            h = loads(headers) or {}
            out[url] = {
                "last_seen": last_seen,
                "etag": header_value(h, "ETag"),
                "last_modified": header_value(h, "Last-Modified"),
                "sha256": sha,
                "fetched_at": fetched_at,
                "published": published,
                "first_seen": first_seen,
                "state": "removed" if removed else "suspect" if gone else "live",
                "unlisted_at": unlisted,
                "list_date": list_date,
            }
        return out

    def changes(
        self,
        since: str | None = None,
        until: str | None = None,
        site: str | None = None,
        kinds: list[str] | tuple[str, ...] | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """What changed, oldest first: ``[{kind, at, site, title, url, reason, from_version, to_version,
        page_id, page_fetched_at, page_sha256, before_page_id, confirm_page_id, ...}]``
        (:func:`archive.changes.events`). ``since`` / ``until`` are inclusive dates.

        Example:
            >>> from archive.db import Archive
            >>> a = Archive(":memory:", create=True)
            >>> _ = a.record_article(None, "d", None, {"url": "http://x/1", "title": "t", "body": "b"}, "2026-03-02")
            >>> [(c["kind"], c["title"]) for c in a.changes(since="2026-03-01")]
            [('new', 't')]
        """
        for kind in kinds or ():
            if kind not in changesmod.KINDS:
                raise ArchiveError(f"unknown change kind {kind!r} (one of {', '.join(changesmod.KINDS)})")
        return list(changesmod.events(self.conn, since=since, until=until, site=site, kinds=kinds, limit=limit))

    def article(self, key: int | str) -> dict[str, Any]:
        """One article (by id or any of its URLs) with ``urls``, ``attachments`` and ``versions`` (oldest first).

        Example:
            >>> from archive.db import Archive
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
        if article_id is not None and not 0 < article_id <= SQLITE_MAX_INT:
            article_id = None  # beyond SQLite's integers: no such article (not an OverflowError)
        art = self._article(article_id) if article_id is not None else None
        if art is None:
            raise ArchiveError(f"no article {key}")
        for k in ("attachments", "images", "footer", "meta"):
            art[k] = loads(art[k])
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
                version[k] = loads(version[k])
            art["versions"].append(version)
        return art

    def sites(self) -> list[str]:
        """Names of the sites in the archive.

        Example:
            >>> from archive.db import Archive
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
        count double) among the newest ``tuning.RANK_WINDOW`` matches, ``order="newest"`` sorts by
        published date (first-seen date when unknown). ``since``/``until`` are inclusive dates.
        The index and the ranking are in :mod:`archive.search`.

        Example:
            >>> from archive.db import Archive
            >>> a = Archive(":memory:", create=True)
            >>> _ = a.record_article(None, "d", None, {"url": "u", "title": "防汛", "body": "水"}, "2026-01-01")
            >>> a.search("水")[0]["snippet"]
            '<mark>水</mark>'
        """
        return searchmod.search(self.conn, query, site=site, since=since, until=until, limit=limit, order=order)

    def stats(self) -> list[dict[str, Any]]:
        """Per site: pages, articles, versions, encodings, charset lies, last crawl, errors.

        ``mislabelled`` counts the URLs whose declared charset (HTTP header or ``<meta>``)
        the bytes contradicted (see :func:`archive.reports.site_stats`).

        Example:
            >>> from archive.db import Archive
            >>> a = Archive(":memory:", create=True)
            >>> _ = a.record_page(crawl_id=None, site="demo", url="http://x/", body=b"x", encoding="gbk")
            >>> a.stats()[0]["encodings"]
            {'gbk': 1}
        """
        from archive.reports import site_stats

        return site_stats(self.conn)
