"""Extraction confidence in the archive: stored with each article (migration 10), exported, and the target of
``govarchive reextract --below-confidence X`` / ``--method M``. Real SQLite files and the real extractor."""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from click.testing import CliRunner

from archive.cli import cli
from archive.db import Archive
from archive.export import FIELDS, export, iter_records
from archive.migrations import latest_version
from archive.reextract import latest_article_captures, reextract
from pipelines.extract import extract_article

SITE = "harbor"
PARAS = ["The city will spend $4.2 million to replace lead service lines in three older neighborhoods this year, "
         "the water department said on Tuesday.",
         "Crews will start in Eastgate in March, replacing about 600 lines before moving on to Millbrook.",
         "Homeowners will not be charged for the work, which is paid for by a state revolving-loan fund."]


def article_page(i: int) -> bytes:
    """A news page whose text sits below a dateline block under the headline."""
    return (f"<html><head><meta charset='utf-8'><title>Lead pipes, part {i} - Harbor Courier</title></head><body>"
            f"<div class='nav'><a href='/'>Home</a> <a href='/local'>Local</a></div><article><h1>Lead pipes, part {i}</h1>"
            f"<div class='meta'>February {i}, 2023</div><section class='text'>"
            + "".join(f"<p>{p} (part {i})</p>" for p in PARAS)
            + "</section></article><div class='footer'>&copy; 2023 Harbor Courier. All Rights Reserved.</div></body></html>"
            ).encode()


def list_like_page() -> bytes:
    """A page with no article at all: a list of links."""
    return ("<html><head><title>Local news - Harbor Courier</title></head><body><ul>"
            + "".join(f"<li><a href='/local/{n}'>Local story number {n} of the week</a></li>" for n in range(15))
            + "</ul><p>Harbor Courier: local news since 1887.</p></body></html>").encode()


def crawl(a: Archive, pages: dict[str, bytes], at: str, extract=extract_article) -> None:
    crawl_id = a.start_crawl(SITE, {})
    for url, body in pages.items():
        page = a.record_page(crawl_id=crawl_id, site=SITE, url=url, body=body, fetched_at=at, page_type="article",
                             headers={"Content-Type": "text/html; charset=utf-8"})
        rec = extract(body, url, {}).to_record()
        a.record_article(crawl_id, SITE, page["page_id"], {**rec, "url": url}, at)
    a.finish_crawl(crawl_id, {"pages": len(pages)})


@pytest.fixture
def archive(tmp_path):
    a = Archive(tmp_path / "c.db", create=True)
    crawl(a, {f"https://harbor.example/local/{i}": article_page(i) for i in (1, 2)}
          | {"https://harbor.example/local/": list_like_page()}, "2026-11-01T10:00:00Z")
    yield a
    a.close()


def stored(a: Archive) -> dict[str, tuple]:
    return {url: (conf, method) for url, conf, method in
            a.conn.execute("SELECT url, confidence, extraction_method FROM articles ORDER BY id")}


def test_each_article_stores_its_confidence_and_method(archive):
    rows = stored(archive)
    good = rows["https://harbor.example/local/1"]
    assert good[0] >= 0.8 and good[1] in ("rules", "rules+core", "core")
    doubtful = rows["https://harbor.example/local/"]
    assert doubtful[0] < 0.5
    assert latest_version() == max(r[0] for r in archive.conn.execute("SELECT id FROM migrations"))


def test_exports_carry_confidence_and_method(archive, tmp_path):
    recs = {r["url"]: r for r in iter_records(archive)}
    assert [name for name, _, _ in FIELDS][-2:] == ["confidence", "extraction_method"]
    assert recs["https://harbor.example/local/1"]["confidence"] == stored(archive)["https://harbor.example/local/1"][0]
    export(archive, "csv", str(tmp_path / "a.csv"))
    rows = list(csv.DictReader(open(tmp_path / "a.csv", encoding="utf-8-sig")))
    assert {r["extraction_method"] for r in rows} <= {"rules", "rules+core", "core", "first-post", "page"}
    assert all(0 <= float(r["confidence"]) <= 1 for r in rows)
    export(archive, "parquet", str(tmp_path / "a.parquet"))
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "a.parquet")
    assert str(table.schema.field("confidence").type) == "double"
    package = json.loads((tmp_path / "a.parquet.datapackage.json").read_text())
    fields = {f["name"]: f["type"] for f in package["resources"][0]["schema"]["fields"]}
    assert fields["confidence"] == "number"


def test_reextract_targets_doubtful_extractions_only(archive):
    low = [url for _, _, url in latest_article_captures(archive, below_confidence=0.5)]
    assert low == ["https://harbor.example/local/"]
    seen = []

    def counting(body, url, headers):
        seen.append(url)
        return extract_article(body, url, headers)

    assert reextract(archive, extract=counting, below_confidence=0.5) == {"unchanged": 1}
    assert seen == ["https://harbor.example/local/"]
    seen.clear()
    archive.conn.execute("UPDATE articles SET extraction_method = 'first-post' WHERE url = ?", ("https://harbor.example/local/1",))
    reextract(archive, extract=counting, method="first-post")
    assert seen == ["https://harbor.example/local/1"]
    assert stored(archive)["https://harbor.example/local/1"][1] != "first-post"  # the new extraction's method


def test_an_unchanged_text_takes_the_new_extractions_confidence(archive):
    url = "https://harbor.example/local/2"
    archive.conn.execute("UPDATE articles SET confidence = 0.2, extraction_method = 'core' WHERE url = ?", (url,))
    assert reextract(archive, below_confidence=0.3) == {"unchanged": 2}  # this one and the link list
    conf, method = stored(archive)[url]
    assert conf >= 0.8 and method == stored(archive)["https://harbor.example/local/1"][1]
    assert archive.article(url)["version"] == 1  # no new version for the same text


def test_an_archive_from_before_migration_10_is_upgraded_and_reextract_fills_the_gaps(tmp_path):
    path = tmp_path / "old.db"
    old = Archive(path, create=True, migrate_upto=9)
    crawl(old, {"https://harbor.example/local/1": article_page(1)}, "2026-10-01T10:00:00Z")
    old.close()
    assert "confidence" not in {r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(articles)")}
    a = Archive(path)
    assert stored(a) == {"https://harbor.example/local/1": (None, None)}
    # unknown confidence counts as doubtful; --method unknown finds the same
    assert [u for _, _, u in latest_article_captures(a, method="unknown")] == ["https://harbor.example/local/1"]
    assert reextract(a, below_confidence=0.5) == {"unchanged": 1}
    conf, method = stored(a)["https://harbor.example/local/1"]
    assert conf >= 0.8 and method
    a.close()


def test_cli_reextract_options_and_bad_input(archive, tmp_path):
    archive.close()
    db = str(tmp_path / "c.db")
    result = CliRunner().invoke(cli, ["reextract", "--below-confidence", "0.5", "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "reextract: unchanged 1" in result.stderr
    for args, message in ((["--method", "magic"], "unknown extraction method 'magic'"),
                          (["--below-confidence", "3"], "between 0 and 1")):
        result = CliRunner().invoke(cli, ["reextract", *args, "--db", db], catch_exceptions=False)
        assert result.exit_code != 0 and "Traceback" not in result.output
        assert [line for line in result.stderr.splitlines() if line.startswith("Error")] == [f"Error: {message}"] or \
            message in result.stderr
