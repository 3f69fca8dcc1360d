"""Re-run extraction over stored raw pages, recording new versions where the output changed.

Extractor improvements then reach old crawls without fetching anything again.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from archive.db import Archive, ArchiveError

__all__ = ["METHODS", "reextract", "latest_article_captures"]

#: Articles re-extracted per transaction.
BATCH = 200


#: How an article's text may have been found (``Article.method``); ``unknown``: before it was recorded.
METHODS = ("rules", "rules+core", "core", "first-post", "selector", "page", "script", "unknown")


def latest_article_captures(archive: Archive, site: str | None = None, below_confidence: float | None = None,
                            method: str | None = None) -> list[tuple[int, str, str]]:
    """``(page_id, site, url)`` of the latest successful capture of every article URL, oldest first.

    ``below_confidence`` keeps the articles whose stored confidence is below it, or unknown (stored
    before confidence was recorded); ``method`` those whose text was found that way (``unknown``: not
    recorded). An article URL not stored as an article yet (its extraction failed) is kept by neither.

    Example:
        >>> latest_article_captures(Archive(":memory:", create=True), below_confidence=0.5)
        []
    """
    where, params = "", []
    if site is not None:
        where, params = " AND site = ?", [site]
    targets, tparams = [], []
    if below_confidence is not None:
        targets.append("(a.confidence IS NULL OR a.confidence < ?)")
        tparams.append(float(below_confidence))
    if method is not None:
        if method == "unknown":
            targets.append("a.extraction_method IS NULL")
        else:
            targets.append("a.extraction_method = ?")
            tparams.append(method)
    if targets:
        where += (" AND url IN (SELECT u.url FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE "
                  + " AND ".join(targets) + ")")
        params += tparams
    return [
        (r[0], r[1], r[2])
        for r in archive.conn.execute(
            f"""SELECT id, site, url FROM pages WHERE id IN (
                    SELECT max(id) FROM pages
                    WHERE page_type = 'article' AND status BETWEEN 200 AND 299
                      AND (body IS NOT NULL OR revisit_of IS NOT NULL){where}
                    GROUP BY url)
                ORDER BY id""",
            params,
        )
    ]


def _site_hints(archive: Archive, site: str) -> dict[str, Any] | None:
    """Extraction hints of the site's latest real crawl (its config is stored with the crawl row)."""
    for (config,) in archive.conn.execute("SELECT config FROM crawls WHERE site = ? ORDER BY id DESC", (site,)):
        data = json.loads(config or "{}")
        if data.get("kind") != "reextract":
            return data.get("hints") or None
    return None


def reextract(
    archive: Archive,
    site: str | None = None,
    extract: Callable[..., Any] | None = None,
    below_confidence: float | None = None,
    method: str | None = None,
) -> Counter:
    """Re-extract the latest capture of every article URL; returns outcome counts.

    ``below_confidence`` and ``method`` target doubtful extractions only (see
    :func:`latest_article_captures`); an unchanged text still gets the new extraction's confidence.

    ``extract(body, url, headers)`` must return an object with ``.to_record()``
    (default: ``pipelines.extract.extract_article`` with the extraction hints of the
    site's latest crawl config, as the crawl's pipeline calls it). Outcomes are those of
    ``Archive.record_article`` plus ``error`` (extraction raised or reported an
    error; the page is marked, the article left as it was).

    Example:
        >>> reextract(Archive(":memory:", create=True), extract=lambda b, u, h: None)
        Counter()
    """
    if site is not None and site not in archive.sites():
        raise ArchiveError(f"unknown site {site!r}")
    hints: dict[str, dict[str, Any] | None] = {}

    def run_extract(body: bytes, url: str, headers: dict[str, Any], page_site: str) -> Any:
        if extract is not None:
            return extract(body, url, headers)
        from pipelines.extract import extract_article

        if page_site not in hints:
            hints[page_site] = _site_hints(archive, page_site)
        return extract_article(body, url, headers, hints=hints[page_site])
    if method is not None and method not in METHODS:
        raise ArchiveError(f"unknown extraction method {method!r} (one of {', '.join(METHODS)})")
    if below_confidence is not None and not 0 <= below_confidence <= 1:
        raise ArchiveError(f"--below-confidence must be between 0 and 1, not {below_confidence}")
    captures = latest_article_captures(archive, site, below_confidence, method)
    counts: Counter = Counter()
    per_site: dict[str, Counter] = {}
    crawls: dict[str, int] = {}
    for start in range(0, len(captures), BATCH):
        with archive.transaction():
            for page_id, page_site, url in captures[start : start + BATCH]:
                if page_site not in crawls:
                    crawls[page_site] = archive.start_crawl(page_site, {"kind": "reextract"})
                    per_site[page_site] = Counter()
                crawl_id = crawls[page_site]
                row = archive.conn.execute(
                    "SELECT headers, fetched_at FROM pages WHERE id = ?", (page_id,)
                ).fetchone()
                headers = json.loads(row[0] or "{}")
                try:
                    record = run_extract(archive.page_body(page_id), url, headers, page_site).to_record()
                except Exception as exc:  # one bad page must not stop the run
                    record = {"error": f"extract failed: {exc!r}"}
                error = record.get("error")
                if not error and not (record.get("body") or "").strip():
                    error = "extraction found no article body"
                if error:
                    archive.record_error(crawl_id, page_site, page_id, url, error)
                    outcome = "error"
                else:
                    record = {**record, "url": record.get("url") or url}
                    outcome = archive.record_article(crawl_id, page_site, page_id, record, row[1])
                counts[outcome] += 1
                per_site[page_site][outcome] += 1
    for page_site, crawl_id in crawls.items():
        site_counts = per_site[page_site]
        archive.finish_crawl(
            crawl_id, {f"outcome_{k}": v for k, v in site_counts.items()} | {"pages": sum(site_counts.values())}
        )
    return counts
