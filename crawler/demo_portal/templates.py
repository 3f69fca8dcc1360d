"""The demo portal's page templates: articles in five CMS styles (table, div, 信息公开 disclosure,
Big5 county, the seed page), list pages with their pagers, the home page and the other pages."""

from __future__ import annotations

from crawler.demo_portal.common import (
    META_CHARSET,
    Article,
    breadcrumb,
    county_footer_html,
    e,
    footer_html,
    header_html,
    nav_html,
    page,
    rubify,
    strip_pinyin,
)
from crawler.demo_portal.content import site as S


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
createPageHTML(countPage, currentPage, "index", "html");
</script>
<noscript><div class="page-links">%s</div></noscript>
</div>
<div class="page-links">%s</div>""" % (i, n, " ".join(plain), " ".join(plain))
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


