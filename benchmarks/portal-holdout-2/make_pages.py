# -*- coding: utf-8 -*-
"""Generate benchmarks/portal-holdout-2: synthetic Chinese government portal pages + gold.

Run:  python make_pages.py      (writes pages/*.html as raw bytes and manifest.jsonl)
Nothing is downloaded; every page is written from the templates below, modelled on the
markup that common Chinese government CMSs (TRS WCM, 大汉 Hanweb, 拓尔思, old ASP/table sites,
Taiwanese county CMSs) emit.
"""
import html, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20261128)
E = html.escape

# ---------------------------------------------------------------- body items
def P(text):                      # plain paragraph: same text in page and gold
    return ("p", text, text)
def RAW(fragment, gold):          # arbitrary html fragment with its gold text
    return ("raw", fragment, gold)
def TABLE(rows, border=True):
    h = '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">' if border else "<table>"
    for i, r in enumerate(rows):
        tag = "th" if i == 0 and border else "td"
        h += "<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>\n"
    h += "</table>"
    return ("raw", h, "\n".join(" ".join(r) for r in rows))
def IMG(src, caption):
    return ("raw", f'<p style="text-align:center"><img src="/images/{src}" width="600" border="0" alt=""></p>\n'
                   f'<p style="text-align:center;color:#666">{E(caption)}</p>', caption)

def para_html(text, style, i):
    t = E(text)
    if style == "indent":
        return f'<p style="text-indent:2em;line-height:2em">{t}</p>'
    if style == "nbsp":
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>"
    if style == "fw":
        return f"<p>\u3000\u3000{t}</p>"
    if style == "word":
        return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt">'
                f'<span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">{t}<span lang="EN-US"><o:p></o:p></span></span></p>')
    if style == "br":
        return f"\u3000\u3000{t}<br>\n<br>"
    if style == "unclosed":
        return f"<p align=\"left\">&nbsp;&nbsp;{t}"
    if style == "div":
        return f'<div style="text-indent:2em">{t}</div>'
    if style == "font":
        return f'<p><font size="3" face="宋体">\u3000\u3000{t}</font></p>'
    return f"<p>{t}</p>"

def body_html(items, style):
    out, gold = [], []
    for i, (kind, frag, g) in enumerate(items):
        out.append(para_html(frag, style, i) if kind == "p" else frag)
        if g:                     # chrome inside the content area (editor line, 相关链接) has empty gold
            gold.append(g)
    return out, "\n".join(gold)

# ---------------------------------------------------------------- chrome
OTHER = ["关于开展2024年度安全生产月活动的通知", "市政府召开第38次常务会议", "2023年政府信息公开工作年度报告",
         "关于公布第二批市级非遗代表性项目名录的通知", "全市防汛抗旱工作会议召开", "关于调整最低工资标准的通知",
         "我市举办重点项目集中开工仪式", "关于2023年度财政预算执行情况的报告", "政府网站工作年度报表", "政策文件解读汇总"]

def sidebar(n=6, fmt="{y}-{m:02d}-{d:02d}", title="最新动态"):
    lis = []
    for i in range(n):
        y, m, d = random.choice([2022, 2023, 2024]), random.randint(1, 12), random.randint(1, 28)
        lis.append(f'<li><a href="/art/{y}/{m}/{d}/art_{1000+i}.html" target="_blank">{OTHER[(i*3+n) % len(OTHER)]}</a><span class="date">{fmt.format(y=y, m=m, d=d)}</span></li>')
    return f'<div class="side-box"><h3>{title}</h3><ul>{"".join(lis)}</ul></div>'

def footer(site, icp, variant=0):
    links = "".join(f'<option value="http://www.{c}.gov.cn">{n}</option>' for c, n in
                    [("gov", "中国政府网"), ("zj", "浙江省人民政府"), ("hz", "杭州市人民政府"), ("nb", "宁波市人民政府")])
    sel = f'<select onchange="window.open(this.value)"><option>----友情链接----</option>{links}</select>'
    base = (f'<div class="footer"><div class="flinks">{sel} <select><option>--市直部门--</option><option>市教育局</option><option>市财政局</option></select></div>'
            f'<p><a href="/sitemap.html">网站地图</a> | <a href="/contact.html">联系我们</a> | <a href="/sm.html">网站声明</a> | <a href="/help.html">使用帮助</a></p>'
            f'<p>主办单位：{site}人民政府办公室&nbsp;&nbsp;承办单位：{site}大数据发展管理局</p>'
            f'<p>版权所有 &copy; {site}人民政府 &nbsp;<a href="https://beian.miit.gov.cn">{icp}ICP备0{random.randint(1000000,9999999)}号-1</a>'
            f'&nbsp;<img src="/images/ga.png">{icp[0]}公网安备 3301{random.randint(10000000000,99999999999)}号</p>'
            f'<p>网站标识码：{random.randint(3300000000,3399999999)} &nbsp; 技术支持：某某数字科技有限公司 &nbsp; 建议使用1920×1080分辨率浏览</p>'
            f'<script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E"));</script></div>')
    if variant == 1:
        base = '<div class="jiucuo"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>' + base
    return base

HEAD_NAV = ('<div class="top"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>'
            '<a href="/">设为首页</a> <a href="#">加入收藏</a> <a href="/wza/">无障碍</a> <a href="/en/">English</a> <a href="#">繁體</a></div>'
            '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>'
            '<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进{site}</a></li></ul></div>'
            '<div class="search"><form action="/search"><input name="q" value="请输入关键字"><input type="submit" value="搜索"></form></div>')

SHARE = ('<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>'
         '<a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>'
         '<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":""},"share":{}};</script>')
PRINT = '<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="#top">【返回顶部】</a></div>'
FONT = '【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】'
QR = '<div class="ewm"><img src="/images/qrcode.png"><p>扫一扫在手机打开当前页</p></div>'
COUNTER = '浏览次数：<span id="hits"><script src="/cms/count.jsp?id=4421"></script></span>'
COMMENT = ('<div class="comment"><h4>我要评论</h4><form method="post" action="/comment"><textarea name="c" cols="60" rows="4"></textarea>'
           '<br>昵称：<input name="nick"> 验证码：<input name="code"><img src="/code.jsp"> <input type="submit" value="发表评论"></form>'
           '<p>网友评论仅供其表达个人看法，并不表明本网同意其观点。</p></div>')
FLOAT = ('<div id="floatAd" style="position:absolute;left:10px;top:200px;z-index:99"><a href="/ztzl/2023/"><img src="/images/piao.jpg"></a>'
         '<span onclick="this.parentNode.style.display=\'none\'">关闭</span></div><script>var ad=document.getElementById("floatAd");setInterval(function(){ad.style.top=(parseInt(ad.style.top)+1)+"px"},50);</script>')
INLINE_JS = '<script type="text/javascript">var contentid="{n}";$(function(){{$("#zoom img").css("max-width","100%");}});</script>'
INLINE_CSS = '<style type="text/css">.TRS_Editor P{{margin-top:5px;margin-bottom:5px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TABLE{{font-size:12pt}}</style>'

def prevnext(trad=False):
    if trad:
        return '<div class="pn"><p>上一則：<a href="/News_Content.aspx?n=1&s=801">縣府辦理防災演練 強化應變能力</a></p><p>下一則：<a href="/News_Content.aspx?n=1&s=803">文化局徵選街頭藝人</a></p></div>'
    return ('<div class="prenext"><p>上一篇：<a href="/art/2023/4/1/art_1.html">关于做好春季森林防火工作的通知</a></p>'
            '<p>下一篇：<a href="/art/2023/6/2/art_3.html">我市召开优化营商环境推进会</a></p></div>')

def related(kind="相关文件"):
    return (f'<div class="xgwj"><h4>{kind}</h4><ul><li><a href="/a1.html">关于印发《乡村振兴三年行动方案》的通知</a> 2023-03-14</li>'
            '<li><a href="/a2.html">图解：一图读懂2023年民生实事项目</a> 2023-02-08</li><li><a href="/a3.html">政策解读：新版城乡居民医保缴费标准</a> 2022-12-20</li></ul></div>')

def head(title, meta_charset, extra_meta=""):
    mc = f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">\n' if meta_charset else ""
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><head>\n{mc}<title>{E(title)}</title>\n{extra_meta}'
            '<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery-1.8.3.min.js"></script>'
            '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?1a2b";})();</script>'
            '<style>body{margin:0;font:12px/1.5 "宋体"}.nav li{float:left}</style>\n</head>\n')

# ---------------------------------------------------------------- layouts
def lay_div(s, bh):
    site = s["site"]
    info = []
    if s.get("date_disp"):
        info.append(s["date_disp"])
    if s.get("src_disp"):
        info.append(s["src_disp"])
    info.append(COUNTER)
    info.append(FONT)
    inner = "\n".join(bh)
    if s.get("inline"):
        inner = INLINE_CSS + "\n" + inner + "\n" + INLINE_JS.format(n=s["slug"])
    if s.get("pages_nav"):
        inner += '\n<div class="pages"><a href="#">上一页</a> <span class="current">1</span> <a href="art_2.html">2</a> <a href="art_3.html">3</a> <a href="art_2.html">下一页</a> 共3页</div>'
    att = ""
    if s.get("attach"):
        att = '<div class="fujian"><p>附件：</p>' + "".join(f'<p><a href="/module/download/downfile.jsp?filename={a}">{E(a)}</a></p>' for a in s["attach"]) + "</div>"
    crumbs = f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">{s.get("col","通知公告")}</a></div>'
    return (f'<body>{HEAD_NAV.format(site=site)}<div class="banner"><img src="/images/banner.jpg" alt="{site}人民政府门户网站"></div>{crumbs}'
            f'<div class="main"><div class="left">{sidebar(7)}{sidebar(5, "[{m:02d}-{d:02d}]", "图片新闻")}</div>'
            f'<div class="right">{s.get("side_extra","")}<div class="article"><h1 class="title">{s.get("title_html") or E(s["title"])}</h1>'
            + (f'<h3 class="subtitle">{E(s["subtitle"])}</h3>' if s.get("subtitle") else "")
            + f'<div class="info">{"&nbsp;&nbsp;".join(info)}</div>'
            f'<div id="zoom" class="TRS_Editor">\n{inner}\n</div>{att}'
            + (related(s.get("related")) if s.get("related") else "")
            + f'{SHARE}{PRINT}{prevnext()}' + (QR if s.get("qr") else "") + (COMMENT if s.get("comment") else "")
            + f'</div></div></div>{footer(site, s.get("icp","浙"), 1)}' + (FLOAT if s.get("float") else "") + '</body></html>')

def lay_table(s, bh):
    """Old ASP/table CMS: centered title, <td id="content">, marquee, print/close bar."""
    site = s["site"]
    inner = "\n".join(bh)
    if s.get("inline"):
        inner = '<script language="javascript">function doZoom(n){document.getElementById("content").style.fontSize=n+"px"}</script>\n' + inner + '\n<style>.bt{font-size:14px}</style>'
    return (f'<body topmargin="0" leftmargin="0"><table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td><img src="/images/top.jpg" width="980" height="150"></td></tr>'
            f'<tr><td class="nav"><a href="/">首 页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/gzcy/">公众参与</a></td></tr>'
            f'<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">热烈祝贺{site}成功创建省级文明城市！ 2024年1月1日起新版办事指南正式启用</marquee></td></tr>'
            f'</table><table width="980" align="center" border="0"><tr><td width="240" valign="top">{sidebar(8, "({y}.{m}.{d})", "通知公告")}</td>'
            f'<td valign="top"><table width="100%" border="0"><tr><td class="weizhi">您现在的位置：首页 &gt;&gt; {s.get("col","工作动态")}</td></tr>'
            f'<tr><td align="center" height="50"><center><font size="4" color="#CC0000"><b>{s.get("title_html") or E(s["title"])}</b></font></center></td></tr>'
            f'<tr><td align="center" class="bt">{s.get("date_disp","")}&nbsp;&nbsp;{s.get("src_disp","")}&nbsp;&nbsp;点击数：<script src="/count.asp?id=77"></script>&nbsp;&nbsp;{FONT}</td></tr>'
            f'<tr><td><hr size="1" color="#cccccc"></td></tr>'
            f'<tr><td id="content" class="content" style="font-size:14px;line-height:28px">\n{inner}\n</td></tr>'
            f'<tr><td align="right">{PRINT}</td></tr><tr><td>{prevnext()}</td></tr></table></td></tr></table>'
            + (FLOAT if s.get("float") else "")
            + f'<table width="980" align="center"><tr><td align="center">{footer(site, s.get("icp","豫"))}</td></tr></table></body></html>')

def lay_split(s, bh):
    """Article split across <table> cells (first paragraphs in one cell, rest in the next row)."""
    half = len(bh) // 2
    a, b = "\n".join(bh[:half]), "\n".join(bh[half:])
    site = s["site"]
    return (f'<body>{HEAD_NAV.format(site=site)}<table width="1000" align="center"><tr><td valign="top" width="260">{sidebar(6)}</td><td valign="top">'
            f'<table width="100%" class="wz"><tr><td class="title" align="center"><strong>{E(s["title"])}</strong></td></tr>'
            f'<tr><td class="info" align="center">{s.get("date_disp","")} {s.get("src_disp","")} {FONT}</td></tr>'
            f'<tr><td class="nr">\n{a}\n</td></tr><tr><td class="nr">\n{b}\n</td></tr>'
            f'<tr><td>{SHARE}{PRINT}</td></tr></table></td></tr></table>{related("相关解读")}{footer(site, s.get("icp","皖"))}</body></html>')

def lay_iframe(s, bh):
    """Portal wrapper with iframe (video / map) in the content and a right column of headlines."""
    site = s["site"]
    inner = "\n".join(bh)
    ifr = '<p style="text-align:center"><iframe src="https://player.example.cn/v?id=88" width="640" height="360" frameborder="0" allowfullscreen></iframe></p>'
    half = len(bh) // 2
    inner = "\n".join(bh[:half]) + "\n" + ifr + "\n" + "\n".join(bh[half:])
    return (f'<body>{HEAD_NAV.format(site=site)}<div class="container"><div class="content-left">'
            f'<div class="detail"><div class="detail-title"><h2>{E(s["title"])}</h2></div>'
            f'<div class="detail-info"><span>{s.get("date_disp","")}</span><span>{s.get("src_disp","")}</span><span>{COUNTER}</span></div>'
            f'<div class="detail-con" id="Zoom">\n{inner}\n</div>{QR}{SHARE}{prevnext()}</div></div>'
            f'<div class="content-right">{sidebar(10, "{y}/{m}/{d}", "要闻")}{sidebar(5, "{y}年{m}月{d}日", "领导活动")}</div></div>{footer(site, s.get("icp","粤"), 1)}</body></html>')

def lay_tw(s, bh):
    site = s["site"]
    inner = "\n".join(bh)
    att = ""
    if s.get("attach"):
        att = '<div class="file"><h4>相關檔案</h4><ul>' + "".join(f'<li><a href="/Download.ashx?n={a}">{E(a)}</a></li>' for a in s["attach"]) + "</ul></div>"
    side = ('<div class="news-list"><h3>最新消息</h3><ul>' + "".join(
        f'<li><a href="/News_Content.aspx?s={900+i}">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(
            [("本縣營養午餐招標結果公告", "112-03-01"), ("鄉公所辦理急難救助說明會", "111-12-19"), ("春節垃圾清運時間異動", "113-01-30"),
             ("國民運動中心開放時間調整", "112-08-08")])) + "</ul></div>")
    return (f'<body><a href="#C" title="跳到主要內容區塊" class="acc">跳到主要內容區塊</a><div class="header"><a href="/" title="{site}"><img src="/logo.png" alt="{site}全球資訊網"></a>'
            f'<div class="menu"><a href="/">首頁</a> | <a href="/News.aspx">最新消息</a> | <a href="/Sitemap.aspx">網站導覽</a> | <a href="/En/">English</a></div>'
            f'<a accesskey="U" href="#U" title="上方功能區塊">:::</a></div>'
            f'<div class="path">現在位置：首頁 &gt; 新聞與公告 &gt; {s.get("col","新聞稿")}</div>'
            f'<div class="main"><a accesskey="C" href="#C" title="中央內容區塊" name="C">:::</a><h2 class="title">{E(s["title"])}</h2>'
            f'<div class="cp"><ul class="info"><li>{s.get("date_disp","")}</li><li>{s.get("src_disp","")}</li><li>點閱次數：1532</li></ul>\n{inner}\n</div>'
            + (f'<p class="ref">{s["ref_disp"]}</p>' if s.get("ref_disp") else "")
            + f'{att}<div class="share">分享至：<a href="#">Facebook</a> <a href="#">Line</a> <a href="#">X</a> <a href="javascript:print()">列印</a> <a href="#">回上一頁</a></div>{prevnext(True)}'
            f'</div><div class="aside">{side}</div>'
            f'<div class="footer"><a accesskey="Z" href="#Z" title="下方功能區塊">:::</a><p>{site}地址：{s.get("addr","台灣")}　總機：(05)000-0000</p>'
            f'<p>服務時間：週一至週五 上午8:00至12:00 下午1:30至5:30</p><p>著作權所有 &copy; {site} 版權所有 建議瀏覽解析度1280×768以上</p>'
            f'<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20231208"><img src="/aa.png" alt="通過AA等級無障礙網頁檢測"></a>'
            f'<select><option>相關連結</option><option>行政院</option><option>內政部</option></select></div></body></html>')

def lay_hk(s, bh):
    site = s["site"]
    inner = "\n".join(bh)
    return (f'<body><div id="skip"><a href="#content">跳至主要內容</a></div><header><div class="logo">{site}</div>'
            f'<nav><a href="/zh-hant/">主頁</a><a href="/zh-hant/news/">新聞公報</a><a href="/zh-hans/">简体</a><a href="/en/">English</a>'
            f'<span>文字大小：<a href="#">A</a><a href="#">A+</a><a href="#">A++</a></span></nav></header>'
            f'<main id="content"><div class="breadcrumb">首頁 › 新聞 › {s.get("col","新聞稿")}</div><article>'
            f'<h1>{E(s["title"])}</h1><div class="meta">{s.get("date_disp","")} {s.get("src_disp","")}</div>\n{inner}\n'
            + (f'<p class="ends">{s["end_disp"]}</p>' if s.get("end_disp") else "")
            + f'</article><aside><h3>相關新聞</h3><ul><li><a href="#">颱風季節防風準備工作</a> 2023年7月12日</li><li><a href="#">公共衞生提示：預防登革熱</a> 2023年6月30日</li></ul></aside></main>'
            f'<footer><p><a href="/sitemap">網站地圖</a> | <a href="/privacy">私隱政策</a> | <a href="/disclaimer">重要告示</a> | <a href="/contact">聯絡我們</a></p>'
            f'<p>版權所有 &copy; {s.get("year","2023")} {site}</p><p>最近更新日期：2024年1月5日</p></footer></body></html>')

def lay_en(s, bh):
    site = s["site"]
    inner = "\n".join(bh)
    return (f'<body><div class="topbar"><a href="/">中文</a> | <a href="/en/">English</a> | <a href="/en/sitemap.html">Site Map</a></div>'
            f'<div class="nav"><a href="/en/">Home</a> <a href="/en/news/">News</a> <a href="/en/invest/">Invest</a> <a href="/en/travel/">Travel</a> <a href="/en/living/">Living</a></div>'
            f'<div class="wrap"><div class="side"><h3>Latest News</h3><ul>'
            f'<li><a href="#">{site} hosts cross-border e-commerce forum</a> 2023-03-02</li><li><a href="#">New metro line opens to public</a> 2024-01-18</li>'
            f'<li><a href="#">Spring festival lantern show draws crowds</a> 2023-02-05</li></ul></div>'
            f'<div class="art"><div class="position">Home &gt; News &gt; {s.get("col","City News")}</div><h1>{E(s["title"])}</h1>'
            f'<div class="info">{s.get("date_disp","")} &nbsp; {s.get("src_disp","")} &nbsp; <a href="javascript:window.print()">Print</a> | <a href="javascript:window.close()">Close</a></div>'
            f'<div class="TRS_Editor" id="zoom">\n{inner}\n</div>'
            f'<div class="share">Share to: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WeChat</a></div>'
            f'<div class="pn">Previous: <a href="#">City unveils new sports park</a><br>Next: <a href="#">Tourism week opens</a></div></div></div>'
            f'<div class="footer"><p><a href="/en/about.html">About Us</a> | <a href="/en/contact.html">Contact Us</a> | <a href="/en/links.html">Links</a></p>'
            f'<p>Copyright &copy; {site} Municipal People\'s Government. All Rights Reserved.</p><p>Sponsored by the General Office of {site} Municipal People\'s Government</p>'
            f'<p>{s.get("icp","浙")}ICP备05011234号 &nbsp; 网站标识码：3301000001</p></div></body></html>')

LAYOUTS = dict(div=lay_div, table=lay_table, split=lay_split, iframe=lay_iframe, tw=lay_tw, hk=lay_hk, en=lay_en)

# ---------------------------------------------------------------- pages
# enc: bytes encoding; ct: HTTP Content-Type header (None = no header); meta: <meta> charset (None = none)
S = []
def page(slug, layout, style, enc, ct, meta, site, title, pub, date_disp, source, src_disp, items, lang="zh", **kw):
    S.append(dict(slug=slug, layout=layout, style=style, enc=enc, ct=ct, meta=meta, site=site, title=title, pub=pub,
                  date_disp=date_disp, source=source, src_disp=src_disp, items=items, lang=lang, **kw))

page("city-news-utf8", "div", "indent", "utf-8", "text/html; charset=utf-8", "utf-8", "衢州市",
     "衢州市启动城市更新三年攻坚行动", "2023-05-06", "发布时间：2023-05-06 09:31", "衢州日报", "来源：衢州日报", [
     P("5月5日，衢州市召开城市更新三年攻坚行动动员大会，明确到2025年底完成老旧小区改造186个、背街小巷整治240条。"),
     P("会议指出，城市更新要坚持“留改拆”并举，以保留利用提升为主，严禁大拆大建，注重保护城市肌理和历史文脉。"),
     P("根据行动方案，全市将统筹安排资金42亿元，重点推进水电气管网更新、加装电梯、停车设施和“一老一小”服务场所建设。"),
     P("市住建局负责人表示，每个改造项目都将开展居民意愿征询，同意率达到三分之二以上方可实施。")],
     inline=True, related="相关文件", qr=True)

page("county-gbk-meta", "table", "br", "gbk", "text/html", "gb2312", "卢氏县",
     "卢氏县召开秋冬季森林防火工作推进会", "2023-10-18", "发布时间：2023年10月18日 16:05", "县林业局", "信息来源：县林业局", [
     P("10月17日下午，卢氏县召开秋冬季森林防火工作推进会，副县长孟庆军出席会议并讲话。"),
     P("会议通报了今年以来全县森林防火工作情况，对秋冬季防火期各项重点任务作了部署。"),
     P("会议要求，各乡镇要落实网格化管理责任，进山路口设卡检查，严禁携带火种进山，坚决遏制野外违规用火。"),
     P("县应急管理局、县消防救援大队等单位负责同志参加会议。")],
     col="部门动态", float=True, inline=True, icp="豫")

page("township-gongkai-nodecl", "table", "unclosed", "gbk", None, None, "双塔镇",
     "双塔镇2023年第三季度财政收支情况公开", "2023-10-09", "日期：2023.10.09", "双塔镇人民政府", "来源：双塔镇人民政府", [
     P("根据乡镇政务公开有关要求，现将双塔镇2023年第三季度财政收支情况公开如下："),
     P("（一）收入情况。第三季度一般公共预算收入完成386.5万元，同比增长4.2%，主要来源于上级转移支付和非税收入。"),
     P("（二）支出情况。第三季度一般公共预算支出完成512.3万元，其中农林水支出218.6万元，社会保障和就业支出97.4万元。"),
     TABLE([["项目", "预算数(万元)", "执行数(万元)", "执行率"], ["一般公共服务", "420", "301.2", "71.7%"],
            ["农林水", "860", "612.8", "71.3%"], ["社会保障和就业", "300", "221.5", "73.8%"]]),
     P("如对公开内容有疑问，请在工作日拨打镇财政所电话0573-8866XXXX咨询。")],
     col="乡镇政务公开", icp="浙")

page("prov-dept-gb18030", "div", "word", "gb18030", "text/html; charset=gb2312", "gb2312", "江西省",
     "省自然资源厅关于公布2023年度地质灾害防治单位资质审查结果的通知", "2023-07-21", "发布日期：2023-07-21", "江西省自然资源厅", "来源：江西省自然资源厅", [
     P("各设区市自然资源局，有关单位："),
     P("根据《地质灾害防治单位资质管理办法》，我厅组织对申请地质灾害防治单位资质的23家单位进行了审查，现将审查结果予以公布。"),
     P("审查通过的单位中，赣州䶮石勘测设计有限公司、吉安㙟溪地质工程有限公司等18家单位取得乙级资质，5家单位因技术人员不足未予通过。"),
     P("请各地加强对资质单位的事中事后监管，发现弄虚作假的，依法撤销其资质并记入信用档案。"),
     P("特此通知。")],
     col="通知公告", related="相关解读", icp="赣")

page("wjw-notice-word", "div", "word", "gbk", "text/html; charset=GBK", "gb2312", "荆门市",
     "荆门市卫生健康委员会关于做好2023年秋冬季传染病防控工作的通知", "2023-11-02", "发布时间：2023年11月02日", "市卫生健康委", "来源：市卫生健康委", [
     P("各县（市、区）卫生健康局，委直属各单位："),
     P("进入秋冬季以来，流感、诺如病毒感染、肺炎支原体感染等呼吸道和肠道传染病进入高发期，为切实保障人民群众身体健康，现就有关工作通知如下。"),
     P("一、加强监测预警。各级医疗机构要严格落实传染病报告制度，发热门诊实行24小时接诊，发现聚集性病例在2小时内网络直报。"),
     P("二、做好重点场所防控。督促学校、托幼机构、养老院落实晨午检和因病缺勤追踪登记，及时处置聚集性疫情。"),
     P("三、强化医疗救治。二级以上医院要合理调配儿科、呼吸科医护力量，做好药品和设备储备，保障患者就医需求。")],
     attach=["附件1：秋冬季重点传染病防控技术要点.docx", "附件2：聚集性疫情报告表.xlsx"], icp="鄂")

page("edu-enrol-pages", "div", "nbsp", "utf-8", "text/html; charset=utf-8", "utf-8", "昆山市",
     "昆山市2023年义务教育阶段学校招生工作意见", "2023-06-12", "2023/6/12", "市教育局", "来源：市教育局", [
     P("为规范义务教育阶段学校招生管理，保障适龄儿童少年依法接受义务教育，根据上级有关文件精神，结合我市实际，制定本意见。"),
     P("一、招生对象。小学一年级招收2016年9月1日至2017年8月31日出生的适龄儿童；初中一年级招收2023年小学毕业生。"),
     P("二、招生原则。公办学校实行划片招生、免试就近入学，不得以任何形式的考试、测试选拔学生。"),
     P("三、报名时间。网上报名时间为7月1日9:00至7月7日17:00，家长可登录“昆山教育”微信公众号填报信息并上传材料。"),
     P("四、材料审核。各学校于7月8日至7月15日完成报名材料审核，审核结果通过短信告知家长。"),
     P("五、监督举报。招生期间设立监督电话0512-5730XXXX，对违规招生行为一经查实严肃追责。")],
     pages_nav=True, inline=True, comment=True, icp="苏")

page("gongshi-list-table", "div", "fw", "gbk", "text/html; charset=gb2312", None, "南平市",
     "2023年南平市优秀教师拟表彰人选公示名单", "2023-08-28", "发布时间：2023-08-28 17:40:12", "南平市教育局", "来源：南平市教育局", [
     P("根据《关于开展2023年优秀教师评选工作的通知》要求，经学校推荐、县级审核、市级评审，拟表彰以下人员，现予以公示。"),
     TABLE([["序号", "姓名", "工作单位", "任教学科"], ["1", "林秀琴", "南平第一中学", "语文"], ["2", "吴建华", "建阳区实验小学", "数学"],
            ["3", "黄丽萍", "邵武市第二中学", "英语"], ["4", "陈志强", "武夷山市幼儿园", "学前教育"]]),
     P("公示时间为2023年8月28日至9月3日（共5个工作日）。公示期间如有异议，请以书面形式向市教育局人事科反映。"),
     P("反映问题要实事求是，以个人名义反映的须署真实姓名，以单位名义反映的须加盖公章。"),
     P("联系电话：0599-8825XXXX")],
     col="公示公告", icp="闽", float=True)

page("zhaobiao-gbk-headerlie", "div", "p", "gbk", "text/html; charset=utf-8", "gbk", "宿迁市",
     "宿迁市中心城区排水管网改造工程（二期）招标公告", "2023-04-17", "发布日期：2023年4月17日", "宿迁市公共资源交易中心", "来源：宿迁市公共资源交易中心", [
     P("1. 招标条件：本招标项目宿迁市中心城区排水管网改造工程（二期）已由宿迁市发展和改革委员会批准建设，项目业主为宿迁市城市建设投资集团，建设资金来自财政资金，现对该项目施工进行公开招标。"),
     P("2. 项目概况与招标范围：建设地点位于宿城区，改造雨污水管网约17.6公里，计划工期300日历天，招标控制价为8,625.31万元。"),
     P("3. 投标人资格要求：投标人须具备市政公用工程施工总承包二级及以上资质，并在人员、设备、资金等方面具有相应的施工能力。"),
     P("4. 招标文件的获取：凡有意参加投标者，请于2023年4月18日至2023年4月24日登录宿迁市公共资源交易平台下载电子招标文件。"),
     P("5. 投标截止时间：2023年5月9日9时30分，逾期送达的投标文件将被拒绝。")],
     attach=["招标文件.pdf", "工程量清单.xlsx"], col="招标公告", icp="苏")

page("meeting-minutes", "div", "font", "gbk", "text/html; charset=gbk", "gbk", "临夏县",
     "临夏县人民政府第十二次常务会议纪要", "2023-09-15", "时间：2023-09-15", "县政府办公室", "来源：县政府办公室", [
     P("9月12日，县长马文华主持召开县人民政府第十二次常务会议，研究全县秋季开学、冬季供暖准备和重点项目建设等工作。纪要如下："),
     P("一、会议听取了县教育局关于秋季开学工作情况的汇报。会议要求，要抓好校园安全隐患排查，确保校车、食堂、宿舍安全。"),
     P("二、会议研究了冬季供暖准备工作。会议同意县住建局提出的供热设施检修方案，要求10月20日前完成管网试压和锅炉调试。"),
     P("三、会议审议通过了《临夏县重点项目包抓责任制实施办法》，由县发改局按程序印发实施。"),
     P("出席：马文华、李永强、杨晓梅、韩光明。列席：县直有关部门主要负责同志。")],
     col="会议纪要", icp="甘")

page("leader-activity-iframe", "iframe", "indent", "utf-8", "text/html; charset=utf-8", "utf-8", "汕尾市",
     "市长调研海上风电项目建设情况", "2023-03-09", "2023年3月9日 10:20", "汕尾市人民政府办公室", "来源：汕尾市人民政府办公室", [
     P("3月8日，市长率队赴陆丰市甲子镇调研海上风电项目建设情况，实地察看风机安装现场和升压站建设进度。"),
     P("在项目现场，市长详细了解风机吊装、海缆敷设和施工安全等情况，并与企业负责人深入交流。"),
     P("市长强调，海上风电是我市打造千亿级新能源产业集群的重要支撑，要全力以赴抢工期、保安全、提质量。"),
     IMG("fd0308.jpg", "图为市长在海上风电项目施工现场调研"),
     P("市有关部门、陆丰市负责同志参加调研。")],
     col="领导活动", icp="粤")

page("rd-news-split", "split", "p", "gbk", "text/html", "gb2312", "铜陵市",
     "市人大常委会开展《铜陵市城市绿化条例》执法检查", "2023-06-27", "发布时间：2023-06-27", "市人大常委会办公室", "来源：市人大常委会办公室", [
     P("6月26日，市人大常委会执法检查组对《铜陵市城市绿化条例》贯彻实施情况开展执法检查。"),
     P("检查组先后来到天井湖公园、西湖湿地公园和部分新建小区，实地察看城市绿地建设和管护情况。"),
     RAW("<p>检查组指出，条例实施以来，我市人均公园绿地面积达到15.2平方米(m&sup2;)，城市绿化覆盖率持续提升。</p>",
         "检查组指出，条例实施以来，我市人均公园绿地面积达到15.2平方米(m²)，城市绿化覆盖率持续提升。"),
     P("检查组要求，要严格落实绿线管理制度，坚决查处侵占绿地、擅自砍伐树木等违法行为。"),
     P("下一步，市人大常委会将听取和审议市政府关于条例实施情况的报告。")],
     col="人大新闻", icp="皖")

page("zx-news-iframe-gbk", "iframe", "nbsp", "gbk", "text/html; charset=gbk", "gb2312", "绵阳市",
     "市政协召开“推动文旅融合发展”专题协商会", "2023-08-03", "发布时间：2023.08.03", "市政协办公室", "来源：市政协办公室", [
     P("8月2日，市政协召开“推动文旅融合发展”专题协商会，围绕擦亮李白文化、三国文化品牌建言献策。"),
     P("会上，12位政协委员和专家学者先后发言，就景区提档升级、文创产品开发、智慧旅游建设等提出意见建议。"),
     P("市文化广电旅游局负责同志逐一作了回应，表示将认真研究吸纳委员们的建议，推动形成更多务实举措。"),
     P("会议强调，要发挥政协协商民主重要渠道作用，持续为建设文化旅游强市贡献智慧和力量。")],
     col="政协新闻", icp="蜀")

page("en-city-news", "en", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "Ningbo",
     "Ningbo Zhoushan Port cargo throughput tops 1.3 billion tonnes", "2023-12-28", "Date: 2023-12-28", "Ningbo Daily", "Source: Ningbo Daily", [
     P("Ningbo Zhoushan Port handled more than 1.3 billion tonnes of cargo in 2023, remaining the busiest port in the world by cargo throughput for the 15th consecutive year."),
     P("Container throughput reached 35.3 million TEUs (twenty-foot equivalent units), up 5.9 percent year on year, according to the port authority."),
     P("The port now operates more than 300 container routes linking over 600 ports in some 200 countries and regions."),
     P("Officials said the port will expand its sea-rail intermodal network in 2024 to better serve inland cities along the Yangtze River Economic Belt.")],
     lang="en", col="City News", icp="浙")

page("en-investment-gbk", "en", "nbsp", "gbk", "text/html", "gb2312", "Xuzhou",
     "Xuzhou signs 26 projects at construction machinery expo", "2023-09-19", "2023/09/19", "Invest Xuzhou", "Source: Invest Xuzhou", [
     P("Xuzhou signed 26 investment projects worth a combined 31.8 billion yuan at the China (Xuzhou) International Construction Machinery Expo on Monday."),
     P("The projects cover high-end equipment, new energy vehicles and semiconductor materials, according to the municipal bureau of commerce."),
     P("The city's construction machinery industry generated more than 100 billion yuan in revenue last year, making it one of the three largest clusters of its kind in the world."),
     P("Foreign exhibitors from Germany, Japan and the Republic of Korea attended the three-day event.")],
     lang="en", icp="苏")

page("tw-county-big5", "tw", "p", "big5", "text/html; charset=big5", "big5", "雲林縣政府",
     "雲林縣推動校園營養午餐在地食材 每週供應三次有機蔬菜", "2023-05-08", "發布日期：112-05-08", "教育處", "發布單位：教育處", [
     P("雲林縣政府為落實食農教育，自本學期起補助全縣國中小學校營養午餐每週供應三次有機蔬菜，受惠學生超過四萬人。"),
     P("縣長表示，雲林是農業首都，讓孩子吃到在地新鮮安全的食材，同時也能支持本縣友善耕作的農民。"),
     P("教育處指出，今年度編列經費新臺幣3,600萬元，由各校與農會契作，並定期抽驗農藥殘留，確保食材品質。"),
     P("教育處也將結合校外教學，安排學生到有機農場體驗種植，讓食農教育從餐桌延伸到田間。")],
     ref_disp="資料來源：雲林縣政府教育處", addr="雲林縣斗六市雲林路二段515號")

page("tw-township-big5-nodecl", "tw", "p", "big5", None, None, "埔里鎮公所",
     "埔里鎮公所辦理112年度低收入戶歲末關懷活動", "2023-12-20", "發布日期：民國112年12月20日", "社會課", "發布單位：社會課", [
     P("埔里鎮公所於12月19日在鎮立圖書館前廣場舉辦歲末關懷活動，發放物資給轄內低收入戶及中低收入戶共520戶。"),
     P("鎮長致詞時感謝各界善心人士及企業捐贈白米、食用油及禦寒衣物，讓弱勢家庭能溫暖過冬。"),
     P("社會課表示，活動現場另設置社福諮詢攤位，協助民眾申辦急難救助、長照服務及各項福利補助。"),
     P("未能到場領取物資的民眾，可於12月29日前攜帶身分證明文件至公所社會課補領。")],
     col="公所新聞", ref_disp="資料來源：埔里鎮公所社會課", addr="南投縣埔里鎮")

page("tw-big5-headerlie", "tw", "fw", "big5", "text/html; charset=utf-8", "big5", "屏東縣政府",
     "屏東縣舉辦黑鮪魚文化觀光季記者會", "2023-04-25", "發布日期：2023-04-25", "傳播暨國際事務處", "發布單位：傳播暨國際事務處", [
     P("一年一度的屏東黑鮪魚文化觀光季將於5月6日在東港登場，屏東縣政府今日舉行記者會，邀請民眾到東港品嚐第一鮪。"),
     P("縣府表示，今年活動結合漁港市集、漁村導覽及夜間音樂會，預計吸引超過十萬人次參與。"),
     P("漁業處提醒，為維護資源永續，今年將持續推動黑鮪魚漁獲可追溯制度，消費者可掃描標籤查詢捕撈資訊。"),
     P("活動期間東港地區將實施交通管制，建議民眾多利用接駁公車前往。")],
     ref_disp="資料來源：傳播暨國際事務處", addr="屏東縣屏東市自由路527號")

page("tw-attach-big5", "tw", "p", "big5", "text/html; charset=big5", "big5", "宜蘭縣政府",
     "宜蘭縣112年度社會住宅包租代管第二期招募公告", "2023-08-14", "發布日期：112年8月14日", "建設處", "發布單位：建設處", [
     P("宜蘭縣政府為擴大照顧租屋族群，辦理社會住宅包租代管第二期招募，歡迎房東將閒置住宅交由專業業者管理出租。"),
     P("房東加入後，可享有租金所得每月最高新臺幣1.5萬元免稅、地價稅及房屋稅減徵等優惠，並補助修繕費用每年最高1萬元。"),
     P("符合資格之房客，可依其經濟狀況獲得租金折扣，第一類弱勢戶租金可低於市價七成。"),
     P("詳細申請資格及辦法請參閱附件，或洽各區包租代管業者服務專線。")],
     attach=["第二期招募簡章.pdf", "房東申請書.odt"], ref_disp="資料來源：宜蘭縣政府建設處", addr="宜蘭縣宜蘭市縣政北路1號")

page("macau-trad-utf8", "hk", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "澳門特別行政區政府新聞局",
     "社會工作局推出長者長期照顧服務新措施", "2023-10-12", "2023-10-12 18:42", "社會工作局", "消息來源：社會工作局", [
     P("社會工作局今日公佈多項長者長期照顧服務新措施，包括增設兩間日間護理中心及擴大家居照顧服務範圍。"),
     P("社工局表示，新設的日間護理中心分別位於氹仔及黑沙環，預計可提供共一百二十個服務名額，明年上半年投入運作。"),
     P("此外，社工局將推出照顧者津貼試行計劃第二階段，放寬申請條件，讓更多在家照顧失能長者的家屬受惠。"),
     P("市民如有查詢，可致電社工局長者服務熱線。")],
     col="新聞稿", end_disp="（完）")

page("hk-trad-utf8-metalie", "hk", "p", "utf-8", None, "big5", "香港特別行政區政府",
     "運輸署公布新界西公共交通重組計劃", "2023-02-16", "2023年2月16日（星期四）", "運輸署", "來源：運輸署", [
     P("運輸署今日公布新界西公共交通重組計劃，涉及屯門、元朗及天水圍區內共二十八條巴士及專線小巴路線。"),
     P("計劃建議增設三條往返市區的特快路線，並重整部分使用率偏低的路線，以提升整體運作效率。"),
     P("運輸署發言人表示，署方會於三月期間到區議會及地區團體諮詢意見，並在諮詢後落實最終方案。"),
     P("市民亦可於三月三十一日或之前透過郵寄、傳真或電郵提交意見。")],
     col="新聞公報", end_disp="完 2023年2月16日（星期四） 香港時間17時30分", year="2023")

page("ruby-pinyin-primary", "div", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "杭州市上城区",
     "上城区小学开展“汉字拼读”校园活动", "2023-11-20", "发布时间：2023-11-20", "区教育局", "来源：区教育局", [
     RAW('<p>近日，上城区各小学开展“汉字拼读”活动，引导低年级学生在游戏中认读生字，活动主题为“<ruby>快<rp>(</rp><rt>kuài</rt><rp>)</rp></ruby><ruby>乐<rp>(</rp><rt>lè</rt><rp>)</rp></ruby><ruby>识<rp>(</rp><rt>shí</rt><rp>)</rp></ruby><ruby>字<rp>(</rp><rt>zì</rt><rp>)</rp></ruby>”。</p>',
         "近日，上城区各小学开展“汉字拼读”活动，引导低年级学生在游戏中认读生字，活动主题为“快乐识字”。"),
     RAW('<p>在一年级课堂上，老师出示带拼音的词语卡片，如“<ruby>春<rt>chūn</rt></ruby><ruby>天<rt>tiān</rt></ruby>”“<ruby>花<rt>huā</rt></ruby><ruby>朵<rt>duǒ</rt></ruby>”，学生们争相举手朗读。</p>',
         "在一年级课堂上，老师出示带拼音的词语卡片，如“春天”“花朵”，学生们争相举手朗读。"),
     P("区教育局表示，此次活动共有42所小学参加，覆盖一二年级学生1.6万余人，将持续推进书香校园建设。")],
     col="教育动态", icp="浙")

page("pinyin-flattened-trad", "hk", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "澳門教育及青年發展局",
     "教青局舉辦普通話拼音教學工作坊", "2023-09-05", "日期：2023年9月5日", "教育及青年發展局", "來源：教育及青年發展局", [
     RAW("<p>教青局日前舉辦普通話拼音教學工作坊，講師以「運(yùn)動(dòng)」「學(xué)習(xí)」等詞語示範標註方法，約八十名教師參加。</p>",
         "教青局日前舉辦普通話拼音教學工作坊，講師以「運動」「學習」等詞語示範標註方法，約八十名教師參加。"),
     P("工作坊分為理論講解和課堂實作兩部分，教師們分組設計拼音遊戲，互相觀摩交流。"),
     RAW("<p>教青局表示，將於下學年推出「普(pǔ)通(tōng)話(huà)」學習資源套，供各校免費使用。</p>",
         "教青局表示，將於下學年推出「普通話」學習資源套，供各校免費使用。")],
     col="新聞稿")

page("parens-gdp", "div", "indent", "gbk", "text/html; charset=gbk", "gbk", "泰州市",
     "2023年上半年泰州市国民经济运行情况", "2023-07-25", "发布时间：2023-07-25 15:00", "市统计局", "来源：市统计局", [
     P("今年以来，全市经济运行稳中有进。根据地区生产总值统一核算结果，上半年全市实现地区生产总值(GDP)3267.4亿元，按不变价格计算，同比增长6.1%。"),
     P("(一)农业生产总体稳定。夏粮总产量(2023)达到98.6万吨，比上年增加1.2万吨。"),
     P("(二)工业生产加快恢复。规模以上工业增加值同比增长7.8%，其中生物医药和新型医疗器械产业增长12.4%。"),
     P("(三)固定资产投资稳步增长。全市固定资产投资同比增长5.3%，其中工业投资增长9.7%。"),
     P("注：地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。")],
     col="统计数据", icp="苏", related="相关解读")

page("area-km2-utf8-nometa-header", "div", "div", "utf-8", "text/html; charset=UTF-8", None, "景宁畲族自治县",
     "景宁县情概况", "2023-01-10", "更新日期：2023年1月10日", "县政府办公室", "来源：县政府办公室", [
     P("景宁畲族自治县位于浙江省西南部，是全国唯一的畲族自治县，也是华东地区唯一的民族自治县。"),
     P("全县总面积1950平方公里(km²)，辖2个街道、4个镇、15个乡，总人口17.2万人，其中畲族人口1.9万人。"),
     P("县境内山峦起伏，森林覆盖率达81.1%，是瓯江、飞云江的发源地之一，素有“中国畲乡”之称。"),
     P("近年来，景宁坚持生态立县，大力发展民族特色旅游，畲乡三月三活动已成为国家级非物质文化遗产。")],
     col="走进景宁", icp="浙")

page("nodecl-utf8", "table", "p", "utf-8", None, None, "阜平县",
     "阜平县2023年农村人居环境整治工作要点", "2023-03-15", "发布时间：2023-3-15", "县农业农村局", "来源：县农业农村局", [
     P("为深入推进农村人居环境整治提升，持续改善村容村貌，现将2023年全县农村人居环境整治工作要点印发如下。"),
     P("一是扎实推进农村厕所革命，全年新建改造卫生厕所2600座，实现问题厕所动态清零。"),
     P("二是加强农村生活垃圾治理，健全村收集、乡转运、县处理体系，垃圾无害化处理率达到95%以上。"),
     P("三是梯次推进农村生活污水治理，完成12个行政村污水治理任务。"),
     P("四是开展村庄清洁行动，组织群众清理房前屋后杂物，建立长效管护机制。")],
     col="政策文件", icp="冀", inline=True)

page("meta-pubdate-only", "div", "indent", "utf-8", "text/html; charset=utf-8", "utf-8", "绍兴市",
     "绍兴市公布第四批市级历史建筑名录", None, "", "市自然资源和规划局", "来源：市自然资源和规划局", [
     P("经市政府同意，第四批市级历史建筑名录正式公布，共涉及柯桥区、上虞区、诸暨市等地的历史建筑57处。"),
     P("此次公布的历史建筑涵盖传统民居、近代工业遗存、桥梁和祠堂等类型，其中建于清代的有31处。"),
     P("市自然资源和规划局要求，各地要在公布后一年内完成历史建筑保护图则编制，设置保护标志牌。"),
     P("任何单位和个人不得擅自迁移、拆除历史建筑，确需修缮的，应当报经主管部门批准。")],
     meta_pub="2023-09-26 10:15", gold_pub="2023-09-26", col="通知公告", icp="浙")

page("sidebar-later-dates", "iframe", "fw", "utf-8", "text/html; charset=utf-8", "utf-8", "韶关市",
     "韶关市召开2023年第一季度经济运行分析会", "2023-04-20", "发布时间：2023年04月20日", "韶关发布", "来源：韶关发布", [
     P("4月19日，韶关市召开2023年第一季度经济运行分析会，总结一季度经济运行情况，分析研判当前形势，部署下阶段工作。"),
     P("会议指出，一季度全市经济实现良好开局，主要经济指标增速好于预期，但工业投资和消费恢复仍需加力。"),
     P("会议要求，各地各部门要紧盯全年目标任务，全力抓项目、促投资、稳工业、扩消费，确保上半年实现“双过半”。")],
     col="政务要闻", icp="粤")

page("notice-fwspace-gbk-nometa", "table", "fw", "gbk", "text/html; charset=gb2312", None, "偃师区",
     "关于2023年城乡居民基本医疗保险集中缴费的通告", "2023-09-01", "2023年9月1日 08:00", "区医疗保障局", "来源：区医疗保障局", [
     P("2024年度城乡居民基本医疗保险集中缴费工作自2023年9月1日开始，至2023年12月31日结束。"),
     P("个人缴费标准为每人每年380元，特困人员、低保对象等困难群众按规定享受参保资助。"),
     P("参保群众可通过“河南税务”微信公众号、支付宝、银行网点或村（社区）代收点缴费。"),
     P("在集中缴费期外参保的，自缴费之日起设置3个月待遇等待期。"),
     P("咨询电话：0379-6769XXXX。")],
     col="通知公告", icp="豫")

page("jiedu-related-box", "div", "p", "gbk", "text/html; charset=gbk", "gbk", "常州市",
     "《常州市促进民营经济发展若干措施》政策解读", "2023-05-30", "发布日期：2023-05-30", "市发展改革委", "来源：市发展改革委", [
     P("一、出台背景。为贯彻落实中央和省关于促进民营经济发展壮大的决策部署，进一步优化民营经济发展环境，市发展改革委牵头起草了《若干措施》。"),
     P("二、主要内容。《若干措施》共分为五个部分二十条，涵盖市场准入、要素保障、融资支持、权益保护和政商关系等方面。"),
     P("三、创新举措。建立民营企业家座谈会制度，每季度至少召开一次；设立民营企业投诉服务中心，实行诉求限时办结。"),
     P("四、实施时间。《若干措施》自2023年6月1日起施行，有效期至2025年12月31日。")],
     related="相关文件", col="政策解读", icp="苏", qr=True)

page("village-gongkai-br", "table", "br", "gb18030", None, "gbk", "南溪村",
     "南溪村2023年上半年村务公开", "2023-07-05", "日期：2023/07/05", "南溪村村民委员会", "来源：南溪村村民委员会", [
     P("根据村务公开有关规定，现将南溪村2023年上半年村务情况公开如下，接受全体村民监督。"),
     P("一、集体收入情况：上半年村集体经济收入共计23.6万元，其中山林承包收入8.2万元，厂房租金12.4万元，其他收入3万元。"),
     P("二、集体支出情况：上半年支出共计18.9万元，主要用于村道维修、路灯电费和保洁人员工资。"),
     P("三、惠农补贴发放：发放耕地地力保护补贴13.2万元，涉及农户412户，补贴标准为每亩98元。"),
     P("村民如有疑问，可向村务监督委员会反映。")],
     col="村务公开", icp="闽")

page("bigtable-gongshi-utf8", "div", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "酒泉市",
     "酒泉市2023年公开招聘事业单位工作人员拟聘用人员公示", "2023-10-26", "发布时间：2023-10-26", "市人力资源和社会保障局", "来源：市人力资源和社会保障局", [
     P("根据《酒泉市2023年公开招聘事业单位工作人员公告》，经笔试、面试、体检和考察等程序，确定以下人员为拟聘用人员，现予公示。"),
     TABLE([["岗位代码", "招聘单位", "姓名", "性别", "笔试成绩", "面试成绩", "总成绩"],
            ["J2301", "市疾病预防控制中心", "张晓燕", "女", "71.5", "83.20", "77.35"],
            ["J2302", "市第二人民医院", "王海涛", "男", "68.0", "85.60", "76.80"],
            ["J2305", "市农业技术推广站", "马玉兰", "女", "73.5", "80.40", "76.95"],
            ["J2311", "市档案馆", "李晨阳", "男", "70.0", "82.00", "76.00"]]),
     P("公示期为7个工作日。公示期间，对拟聘用人员有异议的，可实名向市人社局事业单位人事管理科反映。")],
     col="人事信息", icp="陇", comment=True)

page("pagination-long-word", "div", "word", "utf-8", "text/html; charset=utf-8", "utf-8", "德阳市",
     "德阳市2023年政府工作报告（摘要）", "2023-01-18", "发布时间：2023年1月18日", "德阳市人民政府", "来源：德阳市人民政府", [
     P("各位代表：现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"),
     P("过去一年，面对复杂严峻的发展环境，全市上下坚决贯彻中央和省委决策部署，经济运行稳中向好，全年地区生产总值增长4.7%。"),
     P("装备制造产业加快转型，清洁能源装备产业集群入选国家先进制造业集群，高新技术产业营业收入突破2000亿元。"),
     P("民生保障持续改善，城镇新增就业3.2万人，新建改扩建中小学和幼儿园26所，基本医疗保险参保率稳定在95%以上。"),
     P("2023年主要预期目标是：地区生产总值增长6.5%左右，城乡居民人均可支配收入增长与经济增长同步。")],
     pages_nav=True, col="政府工作报告", icp="川")

page("inline-script-heavy", "div", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "合肥市",
     "合肥市发布2023年度十大民生实事项目", "2023-02-14", "发布时间：2023-02-14 11:26:30", "合肥市人民政府办公室", "来源：合肥市人民政府办公室", [
     RAW('<p>2月13日，合肥市公布2023年度十大民生实事项目，总投资约46亿元，涵盖教育、医疗、养老、交通等领域。</p>\n'
         '<script type="text/javascript">document.write(\'<div class="tips">温馨提示：本文含有图片，请耐心等待加载</div>\');var n=0;for(var i=0;i<3;i++){n+=i}</script>',
         "2月13日，合肥市公布2023年度十大民生实事项目，总投资约46亿元，涵盖教育、医疗、养老、交通等领域。"),
     RAW('<style>#zoom .img-box{text-align:center;margin:10px auto}#zoom .img-box img{max-width:90%}</style>\n'
         '<p>其中，新建改扩建中小学校32所，新增学位4.3万个；新增托育服务机构托位3000个。</p>',
         "其中，新建改扩建中小学校32所，新增学位4.3万个；新增托育服务机构托位3000个。"),
     P("在交通出行方面，将新辟优化公交线路20条，建设公共停车泊位1万个，改造人行过街设施15处。"),
     P("市政府办公室表示，将按月调度项目进展，年底前由人大代表和群众代表对实事项目完成情况进行满意度测评。")],
     col="政务要闻", icp="皖", qr=True, float=True)

page("big5-utf8-metalie", "tw", "p", "utf-8", None, "big5", "花蓮縣政府",
     "花蓮縣辦理震後老舊建物結構安全初步評估補助", "2023-03-02", "發布日期：112/03/02", "建設處", "發布單位：建設處", [
     P("花蓮縣政府為提升建物耐震能力，受理私有老舊建築物結構安全性能初步評估補助，每棟最高補助新臺幣1.5萬元。"),
     P("申請對象為民國88年12月31日以前取得建造執照之私有合法建築物，以供住宅使用者為優先。"),
     P("縣府建設處呼籲民眾把握補助機會，及早了解自家建物的耐震狀況，必要時進行補強或重建。")],
     ref_disp="資料來源：花蓮縣政府建設處", addr="花蓮縣花蓮市府前路17號")

page("zhaobiao-result-table", "table", "p", "gbk", "text/html; charset=gbk", "gb2312", "临沂市",
     "临沂市第三人民医院医疗设备采购项目中标结果公告", "2023-11-27", "发布日期：2023-11-27", "临沂市政府采购中心", "来源：临沂市政府采购中心", [
     P("一、项目编号：LYCG-2023-1108；项目名称：临沂市第三人民医院医疗设备采购项目。"),
     P("二、中标信息："),
     TABLE([["包号", "中标供应商", "中标金额(元)"], ["A包", "山东康宁医疗器械有限公司", "1,286,000.00"], ["B包", "临沂华医科技有限公司", "742,500.00"]]),
     P("三、评审专家名单：刘建国、周敏、孙立新、赵春梅、钱卫东。"),
     P("四、公告期限：自本公告发布之日起1个工作日。")],
     col="采购公告", icp="鲁", inline=True)

page("health-tips-img", "iframe", "indent", "gbk", "text/html; charset=gb2312", "gb2312", "遵义市",
     "遵义市卫生健康局开展“万步有约”健走激励大赛", "2023-05-16", "发布时间：2023-05-16 14:22", "市卫生健康局", "来源：市卫生健康局", [
     P("5月15日，遵义市“万步有约”职业人群健走激励大赛在凤凰山广场启动，来自全市各级机关和企事业单位的1200余名职工参加。"),
     IMG("wbyy.jpg", "参赛队员在启动仪式后进行健步走"),
     P("大赛为期100天，参赛者佩戴计步器，通过每日健走积累步数，并结合体重、腰围等指标变化进行评比。"),
     P("市卫生健康局提醒，健走要量力而行，注意补充水分，有慢性病的人员应在医生指导下适度运动。")],
     col="健康教育", icp="黔")

page("county-xinwen-gb2312-noheader", "div", "nbsp", "gbk", None, "gb2312", "通渭县",
     "通渭县举办第六届书画艺术节", "2023-09-22", "2023年9月22日", "通渭县融媒体中心", "来源：通渭县融媒体中心", [
     P("9月21日，通渭县第六届书画艺术节在县文化馆开幕，展出书法、国画作品460余幅。"),
     P("通渭是“中国书画艺术之乡”，全县书画爱好者达2万余人，书画产业年交易额超过5亿元。"),
     P("艺术节期间还将举办书画拍卖、名家讲座和少儿书画大赛等活动，持续至10月8日。")],
     col="县内要闻", icp="甘", qr=True, comment=True)

page("en-health-notice", "en", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "Guangzhou",
     "Guangzhou launches free HPV vaccination for 13-year-old girls", "2023-06-01", "Updated: 2023-06-01 16:45", "Guangzhou Municipal Health Commission", "Source: Guangzhou Municipal Health Commission", [
     P("Guangzhou will offer free bivalent HPV vaccinations to girls aged 13 who are registered in the city, the municipal health commission announced on Wednesday."),
     P("About 60,000 students are expected to benefit this year. Vaccinations will be given at designated community health centres with parental consent."),
     P("The programme is part of the city's effort to accelerate the elimination of cervical cancer as a public health problem.")],
     lang="en", col="Government Notices", icp="粤")

page("prov-dept-table-gbk-nometa", "table", "nbsp", "gbk", None, None, "湖南省水利厅",
     "省水利厅部署汛前安全检查工作", "2023-03-28", "发布时间：2023-03-28  来源：省水利厅", "省水利厅", "", [
     P("3月27日，省水利厅召开视频会议，部署全省汛前安全检查工作，要求4月15日前完成各类水利工程全面检查。"),
     P("会议要求，重点检查病险水库、在建工程度汛方案和山洪灾害监测预警设施，做到检查不留死角、整改不留隐患。"),
     P("对检查中发现的问题，要建立台账、明确责任、限时整改，确保主汛期前全部整改到位。")],
     col="水利要闻", icp="湘", float=True)

page("tw-news-rocdate-table", "tw", "p", "big5", "text/html; charset=big5", None, "臺東縣政府",
     "臺東縣112年度原住民族傳統祭儀補助核定結果", "2023-06-06", "發布日期：112.06.06", "原住民族行政處", "發布單位：原住民族行政處", [
     P("臺東縣政府公布112年度原住民族傳統祭儀補助核定結果，共核定補助部落74個，補助總經費新臺幣1,280萬元。"),
     TABLE([["族別", "部落數", "核定金額(萬元)"], ["阿美族", "31", "520"], ["排灣族", "18", "310"], ["卑南族", "9", "170"]]),
     P("原民處提醒各部落，應於祭儀結束後一個月內檢據辦理核銷。")],
     ref_disp="資料來源：原住民族行政處", addr="臺東縣臺東市中山路276號")

page("xiangzhen-leader-word-gbk", "split", "word", "gbk", "text/html; charset=gbk", "gbk", "城关镇",
     "城关镇党委书记带队督导秋粮收购工作", "2023-10-11", "发布时间：2023年10月11日", "城关镇人民政府", "来源：城关镇人民政府", [
     P("10月10日，城关镇党委书记带队深入辖区粮食收购点，督导秋粮收购工作。"),
     P("督导组先后来到镇粮站和两家民营收购企业，详细了解收购价格、入库进度和仓储安全情况。"),
     P("督导组要求，要严格执行国家粮食收购政策，不得压级压价、拖欠售粮款，切实保护种粮农民利益。"),
     P("今年以来，全镇秋粮播种面积3.6万亩，预计总产量1.8万吨。")],
     col="乡镇动态", icp="陕")

page("gb2312-declared-but-gbk-chars", "div", "indent", "gbk", "text/html; charset=gb2312", "gb2312", "镕城区",
     "镕城区召开“双减”工作推进会", "2023-04-11", "发布时间：2023-04-11", "区教育体育局", "来源：区教育体育局", [
     P("4月10日，镕城区召开“双减”工作推进会，区教体局局长赵喆出席并讲话。"),
     P("会议通报了全区校外培训机构治理和课后服务开展情况，目前课后服务覆盖率达到100%，学生参与率达到93.5%。"),
     P("会议要求，要坚持堵疏结合，持续巩固学科类培训机构压减成果，提升课后服务吸引力，让学生在校内学足学好。"),
     P("会上，三所学校作了课后服务经验交流发言，展示了琴棋书画、科技创客等特色课程成果。")],
     col="教育动态", icp="冀", related="相关文件")

# ---- harder pages: chrome inside the content area, multi-line titles, tiny bodies, more charset lies
SUMMARIES = ('<div class="tjyd"><h3>推荐阅读</h3>'
             '<p><a href="/x1.html">全市一季度招商引资签约项目达到142个，计划总投资超过六百亿元，其中先进制造业项目占比超过六成。</a></p>'
             '<p><a href="/x2.html">市委常委会召开会议，传达学习中央经济工作会议精神，研究部署全市贯彻落实措施和明年重点工作。</a></p>'
             '<p><a href="/x3.html">我市启动“十大攻坚行动”，聚焦产业转型、城市更新、乡村振兴、民生改善等领域集中发力。</a></p></div>')

page("tiny-body-big-sidebar", "div", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "莆田市",
     "市领导会见厦门大学代表团", "2023-12-06", "发布时间：2023-12-06 18:02", "莆田市人民政府办公室", "来源：莆田市人民政府办公室", [
     P("12月5日下午，市长会见了厦门大学副校长一行，双方就深化校地合作、共建产业研究院等事宜进行了座谈交流。")],
     side_extra=SUMMARIES, col="领导活动", icp="闽")

page("editor-line-in-content", "div", "indent", "gbk", "text/html; charset=gbk", "gbk", "丽水市",
     "丽水市今年新增省级未来乡村18个", "2023-12-19", "发布时间：2023年12月19日 星期二", "丽水日报", "文章来源：丽水日报", [
     P("记者从市农业农村局获悉，今年我市新增省级未来乡村18个，数量位居全省前列，累计建成未来乡村45个。"),
     P("未来乡村建设以“共同富裕”为目标，围绕未来产业、风貌、文化、邻里、健康、低碳、交通、智慧、治理九大场景展开。"),
     P("松阳县陈家铺村依托崖居民宿和先锋书局，年接待游客超过20万人次，村集体经营性收入突破百万元。"),
     RAW('<p style="text-align:right">（责任编辑：叶晓燕）</p>', ""),
     RAW('<div class="xglj"><strong>相关链接：</strong><a href="/y1.html">丽水召开未来乡村建设现场会</a></div>', "")],
     col="丽水要闻", icp="浙", qr=True)

page("title-br-long-notice", "div", "word", "gbk", "text/html; charset=gb2312", "gb2312", "玉溪市",
     "玉溪市人民政府办公室关于印发玉溪市进一步优化营商环境提升市场主体满意度若干措施的通知", "2023-08-07",
     "发布时间：2023-08-07", "玉溪市人民政府办公室", "来源：玉溪市人民政府办公室", [
     P("各县（市、区）人民政府，市直各委、办、局："),
     P("《玉溪市进一步优化营商环境提升市场主体满意度若干措施》已经市人民政府同意，现印发给你们，请认真贯彻执行。"),
     P("玉溪市人民政府办公室"),
     P("2023年8月4日"),
     P("（此件公开发布）")],
     title_html="玉溪市人民政府办公室关于印发玉溪市进一步优化营商环境<br>提升市场主体满意度若干措施的通知",
     attach=["若干措施.wps"], col="市政府办文件", icp="滇")

page("gbk-header-latin1", "table", "font", "gbk", "text/html; charset=ISO-8859-1", "gb2312", "宁国市",
     "宁国市开展“食品安全宣传周”活动", "2023-06-09", "发布日期：2023年06月09日", "市市场监管局", "来源:市市场监管局", [
     P("6月8日，宁国市“食品安全宣传周”活动在人民广场启动，现场设置咨询台、快检体验区和展板展示区。"),
     P("市场监管执法人员现场为群众检测了蔬菜农残、水产品孔雀石绿等项目，并讲解识别假冒伪劣食品的方法。"),
     P("活动期间共发放宣传资料3000余份，解答群众咨询200余人次。")],
     col="部门动态", icp="皖")

page("utf8-bom-meta-gb2312", "div", "nbsp", "utf-8", None, "gb2312", "东营市",
     "东营市黄河口大闸蟹开捕节举办", "2023-09-25", "发布日期：2023年09月25日 09:00", "东营市农业农村局", "来源：东营市农业农村局", [
     P("9月24日，第十届黄河口大闸蟹开捕节在垦利区举办，标志着今年黄河口大闸蟹正式上市。"),
     P("今年全市河蟹养殖面积达到26万亩，预计总产量1.3万吨，产值超过12亿元。"),
     P("开捕节期间还举办了河蟹品鉴、电商直播带货和渔家美食展示等活动，吸引游客和客商3万余人次。")],
     bom=True, col="农业农村", icp="鲁")

page("gbk-meta-utf8-lie", "div", "p", "gbk", None, "utf-8", "黄冈市",
     "黄冈市开展防范电信网络诈骗进社区宣传活动", "2023-11-14", "发布时间：2023-11-14 10:12:45", "市公安局", "来源：市公安局", [
     P("11月13日，黄冈市公安局反诈中心民警走进黄州区东湖社区，开展防范电信网络诈骗宣传活动。"),
     P("民警结合近期发生的刷单返利、冒充客服退款等典型案例，向居民讲解诈骗手法和防范技巧。"),
     P("民警提醒，凡是要求向“安全账户”转账的都是诈骗，遇到可疑情况请及时拨打96110咨询。")],
     col="平安黄冈", icp="鄂")

page("tw-cnyear-date-big5", "tw", "br", "big5", "text/html; charset=big5", "big5", "金門縣政府",
     "金門縣舉辦中秋博狀元餅活動 歡迎鄉親踴躍參加", "2023-09-18", "發布日期：中華民國112年9月18日", "觀光處", "發布單位：觀光處", [
     P("金門縣政府觀光處將於9月23日在金城鎮模範街舉辦中秋博狀元餅活動，現場準備博餅桌共二百桌。"),
     P("博餅活動源自閩南傳統習俗，參加者以六顆骰子擲出點數組合，依序博得狀元、榜眼、探花等獎項。"),
     P("觀光處表示，今年特別加入親子組及外籍人士組，讓更多人體驗在地中秋文化。")],
     ref_disp="資料來源：金門縣政府觀光處", addr="金門縣金城鎮民生路60號")

page("hk-date-bottom-only", "hk", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "香港特別行政區政府",
     "食物安全中心公布第三季食物監察結果", "2023-11-08", "", "食物安全中心", "", [
     P("食物環境衞生署食物安全中心今日公布，第三季共檢測約一萬三千個食物樣本，整體合格率為百分之九十九點八。"),
     P("中心發言人表示，不合格樣本共二十三個，主要涉及防腐劑超標及金屬雜質含量超出法例標準。"),
     P("中心已就不合格樣本採取跟進行動，包括通知有關商戶停售及銷毀問題產品，並會加強抽樣檢測。")],
     end_disp="完 2023年11月8日（星期三） 香港時間16時05分<br>來源：食物安全中心", col="新聞公報")

page("en-gb2312-meta-only", "en", "p", "gbk", None, "gb2312", "Hangzhou",
     "Hangzhou unveils plan to cut carbon emissions from buildings", "2023-10-30", "Release time: 2023年10月30日", "hangzhou.gov.cn", "Source: hangzhou.gov.cn", [
     P("Hangzhou has released an action plan to peak carbon emissions in urban and rural construction by 2030, the municipal housing bureau said."),
     P("New public buildings will be required to meet ultra-low energy standards from 2025, and rooftop solar panels will cover at least half of new factory roofs."),
     P("The city will also retrofit 5 million square metres of existing buildings for better energy efficiency during the 14th Five-Year Plan period (2021-2025).")],
     lang="en", icp="浙")

page("image-news-captions", "iframe", "p", "utf-8", "text/html; charset=utf-8", "utf-8", "黄山市",
     "黄山迎来入冬首场雾凇", "2023-12-11", "发布时间：2023-12-11", "黄山风景区管委会", "来源：黄山风景区管委会", [
     IMG("ws1.jpg", "12月10日，黄山风景区光明顶一带出现雾凇景观。"),
     IMG("ws2.jpg", "游客在西海大峡谷观景台拍摄雾凇。"),
     P("受冷空气影响，黄山风景区10日迎来今冬首场雾凇，山上树木披上银装，与云海、奇松交相辉映。"),
     P("景区提醒游客，山上气温较低，部分路段结冰湿滑，请注意防寒保暖和游览安全。")],
     col="图片新闻", icp="皖")

page("comment-form-township", "div", "fw", "gb18030", "text/html; charset=gb18030", "gb18030", "仙居县白塔镇",
     "白塔镇开展杨梅产业技术培训", "2023-03-22", "日期：2023-03-22 15:47", "白塔镇农业办", "来源：白塔镇农业办", [
     P("3月21日，白塔镇邀请县林特总站专家，为辖区杨梅种植户开展春季管理技术培训，120余名果农参加。"),
     P("专家围绕杨梅疏花疏果、病虫害绿色防控和避雨栽培等内容，结合田间实例进行了详细讲解。"),
     P("近年来，白塔镇杨梅种植面积稳定在1.2万亩，年产值超过1.5亿元，成为农民增收的主导产业。")],
     comment=True, float=True, col="乡镇动态", icp="浙")

# ---------------------------------------------------------------- write
def build(s):
    bh, gold_body = body_html(s["items"], s["style"])
    extra = ""
    if s.get("meta_pub"):
        extra += f'<meta name="PubDate" content="{s["meta_pub"]}">\n'
    if s["layout"] == "div":
        extra += f'<meta name="ArticleTitle" content="{E(s["title"])}">\n<meta name="ColumnName" content="{s.get("col","")}">\n'
    suffix = {"en": f" - {s['site']}", "tw": f"-{s['site']}", "hk": f" | {s['site']}"}.get(s["layout"], f"_{s['site']}人民政府门户网站")
    html_s = head(s["title"] + suffix, s["meta"], extra) + LAYOUTS[s["layout"]](s, bh)
    if s.get("bom"):
        html_s = "\ufeff" + html_s
    try:
        raw = html_s.encode(s["enc"])
    except UnicodeEncodeError as e:
        raise SystemExit(f"{s['slug']}: {e} {html_s[e.start-20:e.end+5]!r}")  # strict: a character the charset lacks is a bug in this file
    gold = {"body": gold_body, "title": s["title"]}
    pub = s.get("gold_pub") or s["pub"]
    if pub:
        gold["published"] = pub
    if s.get("source"):
        gold["source"] = s["source"]
    if s.get("attach"):
        gold["attachments"] = list(s["attach"])
    return raw, gold

def main():
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    seen = {}
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as mf:
        for s in S:
            raw, gold = build(s)
            for para in gold["body"].split("\n"):
                assert para not in seen, (s["slug"], para, seen.get(para))
                seen[para] = s["slug"]
            path = f"pages/{s['slug']}.html"
            with open(os.path.join(HERE, path), "wb") as f:
                f.write(raw)
            rec = {"path": path, "url": f"http://www.example.gov.cn/{s['slug']}.html",
                   "headers": {"Content-Type": s["ct"]} if s["ct"] else {}, "lang": s["lang"], "gold": gold}
            mf.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(S), "pages written")

if __name__ == "__main__":
    main()
