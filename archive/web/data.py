"""Read-only queries behind the researchers' window, on any SQLite connection.

Each function takes a ``sqlite3.Connection`` (Datasette's read-only one, or
``Archive.conn``) and returns plain Python data: no HTML here, so the JSON endpoints and
the pages show the same facts.

Example:
    >>> from archive.db import Archive
    >>> a = Archive(":memory:", create=True)
    >>> _ = a.record_article(None, "d", None, {"url": "http://x/1", "title": "t", "body": "b"}, "2026-01-01")
    >>> is_archive(a.conn), article(a.conn, 1)["urls"][0]["url"]
    (True, 'http://x/1')
"""
from __future__ import annotations

import json
import posixpath
import re
import urllib.parse
from typing import Any

from archive.captures import header_value

__all__ = [
    "ENCODING_SOURCES", "article", "capture", "chart_data", "file_type", "is_archive", "overview", "sites",
]

#: Where an encoding decision came from (``pages.encoding_source``), in words.
ENCODING_SOURCES = {
    "bom": "a byte-order mark at the start of the bytes",
    "header": "the HTTP Content-Type header",
    "meta": "the page's own <meta> charset declaration",
    "detected": "the bytes themselves (no declaration fitted them)",
    "fallback": "the fallback codec (nothing else fitted)",
}

_JSON_FIELDS = ("attachments", "images", "footer", "meta")


def _rows(conn: Any, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _tables(conn: Any) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _loads(value: Any) -> Any:
    if value is None or value == "":
        return None
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return value


def is_archive(conn: Any) -> bool:
    """Whether the database is a govarchive archive (has its migrations, articles and search index)."""
    return {"migrations", "articles", "articles_search", "pages"} <= _tables(conn)


def sites(conn: Any) -> list[str]:
    """Names of the sites in the archive."""
    return [r[0] for r in conn.execute("SELECT name FROM sites ORDER BY name")]


def overview(conn: Any) -> dict[str, Any]:
    """Headline counts: articles, sites, pages, earlier versions, crawls, first and last capture."""
    q = conn.execute
    return {
        "articles": q("SELECT count(*) FROM articles").fetchone()[0],
        "sites": q("SELECT count(*) FROM sites").fetchone()[0],
        "pages": q("SELECT count(*) FROM pages").fetchone()[0],
        "earlier_versions": q("SELECT count(*) FROM article_versions").fetchone()[0],
        "crawls": q("SELECT count(*) FROM crawls").fetchone()[0],
        "first_fetch": q("SELECT min(fetched_at) FROM pages").fetchone()[0],
        "last_fetch": q("SELECT max(fetched_at) FROM pages").fetchone()[0],
    }


def _page_summary(conn: Any, page_id: int | None) -> dict[str, Any] | None:
    if page_id is None:
        return None
    rows = _rows(conn, "SELECT id, crawl_id, site, url, final_url, status, fetched_at, headers, sha256, size, "
                       "revisit_of, encoding, encoding_source, declared, undecodable, mislabelled, page_type, error "
                       "FROM pages WHERE id = ?", (page_id,))
    if not rows:
        return None
    page = rows[0]
    page["headers"] = _loads(page["headers"]) or {}
    page["declared"] = _loads(page["declared"]) or {}
    page["content_type"] = header_value(page["headers"], "Content-Type")
    return page


def article(conn: Any, article_id: int) -> dict[str, Any] | None:
    """One article with everything its page shows, or None.

    Keys: the ``articles`` columns (JSON fields parsed), ``urls`` (every URL it was seen under,
    with first/last seen), ``attachments`` (with the downloaded copy's hash and size when the
    crawl fetched it), ``versions`` (oldest first, the current one last), ``page`` (the capture
    the current version was extracted from, with its encoding evidence) and ``captures`` (every
    fetch of any of its URLs).
    """
    rows = _rows(conn, "SELECT * FROM articles WHERE id = ?", (article_id,))
    if not rows:
        return None
    art = rows[0]
    for key in _JSON_FIELDS:
        art[key] = _loads(art[key])
    art.pop("title_simplified", None)
    art.pop("body_simplified", None)
    art["urls"] = _rows(conn, "SELECT url, first_seen, last_seen FROM article_urls WHERE article_id = ? "
                              "ORDER BY first_seen, url", (article_id,))
    if "attachment_files" in _tables(conn):
        art["attachments"] = _rows(
            conn,
            "SELECT a.url, a.text, a.first_seen, a.last_seen, f.sha256, b.size, b.content_type "
            "FROM attachments a LEFT JOIN attachment_files f ON f.url = a.url "
            "LEFT JOIN attachment_blobs b ON b.sha256 = f.sha256 WHERE a.article_id = ? ORDER BY a.rowid",
            (article_id,),
        )
    else:
        art["attachments"] = _rows(conn, "SELECT url, text, first_seen, last_seen FROM attachments "
                                         "WHERE article_id = ? ORDER BY rowid", (article_id,))
    for att in art["attachments"]:
        att["type"] = file_type(att["url"])
    versions = _rows(
        conn,
        "SELECT version, title, published, source, author, editor, body, attachments, images, footer, meta, "
        "page_id, crawl_id, first_seen, last_seen, replaced_at FROM article_versions "
        "WHERE article_id = ? ORDER BY version",
        (article_id,),
    )
    for v in versions:
        for key in _JSON_FIELDS:
            v[key] = _loads(v[key])
    versions.append({
        "version": art["version"], "title": art["title"], "published": art["published"],
        "source": art["source"], "author": art["author"], "editor": art["editor"], "body": art["body"],
        "attachments": [{"url": a["url"], "text": a["text"]} for a in art["attachments"]],
        "images": art["images"], "footer": art["footer"], "meta": art["meta"], "page_id": art["page_id"],
        "crawl_id": art["crawl_id"], "first_seen": art["version_since"] or art["first_seen"],
        "last_seen": art["last_seen"], "replaced_at": None, "current": True,
    })
    art["versions"] = versions
    art["page"] = _page_summary(conn, art["page_id"])
    urls = [u["url"] for u in art["urls"]]
    art["captures"] = _rows(
        conn,
        "SELECT id, crawl_id, url, status, fetched_at, sha256, size, revisit_of, encoding, encoding_source, "
        "mislabelled, error, body IS NOT NULL AS has_body FROM pages "
        "WHERE url IN (SELECT value FROM json_each(?)) ORDER BY fetched_at, id",
        (json.dumps(urls),),
    )
    return art


def capture(conn: Any, page_id: int) -> dict[str, Any] | None:
    """One capture (``pages`` row, headers parsed) with its raw ``body`` bytes, or None.

    A revisit (an unchanged re-fetch stored without a body) gets the bytes of the capture it
    points to, and ``body_from`` says which one that is.
    """
    from archive.captures import decode_body

    page = _page_summary(conn, page_id)
    if page is None:
        return None
    row = conn.execute("SELECT body, body_codec, revisit_of FROM pages WHERE id = ?", (page_id,)).fetchone()
    page["body_from"] = page_id
    if row[0] is None and row[2] is not None:
        page["body_from"] = row[2]
        row = conn.execute("SELECT body, body_codec, revisit_of FROM pages WHERE id = ?", (row[2],)).fetchone()
    page["body"] = decode_body(row[0], row[1]) if row else b""
    page["has_body"] = bool(row and row[0] is not None)
    page["articles"] = _rows(conn, "SELECT a.id, a.title FROM article_urls u JOIN articles a ON a.id = u.article_id "
                                   "WHERE u.url = ?", (page["url"],))
    return page


_EXT_RE = re.compile(r"^[a-z0-9]{1,8}$")


def file_type(url: str | None) -> str:
    """A file's type from its URL path: the lower-case extension, or ``(none)``.

    Example:
        >>> file_type("http://x.gov.cn/upload/附件1.PDF?v=2"), file_type("http://x/download.jsp?id=3")
        ('pdf', 'jsp')
    """
    path = urllib.parse.urlsplit(url or "").path
    ext = posixpath.splitext(urllib.parse.unquote(path))[1].lstrip(".").lower()
    return ext if _EXT_RE.match(ext) else "(none)"


def _month(value: str | None) -> str | None:
    if value and re.match(r"^\d{4}-\d{2}", value):
        return value[:7]
    return None


def _month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last (gaps are zero, not skipped)."""
    if not months:
        return []
    y, m = int(months[0][:4]), int(months[0][5:7])
    end = (int(months[-1][:4]), int(months[-1][5:7]))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def chart_data(conn: Any) -> dict[str, Any]:
    """The data of the four charts (and their tables): plain lists, JSON-able."""
    q = conn.execute
    # 1. articles per month per site (by published date)
    per_month: dict[tuple[str, str], int] = {}
    undated = 0
    for site, month, n in q(
        "SELECT site, substr(published, 1, 7), count(*) FROM articles GROUP BY 1, 2"
    ).fetchall():
        if _month(month):
            per_month[(site, month)] = n
        else:
            undated += n
    months = _month_range(sorted({m for _, m in per_month}))
    site_names = sorted({s for s, _ in per_month})
    articles = {
        "categories": months,
        "series": [[s, [per_month.get((s, m), 0) for m in months]] for s in site_names],
        "undated": undated,
    }
    # 2. version changes over time: when a new version replaced an older one
    changes_rows = q("SELECT substr(replaced_at, 1, 10), count(*) FROM article_versions "
                     "WHERE replaced_at IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall()
    days = [d for d, _ in changes_rows if d]
    by_day = len(days) < 2 or (days and days[-1][:7] == days[0][:7]) or len(_month_range(
        [days[0][:7], days[-1][:7]])) <= 2
    if by_day:
        cats = days
        counts = dict(changes_rows)
        values = [counts[d] for d in days]
    else:
        per: dict[str, int] = {}
        for d, n in changes_rows:
            per[d[:7]] = per.get(d[:7], 0) + n
        cats = _month_range(sorted(per))
        values = [per.get(m, 0) for m in cats]
    changed_articles = q("SELECT count(DISTINCT article_id) FROM article_versions").fetchone()[0]
    changes = {"categories": cats, "series": [["new versions", values]], "granularity": "day" if by_day else "month",
               "changed_articles": changed_articles}
    # 3. encodings and charset lies per site (stored captures; lies by URL)
    # ``body_codec IS NOT NULL`` is ``body IS NOT NULL`` (a stored body always has its codec), and the
    # pages_site_encoding index covers it: a scan of ``body`` itself would read every raw page.
    enc_rows = q("SELECT site, coalesce(encoding, '?'), count(*) FROM pages WHERE body_codec IS NOT NULL "
                 "GROUP BY 1, 2").fetchall()
    enc_sites = sorted({s for s, _, _ in enc_rows})
    enc_names = [e for e, _ in sorted(
        {e: sum(n for _, e2, n in enc_rows if e2 == e) for _, e, _ in enc_rows}.items(), key=lambda kv: -kv[1])]
    enc_map = {(s, e): n for s, e, n in enc_rows}
    lies = dict(q("SELECT site, count(DISTINCT url) FROM pages WHERE mislabelled = 1 GROUP BY site").fetchall())
    lie_kinds = q("SELECT site, json_extract(declared, '$.header'), json_extract(declared, '$.meta'), encoding, "
                  "count(DISTINCT url) FROM pages WHERE mislabelled = 1 GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC").fetchall()
    encodings = {
        "rows": enc_sites,
        "series": [[e, [enc_map.get((s, e), 0) for s in enc_sites]] for e in enc_names],
        "lies": [[s, lies.get(s, 0)] for s in enc_sites],
        "lie_kinds": [{"site": s, "header": h, "meta": m, "decoded_as": e, "urls": n} for s, h, m, e, n in lie_kinds],
    }
    # 4. pages and errors per crawl
    crawl_rows = _rows(conn, """
        SELECT c.id, c.site, c.started_at, c.finished_at, c.status,
               count(p.id) AS pages,
               coalesce(sum(p.error IS NOT NULL OR p.status >= 400), 0) AS errors,
               coalesce(sum(p.body_codec IS NULL AND p.revisit_of IS NOT NULL AND p.error IS NULL
                            AND coalesce(p.status, 0) < 400), 0) AS unchanged
        FROM crawls c LEFT JOIN pages p ON p.crawl_id = c.id
        GROUP BY c.id ORDER BY c.id""")
    crawls = {
        "categories": [f"#{c['id']} {c['site']}" for c in crawl_rows],
        "series": [["pages, new or changed", [c["pages"] - c["errors"] - c["unchanged"] for c in crawl_rows]],
                   ["pages, unchanged (revisits)", [c["unchanged"] for c in crawl_rows]],
                   ["errors", [c["errors"] for c in crawl_rows]]],
        "crawls": crawl_rows,
    }
    return {"articles_per_month": articles, "version_changes": changes, "encodings": encodings, "crawls": crawls}
