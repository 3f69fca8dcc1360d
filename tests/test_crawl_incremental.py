"""Incremental re-crawls over loopback against a mutable copy of the demo portal.

One module fixture runs four real crawls (``govarchive crawl``) into one archive, on one port
(so URLs stay the same), and keeps what the server saw each time:

1. the first crawl;
2. a re-crawl of the unchanged portal: list pages asked "changed since?" (304), archived
   articles skipped, paging stopped;
3. after one article was added and another changed: only the new one is fetched (the changed
   one is not due for a revisit yet);
4. with ``--revisit-days 0``: every archived article is revisited with a conditional request;
   the changed one comes back 200 and becomes version 2, the others 304 and are not rewritten.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.portal_faults import FAST, RecordingServer, copy_demo_site, free_port, govarchive, write_config

NEW_ARTICLE = "/xwzx/zwyw/202311/t20231125_1045999.html"
CHANGED_ARTICLE = "/xwzx/zwyw/202311/t20231115_1045102.html"
TEMPLATE_ARTICLE = "/xwzx/zwyw/202311/t20231122_1045678.html"
LATER_LIST_PAGES = [
    "/xwzx/zwyw/index_1.html",
    "/xwzx/zwyw/index_2.html",
    "/xwzx/bmdt/page_2.html",
    "/xwzx/yhxz/list_2.htm",
    "/zwgk/tzgg/index_1.html",
]


def _snapshot(server: RecordingServer, result) -> dict:
    snap = {
        "rc": result.returncode,
        "stderr": result.stderr,
        "requests": dict(server.requests),
        "statuses": dict(server.statuses),
        "total": server.total(),
        "ok": server.total(200),
        "not_modified": server.total(304),
    }
    server.reset_counts()
    return snap


def _add_article(root) -> None:
    """Publish a new article in 政务要闻 (its page and a link on the column's first list page)."""
    html = (root / TEMPLATE_ARTICLE.lstrip("/")).read_text(encoding="utf-8")
    html = html.replace("第四十二次常务会议", "第四十三次常务会议").replace(
        "传达学习省政府有关会议精神", "专题研究今冬明春农村饮水安全保障和农贸市场升级改造"
    )
    (root / NEW_ARTICLE.lstrip("/")).write_text(html, encoding="utf-8")
    listing = root / "xwzx/zwyw/index.html"
    page = listing.read_text(encoding="utf-8")
    anchor = '<li><a href="./202311/t20231122_1045678.html"'
    assert anchor in page
    link = (
        '<li><a href="./202311/t20231125_1045999.html" target="_blank" title="市政府召开第四十三次常务会议">'
        '市政府召开第四十三次常务会议</a><span class="date">2023-11-25</span></li>'
    )
    listing.write_text(page.replace(anchor, link + anchor, 1), encoding="utf-8")


def _change_article(root) -> None:
    path = root / CHANGED_ARTICLE.lstrip("/")
    html = path.read_text(encoding="utf-8")
    old = "剩余住户的入户安装和通气调试将于11月底前全部完成"
    assert old in html
    path.write_text(
        html.replace(old, "剩余住户的入户安装和通气调试推迟至12月10日前全部完成"), encoding="utf-8"
    )


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("incremental")
    root = copy_demo_site(tmp / "site")
    db = tmp / "archive.db"
    server = RecordingServer(root, free_port()).start()
    try:
        config = write_config(tmp / "demo.toml", server.base_url, sitemaps=[server.base_url + "/sitemap.xml"])
        args = ["crawl", str(config), "--db", str(db), *FAST]
        snaps = {"first": _snapshot(server, govarchive(*args))}
        snaps["unchanged"] = _snapshot(server, govarchive(*args))
        _add_article(root)
        _change_article(root)
        snaps["added"] = _snapshot(server, govarchive(*args))
        snaps["revisit_all"] = _snapshot(server, govarchive(*args, "--revisit-days", "0"))
    finally:
        server.stop()
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {"snaps": snaps, "conn": conn, "base": server.base_url}
    conn.close()


def _article_paths(snap: dict, conn) -> set[str]:
    known = {r[0].split("/", 3)[3] for r in conn.execute("SELECT url FROM article_urls")}
    return {p for p in snap["requests"] if p.lstrip("/") in known}


def test_every_crawl_succeeded(crawls):
    for name, snap in crawls["snaps"].items():
        assert snap["rc"] == 0, f"{name}: {snap['stderr'][-2000:]}"
    assert crawls["snaps"]["first"]["total"] >= 90  # the whole portal: 73 articles and their lists


def test_unchanged_recrawl_fetches_at_most_a_tenth(crawls):
    first, second = crawls["snaps"]["first"], crawls["snaps"]["unchanged"]
    # full downloads (200 with a body): robots.txt at most, everything else answered 304
    assert second["ok"] <= 0.10 * first["total"], second["statuses"]
    # and even counting the 304 answers, a small fraction of the first crawl's requests (13 of 105 today)
    assert second["total"] <= 0.20 * first["total"], sorted(second["requests"])
    assert second["not_modified"] >= 5  # list pages were asked "changed since?"


def test_unchanged_recrawl_skips_archived_articles_and_stops_paging(crawls, tmp_path):
    second = crawls["snaps"]["unchanged"]
    assert not _article_paths(second, crawls["conn"]), "an archived article was fetched again"
    assert not set(LATER_LIST_PAGES) & set(second["requests"]), "paging went on past a list of known articles"
    assert "/xwzx/zwyw/" in second["requests"]  # the column's first page is always asked


def test_unchanged_recrawl_rewrites_nothing(crawls):
    conn = crawls["conn"]
    crawl_ids = [r[0] for r in conn.execute("SELECT id FROM crawls ORDER BY id")]
    assert len(crawl_ids) == 4
    second = crawl_ids[1]
    assert (
        conn.execute(
            "SELECT count(*) FROM pages WHERE crawl_id = ? AND page_type = 'article'", (second,)
        ).fetchone()[0]
        == 0
    )
    assert conn.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 1  # only the later change
    counts = json.loads(conn.execute("SELECT counts FROM crawls WHERE id = ?", (second,)).fetchone()[0])
    assert counts.get("skipped_known", 0) >= 10
    assert counts.get("outcome_new", 0) == 0


def test_added_article_is_the_only_article_fetched(crawls):
    added = crawls["snaps"]["added"]
    assert _article_paths(added, crawls["conn"]) == {NEW_ARTICLE}
    row = (
        crawls["conn"]
        .execute("SELECT title, version FROM articles WHERE url LIKE ?", ("%" + NEW_ARTICLE,))
        .fetchone()
    )
    assert row is not None and "第四十三次常务会议" in row["title"] and row["version"] == 1
    # its list page changed (200), so paging went on there -- and only there
    assert added["statuses"].get(("/xwzx/zwyw/", 200)) == 1
    assert not {"/xwzx/bmdt/page_2.html", "/xwzx/yhxz/list_2.htm"} & set(added["requests"])


def test_revisit_uses_conditional_requests_and_versions_the_changed_article(crawls):
    snap, conn = crawls["snaps"]["revisit_all"], crawls["conn"]
    articles = _article_paths(snap, conn)
    assert len(articles) >= 70  # every archived article was due
    fetched_full = {p for p in articles if snap["statuses"].get((p, 200))}
    assert fetched_full == {CHANGED_ARTICLE}, sorted(fetched_full)[:5]
    assert all(snap["statuses"].get((p, 304)) for p in articles - {CHANGED_ARTICLE})
    row = conn.execute(
        "SELECT id, version, body FROM articles WHERE url LIKE ?", ("%" + CHANGED_ARTICLE,)
    ).fetchone()
    assert row["version"] == 2 and "12月10日前" in row["body"]
    old = conn.execute("SELECT body FROM article_versions WHERE article_id = ?", (row["id"],)).fetchone()
    assert "11月底前" in old["body"]
    last = conn.execute("SELECT max(id) FROM crawls").fetchone()[0]
    # 304 answers are recorded as revisits, not as new page captures
    assert (
        conn.execute(
            "SELECT count(*) FROM pages WHERE crawl_id = ? AND page_type = 'article'", (last,)
        ).fetchone()[0]
        == 1
    )
    assert (
        conn.execute(
            "SELECT count(*) FROM revisits WHERE crawl_id = ? AND status = 304 AND page_type = 'article'",
            (last,),
        ).fetchone()[0]
        >= 70
    )


# --- the pure decisions behind it -------------------------------------------------------------


def test_revisit_plan_skips_until_due_then_asks_conditionally():
    from datetime import datetime, timezone

    from crawler.revisit import RevisitPlan

    now = datetime(2026, 3, 1, tzinfo=timezone.utc)
    known = {
        "http://a/recent.html": {"last_seen": "2026-02-20T00:00:00Z", "etag": '"r"', "last_modified": None},
        "http://a/old.html": {
            "last_seen": "2026-01-01T00:00:00Z",
            "etag": '"o"',
            "last_modified": "Thu, 01 Jan 2026 00:00:00 GMT",
        },
        "http://a/revisited.html": {"last_seen": "2026-01-01T00:00:00Z", "etag": None, "last_modified": None},
    }
    plan = RevisitPlan(known, 30, revisits={"http://a/revisited.html": "2026-02-25T00:00:00Z"}, now=now)
    assert plan.decide("http://a/new.html") == ("new", {})
    assert plan.decide("http://a/recent.html") == ("skip", {})
    assert plan.decide("http://a/revisited.html") == ("skip", {})  # a 304 counts as seen
    assert plan.decide("http://a/old.html") == (
        "revisit",
        {"If-None-Match": '"o"', "If-Modified-Since": "Thu, 01 Jan 2026 00:00:00 GMT"},
    )
    assert RevisitPlan(known, 0, now=now).decide("http://a/recent.html")[0] == "revisit"


@pytest.mark.parametrize(
    "src, dst, expected",
    [
        ("http://a/xw/zwyw/", "http://a/xw/zwyw/index_1.html", True),
        ("http://a/xw/zwyw/index_1.html", "http://a/xw/zwyw/index_2.html", True),
        ("http://a/xw/bmdt/page_2.html", "http://a/xw/bmdt/page_3.html", True),
        ("http://a/list.asp?page=1", "http://a/list.asp?page=2", True),
        ("http://a/xw/zwyw/", "http://a/xw/bmdt/", False),
        ("http://a/", "http://a/xw/", False),
        ("http://a/xw/zwyw/", "http://a/xw/zwyw/", False),
        ("http://a/xw/", "http://b/xw/index_1.html", False),
    ],
)
def test_pagination_is_same_list_only(src, dst, expected):
    from crawler.revisit import is_pagination

    assert is_pagination(src, dst) is expected


def test_list_aliases_pick_one_url_per_identical_page():
    from crawler.spiders.portal import list_aliases

    memory = {
        "http://a/zwgk/": {"etag": '"1"', "links": ["http://a/x.html"]},
        "http://a/zwgk/index.html": {"etag": '"1"', "links": ["http://a/x.html"]},
        "http://a/xwzx/": {"etag": '"2"', "links": []},
        "http://a/xwzx/index.html": {"etag": '"3"', "links": []},  # different bytes: not an alias
        "http://a/nav.html": {"etag": None, "links": []},
    }
    assert list_aliases(memory) == {"http://a/zwgk/index.html": "http://a/zwgk/"}


def test_crawl_state_remembers_lists_and_revisits(tmp_path):
    from archive.crawlstate import CrawlState

    state = CrawlState(tmp_path / "a.db")
    state.remember_list(
        "s", "http://a/", '"e"', "Mon, 01 Jan 2024 00:00:00 GMT", ["http://a/1.html"], "2026-01-01T00:00:00Z"
    )
    state.touch_list("s", "http://a/", "2026-02-01T00:00:00Z")
    state.record_revisit(1, "s", "http://a/1.html", "2026-02-01T00:00:00Z")
    state.record_revisit(2, "s", "http://a/1.html", "2026-03-01T00:00:00Z")
    assert state.list_pages("s")["http://a/"] == {
        "etag": '"e"',
        "last_modified": "Mon, 01 Jan 2024 00:00:00 GMT",
        "links": ["http://a/1.html"],
        "fetched_at": "2026-02-01T00:00:00Z",
    }
    assert state.last_revisits("s") == {"http://a/1.html": "2026-03-01T00:00:00Z"}
    assert state.list_pages("other") == {}
    assert not state.previous_run_unfinished("s")
    run = state.start_run("s", 1)
    assert state.previous_run_unfinished("s")
    state.finish_run(run, "finished")
    assert not state.previous_run_unfinished("s")
    state.close()
