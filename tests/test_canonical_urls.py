"""Canonical URLs (crawler.urls.canonicalize) keep what tells two pages apart: a query value
escaped in the page's own charset (GBK, Big5) keeps its bytes."""

from __future__ import annotations

from urllib.parse import quote

from crawler.urls import canonicalize

BASE = "http://www.qh.gov.cn/news/list.asp"


def test_gbk_and_big5_query_values_keep_their_bytes_and_stay_apart():
    urls = [f"{BASE}?kw={quote(word.encode(codec))}&page=1" for word, codec in
            (("政府", "gbk"), ("通知", "gbk"), ("公告", "gbk"), ("政府", "big5"), ("政府", "utf-8"))]
    canonical = [canonicalize(u) for u in urls]
    assert canonical == urls  # already canonical: nothing to change, least of all the bytes
    assert len(set(canonical)) == 5
    assert "%EF%BF%BD" not in "".join(canonical)  # no U+FFFD


def test_the_rest_of_canonicalisation_holds_for_escaped_bytes():
    gbk = quote("政府".encode("gbk"))
    assert canonicalize(f"HTTP://WWW.QH.gov.cn:80/news/list.asp?page=2&utm_source=x&kw={gbk}#top") == (
        f"http://www.qh.gov.cn/news/list.asp?kw={gbk}&page=2"
    )
    assert canonicalize(f"{BASE}?kw=%d5%fe%b8%ae") == f"{BASE}?kw=%D5%FE%B8%AE"  # one spelling of the escapes
    assert canonicalize(f"{BASE}?a=%E6%94%BF&b=x+y") == f"{BASE}?a=%E6%94%BF&b=x+y"


def test_raw_text_in_a_query_is_written_as_utf_8():
    assert canonicalize(f"{BASE}?kw=政府") == f"{BASE}?kw=%E6%94%BF%E5%BA%9C"
