"""Tuning knobs of the archive, kept together as data.

Every number that changes behaviour or speed lives here, with the reason it has
the value it has, so that nothing magic is scattered through the modules.
"""
from __future__ import annotations

#: zlib level for raw page bodies. 6 is zlib's default: level 9 saves ~1% on HTML
#: pages and costs about twice the CPU at ingest.
ZLIB_LEVEL = 6

#: Relevance ranking computes bm25 only among the newest N matches of a query.
#: FTS5's ``ORDER BY rank`` otherwise scores every match, which for a common
#: one-character query (hundreds of thousands of hits) is barely faster than a
#: LIKE scan. Researchers mostly want recent material; 2,000 was measured in
#: issue 5 to keep p95 far below the LIKE scan at 1M articles.
RANK_WINDOW = 2000

#: BM25 parameters of the ranking among the newest matches (the usual defaults),
#: and how much more an occurrence in the title counts than one in the body.
BM25_K1 = 1.2
BM25_B = 0.75
BM25_TITLE_WEIGHT = 2.0

#: The IDF of a term of a several-term query comes from its number of matches,
#: counted up to this cap: beyond it a term is "common" and counting the rest
#: would cost more than the ranking itself (FTS5's bm25() counts them all).
IDF_COUNT_CAP = 20_000

#: Characters of context shown around the first match in a search snippet.
SNIPPET_CONTEXT = 30
#: Markers wrapped around matched text in snippets (HTML-like, as datasette does).
HIGHLIGHT = ("<mark>", "</mark>")

#: Two articles with the same body text are one text with several URLs -- but
#: only when the body is long enough to be meaningful. Short bodies ("详见附件",
#: empty pages) are shared by unrelated articles and must not be merged.
DEDUP_MIN_BODY_CHARS = 40

#: Rows per batch when streaming exports (Parquet row groups, fetchmany size).
#: Memory stays constant: at most one batch is held at a time.
EXPORT_BATCH_ROWS = 2000

#: SQLite busy timeout (ms): a reader and the crawler's writer share the file.
BUSY_TIMEOUT_MS = 10_000

#: How long a write waits for the archive's write lock held by another process (a second crawl
#: of another site, a researcher's ``sqlite3`` session, a backup) before it gives up with
#: ``ArchiveLocked`` (seconds). A crawl's pages wait this long; one not stored after it is reported
#: as not stored, never as success, and fetched again by the next run.
LOCK_WAIT_SECONDS = 300.0

#: Default maximum rows returned by ``Archive.search``.
DEFAULT_SEARCH_LIMIT = 20
