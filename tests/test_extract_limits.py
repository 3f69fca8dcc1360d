"""Extraction never drops text silently (issue 15, item 4).

libxml2 stops an HTML parse at 256 levels of nesting and at ~10 MB of text in one node unless told
otherwise; what came after vanished from the body with no error. Broken CMS markup nests that deep
easily (a ``<div>`` or ``<font>`` opened per paragraph and never closed), and a pasted spreadsheet
makes a huge paragraph. The text must be kept, or the page must say why it was not.
"""
from __future__ import annotations

from pipelines.extract import extract_article
from pipelines.extract.tree import parse_html

HEADERS = {"Content-Type": "text/html; charset=utf-8"}


def unclosed(paragraphs: int, tag: str = "div") -> bytes:
    """An article whose CMS opens a ``<tag>`` per paragraph and never closes it."""
    paras = "".join(f"<{tag} class='p'>第{n}段：市政府召开防汛工作会议，要求各部门落实防汛责任，确保安全度汛。"
                    for n in range(1, paragraphs + 1))
    return (
        "<html><head><title>关于做好防汛工作的通知</title></head><body>"
        "<div class='header'><a href='/'>首页</a> <a href='/xwzx/'>新闻中心</a></div>"
        "<div class='article'><h1>关于做好防汛工作的通知</h1><div class='info'>发布时间：2026-06-01</div>"
        f"<div class='content'>{paras}</div></div></body></html>"
    ).encode("utf-8")


def test_text_nested_deeper_than_libxml2s_limit_is_kept():
    for depth in (300, 2500):
        record = extract_article(unclosed(depth), "http://yc.gov.cn/tzgg/1.html", HEADERS).to_record()
        assert record["error"] is None
        body = record["body"] or ""
        assert "第1段" in body and "第200段" in body and f"第{depth}段" in body, depth


def test_unclosed_inline_tags_too():
    record = extract_article(unclosed(1200, "font"), "http://yc.gov.cn/tzgg/2.html", HEADERS).to_record()
    assert record["error"] is None and "第1200段" in (record["body"] or "")


def test_a_paragraph_larger_than_libxml2s_text_limit_is_kept():
    huge = "水位上涨，各部门加强巡查。" * 300_000  # 3.9 M characters, 11.7 MB of UTF-8 in one text node
    page = ("<html><head><title>汛情通报</title></head><body><div class='article'><h1>汛情通报</h1>"
            f"<p>开头。</p><p>{huge}</p><p>结尾：请各单位遵照执行。</p></div></body></html>").encode("utf-8")
    record = extract_article(page, "http://yc.gov.cn/tzgg/3.html", HEADERS).to_record()
    assert record["error"] is None
    body = record["body"] or ""
    assert body.count("水位上涨") == 300_000 and "结尾：请各单位遵照执行。" in body


def test_the_flattened_tree_stays_shallow():
    """Walkers of the tree recurse: the fallback never hands them a tree deeper than libxml2's default."""
    root = parse_html(unclosed(5000).decode("utf-8"))
    deepest = max(sum(1 for _ in el.iterancestors()) for el in root.iter())
    assert deepest < 256
    assert "第5000段" in root.text_content()
