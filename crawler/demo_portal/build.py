"""Build the demo portal's static site and its ground truth from ``content/``.

    python -m crawler.demo_portal.build          # rewrites site/ and expected.json

Writes ``crawler/demo_portal/site/`` (raw bytes: UTF-8, GBK declared gb2312, Big5) and
``crawler/demo_portal/expected.json`` (UTF-8), the ground truth the tests and the crawler's
evaluation use. The build is deterministic (same content -> same bytes) and refuses to build
when a paragraph repeats, a page cannot be encoded strictly in its charset, or an internal
link points nowhere (except the deliberate dead links listed in ``DEAD_LINKS``).

Article dict keys (content modules): ``id`` (int), ``date`` "YYYY-MM-DD", ``time`` "HH:MM"
(shown by div/seed pages), ``title``, ``source``, ``author``, ``paras`` (list of str),
optional ``attachments`` [(file name, link text)], ``images`` [(file name, alt)], ``table``
(rows, first = header), ``meta`` (disclosure fields), ``roc`` (county: ROC date),
``dead_links`` [(href, text)], and for the seed template ``footer`` and ``ruby``.
"""

from __future__ import annotations

import html
import importlib
import json
import re
import shutil
import struct
import sys
import zipfile
import zlib
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from crawler.demo_portal.content import site as S
from crawler.demo_portal.headers import content_type_for

HERE = Path(__file__).resolve().parent
SITE_DIR = HERE / "site"
EXPECTED = HERE / "expected.json"

ENCODINGS = {"utf-8": "utf-8", "gbk": "gbk", "big5": "big5"}
META_CHARSET = {"utf-8": "utf-8", "gbk": "gb2312", "big5": "big5"}
#: Links that are deliberately dead (the file was "removed" years ago).
DEAD_LINKS: list[str] = []

PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
RUBY_RE = re.compile(r"([^\x00-\x7f]|\?)\(([%s]+)\)" % PINYIN)
FLAT_PINYIN_RE = re.compile(r"(?<=[^\x00-\x7f?])\(([%s]+)\)|(?<=\?)\(([%s]+)\)" % (PINYIN, PINYIN))

e = html.escape


def strip_pinyin(text: str) -> str:
    """``運(yùn)城`` -> ``運城`` (the parentheses of ``縣(市、區)`` are kept)."""
    return FLAT_PINYIN_RE.sub("", text)


def rubify(text: str) -> str:
    """Escape text and turn each ``字(pīn)`` into real ruby markup."""
    out, pos = [], 0
    for m in RUBY_RE.finditer(text):
        out.append(e(text[pos:m.start()]))
        out.append("<ruby>%s<rp>(</rp><rt>%s</rt><rp>)</rp></ruby>" % (e(m.group(1)), m.group(2)))
        pos = m.end()
    out.append(e(text[pos:]))
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# Loading content
# ----------------------------------------------------------------------------------------------
class Article(dict):
    """An article dict plus derived fields (``col``, ``url``, ``dir`` ...)."""

    def __getattr__(self, k):  # a.title instead of a["title"]
        try:
            return self[k]
        except KeyError as exc:
            raise AttributeError(k) from exc


def load_articles() -> dict[str, list[Article]]:
    by_col: dict[str, list[Article]] = {}
    for key, col in S.COLUMNS.items():
        mod = importlib.import_module("crawler.demo_portal.content.%s" % key)
        arts = []
        for raw in mod.ARTICLES:
            a = Article(raw)
            a.setdefault("attachments", [])
            a.setdefault("images", [])
            a.setdefault("dead_links", [])
            a.setdefault("author", "")
            a["col"] = key
            y, m, d = a["date"].split("-")
            if col["template"] == "county":
                a["dir"] = "%s%s-%s/%s/" % (col["path"], y, m, d)
                a["url"] = "%sc%d.htm" % (a["dir"], a["id"])
            else:
                a["dir"] = "%s%s%s/" % (col["path"], y, m)
                a["url"] = "%st%s%s%s_%d.html" % (a["dir"], y, m, d, a["id"])
            a["template"] = col["template"]
            a["encoding"] = col["encoding"]
            arts.append(a)
        arts.sort(key=lambda a: (a["date"], a.get("time", ""), a["id"]), reverse=True)
        by_col[key] = arts
    return by_col


def table_rows(rows: list[list[str]]) -> list[str]:
    """An in-body table as the extractor renders it: one line per row, cells joined by a space."""
    return [" ".join(c.strip() for c in r if c.strip()) for r in rows if any(c.strip() for c in r)]


def clean_paragraphs(a: Article) -> list[str]:
    """The article text as expected from the extractor: the paragraphs and, where ``body_blocks`` puts
    it (after paragraph 2), the in-body table's rows (the issue keeps in-body tables as text rows)."""
    paras = [strip_pinyin(p) if a["template"] == "seed" else p for p in a["paras"]]
    out = [p.strip().strip("\u3000") for p in paras]
    if a.get("table") and out:
        at = min(2, len(out))
        out[at:at] = table_rows(a["table"])
    return out


# ----------------------------------------------------------------------------------------------
# Shared chrome
# ----------------------------------------------------------------------------------------------
def friend_links_html(style: str) -> str:
    if style == "select":  # old sites: a drop-down plus a few plain links
        opts = "".join('<option value="%s">%s</option>' % (u, e(n)) for n, u in S.FRIEND_LINKS)
        plain = " | ".join('<a href="%s" target="_blank">%s</a>' % (u, e(n)) for n, u in S.FRIEND_LINKS[:3])
        return ('<div class="yqlj">友情链接：<select onchange="if(this.value)window.open(this.value)">'
                '<option value="">----中央及省政府网站----</option>%s</select> %s</div>' % (opts, plain))
    items = "".join('<li><a href="%s" target="_blank">%s</a></li>' % (u, e(n)) for n, u in S.FRIEND_LINKS)
    return '<div class="friend-links"><span>友情链接：</span><ul>%s</ul></div>' % items


def footer_html(family: str) -> str:
    """The long portal footer; wording and layout vary a little per template family."""
    if family == "table":
        return """
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td height="8"></td></tr>
  <tr><td align="center">%(fl)s</td></tr>
  <tr><td align="center"><font color="#666666">
    <a href="/lxwm/index.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a> | <a href="/search/index.html">站内搜索</a><br>
    版权所有：%(host)s　主办：%(host)s　承办：%(und)s<br>
    网站标识码：%(code)s　<a href="https://beian.miit.gov.cn/" target="_blank">%(icp)s</a>　<img src="/images/gongan.png" alt="公安备案图标" width="16" height="16"><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=%(gano)s" target="_blank">%(ga)s</a><br>
    地址：%(addr)s　邮编：%(post)s　电话：%(tel)s<br>
    技术支持：%(tech)s　建议使用IE8.0以上版本浏览器，1024×768分辨率浏览本站
  </font></td></tr>
</table>""" % dict(fl=friend_links_html("select"), host=S.HOST_ORG, und=S.UNDERTAKER, code=S.SITE_CODE,
                   icp=S.ICP, ga=S.GONGAN, gano=S.GONGAN_NO, addr=S.ADDRESS, post=S.POSTCODE, tel=S.PHONE,
                   tech=S.TECH)
    if family == "disclosure":
        return """
<div class="xxgk-footer">
  %(fl)s
  <p><a href="/zwgk/index.html">政府信息公开</a> | <a href="/lxwm/index.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a></p>
  <p>主办单位：%(host)s　承办单位：%(und)s　版权所有：%(host)s</p>
  <p>政府网站标识码：%(code)s　<a href="https://beian.miit.gov.cn/" target="_blank">%(icp)s</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=%(gano)s" target="_blank"><img src="/images/gongan.png" alt="">%(ga)s</a></p>
  <p>联系地址：%(addr)s　联系电话：%(tel)s　电子邮箱：%(mail)s</p>
  <p>技术支持：%(tech)s</p>
</div>""" % dict(fl=friend_links_html("list"), host=S.HOST_ORG, und=S.UNDERTAKER, code=S.SITE_CODE,
                 icp=S.ICP, ga=S.GONGAN, gano=S.GONGAN_NO, addr=S.ADDRESS, tel=S.PHONE, mail=S.EMAIL,
                 tech=S.TECH)
    # div (modern) and home/list/other pages
    return """
<footer class="footer">
  %(fl)s
  <div class="footer-links"><a href="/lxwm/index.html">联系我们</a><a href="/wzdt/index.html">网站地图</a><a href="/search/index.html">站内搜索</a><a href="/sitemap.xml">XML地图</a></div>
  <div class="footer-info">
    <p>主办：%(host)s　承办：%(und)s</p>
    <p>版权所有：%(host)s　网站标识码：%(code)s</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">%(icp)s</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=%(gano)s" target="_blank"><img src="/images/gongan.png" alt="">%(ga)s</a></p>
    <p>地址：%(addr)s　邮编：%(post)s　总值班电话：%(tel)s</p>
    <p>技术支持：%(tech)s　<span class="jiucuo"><a href="/lxwm/index.html#jiucuo">政府网站找错</a></span></p>
  </div>
</footer>""" % dict(fl=friend_links_html("list"), host=S.HOST_ORG, und=S.UNDERTAKER, code=S.SITE_CODE,
                    icp=S.ICP, ga=S.GONGAN, gano=S.GONGAN_NO, addr=S.ADDRESS, post=S.POSTCODE, tel=S.PHONE,
                    tech=S.TECH)


def county_footer_html() -> str:
    """Footer of the mirrored Taiwanese township site (Traditional Chinese, Big5-safe)."""
    return """
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td bgcolor="#2F5F8F" height="3"></td></tr>
<tr><td align="center"><font size="2" color="#333333">
清河鄉公所 版權所有 &copy; 2023　地址：南投縣清河鄉中正路一段100號　電話：(049)2791234　傳真：(049)2795678<br>
服務時間：週一至週五 上午8:00至12:00 下午13:30至17:30　最佳瀏覽解析度 1024x768<br>
本欄目由清河市人民政府辦公室主辦　網站標識碼：%(code)s　冀ICP備12345678號　冀公網安備 %(gano)s號<br>
技術支援：某某科技有限公司　<a href="/lxwm/index.html">聯絡我們</a> | <a href="/wzdt/index.html">網站導覽</a><br>
友善連結：<a href="https://www.gov.tw/" target="_blank">我的E政府</a> | <a href="https://www.nantou.gov.tw/" target="_blank">南投縣政府</a> | <a href="/" >清河市人民政府</a>
</font></td></tr>
</table>""" % dict(code=S.SITE_CODE, gano=S.GONGAN_NO)


def nav_html(style: str) -> str:
    if style == "table":
        cells = "".join('<td align="center" class="nav"><a href="%s"><font color="#FFFFFF">%s</font></a></td>'
                        % (u, e(n)) for n, u in S.NAV)
        return ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" '
                'bgcolor="#B40000"><tr height="36">%s</tr></table>' % cells)
    items = "".join('<li><a href="%s">%s</a></li>' % (u, e(n)) for n, u in S.NAV)
    return '<nav class="main-nav"><ul>%s</ul></nav>' % items


def header_html(style: str) -> str:
    today = "2023年11月28日 星期二"
    if style == "table":
        return """
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" class="topbar"><font size="2">今天是：%s</font></td>
<td align="right" class="topbar"><font size="2"><a href="/">首页</a> | <a href="/wzdt/index.html">网站地图</a> | <a href="/search/index.html">搜索</a></font></td></tr>
<tr><td colspan="2"><img src="/images/banner.png" width="980" height="120" alt="清河市人民政府"></td></tr>
</table>
%s""" % (today, nav_html("table"))
    return """
<div class="topbar"><div class="w1200"><span>%s</span><span class="tb-right"><a href="/search/index.html">站内搜索</a><a href="/wzdt/index.html">网站地图</a><a href="javascript:void(0)" onclick="wza()">无障碍</a></span></div></div>
<header class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="清河市人民政府"></a>
<form class="search-box" action="/search/index.html" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></header>
%s""" % (today, nav_html("div"))


def breadcrumb(col_key: str | None, extra: str | None = None, style: str = "div") -> str:
    parts = ['<a href="/">首页</a>']
    if col_key:
        col = S.COLUMNS[col_key]
        sec = S.SECTIONS[col["parent"]]
        parts.append('<a href="%s">%s</a>' % (sec["path"], sec["name"]))
        parts.append('<a href="%s">%s</a>' % (col["path"], e(col.get("name_sc", col["name"]))))
    if extra:
        parts.append(e(extra))
    sep = " &gt; " if style != "table" else " &gt;&gt; "
    if style == "table":
        return '<td class="dqwz" height="30"><font size="2">当前位置：%s</font></td>' % sep.join(parts)
    return '<div class="breadcrumb">当前位置：%s</div>' % sep.join(parts)


def page(title: str, charset: str, body: str, css: str = "/css/style.css", extra_head: str = "") -> str:
    if charset == "utf-8":
        meta = '<meta charset="utf-8">'
    else:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
%s
<title>%s</title>
<meta name="SiteName" content="清河市人民政府">
<meta name="SiteDomain" content="www.qinghe.gov.example">
<meta name="SiteIDCode" content="%s">
<link rel="stylesheet" type="text/css" href="%s">
<script type="text/javascript" src="/js/common.js"></script>
%s</head>
<body>
%s
</body>
</html>
""" % (meta, e(title), S.SITE_CODE, css, extra_head, body)


# ----------------------------------------------------------------------------------------------
# Article templates
# ----------------------------------------------------------------------------------------------
def rel(from_dir: str, target: str) -> str:
    """A relative link from a directory URL to a target path, e.g. ``./x.pdf`` or ``../202310/x``."""
    fparts = [p for p in from_dir.split("/") if p]
    tparts = [p for p in target.split("/") if p]
    i = 0
    while i < len(fparts) and i < len(tparts) - 1 and fparts[i] == tparts[i]:
        i += 1
    ups = len(fparts) - i
    rest = "/".join(tparts[i:])
    return ("../" * ups + rest) if ups else "./" + rest


def attachments_html(a: Article, style: str) -> str:
    if not a["attachments"] and not a["dead_links"]:
        return ""
    items = []
    for fname, text in a["attachments"]:
        href = rel(a["dir"], a["dir"] + fname) if style != "table" else a["dir"] + fname
        items.append('<a href="%s" target="_blank">%s</a>' % (href, e(text)))
    for href, text in a["dead_links"]:
        items.append('<a href="%s">%s</a>' % (href, e(text)))
    if style == "table":
        return '<tr><td class="fujian"><font size="2">%s</font></td></tr>' % "<br>".join(items)
    return '<div class="attachments"><ul>%s</ul></div>' % "".join("<li>%s</li>" % i for i in items)


def images_html(a: Article) -> list[str]:
    return ['<p style="text-align:center"><img src="%s" alt="%s" border="0"></p>'
            % (rel(a["dir"], a["dir"] + f), e(alt)) for f, alt in a["images"]]


def table_html(rows: list[list[str]], style: str) -> str:
    if not rows:
        return ""
    head = "".join("<td align=\"center\"><strong>%s</strong></td>" % e(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td align=\"center\">%s</td>" % e(c) for c in r) for r in rows[1:])
    return ('<table width="90%%" border="1" cellspacing="0" cellpadding="4" align="center" '
            'style="border-collapse:collapse" class="cg-result"><tr bgcolor="#EEEEEE">%s</tr>%s</table>'
            % (head, body))


def body_blocks(a: Article, para_fmt: str) -> str:
    """Paragraphs; images after the first paragraph; the results table after paragraph 2."""
    blocks = []
    imgs = images_html(a)
    for i, p in enumerate(a["paras"]):
        blocks.append(para_fmt % e(p))
        if i == 0:
            blocks.extend(imgs)
        if i == 1 and a.get("table"):
            blocks.append(table_html(a["table"], "table"))
    return "\n".join(blocks)


def render_table(a: Article, ctx: dict) -> str:
    paras = body_blocks(a, '<p style="text-indent:2em;line-height:180%%"><font size="3">%s</font></p>')
    author = "　作者：%s" % e(a["author"]) if a["author"] else ""
    body = """%(header)s
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>%(bc)s</tr>
<tr><td>
  <table width="94%%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="title" align="center" height="60"><font size="5" color="#B40000"><b>%(title)s</b></font></td></tr>
  <tr><td align="center" class="info" height="30"><font size="2" color="#666666">发布时间：%(date)s　来源：%(source)s%(author)s　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</font></td></tr>
  <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
  <tr><td class="content" id="zoom" style="padding:20px">
%(paras)s
  </td></tr>
  %(att)s
  <tr><td align="right"><font size="2">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
  </table>
</td></tr>
</table>
%(footer)s""" % dict(header=header_html("table"), bc=breadcrumb(a["col"], "正文", "table"), title=e(a["title"]),
                     date=a["date"], source=e(a["source"]), author=author, paras=paras,
                     att=attachments_html(a, "table"), footer=footer_html("table"))
    return page(a["title"] + "_" + S.SITE_NAME, META_CHARSET[a["encoding"]], body, css="/css/old.css")


def sidebar_html(ctx: dict) -> str:
    items = "".join('<li><a href="%s">%s</a></li>' % (x["url"], e(x["title"])) for x in ctx["hot"])
    return ('<aside class="sidebar"><div class="side-box"><h3>热点信息</h3><ul>%s</ul></div>'
            '<div class="side-box"><h3>便民服务</h3><ul><li><a href="/lxwm/index.html">联系我们</a></li>'
            '<li><a href="/search/index.html">信息检索</a></li></ul></div></aside>' % items)


def render_div(a: Article, ctx: dict) -> str:
    paras = body_blocks(a, "<p>%s</p>")
    info = "%s %s" % (a["date"], a["time"]) if a.get("time") else a["date"]
    author = '<span class="author">作者：%s</span>' % e(a["author"]) if a["author"] else ""
    prev_a, next_a = ctx["prev"], ctx["next"]
    pn = '<div class="prev-next"><p>上一篇：%s</p><p>下一篇：%s</p></div>' % (
        '<a href="%s">%s</a>' % (prev_a["url"], e(prev_a["title"])) if prev_a else "没有了",
        '<a href="%s">%s</a>' % (next_a["url"], e(next_a["title"])) if next_a else "没有了")
    rel_items = "".join('<li><a href="%s">%s</a><span class="date">%s</span></li>'
                        % (r["url"], e(r["title"]), r["date"]) for r in ctx["related"])
    body = """%(header)s
<div class="w1200 main">
%(bc)s
<div class="content-wrap">
<div class="article">
  <h1>%(title)s</h1>
  <div class="info-bar"><span class="time">%(info)s</span><span class="source">来源：%(source)s</span>%(author)s<span class="views">浏览次数：<script>document.write(Math.floor(Math.random()*1000))</script></span></div>
  <div class="tools"><span>分享到：</span><a href="javascript:void(0)" class="share-wx">微信</a><a href="javascript:void(0)" class="share-wb">微博</a><a href="javascript:void(0)" class="share-qq">QQ空间</a>
   <span class="font-size">字号：<a href="javascript:setSize(18)">大</a><a href="javascript:setSize(16)">中</a><a href="javascript:setSize(14)">小</a></span>
   <a href="javascript:window.print()" class="print">打印</a></div>
  <div class="article-content" id="zoom">
%(paras)s
  </div>
  %(att)s
  <div class="editor">责任编辑：%(editor)s</div>
  %(pn)s
  <div class="related"><h3>相关新闻</h3><ul>%(rel)s</ul></div>
</div>
%(side)s
</div>
</div>
%(footer)s""" % dict(header=header_html("div"), bc=breadcrumb(a["col"], "正文"), title=e(a["title"]),
                     info=info, source=e(a["source"]), author=author, paras=paras,
                     att=attachments_html(a, "div"), editor=ctx["editor"], pn=pn, rel=rel_items,
                     side=sidebar_html(ctx), footer=footer_html("div"))
    return page(a["title"] + "-" + S.SITE_NAME, "utf-8", body)


def disclosure_meta(a: Article) -> dict:
    m = dict(a.get("meta") or {})
    year = a["date"][:4]
    out = {
        "索引号": m.get("索引号", "11130100MB0123456X/%s-%05d" % (year, a["id"] % 100000)),
        "主题分类": m.get("主题分类", "综合政务\\其他"),
        "发布机构": m.get("发布机构", a["source"]),
        "生成日期": m.get("生成日期", a["date"]),
        "成文日期": m.get("成文日期", a["date"]),
        "文号": m.get("文号", ""),
        "有效性": m.get("有效性", "有效"),
    }
    return out


def render_disclosure(a: Article, ctx: dict) -> str:
    m = disclosure_meta(a)
    paras = body_blocks(a, '<p style="text-indent:2em;">%s</p>')
    body = """%(header)s
<div class="w1200 main xxgk">
%(bc)s
<div class="xxgk-detail">
  <table class="xxgk-meta" width="100%%" border="0" cellspacing="0" cellpadding="0">
    <tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>%(idx)s</td><th>主题分类：</th><td>%(topic)s</td></tr>
    <tr><th>发布机构：</th><td>%(organ)s</td><th>生成日期：</th><td>%(made)s</td></tr>
    <tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">%(title)s</td></tr>
    <tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>%(docno)s</td><th>成文日期：</th><td>%(written)s</td></tr>
    <tr><th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td colspan="3">%(valid)s</td></tr>
  </table>
  <div class="xxgk-title"><h2>%(title)s</h2></div>
  <div class="xxgk-info">发布日期：%(made)s　来源：%(organ)s　浏览次数：<span id="hits">--</span></div>
  <div class="TRS_Editor" id="zoom">
%(paras)s
  </div>
  %(att)s
  <div class="xxgk-tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
</div>
%(footer)s""" % dict(header=header_html("div"), bc=breadcrumb(a["col"], "正文"), idx=e(m["索引号"]),
                     topic=e(m["主题分类"]), organ=e(m["发布机构"]), made=m["生成日期"], title=e(a["title"]),
                     docno=e(m["文号"]), written=m["成文日期"], valid=e(m["有效性"]), paras=paras,
                     att=attachments_html(a, "div"), footer=footer_html("disclosure"))
    return page(a["title"], META_CHARSET[a["encoding"]], body, css="/css/xxgk.css")


def roc_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return "民國%d年%d月%d日" % (y - 1911, m, d)


def county_nav() -> str:
    links = [("首頁", "/"), ("新聞中心", "/xwzx/"), ("友好鄉鎮動態", "/xwzx/yhxz/"),
             ("政府信息公開", "/zwgk/"), ("聯絡我們", "/lxwm/index.html")]
    return " | ".join('<a href="%s"><font color="#FFFFFF">%s</font></a>' % (u, n) for n, u in links)


def county_frame(inner: str, crumb_extra: str | None) -> str:
    crumbs = '<a href="/">首頁</a> &gt; <a href="/xwzx/">新聞中心</a> &gt; <a href="/xwzx/yhxz/">友好鄉鎮動態</a>'
    if crumb_extra:
        crumbs += " &gt; " + crumb_extra
    return """<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/county_banner.png" width="900" height="90" alt="清河鄉公所"></td></tr>
<tr><td bgcolor="#2F5F8F" height="26" align="center"><font size="2">%s</font></td></tr>
<tr><td height="24"><font size="2">目前位置：%s</font></td></tr>
<tr><td>
%s
</td></tr>
</table>
%s""" % (county_nav(), crumbs, inner, county_footer_html())


def render_county(a: Article, ctx: dict) -> str:
    date = roc_date(a["date"]) if a.get("roc") else a["date"].replace("-", "/")
    text = "<br><br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + e(p) for p in a["paras"])
    imgs = "".join('<br><br><img src="%s" alt="%s" border="0">' % (rel(a["dir"], a["dir"] + f), e(alt))
                   for f, alt in a["images"])
    att = "".join('<br>附件：<a href="%s">%s</a>' % (rel(a["dir"], a["dir"] + f), e(t)) for f, t in a["attachments"])
    author = "　撰稿：%s" % e(a["author"]) if a["author"] else ""
    inner = """<table width="100%%" border="0" cellpadding="6" cellspacing="1" bgcolor="#CCCCCC">
<tr><td bgcolor="#E8F0F8"><font size="3"><b>%(title)s</b></font></td></tr>
<tr><td bgcolor="#FFFFFF"><font size="2" color="#666666">發布日期：%(date)s　發布單位：%(source)s%(author)s</font></td></tr>
<tr><td bgcolor="#FFFFFF" class="news_content"><font size="3">
%(text)s%(imgs)s%(att)s
</font></td></tr>
<tr><td bgcolor="#FFFFFF" align="center"><font size="2"><a href="javascript:history.back()">回上一頁</a> | <a href="javascript:window.print()">列印本頁</a></font></td></tr>
</table>""" % dict(title=e(a["title"]), date=date, source=e(a["source"]), author=author, text=text,
                   imgs=imgs, att=att)
    return page(a["title"] + " - 清河鄉公所", "big5", county_frame(inner, "內容"), css="/css/county.css")


def render_seed(a: Article, ctx: dict) -> str:
    fmt = rubify if a.get("ruby") else e
    paras = "\n".join("<p>%s</p>" % fmt(p) for p in a["paras"])
    foot = "\n".join("<p>%s</p>" % fmt(ln) for ln in a["footer"])
    title_text = strip_pinyin(a["title"]) if a.get("ruby") else a["title"]
    body = """%(nav)s
<div class="w1000">
%(bc)s
<div class="detail">
  <h1 class="detail-title">%(title)s</h1>
  <div class="detail-info">发布时间：%(date)s %(time)s　来源：%(source)s</div>
  <div class="detail-content">
%(paras)s
  </div>
</div>
</div>
<div class="seed-footer">
%(foot)s
</div>""" % dict(nav=nav_html("div"), bc=breadcrumb(a["col"], "正文"), title=fmt(a["title"]), date=a["date"],
                 time=a["time"], source=e(a["source"]), paras=paras, foot=foot)
    return page(title_text, "utf-8", body, css="/css/seed.css")


RENDER = {"table": render_table, "div": render_div, "disclosure": render_disclosure,
          "county": render_county, "seed": render_seed}


# ----------------------------------------------------------------------------------------------
# List pages
# ----------------------------------------------------------------------------------------------
def list_page_urls(col: dict, n: int) -> list[str]:
    p = col["path"]
    if col["scheme"] == "trs":
        return [p + "index.html"] + [p + "index_%d.html" % i for i in range(1, n)]
    if col["scheme"] == "prevnext":
        return [p + "index.html"] + [p + "page_%d.html" % i for i in range(2, n + 1)]
    if col["scheme"] == "numbered":
        return [p + "index.html"] + [p + "list_%d.htm" % i for i in range(2, n + 1)]
    return [p + "index.html"]


def pager_html(col: dict, urls: list[str], i: int, total: int) -> str:
    n = len(urls)
    base = col["path"]
    name = lambda u: u[len(base):]  # noqa: E731  relative link within the column directory
    if col["scheme"] == "trs":
        plain = []
        plain.append('<a href="%s">首页</a>' % name(urls[0]))
        if i > 0:
            plain.append('<a href="%s">上一页</a>' % name(urls[i - 1]))
        for j, u in enumerate(urls):
            plain.append('<span class="current">%d</span>' % (j + 1) if j == i else '<a href="%s">%d</a>' % (name(u), j + 1))
        if i < n - 1:
            plain.append('<a href="%s">下一页</a>' % name(urls[i + 1]))
        plain.append('<a href="%s">尾页</a>' % name(urls[-1]))
        return """<div class="page">
<script type="text/javascript">
var currentPage = %d;//所在页从0开始
var countPage = %d//共多少页
//设置默认页
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
  else if(nCurrIndex == 1) document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;");
  else document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>&nbsp;");
  if(nCurrIndex == _nPageCount-1) document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
  else document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
  document.write("&nbsp;共" + _nPageCount + "页");
}
createPageHTML(%d, %d, "index", "html");
</script>
<noscript><div class="page-links">%s</div></noscript>
</div>
<div class="page-links">%s</div>""" % (i, n, n, i, " ".join(plain), " ".join(plain))
    if col["scheme"] == "prevnext":
        first = '<a href="%s">首页</a>' % name(urls[0]) if i > 0 else "首页"
        prev = '<a href="%s">上一页</a>' % name(urls[i - 1]) if i > 0 else "上一页"
        nxt = '<a href="%s">下一页</a>' % name(urls[i + 1]) if i < n - 1 else "下一页"
        last = '<a href="%s">尾页</a>' % name(urls[-1]) if i < n - 1 else "尾页"
        return ('<tr><td align="center" height="40"><font size="2">共%d条记录　第%d/%d页　%s　%s　%s　%s　'
                '转到<input type="text" size="2" id="goPage">页<input type="button" value="GO" '
                'onclick="goPage(%d)"></font></td></tr>' % (total, i + 1, n, first, prev, nxt, last, n))
    if col["scheme"] == "numbered":
        links = []
        for j, u in enumerate(urls):
            links.append('<b>[%d]</b>' % (j + 1) if j == i else '<a href="%s">[%d]</a>' % (name(u), j + 1))
        nxt = ' <a href="%s">下一頁</a>' % name(urls[i + 1]) if i < n - 1 else ""
        return '<tr><td align="center" bgcolor="#FFFFFF"><font size="2">頁次：%s%s　共%d筆</font></td></tr>' % (
            " ".join(links), nxt, total)
    return ""


def render_list(key: str, i: int, urls: list[str], chunk: list[Article], total: int) -> str:
    col = S.COLUMNS[key]
    pager = pager_html(col, urls, i, total)
    if col["template"] == "county":
        rows = "".join(
            '<tr><td bgcolor="#FFFFFF"><font size="2">．<a href="%s">%s</a></font></td>'
            '<td bgcolor="#FFFFFF" width="110" align="center"><font size="2">%s</font></td></tr>'
            % (rel(col["path"], a["url"]), e(a["title"]), a["date"].replace("-", "/")) for a in chunk)
        inner = ('<table width="100%%" border="0" cellpadding="5" cellspacing="1" bgcolor="#CCCCCC">'
                 '<tr><td bgcolor="#E8F0F8" colspan="2"><b>友好鄉鎮動態</b></td></tr>%s%s</table>' % (rows, pager))
        return page("友好鄉鎮動態 - 清河鄉公所", "big5", county_frame(inner, None), css="/css/county.css")
    if col["template"] == "table":
        rows = "".join(
            '<tr><td width="20" align="center"><img src="/images/dot.gif" width="5" height="5" alt=""></td>'
            '<td height="28"><a href="%s" target="_blank" title="%s">%s</a></td>'
            '<td width="100" align="right"><font size="2" color="#999999">%s</font></td></tr>'
            % (a["url"], e(a["title"]), e(a["title"]), a["date"]) for a in chunk)
        body = """%s
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>%s</tr>
<tr><td><table width="94%%" border="0" align="center" cellpadding="0" cellspacing="0" class="list">
<tr><td colspan="3" class="lanmu"><b>%s</b></td></tr>
%s
%s
</table></td></tr>
</table>
%s""" % (header_html("table"), breadcrumb(key, None, "table"), e(col["name"]), rows, pager, footer_html("table"))
        return page(col["name"] + "_" + S.SITE_NAME, META_CHARSET[col["encoding"]], body, css="/css/old.css")
    # div / disclosure / seed columns: modern list
    items = "".join('<li><a href="%s" target="_blank" title="%s">%s</a><span class="date">%s</span></li>'
                    % (rel(col["path"], a["url"]), e(a["title"]), e(a["title"]), a["date"]) for a in chunk)
    sec = S.SECTIONS[col["parent"]]
    side = "".join('<li%s><a href="%s">%s</a></li>' % (' class="on"' if k == key else "", c["path"],
                                                       e(c.get("name_sc", c["name"])))
                   for k, c in S.COLUMNS.items() if c["parent"] == col["parent"])
    body = """%s
<div class="w1200 main">
%s
<div class="list-wrap">
<div class="left-menu"><h2>%s</h2><ul>%s</ul></div>
<div class="list-right"><div class="list-title"><h3>%s</h3></div>
<ul class="news-list">%s</ul>
%s
</div>
</div>
</div>
%s""" % (header_html("div"), breadcrumb(key), sec["name"], side, e(col["name"]), items,
         pager if col["scheme"] == "trs" else "", footer_html("div" if col["template"] != "disclosure" else "disclosure"))
    return page(col["name"] + "-" + S.SITE_NAME, META_CHARSET[col["encoding"]], body)


# ----------------------------------------------------------------------------------------------
# Home and other pages
# ----------------------------------------------------------------------------------------------
def render_home(by_col: dict[str, list[Article]], pages_first: dict[str, list[Article]]) -> str:
    def block(key: str, n: int) -> str:
        col = S.COLUMNS[key]
        items = "".join('<li><a href="%s" target="_blank">%s</a><span>%s</span></li>'
                        % (a["url"], e(a["title"]), a["date"][5:]) for a in pages_first[key][:n])
        return ('<div class="idx-box"><div class="idx-hd"><h3>%s</h3><a class="more" href="%sindex.html">更多&gt;&gt;</a></div>'
                '<ul>%s</ul></div>' % (e(col.get("name_sc", col["name"])), col["path"], items))

    heads = sorted((a for k in ("zwyw", "tzgg", "bmdt") for a in pages_first[k][:3]),
                   key=lambda a: a["date"], reverse=True)[:6]
    headline = pages_first["zwyw"][0]
    head_items = "".join('<li><a href="%s" target="_blank">%s</a><span class="date">%s</span></li>'
                         % (a["url"], e(a["title"]), a["date"]) for a in heads)
    nbgl = "".join('<li><a href="%s">%s</a></li>' % (u, e(t)) for u, t in S.NBGL_PAGES)
    body = """%(header)s
<div class="w1200 main index">
<div class="breadcrumb">当前位置：<a href="/">首页</a></div>
<div class="headline"><h2><a href="%(hl_url)s" target="_blank">%(hl_title)s</a></h2></div>
<div class="idx-row">
  <div class="focus"><img src="/images/focus.jpg" alt="清河风光"></div>
  <div class="idx-box toutiao"><div class="idx-hd"><h3>要闻头条</h3></div><ul>%(heads)s</ul></div>
</div>
<div class="idx-row">%(b1)s%(b2)s</div>
<div class="idx-row">%(b3)s%(b4)s</div>
<div class="idx-row">%(b5)s%(b6)s</div>
<div class="idx-row">%(b7)s%(b8)s</div>
<div class="idx-row"><div class="idx-box"><div class="idx-hd"><h3>内部办公</h3></div><ul>%(nbgl)s</ul></div></div>
</div>
%(footer)s""" % dict(header=header_html("div"), hl_url=headline["url"], hl_title=e(headline["title"]),
                     heads=head_items, b1=block("zwyw", 7), b2=block("tzgg", 7), b3=block("bmdt", 6),
                     b4=block("zcjd", 5), b5=block("cgjg", 5), b6=block("rsrm", 5), b7=block("yhxz", 5),
                     b8=block("qyhz", 2), nbgl=nbgl, footer=footer_html("div"))
    return page(S.SITE_NAME, "utf-8", body, extra_head='<meta name="keywords" content="清河,清河市,人民政府">\n')


def simple_page(title: str, crumb: str, inner: str) -> str:
    body = """%s
<div class="w1200 main">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; %s</div>
<div class="simple-page">%s</div>
</div>
%s""" % (header_html("div"), e(crumb), inner, footer_html("div"))
    return page(title + "-" + S.SITE_NAME, "utf-8", body)


def render_section(sec_key: str, pages_first: dict[str, list[Article]]) -> str:
    sec = S.SECTIONS[sec_key]
    boxes = []
    for k, c in S.COLUMNS.items():
        if c["parent"] != sec_key:
            continue
        items = "".join('<li><a href="%s">%s</a><span>%s</span></li>' % (a["url"], e(a["title"]), a["date"])
                        for a in pages_first[k][:4])
        boxes.append('<div class="idx-box"><div class="idx-hd"><h3><a href="%s">%s</a></h3></div><ul>%s</ul></div>'
                     % (c["path"], e(c.get("name_sc", c["name"])), items))
    return simple_page(sec["name"], sec["name"], "".join(boxes))


def render_contact() -> str:
    inner = """<h2>联系我们</h2>
<table class="contact" border="1" cellspacing="0" cellpadding="6">
<tr><th>单位名称</th><td>%s</td></tr>
<tr><th>办公地址</th><td>%s</td></tr>
<tr><th>邮政编码</th><td>%s</td></tr>
<tr><th>值班电话</th><td>%s</td></tr>
<tr><th>电子邮箱</th><td>%s</td></tr>
</table>
<h3 id="jiucuo">网站纠错</h3>
<p>如发现本网站存在错别字、链接失效等问题，请发送邮件至%s，我们将在3个工作日内处理。</p>""" % (
        S.HOST_ORG, S.ADDRESS, S.POSTCODE, S.PHONE, S.EMAIL, S.EMAIL)
    return simple_page("联系我们", "联系我们", inner)


def render_search() -> str:
    inner = """<h2>站内搜索</h2>
<form action="/search/index.html" method="get" class="adv-search">
<p>关键词：<input type="text" name="q" size="40"></p>
<p>栏目：<select name="channel"><option value="">全部</option><option value="zwyw">政务要闻</option><option value="tzgg">通知公告</option></select></p>
<p>时间：<input type="text" name="start" size="10"> 至 <input type="text" name="end" size="10"></p>
<p><input type="submit" value="搜索"></p>
</form>
<div id="search-result"><p class="tips">请输入关键词进行检索。</p></div>"""
    return simple_page("站内搜索", "站内搜索", inner)


def render_wzdt() -> str:
    rows = []
    for sk, sec in S.SECTIONS.items():
        cols = " ".join('<a href="%s">%s</a>' % (c["path"], e(c.get("name_sc", c["name"])))
                        for c in S.COLUMNS.values() if c["parent"] == sk)
        rows.append('<dl><dt><a href="%s">%s</a></dt><dd>%s</dd></dl>' % (sec["path"], sec["name"], cols))
    rows.append('<dl><dt>其他</dt><dd><a href="/lxwm/index.html">联系我们</a> <a href="/search/index.html">站内搜索</a></dd></dl>')
    return simple_page("网站地图", "网站地图", "<h2>网站地图</h2>" + "".join(rows))


def render_nbgl(path: str, title: str) -> str:
    links = "".join('<li><a href="%s">%s</a></li>' % (u, e(t)) for u, t in S.NBGL_PAGES if u != path)
    texts = {
        "/nbgl/index.html": "<p>本平台仅供市政府办公室内部工作人员使用，外部访问请勿操作。</p>",
        "/nbgl/login.html": ('<form action="/nbgl/login.html" method="post"><p>用户名：<input name="u"></p>'
                             '<p>密　码：<input name="p" type="password"></p><p><input type="submit" value="登录"></p></form>'),
        "/nbgl/txl.html": "<table border=\"1\"><tr><th>科室</th><th>电话</th></tr><tr><td>秘书一科</td><td>8601xxxx</td></tr>"
                          "<tr><td>信息科</td><td>8601xxxx</td></tr></table>",
    }
    return simple_page(title, "内部办公", "<h2>%s</h2>%s<ul>%s</ul>" % (e(title), texts[path], links))


# ----------------------------------------------------------------------------------------------
# Binary assets: attachments, images (tiny, deterministic, real formats)
# ----------------------------------------------------------------------------------------------
def png_bytes(w: int, h: int, seed: int) -> bytes:
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes(((x * 255 // max(w - 1, 1) + seed * 40) % 256,
                          (y * 255 // max(h - 1, 1) + seed * 70) % 256,
                          (160 + seed * 25) % 256))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def jpeg_bytes(w: int, h: int, seed: int) -> bytes:
    """A tiny real baseline grayscale JPEG: one flat 8x8 block per DC value (a blocky gradient)."""
    bw, bh = (w + 7) // 8, (h + 7) // 8
    out = bytearray(b"\xff\xd8")
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    out += b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)  # quant table of ones
    out += b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, h, w, 1) + b"\x01\x11\x00"
    # DC table: categories 0..11 all with 4-bit codes; AC table: only EOB (0x00) with a 1-bit code.
    dc_bits = [0, 0, 0, 12] + [0] * 12
    out += b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + 12) + b"\x00" + bytes(dc_bits) + bytes(range(12))
    ac_bits = [1] + [0] * 15
    out += b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + 1) + b"\x10" + bytes(ac_bits) + b"\x00"
    out += b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00"
    bits: list[int] = []

    def put(value: int, n: int) -> None:
        bits.extend((value >> (n - 1 - i)) & 1 for i in range(n))

    prev = 0
    for by in range(bh):
        for bx in range(bw):
            level = (bx * 200 // max(bw - 1, 1) + by * 40 // max(bh - 1, 1) + seed * 30) % 230 + 10
            dc = (level - 128) * 8  # DC coefficient of a flat block with quant 1
            diff, prev = dc - prev, dc
            cat = abs(diff).bit_length()
            put(cat, 4)
            if cat:
                put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
            put(0, 1)  # EOB
    while len(bits) % 8:
        bits.append(1)
    data = bytearray()
    for i in range(0, len(bits), 8):
        byte = int("".join(map(str, bits[i:i + 8])), 2)
        data.append(byte)
        if byte == 0xFF:
            data.append(0)
    out += data + b"\xff\xd9"
    return bytes(out)


def pdf_bytes(title: str) -> bytes:
    text = title.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
    stream = ("BT /F1 14 Tf 72 760 Td (%s) Tj ET" % text).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def ooxml_bytes(kind: str, title: str) -> bytes:
    import io
    buf = io.BytesIO()
    ts = (2023, 1, 1, 0, 0, 0)

    def add(zf: zipfile.ZipFile, name: str, data: str) -> None:
        zi = zipfile.ZipInfo(name, ts)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(zi, data.encode("utf-8"))

    with zipfile.ZipFile(buf, "w") as zf:
        if kind == "docx":
            add(zf, "[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            add(zf, "_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
            add(zf, "word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % html.escape(title))
        else:
            add(zf, "[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
            add(zf, "_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
            add(zf, "xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
            add(zf, "xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
            add(zf, "xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row></sheetData></worksheet>' % html.escape(title))
    return buf.getvalue()


def attachment_bytes(fname: str, title: str) -> bytes:
    ext = fname.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return pdf_bytes("Qinghe demo attachment " + fname)
    if ext in ("docx", "xlsx"):
        return ooxml_bytes(ext, title)
    # .doc / .xls: an OLE2 compound-file signature and padding (a dummy, like many scanned uploads)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + title.encode("utf-8")


CSS = {
    "style.css": "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}.w1200{width:1200px;margin:0 auto}"
                 ".main-nav ul{display:flex;background:#b40000;margin:0;padding:0;list-style:none}.main-nav a{color:#fff;padding:0 14px;line-height:44px}"
                 ".article h1{text-align:center;font-size:26px;color:#b40000}.info-bar span{margin:0 10px;color:#888}"
                 ".content-wrap{display:flex}.article{flex:1}.sidebar{width:300px}.footer{background:#f2f2f2;text-align:center;padding:20px 0}\n",
    "old.css": "body{margin:0;font-size:12px;background:#f0f0f0}td.title{font-family:'宋体'}.nav a{text-decoration:none}\n",
    "xxgk.css": "@import url(/css/style.css);.xxgk-meta th{background:#f5f5f5;width:110px;text-align:right}.xxgk-meta td{border:1px solid #ddd}\n",
    "county.css": "body{margin:0;background:#dfe8f0;font-family:'新細明體',serif}.news_content{line-height:200%}\n",
    "seed.css": "body{margin:0;font:15px/1.9 serif}.w1000{width:1000px;margin:0 auto}.detail-title{text-align:center}"
                ".seed-footer{background:#1d4e89;color:#fff;text-align:center;padding:16px}\n",
}

COMMON_JS = """function doZoom(size){var z=document.getElementById('zoom');if(z){z.style.fontSize=size+'px';}}
function setSize(size){doZoom(size);}
function goPage(n){var v=parseInt(document.getElementById('goPage').value,10);if(v>=1&&v<=n){location.href=v==1?'index.html':'page_'+v+'.html';}}
function wza(){alert('无障碍浏览');}
"""


# ----------------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------------
class Site:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def add(self, path: str, data: bytes) -> None:
        assert path.startswith("/") and path not in self.files, path
        self.files[path] = data

    def add_html(self, path: str, text: str, encoding: str) -> None:
        codec = ENCODINGS[encoding]
        try:
            data = text.encode(codec)  # strict: a character outside the charset is a build error
        except UnicodeEncodeError as exc:
            raise SystemExit("%s: cannot encode %r as %s" % (path, exc.object[exc.start:exc.end], codec))
        self.add(path, data)


HREF_RE = re.compile(r"""<(?:a|link)\b[^>]*?\bhref="([^"]*)"|<(?:img|script)\b[^>]*?\bsrc="([^"]*)\"""", re.I)


def internal_links(page_path: str, text: str) -> list[str]:
    out = []
    for m in HREF_RE.finditer(text):
        href = html.unescape(m.group(1) or m.group(2) or "")
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        u = urlsplit(urljoin("http://h" + page_path, href))
        if u.netloc != "h":
            continue
        out.append(u.path)
    return out


def build(site_dir: Path = SITE_DIR, expected_path: Path = EXPECTED) -> dict:
    by_col = load_articles()
    site = Site()
    texts: dict[str, str] = {}  # decoded text of every HTML page, for the link check

    def html_out(path: str, text: str, encoding: str) -> None:
        site.add_html(path, text, encoding)
        texts[path] = text

    # --- uniqueness of every paragraph and title --------------------------------------------------
    seen: dict[str, str] = {}
    for arts in by_col.values():
        for a in arts:
            for p in clean_paragraphs(a):
                if not p:
                    raise SystemExit("%s: empty paragraph" % a["url"])
                if p in seen:
                    raise SystemExit("paragraph repeated in %s and %s: %s" % (seen[p], a["url"], p[:40]))
                seen[p] = a["url"]
    urls = [a["url"] for arts in by_col.values() for a in arts]
    assert len(urls) == len(set(urls)), "duplicate article URL"

    # --- list pages ---------------------------------------------------------------------------
    list_pages: list[str] = []
    pages_first: dict[str, list[Article]] = {}
    columns_out: dict[str, dict] = {}
    page_of: dict[str, int] = {}
    for key, col in S.COLUMNS.items():
        arts = by_col[key]
        size = col["page_size"]
        chunks = [arts[i:i + size] for i in range(0, len(arts), size)] or [[]]
        lp = list_page_urls(col, len(chunks))
        for i, (u, chunk) in enumerate(zip(lp, chunks)):
            html_out(u, render_list(key, i, lp, chunk, len(arts)), col["encoding"])
            for a in chunk:
                page_of[a["url"]] = i
        list_pages.extend(lp)
        pages_first[key] = chunks[0]
        columns_out[key] = dict(name=col["name"], path=col["path"], section=col["parent"],
                                template=col["template"], encoding=col["encoding"], scheme=col["scheme"],
                                page_size=size, list_pages=lp, articles=[a["url"] for a in arts],
                                content_type=content_type_for(lp[0]),
                                article_content_type=content_type_for(arts[0]["url"]) if arts else None)

    # --- articles -------------------------------------------------------------------------------
    hot = (pages_first["zwyw"][:4] + pages_first["tzgg"][:2])
    editors = ["张明", "刘洋", "赵静", "孙浩", "周婷"]
    articles_out: dict[str, dict] = {}
    attachments_out: dict[str, str] = {}
    images_out: list[str] = []
    for key, arts in by_col.items():
        first = pages_first[key]
        for i, a in enumerate(arts):
            related = [r for r in first if r["url"] != a["url"]][:5]
            ctx = dict(prev=arts[i - 1] if i > 0 else None, next=arts[i + 1] if i + 1 < len(arts) else None,
                       related=related, hot=[h for h in hot if h["url"] != a["url"]],
                       editor=editors[a["id"] % len(editors)])
            html_out(a["url"], RENDER[a["template"]](a, ctx), a["encoding"])
            att_paths = []
            for fname, text in a["attachments"]:
                p = a["dir"] + fname
                site.add(p, attachment_bytes(fname, text))
                att_paths.append(p)
                attachments_out[p] = content_type_for(p)
            img_paths = []
            for n, (fname, _alt) in enumerate(a["images"]):
                p = a["dir"] + fname
                w, h = (200, 120) if n == 0 else (160, 96)
                site.add(p, jpeg_bytes(w, h, a["id"] % 7) if fname.endswith(".jpg") else png_bytes(w, h, a["id"] % 5))
                img_paths.append(p)
            images_out.extend(img_paths)
            published = a["date"] + ("T" + a["time"] if a.get("time") and a["template"] in ("div", "seed") else "")
            title = strip_pinyin(a["title"]) if a["template"] == "seed" else a["title"]
            entry = dict(title=title, published=published, source=a["source"], author=a["author"],
                         paragraphs=clean_paragraphs(a), encoding=a["encoding"], template=a["template"],
                         column=key, list_page=columns_out[key]["list_pages"][page_of[a["url"]]],
                         content_type=content_type_for(a["url"]), attachments=att_paths, images=img_paths,
                         meta=disclosure_meta(a) if a["template"] == "disclosure" else {})
            if a.get("table"):
                entry["tables"] = [a["table"]]
            if a["template"] == "seed":
                entry["ruby"] = bool(a.get("ruby"))
                entry["raw_title"] = a["title"]
                entry["raw_paragraphs"] = list(a["paras"])
                entry["footer"] = list(a["footer"])
            if a["template"] == "county":
                entry["roc_date"] = bool(a.get("roc"))
            if a["dead_links"]:
                entry["dead_links"] = [h for h, _ in a["dead_links"]]
            articles_out[a["url"]] = entry

    # --- home, sections, other pages, robots-disallowed section ------------------------------------
    html_out("/index.html", render_home(by_col, pages_first), "utf-8")
    for sk, sec in S.SECTIONS.items():
        html_out(sec["path"] + "index.html", render_section(sk, pages_first), "utf-8")
    html_out("/lxwm/index.html", render_contact(), "utf-8")
    html_out("/search/index.html", render_search(), "utf-8")
    html_out("/wzdt/index.html", render_wzdt(), "utf-8")
    for u, t in S.NBGL_PAGES:
        html_out(u, render_nbgl(u, t), "utf-8")
    other_pages = ["/", "/index.html"] + [s["path"] for s in S.SECTIONS.values()] + \
        [s["path"] + "index.html" for s in S.SECTIONS.values()] + \
        ["/lxwm/index.html", "/search/index.html", "/wzdt/index.html"]

    # --- static assets -----------------------------------------------------------------------------
    for name, css in CSS.items():
        site.add("/css/" + name, css.encode("utf-8"))
    site.add("/js/common.js", COMMON_JS.encode("utf-8"))
    site.add("/images/logo.png", png_bytes(320, 60, 1))
    site.add("/images/banner.png", png_bytes(245, 30, 2))
    site.add("/images/county_banner.png", png_bytes(225, 23, 3))
    site.add("/images/gongan.png", png_bytes(16, 16, 4))
    site.add("/images/dot.gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xb4\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00"
             b"\x01\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    site.add("/images/focus.jpg", jpeg_bytes(320, 180, 5))

    disallowed = [u for u, _ in S.NBGL_PAGES]
    site.add("/robots.txt", ("# robots.txt for 清河市人民政府门户网站\n"
                             "User-agent: *\nDisallow: /nbgl/\n\n"
                             "Sitemap: /sitemap.xml\n").encode("utf-8"))
    sm = ['<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', "<url><loc>/</loc></url>"]
    for key, col in S.COLUMNS.items():
        sm.append("<url><loc>%s</loc><changefreq>daily</changefreq></url>" % col["path"])
    for arts in by_col.values():
        for a in arts:
            sm.append("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (a["url"], a["date"]))
    sm.append("</urlset>")
    site.add("/sitemap.xml", ("\n".join(sm) + "\n").encode("utf-8"))

    # --- link check and reachability -------------------------------------------------------------
    def resolve(p: str) -> str:
        return p + "index.html" if p.endswith("/") else p

    links = {p: [resolve(x) for x in internal_links(p, t)] for p, t in texts.items()}
    dead = sorted({x for xs in links.values() for x in xs if x not in site.files} - set(DEAD_LINKS)
                  - {h for arts in by_col.values() for a in arts for h, _ in a["dead_links"]})
    if dead:
        raise SystemExit("dead internal links: %s" % dead[:10])
    later = {u for k in columns_out for u in columns_out[k]["list_pages"][1:]}

    def reach(skip: set[str]) -> set[str]:
        seen_, q = {"/index.html"}, deque(["/index.html"])
        while q:
            for x in links.get(q.popleft(), []):
                if x not in seen_ and x not in skip and x in site.files:
                    seen_.add(x)
                    q.append(x)
        return seen_

    full, without_later = reach(set()), reach(later)
    unreached = sorted(set(articles_out) - full)
    if unreached:
        raise SystemExit("articles unreachable from the home page: %s" % unreached)
    only_later = sorted(set(articles_out) - without_later)

    # --- write ---------------------------------------------------------------------------------------
    if site_dir.exists():
        shutil.rmtree(site_dir)
    for path, data in sorted(site.files.items()):
        f = site_dir / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)

    expected = dict(
        site=dict(name=S.SITE_NAME, site_code=S.SITE_CODE, icp=S.ICP, gongan=S.GONGAN, host=S.HOST_ORG),
        articles=dict(sorted(articles_out.items())),
        list_pages=list_pages,
        columns=columns_out,
        disallowed=disallowed,
        other_pages=other_pages,
        attachments=dict(sorted(attachments_out.items())),
        images=sorted(images_out),
        dead_links=sorted({h for arts in by_col.values() for a in arts for h, _ in a["dead_links"]}),
        only_via_later_list_pages=only_later,
        robots=dict(disallow=["/nbgl/"], sitemap="/sitemap.xml"),
        static=sorted(p for p in site.files if p.startswith(("/css/", "/js/", "/images/"))),
    )
    expected_path.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return expected


def main() -> int:
    exp = build()
    n = len(exp["articles"])
    by_t: dict[str, int] = {}
    by_e: dict[str, int] = {}
    for a in exp["articles"].values():
        by_t[a["template"]] = by_t.get(a["template"], 0) + 1
        by_e[a["encoding"]] = by_e.get(a["encoding"], 0) + 1
    print("built %d articles, %d list pages -> %s" % (n, len(exp["list_pages"]), SITE_DIR))
    print("templates: %s" % by_t)
    print("encodings: %s" % by_e)
    print("only via later list pages: %d" % len(exp["only_via_later_list_pages"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
