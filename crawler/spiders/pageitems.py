"""What the portal spider yields: a page item for every answer (a ``304`` as "unchanged"), an
error item for every request that failed for good, with why in words, and attachment items.

A mixin of :class:`crawler.spiders.portal.PortalSpider`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from crawler import statkeys
from crawler.items import PageItem, headers_to_dict
from crawler.revisit import INDEX_TYPES
from crawler.urls import canonicalize
from pipelines.extract.rules import ATTACHMENT_EXTENSIONS

NOT_MODIFIED = 304


def describe_failure(failure: Any) -> str:
    """One line for a fetch that got no usable answer: what happened, in words, then Scrapy's.

    >>> from twisted.python.failure import Failure
    >>> from scrapy.exceptions import ResponseDataLossError
    >>> describe_failure(Failure(ResponseDataLossError()))
    'body cut short: the connection closed before the whole body arrived (ResponseDataLossError)'
    """
    name = failure.type.__name__
    message = " ".join((failure.getErrorMessage() or "").split())
    lowered = message.lower()
    if "maxsize" in lowered or "max size" in lowered:
        why = "size limit: the response is larger than DOWNLOAD_MAXSIZE, not stored"
    elif "dataloss" in name.lower() or "dataloss" in lowered:
        why = "body cut short: the connection closed before the whole body arrived"
    elif "timeout" in name.lower() or "took longer than" in lowered:
        why = "timeout: no complete answer in time"
    elif "connection" in name.lower() or "connection" in lowered or "responsefailed" in name.lower():
        why = "connection lost: the server closed or reset the connection"
    else:
        why = "fetch failed"
    detail = f"{name}: {message}" if message else name
    return f"{why} ({detail})"[:500]


class PageItemsMixin:
    """Items from responses and failures."""

    def attachment_requests(self, response: TextResponse) -> Any:
        """Attachment files linked from an article (only with ``download_attachments``)."""
        from crawler.items import AttachmentItem

        urls = [response.urljoin(h) for h in response.css("a::attr(href)").getall()]
        urls = [
            u for u in dict.fromkeys(urls) if urlsplit(u).path.lower().endswith(ATTACHMENT_EXTENSIONS) and self._in_domain(u)
        ]
        if urls:
            yield AttachmentItem(site=self.site.name, article_url=self.item_url(response), file_urls=urls)

    def on_error(self, failure: Any) -> Any:
        """A request that failed for good: keep it in the archive as an error, with why.

        Only what was never sent is not recorded: robots.txt refusals (counted by Scrapy) and
        requests left over when the page budget (``--max-pages``) was spent.
        """
        from crawler.traces import BUDGET_REASON

        request = failure.request
        url = canonicalize(request.meta.get("page_key") or request.url)
        self.pending.discard(url)
        if request.meta.get("page_kind") not in ("new", "revisit", *INDEX_TYPES):
            self.ledger.failed(url)
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            self._inc(statkeys.IGNORED)
            message = str(failure.value)
            if message == BUDGET_REASON or "robots.txt" in message:
                return
        status = 0
        headers: dict[str, str] = {}
        body = b""
        if failure.check(HttpError):
            response = failure.value.response
            status, headers, body = response.status, headers_to_dict(response.headers), response.body
            error = f"HTTP {response.status}"
            if request.meta.get("not_followed"):
                error += f": {request.meta['not_followed']}"
        else:
            error = describe_failure(failure)
        self._inc(statkeys.REQUEST_FAILED)
        if request.meta.get("page_kind") not in ("new", "revisit", *INDEX_TYPES):
            self.list_failures += 1  # a list (or start) page: hubs and sitemaps may be needed now
        redirects = request.meta.get("redirect_urls") or []  # a redirect we followed: the item is the article's
        url = canonicalize(request.meta.get("page_key") or (redirects[0] if redirects else request.url))
        yield PageItem(
            site=self.site.name,
            url=url,
            final_url=request.url,
            status=status,
            headers=headers,
            body=body,
            fetched_at=datetime.now(UTC),
            page_type=self.page_type(url),
            request_headers=headers_to_dict(request.headers),
            error=error,
        )

    @staticmethod
    def item_url(response: Response) -> str:
        if response.meta.get("postback_key"):  # an ASP.NET pager page: the POST's name in the archive
            return canonicalize(response.meta["postback_key"])
        redirects = response.meta.get("redirect_urls") or []
        return canonicalize(redirects[0]) if redirects else canonicalize(response.url)

    def page_item(
        self,
        response: Response,
        page_type: str,
        links: list[str] | None = None,
        url: str | None = None,
        error: str | None = None,
    ) -> PageItem:
        # a body cut short, a refresh page whose redirect was not followed: kept, with why
        error = error or response.meta.get("body_truncated") or response.meta.get("not_followed")
        return PageItem(
            site=self.site.name,
            url=url or self.item_url(response),
            final_url=response.url,
            status=response.status,
            headers=headers_to_dict(response.headers),
            request_headers=headers_to_dict(response.request.headers) if response.request else {},
            body=response.body,
            fetched_at=datetime.now(UTC),
            page_type=page_type,
            decoded=response.meta.get("decoded"),
            hints=self.site.hints,
            links=links or [],
            error=error,
        )

    def not_modified_item(self, response: Response, page_type: str) -> PageItem:
        """A ``304 Not Modified`` answer: unchanged, nothing to decode, extract or rewrite."""
        return PageItem(
            site=self.site.name,
            url=self.item_url(response),
            final_url=response.url,
            status=NOT_MODIFIED,
            headers=headers_to_dict(response.headers),
            request_headers=headers_to_dict(response.request.headers) if response.request else {},
            body=b"",
            fetched_at=datetime.now(UTC),
            page_type=page_type,
            not_modified=True,
        )
