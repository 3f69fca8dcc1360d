"""The crawl's books on discovery, per column: what each list said it holds against what the crawl
reached, which limit stopped discovery where, and what was wrong with the pagers. Pure, no Scrapy.

A *column* is a list reached through navigation (a start page, a section link, a frame, a
sitemap's page ...) together with every page of it its pager leads to; pagination stays in its
column and does not spend the navigation depth. At the end, :meth:`Ledger.report` gives the rows
the archive keeps (:mod:`archive.discovery`) and the crawl summary prints: a column whose list
announced more pages or records than were reached is flagged ("zwyw: page says 12 pages, 3
reached"), and every limit that stopped discovery says where and how much it left unvisited.

Example:
    >>> ledger = Ledger()
    >>> col = ledger.enter("http://a/zwyw/", depth=1)
    >>> ledger.announce("http://a/zwyw/", pages=12, records=None, mechanisms=["trs-createPageHTML"])
    >>> ledger.reached("http://a/zwyw/")
    >>> [r["shortfall"] for r in ledger.report(set()) if r["kind"] == "column"]
    ['page says 12 pages, 1 reached']
    >>> _ = ledger.enter("http://a/zwyw/index.html?uid=1", depth=1)  # the same page under another URL
    >>> ledger.reached("http://a/zwyw/", "f1"); ledger.reached("http://a/zwyw/index.html?uid=1", "f1")
    >>> sorted(ledger.columns)
    ['http://a/zwyw/']

A pager call that could not run is a problem only while its column falls short:
    >>> ledger = Ledger()
    >>> _ = ledger.enter("http://a/bmdt/", depth=1)
    >>> ledger.problem("http://a/bmdt/", UNFOLLOWED + "goPage(2): goPage is not defined")
    >>> ledger.announce("http://a/bmdt/", pages=2, records=None, mechanisms=[])
    >>> ledger.reached("http://a/bmdt/")
    >>> [r["detail"] for r in ledger.report(set()) if r["kind"] == "problem"]
    ['pager not followed: goPage(2): goPage is not defined']
    >>> ledger.add_page("http://a/bmdt/page_2.html", "http://a/bmdt/")
    >>> ledger.reached("http://a/bmdt/page_2.html")  # its plain 下一页 link led there
    >>> [r["detail"] for r in ledger.report(set()) if r["kind"] == "problem"]
    []
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Column", "Ledger"]

#: limits that stop discovery (the names summary lines and tests use)
LIMITS = ("depth", "trap guard", "page cap", "known articles", "offsite pager")
#: the problem of a pager call that could not run (its function lives in a script the page loads)
UNFOLLOWED = "pager not followed: "


@dataclass
class Column:
    url: str
    depth: int
    mechanisms: list[str] = field(default_factory=list)
    announced_pages: int | None = None
    announced_records: int | None = None
    pages: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    stopped: Counter = field(default_factory=Counter)

    def shortfall(self) -> str | None:
        """What the column's list announced and the crawl did not reach, or None (also when a
        re-crawl stopped paging at known articles: the rest is archived)."""
        if self.stopped.get("known articles"):
            return None
        parts = []
        if self.announced_pages is not None and len(self.pages) < self.announced_pages:
            parts.append(f"page says {self.announced_pages} pages, {len(self.pages)} reached")
        if self.announced_records is not None and len(self.articles) < self.announced_records:
            parts.append(f"page says {self.announced_records} records, {len(self.articles)} article links found")
        return "; ".join(parts) or None

    def complete(self) -> bool:
        """The column announced its size and the crawl reached all of it: a pager call that could
        not run (a 转到/GO box whose ``goPage()`` lives in an external script) cost nothing."""
        announced = self.announced_pages is not None or self.announced_records is not None
        return announced and self.shortfall() is None


class Ledger:
    """Columns by their entry URL, the column of every list page requested, problems, limits."""

    def __init__(self) -> None:
        self.columns: dict[str, Column] = {}
        self.page_column: dict[str, str] = {}
        self.problems: list[tuple[str, str, str]] = []  # (column, url, detail)
        self.limits: list[tuple[str, str, str, str]] = []  # (limit, column, where, url not followed)
        self._problem_seen: set[tuple[str, str]] = set()
        self._entries: dict[str, str] = {}  # body fingerprint of a column's entry page -> column

    def enter(self, url: str, depth: int) -> Column:
        """A list page reached through navigation: the entry of a column (once)."""
        column = self.page_column.setdefault(url, url)
        if column not in self.columns:
            self.columns[column] = Column(column, depth)
        return self.columns[column]

    def add_page(self, url: str, column: str) -> None:
        """Another page of ``column`` (its pager led there)."""
        self.page_column.setdefault(url, column)

    def column_of(self, url: str) -> Column | None:
        key = self.page_column.get(url)
        return self.columns.get(key) if key else None

    def announce(self, url: str, pages: int | None, records: int | None, mechanisms: list[str]) -> None:
        col = self.column_of(url)
        if col is None:
            return
        for m in mechanisms:
            if m not in col.mechanisms:
                col.mechanisms.append(m)
        if pages is not None:
            col.announced_pages = max(pages, col.announced_pages or 0)
        if records is not None:
            col.announced_records = max(records, col.announced_records or 0)

    def reached(self, url: str, fingerprint: str | None = None) -> None:
        """A page of a column answered; ``fingerprint`` (its body's hash) counts a page served
        under two URLs (``/xwzx/`` and ``/xwzx/index.html``) once, and makes a column entered
        under two URLs (``index.html``, ``index.html?uid=3021&pageNum=1``) one column."""
        col = self.column_of(url)
        if col is None:
            return
        if fingerprint and col.url == url:
            first = self._entries.setdefault(fingerprint, col.url)
            if first != col.url and first in self.columns:
                col = self._merge(col, self.columns[first])
        col.pages.add(fingerprint or url)
        col.failed.discard(url)

    def _merge(self, alias: Column, into: Column) -> Column:
        """``alias`` is ``into`` under another URL: one column from now on."""
        for url, column in list(self.page_column.items()):
            if column == alias.url:
                self.page_column[url] = into.url
        into.pages |= alias.pages
        into.failed |= alias.failed
        into.articles |= alias.articles
        into.stopped.update(alias.stopped)
        into.depth = min(into.depth, alias.depth)
        for m in alias.mechanisms:
            if m not in into.mechanisms:
                into.mechanisms.append(m)
        for attr in ("announced_pages", "announced_records"):
            values = [v for v in (getattr(into, attr), getattr(alias, attr)) if v is not None]
            setattr(into, attr, max(values) if values else None)
        del self.columns[alias.url]
        return into

    def failed(self, url: str) -> None:
        col = self.column_of(url)
        if col is not None and url not in col.pages:
            col.failed.add(url)

    def articles(self, url: str, links: list[str]) -> None:
        col = self.column_of(url)
        if col is not None:
            col.articles.update(links)

    def problem(self, url: str, detail: str) -> None:
        """What is wrong with a list page's pager (once per column and kind of problem)."""
        col = self.page_column.get(url, url)
        if (col, detail) not in self._problem_seen:
            self._problem_seen.add((col, detail))
            self.problems.append((col, url, detail))

    def stop(self, limit: str, where: str, url: str) -> None:
        """``limit`` kept the crawl from following ``url`` (found on ``where``)."""
        column = self.page_column.get(where, where)
        self.limits.append((limit, column, where, url))
        col = self.columns.get(column)
        if col is not None:
            col.stopped[limit] += 1

    def report(self, pending: set[str], page_cap: bool = False) -> list[dict[str, Any]]:
        """Rows for the archive: one per column (``kind`` "column"), problem ("problem") and limit
        ("limit": which, where, how many links it left unvisited, an example)."""
        rows: list[dict[str, Any]] = []
        for col in self.columns.values():
            rows.append({
                "kind": "column",
                "column": col.url,
                "depth": col.depth,
                "mechanisms": col.mechanisms,
                "announced_pages": col.announced_pages,
                "announced_records": col.announced_records,
                "pages_reached": len(col.pages),
                "pages_failed": len(col.failed),
                "articles_found": len(col.articles),
                "stopped": dict(col.stopped),
                "shortfall": col.shortfall(),
            })
        seen = set()
        for column, url, detail in self.problems:
            column = self.page_column.get(column, column)  # a column merged into another since
            col = self.columns.get(column)
            if detail.startswith(UNFOLLOWED) and col is not None and col.complete():
                continue
            if (column, detail) not in seen:
                seen.add((column, detail))
                rows.append({"kind": "problem", "column": column, "url": url, "detail": detail})
        grouped: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for limit, column, where, url in self.limits:
            grouped.setdefault((limit, column), []).append((where, url))
        for (limit, column), hits in grouped.items():
            if limit == "known articles":
                continue  # a re-crawl stopping at known articles is the plan, not a loss (see Column.stopped)
            urls = list(dict.fromkeys(u for _, u in hits))
            rows.append({
                "kind": "limit", "limit": limit, "column": column, "where": hits[0][0],
                "unvisited": len(urls), "example": urls[0],
            })
        if page_cap and pending:
            example = sorted(pending)[0]
            rows.append({
                "kind": "limit", "limit": "page cap", "column": self.page_column.get(example, ""),
                "where": "(the crawl)", "unvisited": len(pending), "example": example,
            })
        return rows
