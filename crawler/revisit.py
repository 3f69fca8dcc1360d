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

from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from archive.pagetypes import INDEX_TYPES, is_pagination

__all__ = [
    "DEFAULT_REVISIT_BUDGET",
    "DEFAULT_SCHEDULE",
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


#: The default age-based schedule: ``(age in days, revisit every N days)``, youngest first. An
#: article up to 7 days old is revisited daily, up to 30 days every 3 days, up to 180 days weekly,
#: older ones every ``revisit_days`` (which bounds every interval).
DEFAULT_SCHEDULE: tuple[tuple[float, float], ...] = ((7, 1), (30, 3), (180, 7))
#: Archived articles revisited per crawl on schedule alone (not linked, not signalled).
DEFAULT_REVISIT_BUDGET = 500
#: A sitemap whose ``<lastmod>`` is the same for this share of at least this many URLs is stamped
#: with its generation time: its dates say nothing of the articles (:meth:`RevisitPlan.note_many`).
STAMPED_SHARE = 0.9
#: A list prints the portal's local day, up to UTC+14 (a Chinese list's today starts at 16:00 UTC):
#: a list date is "in the future" only beyond the UTC day this much ahead.
LIST_DAY_AHEAD = timedelta(hours=14)
STAMPED_MIN_URLS = 20


def _date(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return parse_time(str(value)[:10]) if value else None


class RevisitPlan:
    """What to do with an article URL on this crawl: ``new``, ``skip`` or ``revisit``.

    ``known`` is :meth:`archive.db.Archive.known_articles`; ``revisits`` maps a URL to the time
    of its last ``304`` (see :meth:`archive.crawlstate.CrawlState.last_revisits`), which counts
    as being seen. An article is due when it was last seen longer ago than its interval: by
    its age (``schedule``: recent articles often, old ones rarely; the age runs from its
    published date, else from when it was first seen), never more than ``revisit_days``
    (``revisit_days = 0``: every archived article is revisited, conditionally). It is due at
    once when the portal says it changed (:meth:`note`: a list page shows a newer date than the
    stored one, a sitemap's ``<lastmod>`` is after the last capture), or when its URL showed it
    gone and a later run must confirm it (``state == "suspect"``). A removed article is asked
    again every ``revisit_days`` (has it come back?).

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
        schedule: tuple[tuple[float, float], ...] | list = DEFAULT_SCHEDULE,
        budget: int = DEFAULT_REVISIT_BUDGET,
    ) -> None:
        self.known = known
        self.revisit_days = revisit_days
        self.revisits = revisits or {}
        self.now = now or datetime.now(UTC)
        self.schedule = sorted((float(a), float(b)) for a, b in schedule)
        self.budget = budget
        #: URL -> why the portal says it changed (``list date 2026-03-02``, ``lastmod ...``)
        self.signals: dict[str, str] = {}
        self._scheduled: set[str] | None = None

    def last_seen(self, url: str) -> datetime | None:
        """When the article was last fetched (200 or 304)."""
        info = self.known.get(url) or {}
        times = [t for t in (parse_time(info.get("last_seen")), parse_time(self.revisits.get(url))) if t]
        return max(times) if times else None

    def interval(self, url: str) -> float:
        """Days between two revisits of a known article: by its age, at most ``revisit_days``.

        >>> now = datetime(2026, 3, 10, tzinfo=UTC)
        >>> plan = RevisitPlan({"a": {"published": "2026-03-08"}, "b": {"published": "2025-01-01"}}, 30, now=now)
        >>> plan.interval("a"), plan.interval("b")
        (1.0, 30.0)
        """
        info = self.known.get(url) or {}
        born = _date(info.get("published")) or parse_time(info.get("first_seen"))
        if born is None or info.get("state") == "removed":
            return float(self.revisit_days)
        age = (self.now - born).total_seconds() / 86400
        for up_to, every in self.schedule:
            if age <= up_to:
                return min(every, float(self.revisit_days))
        return float(self.revisit_days)

    def due(self, url: str) -> str | None:
        """Why a known article is to be fetched again now (``suspect``, a signal, ``schedule``), or None."""
        info = self.known.get(url)
        if info is None:
            return None
        if info.get("state") == "suspect":
            return "suspect"
        if url in self.signals:
            return self.signals[url]
        if info.get("state") == "removed":
            checked = parse_time(info.get("fetched_at")) or self.last_seen(url)
            return "removed" if checked is None or is_due(info.get("fetched_at"), self.revisit_days, self.now) \
                else None
        seen = self.last_seen(url)
        if seen is None or self.now - seen >= timedelta(days=self.interval(url)):
            return "schedule"
        return None

    def note(self, url: str, when: Any, source: str = "list") -> bool:
        """The portal shows a date for an article: a list page beside its link (``source="list"``),
        a sitemap's ``<lastmod>`` (``"lastmod"``). True when that makes it due now.

        A list date counts when it moved on since the list was last read (``list_date`` of
        :meth:`archive.db.Archive.known_articles`), or is after the day the article was last seen
        (and not after today, in the portal's time zone: some lists print a deadline or an event's
        date); never merely for differing from the article's own date (lists print other dates than
        their pages, and that would make an article due on every crawl). A ``<lastmod>`` counts when it is after the
        article was last seen (a day only: after that day).

        >>> plan = RevisitPlan({"a": {"published": "2026-03-01T10:00", "last_seen": "2026-03-05T00:00:00Z",
        ...                           "list_date": "2026-03-01"}}, 30, now=datetime(2026, 3, 9, tzinfo=UTC))
        >>> plan.note("a", "2026-03-01"), plan.note("a", "2026-03-04", "lastmod"), plan.note("a", "2026-12-31")
        (False, False, False)
        >>> plan.note("a", "2026-03-03"), plan.due("a")  # the list re-dated it
        (True, 'list date 2026-03-03')
        """
        info = self.known.get(url)
        moment = _date(when) if source == "list" else (when if isinstance(when, datetime) else parse_time(str(when)))
        if info is None or moment is None or info.get("state") == "removed":
            return False
        seen = self.last_seen(url)
        if source == "list":
            day, listed = moment.date(), _date(info.get("list_date"))
            changed = day <= (self.now + LIST_DAY_AHEAD).date() and (
                (listed is not None and day > listed.date()) or (seen is not None and day > seen.date())
            )
        elif seen is not None and len(str(when).strip()) <= 10:  # a day only: after the day we saw it
            changed = moment.date() > seen.date()
        else:
            changed = seen is not None and moment > seen
        if changed:
            self.signals.setdefault(url, f"{source} date {moment.date().isoformat()}")
        return changed

    def note_many(self, dates: dict[str, Any], source: str) -> int:
        """:meth:`note` for every ``{url: date}`` a page gives; returns how many became due.

        A sitemap that gives nearly every URL the same ``<lastmod>`` (at least
        :data:`STAMPED_MIN_URLS` URLs, :data:`STAMPED_SHARE` of them one value), and no URL a later
        one, says when it was generated, not when its articles changed: it is ignored. (A common
        value with later ones beside it is a bulk import or migration day, and the later ones are
        real edits.)

        >>> plan = RevisitPlan({f"u{i}": {"last_seen": "2026-03-01T00:00:00Z"} for i in range(30)}, 30)
        >>> plan.note_many({f"u{i}": "2026-03-09" for i in range(30)}, "lastmod")
        0
        >>> plan.note_many({f"u{i}": "2026-02-01" for i in range(30)} | {"u1": "2026-03-09"}, "lastmod")
        1
        """
        if source == "lastmod" and len(dates) >= STAMPED_MIN_URLS:
            value, top = Counter(str(d).strip() for d in dates.values()).most_common(1)[0]
            stamp = parse_time(value)
            if top >= STAMPED_SHARE * len(dates) and stamp is not None and not any(
                (t := parse_time(str(d).strip())) is not None and t > stamp for d in dates.values()
            ):
                return 0
        return sum(1 for url, when in dates.items() if url in self.known and self.note(url, when, source))

    def decide(self, url: str) -> tuple[str, dict[str, str]]:
        """``("new", {})``, ``("skip", {})`` or ``("revisit", conditional request headers)``.

        An article due on schedule alone is revisited when it is among the ``budget`` longest
        overdue (:meth:`scheduled`), linked or not; the others wait for a later crawl.
        """
        info = self.known.get(url)
        if info is None:
            return "new", {}
        why = self.due(url)
        if why is None or (why == "schedule" and url not in self.scheduled()):
            return "skip", {}
        return "revisit", conditional_headers(info.get("etag"), info.get("last_modified"))

    def scheduled(self) -> set[str]:
        """The articles this crawl revisits on schedule: the ``budget`` longest overdue (every due
        one when ``revisit_days`` is 0: the user asked for all)."""
        if self._scheduled is None:
            due = []
            for url in self.known:
                if self.due(url) == "schedule":
                    seen = self.last_seen(url)
                    overdue = (self.now - seen).total_seconds() / 86400 / max(self.interval(url), 1e-6) \
                        if seen else float("inf")
                    due.append((-overdue, url))
            due.sort()
            limit = len(due) if self.revisit_days == 0 else max(self.budget, 0)
            self._scheduled = {url for _, url in due[:limit]}
            self._order = [url for _, url in due[:limit]]
        return self._scheduled

    def watch(self) -> list[tuple[str, str]]:
        """Known articles to fetch this crawl whether a page links them or not: ``[(url, why)]``.

        URLs that showed their article gone (to confirm or clear it), articles that fell off every
        list page and were not fetched since, removed articles due for a check, and the articles
        due on schedule this crawl (:meth:`scheduled`: at most ``budget``, the longest overdue
        first) -- old articles behind a list's first page are never linked by a re-crawl that
        stops paging.

        >>> now = datetime(2026, 3, 10, tzinfo=UTC)
        >>> known = {"s": {"state": "suspect", "last_seen": "2026-03-09T00:00:00Z"},
        ...          "u": {"unlisted_at": "2026-03-09T00:00:00Z", "fetched_at": "2026-03-08T00:00:00Z",
        ...                "last_seen": "2026-03-08T00:00:00Z", "published": "2020-01-01"},
        ...          "old": {"last_seen": "2026-01-01T00:00:00Z", "published": "2020-01-01"},
        ...          "older": {"last_seen": "2025-12-01T00:00:00Z", "published": "2020-01-01"},
        ...          "fresh": {"last_seen": "2026-03-09T00:00:00Z", "published": "2020-01-01"}}
        >>> RevisitPlan(known, 30, now=now, budget=1).watch()
        [('s', 'suspect'), ('u', 'unlisted'), ('older', 'schedule')]
        """
        urgent = []
        for url, info in self.known.items():
            why = self.due(url)
            unlisted = info.get("unlisted_at") and (info.get("fetched_at") or "") < info["unlisted_at"]
            if why in ("suspect", "removed"):
                urgent.append((url, why))
            elif unlisted:
                urgent.append((url, "unlisted"))
        urgent.sort(key=lambda item: ("suspect", "unlisted", "removed").index(item[1]))
        self.scheduled()
        taken = {url for url, _ in urgent}
        return urgent + [(url, "schedule") for url in self._order if url not in taken]


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
