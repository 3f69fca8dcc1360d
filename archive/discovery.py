"""What discovery learnt, kept in the archive: per crawl, what each column's list announced and
what was reached, pager problems and the limits that stopped discovery (``crawl_discovery``);
per article URL, the date its list printed and its sitemap ``<lastmod>`` (``link_dates``).

The spider's books (:class:`crawler.columns.Ledger`) become rows here at the end of a crawl;
``govarchive crawl`` / ``stats`` and the crawl summary read them back. Revisit planning can read
:func:`link_dates` (a newer ``lastmod`` or list date than an article's last capture means: ask again).

Example:
    >>> from archive.db import Archive
    >>> a = Archive(":memory:", create=True)
    >>> crawl = a.start_crawl("demo", {})
    >>> record_discovery(a, crawl, "demo", [{"kind": "column", "column": "http://x/zwyw/",
    ...     "announced_pages": 12, "pages_reached": 3, "shortfall": "page says 12 pages, 3 reached"}])
    >>> [f["shortfall"] for f in discovery(a.conn, crawl)["columns"]]
    ['page says 12 pages, 3 reached']
    >>> remember_link_dates(a, "demo", {"http://x/t1.html": {"list_date": "2024-03-26"}}, "http://x/", "2024-03-28T00:00:00Z")
    >>> link_dates(a.conn, "demo")["http://x/t1.html"]["list_date"]
    '2024-03-26'
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

__all__ = ["discovery", "link_dates", "record_discovery", "remember_link_dates", "shortfall_lines", "site_discovery"]


def record_discovery(archive: Any, crawl_id: int | None, site: str, rows: list[dict[str, Any]]) -> None:
    """Keep a crawl's discovery report (rows of :meth:`crawler.columns.Ledger.report`)."""
    values = [
        (crawl_id, site, row.get("kind", "column"), row.get("column"), row.get("url") or row.get("where"),
         json.dumps(row, ensure_ascii=False, default=str))
        for row in rows
    ]
    if not values:
        return
    with archive.transaction():
        archive.conn.executemany(
            "INSERT INTO crawl_discovery (crawl_id, site, kind, column_url, url, facts) VALUES (?, ?, ?, ?, ?, ?)",
            values,
        )


def discovery(conn: sqlite3.Connection, crawl_id: int) -> dict[str, list[dict[str, Any]]]:
    """``{"columns": [...], "problems": [...], "limits": [...]}`` of one crawl; columns with a
    shortfall (announced more than reached) first."""
    out: dict[str, list[dict[str, Any]]] = {"columns": [], "problems": [], "limits": []}
    try:
        rows = conn.execute(
            "SELECT kind, facts FROM crawl_discovery WHERE crawl_id = ? ORDER BY id", (crawl_id,)
        ).fetchall()
    except sqlite3.OperationalError:  # an archive opened read-only before migration 7
        return out
    for kind, facts in rows:
        key = {"column": "columns", "problem": "problems", "limit": "limits"}.get(kind)
        if key:
            out[key].append(json.loads(facts))
    out["columns"].sort(key=lambda c: not c.get("shortfall"))
    return out


def site_discovery(conn: sqlite3.Connection, site: str, crawl_id: int) -> dict[str, list[dict[str, Any]]]:
    """The discovery report of crawl ``crawl_id`` of ``site``, completed for the columns it did not
    walk (a re-crawl that stopped paging at known articles, a list answering 304 ``Not Modified``):
    for those, the findings of the latest earlier crawl that walked them, marked ``as_of`` that
    crawl. So a column whose announced size cannot be reached stays flagged on later crawls."""
    report = discovery(conn, crawl_id)
    walked = {c["column"] for c in report["columns"] if _walked(c)}
    try:
        rows = conn.execute(
            "SELECT crawl_id, kind, column_url, facts FROM crawl_discovery WHERE site = ? AND crawl_id < ? "
            "AND kind IN ('column', 'problem') ORDER BY crawl_id DESC, id",
            (site, crawl_id),
        ).fetchall()
    except sqlite3.OperationalError:
        return report
    taken: dict[str, int] = {}
    for earlier, kind, column, facts in rows:
        if column in walked:
            continue
        data = json.loads(facts)
        if kind == "column" and column not in taken and _walked(data):
            taken[column] = earlier
            if data.get("shortfall"):
                report["columns"] = [c for c in report["columns"] if c["column"] != column]
                report["columns"].insert(0, {**data, "as_of": earlier})
        elif kind == "problem" and taken.get(column) == earlier:
            report["problems"].append({**data, "as_of": earlier})
    report["columns"].sort(key=lambda c: not c.get("shortfall"))
    return report


def _walked(column: dict[str, Any]) -> bool:
    """A column this crawl read its list of (it saw what the list announces, and walked it)."""
    return (column.get("announced_pages") is not None or column.get("announced_records") is not None) and \
        not (column.get("stopped") or {}).get("known articles")


def shortfall_lines(report: dict[str, list[dict[str, Any]]], limit: int = 20) -> list[str]:
    """The lines a summary prints: columns short of what they announced, limits that stopped
    discovery (which, where, how much was left), pager problems.

    >>> shortfall_lines({"columns": [{"column": "http://x/zwyw/", "shortfall": "page says 12 pages, 3 reached",
    ...                               "mechanisms": ["trs-createPageHTML"]}], "problems": [], "limits": []})
    ['column http://x/zwyw/: page says 12 pages, 3 reached (trs-createPageHTML)']
    """
    lines = []
    for col in report["columns"]:
        if col.get("shortfall"):
            how = ", ".join(col.get("mechanisms") or []) or "plain links"
            since = f", as of crawl #{col['as_of']}" if col.get("as_of") else ""
            lines.append(f"column {col['column']}: {col['shortfall']} ({how}{since})")
    for lim in report["limits"]:
        lines.append(
            f"limit {lim['limit']}: stopped discovery at {lim['where']} -- {lim['unvisited']} link(s) left "
            f"unvisited, e.g. {lim['example']}"
        )
    for problem in report["problems"]:
        since = f" (as of crawl #{problem['as_of']})" if problem.get("as_of") else ""
        lines.append(f"pager problem on {problem['url']}: {problem['detail']}{since}")
    if len(lines) > limit:
        lines = lines[:limit] + [f"... and {len(lines) - limit} more (govarchive stats --format json)"]
    return lines


def remember_link_dates(
    archive: Any, site: str, dates: dict[str, dict[str, str]], source_url: str, seen_at: str
) -> None:
    """Keep what a list / sitemap / feed says beside each link (``list_date``, ``lastmod``,
    ``title``); a later value replaces an earlier one, a missing one keeps it."""
    rows = [
        (site, url, info.get("list_date"), info.get("lastmod"), info.get("title"), source_url, seen_at)
        for url, info in dates.items()
    ]
    if rows:
        archive.conn.executemany(
            "INSERT INTO link_dates (site, url, list_date, lastmod, title, source_url, seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site, url) DO UPDATE SET "
            "list_date = coalesce(excluded.list_date, list_date), lastmod = coalesce(excluded.lastmod, lastmod), "
            "title = coalesce(excluded.title, title), source_url = excluded.source_url, seen_at = excluded.seen_at",
            rows,
        )


def link_dates(conn: sqlite3.Connection, site: str) -> dict[str, dict[str, Any]]:
    """``{url: {list_date, lastmod, title, source_url, seen_at}}`` for one site."""
    names = ["url", "list_date", "lastmod", "title", "source_url", "seen_at"]
    return {
        row[0]: dict(zip(names[1:], row[1:]))
        for row in conn.execute(f"SELECT {', '.join(names)} FROM link_dates WHERE site = ?", (site,))
    }
