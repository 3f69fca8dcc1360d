"""Store step: write one fetched page (and its article, if any) into the archive.

A function over an :class:`archive.db.Archive` and its crawl state, taking a plain dict:
it knows nothing of Scrapy, so anything that fetches pages (the crawler's ``StorePipeline``,
an importer of old captures) records them the same way. It lives in ``archive/`` because
what it decides -- which page is a revisit, which article a new version, what a list page
remembers -- is the archive's bookkeeping; the Scrapy adapter only turns an item into a dict.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from archive import changes
from archive.captures import header_value
from archive.discovery import remember_link_dates
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
    sitemap or feed, links remembered), "error" (kept with its raw bytes), "gone" (an
    archived article's URL showed it gone: 404/410, a redirect to a page that is not
    itself, a take-down notice -- suspect until a later run sees it again), "removed"
    (this capture confirmed the removal) and "still_gone" (removed before). What changed is recorded as events
    (:mod:`archive.changes`): edits, removals, restorations, and the links list pages lost.

    Example::

        outcome = store_page(Archive("demo.db"), crawl_id, {"site": "demo", ...}, CrawlState("demo.db"))
    """
    events = getattr(archive, "events", False)
    if page.get("not_modified"):
        # The 304 is a fetch like any other: the archive records it as a revisit of the last
        # capture (no second body; a known article's last-seen moves; WARC export writes a
        # revisit record for it).
        with _transaction(archive):
            known = changes.url_state(archive.conn, page["url"]) if events else None
            still_gone = False
            if known and (known["removed_at"] or known["gone_page_id"]):
                # "not modified" since the last capture: gone still, if that capture showed it gone
                last = archive.conn.execute(
                    "SELECT sha256 FROM pages WHERE url = ? ORDER BY id DESC LIMIT 1", (page["url"],)
                ).fetchone()
                still_gone = bool(known["removed_at"]) or (last is not None and last[0] == known["gone_sha256"])
            ref = archive.record_page(
                crawl_id=crawl_id, site=page["site"], url=page["url"],
                final_url=page.get("final_url") or page["url"], status=304,
                headers=page.get("headers") or {}, body=b"", fetched_at=page["fetched_at"],
                page_type=page.get("page_type", "other"), request_headers=page.get("request_headers") or None,
                touch=not still_gone,
            )
            if state is not None:
                state.record_revisit(
                    crawl_id, page["site"], page["url"], page["fetched_at"], 304, page.get("page_type")
                )
                if page.get("page_type") != "article":
                    state.touch_list(page["site"], page["url"], page["fetched_at"])
            if still_gone:
                return changes.observe_gone(archive.conn, known, page["url"], crawl_id, ref["page_id"],
                                            page["fetched_at"], known["gone_reason"] or "not modified")
            if known:
                changes.observe_live(archive.conn, known, page["url"], crawl_id, ref["page_id"], page["fetched_at"])
        return "unchanged" if page.get("page_type") == "article" else "not_modified"
    old_links = None
    if state is not None and page.get("page_type") != "article" and not page.get("error"):
        headers = page.get("headers") or {}
        if events and page.get("page_type") != "feed":
            old_links = state.links(page["site"], page["url"])
        state.remember_list(
            page["site"],
            page["url"],
            header_value(headers, "ETag"),
            header_value(headers, "Last-Modified"),
            list(page.get("links") or []),
            page["fetched_at"],
            page.get("page_type"),
        )
    if page.get("link_dates") and not page.get("error"):
        remember_link_dates(archive, page["site"], page["link_dates"], page["url"], page["fetched_at"])
    if page.get("page_type") in INDEX_TYPES and not page.get("error"):
        if old_links:
            changes.note_list_links(archive.conn, crawl_id, page["site"], page["url"], old_links,
                                    page.get("links") or [], None, page["fetched_at"])
        return "index"
    # The capture and its article (or error) land together or not at all: a crawl killed
    # between the two must not leave a page whose article the resumed crawl cannot see.
    with _transaction(archive):
        outcome, page_id = _record(archive, crawl_id, page, events)
        if old_links:
            changes.note_list_links(archive.conn, crawl_id, page["site"], page["url"], old_links,
                                    page.get("links") or [], page_id, page["fetched_at"])
        return outcome


@contextmanager
def _transaction(archive: Any) -> Iterator[None]:
    transaction = getattr(archive, "transaction", None)
    if transaction is None:
        yield
        return
    with transaction():
        yield


def _record(archive: Any, crawl_id: int, page: dict[str, Any], events: bool) -> tuple[str, int]:
    decoded = page.get("decoded")
    error = page.get("error")
    known = changes.url_state(archive.conn, page["url"]) if events else None
    gone = changes.removal_evidence(archive.conn, page, known) if known else None
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
        touch=not gone and not (known and known["removed_at"]),
    )
    page_id = ref["page_id"]
    if error:
        archive.record_error(crawl_id, page["site"], page_id, page["url"], error)
    if gone:
        return changes.observe_gone(archive.conn, known, page["url"], crawl_id, page_id, page["fetched_at"], gone), \
            page_id
    if error:
        return "error", page_id
    article = page.get("article")
    if page.get("page_type") != "article" or not article:
        return "page", page_id
    if known:
        changes.observe_live(archive.conn, known, page["url"], crawl_id, page_id, page["fetched_at"])
    return archive.record_article(crawl_id, page["site"], page_id, article, seen_at=page["fetched_at"]), page_id
