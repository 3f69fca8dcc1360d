"""robots.txt once per run and host, not once per worker.

Every Scrapy process fetches a host's robots.txt before its first request there; with N
workers a portal would see N robots.txt requests per run. :class:`SharedRobotsTxtMiddleware`
(Scrapy's ``RobotsTxtMiddleware`` in its place in ``DOWNLOADER_MIDDLEWARES``) shares it through
Redis: the first worker to need it fetches it (holding a short lock) and stores the body under
the run's keys; the others wait for it and parse the same bytes. A worker that waits longer
than ``ROBOTSTXT_SHARED_WAIT`` seconds (the fetching worker died) fetches it itself.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from crawler.distributed.runs import run_joined

__all__ = ["SharedRobotsTxtMiddleware"]

FAILED = b"0"  # the fetch failed: every URL is allowed (as Scrapy does)
PARSED = b"1"  # followed by the body


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, sharing each run's robots.txt bodies through Redis."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.wait = crawler.settings.getfloat("ROBOTSTXT_SHARED_WAIT", 30.0)
        self.poll = crawler.settings.getfloat("REDIS_POLL_INTERVAL", 0.1)
        self._client = None
        self.run = None
        crawler.signals.connect(self.on_run_joined, signal=run_joined)

    def on_run_joined(self, run: Any, files: Any) -> None:
        self.run = run

    def _redis(self) -> tuple[Any, str] | None:
        if self.run is None or not self.crawler.settings.get("REDIS_URL"):
            return None
        if self._client is None:
            from crawler.distributed.scheduler import redis_client

            self._client = redis_client(self.crawler.settings.get("REDIS_URL"))
        return self._client, self.run.keys.robots("")

    async def robot_parser(self, request: Any) -> Any:
        netloc = urlparse_cached(request).netloc
        shared = self._redis()
        if netloc in self._parsers or shared is None:
            return await super().robot_parser(request)
        client, prefix = shared
        key = prefix + netloc
        body = await self._shared_body(client, key)
        if body is None:  # this worker fetches it (and shares it from _parse_robots / _robots_error)
            return await super().robot_parser(request)
        self._stats.inc_value("robotstxt/shared")
        if body == FAILED:
            self._parsers[netloc] = None
            return None
        parser = build_from_crawler(self._parserimpl, self.crawler, body[len(PARSED):])
        self._parsers[netloc] = parser
        return parser

    async def _shared_body(self, client: Any, key: str) -> bytes | None:
        """The shared body; None when this worker is to fetch it."""
        import time

        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        deadline = time.monotonic() + self.wait
        while True:
            body = client.get(key)
            if body is not None:
                return body
            if client.set(key + ":lock", b"1", nx=True, px=int(self.wait * 1000)):
                return None
            if time.monotonic() >= deadline:
                return None
            await maybe_deferred_to_future(deferLater(reactor, self.poll, lambda: None))

    def _share(self, netloc: str, value: bytes) -> None:
        shared = self._redis()
        if shared is not None:
            client, prefix = shared
            client.set(prefix + netloc, value, ex=86400)

    async def _parse_robots(self, response: Any, netloc: str, request: Any) -> None:
        self._share(netloc, PARSED + response.body)
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        self._share(netloc, FAILED)
        super()._robots_error(exc, netloc)
