"""The writer's side of a crawl: pages as the crawl's process hands them over
(:func:`crawler.pipelines.writer_page`) stored in batches (:func:`crawler.workers.store_pages`,
:func:`archive.batch.store_batch`) on real archive files, and the text folding / index columns the
writer computes for every article, against their reference definitions.
"""
from __future__ import annotations

import random
import sqlite3
import unicodedata
import zlib

import pytest

from archive import changes
from archive import text as textmod
from archive.batch import BatchItem, crawl_state_for, store_batch
from archive.db import Archive
from archive.search import search_rowid
from crawler.pipelines import writer_page
from crawler.workers import store_pages
from pipelines.decode import decode
from pipelines.extract import extract_article

STORY = "为进一步改善全市空气质量，近日，市生态环境局抽调精干力量组成５个督查组，对各县区大气污染防治工作开展专项督查。"


def html(title: str, body: str) -> str:
    return (f"<html><head><meta charset='gbk'><title>{title}_清河县人民政府</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><h1>{title}</h1><div>发布时间：2023-11-22</div>"
            f"<div id='zoom'>{body}</div><div class='footer'>版权所有：清河县人民政府 冀ICP备12345678号</div>"
            "</body></html>")


def fetched(n: int, title: str, body: str, *, url: str | None = None, headers: dict | None = None,
            fetched_at: str = "2026-01-01T00:00:00Z") -> dict:
    """A store step's page dict the way the crawl's process has it: real bytes, decoded, extracted."""
    url = url or f"http://x.gov.cn/col1/202311/t20231122_{n}.html"
    headers = headers or {"Content-Type": "text/html; charset=iso-8859-1"}  # a lying label
    raw = html(title, body).encode("gbk")
    decoded = decode(raw, headers)
    record = extract_article(raw, url, headers, decoded=decoded).to_record()
    return {"site": "demo", "url": url, "final_url": url, "status": 200, "headers": headers, "body": raw,
            "fetched_at": fetched_at, "page_type": "article", "request_headers": {"Accept": "text/html"},
            "hints": {"title": "x"}, "decoded": decoded, "article": record, "error": None, "outcome": None,
            "links": [], "not_modified": False, "link_dates": {}, "listed": True, "extracted": True}


def rows(db) -> dict[str, list]:
    """Everything the archive keeps of these pages, bodies decompressed (no store-time stamps)."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        for table, cols in (
            ("pages", "id, url, status, headers, request_headers, sha256, size, body, body_codec, encoding, "
                      "encoding_source, declared, undecodable, mislabelled, page_type, error, revisit_of"),
            ("articles", "*"), ("article_urls", "*"), ("article_versions", "*"), ("attachments", "*"),
            ("changes", "id, article_id, url, kind, at, page_id, before_page_id, from_version, to_version, reason"),
        ):
            out[table] = [list(r) for r in conn.execute(f"SELECT {cols} FROM {table} ORDER BY rowid")]
        for row in out["pages"]:
            row[7] = zlib.decompress(row[7]) if row[8] == "zlib" and row[7] is not None else row[7]
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, articles_search, instance)")
        out["index"] = conn.execute("SELECT term, doc, col, offset FROM temp.v ORDER BY doc, col, offset").fetchall()
        return out
    finally:
        conn.close()


def new_archive(path) -> int:
    archive = Archive(path, create=True)
    crawl = archive.start_crawl("demo", {}, started_at="2026-01-01T00:00:00Z")
    archive.close()
    return crawl


def test_a_page_sent_to_the_writer_is_stored_as_the_whole_page_would_be(tmp_path):
    pages = [fetched(1, "關於開展冬季安全檢查的通知", STORY * 2), fetched(2, "关于开展冬季安全检查的通知", STORY * 3),
             fetched(3, "市生态环境局开展专项督查", STORY + "检查共出动执法人员３６人次。")]
    sent = [writer_page(p) for p in pages]
    assert all(p["decoded"].text is None and p["decoded"].encoding == "gb18030" for p in sent)
    assert all(p["decoded"].mislabelled for p in sent)  # what the archive keeps of the decoding stays
    assert not {"hints", "outcome", "listed", "extracted"} & set(sent[0])
    assert sent[1]["article"]["body_simplified"] is sent[1]["article"]["body"]  # pickled once
    assert sent[0]["article"]["title_simplified"] != sent[0]["article"]["title"]  # Traditional: its own
    assert pages[0]["decoded"].text and "hints" in pages[0]  # the item's own page is left as it was

    whole, slim = tmp_path / "whole.db", tmp_path / "slim.db"
    out_whole = store_pages(str(whole), new_archive(whole), pages)
    out_slim = store_pages(str(slim), new_archive(slim), sent)
    assert out_whole["outcomes"] == out_slim["outcomes"] == ["new", "new", "new"]
    a, b = rows(whole), rows(slim)
    assert a == b
    assert [r[9] for r in a["pages"]] == ["gb18030"] * 3 and len(a["index"]) > 100


def test_a_known_articles_short_page_sent_without_its_text_is_still_read_for_a_notice(tmp_path):
    """The take-down notice check reads the page's HTML: the writer decodes the bytes again."""
    db = tmp_path / "archive.db"
    crawl = new_archive(db)
    url = "http://x.gov.cn/col1/202311/t20231122_9.html"
    first = fetched(9, "关于开展冬季安全检查的通知", STORY * 2, url=url)
    assert store_pages(str(db), crawl, [writer_page(first)])["outcomes"] == ["new"]
    notice = fetched(9, "清河县人民政府", "<p>对不起，该信息已删除。</p>", url=url, fetched_at="2026-01-02T00:00:00Z")
    sent = writer_page(notice)
    assert sent["decoded"].text is None
    assert changes._html(sent) == notice["decoded"].text  # what the check reads: the same text, decoded again
    archive = Archive(db)
    second = archive.start_crawl("demo", {}, started_at="2026-01-02T00:00:00Z")
    archive.close()
    out = store_pages(str(db), second, [sent])
    assert out["outcomes"] == ["gone"]
    conn = sqlite3.connect(db)
    try:
        reason = conn.execute("SELECT gone_reason FROM article_urls WHERE url = ?", (url,)).fetchone()[0]
    finally:
        conn.close()
    assert reason.startswith("notice: ") and "删除" in reason


def test_a_batch_with_one_url_twice_stores_two_captures_and_one_article(tmp_path):
    db = tmp_path / "archive.db"
    page = fetched(1, "关于开展冬季安全检查的通知", STORY * 2)
    again = dict(page, fetched_at="2026-01-01T00:05:00Z")
    out = store_pages(str(db), new_archive(db), [writer_page(page), writer_page(again)])
    assert out["outcomes"] == ["new", "unchanged"]
    got = rows(db)
    assert len(got["articles"]) == 1 and len(got["pages"]) == 2
    assert got["pages"][1][7] is None and got["pages"][1][16] == got["pages"][0][0]  # a revisit: no second body


def test_the_same_story_under_another_url_in_a_later_batch_is_one_article(tmp_path):
    db = tmp_path / "archive.db"
    crawl = new_archive(db)
    first = fetched(1, "关于开展冬季安全检查的通知", STORY * 2)
    copy = fetched(2, "关于开展冬季安全检查的通知", STORY * 2, url="http://x.gov.cn/xxgk/202311/t20231122_2.html")
    other = fetched(3, "关于开展春季安全检查的通知", STORY * 2)  # the same body, another title: another article
    assert store_pages(str(db), crawl, [writer_page(first)])["outcomes"] == ["new"]
    assert store_pages(str(db), crawl, [writer_page(copy), writer_page(other)])["outcomes"] == ["unchanged", "new"]
    conn = sqlite3.connect(db)
    try:
        urls = conn.execute("SELECT article_id, count(*) FROM article_urls GROUP BY article_id ORDER BY 1").fetchall()
    finally:
        conn.close()
    assert urls == [(1, 2), (2, 1)]


def test_articles_of_a_batch_get_the_ids_sqlite_gives_and_are_found_by_search(tmp_path):
    db = tmp_path / "archive.db"
    crawl = new_archive(db)
    titles = ["關於開展冬季安全檢查的通知", "市生态环境局开展大气污染专项督查", "县市场监管局开展食品安全检查"]
    pages = [fetched(i, t, STORY * (i + 1) + t) for i, t in enumerate(titles, 1)]
    archive = Archive(db)
    state = crawl_state_for(archive)
    result = store_batch(archive, [BatchItem(crawl, p) for p in map(writer_page, pages)], state)
    assert result.outcomes == ["new", "new", "new"]
    with archive.transaction():  # an article removed from the end: SQLite reuses its id, and so do we
        archive.conn.execute("DELETE FROM article_urls WHERE article_id = 3")
        archive.conn.execute("DELETE FROM changes WHERE article_id = 3")
        archive.conn.execute("DELETE FROM articles WHERE id = 3")
    late = fetched(4, "关于做好冬季供暖工作的通知", STORY + "供暖")
    assert store_batch(archive, [BatchItem(crawl, writer_page(late))], state).outcomes == ["new"]
    got = archive.conn.execute("SELECT id, url, published, first_seen, search_rowid FROM articles ORDER BY id").fetchall()
    assert [r[0] for r in got] == [1, 2, 3] and got[2][1] == late["url"]
    assert all(rowid == search_rowid(i, published, first_seen) for i, _, published, first_seen, rowid in got)
    assert [h["title"] for h in archive.search("冬季安全检查")] == [titles[0]]  # Traditional found by Simplified
    assert [h["title"] for h in archive.search("供暖")] == ["关于做好冬季供暖工作的通知"]
    assert {h["id"] for h in archive.search("督查")} == {1, 2, 3}  # STORY says 督查 in every body
    archive.close()


# -- folding and the index columns, against their definitions ------------------------------------


def reference_nfkc(text: str) -> str:
    """archive.text's rule, spelt out: the whole string's NFKC when it keeps the length, else each
    character's own NFKC where that is one character."""
    whole = unicodedata.normalize("NFKC", text)
    if len(whole) == len(text):
        return whole
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


TRICKY = "防汛運城ＡＢａｚ０９，：（）　\u3000abc \n…℃①Ⅰ㎡\u0301\u0308ｶﾞﾟ\u1100\u1161가\uf900Ωﬁ～＼／İ\ue000\U00020001😀"


@pytest.mark.parametrize("text", [
    "关于开展安全检查的通知：各单位，（一）做好准备。", "Ａ\u0301", "ｶﾞ", "\u3000\u0301", "Ａ…Ｂ", "℃，Ａ", "",
])
def test_nfkc_of_full_width_punctuation_is_the_rule(text):
    assert textmod._nfkc(text) == reference_nfkc(text)


def test_nfkc_matches_the_rule_on_random_mixtures():
    rng = random.Random(14)
    for _ in range(20000):
        text = "".join(rng.choice(TRICKY) for _ in range(rng.randint(1, 20)))
        assert textmod._nfkc(text) == reference_nfkc(text), repr(text)


def reference_columns(title: str, body: str) -> tuple[str, str]:
    """The index columns from :func:`archive.text.units` (the segmentation with positions)."""
    uni, bi = [], []
    for folded in (textmod.fold(title), textmod.fold(body)):
        for run in textmod.units(folded):
            names = [u for _, _, u in run]
            uni += names
            if len(names) > 1:
                if bi and bi[-1] != textmod.BREAK:
                    bi.append(textmod.BREAK)
                bi += [a + b for a, b in zip(names, names[1:])]
    return " ".join(uni), " ".join(bi)


def test_the_index_columns_are_the_units_and_pairs_of_each_run():
    rng = random.Random(7)
    cases = [("防汛工作", "水位上涨，covid 19 病例。"), ("", "——"), ("運城", STORY)]
    cases += [("".join(rng.choice(TRICKY) for _ in range(rng.randint(0, 15))),
               "".join(rng.choice(TRICKY + "，。 ") for _ in range(rng.randint(0, 40)))) for _ in range(5000)]
    for title, body in cases:
        assert textmod.index_columns(textmod.fold(title), textmod.fold(body)) == reference_columns(title, body)
