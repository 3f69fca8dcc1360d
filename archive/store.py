"""Store step: write one fetched page (and its article, if any) into the archive.

A function over an :class:`archive.db.Archive` and its crawl state, taking a plain dict:
it knows nothing of Scrapy, so anything that fetches pages (the crawler's ``StorePipeline``,
an importer of old captures) records them the same way. It lives in ``archive/`` because
what it decides -- which page is a revisit, which article a new version, what a list page
remembers -- is the archive's bookkeeping; the Scrapy adapter only turns an item into a dict.
"""

from __future__ import annotations

from typing import Any

from archive.captures import header_value
from archive.pagetypes import INDEX_TYPES

__all__ = ["store_page"]


def store_page(archive: Any, crawl_id: int, page: dict[str, Any], state: Any = None) -> str:
    """Record the raw capture, then the article or the error; return the outcome.

    ``page`` carries the capture (site, url, final_url, status, headers, body,
    fetched_at, page_type, request_headers, links, not_modified), ``decoded`` (a Decoded
    or None), ``article`` (an extract record or None) and ``error``.
    ``state`` (an :class:`archive.crawlstate.CrawlState`, optional) remembers list pages'
    validators and links, and 304 revisits.

    Outcomes: "new", "changed", "unchanged" (articles; a 304 answer to a conditional
    revisit is "unchanged" and rewrites nothing), "page" (a list or other page, stored
    raw only), "not_modified" (a list page, sitemap or feed answered 304), "index" (a
    sitemap or feed, links remembered), "error" (kept with its raw bytes).

    Example::

        outcome = store_page(Archive("demo.db"), crawl_id, {"site": "demo", ...}, CrawlState("demo.db"))
    """
    if page.get("not_modified"):
        # The 304 is a fetch like any other: the archive records it as a revisit of the last
        # capture (no second body; a known article's last-seen moves; WARC export writes a
        # revisit record for it).
        archive.record_page(
            crawl_id=crawl_id, site=page["site"], url=page["url"],
            final_url=page.get("final_url") or page["url"], status=304,
            headers=page.get("headers") or {}, body=b"", fetched_at=page["fetched_at"],
            page_type=page.get("page_type", "other"), request_headers=page.get("request_headers") or None,
        )
        if state is not None:
            state.record_revisit(
                crawl_id, page["site"], page["url"], page["fetched_at"], 304, page.get("page_type")
            )
            if page.get("page_type") != "article":
                state.touch_list(page["site"], page["url"], page["fetched_at"])
        return "unchanged" if page.get("page_type") == "article" else "not_modified"
    if state is not None and page.get("page_type") != "article" and not page.get("error"):
        headers = page.get("headers") or {}
        state.remember_list(
            page["site"],
            page["url"],
            header_value(headers, "ETag"),
            header_value(headers, "Last-Modified"),
            list(page.get("links") or []),
            page["fetched_at"],
            page.get("page_type"),
        )
    if page.get("page_type") in INDEX_TYPES and not page.get("error"):
        return "index"
    # The capture and its article (or error) land together or not at all: a crawl killed
    # between the two must not leave a page whose article the resumed crawl cannot see.
    transaction = getattr(archive, "transaction", None)
    if transaction is None:
        return _record(archive, crawl_id, page)
    with transaction():
        return _record(archive, crawl_id, page)


def _record(archive: Any, crawl_id: int, page: dict[str, Any]) -> str:
    decoded = page.get("decoded")
    error = page.get("error")
    ref = archive.record_page(
        crawl_id=crawl_id,
        site=page["site"],
        url=page["url"],
        final_url=page.get("final_url") or page["url"],
        status=page.get("status", 200),
        headers=page.get("headers") or {},
        body=page.get("body") or b"",
        fetched_at=page["fetched_at"],
        encoding=getattr(decoded, "encoding", None),
        encoding_source=getattr(decoded, "source", None),
        declared=getattr(decoded, "declared", None) or {},
        undecodable=getattr(decoded, "undecodable", 0) or 0,
        mislabelled=bool(getattr(decoded, "mislabelled", False)),
        page_type=page.get("page_type", "other"),
        error=error,
        request_headers=page.get("request_headers") or None,
    )
    if error:
        archive.record_error(crawl_id, page["site"], ref["page_id"], page["url"], error)
        return "error"
    article = page.get("article")
    if page.get("page_type") != "article" or not article:
        return "page"
    return archive.record_article(crawl_id, page["site"], ref["page_id"], article, seen_at=page["fetched_at"])
