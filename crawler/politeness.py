"""Downloader middleware for polite retries: backoff on 5xx and timeouts, Retry-After honoured.

:class:`PoliteRetryMiddleware` replaces Scrapy's ``RetryMiddleware`` (same settings:
``RETRY_ENABLED``, ``RETRY_TIMES``, ``RETRY_HTTP_CODES``, ``RETRY_EXCEPTIONS``) and adds:

- exponential backoff before each retry: ``RETRY_BACKOFF_BASE * 2 ** n`` seconds (n = retries
  so far), capped at ``RETRY_BACKOFF_MAX``;
- on 429 / 503 with a ``Retry-After`` header (seconds or an HTTP date): wait that long before
  retrying, and hold back *every* request to that host until then; a Retry-After longer than
  ``RETRY_AFTER_MAX`` is not waited for -- the request is given up (and recorded as an error).

:class:`DomainConcurrencyMiddleware` enforces ``CONCURRENT_REQUESTS_PER_DOMAIN`` (a site's
``politeness.concurrency``) as a hard cap of requests in flight per host. Scrapy's own slot
limit lets a burst through when ``DOWNLOAD_DELAY`` is 0 (its queue starts every waiting
download before any of them counts as transferring); this gate does not.

Waiting never blocks the reactor: the middleware methods are coroutines that sleep on a
Twisted timer, so other hosts' requests carry on.
"""

from __future__ import annotations

import email.utils
import time
from datetime import UTC
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.utils.response import response_status_message

from crawler import statkeys

__all__ = ["DomainConcurrencyMiddleware", "PoliteRetryMiddleware", "backoff_delay", "parse_retry_after", "pause"]

RETRY_AFTER_STATUSES = (429, 503)


def parse_retry_after(value: str | bytes | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header value (delta-seconds or HTTP-date), or None.

    >>> parse_retry_after("120")
    120.0
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    10.0
    >>> parse_retry_after("soon") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def backoff_delay(retries_so_far: int, base: float, cap: float) -> float:
    """Exponential backoff: ``base * 2 ** retries_so_far``, at most ``cap``.

    >>> [backoff_delay(n, 1.0, 5.0) for n in range(4)]
    [1.0, 2.0, 4.0, 5.0]
    """
    return min(cap, base * (2**retries_so_far))


async def pause(seconds: float) -> None:
    """Wait ``seconds`` on a Twisted timer, never blocking the reactor (the other hosts' requests go on)."""
    if seconds <= 0:
        return
    from scrapy.utils.defer import maybe_deferred_to_future
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


def host_pauses(crawler) -> dict[str, float]:
    """``{host: monotonic time its Retry-After ends}``, shared by the middlewares of one crawler."""
    pauses = getattr(crawler, "_govarchive_host_pauses", None)
    if pauses is None:
        pauses = {}
        if crawler is not None:
            crawler._govarchive_host_pauses = pauses
    return pauses


class PoliteRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, with backoff and Retry-After (see the module docstring)."""

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX")
        self._own_pauses: dict[str, float] = {}

    @property
    def paused_until(self) -> dict[str, float]:
        """Host pauses shared with :class:`DomainConcurrencyMiddleware` (which enforces them)."""
        crawler = getattr(self, "crawler", None)
        return host_pauses(crawler) if crawler is not None else self._own_pauses

    def _stat(self, key: str, value: float = 1) -> None:
        stats = getattr(getattr(self, "crawler", None), "stats", None)
        if stats is not None:
            stats.inc_value(key, value)

    def _can_retry(self, request: Request) -> bool:
        if request.meta.get("dont_retry", False):
            return False
        return request.meta.get("retry_times", 0) < request.meta.get("max_retry_times", self.max_retry_times)

    async def process_request(self, request: Request) -> None:
        """Hold a request back while its host's Retry-After runs."""
        host = urlsplit(request.url).hostname or ""
        wait = self.paused_until.get(host, 0) - time.monotonic()
        if wait > 0:
            self._stat(statkeys.RETRY_AFTER_HELD_REQUESTS)
            await pause(wait)
        return

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in self.retry_http_codes or not self._can_retry(request):
            return response
        delay = backoff_delay(request.meta.get("retry_times", 0), self.backoff_base, self.backoff_max)
        if response.status in RETRY_AFTER_STATUSES:
            retry_after = parse_retry_after(response.headers.get(b"Retry-After"))
            if retry_after is not None:
                if retry_after > self.retry_after_max:
                    self._stat(statkeys.RETRY_AFTER_TOO_LONG)
                    return response  # not worth waiting in-process: give up, the error is recorded
                delay = retry_after  # the server said when: neither sooner nor needlessly later
                host = urlsplit(request.url).hostname or ""
                self.paused_until[host] = max(self.paused_until.get(host, 0), time.monotonic() + delay)
                self._stat(statkeys.RETRY_AFTER_HONOURED)
        self._stat(statkeys.BACKOFF_SECONDS, delay)
        await pause(delay)
        return self._retry(request, response_status_message(response.status)) or response

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:
        if not isinstance(exception, self.exceptions_to_retry) or not self._can_retry(request):
            return None
        delay = backoff_delay(request.meta.get("retry_times", 0), self.backoff_base, self.backoff_max)
        self._stat(statkeys.BACKOFF_SECONDS, delay)
        await pause(delay)
        return self._retry(request, exception)


class DomainConcurrencyMiddleware:
    """At most ``CONCURRENT_REQUESTS_PER_DOMAIN`` requests in flight per host (see module docstring).

    Sits last before the download handler (``DOWNLOADER_MIDDLEWARES`` 990): a request takes a
    place just before it is sent and gives it back as soon as its response (or failure) comes
    back, before retries, decoding or parsing.
    """

    def __init__(self, limit: int, pauses: dict[str, float] | None = None) -> None:
        self.limit = limit
        self.active: dict[str, set] = {}
        self.waiting: dict[str, list] = {}
        self.pauses = pauses if pauses is not None else {}

    @classmethod
    def from_crawler(cls, crawler) -> DomainConcurrencyMiddleware:
        from scrapy.exceptions import NotConfigured

        limit = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        if limit <= 0:
            raise NotConfigured("no per-domain limit")
        return cls(limit, host_pauses(crawler))

    async def process_request(self, request: Request) -> None:
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet.defer import Deferred

        host = urlsplit(request.url).hostname or ""
        active = self.active.setdefault(host, set())
        while len(active) >= self.limit:
            turn: Deferred = Deferred()
            self.waiting.setdefault(host, []).append(turn)
            await maybe_deferred_to_future(turn)
        active.add(request)
        # a Retry-After for this host holds every request, also those that queued here before it came
        wait = self.pauses.get(host, 0) - time.monotonic()
        if wait > 0:
            await pause(wait)

    def _release(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        active = self.active.get(host)
        if active is None or request not in active:
            return
        active.discard(request)
        queue = self.waiting.get(host)
        if queue:
            from twisted.internet import reactor

            turn = queue.pop(0)
            reactor.callLater(0, turn.callback, None)

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)
        return
