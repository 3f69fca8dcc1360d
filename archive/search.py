"""Full-text search: the index rows of an article, the query, and the ranking.

One FTS5 table serves search (see :mod:`archive.text` for the segmentation): ``articles_search``,
the Chinese index (``uni``/``bi`` columns and a site token), contentless; its rowid packs the
article's day and id (the *rowid layout* below), so that ordering by rowid is newest first and
a date range is a rowid range FTS5 can seek to. Datasette searches it too (the plugin in
``archive/web/`` gives its ``escape_fts`` this module's MATCH expression); archives made before
schema version 6 also had a trigram table for Datasette, ``articles_fts``, dropped by migration 6.

Rowid layout: ``(day << DAY_SHIFT) | article id``, where day counts days since 1970-01-01
(clamped to ``0 .. MAX_DAY``) of the published date, or of the first-seen date when the
article has none.

Example:
    >>> search_rowid(7, "2019-11-22", None) >> DAY_SHIFT, search_rowid(7, "2019-11-22", None) & ARTICLE_ID_MASK
    (18222, 7)
    >>> lo, hi = rowid_range("2019-11-22", "2019-11-22")
    >>> lo <= search_rowid(7, "2019-11-22 10:00", None) <= hi
    True
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import sqlite3
from datetime import date
from typing import Any

from archive import text as textmod
from archive import tuning
from archive.errors import ArchiveError
from archive.times import iso_date

__all__ = [
    "ARTICLE_ID_MASK", "DAY_SHIFT", "MAX_DAY", "MAX_ROWID", "ORDERS", "day_number", "index_article", "index_row",
    "rebuild", "rowid_range", "search", "search_rowid", "site_token", "unindex_article",
]

#: Bits of a search rowid below the day: the article id lives there.
DAY_SHIFT = 32
#: The article id part of a search rowid.
ARTICLE_ID_MASK = (1 << DAY_SHIFT) - 1
#: Days are clamped to this (year 2.9 million): the rowid stays below 2**63.
MAX_DAY = 2**30
#: Above every search rowid: the open end of a date range.
MAX_ROWID = MAX_DAY << DAY_SHIFT

#: ``search`` orders: BM25 among the newest matches, or newest first.
ORDERS = ("rank", "newest")

_EPOCH = date(1970, 1, 1)


def day_number(d: date) -> int:
    """Days since 1970-01-01, clamped to ``0 .. MAX_DAY``.

    Example:
        >>> day_number(date(1970, 1, 2)), day_number(date(1900, 1, 1))
        (1, 0)
    """
    return min(max((d - _EPOCH).days, 0), MAX_DAY)


def _day(value: str | None) -> int | None:
    d = iso_date(value)
    return None if d is None else day_number(d)


def search_rowid(article_id: int, published: str | None, first_seen: str | None) -> int:
    """rowid in ``articles_search``: (day of the article's date << DAY_SHIFT) | article id.

    Articles without a published date use the day they were first seen.
    """
    day = _day(published)
    if day is None:
        day = _day(first_seen) or 0
    return (day << DAY_SHIFT) | article_id


def rowid_range(since: str | date | None, until: str | date | None) -> tuple[int, int]:
    """The rowids of ``articles_search`` (inclusive) of articles dated ``since`` .. ``until``.

    Example:
        >>> rowid_range(None, None) == (0, MAX_ROWID)
        True
        >>> rowid_range("2019-1-2", None)
        Traceback (most recent call last):
        ...
        archive.errors.ArchiveError: bad since date '2019-1-2': use YYYY-MM-DD
    """
    lo, hi = 0, MAX_ROWID
    for name, value in (("since", since), ("until", until)):
        if value is None or value == "":
            continue
        d = value if isinstance(value, date) else iso_date(value)
        if d is None or (isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip())):
            raise ArchiveError(f"bad {name} date {value!r}: use YYYY-MM-DD")
        day = day_number(d)
        if name == "since":
            lo = day << DAY_SHIFT
        else:
            hi = ((day + 1) << DAY_SHIFT) - 1
    return lo, hi


def site_token(site: str) -> str:
    """The token a site's articles carry in the ``site`` column of ``articles_search``."""
    return "s" + hashlib.sha1(site.encode("utf-8")).hexdigest()[:16]


def _search_values(site: str, title: str | None, body: str | None) -> tuple[str, str, str]:
    uni, bi = textmod.index_columns(textmod.fold(title), textmod.fold(body))
    return uni, bi, site_token(site)


def index_article(
    conn: sqlite3.Connection,
    article_id: int,
    site: str,
    title: str | None,
    body: str | None,
    published: str | None,
    first_seen: str | None,
) -> int:
    """Add an article to ``articles_search`` and note its rowid in ``articles``; returns the rowid."""
    rowid = search_rowid(article_id, published, first_seen)
    index_row(conn, rowid, site, title, body)
    conn.execute("UPDATE articles SET search_rowid = ? WHERE id = ?", (rowid, article_id))
    return rowid


def index_row(conn: sqlite3.Connection, rowid: int, site: str, title: str | None, body: str | None) -> None:
    """Add an article's row to ``articles_search`` under ``rowid`` (:func:`search_rowid`), for a
    caller that writes the rowid into ``articles`` itself (:func:`index_article` does both)."""
    uni, bi, tok = _search_values(site, title, body)
    conn.execute("INSERT INTO articles_search (rowid, uni, bi, site) VALUES (?, ?, ?, ?)", (rowid, uni, bi, tok))


def unindex_article(
    conn: sqlite3.Connection, rowid: int | None, site: str, title: str | None, body: str | None
) -> None:
    """Remove an article's row from the contentless ``articles_search`` (given what was indexed)."""
    if rowid is None:
        return
    uni, bi, tok = _search_values(site, title, body)
    conn.execute(
        "INSERT INTO articles_search (articles_search, rowid, uni, bi, site) VALUES ('delete', ?, ?, ?, ?)",
        (rowid, uni, bi, tok),
    )


def rebuild(conn: sqlite3.Connection) -> int:
    """Rebuild the search index from the ``articles`` table (inside the caller's transaction);
    returns the number of articles indexed."""
    conn.execute("INSERT INTO articles_search (articles_search) VALUES ('delete-all')")
    n = 0
    for row in conn.execute("SELECT id, site, title, body, published, first_seen FROM articles").fetchall():
        index_article(conn, *row)
        n += 1
    return n


def search(
    conn: sqlite3.Connection,
    query: str,
    site: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = tuning.DEFAULT_SEARCH_LIMIT,
    order: str = "rank",
) -> list[dict[str, Any]]:
    """Search the archive on ``conn``: what :meth:`archive.db.Archive.search` answers."""
    if order not in ORDERS:
        raise ArchiveError(f"unknown order {order!r} (rank or newest)")
    try:
        match = textmod.build_match(query)
    except textmod.SearchSyntaxError as exc:
        raise ArchiveError(str(exc)) from None
    if site is not None:
        if not conn.execute("SELECT 1 FROM sites WHERE name = ?", (site,)).fetchone():
            raise ArchiveError(f"unknown site {site!r}")
        match = f'({match}) AND site:"{site_token(site)}"'
    lo, hi = rowid_range(since, until)
    limit = max(int(limit), 0)
    if order == "newest":
        rows = conn.execute(
            "SELECT rowid, NULL FROM articles_search WHERE articles_search MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT ?",
            (match, lo, hi, limit),
        ).fetchall()
    else:
        window = [r[0] for r in conn.execute(
            "SELECT rowid FROM articles_search WHERE articles_search MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT ?",
            (match, lo, hi, tuning.RANK_WINDOW),
        )]
        rows = rank_window(conn, window, query, limit)
    hits = []
    for rowid, score in rows:
        art = conn.execute(
            "SELECT id, url, site, title, published, body, first_seen, last_seen, version "
            "FROM articles WHERE id = ?",
            (rowid & ARTICLE_ID_MASK,),
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


def rank_window(conn: sqlite3.Connection, window: list[int], query: str, limit: int) -> list[tuple[int, float]]:
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
    ids = {rowid & ARTICLE_ID_MASK: rowid for rowid in window}
    texts = conn.execute(
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
        n_docs = conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 1
        for i, names in enumerate(term_units):
            n = conn.execute(
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
