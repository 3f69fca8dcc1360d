"""The end-of-crawl summary ``govarchive demo`` prints: what was fetched, stored,
which encodings were seen, what failed and why (:func:`archive.reports.crawl_summary`),
and one example search."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import click

from archive.discovery import shortfall_lines

EXAMPLE_QUERIES = ("防汛", "政府采购", "运城", "会议")


def _terminal_highlight(snippet: str) -> str:
    """Search snippets mark hits with <mark>…</mark>; on a terminal show them bold, else as 【…】."""
    if click.get_text_stream("stdout").isatty():
        return re.sub(r"<mark>(.*?)</mark>", lambda m: click.style(m.group(1), bold=True, fg="yellow"), snippet)
    return snippet.replace("<mark>", "【").replace("</mark>", "】")


def print_summary(db_path: str, site: str | None = None) -> dict[str, Any]:
    """Print the summary of the latest crawl and one example search; return the facts."""
    from archive.db import Archive, ArchiveError
    from archive.reports import crawl_summary

    size = sum(Path(db_path + sfx).stat().st_size for sfx in ("", "-wal") if Path(db_path + sfx).exists())
    try:
        archive = Archive(db_path, create=False)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        s = crawl_summary(archive, site)
        _print(s, db_path, size, site)
        _example_search(archive, db_path, site)
        click.echo(f"  in a browser      govarchive serve --db {db_path}   (search, articles and versions, charts)")
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        archive.close()
    return s


def _print(s: dict[str, Any], db_path: str, size: int, site: str | None) -> None:
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
    lines = shortfall_lines(s["discovery"])
    out(f"  discovery         {len(s['discovery']['columns'])} columns; "
        + (f"{len(lines)} to look at:" if lines else "every announced size reached, no limit hit"))
    for line in lines:
        out(f"    {line}")
    out(f"  database          {db_path} ({size / 1024:.0f} KiB)")


def _example_search(archive: Any, db_path: str, site: str | None) -> None:
    """The first of :data:`EXAMPLE_QUERIES` that finds something, with its first hits."""
    out = click.echo
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
