"""The end-of-crawl summary ``govarchive demo`` prints: what was fetched, stored,
which encodings were seen, what failed and why, and one example search."""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import click

EXAMPLE_QUERIES = ("防汛", "政府采购", "运城", "会议")


def crawl_summary(db_path: str, site: str | None = None) -> dict[str, Any]:
    """Facts about the latest crawl of ``site`` (or of any site) in the archive at ``db_path``.

    Example::

        crawl_summary("demo.db", site="demo")["articles_total"]
    """
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        where, args = ("WHERE site = ?", [site]) if site else ("", [])
        crawl = conn.execute(f"SELECT * FROM crawls {where} ORDER BY id DESC LIMIT 1", args).fetchone()
        if crawl is None:
            raise click.ClickException(f"no crawl recorded in {db_path}")
        crawl_id = crawl["id"]
        pages = conn.execute(
            "SELECT url, page_type, encoding, encoding_source, mislabelled, error FROM pages WHERE crawl_id = ?",
            [crawl_id],
        ).fetchall()
        counts = json.loads(crawl["counts"] or "{}")
        encodings: Counter = Counter()
        sources: dict[str, Counter] = {}
        for p in pages:
            enc = p["encoding"] or "?"
            encodings[enc] += 1
            sources.setdefault(enc, Counter())[p["encoding_source"] or "?"] += 1
        failed = [(p["url"], p["error"]) for p in pages if p["error"]]
        article_where = "WHERE site = ?" if site else ""
        total = conn.execute(f"SELECT count(*) FROM articles {article_where}", [site] if site else []).fetchone()[0]
        return {
            "db": db_path,
            "crawl_id": crawl_id,
            "status": crawl["status"],
            "started_at": crawl["started_at"],
            "finished_at": crawl["finished_at"],
            "pages": len(pages),
            "requests": counts.get("requests"),
            "robots_forbidden": counts.get("robots_forbidden", 0),
            "by_type": dict(Counter(p["page_type"] for p in pages)),
            "new": counts.get("outcome_new", 0),
            "changed": counts.get("outcome_changed", 0),
            "unchanged": counts.get("outcome_unchanged", 0),
            "articles_total": total,
            "encodings": {enc: dict(sources[enc]) | {"pages": n} for enc, n in encodings.most_common()},
            "mislabelled": sum(1 for p in pages if p["mislabelled"]),
            "failed": failed,
        }
    finally:
        conn.close()


def _terminal_highlight(snippet: str) -> str:
    """Search snippets mark hits with <mark>…</mark>; on a terminal show them bold, else as 【…】."""
    if click.get_text_stream("stdout").isatty():
        return re.sub(r"<mark>(.*?)</mark>", lambda m: click.style(m.group(1), bold=True, fg="yellow"), snippet)
    return snippet.replace("<mark>", "【").replace("</mark>", "】")


def print_summary(db_path: str, site: str | None = None) -> dict[str, Any]:
    """Print the summary of the latest crawl and one example search; return the facts."""
    from archive.db import Archive

    s = crawl_summary(db_path, site)
    size = sum(Path(db_path + sfx).stat().st_size for sfx in ("", "-wal") if Path(db_path + sfx).exists())
    out = click.echo
    out("")
    out(f"govarchive crawl #{s['crawl_id']} of {site or 'all sites'}: {s['status']}")
    out(f"  pages fetched     {s['pages']} ({s['requests']} requests; robots.txt kept us out of "
        f"{s['robots_forbidden']})")
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(s["by_type"].items()))
    out(f"  page types        {kinds}")
    out(f"  articles stored   {s['articles_total']} (this crawl: {s['new']} new, {s['changed']} changed, "
        f"{s['unchanged']} unchanged)")
    for enc, info in s["encodings"].items():
        how = ", ".join(f"{src} {n}" for src, n in sorted(info.items()) if src != "pages")
        out(f"  encoding          {enc:<10} {info['pages']:>4} pages (decided by {how})")
    out(f"  charset lies      {s['mislabelled']} pages declared a charset their bytes contradict")
    if s["failed"]:
        out(f"  failed pages      {len(s['failed'])}:")
        for url, error in s["failed"][:20]:
            out(f"    {url}: {error}")
    else:
        out("  failed pages      0")
    out(f"  database          {db_path} ({size / 1024:.0f} KiB)")
    archive = Archive(db_path, create=False)
    try:
        for query in EXAMPLE_QUERIES:
            hits = archive.search(query, site=site, limit=3)
            if hits:
                out(f"  example search    govarchive search {query} --db {db_path}")
                for hit in hits:
                    title = hit.get("title") or ""
                    out(f"    {hit.get('published') or '':<16} {title}")
                    snippet = _terminal_highlight((hit.get("snippet") or "").replace("\n", " "))
                    if snippet:
                        out(f"    {'':<16} {snippet}")
                break
    finally:
        archive.close()
    return s
