"""Chinese full-text search on a real archive file: 1/2/many characters, mixed scripts, filters, order."""
from __future__ import annotations

import random
import sqlite3

import pytest

from archive import text as textmod
from archive.db import Archive, ArchiveError

ARTICLES = [
    # (site, url suffix, title, published, body)
    ("yuncheng", "1", "運城市召開防汛工作會議", "2019-06-01", "會議要求，全市做好汛期防汛工作，確保黃河安全度汛。"),
    ("yuncheng", "2", "市長調研重大項目", "2019-11-22", "朱鵬指出，抓好重大項目謀劃是推動經濟增長的重要支撐。"),
    ("linfen", "3", "临汾市推进5G基站建设", "2020-03-15", "今年全市新建5G基站1200个，COVID-19疫情期间网络保障有力。"),
    ("linfen", "4", "水利局部署抗旱", "2020-07-09", "水位持续下降，各县要加强水资源调度。"),
    ("yuncheng", "5", "防汛", "2021-08-30", "工作人员连夜值守。"),  # 防汛 | 工作: title/body boundary
    ("linfen", "6", "关于汛工作的通知", "2018-01-02", "防，汛工作，防汛。"),  # punctuation between 防 and 汛工作
    ("yuncheng", "7", "New Energy 新能源汽车推广", None, "ＣＯＶＩＤ全角字母与ＧＤＰ增长。"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "s.db"
    a = Archive(path, create=True)
    for site, suffix, title, published, body in ARTICLES:
        a.record_article(None, site, None, {"url": f"http://{site}.gov.cn/{suffix}.html", "title": title,
                                            "published": published, "body": body}, "2026-11-28T13:00:00Z")
    yield a
    a.close()


def urls(hits):
    return sorted(h["url"].rsplit("/", 1)[1].split(".")[0] for h in hits)


def test_one_character_query(archive):
    assert urls(archive.search("水")) == ["4"]
    assert urls(archive.search("汛")) == ["1", "5", "6"]


def test_two_character_query(archive):
    assert urls(archive.search("防汛")) == ["1", "5", "6"]
    assert urls(archive.search("项目")) == ["2"]


def test_many_character_query_is_an_exact_sequence(archive):
    assert urls(archive.search("防汛工作")) == ["1"]
    assert urls(archive.search("重大项目谋划")) == ["2"]
    assert archive.search("项目重大") == []


def test_no_match_across_title_and_body_or_punctuation(archive):
    # article 5: title 防汛 + body 工作...; article 6: 防，汛工作 -- neither contains 防汛工作
    assert "5" not in urls(archive.search("防汛工作"))
    assert "6" not in urls(archive.search("防汛工作"))
    assert urls(archive.search("汛工作")) == ["1", "6"]


def test_traditional_and_simplified_are_the_same(archive):
    assert urls(archive.search("运城")) == ["1"]
    assert urls(archive.search("運城")) == ["1"]
    assert urls(archive.search("会议")) == ["1"]
    assert urls(archive.search("临汾")) == urls(archive.search("臨汾")) == ["3"]


def test_mixed_chinese_latin_and_width(archive):
    assert urls(archive.search("5G基站")) == ["3"]
    assert urls(archive.search("5g")) == ["3"]
    assert urls(archive.search("covid")) == ["3", "7"]  # ＣＯＶＩＤ (full width) folds to covid
    assert urls(archive.search("COVID-19疫情")) == ["3"]  # '-' splits terms: covid AND 19疫情
    assert urls(archive.search("gdp增长")) == ["7"]
    assert urls(archive.search("new energy")) == ["7"]
    assert archive.search("ene") == []  # Latin words match whole, not as substrings


def test_several_words_are_anded(archive):
    assert urls(archive.search("防汛 黄河")) == ["1"]
    assert urls(archive.search("防汛 水位")) == []


def test_site_and_date_filters(archive):
    assert urls(archive.search("防汛", site="yuncheng")) == ["1", "5"]
    assert urls(archive.search("汛", since="2019-06-01", until="2019-06-01")) == ["1"]
    assert urls(archive.search("汛", since="2019-06-02")) == ["5"]
    assert urls(archive.search("汛", until="2018-12-31")) == ["6"]
    with pytest.raises(ArchiveError, match="unknown site"):
        archive.search("防汛", site="nowhere")
    with pytest.raises(ArchiveError, match="bad since date"):
        archive.search("防汛", since="2019/06/01")


def test_newest_first_order_and_limit(archive):
    hits = archive.search("汛", order="newest")
    assert [h["published"] for h in hits] == ["2021-08-30", "2019-06-01", "2018-01-02"]
    assert len(archive.search("汛", order="newest", limit=1)) == 1
    # an article without a published date sorts by the day it was first seen (2026-11-28)
    assert urls(archive.search("增长", order="newest")) == ["2", "7"]
    assert archive.search("增长", order="newest")[0]["url"].endswith("/7.html")


def test_rank_prefers_more_matches(tmp_path):
    a = Archive(tmp_path / "rank.db", create=True)
    for n in (1, 3, 2):  # same length, 1..3 mentions of 防汛
        body = "防汛" * n + "会议" * (5 - n)
        a.record_article(None, "s", None, {"url": f"u{n}", "title": "通知", "body": body}, "2026-01-01")
    hits = a.search("防汛", order="rank")
    assert [h["url"] for h in hits] == ["u3", "u2", "u1"]
    assert hits[0]["score"] > hits[1]["score"] > hits[2]["score"] > 0  # BM25: higher is better
    a.close()


def test_rank_title_and_rare_terms_weigh_more(tmp_path):
    a = Archive(tmp_path / "rank2.db", create=True)
    with a.transaction():
        a.record_article(None, "s", None, {"url": "body", "title": "通知", "body": "防汛会议召开"}, "2026-01-01")
        a.record_article(None, "s", None, {"url": "title", "title": "防汛", "body": "会议召开了"}, "2026-01-01")
        for i in range(20):  # 会议 is common, 黄河 is rare
            a.record_article(None, "s", None, {"url": f"f{i}", "title": "通知", "body": f"会议{i}"}, "2026-01-01")
        a.record_article(None, "s", None, {"url": "rare", "title": "通知", "body": "黄河 会议"}, "2026-01-01")
        a.record_article(None, "s", None, {"url": "common", "title": "通知", "body": "黄河 会议会议会议"},
                         "2026-01-01")
    assert [h["url"] for h in a.search("防汛")] == ["title", "body"]
    # one more 会议 (common) does not outweigh the document being shorter ... but both match 黄河 once
    ranked = [h["url"] for h in a.search("黄河 会议")]
    assert ranked[0] in ("rare", "common") and set(ranked) == {"rare", "common"}
    a.close()


def test_snippet_highlights_in_original_script(archive):
    hit = archive.search("运城")[0]
    assert hit["title"] == "運城市召開防汛工作會議"
    assert "<mark>運城</mark>" in hit["snippet"]  # match only in the title: title snippet
    hit = archive.search("黄河")[0]
    assert "<mark>黃河</mark>" in hit["snippet"]
    assert textmod.snippet("今年運城市防汛工作順利", "防汛工作", context=2) == "…城市<mark>防汛工作</mark>順利"


def test_empty_query_is_an_error(archive):
    with pytest.raises(ArchiveError, match="nothing to search"):
        archive.search("，。 ")


def test_search_never_writes(archive):
    before = archive.conn.total_changes
    archive.search("防汛", site="yuncheng", since="2019-01-01")
    assert archive.conn.total_changes == before


def test_rank_window_limits_scoring_to_newest_matches(tmp_path, monkeypatch):
    from archive import tuning

    a = Archive(tmp_path / "w.db", create=True)
    with a.transaction():
        for i in range(30):
            body = "防汛" * (30 - i)  # older articles mention 防汛 more often
            a.record_article(None, "s", None, {"url": f"u{i}", "title": f"第{i}号", "body": body,
                                                "published": f"2020-01-{i + 1:02d}"}, "2026-01-01")
    monkeypatch.setattr(tuning, "RANK_WINDOW", 5)
    hits = a.search("防汛", order="rank", limit=30)
    assert sorted(h["published"] for h in hits) == [f"2020-01-{d}" for d in range(26, 31)]
    monkeypatch.setattr(tuning, "RANK_WINDOW", 1000)
    assert len(a.search("防汛", order="rank", limit=30)) == 30
    a.close()


def test_recall_equals_a_like_scan(tmp_path):
    """On a random corpus the index finds exactly what LIKE over the folded text finds."""
    rng = random.Random(5)
    chars = "防汛工作会议水利项目重大运城市，。、 5g"
    a = Archive(tmp_path / "r.db", create=True)
    with a.transaction():
        for i in range(300):
            title = "".join(rng.choice(chars) for _ in range(rng.randint(2, 8)))
            body = "".join(rng.choice(chars) for _ in range(rng.randint(5, 60)))
            a.record_article(None, "s", None, {"url": f"u{i}", "title": title, "body": body}, "2026-01-01")
    conn = a.conn
    for q in ["水", "防汛", "汛工", "防汛工作", "会议水", "利项目重", "目重大运城"]:
        fts = {h["id"] for h in a.search(q, limit=10_000, order="newest")}
        like = {r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE replace(title_simplified, ' ', '') LIKE ? "
            "OR replace(body_simplified, ' ', '') LIKE ?", (f"%{q}%", f"%{q}%"))}
        assert fts == like, q
    a.close()


def test_one_full_text_index(archive):
    """Only the Chinese index is written: no Datasette trigram table, no triggers (issue 14)."""
    names = {r[0] for r in archive.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    assert "articles_search" in names
    assert not {"articles_fts", "articles_ai", "articles_ad", "articles_au"} & names
    # Datasette's table search reaches the same index through the plugin's escape_fts (tests/test_serve.py)
    from archive.web import _escape_fts

    rows = archive.conn.execute(
        "SELECT url FROM articles WHERE search_rowid IN "
        "(SELECT rowid FROM articles_search WHERE articles_search MATCH ?)", (_escape_fts("防汛"),)).fetchall()
    assert sorted(r[0] for r in rows) == sorted(h["url"] for h in archive.search("防汛", limit=100))


def test_fold_keeps_length():
    for sample in ["運城市ＡＢＣ①", "İstanbul 乾隆", "後來发展", ""]:
        assert len(textmod.fold(sample)) == len(sample)
    assert textmod.fold("運城ＡＢＣ") == "运城abc"


def test_unicode61_sees_one_token_per_unit():
    """Every unit of the segmenter is exactly one FTS5 unicode61 token (else phrases would misalign)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 0')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    sample = textmod.fold("運城市 5G基站、COVID-19疫情；ｶﾀｶﾅ・ひらがな 〇×÷ café 3×4 乾隆")
    uni, bi = textmod.index_columns("", sample)
    conn.execute("INSERT INTO t (rowid, x) VALUES (1, ?)", (uni,))
    conn.execute("INSERT INTO t (rowid, x) VALUES (2, ?)", (bi,))
    for rowid, column in ((1, uni), (2, bi)):
        tokens = [r[0] for r in conn.execute("SELECT term FROM v WHERE doc = ? ORDER BY offset", (rowid,))]
        assert tokens == column.split(" "), column


def test_a_corrected_date_moves_the_article_in_date_filters(tmp_path):
    a = Archive(tmp_path / "d.db", create=True)
    rec = {"url": "u", "title": "防汛通知", "body": "全市防汛。", "published": "2019-06-01"}
    a.record_article(None, "s", None, rec, "2026-01-01")
    assert a.record_article(None, "s", None, {**rec, "published": "2020-07-02"}, "2026-01-02") == "changed"
    assert a.search("防汛", until="2019-12-31") == []
    assert [h["published"] for h in a.search("防汛", since="2020-07-02", until="2020-07-02")] == ["2020-07-02"]
    # exactly one index entry remains (the old one was deleted, not left behind)
    assert a.conn.execute(
        "SELECT count(*) FROM articles_search WHERE articles_search MATCH 'uni:\"汛\"'").fetchone()[0] == 1
    a.close()


OLD_TRIGRAM_SCHEMA = """
CREATE VIRTUAL TABLE [articles_fts] USING FTS5 ([title_simplified], [body_simplified], tokenize='trigram',
    content=[articles]);
CREATE TRIGGER [articles_ai] AFTER INSERT ON [articles] BEGIN
  INSERT INTO [articles_fts] (rowid, [title_simplified], [body_simplified])
  VALUES (new.rowid, new.[title_simplified], new.[body_simplified]);
END;
CREATE TRIGGER [articles_ad] AFTER DELETE ON [articles] BEGIN
  INSERT INTO [articles_fts] ([articles_fts], rowid, [title_simplified], [body_simplified])
  VALUES ('delete', old.rowid, old.[title_simplified], old.[body_simplified]);
END;
CREATE TRIGGER [articles_au] AFTER UPDATE OF [title_simplified], [body_simplified] ON [articles] BEGIN
  INSERT INTO [articles_fts] ([articles_fts], rowid, [title_simplified], [body_simplified])
  VALUES ('delete', old.rowid, old.[title_simplified], old.[body_simplified]);
  INSERT INTO [articles_fts] (rowid, [title_simplified], [body_simplified])
  VALUES (new.rowid, new.[title_simplified], new.[body_simplified]);
END;
"""


def test_an_archive_with_the_old_trigram_table_is_migrated_to_one_index(tmp_path):
    path = tmp_path / "old.db"
    a = Archive(path, create=True, migrate_upto=5)
    a.conn.executescript(OLD_TRIGRAM_SCHEMA)  # what schema versions 4-5 used to build
    a.record_article(None, "yuncheng", None, {"url": "http://y/1", "title": "運城市防汛", "body": "水位上涨。"},
                     "2026-01-01")
    assert a.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH '运城市'").fetchall() == [(1,)]
    a.close()
    a = Archive(path)  # migration 6
    names = {r[0] for r in a.conn.execute("SELECT name FROM sqlite_master")}
    assert not {n for n in names if n.startswith("articles_fts")} and not {"articles_ai", "articles_au"} & names
    assert {"articles_published", "articles_source"} <= names
    a.record_article(None, "yuncheng", None, {"url": "http://y/2", "title": "防汛会议", "body": "水"}, "2026-01-02")
    assert sorted(h["url"] for h in a.search("防汛")) == ["http://y/1", "http://y/2"]
    assert [h["url"] for h in a.search("运城")] == ["http://y/1"]
    a.close()
