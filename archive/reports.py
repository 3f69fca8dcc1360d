"""What the archive tells about itself: per-site statistics, the summary of a site's latest crawl.

Example:
    >>> from archive.db import Archive
    >>> a = Archive(":memory:", create=True)
    >>> page = a.record_page(crawl_id=a.start_crawl("demo", {}), site="demo", url="http://x/", body=b"x",
    ...                      encoding="gbk", encoding_source="meta", page_type="list")
    >>> s = crawl_summary(a, "demo")
    >>> s["pages"], s["by_type"], s["encodings"]
    (1, {'list': 1}, {'gbk': {'meta': 1, 'pages': 1}})
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from archive.changes import counts as changes_counts
from archive.discovery import site_discovery
from archive.errors import ArchiveError
from archive.records import loads

__all__ = ["crawl_summary", "site_stats"]


def crawl_summary(archive: Any, site: str | None = None) -> dict[str, Any]:
    """Facts about the latest crawl of ``site`` (or of any site) in ``archive``: its status and
    times, pages by type and encoding (and who decided it), charset lies, failed pages with their
    errors, the crawl's article outcomes and the articles stored in all, and what discovery
    found short (:func:`archive.discovery.discovery`: columns, limits, pager problems).

    Raises :class:`ArchiveError` when no crawl is recorded.
    """
    conn = archive.conn
    where, args = ("WHERE site = ?", [site]) if site else ("", [])
    names = ["id", "status", "started_at", "finished_at", "counts", "site"]
    row = conn.execute(
        f"SELECT {', '.join(names)} FROM crawls {where} ORDER BY id DESC LIMIT 1", args
    ).fetchone()
    if row is None:
        raise ArchiveError(f"no crawl recorded in {archive.path}")
    crawl = dict(zip(names, row))
    pages = conn.execute(
        "SELECT url, page_type, encoding, encoding_source, mislabelled, error FROM pages WHERE crawl_id = ?",
        [crawl["id"]],
    ).fetchall()
    counts = json.loads(crawl["counts"] or "{}")
    encodings: Counter = Counter()
    sources: dict[str, Counter] = {}
    for _url, _type, encoding, source, _lie, _error in pages:
        enc = encoding or "?"
        encodings[enc] += 1
        sources.setdefault(enc, Counter())[source or "?"] += 1
    total = conn.execute(f"SELECT count(*) FROM articles {where}", args).fetchone()[0]
    return {
        "db": archive.path,
        "crawl_id": crawl["id"],
        "status": crawl["status"],
        "started_at": crawl["started_at"],
        "finished_at": crawl["finished_at"],
        "pages": len(pages),
        "requests": counts.get("requests"),
        "robots_forbidden": counts.get("robots_forbidden", 0),
        "by_type": dict(Counter(p[1] for p in pages)),
        "new": counts.get("outcome_new", 0),
        "changed": counts.get("outcome_changed", 0),
        "unchanged": counts.get("outcome_unchanged", 0),
        "articles_total": total,
        "encodings": {enc: dict(sources[enc]) | {"pages": n} for enc, n in encodings.most_common()},
        "mislabelled": sum(1 for p in pages if p[4]),
        "failed": [(p[0], p[5]) for p in pages if p[5]],
        "discovery": site_discovery(conn, crawl["site"], crawl["id"]),
    }


def site_stats(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Per site: pages, articles, versions, encodings, charset lies, what changed, last crawl,
    errors (what :meth:`archive.db.Archive.stats` answers).

    ``mislabelled`` counts the URLs whose declared charset (HTTP header or ``<meta>``)
    the bytes contradicted.
    """
    out = []
    q = conn.execute
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
        tables = {r[0] for r in q("SELECT name FROM sqlite_master WHERE type = 'table'")}
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
            # what changed (archive.changes): events by kind, URLs awaiting a confirming crawl, removed now
            "changes": changes_counts(conn, site) if "changes" in tables else {},
            "last_crawl": None if last is None else {
                "id": last[0], "started_at": last[1], "finished_at": last[2], "status": last[3],
                "counts": loads(last[4]), "discovery": site_discovery(conn, site, last[0]),
            },
        })
    return out
