"""The links the crawl follows are Scrapy's, read once per page (issue 14: the extraction workers' CPU).

:class:`crawler.links.LinkReader` reads a page's links from a parse already made: the spider from the
tree Scrapy's selector built for the response, an extraction worker (``crawler.workers.read_page``)
from the extraction's own tree (:func:`pipelines.extract.extract_article_and_anchors`). Here both are
compared with Scrapy's ``LinkExtractor(deny=..., canonicalize=False, unique=True)`` itself -- the
reference the crawl used before -- on every fixture page of the repository (the extraction and encoding
fixtures, the CMS zoo, the demo portal) and on pages written to be awkward: ``<base href>``, relative
and absolute links, ``javascript:`` and ``mailto:``, fragments, entities and whitespace in hrefs,
``<area>``, one URL under several texts, GBK and Big5 pages with non-ASCII URLs, refused extensions,
nested tags in the anchor text, pages the extraction cannot parse plainly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.linkextractors import IGNORED_EXTENSIONS, LinkExtractor

from crawler.links import IGNORED_EXTENSIONS as OURS
from crawler.links import LinkReader, reader_for, response_text
from crawler.middlewares import EncodingMiddleware
from crawler.urls import canonicalize
from crawler.workers import read_page
from pipelines.extract import extract_article_and_anchors
from pipelines.extract.tree import anchors

ROOT = Path(__file__).resolve().parents[1]
DENY = ("/search/", r"\.asp\?(?:.*&)?page=")
#: page URLs the fixtures are read at (relative links resolve against each; the reader's memory of
#: navigation links is per scheme and host)
AT = ("http://www.x.gov.cn/col/art/{}/{}", "https://www.x.gov.cn:8443/{}/{}", "http://127.0.0.1:8080/a/b/{}/{}?x=1")


def _pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and (
        p.suffix in (".html", ".htm", ".shtml") or ".asp" in p.name or ".jsp" in p.name))


CORPORA = {
    "fixtures": _pages(ROOT / "tests" / "fixtures"),
    "cms_zoo": _pages(ROOT / "tests" / "cms_zoo" / "site"),
    "demo_portal": _pages(ROOT / "crawler" / "demo_portal" / "site"),
}


def _content_type(path: Path) -> str:
    headers_file = path.parent / "headers.json"
    if headers_file.exists():
        headers = json.loads(headers_file.read_text(encoding="utf-8"))
        if isinstance(headers, dict):
            return next((v for k, v in headers.items() if k.lower() == "content-type"), "text/html")
    return "text/html"


def _response(url: str, body: bytes, ctype: str, decoding: bool = True) -> tuple[HtmlResponse, object]:
    """The response the spider gets (``decoding``: through the project's decoding middleware)."""
    request = Request(url)
    response = HtmlResponse(url, body=body, headers={"Content-Type": ctype}, request=request)
    if decoding:
        response = EncodingMiddleware().process_response(request, response)
    return response, request.meta.get("decoded")


def _three_ways(url: str, body: bytes, ctype: str = "text/html", deny: tuple[str, ...] = DENY, decoding: bool = True):
    """Scrapy's links, the spider's (the reader over Scrapy's tree) and a worker's (the reader over the
    extraction's tree), each as (canonical URL, stripped text) pairs in page order."""
    response, decoded = _response(url, body, ctype, decoding)
    scrapy_links = [(canonicalize(link.url), (link.text or "").strip()) for link in
                    LinkExtractor(deny=deny, canonicalize=False, unique=True).extract_links(response)]
    spider = LinkReader(deny).read(anchors(response.selector.root), response.text, response.url, response.encoding)
    worker = read_page(response.body, url, {"Content-Type": ctype}, decoded, None, "article", False, response.url,
                       response.encoding, deny)["links"]
    return scrapy_links, spider, worker


def test_the_refused_extensions_are_scrapys():
    assert OURS == list(IGNORED_EXTENSIONS)


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_every_fixture_page_gives_scrapys_links(corpus):
    pages = CORPORA[corpus]
    assert len(pages) >= 30
    differ, links = [], 0
    for i, path in enumerate(pages):
        url = AT[i % len(AT)].format(path.parent.name, path.name.replace("@", "?"))
        scrapy_links, spider, worker = _three_ways(url, path.read_bytes(), _content_type(path))
        links += len(scrapy_links)
        if not scrapy_links == spider == worker:
            differ.append(str(path.relative_to(ROOT)))
    assert not differ
    assert links >= 2 * len(pages)  # not vacuous: the pages have links


TRICKY = {
    "base_href": '<html><head><base href="http://other.gov.cn/root/sub/"></head><body>'
                 '<a href="a.html">相对</a><a href="/b.html">根</a><a href="../c.html">上级</a>'
                 '<a href="//cdn.x.gov.cn/d.html">协议相对</a><a href="http://www.x.gov.cn/e.html">绝对</a></body></html>',
    "relative_base": '<html><head><base href="/other/"></head><body><a href="a.html">a</a><a href="?p=2">q</a></body></html>',
    "schemes": '<a href="javascript:void(0)">js</a><a href="javascript:goPage(\'x.html\')">js2</a>'
               '<a href="mailto:gov@x.gov.cn">mail</a><a href="tel:12345">tel</a><a href="ftp://ftp.x.gov.cn/f.txt">ftp</a>'
               '<a href="file:///etc/x.html">file</a><a href="HTTP://WWW.X.GOV.CN/Upper.html">upper</a>'
               '<a href="data:text/html,x">data</a>',
    "fragments": '<a href="#top">top</a><a href="">self</a><a href="x.html#p2">frag</a><a href="x.html">plain</a>'
                 '<a href="?page=3#a">query</a><a href="/y.html?utm_source=wx&amp;id=3#z">tracked</a>',
    "entities_and_whitespace": '<a href="list.html?a=1&amp;b=2">amp</a><a href="  \n /sp ace/t 1.html \t">ws</a>'
                               '<a href="&#47;ent&#x2F;t2.html">numeric</a><a href="/中文/路径.html">中文</a>'
                               '<a href="/q.html?kw=政府&amp;x=%E6%94%BF">mixed</a><a href="/a\tb\nc.html">ctl</a>',
    "area_and_map": '<img usemap="#m"><map name="m"><area href="/area1.html" alt="A1"><area href="/area2.html">'
                    '<area nohref></map><a name="anchor-only">no href</a><link href="/style.html">',
    "duplicates": '<a href="/d.html">第一</a><a href="/d.html">第二</a><a href="d.html">相对的同一个</a>'
                  '<a href="http://www.x.gov.cn/d.html#x">带片段</a><a href=" /d.html">空白</a>',
    "denied": '<a href="/f/a.PDF">pdf</a><a href="/f/b.tar.gz">tgz</a><a href="/f/c.docx?x=1">docx</a>'
              '<a href="/f/d.jpg#x">jpg</a><a href="/search/?q=1">search</a><a href="/list.asp?page=2">pager</a>'
              '<a href="/f/e.html.bak">bak</a><a href="/f/g.pdf.html">ok</a><a href="/f/">dir</a>',
    "nested_text": '<a href="/n1.html"><span>关于</span><b>开展</b><img src="x.png" alt="图">检查<br>的通知</a>'
                   '<a href="/n2.html">  前后空白　\u3000</a><a href="/n3.html"><!-- 注释 -->注释<script>var x=1;</script></a>'
                   '<a href="/n4.html"><div><p>块</p><p>里</p></div></a><a href="/n5.html"><ruby>政<rt>zhèng</rt></ruby></a>',
    "broken_markup": '<table><tr><td><a href="/t1.html">未闭合<td><a href=/t2.html>无引号</a><a href=\'/t3.html\'>单引号'
                     '</table><a href="/t4.html"<b>坏</b></a><p><a href="/t5.html">p<p>q</a>',
    "hidden_and_forms": '<div style="display:none"><a href="/h1.html">隐藏</a></div><form action="/s"><a href="/f1.html">表单</a>'
                        '<select><option value="/o.html">o</option></select></form><noscript><a href="/ns.html">ns</a></noscript>',
    "bad_urls": '<a href="http://[::1">坏IPv6</a><a href="http://x.gov.cn:99999/p.html">坏端口</a><a href="http:no-slashes.html">'
                'scheme-only</a><a href="//">empty host</a><a href="http://">empty</a><a href="\\\\evil\\path">bs</a>',
    "xml_declaration": '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                       '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
                       '<body><a href="/x1.html">xhtml</a></body></html>',
    "leading_and_nul": '\n\n   \x00<a href="/z1.html">z\x00one</a>   \n\n',
}


@pytest.mark.parametrize("name", sorted(TRICKY))
@pytest.mark.parametrize("codec", ["utf-8", "gbk", "big5"])
def test_awkward_pages_give_scrapys_links(name, codec):
    html = TRICKY[name]
    if codec == "big5":  # Big5 has no simplified 关/开/检 ...: traditional text, the same shapes
        html = html.replace("关于", "關於").replace("开展", "開展").replace("检查", "檢查").replace("政府", "政府")
    body = html.encode(codec, "xmlcharrefreplace")
    ctype = f"text/html; charset={codec}"
    for at in ("http://www.x.gov.cn/col/a/t1.html", "https://x.gov.cn:8443/p/q/?id=1"):
        scrapy_links, spider, worker = _three_ways(at, body, ctype)
        assert scrapy_links == spider == worker, (name, codec, at)


def test_the_awkward_pages_say_what_they_should():
    """Spot checks that the comparison above compares something."""
    links = dict(_three_ways("http://www.x.gov.cn/col/a/t1.html", TRICKY["base_href"].encode())[2])
    assert "http://other.gov.cn/root/sub/a.html" in links and "http://other.gov.cn/b.html" in links
    assert "http://other.gov.cn/root/c.html" in links and "http://cdn.x.gov.cn/d.html" in links
    got = _three_ways("http://www.x.gov.cn/", TRICKY["schemes"].encode())[2]
    assert [u for u, _ in got] == ["ftp://ftp.x.gov.cn/f.txt", "file:///etc/x.html", "http://www.x.gov.cn/Upper.html"]
    got = _three_ways("http://www.x.gov.cn/", TRICKY["duplicates"].encode())[2]
    assert got == [("http://www.x.gov.cn/d.html", "第一"), ("http://www.x.gov.cn/d.html", "带片段")]  # as Scrapy
    got = _three_ways("http://www.x.gov.cn/", TRICKY["denied"].encode())[2]
    assert [u for u, _ in got] == ["http://www.x.gov.cn/f/e.html.bak", "http://www.x.gov.cn/f/g.pdf.html",
                                   "http://www.x.gov.cn/f/"]
    got = dict(_three_ways("http://www.x.gov.cn/", TRICKY["nested_text"].encode("gbk"), "text/html; charset=gbk")[2])
    assert got["http://www.x.gov.cn/n1.html"] == "关于开展检查的通知"
    assert got["http://www.x.gov.cn/n5.html"] == "政zhèng"  # Scrapy's text keeps the ruby (the extraction drops it)
    got = dict(_three_ways("http://www.x.gov.cn/", TRICKY["entities_and_whitespace"].encode("gbk"),
                           "text/html; charset=gbk")[2])
    assert "http://www.x.gov.cn/%E4%B8%AD%E6%96%87/%E8%B7%AF%E5%BE%84.html" in got  # w3lib: a path in UTF-8
    assert "http://www.x.gov.cn/abc.html" in got  # tabs and newlines in a URL are dropped (WHATWG)
    assert "http://www.x.gov.cn/ent/t2.html" in got and "http://www.x.gov.cn/sp%20ace/t%201.html" in got


def test_a_page_the_extraction_cannot_parse_plainly_still_gives_scrapys_links():
    """Too deep (the extraction parses it again flattened), empty, binary, or decoded otherwise than Scrapy's
    response (the decoding middleware switched off, a lying header): the worker reads Scrapy's own tree then."""
    deep = ("<html><body><a href='/top.html'>top</a>" + "<div>" * 400 + "<a href='/deep.html'>深</a><p>正文。</p>"
            + "</div>" * 400 + "<a href='/end.html'>end</a></body></html>").encode()
    lying = "<a href='/a.html'>甲</a><p>关于开展安全检查的通知</p><a href='/文件/b.html'>乙</a>".encode("gbk")
    for body, ctype, decoding in ((deep, "text/html; charset=utf-8", True), (b"   ", "text/html", True),
                                  (b"\x00\x01\x02\x03binary\x00" * 50, "text/html", True),
                                  (lying, "text/html; charset=iso-8859-1", False)):
        response, decoded = _response("http://www.x.gov.cn/a/t.html", body, ctype, decoding)
        _, parsed = extract_article_and_anchors(body, response.url, {"Content-Type": ctype}, decoded=decoded)
        assert parsed is None or parsed.text != response_text(body, response.encoding)  # not the extraction's tree
        scrapy_links, spider, worker = _three_ways(response.url, body, ctype, decoding=decoding)
        assert scrapy_links == spider == worker
        assert body.strip(b"\x00\x01\x02\x03binary ") == b"" or len(worker) >= 2
    assert [u for u, _ in _three_ways("http://www.x.gov.cn/", deep, "text/html; charset=utf-8")[2]] == [
        "http://www.x.gov.cn/top.html", "http://www.x.gov.cn/deep.html", "http://www.x.gov.cn/end.html"]


def test_a_remembered_navigation_link_resolves_against_each_page():
    """The reader remembers root-relative and absolute links per scheme and host, never a relative one."""
    reader = reader_for(("/never/",))
    body = '<a href="/nav/a.html">导航</a><a href="b.html">相对</a><a href="//cdn.x.gov.cn/c.html">c</a>'
    seen = []
    for at in ("http://www.x.gov.cn/1/t.html", "https://www.x.gov.cn/2/t.html", "http://www.y.gov.cn/3/t.html",
               "http://www.x.gov.cn/4/t.html"):
        text = response_text(body.encode(), "utf-8")
        seen.append([u for u, _ in reader.read(anchors(_response(at, body.encode(), "text/html")[0].selector.root),
                                               text, at, "utf-8")])
    assert seen == [
        ["http://www.x.gov.cn/nav/a.html", "http://www.x.gov.cn/1/b.html", "http://cdn.x.gov.cn/c.html"],
        ["https://www.x.gov.cn/nav/a.html", "https://www.x.gov.cn/2/b.html", "https://cdn.x.gov.cn/c.html"],
        ["http://www.y.gov.cn/nav/a.html", "http://www.y.gov.cn/3/b.html", "http://cdn.x.gov.cn/c.html"],
        ["http://www.x.gov.cn/nav/a.html", "http://www.x.gov.cn/4/b.html", "http://cdn.x.gov.cn/c.html"],
    ]


def test_a_worker_imports_no_scrapy():
    """The worker's page reading runs without Scrapy (it starts faster, and the links cannot come from it)."""
    import subprocess
    import sys

    code = ("import sys; from crawler.workers import read_page; "
            "out = read_page('<a href=\"/x.html\">x</a><p>正文。</p>'.encode(), 'http://x.gov.cn/t.html', {}, None, None, "
            "'article', False, 'http://x.gov.cn/t.html', 'utf-8'); "
            "print(out['links'], sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[('http://x.gov.cn/x.html', 'x')] []"


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_the_decoded_text_is_scrapys_text_when_it_says_so(corpus):
    """``response_text`` takes the decoding middleware's text instead of decoding again only when it is Scrapy's."""
    taken = 0
    pages = CORPORA[corpus]
    for i, path in enumerate(pages):
        response, decoded = _response(AT[i % len(AT)].format("a", "b.html"), path.read_bytes(), _content_type(path))
        assert response_text(response.body, response.encoding, decoded) == response.text
        taken += response_text(response.body, response.encoding, decoded) is decoded.text
    assert taken >= len(pages) // 2
    for body, ctype in (("\ufeff通知".encode("utf-8"), "text/html; charset=gbk"), (b"\xef\xbb\xbfok", "text/html"),
                        ("坏".encode("gbk") + b"\xff\x81", "text/html; charset=gbk"), (b"a+b-c", "text/html; charset=utf-7")):
        response, decoded = _response("http://x.gov.cn/", body, ctype)
        assert response_text(response.body, response.encoding, decoded) == response.text
