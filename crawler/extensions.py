"""Crawl progress: a live display on a terminal, plain log lines under cron, a final report.

:class:`Progress` (a Scrapy extension, ``EXTENSIONS`` in :mod:`crawler.settings`) counts per
site: pages fetched, articles new / changed / unchanged, articles skipped as already archived,
``304 Not Modified`` answers, errors, and the rate. All crawlers of one process share one
:class:`ProgressBoard`, so several sites crawled together show as one table.

``PROGRESS_MODE``: ``"auto"`` (live when stderr is a terminal, plain otherwise), ``"live"``,
``"plain"`` or ``"off"``; ``PROGRESS_INTERVAL``: seconds between plain log lines.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler import statkeys

__all__ = ["BOARD", "Progress", "ProgressBoard", "SiteProgress"]

logger = logging.getLogger("govarchive.progress")
COLUMNS = ("pages", "new", "changed", "unchanged", "skipped", "not_modified", "errors")
#: column headers of the live table (short: it must fit a terminal)
LABELS = {
    "pages": "pages",
    "new": "new",
    "changed": "changed",
    "unchanged": "unchanged",
    "skipped": "skipped",
    "not_modified": "304",
    "errors": "errors",
}


@dataclass
class SiteProgress:
    """Counters of one site's crawl."""

    site: str
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    reason: str = "running"
    counts: dict[str, int] = field(default_factory=lambda: {c: 0 for c in COLUMNS})

    @property
    def rate(self) -> float:
        """Pages per minute so far."""
        elapsed = (self.finished or time.monotonic()) - self.started
        return 60.0 * self.counts["pages"] / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        """One plain log line.

        >>> p = SiteProgress("demo"); p.counts["pages"] = 3
        >>> p.line().split(" (")[0]
        'demo: 3 pages, 0 new, 0 changed, 0 unchanged, 0 skipped as archived, 0 not modified, 0 errors'
        """
        c = self.counts
        return (
            f"{self.site}: {c['pages']} pages, {c['new']} new, {c['changed']} changed, {c['unchanged']} unchanged, "
            f"{c['skipped']} skipped as archived, {c['not_modified']} not modified, {c['errors']} errors "
            f"({self.rate:.0f} pages/min, {self.reason})"
        )


class ProgressBoard:
    """Every site crawled in this process, and the live display if there is one."""

    def __init__(self) -> None:
        self.sites: dict[str, SiteProgress] = {}
        self.live = None
        self._users = 0
        self._lock = threading.Lock()

    def table(self) -> Any:
        """A rich Table of the current counts."""
        from rich.table import Table

        table = Table(title="govarchive crawl", expand=False)
        table.add_column("site")
        for col in COLUMNS:
            table.add_column(LABELS[col], justify="right")
        table.add_column("pages/min", justify="right")
        table.add_column("state")
        for s in self.sites.values():
            table.add_row(s.site, *(str(s.counts[c]) for c in COLUMNS), f"{s.rate:.0f}", s.reason)
        return table

    def open(self, site: str, live: bool) -> SiteProgress:
        """Register a site (and start the live display on first use when ``live``)."""
        with self._lock:
            progress = self.sites[site] = SiteProgress(site)
            self._users += 1
            if live and self.live is None:
                from rich.console import Console
                from rich.live import Live

                console = Console(stderr=True)
                if not console.is_terminal:
                    console = Console(stderr=True, width=120)  # forced live display into a pipe or file
                self.live = Live(
                    self.table(),
                    console=console,
                    refresh_per_second=4,
                    redirect_stdout=False,
                    redirect_stderr=False,
                    transient=False,
                )
                self.live.start()
            return progress

    def refresh(self) -> None:
        """Redraw the live display (no-op without one)."""
        if self.live is not None:
            self.live.update(self.table())

    def close(self, site: str, reason: str) -> None:
        """Mark a site finished; stop the live display after the last one."""
        with self._lock:
            progress = self.sites.get(site)
            if progress is not None:
                progress.finished, progress.reason = time.monotonic(), reason
            self._users -= 1
            self.refresh()
            if self._users <= 0 and self.live is not None:
                self.live.stop()
                self.live.console.line()
                self.live = None

    def reset(self) -> None:
        """Forget every site (a new run in the same process)."""
        self.sites.clear()


BOARD = ProgressBoard()


class Progress:
    """Scrapy extension feeding :data:`BOARD` from signals; plain log lines when not live."""

    def __init__(self, crawler: Any, mode: str, interval: float) -> None:
        self.crawler = crawler
        if mode == "auto":
            mode = "live" if sys.stderr.isatty() else "plain"
        self.mode = mode
        self.interval = interval
        self.progress: SiteProgress | None = None
        self.task = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> Progress:
        mode = crawler.settings.get("PROGRESS_MODE", "auto")
        if mode == "off":
            raise NotConfigured("PROGRESS_MODE is off")
        ext = cls(crawler, mode, crawler.settings.getfloat("PROGRESS_INTERVAL", 60.0))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.item_error, signal=signals.item_error)
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        return ext

    def _site(self, spider: Any) -> str:
        site = getattr(spider, "site", None)
        return getattr(site, "name", None) or getattr(spider, "name", "?")

    def spider_opened(self, spider: Any) -> None:
        from twisted.internet import task

        self.progress = BOARD.open(self._site(spider), live=self.mode == "live")
        self.task = task.LoopingCall(self.tick)
        self.task.start(0.5 if self.mode == "live" else self.interval, now=False)

    def tick(self, log: bool = True) -> None:
        if self.progress is None:
            return
        stats = self.crawler.stats
        self.progress.counts["skipped"] = stats.get_value(statkeys.SKIPPED_KNOWN, 0)
        if self.mode == "live":
            BOARD.refresh()
        elif log:
            logger.info("progress %s", self.progress.line())

    def response_received(self, response: Any, request: Any = None, spider: Any = None) -> None:
        if self.progress is not None and response.status != 304:
            self.progress.counts["pages"] += 1

    def item_scraped(self, item: Any, response: Any = None, spider: Any = None) -> None:
        if self.progress is None:
            return
        outcome = getattr(item, "outcome", None)
        if outcome in ("new", "changed", "unchanged"):
            self.progress.counts[outcome] += 1
        if outcome == "error":
            self.progress.counts["errors"] += 1
        if getattr(item, "not_modified", False):
            self.progress.counts["not_modified"] += 1

    def item_error(
        self, item: Any = None, response: Any = None, spider: Any = None, failure: Any = None
    ) -> None:
        if self.progress is not None:
            self.progress.counts["errors"] += 1

    def spider_error(self, failure: Any = None, response: Any = None, spider: Any = None) -> None:
        if self.progress is not None:
            self.progress.counts["errors"] += 1

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        self.tick(log=False)
        BOARD.close(self._site(spider), reason)
        if self.mode != "live" and self.progress is not None:
            logger.info("finished %s", self.progress.line())


class ScraperBound:
    """Bound the responses the scraper holds by their number as well as their bytes.

    Scrapy stops downloading while the responses in its scraper (being parsed, or waiting for
    their items to go through the pipelines: extraction in the workers, the writer's next group
    commit) add up to more than ``SCRAPER_SLOT_MAX_ACTIVE_SIZE`` bytes, counting each at least
    1 KB. Small pages (3 KB) let thousands of responses, each with its request, item, decoded
    text and callbacks, wait there: the crawl's memory grows until the slot is full. Counting each
    response at least ``SCRAPER_SLOT_MIN_RESPONSE_SIZE`` bytes bounds them by number too
    (5 MB / 25 KB: 200 responses), so memory is flat from the first pages on; 0 keeps Scrapy's 1 KB.
    """

    def __init__(self, crawler: Any, min_size: int) -> None:
        self.crawler = crawler
        self.min_size = min_size

    @classmethod
    def from_crawler(cls, crawler: Any) -> ScraperBound:
        bound = cls(crawler, crawler.settings.getint("SCRAPER_SLOT_MIN_RESPONSE_SIZE", 0))
        crawler.signals.connect(bound.spider_opened, signal=signals.spider_opened)
        return bound

    def spider_opened(self, spider: Any = None) -> None:
        slot = getattr(getattr(self.crawler.engine, "scraper", None), "slot", None)
        if self.min_size > 0 and slot is not None and hasattr(slot, "MIN_RESPONSE_SIZE") and not slot.active_size:
            slot.MIN_RESPONSE_SIZE = max(slot.MIN_RESPONSE_SIZE, self.min_size)
