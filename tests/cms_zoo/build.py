"""Build the test CMS zoo: 云溪市人民政府 (fictional), one column per list mechanism.

    python -m tests.cms_zoo.build          # rewrites tests/cms_zoo/{site/,routes.json,expected.json}

The portal is a TRS WCM main site (UTF-8) with, as real county portals have, parts run by other
systems: a 大汉 jcms section (``/col/colNNNN/``, jpage lists, ``/art/...`` articles), an old
ASP frameset site (``/oldsite/``, GBK declared gb2312, IIS: case-insensitive), JSP/ASP.NET
columns with script pagers, a JSON-filled 集约化 column, a 博达 VSB sub-site, sitemaps and feeds.
Each column is described in ``README.md`` and in ``expected.json`` (see :mod:`tests.cms_zoo.zoo`).
The build is deterministic: running it again gives the same bytes (a test checks).
"""

from __future__ import annotations

import datetime
import html
import sys
import urllib.parse
from pathlib import Path

from tests.cms_zoo.text import PLACES_YUNXI, Article
from tests.cms_zoo.zoo import Zoo, day_list

OUT = Path(__file__).resolve().parent
SITE = "云溪市人民政府"
e = html.escape

# --------------------------------------------------------------------------------------------
# TRS WCM main site chrome (UTF-8)
# --------------------------------------------------------------------------------------------
NAV = [
    ("/", "首页"),
    ("/xwzx/gzdt/", "工作动态"),
    ("/xwzx/bmdt/", "部门动态"),
    ("/zwgk/tzgg/", "通知公告"),
    ("/col/col1229/index.html", "乡镇动态"),
    ("/zwgk/zcwj/list.jsp?channelId=12", "政策文件"),
    ("/zwgk/ghjh/index.htm", "规划计划"),
    ("/zwgk/jdhy/index.aspx", "解读回应"),
    ("/xxgk/gsgg/index.html", "公示公告"),
    ("/zcwjk/", "政策文件库"),
    ("/dsj/list.htm", "大事记"),
]
MORE = [
    ("/zwgk/jyta/", "建议提案办理"),
    ("/zwgk/rsxx/", "人事信息"),
    ("/zwgk/czzj/", "财政资金"),
    ("/zwgk/zdxm/", "重大项目"),
    ("/col/col1302/index.html", "村务公开"),
    ("/col/col1303/index.html", "便民服务"),
    ("/list/7.html", "专题专栏"),
    ("/xxgk/jyxw.htm", "教育新闻"),
    ("/oldsite/index.asp", "旧版网站"),
]


def trs_head(title: str, extra: str = "", column: str = "") -> str:
    meta_col = f'<meta name="ColumnName" content="{e(column)}">\n' if column else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{e(title)}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="www.yunxi.gov.cn">
<meta name="SiteIDCode" content="3607000001">
{meta_col}<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
{extra}</head>
"""


def trs_top(crumbs: list[tuple[str, str]]) -> str:
    nav = "".join(f'<li><a href="{href}">{name}</a></li>' for href, name in NAV)
    crumb = " &gt; ".join(f'<a href="{href}">{name}</a>' for href, name in crumbs)
    return f"""<body>
<div class="top"><div class="w1200"><span id="today">2024年3月28日 星期四</span><span class="fr"><a href="javascript:void(0)" onclick="addFavorite()">加入收藏</a> | <a href="/zcwjk/">政策文件库</a> | <a href="javascript:void(0)" id="wza">无障碍浏览</a></span></div></div>
<div class="header"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="{SITE}" /></a>
<form action="/search/search.jsp" method="get" name="searchform" target="_blank"><input type="text" name="searchword" class="sinput" value="请输入关键字" /><input type="submit" value="搜索" class="sbtn" /></form></div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 position">您现在的位置：<a href="/">首页</a> &gt; {crumb}</div>
"""


TRS_FOOT = """<div class="footer">
<div class="w1200">
<p><a href="/zcwjk/">政策文件库</a> | <a href="/rss/xwfb.xml">RSS订阅</a> | <a href="/oldsite/index.asp">旧版网站</a></p>
<p>主办：云溪市人民政府办公室　承办：云溪市大数据中心　网站标识码：3607000001</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05001234号-1</a>　赣公网安备 36070202000123号</p>
<p>版权所有：云溪市人民政府　建议使用IE9以上版本或Chrome浏览器，1366×768分辨率浏览本站</p>
</div>
</div>
</body>
</html>
"""

# The createPageHTML function as TRS WCM 6/7 templates print it (inline or in a shared .js file).
CREATE_PAGE_HTML_JS = r"""function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	// 1 输出首页和上一页
	// 1.1 当前页是首页
	if(nCurrIndex == 0){
		document.write("<span class=\"disabled\">首页</span>&nbsp;<span class=\"disabled\">上一页</span>&nbsp;");
	}
	// 1.2 当前页是第2页(前一页是首页)
	else if(nCurrIndex == 1){
		document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a>&nbsp;");
		document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">上一页</a>&nbsp;");
	}
	// 1.3 当前页是其它页
	else{
		document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a>&nbsp;");
		document.write("<a href=\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\">上一页</a>&nbsp;");
	}
	// 2 输出中间分页
	for(var i=0; i<_nPageCount; i++){
		if(i == nCurrIndex)
			document.write("<span class=\"current\">"+(i+1)+"</span>&nbsp;");
		else if(i==0)
			document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">"+(i+1)+"</a>&nbsp;");
		else
			document.write("<a href=\""+_sPageName+"_" + i + "."+_sPageExt+"\">"+(i+1)+"</a>&nbsp;");
	}
	// 3 输出下一页和尾页
	if(nCurrIndex == (_nPageCount-1)){
		document.write("<span class=\"disabled\">下一页</span>&nbsp;<span class=\"disabled\">尾页</span>");
	}
	else{
		document.write("<a href=\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\">下一页</a>&nbsp;");
		document.write("<a href=\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\">尾页</a>");
	}
	document.write("&nbsp;&nbsp;共" + _nPageCount + "页");
}
"""


def trs_list_page(column: str, crumbs, items: list[tuple[str, str, str]], pager: str, extra_head: str = "",
                  left: str = "") -> str:
    lis = "\n".join(
        f'<li><a href="{href}" target="_blank" title="{e(title)}">{e(title)}</a><span>{date}</span></li>'
        for href, title, date in items
    )
    return (
        trs_head(f"{column}_{SITE}", extra_head, column)
        + trs_top(crumbs)
        + f"""<div class="w1200 main">
<div class="lmleft"><div class="lmtit">{e(column)}</div>{left}</div>
<div class="lmright">
<div class="lmname"><span>{e(column)}</span></div>
<div class="list">
<ul>
{lis}
</ul>
</div>
<div class="page">
{pager}
</div>
</div>
</div>
"""
        + TRS_FOOT
    )


def trs_article(art: Article, column: str, crumbs, pubtime: str, prev_next: str = "") -> str:
    paras = "\n".join(f'<p style="text-indent: 2em;">{e(p)}</p>' for p in art.paragraphs)
    author = f"　作者：{e(art.author)}" if art.author else ""
    return (
        trs_head(
            f"{art.title}_{column}_{SITE}",
            f'<meta name="ArticleTitle" content="{e(art.title)}">\n<meta name="PubDate" content="{pubtime}">\n'
            f'<meta name="ContentSource" content="{e(art.source)}">\n',
            column,
        )
        + trs_top(crumbs)
        + f"""<div class="w1200 main">
<div class="article">
<h1 class="title">{e(art.title)}</h1>
<div class="info">发布时间：{pubtime}　来源：{e(art.source)}{author}　<span>字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="content" id="zoom">
<!--<$[信息内容]>begin--><div class=TRS_Editor><style type="text/css">
.TRS_Editor P{{line-height:2;font-family:宋体;font-size:12pt;}}
</style>
{paras}
</div><!--<$[信息内容]>end-->
</div>
<div class="fx"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
{prev_next}
</div>
</div>
"""
        + TRS_FOOT
    )


def trs_doc(date: str, docid: int, ext: str) -> tuple[str, str]:
    """TRS document path parts: ``202403/t20240312_4512001.html``."""
    ym = date[:4] + date[5:7]
    return ym, f"t{date.replace('-', '')}_{docid}.{ext}"


# --------------------------------------------------------------------------------------------
# the zoo
# --------------------------------------------------------------------------------------------
class Builder:
    def __init__(self) -> None:
        self.zoo = Zoo("云溪市人民政府 (fictional) - tests/cms_zoo", "yunxi-zoo", PLACES_YUNXI)
        self.docid = 4512000
        z = self.zoo
        z.content_type(r"^/oldsite/", "text/html")  # IIS 6: no charset in the header
        z.content_type(r"^/zwgk/ghjh/", "text/html")  # static GBK pages, header without charset
        z.content_type(r"^/dsj/", "text/html; charset=GBK")
        z.content_type(r"\.aspx$", "text/html; charset=utf-8")
        z.content_type(r"^/rss/", "application/rss+xml")
        z.content_type(r"^/atom/", "application/atom+xml; charset=utf-8")
        z.routes["nocase_prefixes"].append("/oldsite/")

    def next_id(self, step: int = 1) -> int:
        self.docid += step
        return self.docid

    # -- TRS columns ---------------------------------------------------------------------------
    def trs_column(self, key: str, column: str, section: tuple[str, str], base: str, ext: str, pages: int,
                   per_page: int, start: str, pager, mechanism: str, description: str, *,
                   existing: int | None = None, announced: dict | None = None, extra_head: str = "",
                   step: int = 3) -> dict:
        """A TRS WCM column: ``base`` + ``index.ext``, ``index_1.ext`` ...; ``pager(i)`` writes the
        pager of page ``i`` (0-based). Only the first ``existing`` pages are published."""
        z = self.zoo
        existing = pages if existing is None else existing
        col = z.column(key, column, mechanism, base, description)
        crumbs = [section, (base, column)]
        dates = day_list(start, existing * per_page, step)
        for i in range(existing):
            name = f"index.{ext}" if i == 0 else f"index_{i}.{ext}"
            url = base + name
            listed = base if i == 0 else url
            col["list_pages"].append(listed)
            if i == 0:
                col["aliases"][url] = base
            items = []
            for j in range(per_page):
                date = dates[i * per_page + j]
                ym, doc = trs_doc(date, self.next_id(), ext)
                art_url = f"{base}{ym}/{doc}"
                link = f"./{ym}/{doc}"

                def render(art: Article, date=date) -> str:
                    return trs_article(art, column, crumbs, f"{date} {art.time}")

                art = z.article(col, art_url, link, date, "utf-8", render, linked_from=[listed])
                items.append((link, art.title, date))
            z.put(url, trs_list_page(column, crumbs, items, pager(i), extra_head))
        col["announced"] = announced or {"pages": pages}
        return col

    def build_trs(self) -> None:
        sec_news = ("/xwzx/gzdt/", "新闻中心")
        sec_gk = ("/zwgk/tzgg/", "政务公开")

        # 1. createPageHTML with literal arguments, the function printed inline (TRS WCM 6).
        def literal(i: int) -> str:
            return (
                '<script type="text/javascript">\n' + CREATE_PAGE_HTML_JS + "</script>\n"
                f'<script language="JavaScript">createPageHTML(4, {i}, "index", "shtml");</script>'
            )

        self.trs_column(
            "trs_literal", "工作动态", sec_news, "/xwzx/gzdt/", "shtml", 4, 4, "2024-03-27", literal,
            "trs-createPageHTML-literal",
            "TRS WCM list, .shtml, pager written by createPageHTML(4, i, \"index\", \"shtml\") (function inline); "
            "no plain link to pages 2-4",
            announced={"pages": 4, "text": 'createPageHTML(4, 0, "index", "shtml")'},
            extra_head='<link rel="alternate" type="application/atom+xml" title="人大会议" href="/atom/rdhy.xml" />\n',
        )

        # 2. the form TRS WCM 7 emits: variables, then createPageHTML(countPage, currentPage, ...);
        #    the function lives in a shared script file.
        def variables(i: int) -> str:
            return (
                '<script type="text/javascript" src="/js/createPageHTML.js"></script>\n'
                '<script type="text/javascript">\n'
                f"\tvar currentPage = {i};//所在页从0开始\n"
                "\tvar prevPage = currentPage-1//上一页\n"
                "\tvar nextPage = currentPage+1//下一页\n"
                "\tvar countPage = 3//共多少页\n"
                '\tcreatePageHTML(countPage, currentPage, "index", "html");\n'
                "</script>"
            )

        self.trs_column(
            "trs_vars", "部门动态", sec_news, "/xwzx/bmdt/", "html", 3, 4, "2024-03-26", variables,
            "trs-createPageHTML-variables",
            "TRS WCM 7 list: var currentPage/countPage = 3//共多少页, then createPageHTML(countPage, currentPage, "
            '"index", "html"); the function is in /js/createPageHTML.js',
            announced={"pages": 3, "text": "var countPage = 3//共多少页"},
        )
        self.zoo.put("/js/createPageHTML.js", CREATE_PAGE_HTML_JS)
        self.zoo.other_pages.append("/js/createPageHTML.js")

        # 3. the older TRS pager: document.write of "index" + "_" + nextPage + "." + "html" links.
        def old(i: int, count: int = 3) -> str:
            return (
                '<script language="JavaScript">\n'
                f"var currentPage = {i};//所在页从0开始\n"
                "var prevPage = currentPage-1//上一页\n"
                "var nextPage = currentPage+1//下一页\n"
                f"var countPage = {count}//共多少页\n"
                'document.write("共"+countPage+"页&nbsp;&nbsp;");\n'
                "//设置上一页代码\n"
                "if(countPage>1&&currentPage!=0&&currentPage!=1)\n"
                '\tdocument.write("<a href=\\"index"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");\n'
                "else if(countPage>1&&currentPage!=0&&currentPage==1)\n"
                '\tdocument.write("<a href=\\"index.html\\">上一页</a>&nbsp;");\n'
                "else\n"
                '\tdocument.write("上一页&nbsp;");\n'
                "//设置下一页代码\n"
                "if(countPage>1&&currentPage!=(countPage-1))\n"
                '\tdocument.write("<a href=\\"index"+"_" + nextPage + "."+"html\\" >下一页</a>&nbsp;");\n'
                "else\n"
                '\tdocument.write("下一页&nbsp;");\n'
                "//跳转页面\n"
                'document.write("到第<input type=\\"text\\" id=\\"num\\" size=\\"2\\">页 ");\n'
                "</script>"
            )

        self.trs_column(
            "trs_old", "通知公告", sec_gk, "/zwgk/tzgg/", "html", 3, 4, "2024-03-25", old,
            "trs-document-write",
            'older TRS pager: var countPage = 3//共多少页 and document.write("<a href=\\"index"+"_" + nextPage + "."+"html\\">下一页</a>"), '
            "no createPageHTML",
            announced={"pages": 3, "text": "var countPage = 3//共多少页"},
        )

        # 16. a column announcing more than is published: pages 3-5 were taken down, the pager was not.
        def stale(i: int) -> str:
            return (
                f'<div class="pagetotal">共20条记录</div>\n<script language="JavaScript">createPageHTML(5, {i}, "index", "html");</script>'
            )

        col = self.trs_column(
            "unreachable", "建议提案办理", sec_gk, "/zwgk/jyta/", "html", 5, 4, "2023-12-20", stale,
            "trs-createPageHTML-literal",
            "announces 共20条 and createPageHTML(5, ...) but only index.html and index_1.html exist "
            "(index_2..4.html answer 404): no mechanism can reach the announced size; the crawl should flag it",
            existing=2, announced={"pages": 5, "records": 20, "text": "共20条记录 / createPageHTML(5, 0, \"index\", \"html\")"},
            extra_head='<script type="text/javascript" src="/js/createPageHTML.js"></script>\n',
        )
        col["announced_reachable"] = False
        col["traps"] = ["/zwgk/jyta/index_2.html", "/zwgk/jyta/index_3.html", "/zwgk/jyta/index_4.html"]

        # 19. countPage = 99999999 (a template bug); three pages really exist.
        def huge(i: int) -> str:
            return (
                '<script type="text/javascript">\n'
                f"var currentPage = {i};//所在页从0开始\n"
                "var countPage = 99999999//共多少页\n"
                'createPageHTML(countPage, currentPage, "index", "html");\n'
                "</script>"
            )

        col = self.trs_column(
            "bad_countpage", "人事信息", sec_gk, "/zwgk/rsxx/", "html", 3, 3, "2024-02-28", huge,
            "trs-createPageHTML-variables",
            "bad input: var countPage = 99999999//共多少页; three pages exist, index_3.html on are 404. The trap "
            "guard must bound it, the crawl must go on",
            announced={"pages": 99999999, "text": "var countPage = 99999999//共多少页"},
            extra_head='<script type="text/javascript" src="/js/createPageHTML.js"></script>\n',
        )
        col["announced_reachable"] = False

        # 20. negative numbers: createPageHTML(-3, ...) and a goPage(-1) link; one page.
        def negative(i: int) -> str:
            return (
                '<script type="text/javascript">\nfunction goPage(n){\n\tlocation.href = "index_" + n + ".html";\n}\n</script>\n'
                '<script language="JavaScript">createPageHTML(-3, 0, "index", "html");</script>\n'
                '<a href="javascript:goPage(-1)">上一页</a> <a href="javascript:goPage(-2)">末页</a> 共-3页'
            )

        col = self.trs_column(
            "bad_negative", "财政资金", sec_gk, "/zwgk/czzj/", "html", 1, 4, "2024-01-30", negative,
            "bad-pager-negative",
            "bad input: createPageHTML(-3, 0, ...), goPage(-1)/goPage(-2), 共-3页; only index.html exists",
            extra_head='<script type="text/javascript" src="/js/createPageHTML.js"></script>\n',
            announced={"pages": -3, "text": "createPageHTML(-3, 0, \"index\", \"html\") / 共-3页"},
        )
        col["traps"] = ["/zwgk/czzj/index_-1.html", "/zwgk/czzj/index_-2.html"]

        # 21. a pager template that leaves the allowed domain.
        def offsite(i: int) -> str:
            return (
                '<script type="text/javascript">\nfunction goPage(pageNo){\n'
                "\tlocation.href = 'http://{{OFFSITE}}/zwgk/zdxm/list.jsp?pageNo=' + pageNo;\n}\n</script>\n"
                '<a href="javascript:goPage(1)">首页</a> <a href="javascript:goPage(2)">下一页</a> '
                '<a href="javascript:goPage(4)">尾页</a> 共4页'
            )

        col = self.trs_column(
            "bad_offsite", "重大项目", sec_gk, "/zwgk/zdxm/", "html", 1, 3, "2024-01-18", offsite,
            "bad-pager-offsite",
            "bad input: goPage() builds 'http://127.0.0.2:PORT/zwgk/zdxm/list.jsp?pageNo=' + n, outside the allowed "
            "domain (the zoo listens there and counts any request)",
            announced={"pages": 4, "text": "共4页"},
        )
        col["announced_reachable"] = False
        col["offsite"] = [f"http://{{{{OFFSITE}}}}/zwgk/zdxm/list.jsp?pageNo={n}" for n in (1, 2, 4)]

    # -- 大汉 jcms ----------------------------------------------------------------------------
    def jcms_article(self, art: Article, column: str, colid: int, pubtime: str) -> str:
        paras = "\n".join(f"<p>{e(p)}</p>" for p in art.paragraphs)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(art.title)} {e(column)} {SITE}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="www.yunxi.gov.cn">
<meta name="SiteIDCode" content="3607000001">
<meta name="ColumnName" content="{e(column)}">
<meta name="ColumnType" content="{e(column)}">
<meta name="ArticleTitle" content="{e(art.title)}">
<meta name="PubDate" content="{pubtime}">
<meta name="ContentSource" content="{e(art.source)}">
<meta name="Keywords" content="">
<meta name="Author" content="{e(art.source)}">
<meta name="Url" content="">
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
<link href="/script/3/1709281456283.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><script language="javascript" src="/script/3/1709281456311.js"></script></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bt-position">
<tr><td>当前位置：<table cellspacing="0" cellpadding="0" border="0" style="display:inline"><tr><td><a href="/"><span>首页</span></a></td><td>&gt;</td><td><a href="/col/col{colid}/index.html"><span>{e(column)}</span></a></td></tr></table></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td align="center" class="title">
<!--<ucaptitle>-->{e(art.title)}<!--</ucaptitle>-->
</td></tr>
<tr><td align="center" class="bt-info">发布日期：{pubtime[:10]}　信息来源：{e(art.source)}　浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={colid}&artid=1"></script>　字体：[ <a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a> ]</td></tr>
<tr><td class="bt-content">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<div id="zoom">
{paras}
</div>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><div class="bt-foot">
主办单位：云溪市人民政府办公室　网站标识码：3607000001　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05001234号-1</a><br/>
版权所有：云溪市人民政府　技术支持：大汉网络
</div></td></tr></table>
</body>
</html>
"""

    def jpage_column(self, key: str, column: str, colid: int, unitid: int, total: int, per_page: int,
                     group: int, start: str, mechanism: str, description: str, fault: str | None = None) -> dict:
        z = self.zoo
        webid = "3"
        entry = f"/col/col{colid}/index.html"
        col = z.column(key, column, mechanism, entry, description)
        col["list_pages"].append(entry)
        col["aliases"][f"/col/col{colid}/"] = entry
        webname = urllib.parse.quote(SITE)
        nextgroup = (
            f'<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid={webid}&path=/&columnid={colid}'
            f'&unitid={unitid}&webname={webname}&permissiontype=0"></a>'
        )
        dates = day_list(start, total, 2)
        records = []
        first = per_page * group
        form = {
            "col": "1", "appid": "1", "webid": webid, "path": "/", "columnid": str(colid),
            "sourceContentType": "1", "unitid": str(unitid), "webname": SITE, "permissiontype": "0",
        }
        reachable_upto = total if fault is None else first
        for n, date in enumerate(dates):
            y, m, d = (int(x) for x in date.split("-"))
            artid = self.next_id(7)
            url = f"/art/{y}/{m}/{d}/art_{colid}_{artid}.html"
            if n < first:
                source_page = entry
            else:
                lo = (n // first) * first + 1
                source_page = f"POST /module/web/jpage/dataproxy.jsp?startrecord={lo}&endrecord={lo + first - 1}&perpage={per_page}"
            if n < reachable_upto:
                art = z.article(
                    col, url, url, date, "utf-8",
                    lambda a, date=date: self.jcms_article(a, column, colid, f"{date} {a.time}"),
                    linked_from=[source_page],
                )
                title = art.title
            else:  # never reachable: the proxy is broken; only the title exists (in the broken proxy)
                title = z.writer.article(date).title
            records.append(
                f'<li><a href="{url}" target="_blank" title="{e(title)}">{e(title)}</a><span class="bt-data-time">{date}</span></li>'
            )
        inline = "\n".join(f"<record><![CDATA[\n{r}\n]]></record>" for r in records[:first])
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(column)} {SITE}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="www.yunxi.gov.cn">
<meta name="SiteIDCode" content="3607000001">
<meta name="ColumnName" content="{e(column)}">
<meta name="ColumnType" content="{e(column)}">
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/module/jslib/jpage/jquery.jpage.js"></script>
<link href="/module/jslib/jpage/jpage.css" rel="stylesheet" type="text/css" />
<link href="/script/3/1709281456283.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><script language="javascript" src="/script/3/1709281456311.js"></script></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="240" valign="top" class="bt-left"><div class="bt-left-title">{e(column)}</div></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="bt-position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{colid}/index.html">{e(column)}</a></td></tr>
<tr><td class="bt-list">
<div id="{unitid}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[{nextgroup}]]></nextgroup>
<recordset>
{inline}
</recordset>
</datastore></script></div>
<script type="text/javascript">
$(document).ready(function() {{
	$('#{unitid}').jpage({{
		dataStore: $('#{unitid} script[type="text/xml"]').text(),
		totalRecord: {total},
		perPage: {per_page},
		groupSize: {group},
		barPosition: 'bottom',
		proxyUrl: '/module/web/jpage/dataproxy.jsp',
		ajaxParam: {{
			col: 1,
			appid: 1,
			webid: {webid},
			path: '/',
			columnid: {colid},
			sourceContentType: 1,
			unitid: {unitid},
			webname: '{SITE}',
			permissiontype: 0
		}},
		themeName: 'default',
		showMode: 'full'
	}});
}});
</script>
</td></tr></table>
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><div class="bt-foot">
主办单位：云溪市人民政府办公室　网站标识码：3607000001　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05001234号-1</a><br/>
版权所有：云溪市人民政府　技术支持：大汉网络
</div></td></tr></table>
</body>
</html>
"""
        z.put(entry, page)
        spec = {"unitid": str(unitid), "webid": webid, "nextgroup": nextgroup, "records": records, "perpage": per_page}
        if fault == "html_error":
            spec.update(fault=fault, error_page=JCMS_ERROR_PAGE)
        elif fault == "garbage":
            spec.update(fault=fault, garbage='<datastore>\n<recordset>\n<record><![CDATA[\n<li><a href="/art/20\x00\x00 ' + "\ufffd" * 8)
        z.routes["jpage"].setdefault("/module/web/jpage/dataproxy.jsp", {"columns": {}, "totals": False})
        z.routes["jpage"]["/module/web/jpage/dataproxy.jsp"]["columns"][str(colid)] = spec
        lo = first + 1
        while lo <= total:
            col.setdefault("list_requests", []).append(
                {"method": "POST", "url": f"/module/web/jpage/dataproxy.jsp?startrecord={lo}&endrecord={lo + first - 1}&perpage={per_page}",
                 "form": form}
            )
            lo += first
        col["announced"] = {"records": total, "per_page": per_page, "text": f"totalRecord: {total}"}
        if fault:
            col["announced_reachable"] = False
        return col

    def build_jcms(self) -> None:
        self.jpage_column(
            "jpage", "乡镇动态", 1229, 4567, 28, 4, 3, "2024-03-27", "hanweb-jpage",
            "大汉 jcms jpage list: records 1-12 inline in <script type=\"text/xml\"><datastore>, 13-28 only from "
            "POST /module/web/jpage/dataproxy.jsp?startrecord=A&endrecord=B&perpage=4 with the jpage() ajaxParam form",
        )
        self.jpage_column(
            "bad_jpage_html", "村务公开", 1302, 4601, 14, 4, 2, "2024-02-20", "hanweb-jpage",
            "bad input: a jpage column whose dataproxy answers the CMS's HTML error page (status 200); records 1-8 "
            "are inline, 9-14 unreachable",
            fault="html_error",
        )
        self.jpage_column(
            "bad_jpage_garbage", "便民服务", 1303, 4602, 12, 4, 2, "2024-02-10", "hanweb-jpage",
            "bad input: a jpage column whose dataproxy answers truncated garbage labelled text/xml; records 1-8 "
            "inline, 9-12 unreachable",
            fault="garbage",
        )

    # -- old ASP frameset site (GBK, IIS) ---------------------------------------------------------
    def asp_page(self, title: str, body: str) -> str:
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{e(title)}</title>
<link href="../css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
<!--
body {{ margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; }}
.STYLE1 {{color: #FF0000}}
-->
</style>
</head>
<body>
{body}
</body>
</html>
"""

    def asp_article(self, art: Article, classname: str, artid: int) -> str:
        paras = "<br>\n".join("　　" + e(p) for p in art.paragraphs)
        y, m, d = (int(x) for x in art.date.split("-"))
        body = f"""<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="28" background="../images/dh_bg.gif">&nbsp;您现在的位置：<a href="../main.asp">首页</a> &gt;&gt; {e(classname)} &gt;&gt; 正文</td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="1" bgcolor="#CCCCCC">
  <tr><td bgcolor="#FFFFFF">
    <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr><td height="50" align="center"><font style="font-size:18px" color="#CC0000"><b>{e(art.title)}</b></font></td></tr>
      <tr><td height="25" align="center" bgcolor="#F5F5F5">发布时间：{y}-{m}-{d}&nbsp;&nbsp;&nbsp;来源：{e(art.source)}&nbsp;&nbsp;&nbsp;点击数：<script src="hits.asp?id={artid}"></script>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
      <tr><td class="content" id="fontzoom" style="line-height:200%;padding:15px;">
{paras}
      </td></tr>
      <tr><td align="right"><a href="javascript:window.print()">打印此页</a> <a href="javascript:window.close()">关闭窗口</a></td></tr>
    </table>
  </td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td align="center" height="60">版权所有：云溪市人民政府办公室　地址：云溪市云溪区人民路1号　电话：0736-3221001<br>赣ICP备05001234号　建议使用1024*768分辨率浏览</td></tr>
</table>"""
        return self.asp_page(f"{art.title}--云溪市人民政府", body)

    def asp_column(self, key: str, classid: int, classname: str, pages: int, per: int, start: str,
                   mechanism: str, description: str, entry: str, *, list_case: str = "list.asp?classid={c}&page={p}",
                   article_link, pager_kind: str) -> dict:
        z = self.zoo
        col = z.column(key, classname, mechanism, entry, description)
        dates = day_list(start, pages * per, 6)
        total = pages * per
        for p in range(1, pages + 1):
            listed = "/oldsite/news/" + (list_case.format(c=classid, p=p) if p > 1 else list_case.split("&")[0].format(c=classid))
            col["list_pages"].append(listed)
            rows = []
            for j in range(per):
                date = dates[(p - 1) * per + j]
                artid = 1200 + classid * 100 + (p - 1) * per + j
                link, url = article_link(artid)
                art = z.article(
                    col, url, link, date, "gbk", lambda a, i=artid: self.asp_article(a, classname, i),
                    linked_from=[listed],
                )
                y, m, d = (int(x) for x in date.split("-"))
                if link.startswith("javascript:") or link.startswith("#"):
                    anchor = f'<a href="#" onclick="window.open(\'show.asp?id={artid}\',\'newwindow\',\'width=780,height=600,scrollbars=yes,resizable=yes\')">{e(art.title)}</a>'
                else:
                    anchor = f'<a href="{link}" target="_blank">{e(art.title)}</a>'
                rows.append(
                    f'<tr><td width="4%" height="24" align="center"><img src="../images/dot.gif" width="5" height="5"></td>'
                    f'<td width="78%">{anchor}</td><td width="18%" align="center"><font color="#999999">[{y}-{m}-{d}]</font></td></tr>'
                )
            pager = self.asp_pager(pager_kind, classid, p, pages, per, total, list_case)
            body = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30" class="lmtitle">&nbsp;<b>{e(classname)}</b></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
{chr(10).join(rows)}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="30" align="center">{pager}</td></tr></table>"""
            z.put(listed, self.asp_page(f"{classname}--云溪市人民政府", body), "gbk")
        col["announced"] = {"pages": pages, "records": total, "text": f"共{total}条记录 页次：1/{pages}"}
        return col

    def asp_pager(self, kind: str, classid: int, p: int, pages: int, per: int, total: int, list_case: str) -> str:
        def url(n: int) -> str:
            return list_case.format(c=classid, p=n)

        head = f"共<b>{total}</b>条记录&nbsp;页次：<b>{p}</b>/{pages}&nbsp;每页：{per}条&nbsp;&nbsp;"
        if kind == "jshref":  # href="javascript:location.href='list.asp?...'"
            first = "首页" if p == 1 else f"<a href=\"javascript:location.href='{url(1)}'\">首页</a>"
            prev = "上一页" if p == 1 else f"<a href=\"javascript:location.href='{url(p - 1)}'\">上一页</a>"
            nxt = "下一页" if p == pages else f"<a href=\"javascript:location.href='{url(p + 1)}'\">下一页</a>"
            last = "尾页" if p == pages else f"<a href=\"javascript:location.href='{url(pages)}'\">尾页</a>"
            return head + f"{first}&nbsp;{prev}&nbsp;{nxt}&nbsp;{last}"
        if kind == "onclick":  # onclick="location.href='List.asp?...'"
            parts = []
            for label, n, on in (("首页", 1, p > 1), ("上一页", p - 1, p > 1), ("下一页", p + 1, p < pages), ("尾页", pages, p < pages)):
                parts.append(
                    f"<a href=\"javascript:void(0)\" onclick=\"location.href='{url(n)}'\">{label}</a>" if on else label
                )
            return head + "&nbsp;".join(parts)
        # kind == "select": a page jumper only
        options = "".join(
            f'<option value="{url(n)}"{" selected" if n == p else ""}>第{n}页</option>' for n in range(1, pages + 1)
        )
        return head + f'转到：<select name="page" onchange="location.href=this.value">{options}</select>'

    def build_oldsite(self) -> None:
        z = self.zoo
        z.script("/oldsite/news/list.asp", ["classid", "page"], {"page": "1"}, fallback="oldsite/news/list.asp@empty")
        z.script("/oldsite/news/show.asp", ["id"], fallback="oldsite/news/show.asp@notfound")
        frameset = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>云溪市人民政府（旧版）</title>
</head>
<frameset rows="152,*" cols="*" frameborder="NO" border="0" framespacing="0">
  <frame src="top.asp" name="topFrame" scrolling="NO" noresize >
  <frame src="main.asp" name="mainFrame">
</frameset>
<noframes><body>
您的浏览器不支持框架，请升级浏览器。
</body></noframes>
</html>
"""
        z.put("/oldsite/index.asp", frameset, "gbk")
        top = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>云溪市人民政府</title>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="images/top.jpg" width="1000" height="120" border="0" usemap="#Map"></td></tr>
  <tr><td height="32" background="images/nav_bg.gif">&nbsp;</td></tr>
</table>
<map name="Map">
  <area shape="rect" coords="612,88,690,112" href="main.asp" target="mainFrame" alt="首页">
  <area shape="rect" coords="700,88,778,112" href="news/List.asp?ClassID=5" target="mainFrame" alt="通知公告">
  <area shape="rect" coords="788,88,866,112" href="mailto:yxzfb@163.com" alt="县长信箱">
</map>
</body>
</html>
"""
        z.put("/oldsite/top.asp", top, "gbk")
        main = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>云溪市人民政府</title>
<script language="JavaScript">
<!--
function MM_jumpMenu(targ,selObj,restore){ //v3.0
  eval(targ+".location='"+selObj.options[selObj.selectedIndex].value+"'");
  if (restore) selObj.selectedIndex=0;
}
//-->
</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="250" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="28" background="images/left_tit.gif">&nbsp;<b>乡镇导航</b></td></tr>
        <tr><td height="40" align="center">
          <select name="xzdh" onchange="location.href=this.value">
            <option value="" selected>--请选择--</option>
            <option value="news/list.asp?classid=7">乡镇快讯</option>
          </select>
        </td></tr>
        <tr><td height="28" background="images/left_tit.gif">&nbsp;<b>友情链接</b></td></tr>
        <tr><td height="40" align="center">
          <select name="yqlj" onchange="MM_jumpMenu('window.open()',this,0)">
            <option selected>--政府网站--</option>
            <option value="http://www.jx.gov.cn">江西省人民政府</option>
          </select>
        </td></tr>
      </table>
    </td>
    <td width="750" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="28" background="images/tit_bg.gif">&nbsp;<b>工作动态</b></td></tr>
        <tr><td><iframe src="news/list.asp?classid=3" name="gzdt" width="100%" height="420" frameborder="0" scrolling="no"></iframe></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td align="center" height="60">版权所有：云溪市人民政府办公室　赣ICP备05001234号　建议使用1024*768分辨率浏览</td></tr>
</table>
</body>
</html>
"""
        z.put("/oldsite/main.asp", main, "gbk")
        z.other_pages += ["/oldsite/index.asp", "/oldsite/top.asp", "/oldsite/main.asp"]
        z.put_bytes("", self.asp_page("云溪市人民政府", '<table width="100%"><tr><td height="60" align="center">暂无信息</td></tr></table>').encode("gbk"),
                    file="oldsite/news/list.asp@empty")
        z.put_bytes("", self.asp_page("云溪市人民政府", "<script>alert('该信息不存在或已被删除！');history.back();</script>").encode("gbk"),
                    file="oldsite/news/show.asp@notfound")

        self.asp_column(
            "asp_iframe", 3, "工作动态（旧版）", 3, 4, "2011-11-28", "frameset-iframe-onclick",
            "old ASP frameset site (GBK, meta gb2312, no charset header): reached through <frameset><frame "
            "src=main.asp> then <iframe src=news/list.asp?classid=3>; articles only in onclick=\"window.open('show.asp?id=N')\"; "
            "pager href=\"javascript:location.href='list.asp?classid=3&page=2'\"",
            "/oldsite/news/list.asp?classid=3",
            article_link=lambda i: ("#", f"/oldsite/news/show.asp?id={i}"), pager_kind="jshref",
        )
        # an onclick article is linked by the URL literal inside window.open('...')
        for url, art in self.zoo.columns["asp_iframe"]["articles"].items():
            art["link"] = url.rsplit("/", 1)[1]
        self.asp_column(
            "asp_area", 5, "通知公告（旧版）", 3, 3, "2011-10-30", "frameset-area-onclick",
            "old ASP site: the column is reached only through <area href=\"news/List.asp?ClassID=5\"> of an image map "
            "in the top frame; IIS mixed case (List.asp?ClassID=5&Page=2, Show.asp?ID=N); pager "
            "onclick=\"location.href='List.asp?ClassID=5&Page=2'\" on href=\"javascript:void(0)\"",
            "/oldsite/news/List.asp?ClassID=5",
            list_case="List.asp?ClassID={c}&Page={p}",
            article_link=lambda i: (f"Show.asp?ID={i}", f"/oldsite/news/Show.asp?ID={i}"), pager_kind="onclick",
        )
        self.asp_column(
            "asp_select", 7, "乡镇快讯（旧版）", 3, 3, "2011-09-30", "frameset-select",
            "old ASP site: the column is reached only through <select onchange=\"location.href=this.value\"><option "
            "value=\"news/list.asp?classid=7\">; its pages only through a 转到 <select> of <option value=list.asp?classid=7&page=N>",
            "/oldsite/news/list.asp?classid=7",
            article_link=lambda i: (f"show.asp?id={i}", f"/oldsite/news/show.asp?id={i}"), pager_kind="select",
        )

    # -- script pager functions ---------------------------------------------------------------------
    def jsp_list(self, column: str, items, pager: str, script: str, charset: str = "UTF-8") -> str:
        lis = "\n".join(
            f'<tr><td class="tit"><a href="{href}" target="_blank" title="{e(t)}">{e(t)}</a></td><td class="date">{d}</td></tr>'
            for href, t, d in items
        )
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{e(column)}-{SITE}</title>
<link rel="stylesheet" href="/images/style.css">
<script type="text/javascript">
{script}
</script>
</head>
<body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="{SITE}"></a></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; {e(column)}</div>
<table class="listtable" width="100%" cellspacing="0" cellpadding="0">
{lis}
</table>
<div class="pagination">{pager}</div>
</div>
<div class="footer">版权所有：云溪市人民政府办公室　网站标识码：3607000001　赣ICP备05001234号-1</div>
</body>
</html>
"""

    def plain_article(self, art: Article, column: str, pubtime: str, charset: str = "UTF-8") -> str:
        paras = "\n".join(f"<p>{e(p)}</p>" for p in art.paragraphs)
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{e(art.title)}-{e(column)}-{SITE}</title>
<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="{SITE}"></a></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; {e(column)} &gt; 正文</div>
<div class="detail">
<div class="detail-title">{e(art.title)}</div>
<div class="detail-info"><span>发布日期：{pubtime}</span><span>信息来源：{e(art.source)}</span><span>【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</span></div>
<div class="detail-content">
{paras}
</div>
</div>
</div>
<div class="footer">版权所有：云溪市人民政府办公室　网站标识码：3607000001　赣ICP备05001234号-1</div>
</body>
</html>
"""

    def script_column(self, key: str, column: str, entry: str, page_url, pages: int, per: int, start: str,
                      mechanism: str, description: str, script: str, fn: str, encoding: str, article,
                      charset: str = "UTF-8") -> dict:
        """A column whose pager is ``javascript:fn(n)``; ``page_url(n)`` is the n-th page (1-based)."""
        z = self.zoo
        col = z.column(key, column, mechanism, entry, description)
        dates = day_list(start, pages * per, 4)
        for p in range(1, pages + 1):
            listed = page_url(p)
            col["list_pages"].append(listed)
            items = []
            for j in range(per):
                date = dates[(p - 1) * per + j]
                link, url = article(self.next_id(3), date)
                art = z.article(
                    col, url, link, date, encoding,
                    lambda a, date=date: self.plain_article(a, column, date, charset), linked_from=[listed],
                )
                items.append((link, art.title, date))
            links = [f'<a href="javascript:{fn}(1)">首页</a>']
            if p > 1:
                links.append(f'<a href="javascript:{fn}({p - 1})">上一页</a>')
            if p < pages:
                links.append(f'<a href="javascript:{fn}({p + 1})">下一页</a>')
            links.append(f'<a href="javascript:{fn}({pages})">尾页</a>')
            pager = "&nbsp;".join(links) + f"&nbsp;&nbsp;共{pages}页&nbsp;当前第{p}页"
            z.put(listed, self.jsp_list(column, items, pager, script, charset), encoding)
        col["announced"] = {"pages": pages, "text": f"共{pages}页"}
        return col

    def build_script_pagers(self) -> None:
        z = self.zoo
        z.script("/zwgk/zcwj/list.jsp", ["channelId", "pageNo"], {"pageNo": "1"}, fallback="zwgk/zcwj/list.jsp@empty")
        z.script("/zwgk/zcwj/content.jsp", ["id"])
        gopage = (
            "function goPage(pageNo){\n"
            "\tif(pageNo < 1){ pageNo = 1; }\n"
            "\tlocation.href = 'list.jsp?channelId=12&pageNo=' + pageNo;\n"
            "}"
        )
        self.script_column(
            "gopage", "政策文件", "/zwgk/zcwj/list.jsp?channelId=12",
            lambda p: "/zwgk/zcwj/list.jsp?channelId=12" + (f"&pageNo={p}" if p > 1 else ""),
            3, 4, "2024-03-20", "script-pager-goPage",
            "JSP list: pager links javascript:goPage(n) whose function does location.href = 'list.jsp?channelId=12&pageNo=' + pageNo; "
            "articles content.jsp?id=N&channelId=12; a pageNo past the end answers an empty list (200)",
            gopage, "goPage", "utf-8",
            lambda i, d: (f"content.jsp?id={i}&channelId=12", f"/zwgk/zcwj/content.jsp?id={i}&channelId=12"),
        )
        z.put_bytes("", self.jsp_list("政策文件", [], "共3页", gopage).encode("utf-8"), file="zwgk/zcwj/list.jsp@empty")

        turnpage = (
            "function turnPage(page){\n"
            "    if(page == 1){\n"
            '        window.location.href = "index.htm";\n'
            "    }else{\n"
            '        window.location.href = "index_" + page + ".htm";\n'
            "    }\n"
            "}"
        )
        self.script_column(
            "turnpage", "规划计划", "/zwgk/ghjh/index.htm",
            lambda p: "/zwgk/ghjh/index.htm" if p == 1 else f"/zwgk/ghjh/index_{p}.htm",
            3, 4, "2023-12-28", "script-pager-turnPage",
            "static GBK pages declared gb2312 (no charset in the header): pager javascript:turnPage(n), function "
            'if(page == 1) "index.htm" else "index_" + page + ".htm"',
            turnpage, "turnPage", "gbk",
            lambda i, d: (f"{d[:4]}{d[5:7]}/t{d.replace('-', '')}_{i}.htm", f"/zwgk/ghjh/{d[:4]}{d[5:7]}/t{d.replace('-', '')}_{i}.htm"),
            charset="gb2312",
        )
        z.columns["turnpage"]["aliases"]["/zwgk/ghjh/"] = "/zwgk/ghjh/index.htm"

        z.script("/zwgk/jdhy/index.aspx", ["page"], {"page": "1"}, fallback="zwgk/jdhy/index.aspx@empty")
        z.script("/zwgk/jdhy/detail.aspx", ["id"])
        topage = (
            "function toPage(n) {\n"
            '    document.location = "/zwgk/jdhy/index.aspx?page=" + n;\n'
            "}"
        )
        self.script_column(
            "topage", "解读回应", "/zwgk/jdhy/index.aspx",
            lambda p: "/zwgk/jdhy/index.aspx" + (f"?page={p}" if p > 1 else ""),
            3, 3, "2024-03-15", "script-pager-toPage",
            'ASP.NET list: pager javascript:toPage(n), function document.location = "/zwgk/jdhy/index.aspx?page=" + n '
            "(absolute path, document.location not location.href); articles detail.aspx?id=N",
            topage, "toPage", "utf-8",
            lambda i, d: (f"detail.aspx?id={i}", f"/zwgk/jdhy/detail.aspx?id={i}"),
        )
        z.put_bytes("", self.jsp_list("解读回应", [], "共3页", topage).encode("utf-8"), file="zwgk/jdhy/index.aspx@empty")

    # -- JSON list --------------------------------------------------------------------------------
    def build_json(self) -> None:
        z = self.zoo
        col = z.column(
            "json_list", "公示公告", "json-getJSON", "/xxgk/gsgg/index.html",
            "集约化-style column: the HTML shell has an empty <ul>, filled by $.getJSON('/api/list?channel=gsgg&page=1&size=10', ...); "
            "items in data.list[] with title / url / publishTime, data.total = 23; articles /xxgk/gsgg/content/post_N.html",
        )
        col["list_pages"] = ["/xxgk/gsgg/index.html"] + [f"/api/list?channel=gsgg&page={p}&size=10" for p in (1, 2, 3)]
        col["aliases"]["/xxgk/gsgg/"] = "/xxgk/gsgg/index.html"
        col["json_api"] = {
            "url": "/api/list?channel=gsgg&page={page}&size=10",
            "first_page": 1,
            "items": "data.list",
            "url_field": "url",
            "title_field": "title",
            "date_field": "publishTime",
            "total_field": "data.total",
        }
        items = []
        dates = day_list("2024-03-26", 23, 3)
        for n, date in enumerate(dates):
            post = 881200 + n * 17
            url = f"/xxgk/gsgg/content/post_{post}.html"
            page = n // 10 + 1
            art = z.article(
                col, url, url, date, "utf-8",
                lambda a, date=date: self.json_article(a, f"{date} {a.time}"),
                linked_from=[f"/api/list?channel=gsgg&page={page}&size=10"],
            )
            items.append({"id": post, "title": art.title, "url": url, "publishTime": f"{date} {art.time}:00",
                          "source": art.source, "channelId": 1031})
        z.routes["json_lists"]["/api/list"] = {
            "channel_param": "channel",
            "channels": {"gsgg": items},
            "page_param": "page",
            "size_param": "size",
            "default_size": 10,
            "max_size": 50,
            "envelope": {"code": 200, "msg": "操作成功",
                         "data": {"list": "$list", "total": "$total", "pageNo": "$page", "pageSize": "$size", "pages": "$pages"}},
            "error": {"code": 500, "msg": "栏目不存在", "data": None},
        }
        col["announced"] = {"records": 23, "text": '"total":23'}
        shell = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>公示公告_{SITE}</title>
<meta name="SiteName" content="{SITE}">
<meta name="ColumnName" content="公示公告">
<link rel="stylesheet" href="/xxgk/css/xxgk.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="{SITE}"></a></div>
<div class="container">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/gsgg/index.html">公示公告</a></div>
  <div class="list-box">
    <ul class="news-list" id="newsList"><li class="loading">加载中...</li></ul>
    <div class="pager" id="pager"></div>
  </div>
</div>
<div class="footer">版权所有：云溪市人民政府办公室　网站标识码：3607000001　赣ICP备05001234号-1</div>
<script>
var pageSize = 10;
function renderPager(pageNo, pages) {{
    var html = '';
    for (var i = 1; i <= pages; i++) {{
        html += i == pageNo ? '<span class="cur">' + i + '</span>' : '<a href="javascript:;" onclick="loadList(' + i + ')">' + i + '</a>';
    }}
    $('#pager').html(html + '<span>共' + pages + '页</span>');
}}
function loadList(pageNo) {{
    $.getJSON('/api/list?channel=gsgg&page=' + pageNo + '&size=' + pageSize, function (res) {{
        if (res.code != 200) {{ return; }}
        var html = '';
        $.each(res.data.list, function (i, item) {{
            html += '<li><a href="' + item.url + '" target="_blank" title="' + item.title + '">' + item.title + '</a><span>' + item.publishTime.substring(0, 10) + '</span></li>';
        }});
        $('#newsList').html(html);
        renderPager(pageNo, Math.ceil(res.data.total / pageSize));
    }});
}}
$(function () {{
    $.getJSON('/api/list?channel=gsgg&page=1&size=10', function (res) {{
        if (res.code == 200) {{ loadList(1); }}
    }});
}});
</script>
</body>
</html>
"""
        z.put("/xxgk/gsgg/index.html", shell)

    def json_article(self, art: Article, pubtime: str) -> str:
        paras = "\n".join(f'<p style="text-indent:2em">{e(p)}</p>' for p in art.paragraphs)
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(art.title)}_{SITE}</title>
<meta name="ArticleTitle" content="{e(art.title)}">
<meta name="PubDate" content="{pubtime}">
<meta name="ContentSource" content="{e(art.source)}">
<link rel="stylesheet" href="/xxgk/css/xxgk.css">
</head>
<body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="{SITE}"></a></div>
<div class="container">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/gsgg/index.html">公示公告</a> &gt; 正文</div>
  <div class="article">
    <h1 class="article-title">{e(art.title)}</h1>
    <div class="article-meta"><span>来源：{e(art.source)}</span><span>发布时间：{pubtime}</span></div>
    <div class="article-content">
{paras}
    </div>
  </div>
</div>
<div class="footer">版权所有：云溪市人民政府办公室　网站标识码：3607000001　赣ICP备05001234号-1</div>
</body>
</html>
"""

    # -- 博达 VSB ----------------------------------------------------------------------------------
    def build_vsb(self) -> None:
        z = self.zoo
        col = z.column(
            "vsb", "教育新闻", "vsb-static", "/xxgk/jyxw.htm",
            "博达 VSB static list: jyxw.htm, then jyxw/2.htm, jyxw/1.htm (numbered downwards), pager 共13条 1/3 "
            "with 下页/尾页; articles ../info/1031/NNNN.htm",
        )
        total, per = 13, 5
        pages = 3
        dates = day_list("2024-03-22", total, 5)
        files = ["/xxgk/jyxw.htm"] + [f"/xxgk/jyxw/{pages - p + 1}.htm" for p in range(2, pages + 1)]
        col["list_pages"] = list(files)
        for p in range(1, pages + 1):
            items = []
            prefix = "../" if p == 1 else "../../"
            for j in range(per):
                n = (p - 1) * per + j
                if n >= total:
                    break
                date = dates[n]
                newsid = 2345 - n * 3
                url = f"/info/1031/{newsid}.htm"
                link = f"{prefix}info/1031/{newsid}.htm"
                art = z.article(col, url, link, date, "utf-8",
                                lambda a, date=date, i=newsid: self.vsb_article(a, date, i), linked_from=[files[p - 1]])
                items.append((link, art.title, date, n))
            z.put(files[p - 1], self.vsb_list(items, p, pages, total))
        col["announced"] = {"pages": pages, "records": total, "text": f"共{total}条&nbsp;&nbsp;1/{pages}"}

    def vsb_list(self, items, p: int, pages: int, total: int) -> str:
        here = "jyxw/" if p == 1 else ""

        def page_file(k: int) -> str:  # k: 1-based page index -> href relative to this page
            if k == 1:
                return "../jyxw.htm" if p > 1 else "jyxw.htm"
            return f"{here}{pages - k + 1}.htm"

        lis = "\n".join(
            f'<li id="line_u8_{n % 5}"><a href="{href}" target="_blank" title="{e(t)}">{e(t)}</a><span>{d}</span></li>'
            for href, t, d, n in items
        )
        first = "首页" if p == 1 else f'<a href="{page_file(1)}" class="Next">首页</a>'
        prev = "上页" if p == 1 else f'<a href="{page_file(p - 1)}" class="Prev">上页</a>'
        nxt = "下页" if p == pages else f'<a href="{page_file(p + 1)}" class="Next">下页</a>'
        last = "尾页" if p == pages else f'<a href="{page_file(pages)}" class="Next">尾页</a>'
        css = "../" if p > 1 else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><HTML><HEAD><TITLE>教育新闻-云溪市教育局</TITLE><META Name="keywords" Content="云溪市教育局,教育新闻" />
<META content="text/html; charset=UTF-8" http-equiv="Content-Type"><LINK rel="stylesheet" type="text/css" href="{css}style/index.css">

<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="{css}_sitegray/_sitegray_d.css" />
<script language="javascript" src="{css}_sitegray/_sitegray.js"></script>
<!-- CustomerNO:77656262657232307b75475c525a5744000000014753 -->
<link rel="stylesheet" type="text/css" href="{css}list.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1031,'/list.jsp',-1,1656340812)</script>
</HEAD>
<BODY>
<div class="header"><a href="/"><img src="{css}images/logo.png"></a></div>
<div class="main">
<div class="dqwz">当前位置: <a href="/">首页</a> &gt;&gt; <a href="{css}jyxw.htm">教育新闻</a></div>
<div class="list">
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/ajax.js"></script>
<ul>
{lis}
</ul>
<div class="pb_sys_common pb_sys_normal pb_sys_style1" style="margin-top:10px;text-align:center;"><table cellspacing=0 cellpadding=0 border=0><tr><td nowrap align=left width=1% id=fanye63024>共{total}条&nbsp;&nbsp;{p}/{pages}&nbsp;</td><td nowrap align=left><div>&nbsp;&nbsp;{first}&nbsp;&nbsp;{prev}&nbsp;&nbsp;{nxt}&nbsp;&nbsp;{last}&nbsp;&nbsp;<input type="text" value="{p}" id="goto63024" size="2" style="height:14px;width:20px;border:1px solid #cecece"/>&nbsp;<a href="javascript:;" onclick="_simple_list_gotopage_fun({pages},'goto63024',2)">跳转</a></div></td></tr></table></div>
<script>function _simple_list_gotopage_fun(allpages, gotoid, cur){{var n=document.getElementById(gotoid).value;}}</script>
</div>
</div>
<div class="footer">版权所有：云溪市教育局　地址：云溪市学府路8号　赣ICP备05001288号</div>
</BODY></HTML>
"""

    def vsb_article(self, art: Article, date: str, newsid: int) -> str:
        paras = "\n".join(f'<p class="vsbcontent_start">{e(p)}</p>' if i == 0 else
                          (f'<p class="vsbcontent_end">{e(p)}</p>' if i == len(art.paragraphs) - 1 else f"<p>{e(p)}</p>")
                          for i, p in enumerate(art.paragraphs))
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><HTML><HEAD><TITLE>{e(art.title)}-云溪市教育局</TITLE><META Name="keywords" Content="云溪市教育局" />
<META Name="description" Content="{e(art.paragraphs[0][:60])}" />
<META content="text/html; charset=UTF-8" http-equiv="Content-Type"><LINK rel="stylesheet" type="text/css" href="../../style/index.css">
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="../../_sitegray/_sitegray_d.css" />
<script language="javascript" src="../../_sitegray/_sitegray.js"></script>
<link rel="stylesheet" type="text/css" href="../../content.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1031,'/content.jsp',{newsid},1656340812)</script>
</HEAD>
<BODY>
<div class="header"><a href="/"><img src="../../images/logo.png"></a></div>
<div class="main">
<div class="dqwz">当前位置: <a href="/">首页</a> &gt;&gt; <a href="../../xxgk/jyxw.htm">教育新闻</a> &gt;&gt; 正文</div>
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="../../_dwr/interface/NewsvoteDWR.js"></script>
<form name="_newscontent_fromname">
<div class="content-title"><h1>{e(art.title)}</h1></div>
<div class="content-info">发布时间：{date}&nbsp;&nbsp;&nbsp;&nbsp;来源：{e(art.source)}&nbsp;&nbsp;&nbsp;&nbsp;点击：<script>_showDynClicks("wbnews", 1656340812, {newsid})</script></div>
<div id="vsb_content"><div class="v_news_content">
{paras}
</div></div><div id="div_vote_id"></div>
</form>
</div>
<div class="footer">版权所有：云溪市教育局　地址：云溪市学府路8号　赣ICP备05001288号</div>
</BODY></HTML>
"""

    # -- sitemaps and feeds -------------------------------------------------------------------------
    def build_sitemaps_and_feeds(self) -> None:
        z = self.zoo
        col = z.column(
            "sitemap_only", "政策文件库", "sitemap-index-gz", "/zcwjk/",
            "the 政策文件库 page is a search form (POST); its documents are listed only in /sitemaps/zcwjk.xml.gz, "
            "reached from /sitemap_index.xml, named only in robots.txt (Sitemap: line); <lastmod> on every entry",
        )
        col["list_pages"] = []
        entries = []
        for n, date in enumerate(day_list("2024-03-18", 6, 9)):
            docid = 5012 + n * 5
            url = f"/zcwjk/{date[:4]}/{date[5:7]}{date[8:]}/c1023a{docid}.html"
            z.article(col, url, f"http://{{{{HOST}}}}{url}", date, "utf-8",
                      lambda a, date=date: self.json_article(a, f"{date} {a.time}"), linked_from=["/sitemaps/zcwjk.xml.gz"])
            entries.append((url, date))
        z.put("/zcwjk/index.html", trs_head(f"政策文件库_{SITE}") + trs_top([("/zcwjk/", "政策文件库")]) + """<div class="w1200 main">
<div class="zcwjk-search">
<form name="zcwjkForm" action="/zcwjk/search.jsp" method="post">
<table class="search-table"><tr><td>文件标题：</td><td><input type="text" name="title" /></td><td>发文字号：</td><td><input type="text" name="wh" /></td></tr>
<tr><td>发文机关：</td><td><select name="fwjg"><option value="">全部</option><option value="1">市政府</option><option value="2">市政府办公室</option></select></td><td>成文日期：</td><td><input type="text" name="cwrq" /></td></tr></table>
<input type="submit" value="检索" /> <input type="reset" value="重置" />
</form>
<div class="zcwjk-tip">请输入检索条件查询政策文件。</div>
</div>
</div>
""" + TRS_FOOT)
        z.other_pages.append("/zcwjk/")
        urlset = ['<?xml version="1.0" encoding="UTF-8"?>',
                  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for url, date in entries:
            urlset.append(f"  <url>\n    <loc>http://{{{{HOST}}}}{url}</loc>\n    <lastmod>{date}</lastmod>\n"
                          "    <changefreq>never</changefreq>\n  </url>")
        urlset.append("</urlset>")
        z.put_gz("/sitemaps/zcwjk.xml.gz", "\n".join(urlset) + "\n")
        # a plain sitemap of the 工作动态 articles (also reachable from the lists), with <lastmod>
        news = ['<?xml version="1.0" encoding="UTF-8"?>',
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for url, art in z.columns["trs_literal"]["articles"].items():
            news.append(f"<url><loc>http://{{{{HOST}}}}{url}</loc><lastmod>{art['published']}T09:00:00+08:00</lastmod></url>")
        news.append("</urlset>")
        z.put("/sitemaps/xwzx.xml", "\n".join(news) + "\n")
        z.put("/sitemap_index.xml", """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>http://{{HOST}}/sitemaps/zcwjk.xml.gz</loc>
    <lastmod>2024-03-18</lastmod>
  </sitemap>
  <sitemap>
    <loc>http://{{HOST}}/sitemaps/xwzx.xml</loc>
    <lastmod>2024-03-27T09:00:00+08:00</lastmod>
  </sitemap>
</sitemapindex>
""")
        z.sitemaps += ["/sitemap_index.xml", "/sitemaps/zcwjk.xml.gz", "/sitemaps/xwzx.xml"]
        z.put("/robots.txt", """# robots.txt for www.yunxi.gov.cn
User-agent: *
Disallow: /search/
Disallow: /module/visitcount/

Sitemap: http://{{HOST}}/sitemap_index.xml
""")
        z.other_pages.append("/robots.txt")

        # RSS 2.0, slightly malformed: raw HTML (<br>, &nbsp;) in <description>, not escaped or CDATA'd
        col = z.column(
            "rss_only", "新闻发布", "rss-feed-malformed", "/rss/xwfb.xml",
            "articles listed only in an RSS 2.0 feed (announced by <link rel=\"alternate\"> on the home page) that "
            "is not well-formed XML: raw <br> and &nbsp; in <description>",
        )
        items = []
        for n, date in enumerate(day_list("2024-03-24", 5, 4)):
            _, doc = trs_doc(date, 5512001 + n, "html")
            url = f"/xwfb/{date[:4]}{date[5:7]}/{doc}"
            art = z.article(col, url, f"http://{{{{HOST}}}}{url}", date, "utf-8",
                            lambda a, date=date: trs_article(a, "新闻发布", [("/", "新闻发布")], f"{date} {a.time}"),
                            linked_from=["/rss/xwfb.xml"])
            y, m, d = (int(x) for x in date.split("-"))
            wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][datetime.date(y, m, d).weekday()]
            mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
            items.append(f"""<item>
<title>{e(art.title)}</title>
<link>http://{{{{HOST}}}}{url}</link>
<description>{art.paragraphs[0][:40]}&nbsp;...<br>来源：{art.source}</description>
<pubDate>{wd}, {d:02d} {mon} {y} {art.time}:00 +0800</pubDate>
<guid>http://{{{{HOST}}}}{url}</guid>
</item>""")
        z.put("/rss/xwfb.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>{SITE} - 新闻发布</title>
<link>http://{{{{HOST}}}}/</link>
<description>{SITE}新闻发布&nbsp;RSS</description>
<language>zh-cn</language>
<lastBuildDate>Sun, 24 Mar 2024 18:00:00 +0800</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
""")
        col["list_pages"] = []
        z.feeds.append("/rss/xwfb.xml")

        col = z.column(
            "atom_only", "人大会议", "atom-feed-namespaces", "/atom/rdhy.xml",
            "articles listed only in an Atom 1.0 feed with namespaces (default Atom ns, dc:, a prefixed "
            "xhtml summary), announced by <link rel=\"alternate\" type=\"application/atom+xml\"> on the 工作动态 list",
        )
        entries_x = []
        for n, date in enumerate(day_list("2024-03-21", 5, 6)):
            y, m, d = date.split("-")
            url = f"/rdhy/{y}/{m}/{d}/rdhy_{6612 + n * 9}.html"
            art = z.article(col, url, f"http://{{{{HOST}}}}{url}", date, "utf-8",
                            lambda a, date=date: self.plain_article(a, "人大会议", date), linked_from=["/atom/rdhy.xml"])
            entries_x.append(f"""  <entry>
    <title type="text">{e(art.title)}</title>
    <link rel="alternate" type="text/html" href="http://{{{{HOST}}}}{url}"/>
    <id>tag:www.yunxi.gov.cn,{date}:rdhy/{6612 + n * 9}</id>
    <updated>{date}T{art.time}:00+08:00</updated>
    <dc:creator>{e(art.source)}</dc:creator>
    <summary type="xhtml"><xhtml:div>{e(art.paragraphs[0][:50])}</xhtml:div></summary>
  </entry>""")
        z.put("/atom/rdhy.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xhtml="http://www.w3.org/1999/xhtml" xml:lang="zh-CN">
  <title>云溪市人大常委会 - 会议信息</title>
  <link rel="self" href="http://{{{{HOST}}}}/atom/rdhy.xml"/>
  <link rel="alternate" href="http://{{{{HOST}}}}/"/>
  <id>tag:www.yunxi.gov.cn,2024:rdhy</id>
  <updated>2024-03-21T10:00:00+08:00</updated>
{chr(10).join(entries_x)}
</feed>
""")
        col["list_pages"] = []
        z.feeds.append("/atom/rdhy.xml")

    # -- a long 下一页 chain (GBK) ------------------------------------------------------------------
    def build_long_chain(self, pages: int = 62, per: int = 2) -> None:
        z = self.zoo
        col = z.column(
            "long_chain", "大事记", "next-page-chain", "/dsj/list.htm",
            f"{pages} list pages (GBK, meta gb2312, header charset=GBK) joined only by 下一页/上一页 links: "
            "list.htm, list_2.htm ... list_62.htm; pagination must not spend the depth budget",
        )
        dates = day_list("2024-03-10", pages * per, 14)
        for p in range(1, pages + 1):
            name = "list.htm" if p == 1 else f"list_{p}.htm"
            listed = f"/dsj/{name}"
            col["list_pages"].append(listed)
            rows = []
            for j in range(per):
                date = dates[(p - 1) * per + j]
                docid = 7000 + (p - 1) * per + j
                href = f"{date[:4]}/t{date.replace('-', '')}_{docid}.htm"
                art = z.article(col, f"/dsj/{href}", href, date, "gbk",
                                lambda a, date=date: self.gbk_article(a, date), linked_from=[listed])
                rows.append(f'<tr><td class="dot">·</td><td><a href="{href}" target="_blank">{e(art.title)}</a></td><td class="rq">{date}</td></tr>')
            prev = "" if p == 1 else f'<a href="{"list.htm" if p == 2 else f"list_{p - 1}.htm"}">上一页</a>&nbsp;&nbsp;'
            nxt = "" if p == pages else f'<a href="list_{p + 1}.htm">下一页</a>'
            page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>大事记 - {SITE}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/logo.png" border="0"></a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="lm">大事记</td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
{chr(10).join(rows)}
</table></td></tr>
<tr><td align="center" class="fy">第{p}页&nbsp;&nbsp;{prev}{nxt}</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center" class="foot">版权所有：云溪市地方志办公室　赣ICP备05001234号-1</td></tr></table>
</body>
</html>
"""
            z.put(listed, page, "gbk")
        col["announced"] = {}

    def gbk_article(self, art: Article, date: str) -> str:
        paras = "\n".join(f"<p>　　{e(p)}</p>" for p in art.paragraphs)
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{e(art.title)}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/logo.png" border="0"></a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/dsj/list.htm">大事记</a></td></tr>
<tr><td align="center" class="bt"><b>{e(art.title)}</b></td></tr>
<tr><td align="center" class="sj">日期：{date}　来源：{e(art.source)}</td></tr>
<tr><td class="nr">
{paras}
</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center" class="foot">版权所有：云溪市地方志办公室　赣ICP备05001234号-1</td></tr></table>
</body>
</html>
"""

    # -- article URLs of no common shape ---------------------------------------------------------
    def build_odd_shapes(self) -> None:
        z = self.zoo
        col = z.column(
            "odd_shape", "专题专栏", "unusual-url-shapes", "/list/7.html",
            "list /list/7.html, /list/7_2.html, /list/7_3.html (plain 下一页 links) -> articles /art/N.html: an "
            "<h1> over two long paragraphs inside <div id=\"zoom\">, no date anywhere on the page",
        )
        pages, per = 3, 3
        n = 0
        for p in range(1, pages + 1):
            listed = "/list/7.html" if p == 1 else f"/list/7_{p}.html"
            col["list_pages"].append(listed)
            items = []
            for _ in range(per):
                artid = 123 + n * 11
                n += 1
                url = f"/art/{artid}.html"
                art = z.article(col, url, url, "2023-06-01", "utf-8", self.odd_article, linked_from=[listed],
                                dated=False, long=True)
                items.append(f'<li><a href="{url}">{e(art.title)}</a></li>')
            nav = []
            if p > 1:
                nav.append(f'<a href="{"/list/7.html" if p == 2 else f"/list/7_{p - 1}.html"}">上一页</a>')
            if p < pages:
                nav.append(f'<a href="/list/7_{p + 1}.html">下一页</a>')
            z.put(listed, f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>专题专栏</title><link rel="stylesheet" href="/images/zt.css"></head>
<body>
<div class="zt-head"><a href="/">{SITE}</a> · 专题专栏</div>
<ul class="zt-list">
{chr(10).join(items)}
</ul>
<div class="zt-page">{" ".join(nav)}</div>
<div class="zt-foot">云溪市人民政府办公室 主办</div>
</body></html>
""")
        col["announced"] = {}

    def odd_article(self, art: Article) -> str:
        paras = "\n".join(f"<p>{e(p)}</p>" for p in art.paragraphs)
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(art.title)}</title><link rel="stylesheet" href="/images/zt.css"></head>
<body>
<div class="zt-head"><a href="/">{SITE}</a> · <a href="/list/7.html">专题专栏</a></div>
<h1>{e(art.title)}</h1>
<div id="zoom">
{paras}
</div>
<div class="zt-foot">云溪市人民政府办公室 主办</div>
</body></html>
"""

    # -- home ------------------------------------------------------------------------------------
    def build_home(self) -> None:
        z = self.zoo
        lis = "\n".join(f'<li><a href="{href}">{name}</a></li>' for href, name in NAV[1:] + MORE)
        home = (
            trs_head(
                SITE,
                '<link rel="alternate" type="application/rss+xml" title="新闻发布" href="/rss/xwfb.xml" />\n',
            )
            + trs_top([("/", "首页")])
            + f"""<div class="w1200 main">
<div class="banner"><img src="/images/banner.jpg" alt="" /></div>
<div class="index-cols">
<h2>栏目导航</h2>
<ul class="lm-nav">
{lis}
</ul>
</div>
</div>
"""
            + TRS_FOOT
        )
        z.put("/index.html", home)
        z.other_pages.insert(0, "/")


JCMS_ERROR_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>系统提示</title>
</head>
<body>
<div style="width:500px;margin:100px auto;border:1px solid #ccc;padding:20px;">
<h3>系统提示</h3>
<p>对不起，系统繁忙，请稍后再试！</p>
<p><a href="/">返回首页</a></p>
</div>
</body>
</html>
"""


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
    out = Path(argv[0]) if argv else OUT
    zoo = build()
    zoo.write(out)
    n = sum(len(c["articles"]) for c in zoo.columns.values())
    print(f"{out}: {len(zoo.columns)} columns, {n} articles, {len(zoo.files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
