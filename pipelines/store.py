"""Store step: write one fetched page (and its article, if any) into the archive.

Pure function over an :class:`archive.db.Archive`; knows nothing of Scrapy.
"""
from __future__ import annotations

from typing import Any

__all__ = ["store_page"]


def store_page(archive: Any, crawl_id: int, page: dict[str, Any]) -> str:
    """Record the raw capture, then the article or the error; return the outcome.

    ``page`` carries the capture (site, url, final_url, status, headers, body,
    fetched_at, page_type, request_headers), ``decoded`` (a Decoded or None),
    ``article`` (an extract record or None) and ``error``.
    Outcomes: "new", "changed", "unchanged" (articles), "page" (a list or other
    page, stored raw only), "error" (kept with its raw bytes).

    Example::

        outcome = store_page(Archive("demo.db"), crawl_id, {"site": "demo", ...})
    """
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
