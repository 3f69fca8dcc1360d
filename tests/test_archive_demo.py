"""The archive commands on the demo portal's real archive: two crawls, then search, export, WARC, show, reextract."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive.db import Archive

ROOT = Path(__file__).resolve().parents[1]


def govarchive(*args: str, timeout: int = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """Two crawls of the demo portal (same server, so the same URLs) into one archive."""
    from crawler.demo_portal.server import serve

    tmp = tmp_path_factory.mktemp("demo-archive")
    db = tmp / "demo.db"
    with serve() as base_url:
        config = tmp / "demo.toml"
        config.write_text(
            f'name = "demo"\nstart_urls = ["{base_url}/"]\nallowed_domains = ["127.0.0.1"]\n', encoding="utf-8"
        )
        for _ in range(2):  # the second crawl re-fetches an unchanged portal
            result = govarchive("crawl", str(config), "--db", str(db), *FAST)
            assert result.returncode == 0, result.stderr[-2000:]
    return db


def test_recrawl_adds_no_versions_or_duplicates(demo_db):
    a = Archive(demo_db)
    assert a.conn.execute("SELECT count(*) FROM crawls").fetchone()[0] == 2
    assert a.conn.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0
    count, low, high = a.conn.execute("SELECT count(*), min(version), max(version) FROM articles").fetchone()
    assert count >= 60 and (low, high) == (1, 1)
    assert a.conn.execute("SELECT count(*) FROM article_urls").fetchone()[0] == count
    # any article page fetched again with the same bytes is stored as a revisit, without a body
    assert a.conn.execute(
        "SELECT count(*) FROM pages WHERE crawl_id = 2 AND body IS NOT NULL AND sha256 IN "
        "(SELECT sha256 FROM pages WHERE crawl_id = 1)").fetchone()[0] == 0
    a.close()


def test_a_crawl_stores_each_articles_extraction_confidence(demo_db):
    """The crawl's extraction workers hand the confidence and method on to the archive."""
    a = Archive(demo_db)
    rows = a.conn.execute("SELECT confidence, extraction_method FROM articles").fetchall()
    a.close()
    assert rows and all(c is not None and 0 <= c <= 1 for c, _ in rows)
    assert {m for _, m in rows} <= {"rules", "rules+core", "core", "first-post", "selector", "page"}
    assert sum(c >= 0.6 for c, _ in rows) >= 0.9 * len(rows)  # the demo portal's articles are found with confidence


def test_search_and_show_on_the_demo(demo_db):
    result = govarchive("search", "防汛", "--db", str(demo_db), "--format", "json")
    hits = json.loads(result.stdout)
    assert hits and all("<mark>" in h["snippet"] for h in hits)
    simplified = json.loads(govarchive("search", "运城", "--db", str(demo_db), "--format", "json").stdout)
    assert any("運城" in h["title"] for h in simplified)
    shown = json.loads(govarchive("show", str(hits[0]["id"]), "--db", str(demo_db), "--format", "json").stdout)
    assert shown["url"] == hits[0]["url"]


def test_warc_of_the_demo_has_revisits(demo_db, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    out = tmp_path / "demo.warc.gz"
    result = govarchive("export", "--format", "warc", "--output", str(out), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    with open(out, "rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Govarchive-SHA256"), r.content_stream().read())
                   for r in ArchiveIterator(fh)]
    responses = [r for r in records if r[0] == "response"]
    assert len(responses) >= 100
    assert all(hashlib.sha256(body).hexdigest() == sha for _, sha, body in responses)
    pkg = json.loads(Path(str(out) + ".datapackage.json").read_text(encoding="utf-8"))
    assert pkg["govarchive"]["count"] == len(responses) + sum(r[0] == "revisit" for r in records)
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(out)], capture_output=True, text=True,
                           timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr


def test_tabular_exports_of_the_demo(demo_db, tmp_path):
    import pyarrow.parquet as pq

    counts = {}
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"demo.{fmt}"
        result = govarchive("export", "--format", fmt, "--output", str(out), "--db", str(demo_db))
        assert result.returncode == 0, result.stderr
        counts[fmt] = json.loads(Path(str(out) + ".datapackage.json").read_text(encoding="utf-8"))["count"]
    rows = pq.read_table(tmp_path / "demo.parquet").to_pylist()
    assert len(rows) == counts["csv"] == counts["jsonl"] >= 60
    assert all(r["sha256"] and r["fetched_at"] and r["crawl_id"] == 1 for r in rows)


def test_reextract_on_the_demo_changes_nothing(demo_db, tmp_path):
    result = govarchive("reextract", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    counts = dict(part.strip().split(" ") for part in result.stderr.split("reextract:")[1].split(","))
    assert set(counts) == {"unchanged"} and int(counts["unchanged"]) >= 60, result.stderr
