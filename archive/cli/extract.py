"""govarchive CLI command ``extract``: the article of one saved page, or of every page of a manifest.

Heavy imports (lxml, OpenCC, the extractor) happen inside the command so ``govarchive --help`` stays fast.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from archive.cli._manifest import manifest_base, manifest_lines, resolve

#: Manifests with at least this many pages are spread over a process pool (one worker per core).
POOL_MIN_PAGES = 24
#: Pages handed to a worker at a time.
POOL_CHUNK = 4


def _record_for(item: dict, base: Path | None = None) -> dict:
    """Extract one manifest item ``{"path", "url", "headers"}`` (a relative path taken from ``base``,
    the manifest's folder); errors become an ``error`` field."""
    from pipelines.extract import Article, extract_article

    path = item.get("path")
    target = resolve(path, base) if isinstance(path, str) else None
    url = item.get("url") or (f"file://{os.path.abspath(target)}" if target is not None else "")
    try:
        if not isinstance(path, str) or not path:
            raise ValueError("manifest line has no 'path'")
        with open(target, "rb") as fh:
            raw = fh.read()
        if path.endswith(".gz"):
            import gzip

            raw = gzip.decompress(raw)
        headers = item.get("headers") or {}
        rec = extract_article(raw, url, headers).to_record()
    except Exception as exc:  # unreadable file, bad gzip: report it, keep going
        rec = Article(url=url, error=f"{type(exc).__name__}: {exc}").to_record()
    rec = {"path": path, **rec}
    return rec


def _dumps(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False)


def _warm() -> None:
    """Import the extractor in a pool worker before the first page arrives."""
    import pipelines.extract  # noqa: F401


def _run_manifest(stream, out) -> int:
    base = manifest_base(stream)
    items: list[dict] = []
    bad: list[dict] = []
    for n, item in manifest_lines(stream):
        if isinstance(item, dict):
            items.append(item)
        else:
            reason = item if isinstance(item, ValueError) else "not a JSON object"
            bad.append({"path": None, "url": None, "error": f"manifest line {n}: {reason}"})
    record_for = functools.partial(_record_for, base=base)
    for rec in bad:
        out.write(_dumps(rec) + "\n")
    workers = min(os.cpu_count() or 1, 8)
    if len(items) >= POOL_MIN_PAGES and workers > 1:
        import multiprocessing as mp

        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        import pipelines.extract  # noqa: F401  (imported once, inherited by forked workers)

        with ctx.Pool(workers, initializer=_warm) as pool:
            for rec in pool.imap(record_for, items, chunksize=POOL_CHUNK):  # in the manifest's order
                out.write(_dumps(rec) + "\n")
    else:
        for item in items:
            out.write(_dumps(record_for(item)) + "\n")
    out.flush()
    return len(items)


@click.command("extract")
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=False))
@click.option("--url", help="The page's URL (resolves relative links, helps dating); default file://FILE.")
@click.option("--content-type", "content_type", help="The response Content-Type header, e.g. 'text/html; charset=gbk'.")
@click.option("--manifest", type=click.File("r", encoding="utf-8"),
              help="JSON-lines file ('-' for stdin) of {\"path\", \"url\", \"headers\"}: one output line per page; "
                   "relative paths are taken from the manifest's folder (stdin: the current folder).")
@click.option("--record", "record_dir", type=click.Path(file_okay=False),
              help="Also save FILE as a gold fixture folder (page.html bytes, headers.json, expected.json to check by hand).")
def extract_cmd(file: str | None, url: str | None, content_type: str | None, manifest, record_dir: str | None) -> None:
    """Extract the article (title, date, source, body, attachments, footer...) from saved pages as JSON.

    With FILE: print one JSON record. With --manifest: read JSON lines {"path", "url", "headers"}
    and write one JSON line per page (in any order) carrying its "path"; a page that fails gives a
    line with "error" and never stops the run.

    Example:

        govarchive extract page.html --url http://www.example.gov.cn/art/t20231122_1.html
        --content-type 'text/html; charset=gb2312'

    Example:

        printf '{"path": "page.html", "url": "http://x.gov.cn/1.html"}\\n' | govarchive extract --manifest -

    Example (add a gold page for tests/test_extract_gate.py):

        govarchive extract page.html --url http://x.gov.cn/1.html --record tests/fixtures/extract/new_page
    """
    if manifest is not None:
        if file:
            raise click.ClickException("give either FILE or --manifest, not both")
        _run_manifest(manifest, sys.stdout)
        return
    if not file:
        raise click.ClickException("give a FILE to extract, or --manifest FILE|-")
    if not os.path.isfile(file):
        raise click.ClickException(f"no such file: {file}")
    if not url:
        url = "file://" + os.path.abspath(file)
    headers = {"Content-Type": content_type} if content_type else {}
    rec = _record_for({"path": file, "url": url, "headers": headers})
    rec.pop("path", None)
    if record_dir:
        _save_fixture(record_dir, file, headers, rec)
    click.echo(_dumps(rec))


def _save_fixture(folder: str, file: str, headers: dict, rec: dict) -> None:
    """Write a gold-fixture folder from a saved page and its extraction (to be corrected by hand)."""
    import shutil

    os.makedirs(folder, exist_ok=True)
    shutil.copyfile(file, os.path.join(folder, "page.html"))  # raw bytes, never re-encoded
    with open(os.path.join(folder, "headers.json"), "w", encoding="utf-8") as fh:
        json.dump(headers, fh, ensure_ascii=False, indent=1)
    expected = {k: rec.get(k) for k in ("url", "title", "published", "source", "author", "editor", "body")
                if rec.get(k) is not None}
    if rec.get("attachments"):
        expected["attachments"] = rec["attachments"]
    footer = {k: v for k, v in (rec.get("footer") or {}).items() if v}
    if footer:
        expected["footer"] = footer
    if rec.get("meta"):
        expected["meta"] = rec["meta"]
    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    click.echo(f"recorded {folder}: check expected.json by hand before committing it", err=True)


COMMANDS: list = [extract_cmd]
