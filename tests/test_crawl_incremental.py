"""Incremental re-crawls over loopback against a mutable copy of the demo portal.

One module fixture runs six real crawls (``govarchive crawl``) into one archive, on one port
(so URLs stay the same), and keeps what the server saw each time:

1. the first crawl;
2. a re-crawl of the unchanged portal: column list pages asked "changed since?" (304), archived
   articles skipped, paging stopped, the section hubs (/xwzx/, /zwgk/) and the sitemap not asked
   (they list nothing the columns do not, and are not due);
3. the same, once the hub /xwzx/ and the sitemap are due (their last fetch made 30 days old):
   those two are asked, the other hub is not;
4. after one article was added and another changed: only the new one is fetched (the changed
   one is not due for a revisit yet);
5. with ``--revisit-days 0``: every archived article is revisited with a conditional request;
   the changed one comes back 200 and becomes version 2, the others 304 and are not rewritten;
6. with a column list page answering 404: the hubs and the sitemap are asked after all.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC

import pytest

from tests.portal_faults import (
    FAST,
    RecordingServer,
    copy_demo_site,
    free_port,
    govarchive,
    status_fault,
    write_config,
)

NEW_ARTICLE = "/xwzx/zwyw/202311/t20231125_1045999.html"
CHANGED_ARTICLE = "/xwzx/zwyw/202311/t20231115_1045102.html"
TEMPLATE_ARTICLE = "/xwzx/zwyw/202311/t20231122_1045678.html"
HUBS = ["/xwzx/", "/zwgk/"]
COLUMNS = [
    "/xwzx/zwyw/",
    "/xwzx/bmdt/",
    "/xwzx/yhxz/",
    "/xwzx/qyhz/",
    "/zwgk/tzgg/",
    "/zwgk/zcjd/",
    "/zwgk/cgjg/",
    "/zwgk/rsrm/",
]
FAILING_COLUMN = "/xwzx/qyhz/"
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
        _make_due(db, server.base_url, ["/xwzx/", "/sitemap.xml"])
        snaps["hub_due"] = _snapshot(server, govarchive(*args))
        _add_article(root)
        _change_article(root)
        snaps["added"] = _snapshot(server, govarchive(*args))
        snaps["revisit_all"] = _snapshot(server, govarchive(*args, "--revisit-days", "0"))
        server.faults[FAILING_COLUMN] = status_fault(404)
        snaps["list_fails"] = _snapshot(server, govarchive(*args))
    finally:
        server.stop()
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {"snaps": snaps, "conn": conn, "base": server.base_url}
    conn.close()


def _make_due(db, base_url: str, paths: list[str]) -> None:
    """Pretend the remembered pages were last fetched 30 days ago."""
    with sqlite3.connect(db) as conn:
        for path in paths:
            cur = conn.execute(
                "UPDATE list_pages SET fetched_at = datetime(fetched_at, '-30 days') WHERE url = ?",
                (base_url + path,),
            )
            assert cur.rowcount == 1, path
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
    # and counting the 304 answers too: robots.txt, the home page and the 8 columns (10 of 106 today)
    assert second["total"] <= 0.10 * first["total"], sorted(second["requests"])
    assert second["not_modified"] >= 5  # list pages were asked "changed since?"


def test_unchanged_recrawl_asks_every_column_but_no_hub_and_no_sitemap(crawls):
    second = crawls["snaps"]["unchanged"]
    assert all(second["statuses"].get((c, 304)) == 1 for c in COLUMNS), second["statuses"]
    assert second["statuses"].get(("/", 304)) == 1  # the start page is always asked
    not_asked = [*HUBS, "/sitemap.xml", "/lxwm/index.html", "/wzdt/index.html"]
    assert not set(not_asked) & set(second["requests"]), sorted(second["requests"])
    conn = crawls["conn"]
    crawl_id = conn.execute("SELECT id FROM crawls ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
    counts = json.loads(conn.execute("SELECT counts FROM crawls WHERE id = ?", (crawl_id,)).fetchone()[0])
    # the two hubs and three navigation pages (contact, site map, search) followed from memory
    assert counts["navigation_from_memory"] == 5 and counts["index_from_memory"] == 1, counts


def test_due_hub_and_sitemap_are_asked_again(crawls):
    snap = crawls["snaps"]["hub_due"]
    assert snap["statuses"].get(("/xwzx/", 304)) == 1, snap["statuses"]
    assert snap["statuses"].get(("/sitemap.xml", 304)) == 1, snap["statuses"]
    assert "/zwgk/" not in snap["requests"]  # not due
    assert all(snap["statuses"].get((c, 304)) == 1 for c in COLUMNS)
    assert not _article_paths(snap, crawls["conn"])
    # answered 304, they are fresh again: the next crawl (new article) did not ask them
    assert not {"/xwzx/", "/sitemap.xml"} & set(crawls["snaps"]["added"]["requests"])


def test_a_failing_list_page_makes_the_crawl_ask_hubs_and_sitemap_after_all(crawls):
    snap = crawls["snaps"]["list_fails"]
    assert snap["statuses"].get((FAILING_COLUMN, 404)), snap["statuses"]
    for path in [*HUBS, "/sitemap.xml"]:
        assert path in snap["requests"], (path, sorted(snap["requests"]))
    assert not _article_paths(snap, crawls["conn"])  # nothing new: still no article fetched


def test_unchanged_recrawl_skips_archived_articles_and_stops_paging(crawls, tmp_path):
    second = crawls["snaps"]["unchanged"]
    assert not _article_paths(second, crawls["conn"]), "an archived article was fetched again"
    assert not set(LATER_LIST_PAGES) & set(second["requests"]), "paging went on past a list of known articles"
    assert "/xwzx/zwyw/" in second["requests"]  # the column's first page is always asked


def test_unchanged_recrawl_rewrites_nothing(crawls):
    conn = crawls["conn"]
    crawl_ids = [r[0] for r in conn.execute("SELECT id FROM crawls ORDER BY id")]
    assert len(crawl_ids) == 6
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
    # its list page changed (200), so paging went on there -- and only there; the hub that
    # leads to the column was not asked (its remembered links were followed)
    assert added["statuses"].get(("/xwzx/zwyw/", 200)) == 1
    assert "/xwzx/" not in added["requests"]
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
    last = conn.execute("SELECT id FROM crawls ORDER BY id DESC LIMIT 1 OFFSET 1").fetchone()[0]
    # 304 answers are recorded as revisits of the last capture (no second body, nothing
    # rewritten); only the changed article is a new capture with a body
    captures = conn.execute(
        "SELECT status, count(*) n, sum(body IS NOT NULL) bodies, sum(revisit_of IS NOT NULL) revisits "
        "FROM pages WHERE crawl_id = ? AND page_type = 'article' GROUP BY status",
        (last,),
    ).fetchall()
    by_status = {r["status"]: r for r in captures}
    assert by_status[200]["n"] == 1 and by_status[200]["bodies"] == 1
    assert by_status[304]["n"] >= 70
    assert by_status[304]["bodies"] == 0 and by_status[304]["revisits"] == by_status[304]["n"]
    # and every unchanged article's last-seen moved to this crawl
    started = conn.execute("SELECT started_at FROM crawls WHERE id = ?", (last,)).fetchone()[0]
    stale = conn.execute("SELECT count(*) FROM articles WHERE last_seen < ?", (started,)).fetchone()[0]
    assert stale == 0
    assert (
        conn.execute(
            "SELECT count(*) FROM revisits WHERE crawl_id = ? AND status = 304 AND page_type = 'article'",
            (last,),
        ).fetchone()[0]
        >= 70
    )


# --- the pure decisions behind it -------------------------------------------------------------


def test_revisit_plan_skips_until_due_then_asks_conditionally():
    from datetime import datetime

    from crawler.revisit import RevisitPlan

    now = datetime(2026, 3, 1, tzinfo=UTC)
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
        "s",
        "http://a/",
        '"e"',
        "Mon, 01 Jan 2024 00:00:00 GMT",
        ["http://a/1.html"],
        "2026-01-01T00:00:00Z",
        "list",
    )
    state.touch_list("s", "http://a/", "2026-02-01T00:00:00Z")
    state.record_revisit(1, "s", "http://a/1.html", "2026-02-01T00:00:00Z")
    state.record_revisit(2, "s", "http://a/1.html", "2026-03-01T00:00:00Z")
    assert state.list_pages("s")["http://a/"] == {
        "etag": '"e"',
        "last_modified": "Mon, 01 Jan 2024 00:00:00 GMT",
        "links": ["http://a/1.html"],
        "fetched_at": "2026-02-01T00:00:00Z",
        "page_type": "list",
    }
    assert state.last_revisits("s") == {"http://a/1.html": "2026-03-01T00:00:00Z"}
    assert state.list_pages("other") == {}
    assert not state.previous_run_unfinished("s")
    run = state.start_run("s", 1)
    assert state.previous_run_unfinished("s")
    state.finish_run(run, "finished")
    assert not state.previous_run_unfinished("s")
    state.close()


def _article_or_list(url: str) -> str:
    return "article" if url.endswith(".html") else "list"


def test_hubs_are_pages_whose_articles_narrower_lists_link():
    from crawler.revisit import hub_pages

    a = "http://a"
    memory = {
        # the home page: teasers of every column (a start page: never a hub)
        f"{a}/": {"links": [f"{a}/news/", f"{a}/news/1.html", f"{a}/gov/9.html"]},
        # a section landing page: the top headlines of its two columns
        f"{a}/news/": {
            "links": [f"{a}/news/local/", f"{a}/news/1.html", f"{a}/news/2.html", f"{a}/news/5.html"]
        },
        f"{a}/news/local/": {"links": [f"{a}/news/1.html", f"{a}/news/2.html"]},
        # a small column: its only article is on the home page and the section page too
        f"{a}/news/brief/": {"links": [f"{a}/news/5.html"]},
        f"{a}/gov/": {"links": [f"{a}/gov/9.html", f"{a}/gov/8.html"]},
        # a page with one headline no narrower page links (a column of its own)
        f"{a}/special/": {"links": [f"{a}/news/1.html", f"{a}/special/7.html"]},
        f"{a}/contact/": {"links": [f"{a}/"]},
        f"{a}/sitemap.xml": {"page_type": "sitemap", "links": [f"{a}/news/1.html"]},
        f"{a}/news/index.html": {"links": [f"{a}/news/1.html"]},  # an alias: ignored
    }
    hubs = hub_pages(memory, {f"{a}/"}, _article_or_list, {f"{a}/news/index.html": f"{a}/news/"})
    assert hubs == {f"{a}/news/", f"{a}/contact/"}
    # a section page and a small column with the very same headlines: the section page (more
    # links) is the hub, the column stays a list page
    memory[f"{a}/news/brief/"]["links"] = list(memory[f"{a}/news/"]["links"][1:])
    memory[f"{a}/news/local/"]["links"] = []
    hubs = hub_pages(memory, {f"{a}/"}, _article_or_list)
    assert f"{a}/news/" in hubs and f"{a}/news/brief/" not in hubs
    # the home page is asked anyway but covers nothing: a small column whose only article the
    # home page shows too is still asked on every crawl
    memory[f"{a}/"]["links"].append(f"{a}/tiny/1.html")
    memory[f"{a}/tiny/"] = {"links": [f"{a}/tiny/1.html"]}
    assert f"{a}/tiny/" not in hub_pages(memory, {f"{a}/"}, _article_or_list)
    # start pages are always asked, whatever they link
    assert f"{a}/contact/" not in hub_pages(memory, {f"{a}/", f"{a}/contact/"}, _article_or_list)


def test_a_sitemap_is_redundant_only_when_list_pages_link_all_its_articles():
    from crawler.revisit import redundant_indexes

    a = "http://a"
    memory = {
        f"{a}/news/": {"links": [f"{a}/news/1.html", f"{a}/news/2.html"]},
        f"{a}/hub/": {"links": [f"{a}/news/1.html", f"{a}/news/3.html"]},
        f"{a}/sitemap.xml": {"page_type": "sitemap", "links": [f"{a}/news/", f"{a}/news/1.html"]},
        # an article only a hub links: the hub is not asked every time, so the sitemap is
        f"{a}/sitemap_hub.xml": {"page_type": "sitemap", "links": [f"{a}/news/3.html"]},
        # a page never fetched: the sitemap is the way to it
        f"{a}/sitemap_new.xml": {"page_type": "sitemap", "links": [f"{a}/unknown/"]},
        f"{a}/rss.xml": {"page_type": "feed", "links": [f"{a}/news/2.html"]},
    }
    redundant = redundant_indexes(memory, {f"{a}/hub/"}, _article_or_list)
    assert redundant == {f"{a}/sitemap.xml", f"{a}/rss.xml"}
    # no list page remembered (a site found only through its sitemap): always read
    only = {f"{a}/sitemap.xml": {"page_type": "sitemap", "links": [f"{a}/news/1.html"]}}
    assert redundant_indexes(only, set(), _article_or_list) == set()


def test_due_is_measured_from_the_last_fetch_or_304():
    from datetime import datetime

    from crawler.revisit import is_due

    now = datetime(2026, 3, 1, tzinfo=UTC)
    assert not is_due("2026-02-25T00:00:00Z", 7, now)
    assert is_due("2026-02-22T00:00:00Z", 7, now)
    assert is_due("2026-02-28T23:59:59Z", 0, now)
    assert is_due(None, 7, now)


def test_spider_state_marks_hubs_and_sitemaps_remembered_by_older_versions():
    from crawler.siteconfig import SiteConfig
    from crawler.spiders.portal import PortalSpider

    a = "http://a.gov.cn"
    spider = PortalSpider(site=SiteConfig("s", [f"{a}/"], ["a.gov.cn"]))
    col = f"{a}/xw/zwyw/"
    articles = [f"{a}/xw/zwyw/202311/t20231122_10456{i}.html" for i in range(3)]
    memory = {
        f"{a}/": {"links": [f"{a}/xw/", *articles[:1]], "fetched_at": "2026-01-01T00:00:00Z"},
        f"{a}/xw/": {"links": [col, *articles[:2]], "fetched_at": "2026-01-01T00:00:00Z"},
        col: {"links": articles, "fetched_at": "2026-01-01T00:00:00Z"},
        # no page_type: remembered before page types were (recognised by its name)
        f"{a}/sitemap.xml": {
            "links": [col, *articles],
            "fetched_at": "2026-01-01T00:00:00Z",
            "page_type": None,
        },
    }
    spider.use_state({}, {}, memory, resuming=False)
    assert spider.hubs == {f"{a}/xw/"}
    assert spider.redundant == {f"{a}/sitemap.xml"}
