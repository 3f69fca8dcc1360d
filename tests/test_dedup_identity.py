"""What makes two pages one article (issue 15, item 1): never the body alone.

A series of notices (中标公告, 放假通知, 招聘公示) shares boilerplate bodies ("……详见附件"): each
notice stays its own article, with its own title and attachments, findable by search. The same
story republished under several URLs (a column and the 信息公开 catalogue, a mobile page) is
still one article with all its URLs.
"""
from __future__ import annotations

import pytest

from archive.db import Archive

SITE = "yuncheng"
WHEN = "2026-11-01T10:00:00Z"
BOILERPLATE = "经评审委员会评审，现将中标结果公示如下，公示期为三个工作日。详见附件。如有异议，请在公示期内向采购人书面提出。"


def notice(url: str, title: str, *, body: str = BOILERPLATE, published: str | None = "2026-10-30",
           attachments: tuple[str, ...] = (), number: str | None = None) -> dict:
    record = {"url": url, "title": title, "body": body, "published": published,
              "attachment_links": [{"url": a, "text": a.rsplit("/", 1)[-1]} for a in attachments]}
    if number:
        record["meta"] = {"文号": number, "document_number": number}
    return record


@pytest.fixture()
def archive(tmp_path):
    a = Archive(tmp_path / "d.db", create=True)
    yield a
    a.close()


def store(a: Archive, *records: dict) -> list[str]:
    return [a.record_article(None, SITE, None, r, WHEN) for r in records]


def count(a: Archive) -> int:
    return a.conn.execute("SELECT count(*) FROM articles").fetchone()[0]


# -- distinct notices with one template body stay distinct --------------------------------------


def test_same_body_different_titles_are_two_articles(archive):
    outcomes = store(
        archive,
        notice("http://yc.gov.cn/zbgg/1.html", "甲公司中标公告", attachments=("http://yc.gov.cn/f/jia.pdf",)),
        notice("http://yc.gov.cn/zbgg/2.html", "乙公司中标公告", attachments=("http://yc.gov.cn/f/yi.pdf",)),
    )
    assert outcomes == ["new", "new"] and count(archive) == 2
    second = archive.article("http://yc.gov.cn/zbgg/2.html")
    assert second["title"] == "乙公司中标公告"
    assert [x["url"] for x in second["attachments"]] == ["http://yc.gov.cn/f/yi.pdf"]
    assert [h["url"] for h in archive.search("乙公司")] == ["http://yc.gov.cn/zbgg/2.html"]


def test_same_title_and_body_different_attachments_are_two_articles(archive):
    store(
        archive,
        notice("http://yc.gov.cn/zbgg/1.html", "中标公告", attachments=("http://yc.gov.cn/f/a.pdf",)),
        notice("http://yc.gov.cn/zbgg/2.html", "中标公告", attachments=("http://yc.gov.cn/f/b.pdf",)),
    )
    assert count(archive) == 2


def test_same_title_and_body_different_dates_are_two_articles(archive):
    store(
        archive,
        notice("http://yc.gov.cn/tz/2025.html", "放假通知", published="2025-01-20"),
        notice("http://yc.gov.cn/tz/2026.html", "放假通知", published="2026-01-20"),
    )
    assert count(archive) == 2


def test_same_title_and_body_different_document_numbers_are_two_articles(archive):
    store(
        archive,
        notice("http://yc.gov.cn/gk/1.html", "招聘公示", number="运人社〔2026〕1号"),
        notice("http://yc.gov.cn/gk/2.html", "招聘公示", number="运人社〔2026〕2号"),
    )
    assert count(archive) == 2


def test_one_with_attachments_one_without_are_two_articles(archive):
    """A doubt keeps both: a duplicate can be merged later, a merged notice is lost."""
    store(
        archive,
        notice("http://yc.gov.cn/zbgg/1.html", "中标公告", attachments=("http://yc.gov.cn/f/a.pdf",)),
        notice("http://yc.gov.cn/zbgg/2.html", "中标公告"),
    )
    assert count(archive) == 2


# -- the same story under several URLs is one article -------------------------------------------


def test_the_same_story_under_several_urls_is_one_article(archive):
    body = BOILERPLATE.replace("。", "。\n")
    outcomes = store(
        archive,
        notice("http://yc.gov.cn/xwzx/2026/1030/1.html", "甲公司中标公告", number="运财〔2026〕7号",
               attachments=("http://yc.gov.cn/xwzx/2026/1030/P1.pdf",)),
        # the 信息公开 copy: other layout, the attachment under the catalogue's own path
        notice("http://yc.gov.cn/xxgk/zfcg/1.html", " 甲公司中标公告 ", body=body, number="运财〔2026〕7号",
               attachments=("http://yc.gov.cn/xxgk/zfcg/P1.pdf",)),
        # the mobile page shows neither date nor 文号: missing is not different
        notice("http://m.yc.gov.cn/a/1.html", "甲公司中标公告", published=None,
               attachments=("http://m.yc.gov.cn/a/P1.pdf",)),
        # full-width / Traditional spelling of the same title
        notice("http://yc.gov.cn/big5/1.html", "甲公司中標公告", attachments=("http://yc.gov.cn/big5/P1.pdf",)),
    )
    assert outcomes == ["new", "unchanged", "unchanged", "unchanged"]
    assert count(archive) == 1
    art = archive.article("http://m.yc.gov.cn/a/1.html")
    assert sorted(art["urls"]) == sorted([
        "http://yc.gov.cn/xwzx/2026/1030/1.html", "http://yc.gov.cn/xxgk/zfcg/1.html",
        "http://m.yc.gov.cn/a/1.html", "http://yc.gov.cn/big5/1.html",
    ])


def test_a_short_body_never_merges(archive):
    store(archive, notice("http://yc.gov.cn/1.html", "通知", body="详见附件"),
          notice("http://yc.gov.cn/2.html", "通知", body="详见附件"))
    assert count(archive) == 2
