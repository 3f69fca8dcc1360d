"""Incremental re-crawl decisions, as pure functions (no Scrapy, no database).

A re-crawl fetches list pages again (conditionally), skips archived articles unless they are
due for a revisit, revisits with ``If-None-Match`` / ``If-Modified-Since``, and stops paging
once a list page yields only known articles.

Pages that only repeat what list pages show are read again only when due: *hubs* (section
landing pages, navigation pages: :func:`hub_pages`) and *redundant indexes* (sitemaps and feeds
whose articles list pages link too: :func:`redundant_indexes`); meanwhile their remembered links
are followed.

Example::

    plan = RevisitPlan(known={"http://a/t1.html": {"last_seen": "2026-01-01T00:00:00Z", "etag": '"x"'}},
                       revisit_days=30)
    plan.decide("http://a/t1.html")   # ("skip", {}) until 30 days after last_seen
"""

from __future__ import annotations

import posixpath
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from archive.pagetypes import INDEX_TYPES

__all__ = [
    "INDEX_TYPES",
    "RevisitPlan",
    "conditional_headers",
    "hub_pages",
    "is_due",
    "is_pagination",
    "parse_time",
    "redundant_indexes",
]



def parse_time(value: str | None) -> datetime | None:
    """An ISO timestamp from the archive as an aware UTC datetime (None if unparsable).

    >>> parse_time("2026-01-02T03:04:05Z").isoformat()
    '2026-01-02T03:04:05+00:00'
    """
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    if len(text) == 10:
        text += "T00:00:00+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """Request headers that ask "changed since the capture we have?".

    >>> conditional_headers('"abc"', "Wed, 01 Nov 2023 00:00:00 GMT")
    {'If-None-Match': '"abc"', 'If-Modified-Since': 'Wed, 01 Nov 2023 00:00:00 GMT'}
    """
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


class RevisitPlan:
    """What to do with an article URL on this crawl: ``new``, ``skip`` or ``revisit``.

    ``known`` is :meth:`archive.db.Archive.known_articles`; ``revisits`` maps a URL to the time
    of its last ``304`` (see :meth:`archive.crawlstate.CrawlState.last_revisits`), which counts
    as being seen. An article is due when it was last seen ``revisit_days`` ago or more
    (``revisit_days = 0``: every archived article is revisited, conditionally).

    >>> plan = RevisitPlan({"http://a/1.html": {"last_seen": "2000-01-01T00:00:00Z", "etag": '"e"'}}, 30)
    >>> plan.decide("http://a/1.html")
    ('revisit', {'If-None-Match': '"e"'})
    >>> plan.decide("http://a/2.html")
    ('new', {})
    """

    def __init__(
        self,
        known: dict[str, dict[str, Any]],
        revisit_days: float,
        revisits: dict[str, str] | None = None,
        now: datetime | None = None,
    ) -> None:
        self.known = known
        self.revisit_days = revisit_days
        self.revisits = revisits or {}
        self.now = now or datetime.now(UTC)

    def last_seen(self, url: str) -> datetime | None:
        """When the article was last fetched (200 or 304)."""
        info = self.known.get(url) or {}
        times = [t for t in (parse_time(info.get("last_seen")), parse_time(self.revisits.get(url))) if t]
        return max(times) if times else None

    def decide(self, url: str) -> tuple[str, dict[str, str]]:
        """``("new", {})``, ``("skip", {})`` or ``("revisit", conditional request headers)``."""
        info = self.known.get(url)
        if info is None:
            return "new", {}
        seen = self.last_seen(url)
        if seen is not None and self.now - seen < timedelta(days=self.revisit_days):
            return "skip", {}
        return "revisit", conditional_headers(info.get("etag"), info.get("last_modified"))


def _dir(path: str) -> str:
    return path if path.endswith("/") else posixpath.dirname(path) + "/"


def is_pagination(list_url: str, link: str) -> bool:
    """True when ``link`` looks like another page of the same list as ``list_url``.

    Same directory (``index.html`` -> ``index_2.html``, ``list_3.htm``) or same path with another
    query (``list.asp?page=2``). Links to other columns (other directories) are navigation.

    >>> is_pagination("http://a/xw/zwyw/", "http://a/xw/zwyw/index_1.html")
    True
    >>> is_pagination("http://a/xw/zwyw/index.html", "http://a/xw/bmdt/")
    False
    >>> is_pagination("http://a/list.asp?page=1", "http://a/list.asp?page=2")
    True
    """
    src, dst = urlsplit(list_url), urlsplit(link)
    if src.netloc != dst.netloc or (src.path == dst.path and src.query == dst.query):
        return False
    if src.path == dst.path:
        return True
    return _dir(src.path or "/") == _dir(dst.path or "/") and not dst.path.endswith("/")


def is_due(fetched_at: str | None, days: float, now: datetime) -> bool:
    """True when a page last fetched (or answered 304) at ``fetched_at`` should be asked again:
    ``days`` or more ago, never fetched, or ``days == 0``.

    >>> now = datetime(2026, 3, 1, tzinfo=UTC)
    >>> is_due("2026-02-27T00:00:00Z", 7, now), is_due("2026-02-01T00:00:00Z", 7, now), is_due(None, 7, now)
    (False, True, True)
    """
    fetched = parse_time(fetched_at)
    return fetched is None or now - fetched >= timedelta(days=days)


def _articles(memory: dict[str, Any], page_type: Callable[[str], str]) -> set[str]:
    return {link for link in memory.get("links", []) if page_type(link) == "article"}


def hub_pages(
    list_memory: dict[str, dict[str, Any]],
    start_urls: set[str],
    page_type: Callable[[str], str],
    aliases: dict[str, str] | None = None,
) -> set[str]:
    """Remembered pages that add no article of their own: every article their last capture linked
    is also linked from another remembered page that is asked on every crawl.

    Section landing pages (a few headlines of each of their columns), site maps, contact and
    search pages are hubs; a column's list page is not (its older articles are linked from no
    other page), nor is a start page. A hub's new headlines show up on its columns' first
    pages, which are asked on every crawl, so a re-crawl follows a hub's remembered links
    instead of asking for it until it is due (``hub_revisit_days``); new columns it may link
    are found then.

    Pages are judged broadest first (most articles, then most links): a page is a hub when the
    pages not judged hubs so far still link all its articles, so of a section page and a small
    column showing the same headlines, the section page is the hub and the column stays. Start
    pages are asked anyway but cover nothing: they are the broadest teaser pages of all, and a
    small column whose few articles the home page also shows is still asked (a burst of new
    articles would overflow the home page's teasers). Sitemaps, feeds and alias URLs
    (``aliases``, see ``list_aliases``) are neither hubs nor coverers.

    >>> art = lambda u: "article" if u.endswith(".html") else "list"
    >>> memory = {
    ...     "http://a/": {"links": ["http://a/x/", "http://a/x/1.html"]},
    ...     "http://a/x/": {"links": ["http://a/x/a/", "http://a/x/b/", "http://a/x/1.html", "http://a/x/2.html"]},
    ...     "http://a/x/a/": {"links": ["http://a/x/1.html", "http://a/x/3.html"]},
    ...     "http://a/x/b/": {"links": ["http://a/x/2.html"]},
    ...     "http://a/about": {"links": ["http://a/"]},
    ... }
    >>> sorted(hub_pages(memory, {"http://a/"}, art))
    ['http://a/about', 'http://a/x/']
    """
    aliases = aliases or {}
    pages = {
        url: _articles(memory, page_type)
        for url, memory in list_memory.items()
        if url not in aliases and memory.get("page_type") not in INDEX_TYPES
    }
    coverers = {url for url in pages if url not in start_urls}
    linked_by: Counter[str] = Counter()
    for url in coverers:
        linked_by.update(pages[url])
    hubs: set[str] = set()
    # removing a hub only lowers the counts, so one pass in a fixed order is enough
    order = sorted(coverers, key=lambda u: (-len(pages[u]), -len(list_memory[u].get("links", [])), u))
    for url in order:
        if all(linked_by[article] >= 2 for article in pages[url]):  # someone besides this page
            hubs.add(url)
            linked_by.subtract(pages[url])
    return hubs


def redundant_indexes(
    list_memory: dict[str, dict[str, Any]],
    hubs: set[str],
    page_type: Callable[[str], str],
    aliases: dict[str, str] | None = None,
) -> set[str]:
    """Remembered sitemaps and feeds that list nothing the list pages do not: every article they
    linked last time is linked from a list page that is asked on every crawl (not a hub), and
    every other page they linked is remembered. A re-crawl reads them only when due
    (``sitemap_revisit_days``); a sitemap or feed that was the only way to some article (or a
    site whose list pages were never found) is read every time.

    >>> art = lambda u: "article" if u.endswith(".html") else "list"
    >>> memory = {
    ...     "http://a/x/": {"links": ["http://a/1.html", "http://a/2.html"]},
    ...     "http://a/sitemap.xml": {"page_type": "sitemap", "links": ["http://a/x/", "http://a/1.html"]},
    ...     "http://a/rss.xml": {"page_type": "feed", "links": ["http://a/3.html"]},
    ... }
    >>> sorted(redundant_indexes(memory, set(), art))
    ['http://a/sitemap.xml']
    """
    aliases = aliases or {}
    covered: set[str] = set()
    for url, memory in list_memory.items():
        if url not in hubs and url not in aliases and memory.get("page_type") not in INDEX_TYPES:
            covered |= _articles(memory, page_type)
    out = set()
    for url, memory in list_memory.items():
        if memory.get("page_type") not in INDEX_TYPES:
            continue
        links = memory.get("links", [])
        if all(link in covered if page_type(link) == "article" else link in list_memory for link in links):
            out.add(url)
    return out
