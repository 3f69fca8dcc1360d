"""Exports round trip: CSV, JSON Lines, Parquet (articles with provenance) and WARC (raw captures)."""
from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys

import pytest

from archive.db import Archive, ArchiveError
from archive.export import FIELDS, export, iter_records

SITE = "yuncheng"
HEADERS = {"Content-Type": "text/html; charset=gb2312", "Server": "nginx", "Set-Cookie": ["a=1", "b=2"],
           "Content-Encoding": "gzip", "Content-Length": "99"}


def gbk_page(title: str, body: str) -> bytes:
    return (f'<html><head><meta charset="gb2312"><title>{title}</title></head>'
            f"<body><h1>{title}</h1><p>{body}</p></body></html>").encode("gb18030")


ARTICLES = [
    ("http://yc.gov.cn/1.html", "運城市召開防汛工作會議", "2019-06-01", "會議要求全市做好汛期防汛工作，確保安全度汛。"),
    ("http://yc.gov.cn/2.html", "=HYPERLINK(\"http://evil\",\"點擊\")", "2019-11-22", "-1+2 公式注入測試，內容正常。"),
    ("http://yc.gov.cn/3.html", "@SUM(A1) 通知", "2020-03-15", "第三篇，逗號,引號\"和\n換行。"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "e.db"
    a = Archive(path, create=True)
    for n, when in enumerate(["2026-11-01T10:00:00Z", "2026-11-08T10:00:00+00:00"]):
        crawl = a.start_crawl(SITE, {"n": n}, started_at=when)
        for url, title, published, body in ARTICLES:
            page = a.record_page(
                crawl_id=crawl, site=SITE, url=url, status=200, headers=HEADERS, body=gbk_page(title, body),
                fetched_at=when, encoding="gb18030", encoding_source="meta", page_type="article",
                request_headers={"User-Agent": "govarchive-test", "Accept": "text/html"},
            )
            a.record_article(crawl, SITE, page["page_id"],
                             {"url": url, "title": title, "published": published, "body": body,
                              "attachment_links": [{"url": url + ".pdf", "text": "附件"}]}, when)
        a.finish_crawl(crawl, {"pages": 3})
    other = a.start_crawl("linfen", {})
    a.record_page(crawl_id=other, site="linfen", url="http://lf.gov.cn/", status=404, body=b"not found",
                  fetched_at="2026-11-09T00:00:00Z")
    yield a
    a.close()


def expected_rows(a: Archive) -> dict[str, dict]:
    return {r["url"]: r for r in iter_records(a)}


def test_records_carry_provenance(archive):
    recs = expected_rows(archive)
    assert len(recs) == 3
    rec = recs["http://yc.gov.cn/1.html"]
    page = archive.conn.execute(
        "SELECT id, crawl_id, fetched_at, sha256 FROM pages WHERE id = ?", (rec["page_id"],)).fetchone()
    assert (rec["page_id"], rec["crawl_id"], rec["fetched_at"], rec["sha256"]) == page
    assert rec["sha256"] == hashlib.sha256(gbk_page(ARTICLES[0][1], ARTICLES[0][3])).hexdigest()
    assert rec["attachments"] == ["http://yc.gov.cn/1.html.pdf"]
    assert rec["body_simplified"].startswith("会议要求")
    assert list(rec) == [name for name, _, _ in FIELDS]


def test_jsonl_round_trip(archive, tmp_path):
    out = tmp_path / "a.jsonl"
    meta = export(archive, "jsonl", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["url"]: r for r in rows} == expected_rows(archive)
    assert meta["count"] == 3


def test_csv_round_trip_is_formula_safe(archive, tmp_path):
    out = tmp_path / "a.csv"
    export(archive, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets detect UTF-8
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    by_url = {r["url"]: r for r in rows}
    formula = by_url["http://yc.gov.cn/2.html"]
    assert formula["title"] == "'=HYPERLINK(\"http://evil\",\"點擊\")"
    assert formula["body"].startswith("'-1+2")
    assert by_url["http://yc.gov.cn/3.html"]["title"].startswith("'@SUM")
    # No cell of the file starts a formula.
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    # Round trip: strip the one guard quote, parse arrays and numbers back.
    expected = expected_rows(archive)
    for row in rows:
        exp = expected[row["url"]]
        for name, typ, _ in FIELDS:
            value = row[name]
            if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r"):
                value = value[1:]
            if typ == "array":
                value = json.loads(value)
            elif typ == "integer":
                value = int(value)
            elif value == "" and exp[name] is None:
                value = None
            assert value == exp[name], name
    assert "换行" not in by_url["http://yc.gov.cn/3.html"]["body"]  # original script kept
    assert "\n" in by_url["http://yc.gov.cn/3.html"]["body"]


def test_parquet_round_trip(archive, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "a.parquet"
    export(archive, "parquet", out)
    table = pq.read_table(out)
    assert table.schema.names == [name for name, _, _ in FIELDS]
    assert {r["url"]: r for r in table.to_pylist()} == expected_rows(archive)


def test_sidecar_datapackage(archive, tmp_path):
    out = tmp_path / "a.parquet"
    export(archive, "parquet", out, since="2019-06-01", until="2019-12-31")
    pkg = json.loads((tmp_path / "a.parquet.datapackage.json").read_text(encoding="utf-8"))
    res = pkg["resources"][0]
    assert res["path"] == "a.parquet" and res["format"] == "parquet"
    assert [f["name"] for f in res["schema"]["fields"]] == [name for name, _, _ in FIELDS]
    assert res["hash"] == "sha256:" + hashlib.sha256(out.read_bytes()).hexdigest()
    info = pkg["govarchive"]
    assert info["count"] == 2
    assert info["published_range"] == ["2019-06-01", "2019-11-22"]
    assert info["crawl_ids"] == [2]  # the latest capture of each article came from crawl 2
    assert info["sites"] == [SITE]
    assert info["filters"] == {"site": None, "since": "2019-06-01", "until": "2019-12-31"}


def test_filters(archive, tmp_path):
    assert export(archive, "jsonl", tmp_path / "s.jsonl", site="linfen")["count"] == 0
    assert export(archive, "jsonl", tmp_path / "d.jsonl", since="2020-01-01")["count"] == 1
    with pytest.raises(ArchiveError, match="unknown site"):
        export(archive, "jsonl", tmp_path / "x.jsonl", site="nowhere")
    with pytest.raises(ArchiveError, match="bad until"):
        export(archive, "csv", tmp_path / "x.csv", until="yesterday")
    assert not (tmp_path / "x.jsonl").exists() and not (tmp_path / "x.csv").exists()


def test_warc_round_trip(archive, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    out = tmp_path / "a.warc.gz"
    meta = export(archive, "warc", out)
    assert meta["count"] == 7  # 3 captures + 3 revisits + a 404
    records = []
    with open(out, "rb") as fh:
        for rec in ArchiveIterator(fh):
            records.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI"), rec,
                            rec.content_stream().read()))
    types = [r[0] for r in records]
    assert types[0] == "warcinfo"
    assert types.count("request") == 7 and types.count("response") == 4 and types.count("revisit") == 3
    responses = {(r[1], r[2].rec_headers.get_header("WARC-Date")): r for r in records if r[0] == "response"}
    url, title, _, body = ARTICLES[0]
    rec = responses[(url, "2026-11-01T10:00:00Z")]
    assert rec[3] == gbk_page(title, body)  # the original bytes
    http = rec[2].http_headers
    assert http.get_statuscode() == "200"
    assert http.get_header("Content-Type") == "text/html; charset=gb2312"
    assert [v for k, v in http.headers if k == "Set-Cookie"] == ["a=1", "b=2"]
    assert http.get_header("X-Archive-Orig-Content-Encoding") == "gzip"  # stored bytes are decoded
    assert http.get_header("Content-Length") == str(len(rec[3]))
    assert rec[2].rec_headers.get_header("WARC-Govarchive-SHA256") == hashlib.sha256(rec[3]).hexdigest()
    revisit = next(r for r in records if r[0] == "revisit" and r[1] == url)
    assert revisit[2].rec_headers.get_header("WARC-Refers-To-Target-URI") == url
    assert revisit[2].rec_headers.get_header("WARC-Refers-To-Date") == "2026-11-01T10:00:00Z"
    assert revisit[2].rec_headers.get_header("WARC-Date") == "2026-11-08T10:00:00Z"
    assert (revisit[2].rec_headers.get_header("WARC-Payload-Digest")
            == rec[2].rec_headers.get_header("WARC-Payload-Digest"))
    request = next(r for r in records if r[0] == "request" and r[1] == url)
    assert request[2].http_headers.get_header("User-Agent") == "govarchive-test"
    assert (request[2].http_headers.protocol, request[2].http_headers.statusline) == ("GET", "/1.html HTTP/1.1")
    notfound = responses[("http://lf.gov.cn/", "2026-11-09T00:00:00Z")]
    assert notfound[2].http_headers.get_statuscode() == "404" and notfound[3] == b"not found"


def test_warc_is_indexable_with_warcio_index(archive, tmp_path):
    out = tmp_path / "i.warc.gz"
    export(archive, "warc", out, site=SITE)
    result = subprocess.run([sys.executable, "-m", "warcio.cli", "index", "-f", "warc-type,warc-target-uri,length",
                             str(out)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["warc-type"] for x in lines].count("response") == 3
    assert [x["warc-type"] for x in lines].count("revisit") == 3
    assert all(int(x["length"]) > 0 for x in lines)
    # ``warcio check`` verifies every record's block and payload digests.
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", str(out)],
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "digest pass" in check.stdout and "digest fail" not in check.stdout


def test_warc_304_is_a_server_not_modified_revisit(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    a = Archive(tmp_path / "nm.db", create=True)
    body = gbk_page("通知", "内容")
    a.record_page(crawl_id=None, site=SITE, url="http://yc.gov.cn/n.html", body=body, headers={"ETag": '"1"'},
                  fetched_at="2026-11-01T00:00:00Z")
    a.record_page(crawl_id=None, site=SITE, url="http://yc.gov.cn/n.html", status=304, body=b"",
                  headers={"ETag": '"1"'}, fetched_at="2026-11-02T00:00:00Z")
    export(a, "warc", tmp_path / "nm.warc.gz")
    with open(tmp_path / "nm.warc.gz", "rb") as fh:
        revisit = next(r for r in ArchiveIterator(fh) if r.rec_type == "revisit")
        assert revisit.rec_headers.get_header("WARC-Profile").endswith("/revisit/server-not-modified")
        assert revisit.http_headers.get_statuscode() == "304"
        assert revisit.rec_headers.get_header("WARC-Refers-To-Date") == "2026-11-01T00:00:00Z"
    a.close()


def test_warc_date_filter_turns_revisit_targets_into_references(archive, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    out = tmp_path / "late.warc"
    meta = export(archive, "warc", out, since="2026-11-08", site=SITE)
    assert meta["count"] == 3
    with open(out, "rb") as fh:
        kinds = [r.rec_type for r in ArchiveIterator(fh)]
    assert kinds.count("revisit") == 3 and kinds.count("response") == 0


def test_export_streams_rows(archive):
    gen = iter_records(archive)
    assert next(gen)["url"] == ARTICLES[0][0]  # a generator over a cursor, not a list built in memory
    gen.close()


def test_warc_is_indexed_by_pywb_cdxj_indexer(archive, tmp_path):
    """pywb's own indexer (cdxj-indexer) reads the export: a CDXJ line per capture, revisits
    typed as such and pointing at the original's digest, so pywb can replay them."""
    from cdxj_indexer.main import write_cdx_index

    out = tmp_path / "p.warc.gz"
    export(archive, "warc", out, site=SITE)
    index = tmp_path / "p.cdxj"
    write_cdx_index(str(index), [str(out)], {"sort": True, "post_append": False})
    entries = []
    for line in index.read_text(encoding="utf-8").splitlines():
        urlkey, timestamp, block = line.split(" ", 2)
        entries.append((urlkey, timestamp, json.loads(block)))
    assert len(entries) == 6  # 3 responses (first crawl) + 3 revisits (unchanged second crawl)
    assert {e[0] for e in entries} == {"cn,gov,yc)/1.html", "cn,gov,yc)/2.html", "cn,gov,yc)/3.html"}
    by_url: dict[str, list[dict]] = {}
    for _key, timestamp, block in entries:
        by_url.setdefault(block["url"], []).append(dict(block, ts=timestamp))
    for url, caps in by_url.items():
        caps.sort(key=lambda c: c["ts"])
        first, again = caps
        assert first["ts"].startswith("20261101") and first["status"] == "200" and first["mime"] == "text/html"
        assert again["ts"].startswith("20261108") and again["mime"] == "warc/revisit"
        assert again["digest"] == first["digest"]


def test_warc_never_invents_a_response_for_a_failed_fetch(tmp_path):
    """A failed fetch (timeout, reset, size refusal; stored with status 0 and no body) is no
    response: the WARC records the request and a metadata record saying what went wrong, which
    ``warcio check`` accepts and pywb's indexer leaves out of replay; real answers stay responses."""
    from cdxj_indexer.main import write_cdx_index
    from warcio.archiveiterator import ArchiveIterator

    a = Archive(tmp_path / "f.db", create=True)
    crawl = a.start_crawl(SITE, {})
    a.record_page(crawl_id=crawl, site=SITE, url="http://yc.gov.cn/ok.html", status=200,
                  headers={"Content-Type": "text/html"}, body=gbk_page("好", "正文"), fetched_at="2026-11-01T10:00:00Z")
    a.record_page(crawl_id=crawl, site=SITE, url="http://yc.gov.cn/slow.html", status=0, body=b"",
                  fetched_at="2026-11-01T10:00:01Z", error="TimeoutError: Getting http://yc.gov.cn/slow.html took longer than 30 seconds.")
    a.record_page(crawl_id=crawl, site=SITE, url="http://yc.gov.cn/gone.html", status=404,
                  headers={"Content-Type": "text/html"}, body=b"not here", fetched_at="2026-11-01T10:00:02Z",
                  error="HTTP 404")
    a.record_error(crawl, SITE, None, "http://yc.gov.cn/reset.html", "ConnectionLost: connection reset mid-body")
    out = tmp_path / "f.warc.gz"
    export(a, "warc", out)
    with open(out, "rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers.get_header("Content-Type"),
                    r.http_headers.get_statuscode() if r.http_headers else None, r.content_stream().read())
                   for r in ArchiveIterator(fh)]
    responses = {uri: status for kind, uri, _, status, _ in records if kind == "response"}
    assert responses == {"http://yc.gov.cn/ok.html": "200", "http://yc.gov.cn/gone.html": "404"}
    failed = {uri: body for kind, uri, ctype, _, body in records
              if kind == "metadata" and ctype == "application/warc-fields"}
    assert set(failed) == {"http://yc.gov.cn/slow.html", "http://yc.gov.cn/reset.html"}
    assert b"took longer than 30 seconds" in failed["http://yc.gov.cn/slow.html"]
    assert b"connection reset mid-body" in failed["http://yc.gov.cn/reset.html"]
    assert not any(b"HTTP/1.1 0 " in body for *_, body in records)
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", str(out)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    index = tmp_path / "f.cdxj"
    write_cdx_index(str(index), [str(out)], {"sort": True, "post_append": False})
    indexed = {json.loads(line.split(" ", 2)[2])["url"]: json.loads(line.split(" ", 2)[2]).get("status")
               for line in index.read_text(encoding="utf-8").splitlines()}
    assert indexed == {"http://yc.gov.cn/ok.html": "200", "http://yc.gov.cn/gone.html": "404"}
    a.close()
