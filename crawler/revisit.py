"""Incremental re-crawl decisions, as pure functions (no Scrapy, no database).

A re-crawl fetches list pages again (conditionally), skips archived articles unless they are
due for a revisit, revisits with ``If-None-Match`` / ``If-Modified-Since``, and stops paging
once a list page yields only known articles.

Example::

    plan = RevisitPlan(known={"http://a/t1.html": {"last_seen": "2026-01-01T00:00:00Z", "etag": '"x"'}},
                       revisit_days=30)
    plan.decide("http://a/t1.html")   # ("skip", {}) until 30 days after last_seen
"""

from __future__ import annotations

import posixpath
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

__all__ = ["RevisitPlan", "conditional_headers", "is_pagination", "parse_time"]


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

    def is_known(self, url: str) -> bool:
        """True when the archive already has this article URL."""
        return url in self.known

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
