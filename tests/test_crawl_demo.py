"""The spine, end to end: the real spider and pipelines crawl the bundled demo portal
over loopback into a real SQLite file, through the ``govarchive`` command line."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.demo_portal.server import serve

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "crawler" / "demo_portal" / "expected.json").read_text(encoding="utf-8"))
CODEC = {"utf-8": "utf-8", "gbk": "gb18030", "gb2312": "gb18030", "big5": "big5hkscs"}
FOOTER_MARKERS = ["ICP备", "ICP備", "版权所有", "版權所有", "技术支持", "技術支持", "公网安备", "友情链接", "友情鏈接",
                  "网站标识码"]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def govarchive(*args: str, timeout: int = 240) -> subprocess.CompletedProcess:
    """Run the installed CLI as a user would (a separate process, its own Twisted reactor)."""
    return subprocess.run([sys.executable, "-m", "archive.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of the demo portal from its home page only (no sitemap: pagination must be followed)."""
    tmp = tmp_path_factory.mktemp("spine")
    with serve() as base_url:
        config = tmp / "demo.toml"
        config.write_text(
            f'name = "demo"\nstart_urls = ["{base_url}/"]\nallowed_domains = ["127.0.0.1"]\n', encoding="utf-8"
        )
        db = tmp / "demo.db"
        result = govarchive("crawl", str(config), "--db", str(db), *FAST)
        requests = dict(base_url.server.requests)
    assert result.returncode == 0, result.stderr[-3000:]
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {"conn": conn, "requests": requests, "base": base_url, "stderr": result.stderr}
    conn.close()


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"


def articles(crawled) -> dict[str, sqlite3.Row]:
    rows = crawled["conn"].execute("SELECT * FROM articles").fetchall()
    return {path_of(r["url"]): r for r in rows}


def test_every_demo_article_stored_exactly_once(crawled):
    rows = crawled["conn"].execute("SELECT url FROM articles").fetchall()
    paths = [path_of(r["url"]) for r in rows]
    assert len(paths) == len(set(paths)), "an article was stored twice"
    assert set(paths) == set(EXPECTED["articles"]), (
        f"missing: {sorted(set(EXPECTED['articles']) - set(paths))[:5]}, "
        f"unexpected: {sorted(set(paths) - set(EXPECTED['articles']))[:5]}"
    )
    assert len(paths) >= 60


def test_no_list_or_other_page_stored_as_article(crawled):
    stored = set(articles(crawled))
    assert not stored & set(EXPECTED["list_pages"])
    assert not stored & set(EXPECTED.get("other_pages", []))
    # the list pages were fetched (and kept as raw pages), just not as articles
    fetched = {path_of(r["url"]): r["page_type"] for r in crawled["conn"].execute("SELECT url, page_type FROM pages")}
    lists = [p for p in EXPECTED["list_pages"] if p in fetched]
    assert len(lists) >= len(EXPECTED["list_pages"]) * 0.9
    assert all(fetched[p] != "article" for p in lists)


def test_pagination_followed_to_articles_only_on_later_pages(crawled):
    # every list page of every column, including index_N / 下一页 / numbered pages, was requested
    requested = set(crawled["requests"])
    missing = [p for p in EXPECTED["list_pages"]
               if p not in requested and not (p.endswith("/") and p + "index.html" in requested)]
    assert not missing, missing


def test_robots_disallowed_section_never_fetched(crawled):
    assert EXPECTED["disallowed"], "the demo portal must have a disallowed section"
    requested = crawled["requests"]
    assert "/robots.txt" in requested
    for path in EXPECTED["disallowed"]:
        assert path not in requested, f"{path} is disallowed by robots.txt but was fetched"
    stored = {path_of(r["url"]) for r in crawled["conn"].execute("SELECT url FROM pages")}
    assert not stored & set(EXPECTED["disallowed"])


def test_no_mojibake_in_any_title_or_body(crawled):
    for path, row in articles(crawled).items():
        assert row["title"] and "\ufffd" not in row["title"], path
        assert row["body"] and "\ufffd" not in row["body"], path


def test_encodings_recorded_for_each_page(crawled):
    rows = {path_of(r["url"]): r for r in crawled["conn"].execute("SELECT * FROM pages WHERE page_type='article'")}
    for path, exp in EXPECTED["articles"].items():
        assert rows[path]["encoding"] == CODEC[exp["encoding"]], path


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "big5"])
def test_titles_and_bodies_right_in_each_encoding(crawled, encoding):
    stored = articles(crawled)
    sample = [(p, e) for p, e in sorted(EXPECTED["articles"].items()) if e["encoding"] == encoding]
    assert len(sample) >= 12
    for path, exp in sample:
        row = stored[path]
        assert row["title"] == exp["title"], path
        body = row["body"]
        for para in exp["paragraphs"]:
            assert para in body, f"{path}: paragraph missing: {para[:30]}"
        for marker in FOOTER_MARKERS:
            assert marker not in body or any(marker in para for para in exp["paragraphs"]), f"{path}: footer leak"
        if exp.get("published"):
            assert (row["published"] or "").startswith(exp["published"][:10]), path


def test_seed_page_clean(crawled):
    seed = [p for p, e in EXPECTED["articles"].items() if e["template"] == "seed"]
    assert seed
    row = articles(crawled)[seed[0]]
    assert "(yùn)" not in row["body"] and "(kāi)" not in row["body"]
    assert row["body"].startswith("11月22日")
    assert "版權所有" not in row["body"] and "ICP" not in row["body"]


def test_demo_command_prints_summary(tmp_path):
    db = tmp_path / "demo.db"
    result = govarchive("demo", "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    for label in ("pages fetched", "articles stored", "encoding", "failed pages", "database", "example search",
                  "govarchive serve --db"):
        assert label in out, out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(EXPECTED["articles"])
    conn.close()


def test_disclosure_metadata_tables_parsed(crawled):
    stored = articles(crawled)
    pages = [(p, e) for p, e in sorted(EXPECTED["articles"].items()) if e["template"] == "disclosure"]
    assert len(pages) >= 12
    for path, exp in pages:
        meta = json.loads(stored[path]["meta"] or "{}")
        for key, value in exp["meta"].items():
            if value:
                assert meta.get(key) == value, (path, key, meta.get(key), value)
            else:  # an empty cell (no 文号) stays empty: it never takes the next label as its value
                assert not meta.get(key), (path, key, meta.get(key))
