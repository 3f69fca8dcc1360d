"""What changed, one rule at a time: the store step on a real SQLite archive, fed pages the way
the crawler's pipelines feed it (real extraction), and the revisit plan's decisions.

The crawl over loopback that ties them together is tests/test_changes.py.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from archive.changes import judge_unlisted
from archive.crawlstate import CrawlState
from archive.db import Archive
from archive.migrations import latest_version
from archive.reextract import reextract
from archive.store import store_page
from crawler.revisit import RevisitPlan
from pipelines.extract import extract_article
from pipelines.removal import page_notice, redirect_kind, refresh_target, removal_notice

SITE = "qinghe"
BASE = "http://www.qinghe.gov.example"
URL = BASE + "/zwgk/tzgg/202311/t20231117_1045233.html"
OTHER = BASE + "/zwgk/tzgg/202311/t20231107_1044630.html"

CHROME_TOP = (
    '<div class="top"><a href="/">首页</a> <a href="/zwgk/">政府信息公开</a></div>'
    '<div class="side"><h3>热点信息</h3><ul><li><a href="/a/1.html">关于撤销部分行政许可事项的决定</a></li>'
    '<li><a href="/a/2.html">关于公布已删除重复证明事项清单的通知</a></li></ul></div>'
)
FOOTER = '<div class="footer"><p>版权所有：清河市人民政府办公室　技术支持：{support}</p></div>'
TEXT = [
    "因城区供水管网改造施工，11月20日8时至20时，和平路以南、建设大街以西区域将临时停水。",
    "请相关区域居民和单位提前做好储水准备，由此带来的不便敬请谅解。",
    "停水期间如有问题，请拨打供水服务热线0311-96110咨询。",
]


def article_html(title: str = "关于11月20日城区部分区域临时停水的通知", text: list[str] | None = None,
                 info: str = "", support: str = "某某科技有限公司", tail: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in (text or TEXT))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + "-清河市人民政府</title></head><body>"
        + CHROME_TOP + f'<div class="article"><h1>{title}</h1><div class="info"><span>2023-11-17 09:30</span>'
        f"<span>来源：清河市水务局</span>{info}</div><div id=\"zoom\">{paragraphs}{tail}</div></div>"
        + FOOTER.format(support=support) + "</body></html>"
    ).encode("utf-8")


def stub_html(notice: str = "对不起，该信息已删除！") -> bytes:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于11月20日城区部分区域临时停水的通知-清河市人民政府'
        "</title></head><body>" + CHROME_TOP
        + f'<div class="msg-box"><h3>提示信息</h3><p>{notice}</p><p><a href="/">返回首页</a></p></div>'
        + FOOTER.format(support="某某科技有限公司") + "</body></html>"
    ).encode("utf-8")


class Portal:
    """An archive and its crawl state, fed pages as the crawler's pipelines would."""

    def __init__(self, path):
        self.archive = Archive(path, create=True)
        self.state = CrawlState(self.archive)
        self.crawl_id: int | None = None
        self.clock = 0

    def crawl(self) -> int:
        if self.crawl_id is not None:
            self.archive.finish_crawl(self.crawl_id, {})
        self.clock += 1
        self.crawl_id = self.archive.start_crawl(SITE, {}, started_at=self.now())
        return self.crawl_id

    def now(self) -> str:
        return f"2026-03-{self.clock:02d}T08:00:{self.tick():02d}Z"

    def tick(self) -> int:
        self._tick = getattr(self, "_tick", 0) + 1
        return self._tick % 60

    def fetch(self, url: str, body: bytes = b"", status: int = 200, headers: dict | None = None,
              final_url: str | None = None, page_type: str = "article", links: list[str] | None = None,
              not_modified: bool = False) -> str:
        headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
        page = {"site": SITE, "url": url, "final_url": final_url or url, "status": status, "headers": headers,
                "body": body, "fetched_at": self.now(), "page_type": page_type, "links": links or [],
                "not_modified": not_modified}
        if status >= 400:
            page["error"] = f"HTTP {status}"
        elif 200 <= status < 300 and page_type == "article" and not not_modified:
            record = extract_article(body, final_url or url, headers).to_record()
            if record.get("error") or not (record.get("body") or "").strip():
                page["error"] = record.get("error") or "extraction found no article body"
            else:
                page["article"] = {**record, "url": url}
        return store_page(self.archive, self.crawl_id, page, self.state)

    def events(self, kind: str | None = None) -> list[dict]:
        return [e for e in self.archive.changes() if kind is None or e["kind"] == kind]

    def close(self) -> None:
        if self.crawl_id is not None:
            self.archive.finish_crawl(self.crawl_id, {})
        self.archive.close()


@pytest.fixture
def portal(tmp_path):
    p = Portal(tmp_path / "a.db")
    p.crawl()
    assert p.fetch(URL, article_html()) == "new"
    yield p
    p.close()


# -- edits ------------------------------------------------------------------------------


def test_an_edit_is_an_event_with_both_captures(portal):
    portal.crawl()
    text = [TEXT[0].replace("20时", "22时"), *TEXT[1:]]
    assert portal.fetch(URL, article_html(text=text)) == "changed"
    (e,) = portal.events("edited")
    assert (e["from_version"], e["to_version"]) == (1, 2)
    assert b"20\xe6\x97\xb6" in portal.archive.page_body(e["before_page_id"])  # 20时
    assert b"22\xe6\x97\xb6" in portal.archive.page_body(e["page_id"])


def test_footer_counter_and_last_updated_stamps_are_not_edits(portal):
    portal.crawl()
    rerendered = article_html(
        info='<span>浏览次数：1187</span><span>更新时间：2026-03-02 10:00</span>', support="清河市大数据服务中心",
        tail="<p>阅读次数：1187</p><p>最后更新：2026-03-02 10:00</p>",
    )
    assert portal.fetch(URL, rerendered) == "unchanged"
    assert portal.archive.article(URL)["published"].startswith("2023-11-17")  # not the update stamp
    assert not portal.events("edited")


def test_a_version_stored_under_an_older_rule_is_compared_under_todays(portal):
    """An article stored before counters were left out: its stored hash differs, its content does not."""
    portal.archive.conn.execute("UPDATE articles SET content_hash = 'from-an-older-rule'")
    portal.crawl()
    assert portal.fetch(URL, article_html(tail="<p>阅读次数：12</p>")) == "unchanged"
    assert portal.archive.article(URL)["content_hash"] != "from-an-older-rule"


def test_a_re_extraction_of_the_same_bytes_makes_a_version_but_no_edit(portal):
    calls = []

    class Better:
        def __init__(self, record):
            self.record = record

        def to_record(self):
            return self.record

    def extract(body, url, headers):
        record = extract_article(body, url, headers).to_record()
        calls.append(url)
        return Better({**record, "body": record["body"] + "\n（本文有删节）"})

    assert reextract(portal.archive, extract=extract)["changed"] == 1 and calls
    assert portal.archive.article(URL)["version"] == 2
    assert not portal.events("edited")  # the extractor changed, not the portal


# -- removals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "capture, reason",
    [
        (dict(body=b"<h1>404</h1>", status=404), "HTTP 404"),
        (dict(body=b"", status=410), "HTTP 410"),
        (dict(body=stub_html()), "notice: 该信息已删除"),
        (dict(body=stub_html("抱歉，您访问的页面不存在或已被删除。")), "notice: 页面不存在或已被删除"),
        (dict(body=b"", status=302, headers={"Location": "/"}), f"redirect to {BASE}/ (home page)"),
        (dict(body=b"", status=301, headers={"Location": "https://sso.qinghe.gov.example/login?x=1"}),
         "redirect to https://sso.qinghe.gov.example/login?x=1 (another site)"),
        (dict(body=b"", status=302, headers={"Location": "/error/404.html"}),
         f"redirect to {BASE}/error/404.html (error page)"),
        (dict(body=article_html(title="清河市人民政府"), final_url=BASE + "/index.html"),
         f"redirect to {BASE}/index.html (home page)"),
        (dict(body=b'<html><head><meta http-equiv="refresh" content="0;url=/zwgk/tzgg/"></head><body></body></html>'),
         f"redirect to {BASE}/zwgk/tzgg/ (list page, by the page)"),
    ],
)
def test_each_way_of_taking_an_article_down_is_suspected_then_confirmed(portal, capture, reason):
    portal.crawl()
    assert portal.fetch(URL, **capture) == "gone"
    assert portal.fetch(URL, **capture) == "gone"  # again in the same crawl: not a confirmation
    assert not portal.events("removed")
    portal.crawl()
    assert portal.fetch(URL, **capture) == "removed"
    (e,) = portal.events("removed")
    assert e["reason"] == reason
    first, confirm = portal.archive.page(e["page_id"]), portal.archive.page(e["confirm_page_id"])
    assert e["at"] == first["fetched_at"] < confirm["fetched_at"] and first["crawl_id"] != confirm["crawl_id"]
    art = portal.archive.article(URL)
    assert art["removed_at"] == e["at"] and art["body"].startswith(TEXT[0])  # the text stays
    assert art["last_seen"] < e["at"]  # a removal is not a sighting
    portal.crawl()
    assert portal.fetch(URL, **capture) == "still_gone"  # one event
    assert len(portal.events("removed")) == 1


def test_one_bad_night_is_not_a_removal(portal):
    portal.crawl()
    assert portal.fetch(URL, b"", status=404) == "gone"
    portal.crawl()
    assert portal.fetch(URL, article_html()) == "unchanged"
    portal.crawl()
    assert portal.fetch(URL, b"", status=404) == "gone"  # a new suspicion, not the old one confirmed
    assert not portal.events("removed")


def test_errors_are_no_evidence_either_way(portal):
    portal.crawl()
    assert portal.fetch(URL, b"", status=404) == "gone"
    portal.crawl()
    assert portal.fetch(URL, b"<h1>503</h1>", status=503) == "error"  # the server failed: no news
    portal.crawl()
    assert portal.fetch(URL, b"", status=404) == "removed"


def test_a_304_to_a_take_down_notice_confirms_it(portal):
    portal.crawl()
    assert portal.fetch(URL, stub_html(), headers={"ETag": '"stub"'}) == "gone"
    portal.crawl()
    assert portal.fetch(URL, status=304, not_modified=True) == "removed"
    assert portal.events("removed")[0]["reason"] == "notice: 该信息已删除"


def test_a_304_to_the_article_after_a_suspicion_clears_it(portal):
    portal.crawl()
    assert portal.fetch(URL, b"", status=404) == "gone"
    portal.crawl()
    assert portal.fetch(URL, article_html(), headers={"ETag": '"a"'}) == "unchanged"
    portal.crawl()
    assert portal.fetch(URL, status=304, not_modified=True) == "unchanged"
    assert portal.archive.known_articles(SITE)[URL]["state"] == "live"


def test_a_restoration_keeps_both_events_and_an_edit_on_return_is_an_edit(portal):
    for _ in range(2):
        portal.crawl()
        portal.fetch(URL, b"", status=404)
    portal.crawl()
    text = [*TEXT, "（11月19日更新：停水时间调整为9时至18时。）"]
    assert portal.fetch(URL, article_html(text=text)) == "changed"
    kinds = [e["kind"] for e in portal.events()]
    assert kinds == ["new", "removed", "restored", "edited"]
    restored = portal.events("restored")[0]
    assert portal.archive.page(restored["before_page_id"])["status"] == 404
    assert portal.archive.article(URL)["removed_at"] is None


def test_a_move_to_the_same_text_is_not_a_removal(portal):
    portal.crawl()
    moved = BASE + "/art/2023/11/17/art_1045233.html"
    assert portal.fetch(URL, article_html(), final_url=moved) == "unchanged"
    assert portal.archive.known_articles(SITE)[URL]["state"] == "live"


def test_an_article_still_served_under_another_url_is_not_removed(portal):
    portal.crawl()
    alias = URL.replace("/tzgg/", "/tzgg_old/")
    assert portal.fetch(alias, article_html()) == "unchanged"  # the same story: one article, two URLs
    portal.fetch(URL, b"", status=404)
    portal.crawl()
    portal.fetch(alias, article_html())
    assert portal.fetch(URL, b"", status=404) == "removed"  # this URL is gone ...
    assert not portal.events("removed") and portal.archive.article(URL)["removed_at"] is None  # ... not the text


def test_a_short_article_that_mentions_a_deletion_is_an_article(portal):
    portal.crawl()
    text = ["经核查，该信息已删除的说法不实。清河市水务局于11月17日发布的停水通知继续有效，请居民按通知做好储水准备。"]
    assert portal.fetch(URL, article_html(text=text)) == "changed"
    assert not portal.archive.conn.execute("SELECT gone_page_id FROM article_urls").fetchone()[0]


# -- lists --------------------------------------------------------------------------------

LIST = BASE + "/zwgk/tzgg/"
LIST_2 = BASE + "/zwgk/tzgg/index_1.html"
ARTS = [BASE + f"/zwgk/tzgg/202311/t2023111{i}_10452{i}0.html" for i in range(6)]


def _lists(p: Portal, first: list[str], second: list[str], read_second: bool = True) -> dict:
    p.fetch(LIST, f"<ul>{first}</ul>".encode(), page_type="list", links=first + [LIST_2])
    if read_second:
        p.fetch(LIST_2, f"<ul>{second}</ul>".encode(), page_type="list", links=second + [LIST])
    p.archive.finish_crawl(p.crawl_id, {})
    p.crawl_id = None
    return {e["url"]: e["kind"] for e in p.events() if e["kind"] in ("unlisted", "relisted")}


@pytest.fixture
def lists(tmp_path):
    p = Portal(tmp_path / "l.db")
    p.crawl()
    for i, url in enumerate(ARTS):
        body = article_html(title=f"关于第{i}批停水的通知", text=[f"第{i}批：" + t for t in TEXT])
        assert p.fetch(url, body) == "new"
    assert _lists(p, ARTS[:3], ARTS[3:]) == {}
    yield p
    p.archive.close()


def test_a_link_dropped_from_the_middle_of_a_list_is_unlisted(lists):
    lists.crawl()
    assert _lists(lists, [ARTS[0], ARTS[2], ARTS[3]], ARTS[4:]) == {ARTS[1]: "unlisted"}
    (e,) = lists.events("unlisted")
    assert lists.archive.page(e["page_id"])["url"] == LIST and ARTS[1] in e["reason"] or LIST in e["reason"]


def test_a_link_that_slid_onto_an_unread_page_is_not_unlisted(lists):
    lists.crawl()
    new = BASE + "/zwgk/tzgg/202311/t20231120_1045300.html"
    lists.fetch(new, article_html(title="新通知", text=["新：" + t for t in TEXT]))
    # a new article on top pushes the last one to the next page, which this crawl did not read
    assert _lists(lists, [new, *ARTS[:2]], [], read_second=False) == {}
    lists.crawl()  # the next page read: there it is
    assert _lists(lists, [new, *ARTS[:2]], ARTS[2:]) == {}


def test_a_link_dropped_from_the_end_counts_when_the_whole_list_was_read(lists):
    lists.crawl()
    assert _lists(lists, ARTS[:2], ARTS[3:]) == {ARTS[2]: "unlisted"}
    lists.crawl()
    assert _lists(lists, ARTS[:3], ARTS[3:]) == {ARTS[2]: "relisted"}


def test_a_stale_copy_of_a_list_under_another_url_does_not_keep_a_link_alive(lists):
    copy = LIST + "index.html"
    lists.crawl()
    lists.fetch(copy, f"<ul>{ARTS[:3]}</ul>".encode(), page_type="list", links=ARTS[:3] + [LIST_2])
    lists.archive.finish_crawl(lists.crawl_id, {})
    lists.crawl()  # the copy is not read again (the crawler asks one of two aliases)
    lists.state.remember_list(SITE, copy, None, None, ARTS[:3] + [LIST_2], "2026-01-01T00:00:00Z", "list")
    assert _lists(lists, [ARTS[0], ARTS[2]], ARTS[3:]) == {ARTS[1]: "unlisted"}


def test_unlisted_needs_a_finished_crawl(lists):
    lists.crawl()
    lists.fetch(LIST, b"<ul></ul>", page_type="list", links=[ARTS[0], ARTS[2], LIST_2])
    lists.fetch(LIST_2, b"<ul></ul>", page_type="list", links=ARTS[3:])
    lists.archive.finish_crawl(lists.crawl_id, {}, status="interrupted")
    lists.crawl_id = None
    assert not lists.events("unlisted")
    assert judge_unlisted(lists.archive.conn, 99, SITE, "2000-01-01", "2026-03-30T00:00:00Z") == \
        {"unlisted": 0, "relisted": 0}


# -- the revisit plan -------------------------------------------------------------------------

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)


def _known(published: str, last_seen: str, **extra) -> dict:
    return {"published": published, "last_seen": last_seen, "first_seen": last_seen, "etag": '"e"',
            "state": "live", **extra}


def test_recent_articles_are_revisited_often_old_ones_rarely_never_beyond_revisit_days():
    known = {
        "fresh": _known("2026-03-08", "2026-03-09T11:00:00Z"),   # 2 days old, seen 25 h ago: daily
        "month": _known("2026-02-20", "2026-03-08T11:00:00Z"),   # 18 days old, seen 2 days ago: every 3 days
        "old": _known("2024-05-01", "2026-02-20T00:00:00Z"),     # seen 18 days ago: every 30 days
        "older": _known("2020-05-01", "2026-02-01T00:00:00Z"),   # seen 37 days ago
    }
    plan = RevisitPlan(known, 30, now=NOW)
    assert {u: plan.due(u) for u in known} == {"fresh": "schedule", "month": None, "old": None, "older": "schedule"}
    assert RevisitPlan(known, 1.5, now=NOW).due("month") == "schedule"  # revisit_days bounds every interval
    assert RevisitPlan(known, 30, now=NOW, schedule=[]).due("fresh") is None


def test_the_portal_saying_it_changed_makes_an_article_due_at_once():
    known = {"a": _known("2024-05-01", "2026-03-09T11:00:00Z"), "b": _known("2024-05-01", "2026-03-09T11:00:00Z")}
    plan = RevisitPlan(known, 30, now=NOW)
    assert plan.decide("a")[0] == "skip"
    assert not plan.note("a", "2024-05-01") and plan.decide("a")[0] == "skip"  # the same date: nothing new
    assert plan.note("a", "2026-03-10")  # the list now shows a later date
    assert plan.decide("a") == ("revisit", {"If-None-Match": '"e"'})
    assert not plan.note("b", "2026-03-09T10:00:00Z", "lastmod")  # changed before we last saw it
    assert plan.note("b", "2026-03-10T09:00:00Z", "lastmod") and plan.due("b") == "lastmod date 2026-03-10"


def test_a_list_date_counts_only_when_it_moved_on_and_a_stamped_sitemap_not_at_all():
    known = {
        # the list printed 2026-03-01 last time; the page says 2024-05-01 (lists print other dates)
        "a": _known("2024-05-01", "2026-03-02T11:00:00Z", list_date="2026-03-01"),
        "b": _known("2024-05-01", "2026-03-02T11:00:00Z", list_date="2026-03-01"),
        "c": _known("2024-05-01", "2026-03-02T11:00:00Z"),  # no list date kept yet: after the day seen
        "d": _known("2024-05-01", "2026-03-02T11:00:00Z", list_date="2026-03-01"),
    }
    plan = RevisitPlan(known, 30, now=NOW)
    assert not plan.note("a", "2026-03-01")  # what the list said last time, however unlike the page's date
    assert not plan.note("b", "2026-04-30")  # a deadline / event date in the future is no change
    assert not plan.note("c", "2026-03-02") and plan.note("c", "2026-03-05")
    assert plan.note("d", "2026-03-02") and plan.due("d") == "list date 2026-03-02"  # re-dated since last read
    assert {u for u in known if plan.due(u)} == {"c", "d"}
    # 04:00 in Beijing is 20:00 UTC the day before: the list's today is not in the future
    late = RevisitPlan({"a": known["a"]}, 30, now=datetime(2026, 3, 10, 20, tzinfo=UTC))
    assert late.note("a", "2026-03-11") and not late.note("a", "2026-03-12")

    many = {f"u{i}": _known("2024-05-01", "2026-03-01T00:00:00Z") for i in range(40)}
    plan = RevisitPlan(many, 30, now=NOW)
    stamp = {u: "2026-03-10T03:00:00+08:00" for u in many}
    assert plan.note_many(stamp, "lastmod") == 0 and not any(plan.due(u) for u in many)  # the generation time
    stamp["u7"] = "2026-03-09T03:00:00+08:00"  # 39 of 40 alike: still a stamp
    assert plan.note_many(stamp, "lastmod") == 0
    honest = {u: "2026-02-01" for u in many} | {"u3": "2026-03-09", "u4": "2026-03-08"}  # dated per article
    assert plan.note_many(honest, "lastmod") == 2 and {u for u in many if plan.due(u)} == {"u3", "u4"}


def test_suspects_removed_and_unlisted_articles_are_asked_directly_within_the_budget():
    known = {
        "gone?": _known("2020-01-01", "2026-03-09T00:00:00Z", state="suspect"),
        "removed-lately": _known("2020-01-01", "2026-01-01T00:00:00Z", state="removed",
                                 fetched_at="2026-03-09T00:00:00Z"),
        "removed-long-ago": _known("2020-01-01", "2025-01-01T00:00:00Z", state="removed",
                                   fetched_at="2026-01-09T00:00:00Z"),
        "unlisted": _known("2020-01-01", "2026-03-01T00:00:00Z", unlisted_at="2026-03-05T00:00:00Z",
                           fetched_at="2026-03-01T00:00:00Z"),
        **{f"due{i}": _known("2020-01-01", f"2026-01-{10 + i:02d}T00:00:00Z") for i in range(5)},
    }
    plan = RevisitPlan(known, 30, now=NOW, budget=2)
    assert plan.watch() == [("gone?", "suspect"), ("unlisted", "unlisted"), ("removed-long-ago", "removed"),
                            ("due0", "schedule"), ("due1", "schedule")]  # the longest overdue first
    # linked or not, the others wait for a later crawl
    assert [plan.decide(f"due{i}")[0] for i in range(5)] == ["revisit", "revisit", "skip", "skip", "skip"]
    assert len(RevisitPlan(known, 30, now=NOW, budget=0).watch()) == 3
    assert len(RevisitPlan(known, 0, now=NOW, budget=2).watch()) == 3 + 5 + 1  # revisit_days 0: all of them


# -- the pure rules ---------------------------------------------------------------------------


def test_take_down_notices_are_short_texts_that_say_the_content_is_gone():
    for text in ("该信息已删除", "对不起，您访问的页面不存在！", "此文章已撤稿", "該資訊已刪除", "頁面不存在",
                 "Sorry, the page you requested has been removed.", "该信息已过期或已被删除", "信息已撤回"):
        assert removal_notice(text), text
    for text in ("关于撤销部分行政许可事项的决定", "关于公布已删除重复证明事项清单的通知", "信息公开指南",
                 "页面", "", "该信息已删除。" + "。".join(TEXT)):
        assert removal_notice(text) is None, text
    # a real article page whose sidebar headlines speak of 撤销 and 已删除 is no notice
    assert page_notice(article_html().decode(), "关于停水的通知", "\n".join(TEXT)) is None
    assert page_notice(stub_html().decode()) == "该信息已删除"


def test_redirect_targets_and_page_redirects():
    src = BASE + "/zwgk/tzgg/202311/t1.html"
    assert redirect_kind(src, src.replace("http://", "https://")) == "self"
    assert redirect_kind(src, BASE + "/default.aspx") == "home"
    assert redirect_kind(src, BASE + "/cas/login?service=x") == "login"
    assert redirect_kind(src, BASE + "/tips/nopage.html") == "error"
    assert redirect_kind(src, BASE + "/zwgk/tzgg/") == "list"
    assert redirect_kind(src, BASE + "/art/2023/11/17/art_1.html") == "page"
    assert refresh_target("<script>location.replace('/404.html')</script>", src) == BASE + "/404.html"
    long_page = "<script>location.href='/';</script>" + "<p>" + "正文" * 100 + "</p>"
    assert refresh_target(long_page, src) is None  # a script on a real page is not a redirect


def test_an_archive_made_before_migration_9_gets_its_history_as_events(tmp_path):
    path = tmp_path / "old.db"
    old = Archive(path, create=True, migrate_upto=8)
    crawl = old.start_crawl(SITE, {})
    p1 = old.record_page(crawl_id=crawl, site=SITE, url=URL, body=article_html(), fetched_at="2026-02-01T00:00:00Z",
                         page_type="article")
    record = extract_article(article_html(), URL, {}).to_record()
    old.record_article(crawl, SITE, p1["page_id"], record, "2026-02-01T00:00:00Z")
    changed = article_html(text=[TEXT[0].replace("20时", "22时"), *TEXT[1:]])
    p2 = old.record_page(crawl_id=crawl, site=SITE, url=URL, body=changed, fetched_at="2026-03-05T00:00:00Z",
                         page_type="article")
    old.record_article(crawl, SITE, p2["page_id"], extract_article(changed, URL, {}).to_record(),
                       "2026-03-05T00:00:00Z")
    old.close()
    assert sqlite3.connect(path).execute("SELECT max(id) FROM migrations").fetchone()[0] == 8
    a = Archive(path)
    assert max(r[0] for r in a.conn.execute("SELECT id FROM migrations")) == latest_version()
    events = [(e["kind"], e["at"], e["page_id"], e["before_page_id"]) for e in a.changes()]
    assert events == [("new", "2026-02-01T00:00:00Z", p1["page_id"], None),
                      ("edited", "2026-03-05T00:00:00Z", p2["page_id"], p1["page_id"])]
    assert [e["kind"] for e in a.changes(since="2026-03-01")] == ["edited"]
    a.close()
