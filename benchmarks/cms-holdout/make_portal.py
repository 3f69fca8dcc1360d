"""Build the held-out CMS zoo: 石门县人民政府 (fictional).

    python benchmarks/cms-holdout/make_portal.py     # rewrites site/, routes.json, expected.json here

The same list mechanisms as the test zoo (tests/cms_zoo), written the way other versions of the
same CMSs (and other sites) write them: the 6-argument TRS ``createPageHTML('page_div', ...)``,
pagers named ``list_N``, single-quoted ``document.write``, a one-line jcms ``jpage({...})`` with
quoted values and ``&amp;`` in the nextgroup link, an uppercase IIS frameset with unquoted
attributes, pager functions called from ``onclick`` or with quoted arguments, a ``$.ajax`` JSON
list with the parameters in an object, a dynamic 博达 VSB list (``list.jsp?...PAGENUM=``), a GBK RSS
feed with a bare ``&``, an Atom feed with ``xml:base`` and relative links, a PHPCMS ``index.php``
下一页 chain and TRS ``/n…/c…/content.html`` articles. Built for the discovery benchmark; the
crawler's developers should not tune against it (see README.md).
"""

from __future__ import annotations

import datetime
import html
import sys
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.cms_zoo.text import PLACES_SHIMEN, Article  # noqa: E402
from tests.cms_zoo.zoo import Zoo, day_list  # noqa: E402

SITE = "石门县人民政府"
e = html.escape

NAV = [
    ("/zwgk/xwdt/", "工作动态"),
    ("/xxgk/zcjd/list.shtml", "政策解读"),
    ("/zwgk/tzgg/", "通知公告"),
    ("/col/col5633/index.html?uid=3021&pageNum=1", "乡镇信息"),
    ("/col/col5640/index.html?uid=3022&pageNum=1", "部门信息"),
    ("/xwzx/tpxw/index.shtml", "图片新闻"),
    ("/xxgk/gggs/list.jsp?cid=88", "公告公示"),
    ("/zwgk/ghxx/index.html", "规划信息"),
    ("/xxgk/tzgg/index.html", "信息公开通知"),
    ("/xwdt.htm", "新闻动态"),
    ("/zfxxgk/", "政府文件"),
    ("/index.php?m=content&c=index&a=lists&catid=5", "县情要览"),
    ("/n2140/n2153/index.html", "历史文化"),
    ("/zwgk/rsxx/", "人事信息"),
    ("/zwgk/czyjs/", "财政预决算"),
    ("/zwgk/gsgk/", "国资国企"),
    ("/col/col5650/index.html", "便民服务"),
    ("/old/index.asp", "老版网站"),
]


def page(title: str, body: str, head: str = "", charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{e(title)}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="www.shimen.gov.cn">
<meta name="SiteIDCode" content="4307260001">
<link rel="stylesheet" href="/images/common.css">
{head}</head>
<body>
<div class="head"><div class="wrap"><a class="logo" href="/"><img src="/images/logo.png" alt="{SITE}"></a>
<div class="search"><form action="/was5/web/search" method="get" target="_blank"><input name="searchword" type="text" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="menu"><div class="wrap"><a href="/">首页</a><a href="/zwgk/xwdt/">新闻动态</a><a href="/zwgk/tzgg/">政务公开</a><a href="/zfxxgk/">政府文件</a><a href="/old/index.asp">老版网站</a></div></div>
{body}
<div class="foot"><div class="wrap">
<p>主办：石门县人民政府办公室　　承办：石门县政务服务中心　　联系电话：0736-5321001</p>
<p>网站标识码：4307260001　　<a href="https://beian.miit.gov.cn" target="_blank">湘ICP备05006789号</a>　　湘公网安备 43072602000089号</p>
</div></div>
</body>
</html>
"""


def list_body(column: str, items: list[tuple[str, str, str]], pager: str, crumbs: str = "") -> str:
    lis = "\n".join(
        f'\t\t<li>\n\t\t\t<a href="{href}" title="{e(t)}" target="_blank">{e(t)}</a>\n\t\t\t<span class="time">{d}</span>\n\t\t</li>'
        for href, t, d in items
    )
    return f"""<div class="wrap main">
<div class="location">当前位置：<a href="/">首页</a> &gt; {crumbs or e(column)}</div>
<div class="list-con">
\t<h2 class="list-title">{e(column)}</h2>
\t<ul class="list-ul">
{lis}
\t</ul>
\t<div class="page" id="page_div">
{pager}
\t</div>
</div>
</div>"""


def article_body(art: Article, column: str, pubtime: str, *, source_label: str = "信息来源") -> str:
    paras = "\n".join(f'<p style="text-indent:2em;">{e(p)}</p>' for p in art.paragraphs)
    author = f'<span>作者：{e(art.author)}</span>' if art.author else ""
    return f"""<div class="wrap main">
<div class="location">当前位置：<a href="/">首页</a> &gt; {e(column)} &gt; 正文</div>
<div class="xl-con">
<div class="xl-title">{e(art.title)}</div>
<div class="xl-info"><span>发布时间：{pubtime}</span><span>{source_label}：{e(art.source)}</span>{author}<span>浏览次数：<em id="clicks"></em></span></div>
<div class="xl-text" id="Zoom">
<div class="TRS_UEDITOR TRS_WEB">
{paras}
</div>
</div>
<div class="xl-bottom"><a href="javascript:window.print();">[打印]</a><a href="javascript:window.close();">[关闭]</a></div>
</div>
</div>"""


PAGE_JS_6 = r"""/* TRS WCM 分页 (createPageHTML with a target div and the record count) */
function createPageHTML(divId, countPage, currentPage, prefix, suffix, recordCount) {
    var html = "<span class=\"total\">共" + recordCount + "条记录 共" + countPage + "页</span>";
    if (countPage <= 1) { document.getElementById(divId).innerHTML = html; return; }
    if (currentPage > 1) {
        html += "<a href=\"" + prefix + "." + suffix + "\">首页</a>";
        html += "<a href=\"" + (currentPage == 2 ? prefix : prefix + "_" + (currentPage - 2)) + "." + suffix + "\">上一页</a>";
    }
    for (var i = 1; i <= countPage; i++) {
        if (i == currentPage) { html += "<span class=\"cur\">" + i + "</span>"; }
        else { html += "<a href=\"" + (i == 1 ? prefix : prefix + "_" + (i - 1)) + "." + suffix + "\">" + i + "</a>"; }
    }
    if (currentPage < countPage) {
        html += "<a href=\"" + prefix + "_" + currentPage + "." + suffix + "\">下一页</a>";
        html += "<a href=\"" + prefix + "_" + (countPage - 1) + "." + suffix + "\">尾页</a>";
    }
    document.getElementById(divId).innerHTML = html;
}
"""

PAGE_JS_4 = r"""function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){ return; }
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0){ document.write("<span>首页</span> <span>上一页</span> "); }
	else if(nCurrIndex == 1){ document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a> <a href=\""+_sPageName+"."+_sPageExt+"\">上一页</a> "); }
	else { document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a> <a href=\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\">上一页</a> "); }
	if(nCurrIndex == (_nPageCount-1)){ document.write("<span>下一页</span> <span>尾页</span>"); }
	else { document.write("<a href=\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\">下一页</a> <a href=\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\">尾页</a>"); }
}
"""


class Builder:
    def __init__(self) -> None:
        self.zoo = Zoo("石门县人民政府 (fictional) - benchmarks/cms-holdout", "shimen-holdout", PLACES_SHIMEN)
        self.docid = 991000
        z = self.zoo
        z.routes["index_files"] = ["index.html", "index.shtml", "index.htm", "default.asp"]
        z.routes["nocase_prefixes"].append("/old/")
        z.content_type(r"^/old/", "text/html; charset=gb2312")
        z.content_type(r"^/xxgk/gggs/", "text/html; charset=GBK")
        z.content_type(r"^/xwzx/show\.asp", "text/html")
        z.content_type(r"^/rss", "text/xml")
        z.content_type(r"^/atom", "application/xml")
        z.content_type(r"^/index\.php", "text/html; charset=utf-8")

    def nid(self, step: int = 1) -> int:
        self.docid += step
        return self.docid

    def trs_article(self, column: str):
        return lambda a: page(f"{a.title}-{SITE}", article_body(a, column, f"{a.date} {a.time}"),
                              f'<meta name="ArticleTitle" content="{e(a.title)}">\n<meta name="PubDate" content="{a.date} {a.time}">\n'
                              f'<meta name="ContentSource" content="{e(a.source)}">\n')

    def trs_column(self, key, column, base, first_name, page_name, pages, per, start, pager, mechanism, description,
                   *, existing=None, announced=None, head="", total=None, ext="html") -> dict:
        """``first_name``: the first page's file; ``page_name(i)``: the file of page i (0-based, i >= 1)."""
        z = self.zoo
        existing = pages if existing is None else existing
        col = z.column(key, column, mechanism, base, description)
        total = pages * per if total is None else total
        dates = day_list(start, total, 3)
        for i in range(existing):
            name = first_name if i == 0 else page_name(i)
            url = base + name
            listed = base if i == 0 and base.endswith("/") and first_name in z.routes["index_files"] else url
            if listed != url:
                col["aliases"][url] = listed
            col["list_pages"].append(listed)
            items = []
            for j in range(per):
                n = i * per + j
                if n >= total:
                    break
                date = dates[n]
                ym = date[:4] + date[5:7]
                doc = f"t{date.replace('-', '')}_{self.nid(3)}.{ext}"
                art = z.article(col, f"{base}{ym}/{doc}", f"./{ym}/{doc}", date, "utf-8", self.trs_article(column),
                                linked_from=[listed])
                items.append((f"./{ym}/{doc}", art.title, date))
            z.put(url, page(f"{column}-{SITE}", list_body(column, items, pager(i)), head))
        col["announced"] = announced or {"pages": pages}
        return col

    # ------------------------------------------------------------------------------------------
    def build_trs(self) -> None:
        z = self.zoo
        z.put("/images/page.js", PAGE_JS_6)
        z.put("/images/createPageHTML.js", PAGE_JS_4)
        z.other_pages += ["/images/page.js", "/images/createPageHTML.js"]
        head6 = '<script type="text/javascript" src="/images/page.js"></script>\n'
        head4 = '<script src="/images/createPageHTML.js"></script>\n'
        self.trs_column(
            "trs_literal", "工作动态", "/zwgk/xwdt/", "index.htm", lambda i: f"index_{i}.htm", 5, 4, "2024-03-28",
            lambda i: f"\t\t<script>createPageHTML('page_div',5, {i + 1},'index','htm',18);</script>",
            "trs-createPageHTML-literal",
            "TRS WCM 6-argument pager createPageHTML('page_div',5, 1,'index','htm',18) (target div, page count, "
            "current page counted from 1, name, extension, record count), function in /images/page.js; .htm; last page partial",
            announced={"pages": 5, "records": 18, "text": "createPageHTML('page_div',5, 1,'index','htm',18)"},
            head=head6, total=18, ext="htm",
        )
        self.trs_column(
            "trs_vars", "政策解读", "/xxgk/zcjd/", "list.shtml", lambda i: f"list_{i}.shtml", 4, 3, "2024-03-20",
            lambda i: ("<script type=\"text/javascript\">\n"
                       "var countPage = 4//共多少页\n"
                       f"var currentPage = {i}//当前页\n"
                       "var prevPage = currentPage - 1\n"
                       "var nextPage = currentPage + 1\n"
                       "createPageHTML(countPage, currentPage, \"list\", \"shtml\");\n</script>"),
            "trs-createPageHTML-variables",
            "TRS: countPage declared before currentPage, pages named list.shtml / list_1.shtml (not index)",
            announced={"pages": 4, "text": "var countPage = 4//共多少页"}, head=head4, ext="shtml",
        )

        def old(i: int) -> str:
            return ("<script language=\"javascript\">\n"
                    f"var currentPage = {i};\nvar countPage = 3;\nvar prevPage = currentPage - 1;\nvar nextPage = currentPage + 1;\n"
                    "document.write('共' + countPage + '页 ');\n"
                    "if (currentPage == 1) document.write('<a href=\"index.html\">上一页</a> ');\n"
                    "else if (currentPage > 1) document.write('<a href=\"index_' + prevPage + '.html\">上一页</a> ');\n"
                    "if (currentPage < countPage - 1) {\n"
                    "    document.write('<a href=\"index_' + nextPage + '.html\">下一页</a> ');\n"
                    "    document.write('<a href=\"index_' + (countPage - 1) + '.html\">尾页</a>');\n"
                    "}\n</script>")

        self.trs_column(
            "trs_old", "通知公告", "/zwgk/tzgg/", "index.html", lambda i: f"index_{i}.html", 3, 4, "2024-03-19", old,
            "trs-document-write",
            "older TRS pager in single-quoted JavaScript: document.write('<a href=\"index_' + nextPage + '.html\">下一页</a>')",
            announced={"pages": 3, "text": "var countPage = 3;"},
        )
        col = self.trs_column(
            "bad_countpage", "人事信息", "/zwgk/rsxx/", "index.html", lambda i: f"index_{i}.html", 2, 3, "2024-02-22",
            lambda i: f'<script>createPageHTML(2147483647, {i}, "index", "html");</script>',
            "trs-createPageHTML-literal",
            "bad input: createPageHTML(2147483647, i, ...); index.html and index_1.html exist, the rest is 404",
            announced={"pages": 2147483647, "text": "createPageHTML(2147483647, 0, \"index\", \"html\")"}, head=head4,
        )
        col["announced_reachable"] = False
        col = self.trs_column(
            "bad_negative", "财政预决算", "/zwgk/czyjs/", "index.html", lambda i: f"index_{i}.html", 1, 4, "2024-01-25",
            lambda i: ("<script>\nvar countPage = -1//共多少页\nvar currentPage = 0//当前页\n"
                       "createPageHTML(countPage, currentPage, \"index\", \"html\");\n</script>\n<span>共-1页 第0页</span>"),
            "bad-pager-negative", "bad input: var countPage = -1, 共-1页 第0页; one page",
            announced={"pages": -1, "text": "var countPage = -1//共多少页"}, head=head4,
        )
        col = self.trs_column(
            "bad_offsite", "国资国企", "/zwgk/gsgk/", "index.html", lambda i: f"index_{i}.html", 1, 3, "2024-01-12",
            lambda i: '<script>createPageHTML(3, 0, "http://{{OFFSITE}}/zwgk/gsgk/index", "html");</script>',
            "bad-pager-offsite",
            "bad input: createPageHTML(3, 0, \"http://127.0.0.2:PORT/zwgk/gsgk/index\", \"html\"): the template leaves the allowed domain",
            announced={"pages": 3, "text": "createPageHTML(3, 0, \"http://…/zwgk/gsgk/index\", \"html\")"}, head=head4,
        )
        col["announced_reachable"] = False
        col["offsite"] = ["http://{{OFFSITE}}/zwgk/gsgk/index_1.html", "http://{{OFFSITE}}/zwgk/gsgk/index_2.html"]

    # ------------------------------------------------------------------------------------------
    def jcms_article(self, a: Article, column: str, colid: int) -> str:
        paras = "\n".join(f"<p>{e(p)}</p>" for p in a.paragraphs)
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{e(a.title)}</title>
<meta name="SiteName" content="{SITE}">
<meta name="ColumnName" content="{e(column)}">
<meta name="ArticleTitle" content="{e(a.title)}">
<meta name="PubDate" content="{a.date} {a.time}">
<meta name="ContentSource" content="{e(a.source)}">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="main-box">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{colid}/index.html">{e(column)}</a></div>
<div class="article">
<h1><!--<ucaptitle>-->{e(a.title)}<!--</ucaptitle>--></h1>
<div class="info">发布时间：{a.date} {a.time}　来源：{e(a.source)}　<span>访问量：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={colid}&artid=0"></script></span></div>
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<div id="zoom">
<ucapcontent>{paras}</ucapcontent>
</div>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
</div>
<div class="footer">石门县人民政府办公室 主办　网站标识码：4307260001　湘ICP备05006789号</div>
</body>
</html>
"""

    def jpage_column(self, key, column, colid, unitid, announced_total, real_total, per, group, start, description,
                     *, fault=None) -> dict:
        z = self.zoo
        entry = f"/col/col{colid}/index.html"
        col = z.column(key, column, "hanweb-jpage", entry, description)
        col["list_pages"].append(entry)
        col["aliases"][f"/col/col{colid}/index.html?uid={unitid}&pageNum=1"] = entry
        webid = "12"
        webname = urllib.parse.quote(SITE)
        nextgroup = (f'<a href="/module/web/jpage/dataproxy.jsp?page=1&amp;webid={webid}&amp;path=http://{{{{HOST}}}}/'
                     f'&amp;columnid={colid}&amp;unitid={unitid}&amp;webname={webname}&amp;permissiontype=0"></a>')
        first = per * group
        records = []
        for n, date in enumerate(day_list(start, real_total, 2)):
            y, m, d = (int(x) for x in date.split("-"))
            url = f"/art/{y}/{m}/{d}/art_{colid}_{self.nid(11)}.html"
            lo = (n // first) * first + 1
            src = entry if n < first else f"POST /module/web/jpage/dataproxy.jsp?startrecord={lo}&endrecord={lo + first - 1}&perpage={per}"
            if fault is None or n < first:
                art = z.article(col, url, f"http://{{{{HOST}}}}{url}", date, "utf-8",
                                lambda a: self.jcms_article(a, column, colid), linked_from=[src])
                title = art.title
            else:
                title = z.writer.article(date).title
            records.append(f"<li class=\"list-item\"><span class=\"date\">{date}</span><a href=\"http://{{{{HOST}}}}{url}\" title=\"{e(title)}\" target=\"_blank\">{e(title)}</a></li>")
        inline = "".join(f"<record><![CDATA[{r}]]></record>\n" for r in records[:first])
        call = ("<script type=\"text/javascript\">$(function(){$(\"#" + str(unitid) + "\").jpage({"
                f"\"dataStore\":\"dataStore{unitid}\",\"totalRecord\":\"{announced_total}\",\"perPage\":\"{per}\",\"groupSize\":\"{group}\","
                "\"proxyUrl\":\"/module/web/jpage/dataproxy.jsp\",\"ajaxParam\":{"
                f"\"unitid\":\"{unitid}\",\"columnid\":\"{colid}\",\"webid\":\"{webid}\",\"appid\":\"1\",\"col\":\"1\","
                f"\"path\":\"http://{{{{HOST}}}}/\",\"webname\":\"{SITE}\",\"sourceContentType\":\"3\",\"permissiontype\":\"0\""
                "},\"barPosition\":\"bottom\",\"showMode\":\"full\"});});</script>")
        body = f"""<div class="main-box">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{colid}/index.html">{e(column)}</a></div>
<div class="list-box">
<h3>{e(column)}</h3>
<div id="{unitid}">
<script type="text/xml"><datastore><nextgroup><![CDATA[{nextgroup}]]></nextgroup><recordset>
{inline}</recordset></datastore></script>
</div>
{call}
</div>
</div>"""
        z.put(entry, f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{e(column)}</title>
<meta name="SiteName" content="{SITE}">
<meta name="ColumnName" content="{e(column)}">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/module/jslib/jpage/jquery.jpage.min.js"></script>
</head>
<body>
{body}
<div class="footer">石门县人民政府办公室 主办　网站标识码：4307260001　湘ICP备05006789号</div>
</body>
</html>
""")
        spec = {"unitid": str(unitid), "webid": webid, "perpage": per,
                "nextgroup": nextgroup.replace("&amp;", "&"), "records": records}
        if fault == "empty":
            spec["fault"] = "empty"
        z.routes["jpage"].setdefault("/module/web/jpage/dataproxy.jsp", {"columns": {}, "totals": True})
        z.routes["jpage"]["/module/web/jpage/dataproxy.jsp"]["columns"][str(colid)] = spec
        form = {"col": "1", "appid": "1", "webid": webid, "path": "http://{{HOST}}/", "columnid": str(colid),
                "sourceContentType": "3", "unitid": str(unitid), "webname": SITE, "permissiontype": "0"}
        lo = first + 1
        while lo <= announced_total:
            col.setdefault("list_requests", []).append(
                {"method": "POST", "url": f"/module/web/jpage/dataproxy.jsp?startrecord={lo}&endrecord={lo + first - 1}&perpage={per}",
                 "form": form})
            lo += first
        col["announced"] = {"records": announced_total, "per_page": per, "text": f"\"totalRecord\":\"{announced_total}\""}
        col["announced_reachable"] = announced_total == real_total and fault is None
        return col

    def build_jcms(self) -> None:
        self.jpage_column("jpage", "乡镇信息", 5633, 3021, 41, 41, 5, 3, "2024-03-28",
                          "大汉 jcms jpage, newer build: one-line jpage({\"totalRecord\":\"41\",\"perPage\":\"5\",...}) with string "
                          "values, &amp; in the nextgroup link, absolute record URLs, path=http://host/; records 16-41 only via dataproxy "
                          "(answers carry <totalrecord>/<totalpage>); the column is linked as index.html?uid=3021&pageNum=1")
        self.jpage_column("jpage_short", "部门信息", 5640, 3022, 30, 22, 4, 2, "2024-03-10",
                          "jpage announcing totalRecord 30 while the dataproxy holds 22 records (8 deleted): the announced size "
                          "cannot be reached; the crawl should say so")
        self.jpage_column("bad_jpage_empty", "便民服务", 5650, 3023, 16, 16, 4, 2, "2024-02-14",
                          "bad input: the dataproxy answers an empty body (200); records 1-8 inline, 9-16 unreachable",
                          fault="empty")

    # ------------------------------------------------------------------------------------------
    def asp_page(self, title: str, body: str) -> str:
        return f"""<HTML>
<HEAD>
<TITLE>{e(title)}</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
<LINK href="../css.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight=0 marginwidth=0>
{body}
</BODY>
</HTML>
"""

    def asp_article(self, a: Article, newsid: int) -> str:
        paras = "".join(f"<P>　　{e(p)}</P>\n" for p in a.paragraphs)
        return self.asp_page(a.title, f"""<TABLE cellSpacing=0 cellPadding=0 width=700 align=center border=0>
<TR><TD height=40 align=middle><FONT color=#0000ff size=4><B>{e(a.title)}</B></FONT></TD></TR>
<TR><TD align=middle bgColor=#efefef height=22>作者：{e(a.author or '佚名')}　　来源：{e(a.source)}　　发布时间：{a.date}　　点击：<SCRIPT src="Counter.asp?NewsID={newsid}"></SCRIPT></TD></TR>
<TR><TD class=content style="PADDING: 10px; LINE-HEIGHT: 180%">
{paras}</TD></TR>
<TR><TD align=right>【<A href="javascript:window.close()">关闭窗口</A>】</TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=700 align=center border=0><TR><TD align=middle height=50>石门县人民政府 版权所有　湘ICP备05006789号<BR>Copyright 2008-2012 All Rights Reserved</TD></TR></TABLE>""")

    def asp_column(self, key, classid, name, pages, per, start, mechanism, description, entry, *, anchor, pager) -> dict:
        z = self.zoo
        col = z.column(key, name, mechanism, entry, description)
        dates = day_list(start, pages * per, 5)
        for p in range(1, pages + 1):
            listed = entry if p == 1 else f"/old/news/NewsList.asp?SmallClassID={classid}&page={p}"
            col["list_pages"].append(listed)
            rows = []
            for j in range(per):
                date = dates[(p - 1) * per + j]
                newsid = 300 + classid * 20 + (p - 1) * per + j
                url = f"/old/news/ShowNews.asp?NewsID={newsid}"
                link, html_anchor = anchor(newsid)
                art = z.article(col, url, link, date, "gbk", lambda a, i=newsid: self.asp_article(a, i), linked_from=[listed])
                rows.append(f"<TR><TD width=20 height=22><IMG src=\"../images/arrow.gif\"></TD><TD>{html_anchor.replace('TITLE', e(art.title))}</TD>"
                            f"<TD width=90 align=right><FONT color=#999999>{date}</FONT></TD></TR>")
            z.put(listed, self.asp_page(f"{name}-石门县人民政府", f"""<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD class=title height=26>&nbsp;{e(name)}</TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
{chr(10).join(rows)}
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0><TR><TD align=middle height=30>{pager(classid, p, pages, per)}</TD></TR></TABLE>"""), "gbk")
        col["announced"] = {"pages": pages, "records": pages * per, "text": f"共{pages * per}条新闻 分{pages}页显示"}
        return col

    def build_oldsite(self) -> None:
        z = self.zoo
        z.script("/old/news/newslist.asp", ["smallclassid", "page"], {"page": "1"}, fallback="old/news/newslist.asp@nodata")
        z.script("/old/news/shownews.asp", ["newsid"])
        z.put_bytes("", self.asp_page("石门县人民政府", "<TABLE><TR><TD>没有任何新闻</TD></TR></TABLE>").encode("gbk"),
                    file="old/news/newslist.asp@nodata")
        z.put("/old/index.asp", """<HTML>
<HEAD>
<TITLE>石门县人民政府网</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
</HEAD>
<FRAMESET cols="210,*" frameborder=0 border=0 framespacing=0>
<FRAME SRC=left.asp NAME=leftFrame SCROLLING=no NORESIZE>
<FRAME SRC="right.asp" NAME="mainFrame">
</FRAMESET>
<NOFRAMES><BODY>本网站使用了框架技术，但是您的浏览器不支持框架。</BODY></NOFRAMES>
</HTML>
""", "gbk")
        z.put("/old/left.asp", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
<TITLE>导航</TITLE>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<IMG SRC="images/left_nav.gif" WIDTH=200 HEIGHT=300 BORDER=0 USEMAP="#nav">
<MAP NAME="nav">
<AREA SHAPE=RECT COORDS="10,20,190,50" HREF="news/NewsList.asp?SmallClassID=15" TARGET=mainFrame ALT="公示公告">
<AREA SHAPE=RECT COORDS="10,60,190,90" HREF="right.asp" TARGET=mainFrame ALT="首页">
</MAP>
<BR>
<SELECT NAME="menu" onChange="window.location=this.options[this.selectedIndex].value">
<OPTION SELECTED>==部门信息==</OPTION>
<OPTION VALUE="news/NewsList.asp?SmallClassID=18">部门动态</OPTION>
</SELECT>
</BODY>
</HTML>
""", "gbk")
        z.other_pages += ["/old/index.asp", "/old/left.asp", "/old/right.asp"]

        def iframe_anchor(i: int) -> tuple[str, str]:
            return (f"ShowNews.asp?NewsID={i}",
                    f"<A href=\"javascript:void(0)\" onClick='window.open(\"ShowNews.asp?NewsID={i}\",\"\",\"width=720,height=560,scrollbars=1\")'>TITLE</A>")

        def iframe_pager(c: int, p: int, pages: int, per: int) -> str:
            parts = [f"共{pages * per}条新闻 分{pages}页显示 当前第{p}页 "]
            for label, n, ok in (("首页", 1, p > 1), ("上一页", p - 1, p > 1), ("下一页", p + 1, p < pages), ("尾页", pages, p < pages)):
                parts.append(f"<A href='javascript:window.location.href=\"NewsList.asp?SmallClassID={c}&page={n}\"'>{label}</A> " if ok else label + " ")
            return "".join(parts)

        self.asp_column(
            "asp_iframe", 12, "工作动态（老版）", 3, 4, "2012-05-28", "frameset-iframe-onclick",
            "uppercase IIS frameset <FRAME SRC=left.asp> (unquoted) / <FRAME SRC=\"right.asp\">, then <IFRAME SRC=news/NewsList.asp?SmallClassID=12>; "
            "articles only in onClick='window.open(\"ShowNews.asp?NewsID=N\",...)'; pager href='javascript:window.location.href=\"NewsList.asp?...&page=2\"'; "
            "GBK declared gb2312 with GBK-only characters (昇, 镕)",
            "/old/news/NewsList.asp?SmallClassID=12", anchor=iframe_anchor, pager=iframe_pager,
        )

        def plain_anchor(i: int) -> tuple[str, str]:
            return (f"ShowNews.asp?NewsID={i}", f"<A href=\"ShowNews.asp?NewsID={i}\" target=_blank>TITLE</A>")

        def onclick_pager(c: int, p: int, pages: int, per: int) -> str:
            out = f"共{pages * per}条新闻 页次{p}/{pages} "
            if p < pages:
                out += f"<A href=# onClick=\"javascript:location='NewsList.asp?SmallClassID={c}&page={p + 1}'\">下页</A> "
            if p > 1:
                out += f"<A href=# onClick=\"javascript:location='NewsList.asp?SmallClassID={c}&page={p - 1}'\">上页</A>"
            return out

        self.asp_column(
            "asp_area", 15, "公示公告（老版）", 3, 3, "2012-04-30", "frameset-area-onclick",
            "reached only by <AREA SHAPE=RECT HREF=\"news/NewsList.asp?SmallClassID=15\"> in the left frame's image map; pager "
            "<A href=# onClick=\"javascript:location='NewsList.asp?SmallClassID=15&page=2'\">下页</A>",
            "/old/news/NewsList.asp?SmallClassID=15", anchor=plain_anchor, pager=onclick_pager,
        )

        def select_pager(c: int, p: int, pages: int, per: int) -> str:
            opts = "".join(f"<OPTION VALUE=\"?SmallClassID={c}&page={n}\"{' SELECTED' if n == p else ''}>{n}</OPTION>" for n in range(1, pages + 1))
            return f"共{pages * per}条 第{p}/{pages}页 转到<SELECT onchange=\"window.location=this.options[this.selectedIndex].value\">{opts}</SELECT>页"

        self.asp_column(
            "asp_select", 18, "部门动态（老版）", 3, 3, "2012-03-30", "frameset-select",
            "reached only by <OPTION VALUE=\"news/NewsList.asp?SmallClassID=18\"> of a <SELECT onChange=\"window.location=this.options[...].value\">; "
            "pages only by a jump <SELECT> whose options are query-only URLs (?SmallClassID=18&page=2)",
            "/old/news/NewsList.asp?SmallClassID=18", anchor=plain_anchor, pager=select_pager,
        )
        # right.asp: the iframe, plus a 最新信息 box that links two articles in lower case (IIS): the
        # same article under a second URL
        latest = list(z.columns["asp_area"]["articles"].items())[:2]
        for url, _art in latest:
            z.columns["asp_area"]["aliases"][url.lower()] = url
        box = "".join(f"<TR><TD><A href=\"{url.lower().replace('/old/', '')}\" target=_blank>{e(art['title'])}</A></TD></TR>" for url, art in latest)
        z.put("/old/right.asp", self.asp_page("石门县人民政府", f"""<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD class=title height=26>&nbsp;工作动态</TD></TR>
<TR><TD><IFRAME SRC=news/NewsList.asp?SmallClassID=12 WIDTH="100%" HEIGHT=380 FRAMEBORDER=0 SCROLLING=no></IFRAME></TD></TR>
<TR><TD class=title height=26>&nbsp;最新信息</TD></TR>
{box}
</TABLE>"""), "gbk")

    # ------------------------------------------------------------------------------------------
    def script_column(self, key, column, entry, page_url, pages, per, start, mechanism, description, script, pager,
                      article, *, encoding="utf-8", charset="utf-8") -> dict:
        z = self.zoo
        col = z.column(key, column, mechanism, entry, description)
        dates = day_list(start, pages * per, 4)
        for p in range(1, pages + 1):
            listed = page_url(p)
            col["list_pages"].append(listed)
            items = []
            for j in range(per):
                date = dates[(p - 1) * per + j]
                link, url = article(self.nid(5), date)
                art = z.article(col, url, link, date, encoding,
                                lambda a: page(f"{a.title}-{SITE}", article_body(a, column, f"{a.date} {a.time}"), charset=charset),
                                linked_from=[listed])
                items.append((link, art.title, date))
            z.put(listed, page(f"{column}-{SITE}", list_body(column, items, pager(p, pages)),
                               f"<script type=\"text/javascript\">\n{script}\n</script>\n", charset=charset), encoding)
        col["announced"] = {"pages": pages, "text": f"共 {pages} 页"}
        return col

    def build_script_pagers(self) -> None:
        z = self.zoo
        gopage = ("function goPage(page) {\n    var url = \"list_\" + page + \".shtml\";\n    if (page == 1) {\n"
                  "        url = \"index.shtml\";\n    }\n    window.location = url;\n}")

        def onclick_pager(p: int, pages: int) -> str:
            links = [f"<a href=\"javascript:void(0);\" onclick=\"goPage({n})\">{n}</a>" if n != p else f"<span class=\"cur\">{n}</span>"
                     for n in range(1, pages + 1)]
            if p < pages:
                links.append(f"<a href=\"javascript:void(0);\" onclick=\"goPage({p + 1})\">下一页</a>")
            return " ".join(links) + f" <span>共 {pages} 页</span>"

        self.script_column(
            "gopage", "图片新闻", "/xwzx/tpxw/index.shtml",
            lambda p: "/xwzx/tpxw/index.shtml" if p == 1 else f"/xwzx/tpxw/list_{p}.shtml", 3, 4, "2024-03-24",
            "script-pager-goPage",
            "goPage(n) called from onclick (href=\"javascript:void(0);\"); the function builds var url = \"list_\" + page + "
            "\".shtml\" (index.shtml for page 1) and assigns window.location = url",
            gopage, onclick_pager,
            lambda i, d: (f"{d[:4]}{d[5:7]}/t{d.replace('-', '')}_{i}.shtml", f"/xwzx/tpxw/{d[:4]}{d[5:7]}/t{d.replace('-', '')}_{i}.shtml"),
        )
        z.script("/xxgk/gggs/list.jsp", ["cid", "page"], {"page": "1"}, fallback="xxgk/gggs/list.jsp@none")
        z.script("/xxgk/gggs/detail.jsp", ["id"])
        turn = "function turnPage(p){\n\tself.location = '?cid=88&page=' + p;\n}"

        def quoted_pager(p: int, pages: int) -> str:
            out = ["<a href=\"javascript:turnPage('1')\">首页</a>"]
            if p > 1:
                out.append(f"<a href=\"javascript:turnPage('{p - 1}')\">上页</a>")
            if p < pages:
                out.append(f"<a href=\"javascript:turnPage('{p + 1}')\">下页</a>")
            out.append(f"<a href=\"javascript:turnPage('{pages}')\">末页</a>")
            return " ".join(out) + f" 第{p}页/共{pages}页"

        self.script_column(
            "turnpage", "公告公示", "/xxgk/gggs/list.jsp?cid=88",
            lambda p: "/xxgk/gggs/list.jsp?cid=88" + (f"&page={p}" if p > 1 else ""), 3, 3, "2024-02-26",
            "script-pager-turnPage",
            "GBK JSP (header charset=GBK, meta gbk): turnPage('2') with a quoted argument; the function assigns "
            "self.location = '?cid=88&page=' + p (a query-only URL)",
            turn, quoted_pager,
            lambda i, d: (f"detail.jsp?id={i}", f"/xxgk/gggs/detail.jsp?id={i}"), encoding="gbk", charset="gbk",
        )
        z.put_bytes("", page("公告公示", "<p>暂无数据</p>", charset="gbk").encode("gbk"), file="xxgk/gggs/list.jsp@none")
        topage = "function toPage(n){\n    window.open('/zwgk/ghxx/index_' + n + '.html', '_self');\n}"

        def topage_pager(p: int, pages: int) -> str:
            out = []
            if p > 1:
                out.append(f"<a href=\"javascript:toPage({p - 1})\">&lt;</a>")
            out += [f"<a href=\"javascript:toPage({n})\">{n}</a>" for n in range(2, pages + 1) if n != p]
            if p < pages:
                out.append(f"<a href=\"javascript:toPage({p + 1})\">&gt;</a>")
            return "<a href=\"index.html\">1</a> " + " ".join(out)

        self.script_column(
            "topage", "规划信息", "/zwgk/ghxx/index.html",
            lambda p: "/zwgk/ghxx/index.html" if p == 1 else f"/zwgk/ghxx/index_{p}.html", 3, 3, "2023-12-20",
            "script-pager-toPage",
            "toPage(n) whose function calls window.open('/zwgk/ghxx/index_' + n + '.html', '_self'); no page count on the page",
            topage, topage_pager,
            lambda i, d: (f"./{d[:4]}{d[5:7]}/t{d.replace('-', '')}_{i}.html", f"/zwgk/ghxx/{d[:4]}{d[5:7]}/t{d.replace('-', '')}_{i}.html"),
        )
        z.columns["topage"]["announced"] = {}
        z.columns["topage"]["aliases"]["/zwgk/ghxx/"] = "/zwgk/ghxx/index.html"

    # ------------------------------------------------------------------------------------------
    def build_json(self) -> None:
        z = self.zoo
        col = z.column(
            "json_list", "信息公开通知", "json-ajax", "/xxgk/tzgg/index.html",
            "HTML shell filled by $.ajax({url: '/interface/getArticleList.do', data: {columnId: 88, pageNum: 1, pageSize: 8}, "
            "dataType: 'json'}); items in result.records[] with docTitle / docUrl (absolute) / docPubTime (epoch ms); "
            "result.totalCount = 19",
        )
        col["list_pages"] = ["/xxgk/tzgg/index.html"] + [
            f"/interface/getArticleList.do?columnId=88&pageNum={p}&pageSize=8" for p in (1, 2, 3)]
        col["aliases"]["/xxgk/tzgg/"] = "/xxgk/tzgg/index.html"
        col["json_api"] = {
            "url": "/interface/getArticleList.do?columnId=88&pageNum={page}&pageSize=8",
            "first_page": 1, "items": "result.records", "url_field": "docUrl", "title_field": "docTitle",
            "date_field": "docPubTime", "total_field": "result.totalCount",
        }
        items = []
        for n, date in enumerate(day_list("2024-03-27", 19, 4)):
            docid = self.nid(13)
            url = f"/xxgk/tzgg/{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{docid}.html"
            art = z.article(col, url, f"http://{{{{HOST}}}}{url}", date, "utf-8",
                            lambda a: page(f"{a.title}-{SITE}", article_body(a, "信息公开通知", f"{a.date} {a.time}", source_label="发布机构")),
                            linked_from=[f"/interface/getArticleList.do?columnId=88&pageNum={n // 8 + 1}&pageSize=8"])
            hh, mm = art.time.split(":")
            stamp = int(datetime.datetime(*(int(x) for x in date.split("-")), int(hh), int(mm),
                                          tzinfo=datetime.timezone(datetime.timedelta(hours=8))).timestamp() * 1000)
            items.append({"docId": docid, "docTitle": art.title, "docUrl": f"http://{{{{HOST}}}}{url}",
                          "docPubTime": stamp, "docSource": art.source, "chnlName": "信息公开通知"})
        z.routes["json_lists"]["/interface/getArticleList.do"] = {
            "channel_param": "columnId", "channels": {"88": items}, "page_param": "pageNum", "size_param": "pageSize",
            "default_size": 15, "max_size": 100, "ascii": True, "separators": [", ", ": "],
            "content_type": "application/json",
            "envelope": {"success": True, "result": {"records": "$list", "totalCount": "$total", "pageCount": "$pages",
                                                     "pageNum": "$page", "pageSize": "$size"}},
            "error": {"success": False, "result": None, "message": "columnId is invalid"},
        }
        col["announced"] = {"records": 19, "text": "\"totalCount\": 19"}
        shell = """<div class="wrap main">
<div class="location">当前位置：<a href="/">首页</a> &gt; 信息公开通知</div>
<div class="list-con">
<ul class="list-ul" id="dataList"></ul>
<div class="page" id="pageBar"></div>
</div>
</div>
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript">
    var currentPage = 1;
    function getList(pageNum) {
        $.ajax({
            url: '/interface/getArticleList.do',
            type: 'GET',
            data: { columnId: 88, pageNum: pageNum, pageSize: 8 },
            dataType: 'json',
            success: function (data) {
                if (!data.success) return;
                var str = '';
                for (var i = 0; i < data.result.records.length; i++) {
                    var r = data.result.records[i];
                    str += '<li><a href="' + r.docUrl + '" target="_blank">' + r.docTitle + '</a><span>' + new Date(r.docPubTime).toLocaleDateString() + '</span></li>';
                }
                $('#dataList').html(str);
                $('#pageBar').html('共' + data.result.totalCount + '条 第' + pageNum + '/' + data.result.pageCount + '页');
            }
        });
    }
    $(function () { getList(currentPage); });
</script>"""
        z.put("/xxgk/tzgg/index.html", page(f"信息公开通知-{SITE}", shell))

    # ------------------------------------------------------------------------------------------
    def build_vsb(self) -> None:
        z = self.zoo
        z.script("/list.jsp", ["wbtreeid", "PAGENUM"], {"PAGENUM": "1"}, fallback="list.jsp@none")
        z.script("/content.jsp", ["wbnewsid"])
        col = z.column(
            "vsb", "新闻动态", "vsb-dynamic", "/xwdt.htm",
            "博达 VSB, dynamic paging: xwdt.htm then list.jsp?totalpage=4&PAGENUM=2&urltype=tree.TreeTempUrl&wbtreeid=1021 ...; "
            "new-style pager <span class=\"p_t\">共22条</span> ... 1/4; articles info/1021/NNNN.htm, two of them also linked "
            "from the home page as content.jsp?urltype=news.NewsContentUrl&wbtreeid=1021&wbnewsid=NNNN (the same article)",
        )
        total, per, pages = 22, 6, 4
        dates = day_list("2024-03-25", total, 3)
        for p in range(1, pages + 1):
            listed = "/xwdt.htm" if p == 1 else f"/list.jsp?totalpage={pages}&PAGENUM={p}&urltype=tree.TreeTempUrl&wbtreeid=1021"
            col["list_pages"].append(listed)
            items = []
            for j in range(per):
                n = (p - 1) * per + j
                if n >= total:
                    break
                newsid = 3456 - n * 4
                url = f"/info/1021/{newsid}.htm"
                art = z.article(col, url, f"info/1021/{newsid}.htm", dates[n], "utf-8",
                                lambda a, i=newsid: self.vsb_article(a, i), linked_from=[listed])
                items.append((f"info/1021/{newsid}.htm", art.title, dates[n]))
            z.put(listed, self.vsb_list(items, p, pages, total))
        col["announced"] = {"pages": pages, "records": total, "text": f"共{total}条 1/{pages}"}
        z.put_bytes("", self.vsb_list([], 1, pages, total).encode("utf-8"), file="list.jsp@none")
        for url in list(col["articles"])[:2]:
            newsid = url.rsplit("/", 1)[1].split(".")[0]
            dyn = f"/content.jsp?urltype=news.NewsContentUrl&wbtreeid=1021&wbnewsid={newsid}"
            col["aliases"][dyn] = url
            z.put_bytes(dyn, z.files[url.lstrip("/")])

    def vsb_list(self, items, p: int, pages: int, total: int) -> str:
        def href(k: int) -> str:
            return "xwdt.htm" if k == 1 else f"list.jsp?totalpage={pages}&PAGENUM={k}&urltype=tree.TreeTempUrl&wbtreeid=1021"

        lis = "".join(f"<li><a href=\"{h}\" target=\"_blank\" title=\"{e(t)}\">{e(t)}</a><span>{d}</span></li>\n" for h, t, d in items)
        nums = "".join(f"<span class=\"p_no_d\">{k}</span>" if k == p else f"<span class=\"p_no\"><a href=\"{href(k)}\">{k}</a></span>"
                       for k in range(1, pages + 1))
        nxt = f"<span class=\"p_next\"><a href=\"{href(p + 1)}\">下页</a></span>" if p < pages else "<span class=\"p_next_d\">下页</span>"
        return f"""<!DOCTYPE html><html><head><title>新闻动态-{SITE}</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="_sitegray/_sitegray_d.css" />
<script language="javascript" src="_sitegray/_sitegray.js"></script>
<!-- CustomerNO:7765626265723230747a475c52575742000300034753 -->
<link rel="stylesheet" type="text/css" href="list.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1021,'/list.jsp',-1,1780031234)</script>
</head><body>
<div class="top"><a href="/">{SITE}</a></div>
<div class="lb">
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
<ul>
{lis}</ul>
<div class="pb_sys_common pb_sys_normal pb_sys_style1" style="margin-top:10px;text-align:center;"><span class="p_t">共{total}条</span> <span class="p_pages"><span class="p_first_d">首页</span><span class="p_prev_d">上页</span>{nums}{nxt}<span class="p_last"><a href="{href(pages)}">尾页</a></span></span> <span class="p_t">{p}/{pages}</span> <span class="p_t">到第</span><span class="p_goto"><script language="javascript" type="text/javascript">function a1021_gopage_fnc(){{var pagenum=document.getElementById("a1021_gopage_value").value;if(pagenum>{pages}||pagenum<1){{return;}}window.location="list.jsp?totalpage={pages}&PAGENUM="+pagenum+"&urltype=tree.TreeTempUrl&wbtreeid=1021";}}</script><input type="text" name="a1021_gopage_value" id="a1021_gopage_value" class="p_goto_input" /></span><span class="p_t">页</span> <span class="p_goto"><a href="javascript:;" onclick="a1021_gopage_fnc()">跳转</a></span></div>
</div>
<div class="bottom">石门县人民政府办公室　湘ICP备05006789号</div>
</body></html>
"""

    def vsb_article(self, a: Article, newsid: int) -> str:
        paras = "".join(f"<p>{e(p)}</p>" for p in a.paragraphs)
        return f"""<!DOCTYPE html><html><head><title>{e(a.title)}-{SITE}</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="../../content.vsb.css" />
<script type="text/javascript">_jsq_(1021,'/content.jsp',{newsid},1780031234)</script>
</head><body>
<div class="top"><a href="/">{SITE}</a></div>
<form name="_newscontent_fromname"><div class="nr-t"><h2>{e(a.title)}</h2></div>
<div class="nr-info">时间：{a.date}　　作者：{e(a.author or '')}　　来源：{e(a.source)}　　点击数：<script>_showDynClicks("wbnews", 1780031234, {newsid})</script></div>
<div id="vsb_content_2"><div class="v_news_content">{paras}</div></div>
</form>
<div class="bottom">石门县人民政府办公室　湘ICP备05006789号</div>
</body></html>
"""

    # ------------------------------------------------------------------------------------------
    def build_sitemaps_and_feeds(self) -> None:
        z = self.zoo
        col = z.column("sitemap_only", "政府文件", "sitemap-index-gz", "/zfxxgk/",
                       "政府文件 is a search page; its documents are only in /sitemap/sitemap-1.xml.gz (via /sitemap/index.xml); "
                       "robots.txt (CRLF line ends) names two Sitemap: lines; <lastmod> as full W3C datetimes")
        col["list_pages"] = []
        entries = []
        for n, date in enumerate(day_list("2024-03-15", 7, 11)):
            url = f"/zfxxgk/fdzdgknr/{date[:4]}/{date[5:7]}/{date[8:]}/zfwj_{8100 + n * 3}.html"
            z.article(col, url, f"http://{{{{HOST}}}}{url}", date, "utf-8",
                      lambda a: page(f"{a.title}-{SITE}", article_body(a, "政府文件", a.date, source_label="发文机关")),
                      linked_from=["/sitemap/sitemap-1.xml.gz"])
            entries.append(f"<url><loc>http://{{{{HOST}}}}{url}</loc><lastmod>{date}T10:30:00+08:00</lastmod><priority>0.6</priority></url>")
        z.put_gz("/sitemap/sitemap-1.xml.gz", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' + "".join(entries) + "</urlset>")
        z.put("/sitemap/index.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              "<sitemap><loc>http://{{HOST}}/sitemap/sitemap-1.xml.gz</loc><lastmod>2024-03-15T10:30:00+08:00</lastmod></sitemap>"
              "</sitemapindex>")
        news = "".join(f"<url><loc>http://{{{{HOST}}}}{u}</loc><lastmod>{a['published']}</lastmod></url>"
                       for u, a in z.columns["trs_old"]["articles"].items())
        z.put("/sitemap/news.xml", f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{news}</urlset>')
        z.sitemaps += ["/sitemap/index.xml", "/sitemap/sitemap-1.xml.gz", "/sitemap/news.xml"]
        z.put("/robots.txt", "User-agent: *\r\nDisallow: /was5/\r\nDisallow: /module/visitcount/\r\n\r\n"
              "Sitemap: http://{{HOST}}/sitemap/index.xml\r\nSitemap: http://{{HOST}}/sitemap/news.xml\r\n")
        z.put("/zfxxgk/index.html", page(f"政府文件-{SITE}", """<div class="wrap main"><div class="location">当前位置：<a href="/">首页</a> &gt; 政府文件</div>
<form id="searchForm" action="/was5/web/search" method="post"><input type="hidden" name="channelid" value="201811">
<label>标题：<input type="text" name="title"></label><label>文号：<input type="text" name="wh"></label><button type="submit">查询</button></form>
<div id="result"></div></div>"""))
        z.other_pages += ["/zfxxgk/", "/robots.txt"]

        # RSS in GBK (declared gb2312 in the XML declaration) with a bare & in <link>: not well-formed
        z.script("/xwzx/show.asp", ["id"])
        col = z.column("rss_only", "媒体关注", "rss-feed-malformed", "/rss.xml",
                       "articles only in a GB2312-declared RSS 2.0 feed (GBK bytes) whose <link>s carry a bare & "
                       "(show.asp?id=N&cid=3): not well-formed; announced by <link rel=\"alternate\"> on the home page")
        col["list_pages"] = []
        items = []
        for n, date in enumerate(day_list("2024-03-26", 6, 3)):
            newsid = 2210 + n
            url = f"/xwzx/show.asp?id={newsid}&cid=3"
            art = z.article(col, url, f"http://{{{{HOST}}}}{url}", date, "gbk",
                            lambda a: page(f"{a.title}-{SITE}", article_body(a, "媒体关注", f"{a.date} {a.time}"), charset="gb2312"),
                            linked_from=["/rss.xml"])
            y, m, d = (int(x) for x in date.split("-"))
            stamp = datetime.datetime(y, m, d, 8, 0).strftime("%a, %d %b %Y %H:%M:%S +0800")
            items.append(f"<item><title><![CDATA[{art.title}]]></title><link>http://{{{{HOST}}}}{url}</link>"
                         f"<author>{e(art.source)}</author><pubDate>{stamp}</pubDate></item>")
        z.put("/rss.xml", '<?xml version="1.0" encoding="gb2312"?>\n<rss version="2.0"><channel><title>石门县人民政府-媒体关注</title>'
              "<link>http://{{HOST}}/</link><description>媒体关注</description>\n" + "\n".join(items) + "\n</channel></rss>\n", "gbk")
        z.feeds.append("/rss.xml")

        col = z.column("atom_only", "政务公开动态", "atom-feed-namespaces", "/atom.xml",
                       "articles only in an Atom feed with xml:base and relative <link href> (no rel attribute), "
                       "content type=\"html\", a prefixed namespace on the feed; announced on the home page")
        col["list_pages"] = []
        entries = []
        for n, date in enumerate(day_list("2024-03-22", 5, 5)):
            rel = f"{date[:4]}/{date[5:7]}/post_{4400 + n * 7}.html"
            url = f"/zwgk/gkdt/{rel}"
            art = z.article(col, url, rel, date, "utf-8",
                            lambda a: page(f"{a.title}-{SITE}", article_body(a, "政务公开动态", a.date)),
                            linked_from=["/atom.xml"])
            entries.append(f"""<entry>
<title>{e(art.title)}</title>
<link href="{rel}"/>
<id>urn:shimen:gkdt:{4400 + n * 7}</id>
<published>{date}T09:00:00+08:00</published>
<updated>{date}T09:00:00+08:00</updated>
<content type="html">&lt;p&gt;{e(art.paragraphs[0][:40])}&lt;/p&gt;</content>
</entry>""")
        z.put("/atom.xml", """<?xml version="1.0" encoding="UTF-8"?>
<atom:feed xmlns:atom="http://www.w3.org/2005/Atom" xml:base="http://{{HOST}}/zwgk/gkdt/">
<atom:title>石门县政务公开动态</atom:title>
<atom:id>urn:shimen:gkdt</atom:id>
<atom:updated>2024-03-22T09:00:00+08:00</atom:updated>
""" + "\n".join(entries).replace("<entry>", "<atom:entry>").replace("</entry>", "</atom:entry>")
              .replace("<title>", "<atom:title>").replace("</title>", "</atom:title>").replace("<link ", "<atom:link ")
              .replace("<id>", "<atom:id>").replace("</id>", "</atom:id>").replace("<published>", "<atom:published>")
              .replace("</published>", "</atom:published>").replace("<updated>", "<atom:updated>").replace("</updated>", "</atom:updated>")
              .replace("<content ", "<atom:content ").replace("</content>", "</atom:content>") + "\n</atom:feed>\n")
        z.feeds.append("/atom.xml")

    # ------------------------------------------------------------------------------------------
    def build_long_chain(self, pages: int = 65, per: int = 2) -> None:
        z = self.zoo
        z.script("/index.php", ["a", "catid", "id", "page"])
        col = z.column("long_chain", "县情要览", "next-page-chain", "/index.php?m=content&c=index&a=lists&catid=5",
                       f"PHPCMS v9: {pages} list pages index.php?m=content&c=index&a=lists&catid=5&page=N joined only by "
                       "下一页 (class a1) links; articles index.php?m=content&c=index&a=show&catid=5&id=N")
        dates = day_list("2024-03-01", pages * per, 12)
        for p in range(1, pages + 1):
            listed = "/index.php?m=content&c=index&a=lists&catid=5" + (f"&page={p}" if p > 1 else "")
            col["list_pages"].append(listed)
            rows = []
            for j in range(per):
                n = (p - 1) * per + j
                aid = 1500 + n
                link = f"index.php?m=content&c=index&a=show&catid=5&id={aid}"
                art = z.article(col, "/" + link, link, dates[n], "utf-8",
                                lambda a: self.phpcms_article(a), linked_from=[listed])
                rows.append(f'<li><span class="rt">{dates[n]}</span><a href="{link}" target="_blank">{e(art.title)}</a></li>')
            prev = "" if p == 1 else ("<a class=\"a1\" href=\"index.php?m=content&c=index&a=lists&catid=5"
                                      + (f"&page={p - 1}" if p > 2 else "") + "\">上一页</a>")
            nxt = "" if p == pages else f'<a class="a1" href="index.php?m=content&c=index&a=lists&catid=5&page={p + 1}">下一页</a>'
            z.put(listed, f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>县情要览 - {SITE}</title><meta name="keywords" content="县情要览"><link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" /></head>
<body><div class="header"><a href="/">{SITE}</a></div>
<div class="main"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="index.php?m=content&c=index&a=lists&catid=5">县情要览</a></div>
<div class="list lh24 f14"><ul>
{chr(10).join(rows)}
</ul></div>
<div id="pages" class="text-c">{prev}{nxt}</div></div>
<div class="footer">石门县人民政府办公室　Powered by PHPCMS v9</div></body></html>
""")
        col["announced"] = {}

    def phpcms_article(self, a: Article) -> str:
        paras = "".join(f"<p>{e(p)}</p>" for p in a.paragraphs)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(a.title)} - 县情要览 - {SITE}</title><link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" /></head>
<body><div class="header"><a href="/">{SITE}</a></div>
<div class="main"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="index.php?m=content&c=index&a=lists&catid=5">县情要览</a> &gt; 正文</div>
<div id="Article"><h1>{e(a.title)}<br /><span>{a.date} {a.time}:00　来源：{e(a.source)}　评论：<a href="#comment_iframe" id="comment">0</a></span></h1>
<div class="content">{paras}</div></div></div>
<div class="footer">石门县人民政府办公室　Powered by PHPCMS v9</div></body></html>
"""

    def build_odd_shapes(self) -> None:
        z = self.zoo
        col = z.column("odd_shape", "历史文化", "unusual-url-shapes", "/n2140/n2153/index.html",
                       "TRS 'n/c' layout: list /n2140/n2153/index.html and index_2.html (plain 下一页), articles "
                       "/n2140/n2153/cNNNNNNN/content.html: <h1> over two long paragraphs in <div id=\"zoom\">, no date")
        n = 0
        for p in (1, 2):
            listed = "/n2140/n2153/index.html" if p == 1 else "/n2140/n2153/index_2.html"
            col["list_pages"].append(listed)
            items = []
            for _ in range(4):
                cid = 1234567 + n * 89
                n += 1
                url = f"/n2140/n2153/c{cid}/content.html"
                art = z.article(col, url, f"c{cid}/content.html", "2022-09-01", "utf-8", self.odd_article,
                                linked_from=[listed], dated=False, long=True)
                items.append(f'<li><a href="c{cid}/content.html">{e(art.title)}</a></li>')
            nav = '<a href="index_2.html">下一页</a>' if p == 1 else '<a href="index.html">上一页</a>'
            z.put(listed, page(f"历史文化-{SITE}", f'<div class="wrap main"><ul class="whlist">\n{chr(10).join(items)}\n</ul><div class="pg">{nav}</div></div>'))
        col["aliases"]["/n2140/n2153/"] = "/n2140/n2153/index.html"
        col["announced"] = {}

    def odd_article(self, a: Article) -> str:
        paras = "\n".join(f"<p>{e(p)}</p>" for p in a.paragraphs)
        return page(a.title, f'<div class="wrap main"><h1>{e(a.title)}</h1>\n<div id="zoom">\n{paras}\n</div></div>')

    def build_home(self) -> None:
        z = self.zoo
        links = "".join(f'<li><a href="{h}">{n}</a></li>' for h, n in NAV)
        hot = "".join(
            f'<li><a href="{dyn.lstrip("/")}" target="_blank">{e(z.columns["vsb"]["articles"][url]["title"])}</a></li>'
            for dyn, url in z.columns["vsb"]["aliases"].items()
        )
        z.put("/index.html", page(SITE, f"""<div class="wrap main">
<div class="col-nav"><h3>栏目导航</h3><ul>{links}</ul></div>
<div class="hot"><h3>热点信息</h3><ul>{hot}</ul></div>
</div>""", '<link rel="alternate" type="application/rss+xml" title="媒体关注" href="/rss.xml">\n'
           '<link rel="alternate" type="application/atom+xml" title="政务公开动态" href="/atom.xml">\n'))
        z.other_pages.insert(0, "/")


def build() -> Zoo:
    b = Builder()
    b.build_trs()
    b.build_jcms()
    b.build_oldsite()
    b.build_script_pagers()
    b.build_json()
    b.build_vsb()
    b.build_sitemaps_and_feeds()
    b.build_long_chain()
    b.build_odd_shapes()
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
