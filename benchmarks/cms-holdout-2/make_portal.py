"""Build the second held-out CMS zoo: 青峰区人民政府 (fictional).

    python benchmarks/cms-holdout-2/make_portal.py    # rewrites site/, routes.json, expected.json here

Written blind to the crawler's discovery code, of list mechanisms the two other zoos do not have:
pager functions that live only in an external same-site script (a ``showPage(...)`` call whose body
is in ``/js/page.js``; a JEECMS pager built from ``data-`` attributes by ``/r/cms/www/red/js/page.js``
in GBK), a 博达 VSB ``list.htm`` → ``list2.htm`` … list with ``<span class="p_pages">`` and a
``p_goto_input`` jump, a Vue page that fetches a JSON API whose URL is in a script, a JSONP list, a
"加载更多" button with ``data-url``/``data-page``, an ASP.NET GridView pager (``__doPostBack`` form
POSTs with ``__VIEWSTATE``), a page-number ``<select>`` whose URL is built in ``onchange``, a
政府信息公开 ``gkml`` tree loaded from JSON, and bad inputs: a pager script that 404s, one that is
binary, one that is huge, one on another host, and a pager announcing 99999 pages. Built for the
discovery benchmark; the crawler's developers should not tune against it (see README.md).
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.cms_zoo.text import Article  # noqa: E402
from tests.cms_zoo.zoo import Zoo, day_list  # noqa: E402

SITE = "青峰区人民政府"
e = html.escape

PLACES_QINGFENG = {
    "city": "青峰区",
    "districts": ["青峰区"],
    "towns": ["凤凰街道", "云台镇", "白马镇", "双溪乡", "清泉街道", "梅山镇", "西坪乡", "东湖街道", "金鸡镇",
              "龙门乡", "石岭镇", "桃李街道"],
    "villages": ["新桥村", "红星村", "柏树村", "塘坊村", "联合村", "杉木村", "光明村", "田心村", "青龙村"],
    "leaders": ["罗振华", "邓丽君", "谢国栋", "曾晓梅", "彭建平", "蒋文涛"],
}

NAV = [
    ("/xwzx/qfyw/index.html", "青峰要闻"),
    ("/xwzx/bmdt/index.jhtml", "部门动态"),
    ("/xwzx/xzdt/list.htm", "乡镇动态"),
    ("/xwzx/tpxw/index.html", "图片新闻"),
    ("/zwgk/tzgg/index.html", "通知公告"),
    ("/xwzx/mtjj/index.html", "媒体聚焦"),
    ("/zwgk/zcwj/List.aspx", "政策文件"),
    ("/zwgk/rsrm/index.html", "人事任免"),
    ("/gkml/index.html", "政府信息公开目录"),
    ("/zwgk/jyta/index.html", "建议提案"),
    ("/zwgk/czzj/index.html", "财政资金"),
    ("/zwgk/ghjh/index.html", "规划计划"),
    ("/zwgk/tjxx/index.html", "统计信息"),
    ("/zwgk/zdxm/index.html", "重点项目"),
]


def page(title: str, body: str, head: str = "", charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{e(title)}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="www.qingfeng.gov.cn">
<meta name="SiteIDCode" content="5101990003">
<link rel="stylesheet" type="text/css" href="/css/style.css" />
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
{head}</head>
<body>
<div class="top"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="{SITE}" /></a>
<form action="/search/search.jsp" method="get" target="_blank"><input type="text" name="q" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/xwzx/qfyw/index.html">新闻中心</a><a href="/zwgk/tzgg/index.html">政务公开</a><a href="/gkml/index.html">信息公开</a></div></div>
{body}
<div class="footer"><div class="w1200">
<p>主办单位：青峰区人民政府办公室　承办单位：青峰区大数据中心　地址：青峰区政务大道1号</p>
<p>网站标识码：5101990003　<a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备12003456号-1</a>　<img src="/images/ga.png" />川公网安备 51019902000123号</p>
</div></div>
</body>
</html>
"""


def list_body(column: str, items: list[tuple[str, str, str]], pager: str, ul_id: str = "") -> str:
    lis = "\n".join(
        f'<li><a href="{href}" target="_blank" title="{e(t)}">{e(t)}</a><span>{d}</span></li>' for href, t, d in items
    )
    ul = f' id="{ul_id}"' if ul_id else ""
    return f"""<div class="w1200 main">
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <span>{e(column)}</span></div>
<div class="list_right">
<div class="list_tit">{e(column)}</div>
<ul class="list_ul"{ul}>
{lis}
</ul>
{pager}
</div>
</div>"""


def article_page(a: Article, column: str, charset: str = "utf-8") -> str:
    paras = "\n".join(f"<p style=\"text-indent: 2em;\">{e(p)}</p>" for p in a.paragraphs)
    author = f"　作者：{e(a.author)}" if a.author else ""
    return page(f"{a.title}_{SITE}", f"""<div class="w1200 main">
<div class="position">您当前的位置：<a href="/">首页</a> &gt; {e(column)} &gt; 正文</div>
<div class="article">
<h1 class="art_title">{e(a.title)}</h1>
<div class="art_info">发布时间：{a.date} {a.time}　来源：{e(a.source)}{author}　<a href="javascript:window.print();">打印</a></div>
<div class="art_con" id="zoom">
{paras}
</div>
</div>
</div>""", f'<meta name="ArticleTitle" content="{e(a.title)}">\n<meta name="PubDate" content="{a.date} {a.time}">\n'
            f'<meta name="ContentSource" content="{e(a.source)}">\n', charset)


# --- the external pager scripts ------------------------------------------------------------------

# A site's own pager, /js/page.js: showPage(总页数, 当前页, 文件名, 扩展名); page 1 is NAME.EXT,
# page n is NAME_n.EXT (n counted from 2, unlike TRS's createPageHTML, whose second page is _1).
SHOWPAGE_JS = r"""/**
 * 分页 showPage(pageCount, currentPage, pageName, pageExt)
 * 第1页为 index.html，第n页为 index_n.html
 */
function showPage(pageCount, currentPage, pageName, pageExt) {
	var str = "";
	if (pageCount <= 1) { return; }
	str += "<span class=\"pageinfo\">共 " + pageCount + " 页</span>";
	if (currentPage > 1) {
		str += "<a href=\"" + pageName + "." + pageExt + "\">首页</a>";
		str += "<a href=\"" + (currentPage == 2 ? pageName : pageName + "_" + (currentPage - 1)) + "." + pageExt + "\">上一页</a>";
	} else {
		str += "<span class=\"disabled\">首页</span><span class=\"disabled\">上一页</span>";
	}
	var start = Math.max(1, currentPage - 2), end = Math.min(pageCount, currentPage + 2);
	for (var i = start; i <= end; i++) {
		if (i == currentPage) { str += "<span class=\"current\">" + i + "</span>"; }
		else { str += "<a href=\"" + (i == 1 ? pageName : pageName + "_" + i) + "." + pageExt + "\">" + i + "</a>"; }
	}
	if (currentPage < pageCount) {
		str += "<a href=\"" + pageName + "_" + (currentPage + 1) + "." + pageExt + "\">下一页</a>";
		str += "<a href=\"" + pageName + "_" + pageCount + "." + pageExt + "\">尾页</a>";
	} else {
		str += "<span class=\"disabled\">下一页</span><span class=\"disabled\">尾页</span>";
	}
	document.write(str);
}
"""

# JEECMS v9 style: the list page only carries <div class="pagination" data-...>; the script builds the
# links (GBK file: its 中文 labels are GBK bytes).
JEECMS_PAGE_JS = r"""/* JEECMS 前台分页 */
$(function () {
    $(".pagination").each(function () {
        var $p = $(this);
        var total = parseInt($p.attr("data-total-page"), 10);
        var cur = parseInt($p.attr("data-page-no"), 10);
        var base = $p.attr("data-url-prefix");   // e.g. index
        var suffix = $p.attr("data-url-suffix"); // e.g. .jhtml
        var href = function (n) { return n == 1 ? base + suffix : base + "_" + n + suffix; };
        var h = [];
        h.push("<span>共" + total + "页</span>");
        if (cur > 1) { h.push("<a href='" + href(1) + "'>首页</a>"); h.push("<a href='" + href(cur - 1) + "'>上一页</a>"); }
        if (cur < total) { h.push("<a href='" + href(cur + 1) + "'>下一页</a>"); h.push("<a href='" + href(total) + "'>尾页</a>"); }
        $p.html(h.join(" "));
    });
});
"""

# 博达 VSB: the 跳转 box's function, in the VSB system resource directory
VSB_GOTO_JS = r"""function _simple_list_gotopage_fun(pagemax, inputid, step) {
    var v = document.getElementById(inputid).value;
    var n = parseInt(v, 10);
    if (isNaN(n) || n < 1 || n > pagemax) { alert("请输入正确的页码"); return; }
    var url = (n == 1) ? "list.htm" : ("list" + n + ".htm");
    window.location.href = url;
}
"""


class Builder:
    def __init__(self) -> None:
        self.zoo = Zoo("青峰区人民政府 (fictional) - benchmarks/cms-holdout-2", "qingfeng-holdout-2", PLACES_QINGFENG)
        self.zoo.routes["postbacks"] = {}
        self.docid = 552000

    def nid(self, step: int = 7) -> int:
        self.docid += step
        return self.docid

    def static_column(self, key: str, column: str, mechanism: str, description: str, list_url, pages: int,
                      per: int, start: str, pager, *, exist: int | None = None, head: str = "",
                      charset: str = "utf-8", encoding: str = "utf-8", total: int | None = None,
                      entry: str | None = None, aliases: dict | None = None) -> dict:
        """A column of static list pages ``list_url(n)`` (n from 1); ``exist`` pages are written."""
        z = self.zoo
        exist = pages if exist is None else exist
        total = pages * per if total is None else total
        col = z.column(key, column, mechanism, entry or list_url(1), description)
        col["aliases"].update(aliases or {})
        dates = day_list(start, total, 2)
        for p in range(1, exist + 1):
            listed = list_url(p)
            col["list_pages"].append(listed)
            base = listed.rsplit("/", 1)[0] + "/"
            items = []
            for j in range(per):
                n = (p - 1) * per + j
                if n >= total:
                    break
                date = dates[n]
                ym = date[:7].replace("-", "")
                doc = f"{ym}/t{date.replace('-', '')}_{self.nid()}.html"
                art = z.article(col, base + doc, "./" + doc, date, encoding,
                                lambda a: article_page(a, column, charset), linked_from=[listed])
                items.append(("./" + doc, art.title, date))
            z.put(listed, page(f"{column}_{SITE}", list_body(column, items, pager(p)), head, charset), encoding)
        return col

    # ------------------------------------------------------------------------------------------
    def build_external_pagers(self) -> None:
        z = self.zoo
        z.put("/js/page.js", SHOWPAGE_JS)
        z.other_pages.append("/js/page.js")
        head = '<script type="text/javascript" src="/js/page.js"></script>\n'

        def url(base):
            return lambda n: f"{base}index.html" if n == 1 else f"{base}index_{n}.html"

        col = self.static_column(
            "showpage_ext", "青峰要闻", "external-js-showPage",
            "showPage(6,1,\"index\",\"html\") inline; the function only in /js/page.js: page 1 index.html, page n "
            "index_n.html (n from 2, not TRS's _1); the page's own links: none",
            url("/xwzx/qfyw/"), 6, 4, "2024-03-29",
            lambda p: f'<div class="page"><script type="text/javascript">showPage(6,{p},"index","html");</script></div>',
            head=head)
        col["announced"] = {"pages": 6, "text": "showPage(6,1,\"index\",\"html\")"}

        col = self.static_column(
            "bad_count_ext", "统计信息", "external-js-showPage",
            "bad input: showPage(99999,1,\"index\",\"html\") (the same /js/page.js); index.html and index_2.html exist, "
            "index_3.html on 404",
            url("/zwgk/tjxx/"), 99999, 3, "2024-02-02",
            lambda p: f'<div class="page"><script type="text/javascript">showPage(99999,{p},"index","html");</script></div>',
            head=head, exist=2, total=6)
        col["announced"] = {"pages": 99999, "text": "showPage(99999,1,\"index\",\"html\")"}
        col["announced_reachable"] = False

        # JEECMS: GBK pages, GBK script, pager from data- attributes
        z.put("/r/cms/www/red/js/page.js", JEECMS_PAGE_JS, "gbk")
        z.other_pages.append("/r/cms/www/red/js/page.js")
        z.content_type(r"^/xwzx/bmdt/", "text/html;charset=GBK")
        z.content_type(r"^/r/cms/", "application/javascript")
        col = self.static_column(
            "jeecms_data", "部门动态", "external-js-data-attributes",
            "JEECMS (.jhtml, GBK pages with charset=GBK header): <div class=\"pagination\" data-total-page=\"4\" "
            "data-page-no=\"1\" data-url-prefix=\"index\" data-url-suffix=\".jhtml\"></div>; the links are built by "
            "/r/cms/www/red/js/page.js (GBK) as index_n.jhtml",
            lambda n: "/xwzx/bmdt/index.jhtml" if n == 1 else f"/xwzx/bmdt/index_{n}.jhtml", 4, 4, "2024-03-27",
            lambda p: (f'<div class="pagination" data-total-page="4" data-page-no="{p}" data-url-prefix="index" '
                       'data-url-suffix=".jhtml"></div>'),
            head='<script type="text/javascript" src="/r/cms/www/red/js/page.js"></script>\n', charset="gbk",
            encoding="gbk")
        col["announced"] = {"pages": 4, "text": "data-total-page=\"4\""}

        # bad: the pager script answers 404
        col = self.static_column(
            "bad_js404", "建议提案", "bad-external-js-404",
            "bad input: pageNav(3, 1) from /js/pagenav.js, which answers 404: no page beyond the first can be known "
            "(none exists); 共3页 on the page",
            url("/zwgk/jyta/"), 3, 4, "2024-01-20",
            lambda p: '<div class="page">共3页 <script type="text/javascript">pageNav(3, 1);</script></div>',
            head='<script type="text/javascript" src="/js/pagenav.js"></script>\n', exist=1)
        col["announced"] = {"pages": 3, "text": "pageNav(3, 1)"}
        col["announced_reachable"] = False
        col["traps"] = ["/js/pagenav.js"]

        # bad: the pager script is binary (a PNG labelled as JavaScript)
        png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
               + bytes(range(256)) * 40)
        z.put_bytes("/js/fenye.js", png)
        z.other_pages.append("/js/fenye.js")
        col = self.static_column(
            "bad_js_binary", "财政资金", "bad-external-js-binary",
            "bad input: goPage(1, 4, 'list') from /js/fenye.js, which is PNG bytes labelled application/javascript; "
            "only the first page exists",
            lambda n: "/zwgk/czzj/index.html" if n == 1 else f"/zwgk/czzj/list_{n}.html", 4, 3, "2024-01-10",
            lambda p: "<div class=\"page\"><script>goPage(1, 4, 'list');</script></div>",
            head='<script type="text/javascript" src="/js/fenye.js"></script>\n', exist=1)
        col["announced"] = {"pages": 4, "text": "goPage(1, 4, 'list')"}
        col["announced_reachable"] = False

        # huge: a 3 MB bundle (vendor code first) that defines the pager near its end; pages exist
        filler = "".join(
            f"!function(t){{var e{i}=t.module{i}||{{}};e{i}.v=\"{i:06d}\";e{i}.f=function(n){{return n*{i % 97}+\"{'x' * 40}\"}};"
            f"t.module{i}=e{i}}}(window);\n" for i in range(16000))
        big = ("/*! app.bundle.js (webpack) */\n" + filler +
               "function renderPager(total, cur, prefix){var s='';for(var i=1;i<=total;i++){"
               "s+= i==cur ? '<b>'+i+'</b>' : '<a href=\"'+(i==1?prefix+'.html':prefix+'_'+i+'.html')+'\">'+i+'</a>';}"
               "document.getElementById('pager').innerHTML=s;}\n")
        z.put("/static/js/app.bundle.js", big)
        z.other_pages.append("/static/js/app.bundle.js")
        col = self.static_column(
            "huge_js", "规划计划", "external-js-huge",
            f"renderPager(3, 1, 'index') whose body is at the end of a {len(big) // 1000} kB /static/js/app.bundle.js "
            "(pages index.html, index_2.html, index_3.html exist)",
            url("/zwgk/ghjh/"), 3, 3, "2023-12-20",
            lambda p: f"<div class=\"page\" id=\"pager\"></div><script>renderPager(3, {p}, 'index');</script>",
            head='<script src="/static/js/app.bundle.js"></script>\n')
        col["announced"] = {"pages": 3, "text": "renderPager(3, 1, 'index')"}

        # offsite script: the pager function lives on another host
        col = self.static_column(
            "offsite_js", "重点项目", "bad-external-js-offsite",
            "pagination(3,1) from http://127.0.0.2:PORT/common/js/pagination.js (another host: must not be fetched); "
            "only the first page exists",
            url("/zwgk/zdxm/"), 3, 3, "2023-12-01",
            lambda p: "<div class=\"page\"><script>pagination(3,1);</script></div>",
            head='<script type="text/javascript" src="http://{{OFFSITE}}/common/js/pagination.js"></script>\n', exist=1)
        col["announced"] = {"pages": 3, "text": "pagination(3,1)"}
        col["announced_reachable"] = False
        col["offsite"] = ["http://{{OFFSITE}}/common/js/pagination.js"]

    # ------------------------------------------------------------------------------------------
    def build_vsb(self) -> None:
        z = self.zoo
        z.put("/system/resource/js/news/simplelistgotopage.js", VSB_GOTO_JS)
        z.other_pages.append("/system/resource/js/news/simplelistgotopage.js")
        pages, per = 9, 3
        total = pages * per - 1

        def pager(p: int) -> str:
            def href(n: int) -> str:
                return "list.htm" if n == 1 else f"list{n}.htm"
            parts = [f'<span class="p_t">共{total}条</span> <span class="p_pages">']
            if p > 1:
                parts.append(f'<span class="p_first"><a href="{href(1)}">首页</a></span><span class="p_prev"><a href="{href(p - 1)}">上页</a></span>')
            else:
                parts.append('<span class="p_first_d">首页</span><span class="p_prev_d">上页</span>')
            for n in range(max(1, p - 2), min(pages, p + 2) + 1):
                parts.append(f'<span class="p_no_d">{n}</span>' if n == p else f'<span class="p_no"><a href="{href(n)}">{n}</a></span>')
            if p + 2 < pages:
                parts.append('<span class="p_dot">...</span>')
            if p < pages:
                parts.append(f'<span class="p_next"><a href="{href(p + 1)}">下页</a></span><span class="p_last"><a href="{href(pages)}">尾页</a></span>')
            else:
                parts.append('<span class="p_next_d">下页</span><span class="p_last_d">尾页</span>')
            parts.append(f'</span> <span class="p_t">{p}/{pages}</span> <span class="p_t">到第</span><span class="p_goto">'
                         f'<input type="text" class="p_goto_input" maxlength="10" id="u8_goto" onkeydown="if(event.keyCode==13)'
                         f'{{_simple_list_gotopage_fun({pages},\'u8_goto\',2)}}" spellcheck="false"></span><span class="p_t">页</span>'
                         f'<span class="p_goto"><a href="javascript:;" onclick="_simple_list_gotopage_fun({pages},\'u8_goto\',2)">跳转</a></span>')
            return ('<div id="fanye">\n<table cellpadding="0" cellspacing="0" border="0"><tr><td colspan="2" align="center">'
                    + "".join(parts) + "</td></tr></table>\n</div>")

        col = z.column("vsb_list", "乡镇动态", "vsb-list-p_pages", "/xwzx/xzdt/list.htm",
                       "博达 VSB: list.htm, then list2.htm … list9.htm; <span class=\"p_pages\"> shows the two pages either side, "
                       "…, 下页/尾页; a p_goto_input box calls _simple_list_gotopage_fun(9,'u8_goto',2) (in "
                       "/system/resource/js/news/simplelistgotopage.js); articles ../../info/1051/NNNN.htm with "
                       "<div class=\"v_news_content\">; last page partial")
        dates = day_list("2024-03-28", total, 2)
        for p in range(1, pages + 1):
            listed = "/xwzx/xzdt/list.htm" if p == 1 else f"/xwzx/xzdt/list{p}.htm"
            col["list_pages"].append(listed)
            rows = []
            for j in range(per):
                n = (p - 1) * per + j
                if n >= total:
                    break
                wbnewsid = 7300 + n * 3
                link = f"../../info/1051/{wbnewsid}.htm"
                art = z.article(col, f"/info/1051/{wbnewsid}.htm", link, dates[n], "utf-8", self.vsb_article,
                                linked_from=[listed])
                rows.append(f'<li id="line_u8_{j}"><a href="{link}" target="_blank" title="{e(art.title)}">{e(art.title)}</a><span>{dates[n]}</span></li>')
            body = f"""<div class="w1200 main"><div class="list_right"><div class="list_tit">乡镇动态</div>
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/news/simplelistgotopage.js"></script>
<ul class="list_ul">
{chr(10).join(rows)}
</ul>
<INPUT TYPE="hidden" NAME="actiontypeu8" VALUE=""><input type="hidden" name="wbnewsidu8" value="">
{pager(p)}
</div></div>"""
            z.put(listed, page(f"乡镇动态-{SITE}", body, '<META Name="keywords" Content="青峰区人民政府,乡镇动态" />\n'))
        col["announced"] = {"pages": pages, "records": total, "text": f"共{total}条 1/{pages}"}
        z.other_pages.append("/system/resource/js/dynclicks.js")
        z.put("/system/resource/js/dynclicks.js", "function _getBatchClickTimes(){return;}\n")

    def vsb_article(self, a: Article) -> str:
        paras = "".join(f"<p>{e(p)}</p>" for p in a.paragraphs)
        return page(f"{a.title}-{SITE}", f"""<div class="w1200 main"><form name="_newscontent_fromname">
<div class="art_title"><h1>{e(a.title)}</h1></div>
<div class="art_info">发布时间：{a.date}　来源：{e(a.source)}　点击数：<script>_showDynClicks("wbnews", 1705338234, 7301)</script></div>
<div id="vsb_content"><div class="v_news_content">{paras}</div></div>
</form></div>""", '<META Name="description" Content="" />\n')

    # ------------------------------------------------------------------------------------------
    def json_channel(self, path: str, spec: dict, items: list[dict]) -> None:
        self.zoo.routes["json_lists"][path] = {**spec, "channels": items}

    def build_json(self) -> None:
        z = self.zoo
        # Vue page: the API URL in an inline config, the fetching in /static/js/list.js
        col = z.column("vue_api", "图片新闻", "vue-json-api", "/xwzx/tpxw/index.html",
                       "Vue shell <div id=\"app\">; an inline `var listApi = '/api/cms/article/list?channelId=31&pageSize=15&pageNo=';` "
                       "and /static/js/list.js doing axios.get(listApi + this.pageNo); JSON {code:0,data:{records,total,pages}}, "
                       "article URL in `linkUrl` (root-relative)")
        col["list_pages"].append("/xwzx/tpxw/index.html")
        records = []
        for n, date in enumerate(day_list("2024-03-30", 37, 1)):
            aid = self.nid(13)
            url = f"/xwzx/tpxw/{date[:7].replace('-', '')}/t{date.replace('-', '')}_{aid}.html"
            art = z.article(col, url, url, date, "utf-8", lambda a: article_page(a, "图片新闻"),
                            linked_from=[f"/api/cms/article/list?channelId=31&pageSize=15&pageNo={n // 15 + 1}"])
            records.append({"id": aid, "title": art.title, "linkUrl": url, "publishDate": f"{date} {art.time}:00",
                            "source": art.source, "thumb": f"/upload/{aid}.jpg", "channelId": 31})
        self.json_channel("/api/cms/article/list", {
            "channel_param": "channelId", "page_param": "pageNo", "size_param": "pageSize", "default_size": 15,
            "max_size": 100, "envelope": {"code": 0, "msg": "success", "data": {"records": "$list", "total": "$total",
                                                                                   "size": "$size", "current": "$page", "pages": "$pages"}},
            "error": {"code": 500, "msg": "栏目不存在", "data": None},
        }, {"31": records})
        for p in (1, 2, 3):
            col.setdefault("list_requests", []).append(
                {"method": "GET", "url": f"/api/cms/article/list?channelId=31&pageSize=15&pageNo={p}"})
        col["announced"] = {"records": 37, "text": "\"total\":37 (in the JSON)"}
        col["json_api"] = {"url": "/api/cms/article/list?channelId=31&pageSize=15&pageNo={page}", "items": "data.records",
                           "url_field": "linkUrl", "title_field": "title", "date_field": "publishDate",
                           "total_field": "data.total"}
        z.put("/static/js/list.js", r"""new Vue({
  el: '#app',
  data: { list: [], pageNo: 1, pages: 1, total: 0 },
  mounted: function () { this.load(); },
  methods: {
    load: function () {
      var vm = this;
      axios.get(listApi + vm.pageNo).then(function (res) {
        if (res.data.code !== 0) { return; }
        vm.list = res.data.data.records;
        vm.total = res.data.data.total;
        vm.pages = res.data.data.pages;
      });
    },
    go: function (n) { if (n >= 1 && n <= this.pages) { this.pageNo = n; this.load(); } }
  }
});
""")
        z.other_pages.append("/static/js/list.js")
        z.put("/xwzx/tpxw/index.html", page(f"图片新闻_{SITE}", """<div class="w1200 main" id="app">
<div class="list_tit">图片新闻</div>
<ul class="pic_list">
<li v-for="item in list" :key="item.id"><a :href="item.linkUrl" target="_blank"><img :src="item.thumb"><p>{{ item.title }}</p></a><span>{{ item.publishDate.substring(0, 10) }}</span></li>
</ul>
<div class="page" v-if="pages > 1"><a href="javascript:;" @click="go(pageNo - 1)">上一页</a><span>{{ pageNo }}/{{ pages }}</span><a href="javascript:;" @click="go(pageNo + 1)">下一页</a></div>
</div>
<script type="text/javascript">var listApi = '/api/cms/article/list?channelId=31&pageSize=15&pageNo=';</script>""",
                                                 '<script src="/static/js/vue.min.js"></script>\n<script src="/static/js/axios.min.js"></script>\n'
                                                 ).replace("</body>", '<script src="/static/js/list.js"></script>\n</body>'))

        # JSONP list
        col = z.column("jsonp_list", "通知公告", "jsonp-ajax", "/zwgk/tzgg/index.html",
                       "$.ajax({url: '/interface/jsonp/articles.jsp', dataType: 'jsonp', jsonp: 'callback', data: {catid: 12, "
                       "page: page, rows: 10}}); answers jQuery1113…(…) with {rows:[{title,href,date}],total}; href relative to the site root "
                       "without a leading slash")
        col["list_pages"].append("/zwgk/tzgg/index.html")
        rows = []
        for n, date in enumerate(day_list("2024-03-25", 24, 2)):
            aid = self.nid(9)
            url = f"/zwgk/tzgg/content_{aid}.html"
            art = z.article(col, url, url.lstrip("/"), date, "utf-8", lambda a: article_page(a, "通知公告"),
                            linked_from=[f"/interface/jsonp/articles.jsp?catid=12&page={n // 10 + 1}&rows=10"])
            rows.append({"title": art.title, "href": url.lstrip("/"), "date": date, "id": aid})
        self.json_channel("/interface/jsonp/articles.jsp", {
            "channel_param": "catid", "page_param": "page", "size_param": "rows", "default_size": 10, "max_size": 50,
            "jsonp_param": "callback", "envelope": {"rows": "$list", "total": "$total", "page": "$page"},
            "error": {"rows": [], "total": 0}, "content_type": "text/html;charset=UTF-8",
        }, {"12": rows})
        for p in (1, 2, 3):
            col.setdefault("list_requests", []).append(
                {"method": "GET", "url": f"/interface/jsonp/articles.jsp?catid=12&page={p}&rows=10"})
        col["announced"] = {"records": 24, "text": "total: 24 (in the JSONP answer)"}
        col["json_api"] = {"url": "/interface/jsonp/articles.jsp?catid=12&page={page}&rows=10&callback=cb", "items": "rows",
                           "url_field": "href", "title_field": "title", "date_field": "date", "total_field": "total",
                           "jsonp": True}
        z.put("/zwgk/tzgg/index.html", page(f"通知公告_{SITE}", list_body("通知公告", [], (
            '<div class="page" id="pageBar"></div>\n<script type="text/javascript">\n'
            "function loadList(page) {\n"
            "    $.ajax({\n"
            "        url: '/interface/jsonp/articles.jsp',\n"
            "        dataType: 'jsonp',\n"
            "        jsonp: 'callback',\n"
            "        data: { catid: 12, page: page, rows: 10 },\n"
            "        success: function (res) {\n"
            "            var h = '';\n"
            "            $.each(res.rows, function (i, r) { h += '<li><a href=\"/' + r.href + '\" target=\"_blank\">' + r.title + '</a><span>' + r.date + '</span></li>'; });\n"
            "            $('#newsList').html(h);\n"
            "            var pages = Math.ceil(res.total / 10), b = '';\n"
            "            for (var i = 1; i <= pages; i++) { b += '<a href=\"javascript:loadList(' + i + ')\">' + i + '</a>'; }\n"
            "            $('#pageBar').html(b);\n"
            "        }\n"
            "    });\n"
            "}\n"
            "loadList(1);\n</script>"), ul_id="newsList")))

    # ------------------------------------------------------------------------------------------
    def build_loadmore(self) -> None:
        z = self.zoo
        z.script("/xwzx/mtjj/more.jsp", ["pageIndex"], fallback="xwzx/mtjj/more.jsp@none")
        z.put_bytes("", b"", file="xwzx/mtjj/more.jsp@none")
        z.content_type(r"^/xwzx/mtjj/more\.jsp", "text/html;charset=UTF-8")
        col = z.column("load_more", "媒体聚焦", "load-more-data-url", "/xwzx/mtjj/index.html",
                       "first 8 items on index.html; a 加载更多 button <a class=\"load-more\" data-url=\"/xwzx/mtjj/more.jsp?pageIndex=\" "
                       "data-page=\"2\" data-total=\"4\">; more.jsp?pageIndex=N answers an <li> fragment (an empty body past the end)")
        dates = day_list("2024-03-27", 29, 3)
        items_by_page: dict[int, list] = {}
        for n, date in enumerate(dates):
            p = n // 8 + 1
            listed = "/xwzx/mtjj/index.html" if p == 1 else f"/xwzx/mtjj/more.jsp?pageIndex={p}"
            aid = self.nid(3)
            url = f"/xwzx/mtjj/{date[:7].replace('-', '')}/t{date.replace('-', '')}_{aid}.html"
            art = z.article(col, url, url, date, "utf-8", lambda a: article_page(a, "媒体聚焦"), linked_from=[listed])
            items_by_page.setdefault(p, []).append((url, art.title, date))
        for p, items in items_by_page.items():
            listed = "/xwzx/mtjj/index.html" if p == 1 else f"/xwzx/mtjj/more.jsp?pageIndex={p}"
            col["list_pages"].append(listed)
            lis = "\n".join(f'<li><a href="{u}" target="_blank">{e(t)}</a><span>{d}</span></li>' for u, t, d in items)
            if p == 1:
                button = ('<div class="more_box"><a class="load-more" href="javascript:void(0);" data-url="/xwzx/mtjj/more.jsp?pageIndex=" '
                          'data-page="2" data-total="4">加载更多</a></div>\n<script type="text/javascript">\n'
                          "$('.load-more').on('click', function () {\n"
                          "    var $b = $(this), p = parseInt($b.attr('data-page'), 10);\n"
                          "    if (p > parseInt($b.attr('data-total'), 10)) { $b.text('没有更多了'); return; }\n"
                          "    $.get($b.attr('data-url') + p, function (html) { $('#moreList').append(html); $b.attr('data-page', p + 1); });\n"
                          "});\n</script>")
                z.put(listed, page(f"媒体聚焦_{SITE}", list_body("媒体聚焦", [], button, ul_id="moreList").replace(
                    '<ul class="list_ul" id="moreList">\n', '<ul class="list_ul" id="moreList">\n' + lis)))
            else:
                z.put(listed, lis + "\n")
        col["announced"] = {"pages": 4, "text": "data-total=\"4\""}

    # ------------------------------------------------------------------------------------------
    def build_postback(self) -> None:
        z = self.zoo
        path = "/zwgk/zcwj/List.aspx"
        col = z.column("aspnet_postback", "政策文件", "aspnet-doPostBack", path,
                       "ASP.NET WebForms GridView: pages 2-5 only by javascript:__doPostBack('ctl00$ContentPlaceHolder1$GridView1','Page$N'), "
                       "a POST of the form (__EVENTTARGET, __EVENTARGUMENT, __VIEWSTATE, __VIEWSTATEGENERATOR, "
                       "__EVENTVALIDATION); articles Show.aspx?id=N; 共5页 共47条")
        col["list_pages"].append(path)
        target = "ctl00$ContentPlaceHolder1$GridView1"
        pages, per, total = 5, 10, 47
        dates = day_list("2024-03-26", total, 4)
        z.script("/zwgk/zcwj/Show.aspx", ["id"])
        z.content_type(r"\.aspx$", "text/html; charset=utf-8")
        specs = {}
        for p in range(1, pages + 1):
            src = path if p == 1 else f"POST {path} Page${p}"
            rows = []
            for j in range(per):
                n = (p - 1) * per + j
                if n >= total:
                    break
                aid = 4100 + n
                art = z.article(col, f"/zwgk/zcwj/Show.aspx?id={aid}", f"Show.aspx?id={aid}", dates[n], "utf-8",
                                lambda a: article_page(a, "政策文件"), linked_from=[src])
                rows.append(f'\t\t<tr>\n\t\t\t<td>青峰府发〔2024〕{total - n}号</td><td><a href="Show.aspx?id={aid}" target="_blank">{e(art.title)}</a></td><td>{dates[n]}</td>\n\t\t</tr>')
            nums = "".join(
                f"<td><span>{n}</span></td>" if n == p else
                f"<td><a href=\"javascript:__doPostBack(&#39;{target}&#39;,&#39;Page${n}&#39;)\">{n}</a></td>"
                for n in range(1, pages + 1))
            viewstate = "/wEPDwUKLTQ3MjE1NjI2Mw9kFgJmD2QWAgIDD2QWAgIBDzwrABEDAA8WBB4LXyFEYXRhQm91bmRnHgtfIUl0ZW1Db3VudAIv" + f"ZAEQFgAWABYADBQrAAAWAmYPZBYW{p}AgEPZBYGZg8PFgIeBFRleHQFETIwMjQ"
            html_page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	政策文件_{SITE}
</title><link href="../../css/style.css" rel="stylesheet" type="text/css" /></head>
<body>
    <form method="post" action="./List.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9B2A4F1C" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAeS8vB3zQpGkq0d3bXyq5Lk{p}" />
</div>
    <div class="top"><a href="/">{SITE}</a></div>
    <div class="position">您当前的位置：<a href="/">首页</a> &gt; 政策文件</div>
    <div>
	<table class="gv" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_GridView1" style="border-collapse:collapse;">
		<tr>
			<th scope="col">文号</th><th scope="col">标题</th><th scope="col">发布日期</th>
		</tr>
{chr(10).join(rows)}
		<tr class="pager">
			<td colspan="3"><table>
				<tr>
					{nums}
				</tr>
			</table></td>
		</tr>
	</table>
</div>
    <div class="pageinfo">共{pages}页 共{total}条 当前第{p}页</div>
    </form>
    <div class="footer">主办单位：青峰区人民政府办公室　蜀ICP备12003456号-1</div>
</body>
</html>
"""
            name = f"zwgk/zcwj/List.aspx@page{p}"
            z.put_bytes("", html_page.encode("utf-8"), file=name)
            specs[str(p)] = name
            if p > 1:
                col.setdefault("list_requests", []).append(
                    {"method": "POST", "url": path, "form": {"__EVENTTARGET": target, "__EVENTARGUMENT": f"Page${p}"},
                     "match": ["__EVENTTARGET", "__EVENTARGUMENT"]})
        z.routes["postbacks"][path] = {"target": target, "pages": specs}
        col["announced"] = {"pages": pages, "records": total, "text": f"共{pages}页 共{total}条"}

    # ------------------------------------------------------------------------------------------
    def build_select(self) -> None:
        def pager(p: int) -> str:
            opts = "".join(f'<option value="{n}"{" selected" if n == p else ""}>第{n}页</option>' for n in range(1, 5))
            return ('<div class="page">共4页 转到 <select name="pageSel" onchange="var n=this.value;'
                    "window.location.href=(n==1?'index.html':'index_'+(n-1)+'.html');\">" + opts + "</select></div>")

        col = self.static_column(
            "select_pageno", "人事任免", "select-onchange-template",
            "a 转到 <select> whose options are page numbers only (<option value=\"3\">第3页</option>); the URL is built in its "
            "onchange: window.location.href=(n==1?'index.html':'index_'+(n-1)+'.html'); no other pager",
            lambda n: "/zwgk/rsrm/index.html" if n == 1 else f"/zwgk/rsrm/index_{n - 1}.html", 4, 4, "2024-03-15", pager)
        col["announced"] = {"pages": 4, "text": "共4页"}

    # ------------------------------------------------------------------------------------------
    def build_gkml(self) -> None:
        z = self.zoo
        tree = [{"id": "gkml", "name": "政府信息公开目录", "open": True, "children": []}]
        specs = [("jgzn", "机构职能", 2, 4), ("zcfg", "政策法规", 3, 4), ("ghxx", "规划信息", 2, 3)]
        for code, name, pages, per in specs:
            base = f"/gkml/{code}/"
            col = self.static_column(
                f"gkml_{code}", name, "gkml-json-tree",
                "政府信息公开目录: the column is linked only from the left tree /gkml/tree.json (zTree nodes "
                "{id, pId, name, url}), loaded by $.getJSON('/gkml/tree.json') on /gkml/index.html; plain 下一页 links",
                lambda n, b=base: f"{b}index.html" if n == 1 else f"{b}index_{n - 1}.html", pages, per,
                {"jgzn": "2024-02-28", "zcfg": "2024-03-18", "ghxx": "2023-11-30"}[code],
                lambda p, pg=pages: ('<div class="page">'
                                     + (f'<a href="index{"" if p == 2 else "_" + str(p - 2)}.html">上一页</a>' if p > 1 else "")
                                     + (f'<a href="index_{p}.html">下一页</a>' if p < pg else "") + "</div>"))
            col["announced"] = {}
            tree[0]["children"].append({"id": code, "pId": "gkml", "name": name, "url": f"/gkml/{code}/index.html",
                                        "isParent": False})
        z.put("/gkml/tree.json", json.dumps(tree, ensure_ascii=False, indent=1))
        z.content_type(r"^/gkml/tree\.json", "application/json;charset=UTF-8")
        z.put("/gkml/index.html", page(f"政府信息公开目录_{SITE}", """<div class="w1200 main">
<div class="gkml_left"><ul id="gkmlTree" class="ztree"></ul></div>
<div class="gkml_right"><iframe id="gkmlFrame" name="gkmlFrame" src="about:blank" frameborder="0" width="100%" height="800"></iframe></div>
</div>
<script type="text/javascript">
var setting = { data: { simpleData: { enable: false } }, callback: { onClick: function (e, id, node) { if (node.url) { $('#gkmlFrame').attr('src', node.url); } } } };
$.getJSON('/gkml/tree.json', function (nodes) { $.fn.zTree.init($('#gkmlTree'), setting, nodes); });
</script>""", '<script type="text/javascript" src="/js/jquery.ztree.core.min.js"></script>\n'))
        z.other_pages += ["/gkml/index.html", "/gkml/tree.json"]

    # ------------------------------------------------------------------------------------------
    def build_home(self) -> None:
        z = self.zoo
        links = "".join(f'<li><a href="{h}">{n}</a></li>' for h, n in NAV)
        z.put("/index.html", page(SITE, f'<div class="w1200 main"><div class="lm"><h3>栏目导航</h3><ul>{links}</ul></div></div>'))
        z.other_pages.insert(0, "/")
        z.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
        z.other_pages.append("/robots.txt")
        # the libraries every page loads (stand-ins: a header and one line, as far as a pager is concerned)
        for path, banner in (("/js/jquery-1.11.3.min.js", "/*! jQuery v1.11.3 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */"),
                             ("/static/js/vue.min.js", "/*!\n * Vue.js v2.6.14\n * (c) 2014-2021 Evan You\n * Released under the MIT License.\n */"),
                             ("/static/js/axios.min.js", "/* axios v0.21.1 | (c) 2020 by Matt Zabriskie */"),
                             ("/js/jquery.ztree.core.min.js", "/* JQuery zTree core v3.5.40 http://treejs.cn/ */")):
            z.put(path, banner + "\n!function(e){\"use strict\";e.__lib=e.__lib||{}}(window);\n")
            z.other_pages.append(path)


def build() -> Zoo:
    b = Builder()
    b.build_external_pagers()
    b.build_vsb()
    b.build_json()
    b.build_loadmore()
    b.build_postback()
    b.build_select()
    b.build_gkml()
    b.build_home()
    return b.zoo


def main(argv: list[str] | None = None) -> int:
    out = Path(argv[0]) if argv else HERE
    zoo = build()
    zoo.write(out)
    n = sum(len(c["articles"]) for c in zoo.columns.values())
    print(f"{out}: {len(zoo.columns)} columns, {n} articles, {len(zoo.files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
