"""What every page of the demo portal shares: the articles loaded from ``content/``, text helpers
(pinyin, escaping) and the chrome (header, navigation, breadcrumb, footers, friend links)."""

from __future__ import annotations

import html
import importlib
import re

from crawler.demo_portal.content import site as S

ENCODINGS = {"utf-8": "utf-8", "gbk": "gbk", "big5": "big5"}
META_CHARSET = {"utf-8": "utf-8", "gbk": "gb2312", "big5": "big5"}
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


