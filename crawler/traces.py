"""Downloader middlewares that make every fetch leave a trace, and a page limit that is a limit.

Nothing lost, nothing invented: every fetched URL ends as a stored page, a recorded error, or a
recorded skip with its reason. Scrapy's own middlewares drop some fetches without a word -- a
redirect loop ends in ``IgnoreRequest("max redirections reached")``, a redirect to another host is
filtered as offsite, a gzip body cut short is inflated as far as it goes and passed on as if whole.
These middlewares turn each into a response the spider records as an error page, with the reason:

- :class:`TracedRedirectMiddleware` / :class:`TracedMetaRefreshMiddleware` (in place of Scrapy's):
  a redirect that would loop, go past ``REDIRECT_MAX_TIMES``, or leave the site's allowed domains
  is not followed; the redirect response itself is kept with ``meta["not_followed"]`` saying why.
- :class:`CompressionCheckMiddleware` (before ``HttpCompressionMiddleware`` unpacks the body): a
  gzip / deflate body whose stream ends early is marked ``meta["body_truncated"]``.
- :class:`PageBudgetMiddleware`: ``MAX_PAGES`` (``govarchive crawl --max-pages``) pages at most are
  downloaded, however many requests are in flight (Scrapy's ``CLOSESPIDER_PAGECOUNT`` counts
  responses and lets everything in flight finish: 25 pages for ``--max-pages 5`` at concurrency 8).
  robots.txt, retries and redirect steps are not pages of their own.
"""
from __future__ import annotations

import zlib
from typing import Any
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.defer import deferred_from_coro

from crawler import statkeys

__all__ = [
    "BUDGET_REASON", "CompressionCheckMiddleware", "PageBudgetMiddleware", "TracedMetaRefreshMiddleware",
    "TracedRedirectMiddleware", "stream_complete",
]

#: The IgnoreRequest message of a request not sent because the page budget was spent.
BUDGET_REASON = "page budget spent (--max-pages)"


def _in_site(crawler: Any, url: str) -> bool:
    spider = getattr(crawler, "spider", None)
    check = getattr(spider, "_in_domain", None)
    if check is not None:
        return bool(check(url))
    domains = getattr(spider, "allowed_domains", None)
    if not domains:
        return True
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


class _Traced:
    """What the two redirect middlewares share: follow a redirect only when it goes somewhere new
    inside the site, else keep the redirecting response with ``meta["not_followed"]``."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:
        try:
            result = super().process_response(request, response)  # type: ignore[misc]
        except IgnoreRequest as exc:  # max redirections reached
            return self._keep(request, response, f"redirect not followed: {exc} ({self._chain(request)})")
        if not isinstance(result, Request):
            return result
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if result.url in chain:
            return self._keep(request, response, f"redirect loop: {' -> '.join([*chain, result.url])}")
        if not _in_site(self.crawler, result.url):  # type: ignore[attr-defined]
            return self._keep(request, response, f"redirect to another host not followed: {result.url}")
        return result

    @staticmethod
    def _chain(request: Request) -> str:
        return " -> ".join([*request.meta.get("redirect_urls", []), request.url])

    def _keep(self, request: Request, response: Response, why: str) -> Response:
        request.meta["not_followed"] = why
        stats = getattr(self.crawler, "stats", None)  # type: ignore[attr-defined]
        if stats is not None:
            stats.inc_value(statkeys.REDIRECT_NOT_FOLLOWED)
        return response


class TracedRedirectMiddleware(_Traced, RedirectMiddleware):
    """Scrapy's 3xx redirects, except loops, chains past the limit and redirects off the site:
    those are kept as the redirect response, recorded as an error page with the reason."""


class TracedMetaRefreshMiddleware(_Traced, MetaRefreshMiddleware):
    """Scrapy's ``<meta http-equiv="refresh">`` redirects, with the same rule: a refresh page that
    loops or leaves the site is kept (as the page it is) instead of vanishing."""


def stream_complete(body: bytes, encoding: str, limit: int = 0) -> bool | None:
    """Whether a gzip / deflate body holds its whole stream (None: not a coding we check).

    At most ``limit`` bytes are inflated (0: all) -- past that the size limit decides, not us.

    >>> import gzip
    >>> packed = gzip.compress(b"x" * 1000)
    >>> stream_complete(packed, "gzip"), stream_complete(packed[:-10], "gzip"), stream_complete(b"", "br")
    (True, False, None)
    """
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        raw = body[:2]
        zlib_header = len(raw) == 2 and (raw[0] & 0x0F) == 8 and (raw[0] << 8 | raw[1]) % 31 == 0
        inflater = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
    else:
        return None
    data, inflated = body, 0
    try:
        while data and not inflater.eof:
            chunk = inflater.decompress(data, 1 << 20)
            inflated += len(chunk)
            if limit and inflated > limit:
                return True
            data = inflater.unconsumed_tail
    except zlib.error:
        return False
    return inflater.eof


class CompressionCheckMiddleware:
    """Mark a response whose gzip / deflate stream was cut short (``meta["body_truncated"]``).

    Runs on the way back before ``HttpCompressionMiddleware`` (590) unpacks the body, which
    inflates a cut stream as far as it goes and says nothing: give it a priority above 590
    (``{"crawler.traces.CompressionCheckMiddleware": 595}``).
    """

    def __init__(self, max_size: int = 0) -> None:
        self.max_size = max_size

    @classmethod
    def from_crawler(cls, crawler: Any) -> CompressionCheckMiddleware:
        return cls(crawler.settings.getint("DOWNLOAD_MAXSIZE"))

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        encoding = (response.headers.get(b"Content-Encoding") or b"").decode("latin-1")
        if not encoding or not response.body or request.method == "HEAD":
            return response
        if stream_complete(response.body, encoding.split(",")[-1], self.max_size) is False:
            request.meta["body_truncated"] = (
                f"{encoding.strip()} body cut short: its compressed stream ends early after "
                f"{len(response.body)} bytes (the page is incomplete)"
            )
        return response


class PageBudgetMiddleware:
    """At most ``MAX_PAGES`` pages downloaded per crawl (0: no limit); then the crawl closes
    (reason ``closespider_pagecount``, so the next run resumes it) and requests still queued
    are dropped unsent. Put it last before the download (after the per-host gate), e.g. 995."""

    def __init__(self, crawler: Any, limit: int) -> None:
        self.crawler = crawler
        self.limit = limit
        self.sent = 0
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> PageBudgetMiddleware:
        limit = crawler.settings.getint("MAX_PAGES", 0)
        if limit <= 0:
            raise NotConfigured  # no budget: off, and no "Disabled ..." warning in every crawl's log
        return cls(crawler, limit)

    def process_request(self, request: Request, spider: Any = None) -> None:
        if urlsplit(request.url).path == "/robots.txt" or request.meta.get("retry_times") \
                or request.meta.get("redirect_times"):
            return None
        if self.sent >= self.limit:
            if not self.closing:
                self.closing = True
                self.crawler.stats.set_value(statkeys.PAGE_BUDGET_SPENT, self.limit)
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="closespider_pagecount"))
            raise IgnoreRequest(BUDGET_REASON)
        self.sent += 1
        return None
