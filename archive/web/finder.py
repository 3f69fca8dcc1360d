"""The archive's Chinese-aware search over any SQLite connection, with what a search page needs.

``Archive.search`` answers "the best N hits"; a search page also needs a total, pages beyond
the first, a filter on the source office and snippets that are safe to put into HTML. This
module does the same matching (``archive.text.build_match`` over ``articles_search``) on a
plain connection -- Datasette's read-only one -- so the window and the CLI can never disagree.

Ordering: ``newest`` is by published date (rowid order of the index); ``rank`` is BM25 among the
newest ``tuning.RANK_WINDOW`` matches (as ``Archive.search``), and pages past that window go on
with the remaining matches newest first.

Example:
    >>> from archive.db import Archive
    >>> a = Archive(":memory:", create=True)
    >>> _ = a.record_article(None, "d", None, {"url": "u", "title": "運城防汛", "body": "水", "source": "市水利局"},
    ...                      "2026-01-01")
    >>> [h["title"] for h in search(a.conn, "运城", source="水利")], count(a.conn, "防汛")
    (['運城防汛'], 1)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from archive import text as textmod
from archive import tuning
from archive.errors import ArchiveError
from archive.search import ARTICLE_ID_MASK, rank_window, rowid_range, site_token

__all__ = ["MARK", "Query", "count", "search", "source_choices", "register_functions"]

#: Private-use markers around matched text in snippets (never in real text); the web layer
#: escapes the snippet and then turns them into ``<mark>`` elements.
MARK = ("\ue010", "\ue011")


class QueryError(ValueError):
    """A query or filter that cannot be run (one-line message for the user)."""


@dataclass(frozen=True)
class Query:
    """One search: the text and its filters (all optional but ``text``)."""

    text: str
    site: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None

    def match(self) -> str:
        """The FTS5 MATCH expression (raises QueryError when nothing is searchable)."""
        try:
            match = textmod.build_match(self.text)
        except textmod.SearchSyntaxError as exc:
            raise QueryError(str(exc)) from None
        if self.site:
            match = f'({match}) AND site:"{site_token(self.site)}"'
        return match

    def rowid_range(self) -> tuple[int, int]:
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"since {self.since} is after until {self.until}")
        try:
            return rowid_range(self.since or None, self.until or None)
        except ArchiveError as exc:
            raise QueryError(str(exc)) from None


def register_functions(conn: Any) -> None:
    """SQL functions the search needs on a connection: ``govarchive_fold(text)``.

    Example:
        >>> import sqlite3; c = sqlite3.connect(":memory:"); register_functions(c)
        >>> c.execute("SELECT govarchive_fold('運城')").fetchone()[0]
        '运城'
    """
    conn.create_function("govarchive_fold", 1, _fold_cached, deterministic=True)


@lru_cache(maxsize=8192)
def _fold_cached(text: str | None) -> str:
    """``fold`` for a column with few distinct values (source offices): each is folded once."""
    return textmod.fold(text)


def _where(conn: Any, query: Query) -> tuple[str, list[Any]]:
    lo, hi = query.rowid_range()
    sql = "articles_search MATCH ? AND articles_search.rowid BETWEEN ? AND ?"
    params: list[Any] = [query.match(), lo, hi]
    if query.source:
        register_functions(conn)  # cheap; Datasette's connections have it already
        sql += (" AND EXISTS (SELECT 1 FROM articles a WHERE a.id = (articles_search.rowid & 4294967295)"
                " AND instr(govarchive_fold(a.source), ?) > 0)")
        params.append(textmod.fold(query.source.strip()))
    return sql, params


def _newest(conn: Any, query: Query, limit: int, offset: int) -> list[int]:
    where, params = _where(conn, query)
    return [r[0] for r in conn.execute(
        f"SELECT articles_search.rowid FROM articles_search WHERE {where} "
        "ORDER BY articles_search.rowid DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )]


def count(conn: Any, query: Query | str, **filters: Any) -> int:
    """How many articles match (all of them, not only a page)."""
    query = query if isinstance(query, Query) else Query(query, **filters)
    where, params = _where(conn, query)
    return conn.execute(f"SELECT count(*) FROM articles_search WHERE {where}", params).fetchone()[0]


def search(
    conn: Any,
    query: Query | str,
    *,
    order: str = "rank",
    limit: int = tuning.DEFAULT_SEARCH_LIMIT,
    offset: int = 0,
    highlight: tuple[str, str] = tuning.HIGHLIGHT,
    **filters: Any,
) -> list[dict[str, Any]]:
    """One page of hits: ``[{id, url, site, title, published, source, snippet, score, ...}]``.

    ``score`` is the BM25 score for hits from the ranked window, None otherwise.
    """
    query = query if isinstance(query, Query) else Query(query, **filters)
    if order not in ("rank", "newest"):
        raise QueryError(f"unknown order {order!r} (rank or newest)")
    limit, offset = max(int(limit), 0), max(int(offset), 0)
    scored: list[tuple[int, float | None]]
    if order == "newest":
        scored = [(rowid, None) for rowid in _newest(conn, query, limit, offset)]
    else:
        window = _newest(conn, query, tuning.RANK_WINDOW, 0)
        scored, rest_offset = [], offset
        if offset < len(window):
            ranked = rank_window(conn, window, query.text, len(window))
            scored, rest_offset = list(ranked[offset:offset + limit]), len(window)
        if len(scored) < limit and len(window) == tuning.RANK_WINDOW:
            # past the ranked window: the older matches, newest first
            scored += [(rowid, None) for rowid in _newest(conn, query, limit - len(scored), rest_offset)]
    hits = []
    for rowid, score in scored:
        row = conn.execute(
            "SELECT id, url, site, title, published, source, body, first_seen, last_seen, version "
            "FROM articles WHERE id = ?",
            (rowid & ARTICLE_ID_MASK,),
        ).fetchone()
        if row is None:
            continue
        art_id, url, site, title, published, source, body, first_seen, last_seen, version = row
        snip = textmod.snippet(body, query.text, highlight=highlight)
        if highlight[0] not in snip:
            title_snip = textmod.snippet(title, query.text, highlight=highlight)
            if highlight[0] in title_snip:
                snip = title_snip
        hits.append({
            "id": art_id, "url": url, "site": site, "title": title, "published": published, "source": source,
            "snippet": snip, "score": score, "first_seen": first_seen, "last_seen": last_seen,
            "version": version,
        })
    return hits


def source_choices(conn: Any, limit: int = 300) -> list[tuple[str, int]]:
    """The most frequent source offices with their article counts (for a filter's suggestions)."""
    return [tuple(r) for r in conn.execute(
        "SELECT source, count(*) FROM articles WHERE source IS NOT NULL AND source != '' "
        "GROUP BY source ORDER BY count(*) DESC, source LIMIT ?",
        (limit,),
    )]


def valid_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` or None; raises QueryError for anything else."""
    if not value:
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> str:
    raise QueryError(f"bad date {value!r}: use YYYY-MM-DD")
