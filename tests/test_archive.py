"""The archive library on real SQLite files: opening, raw captures, versions, dedup, WAL, migrations."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from archive.db import Archive, ArchiveError
from archive.migrations import MIGRATIONS, latest_version

SITE = "yuncheng"
URL = "http://www.yuncheng.gov.cn/zwdt/2019/1122/1.html"
BODY_V1 = "11月22日，市委副書記、市長朱鵬主持召開市政府專題會議，聽取全市重大項目謀劃工作情況匯報。"
BODY_V2 = BODY_V1 + "副市長衛再學出席會議。"


def page_bytes(title: str, body: str, charset: str = "gbk") -> bytes:
    html = f'<html><head><meta charset="{charset}"><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>'
    return html.encode("gb18030" if charset == "gbk" else charset)


def record(url: str = URL, title: str = "運城市政府召開專題會議", body: str = BODY_V1, **extra) -> dict:
    rec = {
        "url": url, "title": title, "published": "2019-11-22", "source": "運城市政府辦", "author": None,
        "editor": "張三", "body": body, "title_simplified": None, "body_simplified": None,
        "attachments": [], "attachment_links": [], "images": [], "encoding": "gb18030",
        "encoding_source": "meta", "footer": {"icp": "晋ICP备05004470号"}, "meta": {}, "error": None,
    }
    rec.update(extra)
    return rec


def crawl_once(a: Archive, rec: dict, when: str, body: bytes | None = None) -> tuple[dict, str]:
    crawl = a.start_crawl(SITE, {"max_pages": 10}, started_at=when)
    page = a.record_page(
        crawl_id=crawl, site=SITE, url=rec["url"], final_url=rec["url"], status=200,
        headers={"Content-Type": "text/html; charset=gb2312", "ETag": f'"{when}"'},
        body=body if body is not None else page_bytes(rec["title"], rec["body"]), fetched_at=when,
        encoding="gb18030", encoding_source="meta", declared={"meta": "gb2312"}, page_type="article",
    )
    outcome = a.record_article(crawl, SITE, page["page_id"], rec, seen_at=when)
    a.finish_crawl(crawl, {"pages": 1, f"outcome_{outcome}": 1})
    return page, outcome


@pytest.fixture
def archive(tmp_path):
    a = Archive(tmp_path / "a.db", create=True)
    yield a
    a.close()


# -- opening ---------------------------------------------------------------------------


def test_missing_file_is_not_created_without_create(tmp_path):
    path = tmp_path / "none.db"
    with pytest.raises(ArchiveError, match="no archive at"):
        Archive(path)
    assert not path.exists()


def test_corrupt_file_raises_archive_error_and_is_left_alone(tmp_path):
    path = tmp_path / "corrupt.db"
    garbage = b"this is not sqlite at all\x00" * 200
    path.write_bytes(garbage)
    for create in (False, True):
        with pytest.raises(ArchiveError, match="corrupt|not a govarchive"):
            Archive(path, create=create)
    assert path.read_bytes() == garbage


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveError, match="not a govarchive archive"):
        Archive(path, create=True)
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert tables == {"t"}


def test_create_sets_wal_and_all_migrations(tmp_path):
    path = tmp_path / "new.db"
    Archive(path, create=True).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in conn.execute("SELECT id FROM migrations ORDER BY id")] == [m[0] for m in MIGRATIONS]
    # Re-opening runs nothing again (idempotent).
    Archive(path).close()
    assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == latest_version()


def test_newer_schema_than_code_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Archive(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations (id, name, applied_at) VALUES (99, 'future', 'x')")
    conn.commit()
    with pytest.raises(ArchiveError, match="newer"):
        Archive(path)


# -- raw captures ----------------------------------------------------------------------


def test_record_page_stores_compressed_bytes_and_sha256(archive):
    body = page_bytes("運城", BODY_V1)
    ref = archive.record_page(crawl_id=None, site=SITE, url=URL, body=body, headers={b"Content-Type": [b"text/html"]})
    assert ref["sha256"] == hashlib.sha256(body).hexdigest()
    assert ref["unchanged"] is False
    stored, codec, size = archive.conn.execute(
        "SELECT body, body_codec, size FROM pages WHERE id = ?", (ref["page_id"],)
    ).fetchone()
    assert codec == "zlib" and zlib.decompress(stored) == body and size == len(body)
    assert archive.page_body(ref["page_id"]) == body
    assert archive.page(ref["page_id"])["headers"] == {"Content-Type": "text/html"}


def test_unchanged_refetch_is_a_revisit_without_a_second_body(archive):
    body = page_bytes("運城", BODY_V1)
    first = archive.record_page(crawl_id=None, site=SITE, url=URL, body=body, fetched_at="2026-01-01T00:00:00Z")
    second = archive.record_page(crawl_id=None, site=SITE, url=URL, body=body, fetched_at="2026-01-02T00:00:00Z")
    not_modified = archive.record_page(crawl_id=None, site=SITE, url=URL, status=304, body=b"",
                                       fetched_at="2026-01-03T00:00:00Z")
    changed = archive.record_page(crawl_id=None, site=SITE, url=URL, body=body + b"<!-- x -->")
    assert (second["unchanged"], not_modified["unchanged"], changed["unchanged"]) == (True, True, False)
    assert second["sha256"] == first["sha256"] == not_modified["sha256"]
    rows = archive.conn.execute("SELECT id, body IS NOT NULL, revisit_of FROM pages ORDER BY id").fetchall()
    assert rows == [
        (first["page_id"], 1, None),
        (second["page_id"], 0, first["page_id"]),
        (not_modified["page_id"], 0, first["page_id"]),
        (changed["page_id"], 1, None),
    ]
    assert archive.page_body(second["page_id"]) == body


def test_record_error_keeps_raw_bytes(archive):
    body = "<html>亂碼".encode("big5")
    ref = archive.record_page(crawl_id=None, site=SITE, url=URL, body=body)
    assert archive.record_error(None, SITE, ref["page_id"], URL, "decode failed") == ref["page_id"]
    page = archive.page(ref["page_id"])
    assert page["error"] == "decode failed" and page["body"] == body
    assert archive.stats()[0]["errors"] == 1


# -- versions and dedup ----------------------------------------------------------------


def test_three_crawls_of_a_changing_page_keep_every_version(archive):
    v1 = record()
    v2 = record(body=BODY_V2)
    _, o1 = crawl_once(archive, v1, "2026-11-01T10:00:00Z")
    _, o2 = crawl_once(archive, v1, "2026-11-08T10:00:00Z")  # unchanged: only last-seen moves
    p3, o3 = crawl_once(archive, v2, "2026-11-15T10:00:00Z")  # changed: version 2
    assert (o1, o2, o3) == ("new", "unchanged", "changed")
    art = archive.article(URL)
    assert art["version"] == 2 and art["body"] == BODY_V2
    assert art["first_seen"] == "2026-11-01T10:00:00Z" and art["last_seen"] == "2026-11-15T10:00:00Z"
    assert art["page_id"] == p3["page_id"]
    assert [v["version"] for v in art["versions"]] == [1]
    old = art["versions"][0]
    assert old["body"] == BODY_V1
    assert (old["first_seen"], old["last_seen"]) == ("2026-11-01T10:00:00Z", "2026-11-08T10:00:00Z")
    # Search follows the current version only.
    assert [h["id"] for h in archive.search("卫再学")] == [art["id"]]
    assert archive.search("会议") and archive.conn.execute(
        "SELECT count(*) FROM articles_search WHERE articles_search MATCH 'uni:\"卫\"'").fetchone()[0] == 1
    # A fourth crawl going back to the first text is a third version, not a lookup of the old one.
    _, o4 = crawl_once(archive, v1, "2026-11-22T10:00:00Z")
    assert o4 == "changed"
    assert archive.article(URL)["version"] == 3
    assert archive.search("卫再学") == []
    stats = archive.stats()[0]
    assert (stats["crawls"], stats["articles"], stats["versions"], stats["pages"]) == (4, 1, 3, 4)


def test_footer_change_alone_is_not_a_new_version(archive):
    crawl_once(archive, record(), "2026-11-01T10:00:00Z")
    _, outcome = crawl_once(archive, record(footer={"icp": "晋ICP备05004470号-2"}), "2026-11-02T10:00:00Z")
    assert outcome == "unchanged"


def test_same_body_under_two_urls_is_one_text(archive):
    other = "http://www.yuncheng.gov.cn/art/2019/11/22/art_1.html"
    _, o1 = crawl_once(archive, record(), "2026-11-01T10:00:00Z")
    _, o2 = crawl_once(archive, record(url=other, body="  " + BODY_V1.replace("，", "， ")), "2026-11-01T10:05:00Z")
    assert (o1, o2) == ("new", "unchanged")
    assert archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    art = archive.article(other)
    assert art["urls"] == [URL, other] and art["last_seen"] == "2026-11-01T10:05:00Z"
    assert set(archive.known_articles(SITE)) == {URL, other}


def test_short_identical_bodies_are_not_merged(archive):
    _, o1 = crawl_once(archive, record(url=URL + "?a", title="通知一", body="详见附件。"), "2026-11-01T10:00:00Z")
    _, o2 = crawl_once(archive, record(url=URL + "?b", title="通知二", body="详见附件。"), "2026-11-01T10:00:00Z")
    assert (o1, o2) == ("new", "new")


def test_attachments_are_recorded(archive):
    rec = record(attachment_links=[{"url": "http://x/a.pdf", "text": "附件1"}], attachments=["http://x/b.doc"])
    crawl_once(archive, rec, "2026-11-01T10:00:00Z")
    rows = archive.conn.execute("SELECT url, text FROM attachments ORDER BY url").fetchall()
    assert rows == [("http://x/a.pdf", "附件1"), ("http://x/b.doc", "")]
    _, outcome = crawl_once(archive, record(attachments=["http://x/c.pdf"]), "2026-11-02T10:00:00Z")
    assert outcome == "changed"  # a new attachment list is a new version


def test_known_articles_reports_conditional_request_data(archive):
    page, _ = crawl_once(archive, record(), "2026-11-01T10:00:00Z")
    known = archive.known_articles(SITE)
    assert known == {URL: {"last_seen": "2026-11-01T10:00:00Z", "etag": '"2026-11-01T10:00:00Z"',
                           "last_modified": None, "sha256": page["sha256"], "fetched_at": "2026-11-01T10:00:00Z",
                           "published": record()["published"], "first_seen": "2026-11-01T10:00:00Z",
                           "state": "live", "unlisted_at": None, "list_date": None}}
    assert archive.known_articles("elsewhere") == {}


def test_304_moves_last_seen(archive):
    crawl_once(archive, record(), "2026-11-01T10:00:00Z")
    archive.record_page(crawl_id=None, site=SITE, url=URL, status=304, body=b"", fetched_at="2026-11-09T00:00:00Z",
                        page_type="article")
    assert archive.article(URL)["last_seen"] == "2026-11-09T00:00:00Z"


def test_transaction_rolls_back_everything_on_error(archive):
    with pytest.raises(RuntimeError):
        with archive.transaction():
            crawl_once(archive, record(), "2026-11-01T10:00:00Z")
            raise RuntimeError("boom")
    assert archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert archive.conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 0
    assert archive.search("会议") == []


def test_stats_per_site(archive):
    crawl_once(archive, record(), "2026-11-01T10:00:00Z")
    archive.record_page(crawl_id=None, site="linfen", url="http://linfen/", body=b"x", encoding="utf-8")
    stats = {s["site"]: s for s in archive.stats()}
    assert stats[SITE]["encodings"] == {"gb18030": 1}
    assert stats[SITE]["last_crawl"]["status"] == "finished"
    assert stats[SITE]["last_crawl"]["counts"] == {"pages": 1, "outcome_new": 1}
    assert stats["linfen"]["articles"] == 0 and stats["linfen"]["pages"] == 1


# -- concurrency -----------------------------------------------------------------------

READER = textwrap.dedent(
    """
    import sys, time
    from archive.db import Archive
    a = Archive(sys.argv[1])
    print(len(a.search("会议")), flush=True)
    sys.stdin.readline()             # the writer is now inside an open write transaction
    t0 = time.perf_counter()
    print(len(a.search("会议")), round(time.perf_counter() - t0, 3), flush=True)
    """
)


def test_reader_during_a_write(tmp_path):
    """WAL: another process reads (the committed state) while a write transaction is open."""
    path = tmp_path / "wal.db"
    a = Archive(path, create=True)
    crawl_once(a, record(), "2026-11-01T10:00:00Z")
    reader = subprocess.Popen([sys.executable, "-c", READER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "1"
        with a.transaction():
            crawl_once(a, record(url=URL + "?2", body=BODY_V1 + "第二篇。"), "2026-11-02T10:00:00Z")
            reader.stdin.write("go\n")
            reader.stdin.flush()
            count, seconds = reader.stdout.readline().split()
            assert count == "1"  # the uncommitted article is invisible, and the read did not block
            assert float(seconds) < 5
        assert len(a.search("会议")) == 2
    finally:
        reader.kill()
        reader.wait()
        a.close()


# -- migrations ------------------------------------------------------------------------


def test_migration_from_the_v1_schema(tmp_path):
    """A v1 archive (uncompressed bodies, one URL per article, no search index) upgrades in place."""
    path = tmp_path / "v1.db"
    Archive(path, create=True, migrate_upto=1).close()
    conn = sqlite3.connect(path)
    assert {r[0] for r in conn.execute("SELECT id FROM migrations")} == {1}
    assert "article_urls" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    body = page_bytes("運城", BODY_V1)
    conn.execute("INSERT INTO sites (name, created_at) VALUES (?, '2019-11-22')", (SITE,))
    conn.execute(
        "INSERT INTO pages (id, site, url, status, fetched_at, headers, sha256, size, body, page_type) "
        "VALUES (1, ?, ?, 200, '2019-11-22T08:00:00Z', '{}', ?, ?, ?, 'article')",
        (SITE, URL, hashlib.sha256(body).hexdigest(), len(body), body),
    )
    conn.execute(
        "INSERT INTO articles (id, site, url, title, published, body, title_simplified, body_simplified, "
        "content_hash, first_seen, last_seen, version, page_id) "
        "VALUES (1, ?, ?, '運城市政府召開專題會議', '2019-11-22', ?, '运城市政府召开专题会议', '', 'h', "
        "'2019-11-22T08:00:00Z', '2019-11-22T08:00:00Z', 1, 1)",
        (SITE, URL, BODY_V1),
    )
    conn.commit()
    conn.close()

    a = Archive(path)  # runs migrations 2..N
    assert [r[0] for r in a.conn.execute("SELECT id FROM migrations ORDER BY id")] == list(range(1, latest_version() + 1))
    codec, stored = a.conn.execute("SELECT body_codec, body FROM pages WHERE id = 1").fetchone()
    assert codec == "zlib" and zlib.decompress(stored) == body and a.page_body(1) == body
    assert a.article(URL)["urls"] == [URL]
    assert [h["id"] for h in a.search("運城")] == [1]
    assert [h["id"] for h in a.search("会")] == [1]
    # One full-text index: no Datasette trigram table or its triggers (migration 6).
    assert not a.conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'articles_fts%' "
                              "OR name IN ('articles_ai', 'articles_ad', 'articles_au')").fetchall()
    # ... and the upgraded archive keeps working: a changed re-crawl makes version 2.
    crawl_once(a, record(body=BODY_V2), "2026-11-15T10:00:00Z")
    assert a.article(URL)["version"] == 2
    a.close()
    Archive(path).close()  # idempotent: nothing left to run


OLD_ARCHIVE = Path(__file__).parent / "fixtures" / "archive" / "v4-with-crawl-state.db"


def test_an_archive_made_by_the_previous_version_upgrades_to_crawl_state_as_a_migration(tmp_path):
    """A schema-4 file whose crawl-state tables the previous version made beside the schema
    (tests/fixtures/archive/make_v4.py) gets migration 5, keeps every row, and works on."""
    from archive.crawlstate import CrawlState

    path = tmp_path / "old.db"
    shutil.copyfile(OLD_ARCHIVE, path)
    before = sqlite3.connect(path)
    assert {r[0] for r in before.execute("SELECT id FROM migrations")} == {1, 2, 3, 4}
    tables = ("crawl_runs", "list_pages", "revisits", "attachment_blobs", "attachment_files", "articles", "pages")
    columns = {t: ", ".join(r[1] for r in before.execute(f"PRAGMA table_info({t})")) for t in tables}
    rows = {t: before.execute(f"SELECT {columns[t]} FROM {t} ORDER BY rowid").fetchall() for t in tables}
    before.close()

    a = Archive(path)
    assert [r[0] for r in a.conn.execute("SELECT id FROM migrations ORDER BY id")] == list(range(1, latest_version() + 1))
    assert a.conn.execute("SELECT name FROM migrations WHERE id = 5").fetchone() == ("crawl_state",)
    # every row kept, every column as it was (later migrations may add columns)
    assert {t: a.conn.execute(f"SELECT {columns[t]} FROM {t} ORDER BY rowid").fetchall() for t in tables} == rows
    state = CrawlState(a)
    assert state.list_pages("qinghe") == {"http://qh.gov.cn/xw/": {
        "etag": '"L1"', "last_modified": None, "links": ["http://qh.gov.cn/xw/1.html"],
        "fetched_at": "2026-01-05T08:00:01Z", "page_type": "list"}}
    assert state.last_revisits("qinghe") == {"http://qh.gov.cn/xw/1.html": "2026-01-05T09:00:00Z"}
    assert not state.previous_run_unfinished("qinghe")
    assert state.attachment_fetched("http://qh.gov.cn/xw/a.pdf")[1] == "2026-01-05T08:00:03Z"
    assert [h["title"] for h in a.search("运城")] == ["運城防汛"]
    assert a.known_articles("qinghe")["http://qh.gov.cn/xw/1.html"]["etag"] == '"A1"'
    # and the upgraded archive keeps working, crawl state included
    run = state.start_run("qinghe", a.start_crawl("qinghe", {}))
    assert state.previous_run_unfinished("qinghe")
    state.finish_run(run, "finished")
    a.close()
    Archive(path).close()  # nothing left to run


def test_crawl_state_tables_older_than_page_types_get_the_column(tmp_path):
    """Before page types were remembered, ``list_pages`` had no ``page_type``: migration 5 adds it."""
    path = tmp_path / "older.db"
    Archive(path, create=True, migrate_upto=4).close()
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE crawl_runs (id INTEGER PRIMARY KEY, site TEXT NOT NULL, crawl_id INTEGER, pid INTEGER,
            started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL DEFAULT 'running',
            resumed INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE list_pages (site TEXT NOT NULL, url TEXT NOT NULL, etag TEXT, last_modified TEXT,
            links TEXT NOT NULL DEFAULT '[]', fetched_at TEXT NOT NULL, PRIMARY KEY (site, url));
        INSERT INTO list_pages (site, url, etag, links, fetched_at)
            VALUES ('s', 'http://a/sitemap.xml', '"1"', '["http://a/1.html"]', '2025-01-01T00:00:00Z');
    """)
    conn.close()
    a = Archive(path)
    assert 5 in {r[0] for r in a.conn.execute("SELECT id FROM migrations")}
    columns = {r[1] for r in a.conn.execute("PRAGMA table_info(list_pages)")}
    assert "page_type" in columns
    assert {"revisits", "attachment_blobs", "attachment_files"} <= {
        r[0] for r in a.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    from archive.crawlstate import CrawlState

    memory = CrawlState(a).list_pages("s")["http://a/sitemap.xml"]
    assert memory["links"] == ["http://a/1.html"] and memory["page_type"] is None
    a.close()


def test_each_migration_is_idempotent(tmp_path):
    conn = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    for _, _, func in MIGRATIONS:
        func(conn)
        func(conn)  # running a migration twice changes nothing and does not fail
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"pages", "articles", "article_urls", "articles_search"} <= names and "articles_fts" not in names


# -- reextract -------------------------------------------------------------------------


class _Article:
    def __init__(self, rec: dict) -> None:
        self.rec = rec

    def to_record(self) -> dict:
        return self.rec


def _extract_h1(body: bytes, url: str, headers: dict) -> _Article:
    """A tiny real extractor: title from <h1>, body from <p> (what an improved extractor would find)."""
    import re

    html = body.decode("gb18030")
    return _Article(record(url=url, title=re.search("<h1>(.*?)</h1>", html).group(1),
                           body=re.search("<p>(.*?)</p>", html).group(1)))


def test_reextract_records_a_new_version_where_output_changed(archive):
    from archive.reextract import reextract

    # The first crawl's extractor got the body wrong (kept only the first sentence).
    crawl_once(archive, record(body=BODY_V1[:12]), "2026-11-01T10:00:00Z", body=page_bytes("運城市政府召開專題會議", BODY_V1))
    counts = reextract(archive, extract=_extract_h1)
    assert counts == {"changed": 1}
    art = archive.article(URL)
    assert art["version"] == 2 and art["body"] == BODY_V1
    assert art["last_seen"] == "2026-11-01T10:00:00Z"  # re-extraction is not a new sighting
    assert reextract(archive, extract=_extract_h1) == {"unchanged": 1}
    kinds = [r[0] for r in archive.conn.execute("SELECT config FROM crawls ORDER BY id")]
    assert kinds[-1] == '{"kind": "reextract"}'
    with pytest.raises(ArchiveError, match="unknown site"):
        reextract(archive, site="nowhere", extract=_extract_h1)


def test_reextract_survives_a_failing_extractor(archive):
    from archive.reextract import reextract

    crawl_once(archive, record(), "2026-11-01T10:00:00Z")

    def broken(body, url, headers):
        raise ValueError("bad page")

    assert reextract(archive, extract=broken) == {"error": 1}
    assert archive.article(URL)["version"] == 1
    assert "bad page" in archive.conn.execute("SELECT error FROM pages").fetchone()[0]


def test_stats_counts_pages_that_lied_about_their_charset(archive):
    for i, lied in enumerate([True, True, False]):
        archive.record_page(crawl_id=None, site="demo", url=f"http://x/{i}.html", body=f"p{i}".encode(),
                            encoding="gb18030", encoding_source="meta", declared={"header": "iso-8859-1"},
                            mislabelled=lied)
    # a re-fetch of a lying page is still one page that lied
    archive.record_page(crawl_id=None, site="demo", url="http://x/0.html", body=b"p0", mislabelled=True)
    (row,) = archive.stats()
    assert row["mislabelled"] == 2
    assert row["encodings"] == {"gb18030": 3}
