"""The names of the crawl's stats (Scrapy's stats collector), written and read in one vocabulary.

The spider, the middlewares and the item pipelines count into ``crawler.stats`` under these
keys; the progress display, the crawl row's counts in the archive and ``govarchive crawl``'s
report read them back. Scrapy's own keys that we read are named here too.

Example:
    >>> outcome("new"), encoding("gbk", "meta")
    ('govarchive/new', 'govarchive/encoding/gbk/meta')
"""
from __future__ import annotations

PREFIX = "govarchive/"

# -- the spider (routing decisions) ---------------------------------------------------------
#: archived articles not fetched again (not due for a revisit), once per article
SKIPPED_KNOWN = PREFIX + "skipped_known"
#: archived articles fetched again, conditionally, once per article
REVISITS = PREFIX + "revisits"
#: archived articles asked again, by why (suspect, unlisted, removed, schedule, list date, lastmod date)
REVISIT_REASON = PREFIX + "revisit/"
#: list pages not asked for: the previous list page had only known articles
PAGING_STOPPED = PREFIX + "paging_stopped"
#: links refused as crawler traps (crawler.urls.TrapGuard)
TRAP_REFUSED = PREFIX + "trap_refused"
#: hubs not asked for, their remembered links followed instead (once per hub)
NAVIGATION_FROM_MEMORY = PREFIX + "navigation_from_memory"
#: redundant sitemaps / feeds not asked for, their remembered links followed (once each)
INDEX_FROM_MEMORY = PREFIX + "index_from_memory"
#: hubs / sitemaps asked after all because a list page failed
DEFERRED_ASKED = PREFIX + "deferred_asked"
#: links to a list page's alias (same bytes under another URL) followed as the primary URL
ALIAS_SKIPPED = PREFIX + "alias_skipped"
#: feeds announced by pages (<link rel="alternate" type="application/rss+xml">)
FEEDS_DISCOVERED = PREFIX + "feeds_discovered"
#: requests that failed for good and became error items
REQUEST_FAILED = PREFIX + "request_failed"
#: requests Scrapy ignored (robots.txt, offsite, size limits)
IGNORED = PREFIX + "ignored"
#: redirects not followed (loops, too many, to another host): kept as error pages (crawler.traces)
REDIRECT_NOT_FOLLOWED = PREFIX + "redirect_not_followed"
#: MAX_PAGES when the page budget was spent (the crawl stopped there)
PAGE_BUDGET_SPENT = PREFIX + "page_budget_spent"

# -- the item pipelines ---------------------------------------------------------------------
#: 1 when this run resumes one that did not finish
RESUMED = PREFIX + "resumed"
#: the archive's id of this crawl
CRAWL_ID = PREFIX + "crawl_id"
#: attachment files stored / failed (AttachmentsPipeline)
ATTACHMENTS = PREFIX + "attachments"
ATTACHMENTS_FAILED = PREFIX + "attachments_failed"
#: pages whose extraction timed out / whose extraction worker died under them (ExtractPipeline)
EXTRACT_TIMEOUTS = PREFIX + "extract/timeouts"
EXTRACT_CRASHES = PREFIX + "extract/worker_crashes"
#: group commits (StorePipeline): transactions written, the longest one in seconds, and pages
#: not stored (their batch failed): the next run fetches them again
STORE_BATCHES = PREFIX + "store/batches"
STORE_BATCH_MAX_SECONDS = PREFIX + "store/batch_max_seconds"
STORE_FAILED = PREFIX + "store/failed"


def outcome(name: str) -> str:
    """Pages stored with this outcome (:func:`archive.store.store_page`: new, changed, unchanged,
    page, not_modified, index, error, gone, removed, still_gone)."""
    return PREFIX + name


def revisit_reason(why: str) -> str:
    """Archived articles asked again for this reason (the first word of it: ``list`` for ``list
    date 2026-03-02``).

    >>> revisit_reason("list date 2026-03-02"), revisit_reason("suspect")
    ('govarchive/revisit/list', 'govarchive/revisit/suspect')
    """
    return REVISIT_REASON + (why.split() or ["?"])[0]


# -- distributed crawling (govarchive crawl --redis) ----------------------------------------
#: pages pushed to Redis for the writer
QUEUED = PREFIX + "queued"
#: the run of the site this worker joined, its id as a worker, and how the run ended for it
RUN = PREFIX + "run"
WORKER = PREFIX + "worker"
RUN_OUTCOME = PREFIX + "run_outcome"
#: pages that carried an error to the writer
ERROR = PREFIX + "error"

# -- the encoding middleware ----------------------------------------------------------------
#: responses whose declared charset their bytes contradicted
ENCODING_MISLABELLED = PREFIX + "encoding/mislabelled"


def encoding(codec: str, source: str) -> str:
    """Responses decoded with ``codec``, decided by ``source`` (bom, header, meta, detected ...)."""
    return f"{PREFIX}encoding/{codec}/{source}"


# -- the politeness middlewares -------------------------------------------------------------
POLITENESS = "politeness/"
RETRY_AFTER_HELD_REQUESTS = POLITENESS + "retry_after_held_requests"
RETRY_AFTER_TOO_LONG = POLITENESS + "retry_after_too_long"
RETRY_AFTER_HONOURED = POLITENESS + "retry_after_honoured"
BACKOFF_SECONDS = POLITENESS + "backoff_seconds"
#: requests that waited for a host's limits shared by the workers (crawler/distributed/politeness.py), and how long
SHARED_POLITENESS_WAITS = POLITENESS + "shared_waits"
SHARED_POLITENESS_SECONDS = POLITENESS + "shared_wait_seconds"

# -- Scrapy's own ---------------------------------------------------------------------------
REQUEST_COUNT = "downloader/request_count"
RESPONSE_COUNT = "downloader/response_count"
ROBOTS_FORBIDDEN = "robotstxt/forbidden"
FINISH_REASON = "finish_reason"


def status_count(status: int) -> str:
    """Responses with this HTTP status."""
    return f"downloader/response_status_count/{status}"


#: What the crawl row's ``counts`` keep of the stats at the end of a crawl: counts key -> stats key.
CRAWL_COUNTS = {
    "requests": REQUEST_COUNT,
    "responses": RESPONSE_COUNT,
    "robots_forbidden": ROBOTS_FORBIDDEN,
    "not_modified": status_count(304),
    **{key.removeprefix(PREFIX): key for key in (
        SKIPPED_KNOWN, REVISITS, PAGING_STOPPED, TRAP_REFUSED, NAVIGATION_FROM_MEMORY, INDEX_FROM_MEMORY,
        DEFERRED_ASKED, ALIAS_SKIPPED, REQUEST_FAILED, RESUMED, REDIRECT_NOT_FOLLOWED,
    )},
    "extract_timeouts": EXTRACT_TIMEOUTS,
    "extract_worker_crashes": EXTRACT_CRASHES,
}
