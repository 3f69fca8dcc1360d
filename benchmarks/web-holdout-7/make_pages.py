# -*- coding: utf-8 -*-
"""Generate web-holdout-7: real-shaped pages of kinds web-holdout-3..6 and the portal sets do not cover.

    python make_pages.py        # rewrites pages/* and manifest.jsonl

Written blind to the extractor (nothing under pipelines/, tests/ nor the earlier sets' FINDINGS.md was read;
only the earlier sets' README, manifest format and make_pages.py conventions).  Nothing is downloaded: every
page is written here the way its site or CMS writes it: head section with scripts and meta, navigation of
100+ links where the site has it, breadcrumbs, sidebars of headlines, related lists, share bars, comments,
cookie banners, long footers.  Deterministic (seeded).  Each page is stored as raw bytes in its own encoding
(strict: a character the codec cannot hold fails the build).

Gold per page (see README.md):
  body        the article's own paragraphs, "\\n" between; subheadings and list items are lines of their own;
              a table is one line per row (cells joined by a space).  "" on pages with no article (a list
              page, a frameset, a 404, a login wall, a search result page).
  title       the headline as shown; None where the page has no article.
  published   YYYY-MM-DD, the publisher's local date; absent where the page has no publication date.
  attachments file names where the page lists attachments.
  with_ / without   trafilatura-style snippets (must be in / must not be in the extracted body).
"""
import datetime as dt
import html
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261203)
PAGES = []


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def jdump(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def when(y, m, d, hh=None, mm=None):
    return dt.datetime(y, m, d, R.randint(8, 20) if hh is None else hh, R.randint(0, 59) if mm is None else mm,
                       R.randint(0, 59))


def shift(t, days, hours=0):
    return t + dt.timedelta(days=days, hours=hours)


def ymd(t):
    return t.strftime("%Y-%m-%d")


def ymdhm(t):
    return t.strftime("%Y-%m-%d %H:%M")


def ymdhms(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def zhd(t):
    return f"{t.year}年{t.month:02d}月{t.day:02d}日"


def iso(t, tz="+08:00"):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + tz


XING = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
MING = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬斌宇浩凯健俊帆帅旭宁龙林欣佳琪晨瑶雪颖倩婷志"


def name():
    return R.choice(XING) + "".join(R.choice(MING) for _ in range(R.choice([1, 2, 2])))


def icp(prov="湘"):
    return f"{prov}ICP备{R.randint(10000000, 20999999)}号-{R.randint(1, 4)}"


def gongan(prov="湘"):
    return f"{prov}公网安备 {R.randint(43000002000000, 43999902009999)}号"


def bsid():
    return f"{R.randint(4300000000, 4399999999)}"


# ====================================================================== registry and checks
def texts(items):
    return [x[1] if isinstance(x, tuple) else x for x in items]


def _flat(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(page):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r'(?s)<sup[^>]*class="reference".*?</sup>', "", s)          # footnote marks are not in the gold
    s = re.sub(r"(?i)</?(a|b|i|em|strong|span|code|font|cite|sup)\b[^>]*>", "", s)   # inline tags join their text
    s = re.sub(r"<[^>]+>", " ", s)
    return _flat(html.unescape(s))


def snippets(items, k=3):
    paras = [p for p in texts(items) if len(p) >= 24]
    if not paras:
        paras = [p for p in texts(items) if len(p) >= 10]
    idx = sorted({0, len(paras) // 2, len(paras) - 1})[:k] if paras else []
    out = []
    for i in idx:
        p = paras[i]
        n = min(16, len(p) - 6)
        a = R.randint(2, len(p) - n - 2)
        out.append(p[a:a + n].strip())
    return out


def add(name, url, page, enc, title, published, items, without, headers=None, lang="zh", attachments=None):
    body = "\n".join(texts(items))
    pt = page_text(page)
    for p in texts(items):
        assert _flat(p) in pt, (name, p)
    w = snippets(items)
    for s in w:
        assert _flat(s) in _flat(body), (name, s)
    for s in without:
        assert _flat(s) not in _flat(body), (name, "without in body", s)
        assert _flat(s) in pt or s in page, (name, "without not on page", s)
    if title is not None:
        assert _flat(title) in pt or attr(title) in page, (name, "title not on page", title)
    gold = dict(body=body, title=title)
    if published is not None:
        gold["published"] = ymd(published)
    gold.update(with_=w, without=list(without))
    if attachments:
        gold["attachments"] = attachments
    PAGES.append(dict(name=name, url=url, page=page, enc=enc, headers=headers or {}, lang=lang, gold=gold))


def P(items, open_tag="<p>", close_tag="</p>", h="<h2>{}</h2>"):
    out = []
    for x in items:
        if isinstance(x, tuple) and x[0] == "h":
            out.append(h.format(esc(x[1])))
        elif isinstance(x, tuple) and x[0] == "li":
            out.append(f"<li>{esc(x[1])}</li>")
        else:
            out.append(f"{open_tag}{esc(x)}{close_tag}")
    return "\n".join(out)


def H(x):
    return ("h", x)


def LI(x):
    return ("li", x)


def jsonld(o):
    return f'<script type="application/ld+json">{jdump(o)}</script>'


def baidu_tongji():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return f"""<script>var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?{h}";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>"""


def ga(uid):
    return f"""<script async src="https://www.googletagmanager.com/gtag/js?id={uid}"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', '{uid}');</script>"""


# ====================================================================== Chinese government chrome
ZH_COLUMNS = {
    "首页": [],
    "走进" : ["概况", "历史沿革", "行政区划", "人口民族", "自然资源", "旅游景点", "特色产业", "城市名片"],
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "政府文件", "政策解读", "人事信息",
             "财政预决算", "重点领域信息公开", "建议提案办理", "规划计划", "统计信息", "审计信息", "应急管理", "公示公告"],
    "新闻中心": ["政务要闻", "部门动态", "乡镇动态", "图片新闻", "视频新闻", "媒体聚焦", "通知公告", "新闻发布会"],
    "政务服务": ["个人办事", "法人办事", "部门服务", "乡镇服务", "一件事一次办", "便民服务", "办事指南", "表格下载", "好差评"],
    "政民互动": ["县长信箱", "部门信箱", "在线访谈", "征集调查", "意见征集", "常见问题", "12345热线", "留言选登", "网上信访"],
    "专题专栏": ["优化营商环境", "乡村振兴", "安全生产", "生态环境保护", "全国文明城市创建", "扫黑除恶", "疫情防控", "民族团结进步"],
    "数据发布": ["统计公报", "统计月报", "统计年鉴", "数据解读", "普查数据", "数据开放"],
}


def zh_nav(county):
    """The portal's main menu with its drop-down sub-columns: 70-110 links."""
    out = ['<div class="nav"><ul class="nav-list">']
    for col, subs in ZH_COLUMNS.items():
        label = col + county if col == "走进" else col
        out.append(f'<li class="nav-item"><a href="/{R.choice("abcdefghijklmnopqrstuvwxyz")}{R.randint(10, 99)}/" target="_self">{label}</a>')
        if subs:
            out.append('<div class="sub-nav"><ul>')
            for s in subs:
                out.append(f'<li><a href="/col/col{R.randint(1000, 9999)}/index.html" target="_blank">{s}</a></li>')
            out.append("</ul></div>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


ZH_DEPTS = ["县发展和改革局", "县教育局", "县科技和工业信息化局", "县公安局", "县民政局", "县司法局", "县财政局", "县人力资源和社会保障局",
            "县自然资源局", "县生态环境分局", "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文化旅游广电体育局",
            "县卫生健康局", "县退役军人事务局", "县应急管理局", "县审计局", "县市场监督管理局", "县统计局", "县医疗保障局", "县林业局",
            "县城市管理和综合执法局", "县行政审批服务局", "县信访局", "县数据资源局"]
ZH_TOWNS = ["城关镇", "东坪镇", "河口镇", "石门镇", "长乐乡", "青山乡", "桃花乡", "白沙镇", "大田乡", "新店镇", "龙潭镇", "清水乡"]


def zh_footer(site, prov="湘", full=True):
    links = "".join(f'<option value="http://www.{R.choice(["a", "b", "c", "d"])}{i}.gov.cn">{d}</option>' for i, d in enumerate(ZH_DEPTS))
    towns = "".join(f'<option value="#">{t}</option>' for t in ZH_TOWNS)
    fr = f"""<div class="yqlj"><span class="yqlj-t">友情链接：</span>
<select onchange="window.open(this.value)"><option>中央政府网站</option><option value="http://www.gov.cn">中国政府网</option><option value="http://www.npc.gov.cn">全国人大</option><option value="http://www.cppcc.gov.cn">全国政协</option></select>
<select onchange="window.open(this.value)"><option>省级政府网站</option><option value="#">省人民政府</option><option value="#">省发展改革委</option><option value="#">省教育厅</option></select>
<select onchange="window.open(this.value)"><option>县直部门网站</option>{links}</select>
<select onchange="window.open(this.value)"><option>乡镇网站</option>{towns}</select></div>""" if full else ""
    return f"""{fr}
<div class="footer"><div class="footer-con">
<div class="footer-logo"><a href="http://bszs.conac.cn/sitename?method=show&amp;id={R.randint(100000, 999999)}" target="_blank"><img src="/images/dzjg.png" alt="党政机关"></a> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={bsid()}" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzsm/">网站声明</a> | <a href="/sybz/">使用帮助</a> | <a href="#">无障碍浏览</a> | <a href="#">关怀版</a></p>
<p>主办：{site}办公室　承办：{site}数据资源局　版权所有：{site}</p>
<p>网站标识码：{bsid()}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp(prov)}</a>　<img src="/images/ga.png"><a href="http://www.beian.gov.cn/portal/registerSystemInfo" target="_blank">{gongan(prov)}</a></p>
<p>地址：{site[:3]}人民路{R.randint(1, 300)}号　邮编：{R.randint(410000, 429999)}　联系电话：0{R.randint(700, 799)}-{R.randint(2000000, 8999999)}　建议使用1920×1080分辨率、IE9及以上浏览器</p>
</div></div>"""


ZH_HEADS = ["全县召开2024年经济工作会议", "我县开展春节前安全生产大检查", "县政府常务会议研究部署春耕备耕工作", "县领导走访慰问困难群众",
            "全县优化营商环境工作推进会召开", "县人大常委会召开第十五次会议", "我县入选全省县域经济高质量发展先进县", "县委理论学习中心组举行集体学习",
            "县举办2024年春风行动招聘会", "全县森林防灭火工作会议召开", "县医保局开展打击欺诈骗保专项行动", "我县新增两个省级农业产业化龙头企业",
            "县教育局部署春季学期开学工作", "县住建局开展城镇燃气安全排查整治", "县文旅局举办迎新春非遗展演", "县市场监管局开展节前食品安全检查",
            "我县召开河长制工作会议", "县农业农村局举办高素质农民培训班", "县应急管理局组织开展防汛演练", "县交通运输局推进农村公路提质改造",
            "县卫健委开展义诊进乡村活动", "县统计局发布2023年1-12月主要经济指标", "县民政局为高龄老人发放生活补贴", "我县举行重点项目集中开工仪式"]


def zh_side(head, t, n=10, step=-2, cls="side-list"):
    heads = R.sample(ZH_HEADS, n)
    lis = "".join(f'<li><a href="/art/{shift(t, step * i - 1).strftime("%Y/%m/%d")}/art_{R.randint(1000, 9999)}_{R.randint(100000, 999999)}.html" title="{h}" target="_blank">{h}</a><span>{shift(t, step * i - 1).strftime("%m-%d")}</span></li>' for i, h in enumerate(heads))
    return f'<div class="{cls}"><div class="side-t"><h3>{head}</h3><a href="#" class="more">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'


def zh_head(title_tag, charset, extra=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title_tag)}</title>
<meta name="keywords" content="{attr(title_tag.split('_')[0])}" />
<link rel="stylesheet" type="text/css" href="/images/css/style.css" />
<script type="text/javascript" src="/script/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/script/zoom.js"></script>
{extra}{baidu_tongji()}
</head>"""


def zh_top(site):
    return f"""<div class="top"><div class="top-con"><span class="top-date" id="today"></span><script>var d=new Date();document.getElementById("today").innerHTML="今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script>
<div class="top-r"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="#" id="cniil_wza">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a> | <a href="#">手机版</a> | <a href="#">政务微博</a> | <a href="#">政务微信</a></div></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}" /></div><div class="search"><form action="/jsearchfront/search.do" method="get" target="_blank"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form><p class="hot">热词：<a href="#">社保</a> <a href="#">公积金</a> <a href="#">不动产登记</a> <a href="#">招聘</a></p></div></div>"""


def share_bar():
    return """<div class="share"><span>分享到：</span><a href="javascript:void(0)" class="wx" title="分享到微信">微信</a><a href="javascript:void(0)" class="wb" title="分享到新浪微博">微博</a><a href="javascript:void(0)" class="qq">QQ空间</a></div>"""


def tools_bar():
    return """<div class="article-tools"><span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span><span><a href="javascript:window.print()">【打印本页】</a></span><span><a href="javascript:window.close()">【关闭窗口】</a></span></div>"""


# ====================================================================== Chinese government pages
def hanweb_xxgk():
    """大汉 JCMS 信息公开 page: the 索引号 table, ZJEG_RSS markers, ContentStart/ContentEnd metas, attachments."""
    t = when(2024, 2, 13)
    county, site = "石溪县", "石溪县人民政府"
    org = "石溪县人民政府办公室"
    wh = f"石政办发〔2024〕{R.randint(2, 19)}号"
    title = f"石溪县人民政府办公室关于印发《石溪县2024年城乡居民基本医疗保险工作实施方案》的通知"
    cw = shift(t, -4)
    items = [
        "各乡镇人民政府，县直各单位：",
        "《石溪县2024年城乡居民基本医疗保险工作实施方案》已经县人民政府同意，现印发给你们，请结合实际，认真抓好落实。",
        org,
        f"{cw.year}年{cw.month}月{cw.day}日",
        "（此件公开发布）",
        "石溪县2024年城乡居民基本医疗保险工作实施方案",
        "为进一步做好全县城乡居民基本医疗保险工作，巩固拓展医疗保障脱贫攻坚成果，根据省、市有关文件精神，结合我县实际，制定本方案。",
        "一、目标任务",
        f"2024年全县城乡居民基本医疗保险参保率稳定在95%以上，参保人数不低于{R.randint(28, 36)}万人，农村低收入人口和脱贫人口实现应保尽保。",
        "二、筹资标准",
        f"2024年度城乡居民基本医疗保险个人缴费标准为每人每年380元，各级财政补助标准为每人每年不低于{R.randint(640, 680)}元。",
        "三、工作步骤",
        "（一）宣传发动阶段。各乡镇、各部门要通过村村响广播、微信群、入户走访等方式，广泛宣传参保政策和缴费渠道。",
        "（二）集中征缴阶段。各乡镇要组织村（社区）干部逐户核对参保信息，引导群众通过湘税社保、微信、银行网点等渠道缴费。",
        "（三）核查总结阶段。县医疗保障局会同县税务局每周通报征缴进度，对进度滞后的乡镇进行督导。",
        "四、工作要求",
        "各乡镇、各部门要高度重视，明确分管领导和具体经办人员，确保参保任务按时完成。",
    ]
    idx = f"114309{R.randint(10, 99)}{R.randint(1000, 9999)}/2024-{R.randint(10000, 99999)}"
    attach = ["石溪县2024年城乡居民医保参保任务分解表.xlsx", "政策解读：2024年城乡居民医保工作实施方案.docx"]
    meta = f"""<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td class="xxgk_td1">索 引 号：</td><td class="xxgk_td2">{idx}</td><td class="xxgk_td1">主题分类：</td><td class="xxgk_td2">卫生、体育/医疗保障</td></tr>
<tr><td class="xxgk_td1">发布机构：</td><td class="xxgk_td2">{org}</td><td class="xxgk_td1">成文日期：</td><td class="xxgk_td2">{ymd(cw)}</td></tr>
<tr><td class="xxgk_td1">发文字号：</td><td class="xxgk_td2">{wh}</td><td class="xxgk_td1">发布日期：</td><td class="xxgk_td2">{ymd(t)}</td></tr>
<tr><td class="xxgk_td1">有 效 性：</td><td class="xxgk_td2">有效</td><td class="xxgk_td1">统一编号：</td><td class="xxgk_td2">HSXD01-2024-000{R.randint(10, 99)}</td></tr>
<tr><td class="xxgk_td1">名　　称：</td><td class="xxgk_td2" colspan="3">{esc(title)}</td></tr>
</table>"""
    body = "\n".join(
        (f'<p style="text-align: right;">{esc(x)}</p>' if x in (org, f"{cw.year}年{cw.month}月{cw.day}日", "（此件公开发布）") else
         f'<p style="text-align: center;"><strong>{esc(x)}</strong></p>' if x == items[5] else
         f'<p style="text-indent: 2em;"><strong>{esc(x)}</strong></p>' if re.match(r"^[一二三四五]、", x) else
         f'<p style="text-indent: 2em;">{esc(x)}</p>') for x in items)
    atts = "".join(f'<p style="text-indent: 2em;">附件{i + 1}：<a href="/module/download/downfile.jsp?classid=0&amp;filename={R.randint(10**9, 10**10)}.{a.rsplit(".", 1)[1]}">{esc(a)}</a></p>' for i, a in enumerate(attach))
    page = f"""{zh_head(f"{title}_{site}", "gb2312", f'<meta name="SiteName" content="{site}">' + chr(10) + f'<meta name="ColumnName" content="政府文件">' + chr(10) + f'<meta name="ArticleTitle" content="{attr(title)}">' + chr(10) + f'<meta name="PubDate" content="{ymdhm(t)}">' + chr(10) + f'<meta name="ContentSource" content="{org}">' + chr(10))}
<body>
{zh_top(site)}
{zh_nav(county)}
<div class="main"><div class="position">您当前所在位置：<a href="/">首页</a> &gt; <a href="/col/col1201/index.html">政务公开</a> &gt; <a href="/col/col1244/index.html">政府文件</a></div>
<div class="xxgk-detail">
{meta}
<div class="bt-article-title"><!--<$[标题名称]>begin-->{esc(title)}<!--<$[标题名称]>end--></div>
<div class="bt-article-info">发布日期：{ymd(t)}　　信息来源：{org}　　浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1244&amp;artid={R.randint(10**6, 10**7)}"></script>　{tools_bar()}</div>
<div class="bt-article-content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body}
{atts}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
{share_bar()}
<div class="xgjd"><h4>相关解读</h4><ul><li><a href="#">图解：2024年城乡居民医保缴费指南</a></li><li><a href="#">一图读懂石溪县2024年城乡居民医保政策</a></li></ul></div>
</div></div>
{zh_footer(site)}
</body>
</html>
"""
    add("hanweb-xxgk-suoyinhao-gbk", f"http://www.shixi.gov.cn/art/{t.strftime('%Y/%m/%d')}/art_1244_{R.randint(10**6, 10**7)}.html", page, "gbk",
        title, t, items, ["索 引 号", "相关解读", "网站标识码", "附件1", "县直部门网站"], attachments=attach)


def trs_wcm_editor():
    """TRS WCM detail page: TRS_Editor with its <style> block, Word-pasted inline styles, <$[...]> comments."""
    t = when(2024, 2, 13)
    site = "青川市人民政府"
    src = "青川市交通运输局"
    title = "青川市2024年将新建改造农村公路1200公里"
    items = [
        f"记者从市交通运输局获悉，2024年全市计划新建改造农村公路1200公里，实施危桥改造{R.randint(30, 60)}座，完成农村公路安全生命防护工程{R.randint(300, 500)}公里。",
        f"据介绍，2023年全市累计完成农村公路建设投资{R.randint(20, 40)}.{R.randint(1, 9)}亿元，新建改造农村公路1086公里，实现了较大人口规模自然村（组）通硬化路全覆盖。",
        "今年，市交通运输局将重点推进“四好农村路”示范创建，着力打通县乡村三级路网的断头路、瓶颈路，推动农村公路由“通”向“好”转变。",
        "在养护管理方面，全市将全面推行农村公路路长制，落实县、乡、村三级路长责任，确保列养率达到100%，优良中等路率达到85%以上。",
        "下一步，市交通运输局将加强与自然资源、农业农村等部门的协调，统筹农村公路建设与乡村旅游、特色产业发展，让更多群众走上致富路。",
    ]
    body = "\n".join(f'<p class="MsoNormal" style="text-indent: 32pt; line-height: 28pt; margin: 0cm 0cm 0pt;" align="justify"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">{esc(x)}<span lang="EN-US"><o:p></o:p></span></span></p>' for x in items)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="SiteName" content="{site}" />
<meta name="SiteDomain" content="www.qingchuan.gov.cn" />
<meta name="SiteIDCode" content="{bsid()}" />
<meta name="ColumnName" content="部门动态" />
<meta name="ColumnType" content="部门动态" />
<meta name="ArticleTitle" content="{attr(title)}" />
<meta name="PubDate" content="{ymdhm(t)}" />
<meta name="ContentSource" content="{src}" />
<meta name="Keywords" content="农村公路" />
<link href="../../../images/common.css" rel="stylesheet" type="text/css" />
{baidu_tongji()}
</head>
<body>
{zh_top(site)}
{zh_nav("青川")}
<div class="container">
<div class="crumbs">当前位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="新闻中心" class="CurrChnlCls">新闻中心</a>&nbsp;&gt;&nbsp;<a href="../" title="部门动态" class="CurrChnlCls">部门动态</a></div>
<div class="detail">
<!--<$[标题名称]>begin--><h1 class="detail-title">{esc(title)}</h1><!--<$[标题名称]>end-->
<div class="detail-info"><span>来源：<!--<$[信息来源]>begin-->{src}<!--<$[信息来源]>end--></span><span>发布时间：<!--<$[发布时间]>begin-->{ymdhms(t)}<!--<$[发布时间]>end--></span><span>浏览次数：<script>document.write(Math.floor(Math.random()*1000))</script></span>{tools_bar()}</div>
<div class="detail-content" id="Zoom">
<!--<$[内容]>begin--><div class=TRS_Editor><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor TH{{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor SPAN{{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}
</style>
<div class="Custom_UnionStyle">
<p style="text-align: center;" align="center"><img style="border: 0px solid;" src="./W020240213{R.randint(100000000, 999999999)}.jpg" oldsrc="W020240213.jpg" /></p>
<p style="text-align: center;" align="center"><span style="font-family: 楷体_GB2312;">图为青川市某乡镇新改造的农村公路。</span></p>
{body}
</div></div><!--<$[内容]>end-->
</div>
<div class="detail-editor">（责任编辑：{name()}）</div>
{share_bar()}
<div class="prev-next"><p>上一篇：<a href="./t20240212_{R.randint(10**6, 10**7)}.html">市交通运输局召开2024年安全生产工作会议</a></p><p>下一篇：<a href="./t20240214_{R.randint(10**6, 10**7)}.html">青川至南山快速通道项目进入路面施工阶段</a></p></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="#">我市农村公路建设三年行动计划全面完成</a><span>2023-12-28</span></li><li><a href="#">青川市入选全国“四好农村路”示范创建市</a><span>2023-11-16</span></li><li><a href="#">市交通运输局开展农村公路养护专项督查</a><span>2023-10-09</span></li></ul></div>
</div></div>
{zh_footer(site, "川")}
</body>
</html>
"""
    add("trs-wcm-editor-comments", f"http://www.qingchuan.gov.cn/xwzx/bmdt/{t.strftime('%Y%m')}/t{t.strftime('%Y%m%d')}_{R.randint(10**6, 10**7)}.html", page,
        "utf-8", title, t, items, ["图为青川市某乡镇新改造的农村公路", "责任编辑", "上一篇", "相关文章", "版权所有"])


def trs_old_shtml_tables():
    """An old TRS .shtml page: nested layout tables, the body in a <td>, GBK behind an HTTP header saying utf-8."""
    t = when(2011, 6, 8)
    site = "桐山县人民政府"
    title = "桐山县召开2011年防汛抗旱工作会议"
    items = [
        f"6月7日上午，县委、县政府召开全县防汛抗旱工作会议，总结去年防汛抗旱工作，安排部署今年防汛抗旱工作任务。县委副书记、县长{name()}出席会议并讲话。",
        "会议指出，今年以来，全县降雨偏少，部分乡镇已出现旱情，同时进入主汛期后，发生强降雨和山洪地质灾害的可能性很大，防汛抗旱形势十分严峻。",
        "会议要求，各乡镇、各部门要切实克服麻痹思想和侥幸心理，立足于防大汛、抗大旱、救大灾，认真落实以行政首长负责制为核心的各项防汛责任制。",
        "要加强对水库、山塘、河堤等重点部位的巡查，对病险水库实行限制蓄水，确保度汛安全；要加强山洪地质灾害监测预警，提前转移危险区域群众。",
        f"会上，县防汛抗旱指挥部与{R.randint(12, 20)}个乡镇签订了防汛抗旱目标责任书。",
    ]
    body = "<br>\n".join("　　" + esc(x) for x in items)
    sidebar = "".join(f'<tr><td height="22" class="black12">·<a href="/news/{R.randint(100, 999)}.shtml" target="_blank">{h}</a></td></tr>' for h in R.sample(ZH_HEADS, 8))
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>桐山县人民政府网--{esc(title)}</title>
<link href="/css/css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="980" height="150"></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#0066CC"><tr><td height="32" align="center" class="white14"><a href="/">首 页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xwzx/">新闻中心</a> | <a href="/tzgg/">通知公告</a> | <a href="/zsyz/">招商引资</a> | <a href="/lyts/">旅游天山</a> | <a href="/bmfw/">便民服务</a> | <a href="/hdjl/">互动交流</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="240" valign="top" bgcolor="#F3F8FD">
<table width="230" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="30" background="/images/lm_bg.gif" class="lm"><strong>最新信息</strong></td></tr>{sidebar}</table>
</td>
<td width="740" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="30" class="black12">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xwzx/">新闻中心</a> &gt;&gt; 政务动态</td></tr></table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="50" align="center" class="title"><font style="font-size:20px;color:#C00;font-weight:bold">{esc(title)}</font></td></tr>
<tr><td height="26" align="center" class="gray12" bgcolor="#EEEEEE">发布时间：{t.strftime('%Y年%m月%d日 %H:%M')}　　来源：县政府办　　作者：{name()}　　点击：<span id="hits">{R.randint(100, 900)}</span></td></tr>
<tr><td class="content" style="font-size:14px;line-height:26px;padding:15px">
{body}
</td></tr>
<tr><td align="right" class="gray12">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#0066CC"><tr><td height="80" align="center" class="white12">版权所有：桐山县人民政府办公室　{icp("浙")}<br>地址：桐山县城关镇府前路1号　电话：0571-{R.randint(6000000, 6999999)}　技术支持：桐山信息中心</td></tr></table>
</body>
</html>
"""
    add("trs-old-shtml-tables-gbk-lying", f"http://www.tongshan.gov.cn/xwzx/zwdt/{t.strftime('%Y%m')}/t{t.strftime('%Y%m%d')}_{R.randint(10**5, 10**6)}.shtml", page,
        "gbk", title, t, items, ["最新信息", "打印此页", "技术支持", "您现在的位置"], headers={"Content-Type": "text/html; charset=utf-8"})


def zmhd_letter():
    """政民互动 县长信箱 letter: the question and the reply, in a table, with 留言时间 and 回复时间."""
    q = when(2024, 1, 29)
    a = when(2024, 2, 6)
    site = "石溪县人民政府"
    title = "关于城南小区二期不动产权证办理进度的咨询"
    qtext = [
        "县长您好！我是城南小区二期的业主，2021年交房至今已经快三年了，不动产权证一直没有办下来。",
        "开发商说是因为土地出让金还没有缴清，但业主的房款早已全部付清。请问政府部门能否督促开发商尽快办理，业主什么时候能拿到证？",
    ]
    atext = [
        "您好！您反映的问题已收悉，现答复如下：",
        f"经县自然资源局核实，城南小区二期项目因开发企业尚欠土地出让金及滞纳金共计{R.randint(400, 900)}万元，暂不具备办理不动产首次登记的条件。",
        "目前，县自然资源局已会同县住建局约谈开发企业，责令其在2024年3月底前缴清欠款。企业已缴纳部分款项，并承诺按期完成补缴。",
        "欠款缴清后，县不动产登记中心将开通绿色通道，集中为业主办理转移登记，预计4月份可开始分批发证。具体办理时间将通过小区物业和县政府网站另行通知。",
        "感谢您对我县工作的关心和支持！",
    ]
    items = qtext + atext
    qn = f"XX{q.strftime('%Y%m%d')}{R.randint(1000, 9999)}"
    page = f"""{zh_head(f"{title}-县长信箱-{site}", "utf-8")}
<body>
{zh_top(site)}
{zh_nav("石溪")}
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">政民互动</a> &gt; <a href="/hdjl/xzxx/">县长信箱</a></div>
<div class="letter-detail">
<table class="letter-table" width="100%" border="1" cellspacing="0" cellpadding="6" bordercolor="#dddddd">
<tr><th width="15%">信件编号</th><td width="35%">{qn}</td><th width="15%">信件类型</th><td>咨询</td></tr>
<tr><th>来信人</th><td>张**</td><th>来信时间</th><td>{ymdhms(q)}</td></tr>
<tr><th>信件标题</th><td colspan="3" class="letter-title">{esc(title)}</td></tr>
<tr><th>来信内容</th><td colspan="3" class="letter-content">{"<br/>".join(esc(x) for x in qtext)}</td></tr>
<tr><th>办理单位</th><td>石溪县自然资源局</td><th>办理状态</th><td><span class="ybj">已办结</span></td></tr>
<tr><th>回复时间</th><td colspan="3">{ymdhms(a)}</td></tr>
<tr><th>回复内容</th><td colspan="3" class="reply-content">{"".join(f"<p>{esc(x)}</p>" for x in atext)}</td></tr>
</table>
<div class="satisfaction"><span>满意度评价：</span><label><input type="radio" name="myd" value="1">满意</label><label><input type="radio" name="myd" value="2">基本满意</label><label><input type="radio" name="myd" value="3">不满意</label> <button>提交评价</button></div>
<div class="letter-btns"><a href="/hdjl/xzxx/write.html" class="btn">我要写信</a><a href="/hdjl/xzxx/search.html" class="btn">信件查询</a><a href="/hdjl/xzxx/rules.html" class="btn">写信须知</a></div>
</div>
{zh_side("最新回复", a, 10, -1)}
</div>
{zh_footer(site)}
</body>
</html>
"""
    add("zmhd-county-mailbox-letter", f"http://www.shixi.gov.cn/hdjl/xzxx/detail.html?id={qn}", page, "utf-8", title, a, items,
        ["我要写信", "满意度评价", "石溪县自然资源局", "最新回复", "主办："])


def leader_profile():
    """领导之窗 profile: name as headline, 职务, 简历 and 工作分工; no publication date."""
    site = "石溪县人民政府"
    nm = "刘振华"
    title = nm
    items = [
        "县委副书记、县人民政府县长",
        "个人简历",
        f"刘振华，男，汉族，1976年5月生，湖南宁乡人，1998年7月参加工作，1997年6月加入中国共产党，省委党校研究生学历。",
        "历任宁乡县双江口镇党委副书记、镇长，宁乡县农业局局长，长沙市农业委员会副主任，岳塘区委常委、副区长等职。",
        "2021年9月任石溪县委副书记、县人民政府县长。",
        "工作分工",
        "主持县人民政府全面工作。负责审计方面工作。",
        "分管县审计局。",
    ]
    others = "".join(f'<li><a href="/ldzc/{i}.html"><img src="/images/ld{i}.jpg"><p>{name()}</p><span>副县长</span></a></li>' for i in range(2, 8))
    page = f"""{zh_head(f"{nm}-领导之窗-{site}", "utf-8")}
<body>
{zh_top(site)}
{zh_nav("石溪")}
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/ldzc/">领导之窗</a></div>
<div class="ld-left"><h3>县政府领导</h3><ul class="ld-list"><li class="on"><a href="/ldzc/1.html"><img src="/images/ld1.jpg"><p>{nm}</p><span>县长</span></a></li>{others}</ul></div>
<div class="ld-right">
<div class="ld-photo"><img src="/images/ld1_big.jpg" alt="{nm}"></div>
<div class="ld-info">
<h1 class="ld-name">{nm}</h1>
<p class="ld-zw">{items[0]}</p>
<div class="ld-jl"><h4>{items[1]}</h4>
{P(items[2:5])}
</div>
<div class="ld-fg"><h4>{items[5]}</h4>
{P(items[6:])}
</div>
</div>
<div class="ld-news"><h4>领导活动</h4><ul>{"".join(f'<li><a href="#">{nm}{h}</a><span>2024-02-{R.randint(1, 12):02d}</span></li>' for h in ["调研春耕备耕工作", "主持召开县政府常务会议", "走访慰问困难群众", "督导安全生产工作"])}</ul></div>
</div></div>
{zh_footer(site)}
</body>
</html>
"""
    add("leader-window-profile", "http://www.shixi.gov.cn/ldzc/1.html", page, "utf-8", title, None, items,
        ["县政府领导", "领导活动", "调研春耕备耕工作", "网站地图"])


def tongji_gongbao_gb18030():
    """统计公报 with large tables, GB18030 bytes (a 䶮 in a name) labelled gb2312."""
    t = when(2024, 3, 22)
    site = "桃源县统计局"
    title = "桃源县2023年国民经济和社会发展统计公报"
    gdp = R.randint(380, 460)
    pre = ["桃源县统计局", "2024年3月22日"]
    items = [
        f"2023年，全县上下坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，经济运行稳中有进、稳中向好。",
        "一、综合",
        f"初步核算，全年地区生产总值{gdp}.{R.randint(1, 9)}亿元，按不变价格计算，比上年增长{R.randint(40, 65) / 10}%。其中，第一产业增加值{R.randint(60, 90)}.{R.randint(1, 9)}亿元，增长3.8%；第二产业增加值{R.randint(120, 160)}.{R.randint(1, 9)}亿元，增长5.6%；第三产业增加值{R.randint(180, 220)}.{R.randint(1, 9)}亿元，增长5.1%。",
        "表1 2023年地区生产总值及其增长速度",
    ]
    rows1 = [("指标", "绝对数（亿元）", "比上年增长（%）")] + [(k, f"{R.randint(40, 460)}.{R.randint(1, 9)}", f"{R.randint(20, 80) / 10}") for k in
             ["地区生产总值", "第一产业", "第二产业", "#工业", "建筑业", "第三产业", "#批发和零售业", "交通运输、仓储和邮政业", "住宿和餐饮业", "金融业", "房地产业"]]
    items += [" ".join(r) for r in rows1]
    items += [
        "二、农业",
        f"全年粮食播种面积{R.randint(90, 120)}.{R.randint(1, 9)}万亩，粮食总产量{R.randint(40, 60)}.{R.randint(1, 9)}万吨，比上年增长1.2%。生猪出栏{R.randint(60, 90)}.{R.randint(1, 9)}万头。",
        "表2 2023年主要农产品产量及其增长速度",
    ]
    rows2 = [("产品名称", "单位", "产量", "比上年增长（%）")] + [(k, u, f"{R.randint(1, 500)}.{R.randint(1, 9)}", f"{R.randint(-30, 60) / 10}") for k, u in
             [("粮食", "万吨"), ("#稻谷", "万吨"), ("油料", "万吨"), ("蔬菜", "万吨"), ("茶叶", "吨"), ("水果", "万吨"), ("猪牛羊禽肉", "万吨"), ("禽蛋", "万吨"), ("水产品", "万吨")]]
    items += [" ".join(r) for r in rows2]
    items += [
        "三、工业和建筑业",
        f"全年规模以上工业增加值比上年增长{R.randint(50, 80) / 10}%。年末全县规模以上工业企业{R.randint(120, 180)}家，其中新增入规企业{R.randint(10, 30)}家。",
        "注：本公报中部分数据为初步统计数，各项统计数据均未包括外出务工人员数据。部分数据因四舍五入的原因，存在总计与分项合计不等的情况。",
        "资料来源：本公报中粮食数据来自国家统计局桃源调查队；财政数据来自县财政局；企业数据由县市场监督管理局提供，其中法人代表姓名如龚䶮等按原表照录。",
    ]

    def table(rows):
        head = "".join(f"<td style='border:1px solid #000;background:#eee' align='center'><b>{esc(c)}</b></td>" for c in rows[0])
        rest = "".join("<tr>" + "".join(f"<td style='border:1px solid #000' align='{'left' if j == 0 else 'right'}'>{esc(c)}</td>" for j, c in enumerate(r)) + "</tr>\n" for r in rows[1:])
        return f"<table width='90%' align='center' cellspacing='0' cellpadding='3' style='border-collapse:collapse'><tbody><tr>{head}</tr>\n{rest}</tbody></table>"

    def para(x):
        if x in ("桃源县统计局", "2024年3月22日"):
            return f'<p style="text-align:center">{esc(x)}</p>'
        if x.startswith("表"):
            return f'<p style="text-align:center"><b>{esc(x)}</b></p>'
        if re.match("^[一二三四]、", x):
            return f'<p style="text-indent:2em"><b>{esc(x)}</b></p>'
        return f'<p style="text-indent:2em">{esc(x)}</p>'

    n1 = 4 + len(rows1)
    n2 = n1 + 3 + len(rows2)
    html_body = "\n".join(para(x) for x in pre + items[:4]) + table(rows1) + "\n" + "\n".join(para(x) for x in items[n1:n1 + 3]) + table(rows2) + "\n" + "\n".join(para(x) for x in items[n2:])
    side = "".join(f'<li><a href="#">桃源县{y}年国民经济和社会发展统计公报</a></li>' for y in range(2022, 2012, -1))
    page = f"""{zh_head(f"{title}", "gb2312")}
<body>
<div class="head"><img src="/images/tjj_banner.jpg" alt="{site}"></div>
<div class="menu"><a href="/">首页</a><a href="/tjdt/">统计动态</a><a href="/tjsj/">统计数据</a><a href="/tjgb/">统计公报</a><a href="/tjfx/">统计分析</a><a href="/pczl/">普查资料</a><a href="/tjfg/">统计法规</a><a href="/xxgk/">信息公开</a></div>
<div class="wrap">
<div class="left"><h3>历年统计公报</h3><ul>{side}</ul></div>
<div class="right">
<div class="pos">位置：<a href="/">首页</a> » <a href="/tjgb/">统计公报</a></div>
<h1 class="art-title">{esc(title)}</h1>
<div class="art-info">发布时间：{ymd(t)}　来源：{site}　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="art-con" id="zoom">
{html_body}
</div>
</div></div>
<div class="foot">版权所有：{site}　{icp()}　技术支持：桃源县信息中心<br>地址：桃源县漳江镇建设路18号</div>
</body></html>
"""
    add("tongji-gongbao-tables-gb18030", f"http://tjj.taoyuan.gov.cn/tjgb/{t.strftime('%Y%m')}/t{t.strftime('%Y%m%d')}_{R.randint(10**5, 10**6)}.html", page,
        "gb18030", title, t, items, ["历年统计公报", "技术支持", "桃源县2021年国民经济和社会发展统计公报"])


def zhengqiu_yijian():
    """征求意见 notice: the deadline and ways to comment in the text, the draft and its 起草说明 as attachments, a form."""
    t = when(2024, 2, 13)
    site = "青川市人民政府"
    title = "青川市司法局关于公开征求《青川市城市养犬管理条例（草案征求意见稿）》意见的公告"
    end = shift(t, 30)
    items = [
        "为进一步规范城市养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，市司法局起草了《青川市城市养犬管理条例（草案征求意见稿）》，现向社会公开征求意见。",
        f"公众可在{end.year}年{end.month}月{end.day}日前，通过以下方式提出意见建议：",
        f"1. 通过电子邮件将意见发送至：sfjlfk@qingchuan.gov.cn，邮件主题请注明“养犬管理条例意见”。",
        f"2. 通过信函将意见寄至：青川市政务中心B座{R.randint(3, 9)}楼青川市司法局立法科（邮编：{R.randint(620000, 629999)}），信封上请注明“养犬管理条例意见”字样。",
        "3. 登录青川市人民政府网站“意见征集”栏目，在本公告下方提交意见。",
        "青川市司法局",
        f"{t.year}年{t.month}月{t.day}日",
    ]
    attach = ["青川市城市养犬管理条例（草案征求意见稿）.docx", "关于《青川市城市养犬管理条例（草案征求意见稿）》的起草说明.pdf"]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}_意见征集_{site}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="PubDate" content="{ymdhm(t)}">
<link rel="stylesheet" href="/static/css/yjzj.css">
{baidu_tongji()}
</head>
<body>
{zh_top(site)}
{zh_nav("青川")}
<div class="main">
<div class="crumb"><a href="/">首页</a> / <a href="/hdjl/">政民互动</a> / <a href="/hdjl/yjzj/">意见征集</a></div>
<div class="yjzj-detail">
<h1>{esc(title)}</h1>
<div class="yjzj-info"><span>征集单位：青川市司法局</span><span>征集时间：{ymd(t)} 至 {ymd(end)}</span><span class="status jxz">进行中</span></div>
<div class="yjzj-content" id="zoom">
{P(items[:5])}
<p style="text-align:right">{esc(items[5])}</p>
<p style="text-align:right">{esc(items[6])}</p>
</div>
<div class="yjzj-files"><h4>附件下载：</h4><ul>{"".join(f'<li><a href="/uploadfiles/{t.strftime("%Y%m")}/{R.randint(10**8, 10**9)}.{a.rsplit(".", 1)[1]}" target="_blank">{esc(a)}</a></li>' for a in attach)}</ul></div>
<div class="yjzj-form"><h4>我要提意见</h4><form action="/hdjl/yjzj/submit" method="post">
<p><label>姓名：</label><input type="text" name="name"></p><p><label>联系电话：</label><input type="text" name="tel"></p>
<p><label>意见内容：</label><textarea name="content" placeholder="请输入您的意见建议（500字以内）"></textarea></p>
<p><label>验证码：</label><input type="text" name="code"><img src="/captcha.jpg"></p><p><button type="submit">提交意见</button></p></form>
<div class="tips">温馨提示：请文明留言，遵守国家法律法规，不得发布违法和不良信息。您的个人信息将严格保密。</div></div>
<div class="yjzj-fk"><h4>意见反馈情况</h4><p>征集结束后，将在本栏目公布意见采纳情况。</p></div>
</div>
{zh_side("其他征集", t, 8, -5)}
</div>
{zh_footer(site, "川")}
</body></html>
"""
    add("zhengqiu-yijian-attachments", f"http://www.qingchuan.gov.cn/hdjl/yjzj/{R.randint(1000, 9999)}.html", page, "utf-8", title, t, items,
        ["我要提意见", "温馨提示", "意见反馈情况", "附件下载", "网站标识码"], attachments=attach)


def fabuhui_video():
    """新闻发布会 video page: a player, guests, a two-paragraph summary, a long list of past conferences."""
    t = when(2024, 2, 13, 10, 0)
    site = "青川市人民政府新闻办公室"
    title = "青川市2024年“春风行动”暨就业援助月新闻发布会"
    items = [
        f"2月13日上午，市政府新闻办举行新闻发布会，市人力资源和社会保障局副局长{name()}介绍2024年“春风行动”暨就业援助月活动有关情况，并回答记者提问。",
        f"今年活动期间，全市将举办各类招聘会{R.randint(80, 150)}场，提供就业岗位{R.randint(3, 6)}万余个，并为就业困难人员提供“一对一”就业援助。",
    ]
    past = "".join(f'<li><a href="/xwfbh/{2023 - i // 6}/{R.randint(100, 999)}.html"><img src="/uploadfiles/fbh{i}.jpg"><p>{h}新闻发布会</p></a><span>{ymd(shift(t, -7 * (i + 1)))}</span></li>'
                   for i, h in enumerate(["青川市2023年经济运行情况", "青川市优化营商环境“十条措施”", "2024年青川市春运工作", "青川市第五次全国经济普查", "青川市冬季森林防火",
                                          "青川市2023年民生实事完成情况", "青川市城市更新三年行动", "青川市义务教育招生政策", "2023年青川国际马拉松赛", "青川市医保惠民政策"]))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}-新闻发布会-青川市人民政府</title>
<link rel="stylesheet" href="/static/video-js/video-js.min.css"><script src="/static/video-js/video.min.js"></script>
<meta name="PubDate" content="{ymdhm(t)}">
</head>
<body>
{zh_top("青川市人民政府")}
{zh_nav("青川")}
<div class="main fbh">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwfbh/">新闻发布会</a></div>
<div class="fbh-top">
<div class="fbh-video"><video id="fbh-player" class="video-js vjs-default-skin" controls preload="none" poster="/uploadfiles/fbh_poster.jpg" data-setup='{{"fluid": true}}'><source src="https://vod.qingchuan.gov.cn/fbh/{t.strftime('%Y%m%d')}.mp4" type="video/mp4"><p class="vjs-no-js">您的浏览器不支持视频播放，请升级浏览器。</p></video></div>
<div class="fbh-meta"><h1>{esc(title)}</h1>
<ul><li><b>时间：</b>{t.year}年{t.month}月{t.day}日 10:00</li><li><b>地点：</b>市政府新闻发布厅</li><li><b>发布人：</b>市人力资源和社会保障局副局长、市就业服务中心主任</li><li><b>主持人：</b>市政府新闻办副主任 {name()}</li></ul>
<div class="fbh-tabs"><a href="#" class="on">视频直播</a><a href="/xwfbh/{t.year}/wz{R.randint(10, 99)}.html">文字实录</a><a href="/xwfbh/{t.year}/tp{R.randint(10, 99)}.html">图片直播</a></div></div></div>
<div class="fbh-summary"><h3>发布会摘要</h3>
{P(items)}
</div>
<div class="fbh-past"><h3>往期发布会</h3><ul>{past}</ul><div class="page"><a href="#">上一页</a> <a class="cur">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">下一页</a></div></div>
</div>
{zh_footer("青川市人民政府", "川")}
</body></html>
"""
    add("fabuhui-video-short", f"http://www.qingchuan.gov.cn/xwfbh/{t.year}/{R.randint(100, 999)}.html", page, "utf-8", title, t, items,
        ["往期发布会", "文字实录", "您的浏览器不支持视频播放", "发布会摘要"])


def gongbao_pdf():
    """政府公报 article page: the issue, the document text, a PDF of the issue, the issue's table of contents beside it."""
    t = when(2024, 2, 20)
    site = "青川市人民政府"
    wh = f"青府发〔2024〕{R.randint(2, 9)}号"
    title = "青川市人民政府关于公布2024年市级行政许可事项清单的通知"
    sign = shift(t, -11)
    items = [
        wh,
        "各县（市、区）人民政府，市政府各部门：",
        f"为深化“放管服”改革，规范行政许可事项管理，市人民政府对市级行政许可事项进行了全面梳理，确定市级行政许可事项{R.randint(180, 260)}项，现予以公布。",
        "各部门要严格按照清单实施行政许可，不得在清单之外违法实施变相许可。清单实行动态管理，因法律、法规、规章立改废释等原因需要调整的，由市司法局会同市行政审批服务局按程序调整后公布。",
        "附件：2024年青川市市级行政许可事项清单",
        "青川市人民政府",
        f"{sign.year}年{sign.month}月{sign.day}日",
    ]
    toc = "".join(f'<li><a href="/zfgb/2024/d2q/{i}.html">{h}</a></li>' for i, h in enumerate(["青川市人民政府关于印发《青川市2024年政府工作报告重点工作分解方案》的通知", title,
                                                                                             "青川市人民政府办公室关于进一步加强城市供水安全管理的通知", "青川市人民政府关于表彰2023年度全市安全生产先进集体和先进个人的决定", "青川市人事任免"]))
    page = f"""{zh_head(f"{title}_2024年第2期_政府公报_{site}", "utf-8")}
<body>
{zh_top(site)}
{zh_nav("青川")}
<div class="main gb">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zfgb/">政府公报</a> &gt; <a href="/zfgb/2024/d2q/">2024年第2期</a></div>
<div class="gb-left"><div class="gb-cover"><img src="/zfgb/2024/d2q/cover.jpg" alt="2024年第2期"><p>青川市人民政府公报</p><p>2024年第2期（总第{R.randint(200, 300)}期）</p><a href="/zfgb/2024/d2q/gb202402.pdf" class="pdf-btn">下载本期PDF</a></div>
<h4>本期目录</h4><ul class="gb-toc">{toc}</ul></div>
<div class="gb-right">
<h1 class="gb-title">{esc(title)}</h1>
<div class="gb-info">刊期：2024年第2期　发布日期：{ymd(t)}　{tools_bar()}</div>
<div class="gb-content" id="zoom">
<p style="text-align:center">{esc(items[0])}</p>
{P(items[1:5])}
<p style="text-align:right">{esc(items[5])}</p>
<p style="text-align:right">{esc(items[6])}</p>
<p>（此件公开发布）</p>
</div>
<div class="gb-pdf">本文PDF版：<a href="/zfgb/2024/d2q/{R.randint(10**5, 10**6)}.pdf">点击下载</a></div>
</div></div>
{zh_footer(site, "川")}
</body></html>
"""
    items_gold = items[:]
    items_gold.append("（此件公开发布）")
    add("zhengfu-gongbao-pdf-issue", f"http://www.qingchuan.gov.cn/zfgb/2024/d2q/1.html", page, "utf-8", title, t, items_gold,
        ["本期目录", "下载本期PDF", "本文PDF版", "青川市人事任免"])


def wei_menhu_mobile():
    """政府微门户 mobile page: a tab bar, a small header, the article, 阅读 count, 返回顶部."""
    t = when(2024, 2, 13)
    title = "我县启动2024年农村危房改造工作"
    items = [
        f"近日，县住建局印发《2024年农村危房改造实施方案》，计划全年完成农村危房改造{R.randint(200, 400)}户，重点保障农村低保户、分散供养特困人员、低保边缘家庭等六类重点对象。",
        f"改造补助标准为：拆除重建每户补助{R.randint(2, 4)}.5万元，维修加固每户补助1万元。对改造后仍不具备安全住房条件的，由乡镇统筹安排周转房或公租房。",
        "县住建局将组织技术人员深入各乡镇，对申报对象的房屋逐户开展安全性鉴定，建立“一户一档”，确保改造对象精准、改造质量安全。",
        "申请人可向户籍所在地村（居）委会提出申请，咨询电话：0736-6212345。",
    ]
    page = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no"><title>{esc(title)}</title>
<link rel="stylesheet" href="//m.shixi.gov.cn/static/css/mobile.css"><script src="//m.shixi.gov.cn/static/js/flexible.js"></script></head>
<body>
<header class="m-header"><a href="javascript:history.back()" class="back"></a><span class="m-site">石溪发布</span><a href="/m/search" class="search"></a></header>
<div class="m-tabs"><a href="/m/">首页</a><a href="/m/yw/" class="on">要闻</a><a href="/m/gk/">公开</a><a href="/m/fw/">服务</a><a href="/m/hd/">互动</a></div>
<section class="m-article">
<h1 class="m-title">{esc(title)}</h1>
<div class="m-info"><span class="m-src">县住建局</span><span class="m-time">{ymdhm(t)}</span><span class="m-read">阅读 {R.randint(500, 3000)}</span></div>
<div class="m-content">
{P(items)}
</div>
<div class="m-like"><a href="javascript:;" class="zan">点赞 {R.randint(10, 99)}</a><a href="javascript:;" class="share">分享</a></div>
</section>
<section class="m-more"><h3>推荐阅读</h3><ul>{"".join(f'<li><a href="/m/yw/{R.randint(1000, 9999)}.html"><p>{h}</p><span>{R.randint(1, 12)}天前</span></a></li>' for h in R.sample(ZH_HEADS, 6))}</ul></section>
<footer class="m-footer"><p><a href="/?pc=1">电脑版</a> | <a href="/m/about">关于我们</a></p><p>石溪县人民政府办公室主办</p><p>{icp()}</p></footer>
<a href="#top" class="gotop">返回顶部</a>
<nav class="m-tabbar"><a href="/m/" class="on"><i></i>首页</a><a href="/m/bs/"><i></i>办事</a><a href="/m/zx/"><i></i>咨询</a><a href="/m/my/"><i></i>我的</a></nav>
</body></html>
"""
    add("wei-menhu-mobile", f"http://m.shixi.gov.cn/m/yw/{R.randint(1000, 9999)}.html", page, "utf-8", title, t, items,
        ["推荐阅读", "电脑版", "石溪发布", "返回顶部"])


def frameset_outer():
    """An old county site whose article URL is a frameset: the page itself has no article."""
    page = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>桐山县人民政府网站</title>
</head>
<frameset rows="152,*,60" frameborder="NO" border="0" framespacing="0">
  <frame src="top.htm" name="topFrame" scrolling="NO" noresize>
  <frameset cols="200,*" frameborder="NO" border="0" framespacing="0">
    <frame src="left.asp?ClassID=3" name="leftFrame" scrolling="auto" noresize>
    <frame src="ShowNews.asp?NewsID=1286" name="mainFrame" scrolling="auto">
  </frameset>
  <frame src="bottom.htm" name="bottomFrame" scrolling="NO" noresize>
</frameset>
<noframes><body>
<p>您的浏览器不支持框架，请<a href="ShowNews.asp?NewsID=1286">点击这里</a>浏览本页内容。</p>
</body></noframes>
</html>
"""
    add("frameset-outer-no-article", "http://www.tongshan.gov.cn/news/index.asp?NewsID=1286", page, "gbk", None, None, [],
        ["您的浏览器不支持框架"])


def frame_content_asp():
    """The frame's content page (ShowNews.asp): no site chrome, the article in table cells, GBK with no charset at all."""
    t = when(2009, 11, 3)
    title = "县林业局开展冬季森林防火宣传月活动"
    items = [
        "为切实做好今冬明春森林防火工作，县林业局于11月1日起在全县范围内开展为期一个月的森林防火宣传月活动。",
        f"活动期间，县林业局共出动宣传车{R.randint(10, 30)}台次，发放宣传资料{R.randint(1, 3)}万余份，在重点林区路口悬挂横幅{R.randint(50, 120)}条，设立永久性防火警示牌{R.randint(20, 60)}块。",
        "同时，各乡镇林业站组织护林员深入村组、学校，向群众讲解野外用火的危害和森林火灾的扑救常识，提高群众的防火意识。",
    ]
    page = f"""<HTML>
<HEAD>
<TITLE>新闻内容</TITLE>
<LINK href="css/style.css" type=text/css rel=stylesheet>
<SCRIPT language=javascript>function openwin(url){{window.open(url,"","width=600,height=400")}}</SCRIPT>
</HEAD>
<BODY leftMargin=0 topMargin=0 bgcolor=#ffffff>
<TABLE cellSpacing=0 cellPadding=0 width="98%" align=center border=0>
<TR><TD height=28 class=dh>&nbsp;当前位置：<A href="default.asp" target=_top>首页</A> &gt;&gt; <A href="NewsList.asp?ClassID=3">部门动态</A></TD></TR>
<TR><TD align=center height=40><FONT color=#cc0000 size=4><B>{esc(title)}</B></FONT></TD></TR>
<TR><TD align=center height=24 bgcolor=#f0f0f0>作者：林业局　来源：本站原创　点击数：{R.randint(100, 800)}　更新时间：{t.year}-{t.month}-{t.day}</TD></TR>
<TR><TD class=content style="LINE-HEIGHT: 200%; padding:10px">
<P>　　{esc(items[0])}</P>
<P>　　{esc(items[1])}</P>
<P>　　{esc(items[2])}</P>
</TD></TR>
<TR><TD align=right height=30>【<A href="javascript:window.print()">打印本页</A>】【<A href="javascript:window.close()">关闭窗口</A>】</TD></TR>
<TR><TD><B>上一篇：</B><A href="ShowNews.asp?NewsID=1285">县林业局召开全县林长制工作推进会</A><BR><B>下一篇：</B><A href="ShowNews.asp?NewsID=1287">城关镇开展冬季义务植树活动</A></TD></TR>
</TABLE>
</BODY>
</HTML>
"""
    add("frame-content-asp-nocharset-gbk", "http://www.tongshan.gov.cn/news/ShowNews.asp?NewsID=1286", page, "gbk", title, t, items,
        ["当前位置", "打印本页", "上一篇", "本站原创"])


def list_page_column():
    """A column's list page: 20 dated headlines and a pager; there is no article to extract."""
    t = when(2024, 2, 13)
    site = "石溪县人民政府"
    heads = R.sample(ZH_HEADS, 20)
    lis = "\n".join(f'<li><a href="/art/{shift(t, -2 * i).strftime("%Y/%m/%d")}/art_1205_{R.randint(10**6, 10**7)}.html" target="_blank" title="{h}">{h}</a><span class="date">{ymd(shift(t, -2 * i))}</span></li>' for i, h in enumerate(heads))
    page = f"""{zh_head(f"政务要闻_{site}", "utf-8")}
<body>
{zh_top(site)}
{zh_nav("石溪")}
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1204/index.html">新闻中心</a> &gt; 政务要闻</div>
<div class="list-left"><h3>新闻中心</h3><ul><li class="on"><a href="#">政务要闻</a></li><li><a href="#">部门动态</a></li><li><a href="#">乡镇动态</a></li><li><a href="#">图片新闻</a></li><li><a href="#">通知公告</a></li></ul></div>
<div class="list-right"><div class="list-title"><h2>政务要闻</h2></div>
<div id="1205"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid=1205&unitid=5432" ></a>]]></nextgroup><recordset></recordset></datastore></script>
<ul class="news-list">
{lis}
</ul></div>
<div class="default_pgContainer">共 {R.randint(800, 1500)} 条　<a href="#">首页</a> <a href="#">上页</a> <span class="cur">1</span> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a> <a href="#">下页</a> <a href="#">尾页</a>　跳转到 <input size="2"> 页</div>
</div></div>
{zh_footer(site)}
</body></html>
"""
    add("list-page-no-article", "http://www.shixi.gov.cn/col/col1205/index.html", page, "utf-8", None, None, [],
        [heads[0], heads[7], heads[15], "政务要闻"])


def gov_404():
    """A portal's 404 page: the site's chrome, a message, a countdown to the home page."""
    site = "青川市人民政府"
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>404 页面不存在 - {site}</title>
<style>.e404{{text-align:center;padding:60px 0}}.e404 h2{{font-size:28px;color:#c00}}</style></head>
<body>
{zh_top(site)}
{zh_nav("青川")}
<div class="e404"><img src="/images/404.png" alt="404">
<h2>抱歉，您访问的页面不存在或已被删除！</h2>
<p>可能的原因：网址输入有误；该信息已过期或已被移除；栏目已调整。</p>
<p>页面将在 <span id="sec">5</span> 秒后自动跳转到<a href="/">网站首页</a>，您也可以<a href="javascript:history.back()">返回上一页</a>或使用站内搜索。</p>
<form action="/search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form>
<script>var s=5;setInterval(function(){{s--;document.getElementById("sec").innerHTML=s;if(s<=0)location.href="/";}},1000);</script>
</div>
{zh_footer(site, "川", full=False)}
</body></html>
"""
    add("gov-404-page", "http://www.qingchuan.gov.cn/xwzx/bmdt/202402/t20240213_1234567.html", page, "utf-8", None, None, [],
        ["您访问的页面不存在", "可能的原因"])


def login_wall():
    """政务服务网 page that asks the user to log in before showing a reply: no article."""
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>用户登录 - 湖南政务服务网</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/uc/css/login.css"></head>
<body class="login-page">
<div class="login-header"><img src="/uc/img/logo.png" alt="湖南政务服务网"><span>统一身份认证平台</span></div>
<div class="login-box">
<div class="login-tabs"><a class="on" href="#">个人登录</a><a href="#">法人登录</a></div>
<div class="login-tip">您访问的内容需要登录后查看，请先登录。</div>
<form id="loginForm" action="/uc/login" method="post">
<div class="item"><input type="text" name="username" placeholder="请输入身份证号/手机号/用户名"></div>
<div class="item"><input type="password" name="password" placeholder="请输入密码"></div>
<div class="item"><input type="text" name="captcha" placeholder="请输入验证码"><img src="/uc/captcha" class="captcha"></div>
<div class="item"><label><input type="checkbox" name="agree"> 我已阅读并同意<a href="#">《用户服务协议》</a>和<a href="#">《隐私政策》</a></label></div>
<button type="submit" class="btn-login">登 录</button>
<div class="links"><a href="/uc/register">立即注册</a> | <a href="/uc/forget">忘记密码？</a></div>
</form>
<div class="other-login"><p>其他登录方式</p><a href="#">湘易办APP扫码</a> <a href="#">电子社保卡</a> <a href="#">支付宝</a></div>
</div>
<div class="login-footer"><p>主办单位：湖南省人民政府办公厅　承办单位：湖南省政务管理服务局</p><p>{icp()}　网站标识码：4300000072</p><p>技术支持：湖南省政务服务中心　服务热线：12345</p></div>
</body></html>
"""
    add("login-wall-zwfw", "https://zwfw-new.hunan.gov.cn/uc/login?service=https%3A%2F%2Fzwfw-new.hunan.gov.cn%2Fhnzwfw%2Fzx%2Fdetail%3Fid%3D88231", page, "utf-8", None, None, [],
        ["您访问的内容需要登录后查看", "忘记密码"])


def search_results():
    """站内搜索 results page (jsearchfront): ten hits with highlighted snippets: no article."""
    site = "石溪县人民政府"
    heads = R.sample(ZH_HEADS, 10)
    hits = "\n".join(f"""<div class="jcse-result-box"><div class="jcse-news-title"><a href="/art/2024/01/{R.randint(10, 28)}/art_1205_{R.randint(10**6, 10**7)}.html" target="_blank">{h.replace("县", "<em>县</em>", 1)}</a></div>
<div class="jcse-news-abs">{h}。{R.choice(["会议强调", "据了解", "近日"])}，{h[:6]}相关工作取得积极进展，各乡镇、各部门要进一步提高认识，压实责任……</div>
<div class="jcse-news-url"><span>http://www.shixi.gov.cn/art/…</span> <span class="jcse-news-date">2024-01-{R.randint(10, 28)}</span></div></div>""" for h in heads)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>搜索结果 - {site}</title><link rel="stylesheet" href="/jsearchfront/css/search.css"></head>
<body>
<div class="jcse-header"><img src="/images/logo.png"><form action="/jsearchfront/search.do"><input name="q" value="县"><button>搜索</button></form></div>
<div class="jcse-tabs"><a class="on">全部</a><a>政策文件</a><a>新闻动态</a><a>办事服务</a><a>互动交流</a></div>
<div class="jcse-count">为您找到相关结果约 {R.randint(1000, 9000)} 个</div>
<div class="jcse-results">
{hits}
</div>
<div class="jcse-page"><a class="cur">1</a><a>2</a><a>3</a><a>下一页</a></div>
<div class="jcse-side"><h4>热门搜索</h4><ol><li>社保查询</li><li>公积金提取</li><li>不动产登记</li><li>事业单位招聘</li></ol></div>
{zh_footer(site, full=False)}
</body></html>
"""
    add("search-results-no-article", "http://www.shixi.gov.cn/jsearchfront/search.do?websiteid=1&q=%E5%8E%BF", page, "utf-8", None, None, [],
        ["为您找到相关结果约", heads[0], heads[5]])


def short_article_long_sidebar_gbk():
    """领导活动 item of two sentences beside three long dated sidebars; GBK."""
    t = when(2024, 2, 13)
    site = "桃源县人民政府"
    title = f"县长{name()}督导春节前安全生产工作"
    items = [
        "2月12日，县长带队深入县城商业综合体、加油站和烟花爆竹经营门店，督导检查春节前安全生产工作。",
        "他要求，各相关部门要盯紧重点场所和关键环节，严格落实安全生产责任，坚决防范遏制各类事故发生，确保全县人民度过一个平安祥和的春节。",
    ]
    page = f"""{zh_head(f"{title}_{site}", "gbk")}
<body>
{zh_top(site)}
{zh_nav("桃源")}
<div class="main">
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/ldhd/">领导活动</a></div>
<div class="content-l">
<h1 class="art-title">{esc(title)}</h1>
<div class="art-info">发布时间：{ymdhm(t)}　来源：县政府办　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="art-body" id="zoom">
{P(items)}
</div>
{share_bar()}
</div>
<div class="content-r">
{zh_side("领导活动", t, 12, -1)}
{zh_side("政务要闻", t, 12, -1)}
{zh_side("通知公告", t, 10, -3)}
</div></div>
{zh_footer(site)}
</body></html>
"""
    add("short-two-sentences-long-sidebar-gbk", f"http://www.taoyuan.gov.cn/xwzx/ldhd/{t.strftime('%Y%m')}/t{t.strftime('%Y%m%d')}_{R.randint(10**5, 10**6)}.html", page,
        "gbk", title, t, items, ["领导活动", "通知公告", "分享到"], headers={"Content-Type": "text/html"})


def epoint_tender():
    """公共资源交易中心 招标公告 on Epoint (新点) templates: ewb-* classes, the notice's numbered sections, a table of lots."""
    t = when(2024, 2, 13)
    title = "石溪县2024年农村公路安全生命防护工程施工招标公告"
    code = f"SXJS-2024-{R.randint(10, 99)}"
    items = [
        "1. 招标条件",
        f"本招标项目石溪县2024年农村公路安全生命防护工程已由石溪县发展和改革局以石发改审〔2024〕{R.randint(5, 30)}号批准建设，项目业主为石溪县交通运输局，建设资金来自中央车购税补助资金及县级配套，项目已具备招标条件，现对该项目的施工进行公开招标。",
        "2. 项目概况与招标范围",
        f"2.1 建设地点：石溪县境内{R.randint(8, 14)}个乡镇。",
        f"2.2 建设规模：安装波形梁钢护栏约{R.randint(40, 90)}公里，设置警示标志、减速带等附属设施。",
        "2.3 标段划分：",
        "标段 标段名称 最高投标限价（万元） 计划工期",
        f"一标段 城关镇、河口镇等4个乡镇 {R.randint(600, 900)}.{R.randint(10, 99)} 120日历天",
        f"二标段 石门镇、长乐乡等5个乡镇 {R.randint(600, 900)}.{R.randint(10, 99)} 120日历天",
        "3. 投标人资格要求",
        "3.1 投标人须具备公路交通工程（公路安全设施分项）专业承包二级及以上资质，并在人员、设备、资金等方面具有相应的施工能力。",
        "3.2 本次招标不接受联合体投标。",
        "4. 招标文件的获取",
        f"凡有意参加投标者，请于{t.year}年{t.month}月{t.day + 1}日至{t.year}年{t.month}月{t.day + 7}日，登录石溪县公共资源交易中心网站下载电子招标文件。",
        f"5. 联系方式",
        f"招标人：石溪县交通运输局　联系人：{name()}　电话：0736-{R.randint(6000000, 6999999)}",
        f"招标代理机构：湖南中衡工程咨询有限公司　联系人：{name()}　电话：0731-{R.randint(8000000, 8999999)}",
    ]
    rows = items[6:9]
    body = []
    for x in items:
        if x in rows:
            continue
        if x == "2.3 标段划分：":
            body.append(f"<p>{esc(x)}</p>")
            body.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in (r.split(" ", 1)[0], *r.split(" ", 1)[1].rsplit(" ", 2))) + "</tr>" for r in rows) + "</table>")
        elif re.match(r"^\d\. ", x):
            body.append(f"<h4>{esc(x)}</h4>")
        else:
            body.append(f"<p>{esc(x)}</p>")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/js/lib/ewb-ui/css/ewb.css"><script src="/js/lib/jquery.min.js"></script><script src="/js/pages/infodetail.js"></script></head>
<body>
<div class="ewb-header"><div class="ewb-container"><a class="ewb-logo" href="/"><img src="/images/logo.png" alt="石溪县公共资源交易中心"></a>
<ul class="ewb-nav">{"".join(f'<li class="ewb-nav-item"><a href="/{c}/">{n}</a></li>' for c, n in [("", "首页"), ("jyxx", "交易信息"), ("zcfg", "政策法规"), ("bszn", "办事指南"), ("xxgk", "信息公开"), ("cxgl", "诚信管理"), ("ztzl", "专题专栏"), ("lxwm", "联系我们")])}</ul></div></div>
<div class="ewb-container">
<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/jyxx/">交易信息</a> &gt; <a href="/jyxx/jsgc/">工程建设</a> &gt; 招标公告</div>
<div class="ewb-info-side"><h4>工程建设</h4><ul><li class="active">招标公告</li><li>变更公告</li><li>中标候选人公示</li><li>中标结果公告</li><li>合同公示</li></ul></div>
<div class="ewb-article">
<h2 class="ewb-article-tt" id="title">{esc(title)}</h2>
<div class="ewb-article-sources"><span>【信息时间：<span id="infodate">{ymd(t)}</span>】</span><span>【阅读次数：<span id="viewGuid">{R.randint(100, 900)}</span>】</span><span>【<a href="javascript:window.print();">我要打印</a>】</span><span>【<a href="javascript:window.close();">关闭</a>】</span></div>
<div class="ewb-article-info"><p>项目编号：{code}</p></div>
<div class="ewb-article-info" id="mainContent">
{chr(10).join(body)}
</div>
<div class="ewb-article-file"><h4>附件</h4><ul><li><a href="/EpointWebBuilder/pages/webbuildermis/attach/downloadztbattach.jspx?attachGuid={R.randint(10**8, 10**9)}">招标文件（{code}）.SXZF</a></li></ul></div>
</div></div>
<div class="ewb-footer"><p>主办单位：石溪县公共资源交易中心　地址：石溪县政务服务中心三楼</p><p>{icp()}　{gongan()}　技术支持：国泰新点软件股份有限公司</p></div>
</body></html>
"""
    add("epoint-tender-notice", f"http://ggzy.shixi.gov.cn/jyxx/jsgc/zbgg/{t.strftime('%Y%m%d')}/{R.randint(10**7, 10**8)}.html", page, "utf-8", title, t, items,
        ["当前位置", "中标候选人公示", "我要打印", "技术支持：国泰新点"])


def zh_news_huge_comments():
    """A city news site: a three-paragraph story above 40 threaded comments (跟帖), several times its length."""
    t = when(2024, 2, 13)
    title = "青川城区新增3处口袋公园 春节前向市民开放"
    items = [
        f"记者从市城市管理局获悉，位于滨江路、解放街和火车站片区的3处口袋公园日前完工，春节前将向市民开放，新增绿地面积约{R.randint(6000, 9000)}平方米。",
        "这3处口袋公园均利用城市闲置地块和边角地建设，设置了健身步道、儿童游乐设施和休憩座椅，并种植了香樟、桂花、紫薇等乡土树种。",
        f"据介绍，2023年以来我市已累计建成口袋公园{R.randint(20, 40)}处，今年还将结合老旧小区改造再建设一批，让市民“推窗见绿、出门进园”。",
    ]
    phrases = ["这个必须点赞，家门口终于有地方遛娃了", "希望后期管护跟上，别建好了没人管", "滨江路那个去看了，设计得挺用心的，就是停车不太方便",
               "老城区还有好多边角地，建议多建几个", "晚上灯光能不能再亮一点，老人散步不安全", "为城管部门点赞，实实在在为老百姓办事",
               "建议增加一些遮阳的地方，夏天太晒了", "火车站片区那块以前是垃圾堆，现在变化太大了", "能不能设置一些宠物活动区，和小孩分开",
               "公共厕所也要配套啊，不然周末人多很不方便"]
    coms = []
    for i in range(40):
        who = R.choice(["青川网友", "手机用户", "江城市民", "老街坊", "路过的", "青川人在外地"]) + str(R.randint(1000, 9999))
        txt = "，".join(R.sample(phrases, 3)) + "。"
        reply = f'<div class="reply-box"><span class="rname">{R.choice(["青川网友", "手机用户"])}{R.randint(1000, 9999)}</span> 回复：{R.choice(phrases)}。</div>' if i % 4 == 0 else ""
        coms.append(f'<li class="comment-item"><div class="c-user"><img src="/avatar/{i}.png"><span class="c-name">{who}</span><span class="c-loc">[四川省青川市网友]</span></div><div class="c-text">{txt}</div>{reply}<div class="c-bar"><span class="c-time">{ymdhm(shift(t, 0, i + 1))}</span><a class="c-like">顶({R.randint(0, 200)})</a><a class="c-reply">回复</a></div></li>')
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}_青川新闻网</title>
<meta name="description" content="{attr(items[0][:60])}"><meta property="og:title" content="{attr(title)}">
<meta name="publishdate" content="{ymd(t)}">{baidu_tongji()}</head>
<body>
<div class="topbar"><a href="/">青川新闻网</a> <a href="#">青川日报</a> <a href="#">青川晚报</a> <a href="#">客户端</a></div>
<div class="nav">{"".join(f'<a href="/{c}/">{c}</a>' for c in ["本地", "时政", "社会", "民生", "教育", "文旅", "财经", "体育", "视频", "图片", "专题", "评论"])}</div>
<div class="wrap"><div class="main-l">
<div class="article">
<h1>{esc(title)}</h1>
<div class="info"><span class="time">{ymdhms(t)}</span> <span class="source">来源：青川日报</span> <span class="author">记者 {name()}</span></div>
<div class="text" id="text">
{P(items)}
</div>
<div class="editor">编辑：{name()}　审核：{name()}</div>
</div>
<div class="comment"><div class="c-head"><h3>网友评论</h3><span>已有{len(coms)}条评论，{R.randint(1000, 5000)}人参与</span></div>
<div class="c-form"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>
<ul class="comment-list">
{chr(10).join(coms)}
</ul><div class="c-more"><a href="#">查看更多评论</a></div></div>
</div>
<div class="main-r">{zh_side("本地热点", t, 8, -1)}</div></div>
<div class="footer"><p>青川新闻网版权所有，未经书面授权禁止使用</p><p>{icp("川")}　互联网新闻信息服务许可证：{R.randint(51120170000, 51120179999)}</p></div>
</body></html>
"""
    add("zh-news-huge-comments", f"https://www.qcnews.example/bendi/{t.strftime('%Y%m%d')}/{R.randint(10**6, 10**7)}.html", page, "utf-8", title, t, items,
        ["网友评论", "文明上网", phrases[0], "编辑："])


def tw_mayor_mailbox_big5():
    """A Taiwan city's 市長信箱 reply page, Big5 (cp950) bytes labelled big5; ROC dates."""
    q = when(2024, 1, 30)
    a = when(2024, 2, 6)
    title = "建議於中正路與民生路口增設行人專用時相"
    qtext = [
        "市長您好，中正路與民生路口上下學時段行人很多，但轉彎車輛常常與行人搶道，已經發生好幾次險情。",
        "建議市府於該路口增設行人專用時相，並加派交通志工協助，以保障學童安全。",
    ]
    atext = [
        "您好：",
        "有關您建議於中正路與民生路口增設行人專用時相一案，本局已於2月2日會同警察局派員現場會勘。",
        "經查該路口上下學時段行人流量確實較大，本局已調整號誌時制，自2月19日起於上午7時至8時及下午4時至5時增設行人專用時相，並請學校加強導護。",
        "感謝您對本市交通安全的關心，如有其他問題，歡迎與本局交通工程科聯繫。",
    ]
    items = qtext + atext

    def roc(t):
        return f"{t.year - 1911}/{t.month:02d}/{t.day:02d}"

    page = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>市長信箱-信件內容-嘉南市政府</title>
<link rel="stylesheet" href="/css/mailbox.css"></head>
<body>
<a href="#C" title="跳到主要內容區塊" class="sr-only">跳到主要內容區塊</a>
<div class="header"><a href="/" accesskey="U" title="上方功能區塊">:::</a> <a href="/">嘉南市政府</a> | <a href="/sitemap">網站導覽</a> | <a href="/en">English</a> | <a href="/rss">RSS</a></div>
<ul class="menu">{"".join(f"<li><a href='/{i}'>{m}</a></li>" for i, m in enumerate(["市府介紹", "最新消息", "市政資訊", "便民服務", "市長信箱", "政府資訊公開", "為民服務", "雙語專區"]))}</ul>
<div class="path"><a href="#C" accesskey="C" title="中央內容區塊">:::</a> 首頁 &gt; 市長信箱 &gt; 信件內容</div>
<div class="mail-view"><table class="mail-table" summary="信件內容">
<tr><th scope="row">案件編號</th><td>{roc(q).replace('/', '')}{R.randint(1000, 9999)}</td></tr>
<tr><th scope="row">主旨</th><td class="subject">{esc(title)}</td></tr>
<tr><th scope="row">來信日期</th><td>{roc(q)}</td></tr>
<tr><th scope="row">來信內容</th><td>{"<br />".join(esc(x) for x in qtext)}</td></tr>
<tr><th scope="row">回覆機關</th><td>交通局</td></tr>
<tr><th scope="row">回覆日期</th><td>{roc(a)}</td></tr>
<tr><th scope="row">回覆內容</th><td>{"<br /><br />".join(esc(x) for x in atext)}</td></tr>
</table>
<p class="back"><a href="javascript:history.back()">回上一頁</a> <a href="/mayor/write">我要寫信</a></p></div>
<div class="footer"><a href="#Z" accesskey="Z" title="下方功能區塊">:::</a> 嘉南市政府 地址：嘉南市中山路{R.randint(1, 300)}號 總機：(06){R.randint(2000000, 2999999)}<br>服務時間：週一至週五 8:00-12:00 13:30-17:30　隱私權保護政策 | 政府網站資料開放宣告 | 資訊安全政策<br>Copyright &copy; 嘉南市政府 版權所有</div>
</body></html>
"""
    add("tw-mayor-mailbox-big5", f"https://www.jianan.gov.tw/mayor/view.aspx?sn={R.randint(10**5, 10**6)}", page, "cp950", title, a, items,
        ["跳到主要內容區塊", "我要寫信", "版權所有", "回覆機關"], headers={"Content-Type": "text/html; charset=big5"})


def ptt_post():
    """A PTT article on the web viewer: metaline author/board/title/time, the text as bare text, 推文 pushes below."""
    t = when(2024, 2, 13)
    title = "[問卦] 有沒有過年返鄉高鐵一票難求的八卦？"
    items = [
        "如題",
        "今年過年想說提早兩週訂高鐵票",
        "結果開放訂票的那天早上一上線就全部沒了",
        "只剩自由座跟站票",
        "台鐵也是一樣秒殺",
        "想問大家都是怎麼買到票的？",
        "還是只能認命開車回去塞在國道上？",
        "有沒有相關的八卦？",
    ]
    pushes = "".join(f'<div class="push"><span class="{c}push-tag">{tag} </span><span class="f3 hl push-userid">{u}</span><span class="f3 push-content">: {txt}</span><span class="push-ipdatetime"> 02/{t.day:02d} {R.randint(10, 23)}:{R.randint(10, 59)}\n</span></div>'
                     for c, tag, u, txt in [("hl ", "推", "kuroro520", "用搶的啊 半夜守著"), ("f1 hl ", "噓", "taipeicat", "每年都在問"), ("hl ", "推", "wayne0818", "早點請假錯開尖峰"),
                                           ("f1 hl ", "→", "sunnyday77", "客運比較好買"), ("hl ", "推", "nobodyhere", "T-EX 開賣那一秒就沒了"), ("f1 hl ", "→", "mikeliu", "開車回去順便看風景"),
                                           ("hl ", "推", "gg5566", "直接放棄回家 在台北過年"), ("f1 hl ", "噓", "paperplane", "廢文")])
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - 看板 Gossiping - 批踢踢實業坊</title>
<meta name="robots" content="all"><meta property="og:type" content="article"><meta property="og:title" content="{attr(title)}"><meta property="og:description" content="如題">
<link rel="stylesheet" type="text/css" href="//images.ptt.cc/bbs/v2.27/bbs-common.css"><link rel="stylesheet" type="text/css" href="//images.ptt.cc/bbs/v2.27/bbs-base.css"></head>
<body>
<div id="topbar-container"><div id="topbar" class="bbs-content"><a id="logo" href="/bbs/">批踢踢實業坊</a><span>›</span><a class="board" href="/bbs/Gossiping/index.html"><span class="board-label">看板 </span>Gossiping</a><a class="right small" href="/about.html">關於我們</a><a class="right small" href="/contact.html">聯絡資訊</a></div></div>
<div id="navigation-container"><div id="navigation" class="bbs-content"><a class="board" href="/bbs/Gossiping/index.html">返回看板</a><div class="bar"></div><div class="share"><span>分享</span><div class="fb-like"></div></div></div></div>
<div id="main-container"><div id="main-content" class="bbs-screen bbs-content"><div class="article-metaline"><span class="article-meta-tag">作者</span><span class="article-meta-value">lazyowl (懶惰貓頭鷹)</span></div><div class="article-metaline-right"><span class="article-meta-tag">看板</span><span class="article-meta-value">Gossiping</span></div><div class="article-metaline"><span class="article-meta-tag">標題</span><span class="article-meta-value">{esc(title)}</span></div><div class="article-metaline"><span class="article-meta-tag">時間</span><span class="article-meta-value">{t.strftime('%a %b %d %H:%M:%S %Y').replace(' 0', '  ')}</span></div>
{chr(10).join(esc(x) for x in items)}

--
<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.{R.randint(200, 239)}.{R.randint(1, 254)}.{R.randint(1, 254)} (臺灣)
</span><span class="f2">※ 文章網址: <a href="https://www.ptt.cc/bbs/Gossiping/M.{epoch(t)}.A.3F2.html" target="_blank" rel="noopener noreferrer nofollow">https://www.ptt.cc/bbs/Gossiping/M.{epoch(t)}.A.3F2.html</a>
</span>{pushes}</div>
<div id="article-polling" data-pollurl="/poll/Gossiping/M.{epoch(t)}.A.3F2.html?cacheKey=2080-1234&amp;offset=1234&amp;offset-sig=abc" data-longpollurl="/v1/longpoll?id=abc" data-offset="1234"></div>
</div>
<div class="bbs-screen bbs-footer-message">本網站已依台灣網站內容分級規定處理。此區域為限制級，未成年人不得瀏覽。</div>
</body></html>
"""
    add("ptt-gossiping-post", f"https://www.ptt.cc/bbs/Gossiping/M.{epoch(t)}.A.3F2.html", page, "utf-8", title, t, items,
        ["發信站", "用搶的啊", "返回看板", "此區域為限制級"])


def epoch(t, tz=8):
    return int(t.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz))).timestamp())


# ====================================================================== Japanese, Korean, Vietnamese, Russian, Arabic
def ja_ministry_sjis():
    """A Japanese ministry press release (報道発表資料), Shift_JIS, dated in the 令和 era; contact block and PDFs."""
    t = when(2024, 2, 13)
    title = "令和6年能登半島地震に係る被災中小企業への支援策を拡充します"
    items = [
        "経済産業省は、令和6年能登半島地震により被害を受けた中小企業・小規模事業者の事業再建を支援するため、支援策を拡充します。",
        "1．概要",
        "被災地域の中小企業等が行う施設・設備の復旧等を支援する「なりわい再建支援事業」について、補助上限額を引き上げるとともに、対象地域を拡大します。",
        f"また、日本政策金融公庫等による災害復旧貸付について、当初3年間の金利を実質無利子とする措置を講じます。",
        "2．申請受付",
        f"申請の受付は、令和6年3月{R.randint(1, 15)}日から開始する予定です。詳細は、中小企業庁ホームページをご覧ください。",
    ]
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>{esc(title)}（METI/経済産業省）</title>
<meta name="description" content="{attr(title)}">
<link rel="stylesheet" href="/css/common.css" type="text/css">
</head>
<body>
<div id="header"><p class="skip"><a href="#main">本文へスキップ</a></p><h1 id="logo"><a href="/"><img src="/images/logo.gif" alt="経済産業省 METI Ministry of Economy, Trade and Industry"></a></h1>
<ul id="headnavi"><li><a href="/sitemap/">サイトマップ</a></li><li><a href="/english/">English</a></li><li><a href="/ssl/">文字サイズ変更</a></li><li><a href="/faq/">よくあるご質問</a></li></ul>
<ul id="gnavi"><li><a href="/">ホーム</a></li><li><a href="/press/">ニュースリリース</a></li><li><a href="/policy/">政策について</a></li><li><a href="/statistics/">統計</a></li><li><a href="/information_2/">申請・お問合せ</a></li><li><a href="/about/">経済産業省について</a></li></ul></div>
<div id="pankuzu"><a href="/">ホーム</a> &gt; <a href="/press/">ニュースリリース</a> &gt; <a href="/press/2023/02/">ニュースリリースアーカイブ</a> &gt; {t.year - 2018}年{t.month}月一覧 &gt; {esc(title)}</div>
<div id="main">
<p class="date">令和6年2月{t.day}日</p>
<h1 class="title">{esc(title)}</h1>
<div class="main_txt">
<p>{esc(items[0])}</p>
<h2>{esc(items[1])}</h2>
<p>{esc(items[2])}</p>
<p>{esc(items[3])}</p>
<h2>{esc(items[4])}</h2>
<p>{esc(items[5])}</p>
<h2>関連資料</h2>
<ul class="pdf"><li><a href="./20240213001-1.pdf">なりわい再建支援事業の拡充について（PDF形式：512KB）</a><img src="/images/pdf.gif" alt="PDFファイル"></li></ul>
<h2>担当</h2>
<p>中小企業庁 事業環境部 経営安定対策室長 {R.choice(["佐藤", "鈴木", "高橋"])}<br>担当者：{R.choice(["田中", "伊藤", "渡辺"])}、{R.choice(["山本", "中村", "小林"])}<br>電話：03-3501-1511（内線 {R.randint(5000, 5999)}）<br>03-3501-{R.randint(1000, 9999)}（直通）</p>
</div></div>
<div id="footer"><ul><li><a href="/main/rules.html">利用規約・リンク・著作権等</a></li><li><a href="/main/privacy.html">プライバシーポリシー</a></li><li><a href="/main/access.html">アクセシビリティ</a></li></ul>
<address>経済産業省 〒100-8901 東京都千代田区霞が関1-3-1 代表電話 03-3501-1511</address><p class="copy">Copyright Ministry of Economy, Trade and Industry. All Rights Reserved.</p></div>
</body></html>
"""
    add("ja-ministry-press-sjis-reiwa", f"https://www.meti.go.jp/press/2023/02/{t.strftime('%Y%m%d')}001/{t.strftime('%Y%m%d')}001.html", page, "shift_jis",
        title, t, items, ["本文へスキップ", "関連資料", "担当者", "Copyright Ministry"], lang="ja")


def ja_city_eucjp():
    """A Japanese city page (お知らせ) in EUC-JP behind an ISO-8859-1 header; 更新日 and ページ番号, a 問い合わせ block."""
    t = when(2024, 2, 13)
    title = "プレミアム付き商品券の販売について"
    items = [
        "市内の消費喚起と生活支援を目的として、プレミアム付き商品券を販売します。",
        "販売内容",
        "1冊13,000円分の商品券を10,000円で販売します（プレミアム率30％）。",
        "1世帯あたり3冊まで購入できます。",
        "購入方法",
        "2月29日（木曜日）までに、はがきまたは専用フォームから申し込んでください。応募多数の場合は抽選となります。",
        "当選者には3月中旬に引換券を郵送します。引換券と代金を持参のうえ、指定の販売所で購入してください。",
    ]
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>{esc(title)} - 北山市ホームページ</title>
<link rel="stylesheet" href="/css/style.css">
{ga("G-" + str(R.randint(10**9, 10**10)))}
</head>
<body>
<div id="tmp_header"><div class="skip"><a href="#tmp_contents">本文へ</a></div><div id="tmp_hlogo"><a href="/"><span>北山市</span></a></div>
<div id="tmp_means"><a href="/moji.html">文字の大きさ</a> <a href="/haikei.html">背景色の変更</a> <a href="/foreign/">Foreign language</a> <a href="/sitemap.html">サイトマップ</a></div>
<ul id="tmp_gnavi">{"".join(f"<li><a href='/{i}/'>{m}</a></li>" for i, m in enumerate(["くらし・手続き", "子育て・教育", "健康・福祉", "観光・文化", "事業者向け", "市政情報"]))}</ul></div>
<div id="tmp_pankuzu"><a href="/">ホーム</a> &gt; <a href="/shigoto/">産業・仕事</a> &gt; <a href="/shigoto/shogyo/">商業</a> &gt; {esc(title)}</div>
<div id="tmp_wrapper"><div id="tmp_contents">
<h1>{esc(title)}</h1>
<div class="update"><p>ページ番号1023{R.randint(100, 999)}　更新日：2024年2月{t.day}日</p></div>
<p>{esc(items[0])}</p>
<h2>{esc(items[1])}</h2>
<ul><li>{esc(items[2])}</li><li>{esc(items[3])}</li></ul>
<h2>{esc(items[4])}</h2>
<p>{esc(items[5])}</p>
<p>{esc(items[6])}</p>
<div id="tmp_inquiry"><div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div><div id="tmp_inquiry_cnt"><p>産業振興部 商工観光課 商業振興係<br>〒{R.randint(100, 999)}-{R.randint(1000, 9999)} 北山市本町1丁目1番1号<br>電話番号：0{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}</p><p><a href="/form/inquiry.html">お問い合わせフォーム</a></p></div></div>
<div id="tmp_feedback"><p>このページの情報は役に立ちましたか？</p><label><input type="radio" name="q1">役に立った</label><label><input type="radio" name="q1">役に立たなかった</label><button>送信</button></div>
</div>
<div id="tmp_side"><h2>このカテゴリーの情報</h2><ul><li><a href="#">商店街活性化補助金</a></li><li><a href="#">空き店舗対策事業</a></li><li><a href="#">創業支援について</a></li><li><a href="#">中小企業融資制度</a></li></ul></div></div>
<div id="tmp_footer"><p>北山市役所　〒{R.randint(100, 999)}-{R.randint(1000, 9999)} 北山市本町1丁目1番1号　電話番号：0{R.randint(100, 999)}-{R.randint(10, 99)}-1111（代表）</p><p>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで</p><p id="tmp_copyright">Copyright &copy; Kitayama City. All Rights Reserved.</p></div>
</body></html>
"""
    add("ja-city-eucjp-latin1-header", f"https://www.city.kitayama.example.jp/shigoto/shogyo/10{R.randint(10000, 99999)}.html", page, "euc_jp", title, t, items,
        ["このページに関するお問い合わせ", "このページの情報は役に立ちましたか", "このカテゴリーの情報", "開庁時間"],
        headers={"Content-Type": "text/html; charset=ISO-8859-1"}, lang="ja")


def ja_news_utf8():
    """A Japanese broadcaster's web news (NHK-like): 2024年2月13日 10時22分, a lead and body, related links."""
    t = when(2024, 2, 13)
    title = "全国の公立小中学校 不登校の児童生徒 過去最多に"
    items = [
        f"昨年度、全国の小中学校で不登校となった児童生徒は{R.randint(29, 30)}万人あまりと、前の年度より2割以上増えて過去最多となったことが文部科学省の調査で分かりました。",
        "文部科学省は、学校以外の学びの場を確保するなど、支援の強化を急ぐことにしています。",
        "文部科学省によりますと、年間30日以上欠席した不登校の小中学生は、小学生が10万人あまり、中学生が19万人あまりでした。",
        "不登校の理由としては「学校生活に対してやる気が出ない」が最も多く、次いで「不安・抑うつ」「生活リズムの不調」などとなっています。",
        "専門家は「コロナ禍で生活が大きく変化した影響が続いているとみられる。一人ひとりに合った支援が必要だ」と話しています。",
    ]
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{esc(title)} | ニュース | 東日本放送</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="{attr(title)}"><meta property="og:type" content="article">
<meta property="article:published_time" content="{iso(t, '+09:00')}">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso(t, '+09:00'), "dateModified": iso(shift(t, 0, 3), '+09:00')})}
</head>
<body>
<header class="g-header"><a class="logo" href="/">東日本放送 NEWS WEB</a><nav><ul>{"".join(f"<li><a href='/news/cat{i:02d}/'>{c}</a></li>" for i, c in enumerate(["社会", "気象・災害", "科学・文化", "政治", "ビジネス", "国際", "スポーツ", "暮らし", "地域"]))}</ul></nav></header>
<main><article class="module--detail">
<header class="content--header"><h1 class="content--title"><span>{esc(title)}</span></h1>
<p class="content--date"><time datetime="{iso(t, '+09:00')}">2024年2月{t.day}日 {t.hour}時{t.minute:02d}分</time></p>
<ul class="content--items"><li><a href="/news/cat00/">社会</a></li><li><a href="/news/word/0001.html">教育</a></li></ul></header>
<section class="content--detail-body">
<div class="content--summary">{esc(items[0])}<br>{esc(items[1])}</div>
<div class="body-text">
<p>{esc(items[2])}</p>
<p>{esc(items[3])}</p>
<p>{esc(items[4])}</p>
</div></section>
<section class="module--share"><span>シェアする</span><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">リンクをコピー</a></section>
</article>
<aside><section class="module--list"><h2>関連ニュース</h2><ul>{"".join(f"<li><a href='#'><em>{h}</em><time>{d}</time></a></li>" for h, d in [("フリースクール利用料を補助 自治体で広がる", "1月30日 18時40分"), ("いじめの重大事態 過去最多 文科省調査", "10月4日 17時12分"), ("教員不足 全国で2500人あまり", "9月12日 6時02分")])}</ul></section>
<section class="module--ranking"><h2>アクセスランキング</h2><ol><li>東北 大雪のおそれ 交通に影響も</li><li>日経平均株価 バブル後の最高値を更新</li><li>プロ野球 キャンプ 各地で本格化</li></ol></section></aside></main>
<footer class="g-footer"><ul><li><a href="#">ご意見・お問い合わせ</a></li><li><a href="#">著作権</a></li><li><a href="#">個人情報保護</a></li></ul><p>Copyright 東日本放送 (HBC) All rights reserved. 許可なく転載することを禁じます。</p></footer>
</body></html>
"""
    add("ja-news-summary-body", f"https://news.hbc.example.jp/news/html/{t.strftime('%Y%m%d')}/k100{R.randint(10**7, 10**8)}.html", page, "utf-8", title, t, items,
        ["関連ニュース", "アクセスランキング", "シェアする", "許可なく転載"], lang="ja")


def ko_gov_euckr():
    """A Korean ministry 보도자료 in EUC-KR (cp949): 2024.02.13 date, 담당부서 table, .hwp and .pdf attachments."""
    t = when(2024, 2, 13)
    title = "설 연휴 고속도로 통행료 면제… 교통량 분산 위한 특별교통대책 시행"
    items = [
        "국토교통부는 설 연휴 기간인 2월 9일부터 12일까지 나흘간을 특별교통대책기간으로 정하고, 귀성·귀경객의 안전하고 편리한 이동을 위해 특별교통대책을 시행한다고 밝혔다.",
        f"이번 설 연휴 기간 전체 이동 인원은 총 {R.randint(2500, 2900)}만 명으로, 하루 평균 {R.randint(700, 800)}만 명이 이동할 것으로 예상된다.",
        "정부는 연휴 기간 동안 고속도로 통행료를 면제하고, 버스와 철도 등 대중교통 운행을 평소보다 늘리기로 했다.",
        "또한 교통사고 예방을 위해 드론과 암행순찰차를 활용한 단속을 강화하고, 졸음쉼터와 휴게소의 편의시설을 확충한다.",
        "국토교통부 관계자는 \"출발 전 교통 상황을 확인하고 혼잡 시간대를 피해 이동해 줄 것\"을 당부했다.",
    ]
    attach = ["240213(조간) 설 연휴 특별교통대책.hwp", "240213(조간) 설 연휴 특별교통대책.pdf"]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ko" xml:lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr" />
<title>보도자료 | 국토교통부</title>
<link rel="stylesheet" type="text/css" href="/css/sub.css" />
</head>
<body>
<div id="skipNav"><a href="#content">본문 바로가기</a> <a href="#gnb">주메뉴 바로가기</a></div>
<div id="header"><h1><a href="/">국토교통부</a></h1>
<ul id="util"><li><a href="#">로그인</a></li><li><a href="#">회원가입</a></li><li><a href="#">사이트맵</a></li><li><a href="#">ENGLISH</a></li></ul>
<ul id="gnb">{"".join(f"<li><a href='/{i}'>{m}</a></li>" for i, m in enumerate(["뉴스·소식", "정책자료", "정보공개", "국민참여", "민원", "국토교통부 소개"]))}</ul></div>
<div id="container"><div id="lnb"><h2>뉴스·소식</h2><ul><li><a href="#">공지사항</a></li><li class="on"><a href="#">보도자료</a></li><li><a href="#">해명자료</a></li><li><a href="#">카드뉴스</a></li><li><a href="#">장관동정</a></li></ul></div>
<div id="content"><div class="location">HOME &gt; 뉴스·소식 &gt; 보도자료</div>
<div class="bd_view">
<table class="bd_view_tbl" summary="보도자료 상세">
<tr><th colspan="4" class="subject">{esc(title)}</th></tr>
<tr><th>담당부서</th><td>도로정책과</td><th>등록일</th><td>{t.strftime('%Y.%m.%d')}</td></tr>
<tr><th>담당자</th><td>{R.choice(["김", "이", "박"])}{R.choice(["민수", "지현", "성호"])} 사무관</td><th>연락처</th><td>044-201-{R.randint(3000, 4999)}</td></tr>
<tr><th>첨부파일</th><td colspan="3">{"<br />".join(f'<a href="/common/file/download.do?fileId={R.randint(10**5, 10**6)}">{esc(a)}</a>' for a in attach)}</td></tr>
</table>
<div class="bd_view_cont">
{P(items)}
</div>
<div class="bd_view_nav"><dl><dt>이전글</dt><dd><a href="#">2024년 업무계획 발표</a></dd></dl><dl><dt>다음글</dt><dd><a href="#">주택공급 활성화 방안 후속조치 추진</a></dd></dl></div>
<div class="btn_area"><a href="#" class="btn_list">목록</a></div>
</div>
<div class="satisfaction"><p>이 페이지에서 제공하는 정보에 대하여 만족하십니까?</p><label><input type="radio" name="s" />매우만족</label><label><input type="radio" name="s" />만족</label><label><input type="radio" name="s" />보통</label><label><input type="radio" name="s" />불만족</label></div>
</div></div>
<div id="footer"><p>(30103) 세종특별자치시 도움6로 11 국토교통부 민원실 1599-0001</p><p>Copyright(c) Ministry of Land, Infrastructure and Transport. All rights reserved.</p></div>
</body></html>
"""
    add("ko-ministry-press-euckr", f"https://www.molit.example.kr/USR/NEWS/m_71/dtl.jsp?id={R.randint(10**8, 10**9)}", page, "cp949", title, t, items,
        ["본문 바로가기", "담당부서", "이전글", "만족하십니까"], lang="ko", attachments=attach)


def ko_news_utf8():
    """A Korean news article: 입력 2024.02.13. 오전 10:22, byline and e-mail, a photo caption, comments and ranking."""
    t = when(2024, 2, 13, 10, 22)
    title = "서울 아파트 전셋값 9개월 연속 상승…매물 부족 여전"
    items = [
        f"서울 아파트 전셋값이 9개월 연속 오르며 상승세를 이어가고 있다. 매매 수요가 전세로 옮겨가면서 전세 매물이 부족해진 영향으로 풀이된다.",
        f"13일 한국부동산원에 따르면 2월 둘째 주 서울 아파트 전셋값은 전주보다 0.{R.randint(1, 9)}% 올랐다.",
        "특히 학군 수요가 몰리는 양천구와 노원구 등에서 상승 폭이 컸다. 반면 입주 물량이 많은 일부 지역은 보합세를 보였다.",
        "전문가들은 신규 입주 물량이 줄어드는 올해 하반기까지 전셋값 상승세가 이어질 가능성이 크다고 내다봤다.",
    ]
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{esc(title)} | 한빛일보</title>
<meta property="og:title" content="{attr(title)}"><meta property="article:published_time" content="{iso(t, '+09:00')}">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header id="header"><div class="logo"><a href="/">한빛일보</a></div><nav class="gnb"><ul>{"".join(f"<li><a href='/{i}'>{m}</a></li>" for i, m in enumerate(["정치", "경제", "사회", "국제", "문화", "연예", "스포츠", "오피니언", "포토", "영상"]))}</ul></nav></header>
<div class="article_wrap"><div class="article_head">
<h2 class="media_end_head_headline">{esc(title)}</h2>
<div class="media_end_head_info"><span class="journalist">{R.choice(["김", "이", "박"])}{R.choice(["다은", "준호", "서연"])} 기자</span>
<div class="datestamp"><span class="media_end_head_info_datestamp_time" data-date-time="{ymdhms(t)}">입력 {t.strftime('%Y.%m.%d.')} 오전 {t.hour}:{t.minute:02d}</span> <span>수정 {t.strftime('%Y.%m.%d.')} 오후 3:{R.randint(10, 59)}</span></div></div>
<div class="media_end_head_tool"><a href="#">댓글 {R.randint(50, 300)}</a> <a href="#">요약봇</a> <a href="#">공유</a> <a href="#">글자크기</a></div></div>
<article id="dic_area" class="go_trans _article_content">
<span class="end_photo_org"><img src="/photo/{t.strftime('%Y%m%d')}.jpg" alt=""><em class="img_desc">서울 시내 한 부동산 중개업소에 전세 매물 안내문이 붙어 있다. /연합뉴스</em></span><br><br>
{"<br><br>".join(esc(x) for x in items)}<br><br>
{R.choice(["kim", "lee", "park"])}{R.randint(10, 99)}@hanbit.example.com
</article>
<p class="copyright">Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지.</p>
<div class="reaction"><a>좋아요 {R.randint(10, 90)}</a><a>훈훈해요 {R.randint(1, 9)}</a><a>슬퍼요 {R.randint(1, 9)}</a><a>화나요 {R.randint(1, 90)}</a></div>
<section class="comment"><h3>댓글</h3><ul>{"".join(f"<li><strong>{u}****</strong><p>{c}</p><span>{t.strftime('%Y.%m.%d.')} 오전 {R.randint(10, 11)}:{R.randint(10, 59)}</span></li>" for u, c in [("kims", "전세 구하기가 하늘의 별 따기네요"), ("sky7", "금리가 내려가야 해결될 듯"), ("jjh0", "입주 물량이 없으니 당연한 결과"), ("minn", "서민들만 힘들어지네요")])}</ul></section>
</div>
<aside class="ranking"><h3>많이 본 뉴스</h3><ol><li>반도체 수출 석 달 연속 증가</li><li>설 연휴 귀경길 정체 절정</li><li>프로야구 스프링캠프 본격 시작</li></ol></aside>
<footer><p>한빛일보 | 서울특별시 중구 세종대로 {R.randint(1, 200)} | 등록번호 서울 아{R.randint(10000, 99999)}</p><p>Copyright © Hanbit Ilbo. All rights reserved.</p></footer>
</body></html>
"""
    add("ko-news-br-paragraphs", f"https://www.hanbit.example.com/article/{R.randint(10**7, 10**8)}", page, "utf-8", title, t, items,
        ["전세 매물 안내문", "많이 본 뉴스", "무단 전재", "전세 구하기가"], lang="ko")


def vi_gov_portal():
    """A Vietnamese provincial portal (Liferay-like): 13/02/2024 10:22 date (day first), a sapo in bold, related news."""
    t = when(2024, 2, 13)
    title = "Tỉnh Lâm Giang đặt mục tiêu trồng mới 3.000 ha rừng trong năm 2024"
    items = [
        "Năm 2024, tỉnh Lâm Giang phấn đấu trồng mới 3.000 ha rừng tập trung và khoảng 1,5 triệu cây phân tán, nâng tỷ lệ che phủ rừng toàn tỉnh lên trên 55%.",
        f"Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2023 toàn tỉnh đã trồng được {R.randint(2500, 2900)} ha rừng, đạt 105% kế hoạch; công tác phòng cháy, chữa cháy rừng được triển khai quyết liệt, không để xảy ra cháy rừng lớn.",
        "Để hoàn thành mục tiêu năm nay, tỉnh sẽ ưu tiên trồng các loài cây bản địa, cây gỗ lớn có giá trị kinh tế cao, đồng thời hỗ trợ người dân tham gia trồng rừng gắn với phát triển sinh kế bền vững.",
        "Ủy ban nhân dân tỉnh yêu cầu các huyện, thị xã rà soát quỹ đất, chuẩn bị đủ cây giống chất lượng và hoàn thành trồng rừng trước mùa mưa.",
    ]
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - Cổng thông tin điện tử tỉnh Lâm Giang</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="{attr(title)}">
<link rel="stylesheet" href="/o/portal-theme/css/main.css"></head>
<body class="controls-visible">
<div class="top-bar"><span>Thứ Ba, ngày 13/02/2024</span> <a href="#">Đăng nhập</a> <a href="#">English</a> <a href="#">Sơ đồ cổng</a></div>
<header class="portal-header"><img src="/logo.png" alt="Cổng thông tin điện tử tỉnh Lâm Giang"><h1 class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM GIANG</h1></header>
<nav class="main-menu"><ul>{"".join(f"<li><a href='/web/{i}'>{m}</a></li>" for i, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Dịch vụ công", "Đầu tư", "Du lịch", "Hỏi đáp", "Liên hệ"]))}</ul></nav>
<div class="portlet-boundary portlet-news-detail"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức - Sự kiện</a> / <a href="/kinh-te">Kinh tế</a></div>
<div class="news-detail">
<h2 class="title">{esc(title)}</h2>
<div class="date-time"><i class="fa fa-calendar"></i> {t.strftime('%d/%m/%Y %H:%M')}</div>
<div class="sapo"><strong>{esc(items[0])}</strong></div>
<div class="content">
{P(items[1:])}
<p style="text-align: right;"><strong>Minh Tâm</strong></p>
</div>
<div class="tags">Từ khóa: <a href="#">trồng rừng</a>, <a href="#">lâm nghiệp</a></div>
<div class="share-bar"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài viết</a></div>
<div class="other-news"><h3>Các tin khác</h3><ul>{"".join(f"<li><a href='#'>{h}</a> <span>({d})</span></li>" for h, d in [("Lâm Giang tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ", "12/02/2024"), ("Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2024", "05/02/2024"), ("Tăng cường công tác phòng cháy, chữa cháy rừng mùa khô", "30/01/2024"), ("Kim ngạch xuất khẩu nông sản tăng 12%", "25/01/2024")])}</ul></div>
</div></div>
<footer class="portal-footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM GIANG</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lâm Giang</p><p>Giấy phép số {R.randint(10, 99)}/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp</p><p>Địa chỉ: Số {R.randint(1, 99)} đường Trần Hưng Đạo, thành phố Lâm Giang. Điện thoại: 0{R.randint(200, 299)}.3{R.randint(100000, 999999)}</p><p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Lâm Giang" khi phát hành lại thông tin từ website này.</p></footer>
</body></html>
"""
    add("vi-provincial-portal-sapo", f"https://lamgiang.gov.vn/tin-tuc/-/asset_publisher/tin-tuc/content/tinh-lam-giang-dat-muc-tieu-trong-moi-3-000-ha-rung", page, "utf-8",
        title, t, items, ["Các tin khác", "Cơ quan chủ quản", "Chia sẻ:", "Từ khóa"], lang="vi")


def ru_region_cp1251():
    """A Russian regional government news page in windows-1251 behind an HTTP header that says utf-8."""
    t = when(2024, 2, 13)
    title = "В Северодольской области отремонтируют 120 километров региональных дорог"
    items = [
        f"В 2024 году в Северодольской области планируется привести в нормативное состояние 120 километров автомобильных дорог регионального значения. На эти цели из областного и федерального бюджетов будет направлено более {R.randint(3, 6)} миллиардов рублей.",
        "Как сообщили в министерстве транспорта и дорожного хозяйства региона, в перечень объектов вошли участки дорог, ведущие к социально значимым объектам, школам и больницам.",
        "Особое внимание будет уделено ремонту мостов и путепроводов. В текущем году планируется отремонтировать шесть искусственных сооружений.",
        "Подрядные организации уже определены по результатам конкурсных процедур. Работы начнутся в апреле, как только позволят погодные условия.",
    ]
    page = f"""<!DOCTYPE html>
<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>{esc(title)} | Правительство Северодольской области</title>
<meta name="description" content="{attr(items[0][:100])}"><link rel="stylesheet" href="/bitrix/templates/gov/styles.css"></head>
<body>
<div class="gov-header"><a class="gov-logo" href="/"><img src="/images/gerb.png" alt="Герб">Правительство Северодольской области</a>
<div class="gov-header__links"><a href="/special/">Версия для слабовидящих</a> <a href="/en/">English</a> <a href="/search/">Поиск</a></div></div>
<nav class="gov-menu"><ul>{"".join(f"<li><a href='/{i}/'>{m}</a></li>" for i, m in enumerate(["Губернатор", "Правительство", "Органы власти", "Новости", "Документы", "Регион", "Госуслуги", "Обращения граждан", "Противодействие коррупции", "Открытые данные"]))}</ul></nav>
<div class="container"><div class="breadcrumbs"><a href="/">Главная</a> &rarr; <a href="/news/">Новости</a> &rarr; <span>Транспорт</span></div>
<div class="news-detail">
<div class="news-date">{t.day} февраля {t.year}, {t.strftime('%H:%M')}</div>
<h1>{esc(title)}</h1>
<div class="news-detail__text">
{P(items)}
</div>
<div class="news-detail__source">Источник: Министерство транспорта и дорожного хозяйства Северодольской области</div>
<div class="ya-share2" data-services="vkontakte,odnoklassniki,telegram,whatsapp"><span>Поделиться:</span></div>
</div>
<aside class="news-aside"><h3>Другие новости</h3><ul>{"".join(f"<li><span>{d} февраля 2024</span><a href='#'>{h}</a></li>" for d, h in [(12, "Губернатор провёл совещание по подготовке к паводку"), (12, "В регионе открылся новый центр «Мои документы»"), (9, "Более 400 семей получили сертификаты на жильё"), (8, "В области стартовал приём заявок на гранты для фермеров")])}</ul></aside></div>
<footer class="gov-footer"><p>&copy; 2008–2024 Правительство Северодольской области</p><p>Адрес: 16{R.randint(1000, 9999)}, г. Северодольск, пл. Советская, д. 1. Телефон: +7 (81{R.randint(10, 99)}) {R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}</p><p>При использовании материалов сайта ссылка на источник обязательна.</p></footer>
</body></html>
"""
    add("ru-region-cp1251-utf8-header", f"https://sevdol-region.example.ru/news/transport/{R.randint(10**5, 10**6)}/", page, "cp1251", title, t, items,
        ["Другие новости", "Версия для слабовидящих", "Поделиться", "ссылка на источник обязательна", "Источник: Министерство"],
        headers={"Content-Type": "text/html; charset=utf-8"}, lang="ru")


def ru_news_utf8():
    """A Russian news site: 13.02.2024, 10:22 date, a lead, 'Читайте также' inline block, tags, comments."""
    t = when(2024, 2, 13)
    title = "Синоптики пообещали аномальное потепление в центральной России"
    items = [
        "В ближайшие дни в центральных регионах России ожидается аномальное потепление: температура воздуха поднимется на 8–10 градусов выше климатической нормы.",
        f"Как рассказал ведущий специалист гидрометцентра {R.choice(['Андрей Волков', 'Ирина Соколова', 'Павел Орлов'])}, причиной резкой смены погоды станет приток тёплого воздуха с Атлантики.",
        "По его словам, в Москве и области днём ожидается до плюс трёх градусов, ночью около нуля. Осадки пройдут в виде мокрого снега и дождя.",
        "Синоптики предупреждают водителей о гололедице на дорогах и рекомендуют отказаться от поездок на летней резине.",
    ]
    page = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{esc(title)} — Новости дня</title>
<meta property="og:title" content="{attr(title)}"><meta property="article:published_time" content="{iso(t, '+03:00')}">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso(t, '+03:00')})}</head>
<body>
<div class="cookie-warning">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим. <button>Понятно</button></div>
<header><a class="logo" href="/">Новости дня</a><nav>{"".join(f"<a href='/{i}/'>{m}</a>" for i, m in enumerate(["Политика", "Экономика", "Общество", "Происшествия", "Спорт", "Культура", "Наука", "Авто"]))}</nav></header>
<main><article class="article">
<div class="article__meta"><time class="article__date" datetime="{iso(t, '+03:00')}">{t.strftime('%d.%m.%Y, %H:%M')}</time> <span class="article__views">{R.randint(1000, 9000)}</span></div>
<h1 class="article__title">{esc(title)}</h1>
<div class="article__lead"><p>{esc(items[0])}</p></div>
<figure><img src="/img/weather.jpg"><figcaption>Фото: Иван Петров / Новости дня</figcaption></figure>
<div class="article__text">
<p>{esc(items[1])}</p>
<div class="article__inject"><span>Читайте также:</span> <a href="#">Морозы до минус 30 градусов ударят по Сибири</a></div>
<p>{esc(items[2])}</p>
<p>{esc(items[3])}</p>
</div>
<div class="article__tags"><a href="#">погода</a> <a href="#">гидрометцентр</a> <a href="#">Москва</a></div>
<div class="article__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Телеграм</a> <a href="#">Одноклассники</a></div>
</article>
<section class="comments"><h3>Комментарии (3)</h3><div class="comment"><b>Сергей</b><p>Опять слякоть на весь месяц.</p></div><div class="comment"><b>Марина К.</b><p>Наконец-то можно погулять с детьми.</p></div><div class="comment"><b>гость</b><p>Синоптики как всегда ошибутся.</p></div></section>
<aside><h3>Главное</h3><ul><li>ЦБ сохранил ключевую ставку</li><li>В Подмосковье открыли новую станцию МЦД</li></ul></aside></main>
<footer><p>© 2024 «Новости дня». Сетевое издание. Свидетельство о регистрации СМИ Эл № ФС77-{R.randint(10000, 99999)}.</p><p>18+</p></footer>
</body></html>
"""
    add("ru-news-lead-inject", f"https://news-dnya.example.ru/society/{t.strftime('%Y/%m/%d')}/{R.randint(10**5, 10**6)}.html", page, "utf-8", title, t, items,
        ["Читайте также", "Мы используем файлы cookie", "Фото: Иван Петров", "Опять слякоть", "Свидетельство о регистрации"], lang="ru")


def ar_news_rtl():
    """An Arabic news page, dir="rtl", date ١٣ فبراير ٢٠٢٤ in Arabic-Indic digits on the page, ISO in the meta."""
    t = when(2024, 2, 13)
    title = "افتتاح أكبر محطة لتحلية مياه البحر بالطاقة الشمسية في المنطقة"
    items = [
        "افتتحت الحكومة اليوم الثلاثاء أكبر محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في المنطقة، بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يوميا.",
        "وقال وزير المياه والبيئة خلال حفل الافتتاح إن المحطة ستوفر مياه الشرب لأكثر من مليون نسمة في المحافظات الساحلية، وستسهم في خفض انبعاثات الكربون بنسبة كبيرة.",
        "وأضاف أن المشروع استغرق ثلاث سنوات من العمل، وشارك في تنفيذه عدد من الشركات المحلية والدولية.",
        "وتعد المحطة جزءا من خطة وطنية لتأمين الموارد المائية حتى عام ألفين وخمسين، تشمل إنشاء خمس محطات جديدة خلال السنوات المقبلة.",
    ]
    ad = "١٣ فبراير ٢٠٢٤"
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | الخبر اليوم</title>
<meta property="og:title" content="{attr(title)}"><meta property="article:published_time" content="{iso(t, '+03:00')}">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header class="site-header"><a href="/" class="logo">الخبر اليوم</a><nav><ul>{"".join(f"<li><a href='/{i}'>{m}</a></li>" for i, m in enumerate(["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "تكنولوجيا", "صحة", "مقالات", "فيديو"]))}</ul></nav></header>
<div class="breaking"><span>عاجل</span> <a href="#">ارتفاع أسعار النفط في التعاملات المبكرة</a></div>
<main class="container"><article class="article-page">
<div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/local">أخبار محلية</a></div>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-meta"><span class="author">القاهرة - كتب أحمد سالم</span> <time datetime="{iso(t, '+03:00')}">الثلاثاء {ad} - {t.hour}:{t.minute:02d} م</time></div>
<figure><img src="/images/plant.jpg"><figcaption>جانب من حفل افتتاح المحطة</figcaption></figure>
<div class="article-body">
{P(items)}
</div>
<div class="share">شارك الخبر: <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="related"><h3>اقرأ أيضا</h3><ul><li><a href="#">خطة جديدة لترشيد استهلاك المياه في المدن الكبرى</a></li><li><a href="#">توقيع اتفاقية لإنشاء محطة رياح في الجنوب</a></li><li><a href="#">ارتفاع نسبة الاعتماد على الطاقة المتجددة إلى عشرين بالمئة</a></li></ul></div>
</article>
<aside class="most-read"><h3>الأكثر قراءة</h3><ol><li>موعد صرف المعاشات لشهر مارس</li><li>حالة الطقس غدا: أمطار خفيفة على السواحل</li><li>نتائج مباريات الدوري اليوم</li></ol></aside></main>
<footer><p>جميع الحقوق محفوظة © الخبر اليوم 2024</p><p><a href="#">من نحن</a> | <a href="#">اتصل بنا</a> | <a href="#">سياسة الخصوصية</a></p></footer>
</body></html>
"""
    add("ar-news-rtl", f"https://alkhabar-alyoum.example.com/local/{R.randint(10**6, 10**7)}", page, "utf-8", title, t, items,
        ["اقرأ أيضا", "الأكثر قراءة", "جانب من حفل افتتاح المحطة", "جميع الحقوق محفوظة", "عاجل"], lang="ar")


def ar_gov_cp1256():
    """An Arabic ministry news page in windows-1256 (no charset in the header), the date only as ١٣/٠٢/٢٠٢٤ on the page."""
    t = when(2024, 2, 13)
    title = "وزارة الصحة تطلق حملة وطنية للتطعيم ضد شلل الأطفال"
    items = [
        "أطلقت وزارة الصحة صباح اليوم حملة وطنية للتطعيم ضد شلل الأطفال تستهدف أكثر من ثلاثة ملايين طفل دون سن الخامسة في جميع المحافظات.",
        "وأوضح وكيل الوزارة للرعاية الصحية الأولية أن الحملة تستمر خمسة أيام، وتنفذها فرق متنقلة تزور المنازل والمدارس ودور الحضانة.",
        "ودعت الوزارة أولياء الأمور إلى التعاون مع فرق التطعيم والتأكد من تطعيم أطفالهم حتى لو سبق تطعيمهم في حملات سابقة.",
    ]
    digits = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    ncr = lambda s: "".join(f"&#{ord(c)};" if "\u0660" <= c <= "\u0669" else c for c in s)   # cp1256 has no Arabic-Indic digits
    d = ncr(t.strftime("%d/%m/%Y").translate(digits))
    page = f"""<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>وزارة الصحة - الأخبار</title>
<link href="/css/ar.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="top"><img src="/images/logo_ar.gif" alt="وزارة الصحة"> <a href="/en/">English</a> | <a href="/ar/sitemap.aspx">خريطة الموقع</a> | <a href="/ar/contact.aspx">اتصل بنا</a></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" class="menu"><ul><li><a href="#">عن الوزارة</a></li><li><a href="#">الأخبار</a></li><li><a href="#">الخدمات الإلكترونية</a></li><li><a href="#">المستشفيات</a></li><li><a href="#">الإحصاءات</a></li><li><a href="#">التوعية الصحية</a></li><li><a href="#">الوظائف</a></li></ul></td>
<td valign="top" class="content">
<span class="path">الرئيسية &gt; المركز الإعلامي &gt; الأخبار</span>
<h2 class="newsTitle">{esc(title)}</h2>
<span class="newsDate">تاريخ النشر: {d}</span>
<div class="newsBody">
{P(items)}
</div>
<a href="javascript:window.print()">طباعة</a> | <a href="#">إرسال لصديق</a>
</td>
<td width="220" valign="top" class="side"><h4>أخبار ذات صلة</h4><ul><li><a href="#">الوزارة تتسلم شحنة جديدة من اللقاحات</a><br>{ncr("٠٥/٠٢/٢٠٢٤")}</li><li><a href="#">افتتاح مركز صحي جديد في الشمال</a><br>{ncr("٢٨/٠١/٢٠٢٤")}</li></ul></td>
</tr></table>
<div class="footer">جميع الحقوق محفوظة لوزارة الصحة 2024 - أفضل عرض للموقع بدقة 1024×768</div>
</body></html>
"""
    add("ar-ministry-cp1256-arabic-digits", f"http://www.moh.example.gov/ar/news/{R.randint(1000, 9999)}.aspx", page, "cp1256", title, t, items,
        ["أخبار ذات صلة", "طباعة", "جميع الحقوق محفوظة", "خريطة الموقع"], lang="ar")


# ====================================================================== reference, documentation, commerce, forums
def mediawiki_article():
    """A MediaWiki (Vector 2022) article: infobox, TOC, [edit] links, footnote marks, references, navbox, categories."""
    title = "Qingchuan Bridge"
    items = [
        "The Qingchuan Bridge is a cable-stayed bridge over the Fuling River in Qingchuan, Sichuan, China. Opened in 2016, it carries four lanes of traffic and two pedestrian walkways between the old town and the Binjiang development zone.",
        "With a main span of 420 metres, it was the longest cable-stayed span in the province at the time of its completion.",
        "History",
        "Plans for a second river crossing were first proposed in 2008, when the only existing bridge had become congested during peak hours. The design competition was won by a consortium led by the provincial highway design institute in 2011.",
        "Construction began in March 2012. The two main towers were topped out in 2014, and the deck was closed in September 2015. The bridge was opened to traffic on 18 January 2016.",
        "Design",
        "The bridge has two diamond-shaped concrete towers, each 142 metres tall, and a steel–concrete composite deck supported by 168 stay cables arranged in a semi-fan pattern.",
        "The deck is 33.5 metres wide. Its navigational clearance of 18 metres allows vessels of up to 1,000 tonnes to pass beneath the main span.",
    ]
    refs = "".join(f'<li id="cite_note-{i}"><span class="mw-cite-backlink"><a href="#cite_ref-{i}">^</a></span> <span class="reference-text"><cite class="citation news">"{r}". <i>Sichuan Daily</i>. {d}. Retrieved 2 March 2020.</cite></span></li>'
                   for i, (r, d) in enumerate([("Second Qingchuan bridge opens to traffic", "18 January 2016"), ("Towers of river bridge topped out", "11 June 2014"), ("Design chosen for new crossing", "3 May 2011")], 1))
    page = f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{title} - Wikipedia</title>
<script>(function(){{var className="client-js";document.documentElement.className=className;}}());RLCONF={{"wgPageName":"Qingchuan_Bridge","wgTitle":"Qingchuan Bridge","wgCurRevisionId":1206234567,"wgArticleId":49123456,"wgIsArticle":true,"wgCategories":["Bridges in Sichuan","Cable-stayed bridges in China","Bridges completed in 2016"]}};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<meta property="og:title" content="{title} - Wikipedia">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Qingchuan_Bridge">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Qingchuan_Bridge rootpage-Qingchuan_Bridge skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-main-menu-landmark"><nav class="vector-main-menu"><div id="p-navigation" class="vector-menu"><div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list"><li id="n-mainpage-description"><a href="/wiki/Main_Page">Main page</a></li><li id="n-contents"><a href="/wiki/Wikipedia:Contents">Contents</a></li><li id="n-currentevents"><a href="/wiki/Portal:Current_events">Current events</a></li><li id="n-randompage"><a href="/wiki/Special:Random">Random article</a></li><li id="n-aboutsite"><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li id="n-contactpage"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact us</a></li></ul></div>
<div id="p-interaction" class="vector-menu"><div class="vector-menu-heading">Contribute</div><ul><li><a href="/wiki/Help:Contents">Help</a></li><li><a href="/wiki/Help:Introduction">Learn to edit</a></li><li><a href="/wiki/Wikipedia:Community_portal">Community portal</a></li><li><a href="/wiki/Special:RecentChanges">Recent changes</a></li><li><a href="/wiki/Wikipedia:File_upload_wizard">Upload file</a></li></ul></div></nav></div>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Wikipedia</span><span class="mw-logo-tagline">The Free Encyclopedia</span></a>
<div id="p-search"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia"><button>Search</button></form></div>
<nav class="vector-user-links"><ul><li><a href="/w/index.php?title=Special:CreateAccount">Create account</a></li><li><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-column-start"><nav class="vector-toc" id="vector-toc"><div class="vector-toc-pinnable-header"><h2>Contents</h2></div><ul id="mw-panel-toc-list"><li><a href="#"><div class="vector-toc-text">(Top)</div></a></li><li><a href="#History"><div class="vector-toc-text"><span class="vector-toc-numb">1</span>History</div></a></li><li><a href="#Design"><div class="vector-toc-text"><span class="vector-toc-numb">2</span>Design</div></a></li><li><a href="#References"><div class="vector-toc-text"><span class="vector-toc-numb">3</span>References</div></a></li></ul></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><span class="vector-dropdown-label-text">3 languages</span><ul><li class="interlanguage-link interwiki-zh"><a href="https://zh.wikipedia.org/wiki/" lang="zh">中文</a></li><li class="interwiki-de"><a href="#" lang="de">Deutsch</a></li><li class="interwiki-fr"><a href="#" lang="fr">Français</a></li></ul></div></header>
<div class="vector-page-toolbar"><nav><ul><li class="selected"><a href="/wiki/Qingchuan_Bridge">Article</a></li><li><a href="/wiki/Talk:Qingchuan_Bridge">Talk</a></li></ul><ul><li class="selected"><a href="#">Read</a></li><li><a href="/w/index.php?title=Qingchuan_Bridge&amp;action=edit">Edit</a></li><li><a href="/w/index.php?title=Qingchuan_Bridge&amp;action=history">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Bridge in Sichuan, China</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Qingchuan Bridge</th></tr><tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="//upload.wikimedia.org/qc.jpg" width="250"></span><div class="infobox-caption">The bridge at night in 2018</div></td></tr><tr><th class="infobox-label">Carries</th><td class="infobox-data">4 lanes of road, pedestrians</td></tr><tr><th class="infobox-label">Crosses</th><td class="infobox-data">Fuling River</td></tr><tr><th class="infobox-label">Design</th><td class="infobox-data">Cable-stayed bridge</td></tr><tr><th class="infobox-label">Longest span</th><td class="infobox-data">420 m (1,380 ft)</td></tr><tr><th class="infobox-label">Opened</th><td class="infobox-data">18 January 2016</td></tr></tbody></table>
<p>The <b>Qingchuan Bridge</b> is a <a href="/wiki/Cable-stayed_bridge">cable-stayed bridge</a> over the Fuling River in <a href="/wiki/Qingchuan">Qingchuan</a>, <a href="/wiki/Sichuan">Sichuan</a>, China. Opened in 2016, it carries four lanes of traffic and two pedestrian walkways between the old town and the Binjiang development zone.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<p>With a main span of 420 metres, it was the longest cable-stayed span in the province at the time of its completion.</p>
<meta property="mw:PageProp/toc">
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Qingchuan_Bridge&amp;action=edit&amp;section=1" title="Edit section: History"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<p>Plans for a second river crossing were first proposed in 2008, when the only existing bridge had become congested during peak hours. The design competition was won by a consortium led by the provincial highway design institute in 2011.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup></p>
<p>Construction began in March 2012. The two main towers were topped out in 2014,<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup> and the deck was closed in September 2015. The bridge was opened to traffic on 18 January 2016.</p>
<div class="mw-heading mw-heading2"><h2 id="Design">Design</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Qingchuan_Bridge&amp;action=edit&amp;section=2"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<p>The bridge has two diamond-shaped concrete towers, each 142 metres tall, and a steel–concrete composite deck supported by 168 stay cables arranged in a semi-fan pattern.</p>
<p>The deck is 33.5 metres wide. Its navigational clearance of 18 metres allows vessels of up to 1,000 tonnes to pass beneath the main span.</p>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">{refs}</ol></div></div>
<div role="navigation" class="navbox" aria-labelledby="Bridges_in_Sichuan"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="Bridges_in_Sichuan">Bridges in Sichuan</div></th></tr><tr><th class="navbox-group">Yangtze</th><td class="navbox-list"><div><ul><li><a href="#">Hejiang Yangtze River Bridge</a></li><li><a href="#">Luzhou Taian Bridge</a></li><li><a href="#">Yibin Lingang Bridge</a></li><li><a href="#">Nanxi Yangtze River Bridge</a></li></ul></div></td></tr><tr><th class="navbox-group">Other rivers</th><td class="navbox-list"><div><ul><li><a href="#">Qingchuan Bridge</a></li><li><a href="#">Nanchong Jialing Bridge</a></li><li><a href="#">Leshan Min River Bridge</a></li><li><a href="#">Yaan Qingyi Bridge</a></li></ul></div></td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>: <ul><li><a href="#">Bridges in Sichuan</a></li><li><a href="#">Cable-stayed bridges in China</a></li><li><a href="#">Bridges completed in 2016</a></li></ul></div></div>
</div></main></div></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 13 February 2024, at 10:22<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a href="//en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons Attribution-ShareAlike License 4.0</a>; additional terms may apply. By using this site, you agree to the <a href="#">Terms of Use</a> and <a href="#">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a href="#">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places"><li><a href="#">Privacy policy</a></li><li><a href="#">About Wikipedia</a></li><li><a href="#">Disclaimers</a></li><li><a href="#">Contact Wikipedia</a></li><li><a href="#">Code of Conduct</a></li><li><a href="#">Developers</a></li><li><a href="#">Statistics</a></li><li><a href="#">Cookie statement</a></li><li><a href="#">Mobile view</a></li></ul></footer>
</body></html>
"""
    add("mediawiki-article", "https://en.wikipedia.org/wiki/Qingchuan_Bridge", page, "utf-8", title, None, items,
        ["From Wikipedia, the free encyclopedia", "Retrieved 2 March", "Bridges in Sichuan", "Longest span", "This page was last edited", "Jump to content"], lang="en")


def sphinx_docs():
    """A Sphinx / Read the Docs page: a sidebar toctree of 100+ entries, code blocks, admonitions, prev/next, 'Built with Sphinx'."""
    title = "Configuring the crawl schedule"
    items = [
        "The scheduler decides when each configured portal is crawled again. By default every portal is revisited once a day, but busy portals can be checked more often and archived ones less.",
        "Setting the interval",
        "Each portal entry in the configuration file accepts an interval key. The value is a duration such as 6h, 1d or 2w.",
        "[[portals]]",
        'name = "shixi"',
        'start = "http://www.shixi.gov.cn/"',
        'interval = "6h"',
        "Note",
        "Intervals shorter than one hour are rounded up to one hour, to keep the load on small government servers low.",
        "Running from cron",
        "Install the schedule into the user's crontab with the schedule install command. It writes one line per portal and leaves other entries alone.",
        "$ govcrawl schedule install --config portals.toml",
        "installed 3 entries (shixi 6h, qingchuan 1d, taoyuan 1d)",
    ]
    toc = []
    for sec, subs in [("Getting started", ["Installation", "Quick start", "Tutorial", "Examples"]), ("User guide", ["Configuring portals", "Configuring the crawl schedule", "Encodings", "Extraction", "Attachments", "Exports", "Searching the archive", "Re-extraction", "Change detection", "Datasette"]),
                      ("Deployment", ["Single machine", "Redis cluster", "Monitoring", "Backups", "Upgrading"]), ("Reference", ["Command line", "Configuration file", "Database schema", "Python API", "HTTP API", "Environment variables"]),
                      ("Development", ["Contributing", "Code style", "Testing", "Benchmarks", "Release process"]), ("About", ["Changelog", "License", "Authors", "FAQ"])]:
        toc.append(f'<p class="caption" role="heading"><span class="caption-text">{sec}</span></p><ul>')
        for s in subs:
            cur = ' class="toctree-l1 current"' if s == title.replace("Configuring the crawl schedule", "x") else ' class="toctree-l1"'
            toc.append(f'<li{cur}><a class="reference internal" href="../{s.lower().replace(" ", "-")}.html">{s}</a>'
                       + ("<ul>" + "".join(f'<li class="toctree-l2"><a class="reference internal" href="#{k}">{k}</a></li>' for k in ["Overview", "Options", "Examples", "Troubleshooting"]) + "</ul>" if s != "Configuring the crawl schedule" else "") + "</li>")
        toc.append("</ul>")
    page = f"""<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../">
<head>
<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title} &mdash; govcrawl 2.4.1 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1" /><link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=19f00094" />
<script src="../_static/documentation_options.js?v=6fefd858"></script><script src="../_static/doctools.js?v=888ff710"></script><script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
<link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" /><link rel="next" title="Encodings" href="encodings.html" /><link rel="prev" title="Configuring portals" href="portals.html" />
</head>
<body class="wy-body-for-nav">
<div class="wy-grid-for-nav">
<nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">govcrawl</a><div class="version">2.4.1</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs" aria-label="Search docs" /></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">{"".join(toc)}</div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><a href="../index.html">govcrawl</a></nav>
<div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li><li class="breadcrumb-item"><a href="index.html">User guide</a></li><li class="breadcrumb-item active">{title}</li><li class="wy-breadcrumbs-aside"><a href="../_sources/guide/schedule.rst.txt" rel="nofollow"> View page source</a></li></ul><hr/></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="configuring-the-crawl-schedule">
<h1>{title}<a class="headerlink" href="#configuring-the-crawl-schedule" title="Link to this heading">¶</a></h1>
<p>{esc(items[0])}</p>
<section id="setting-the-interval"><h2>{items[1]}<a class="headerlink" href="#setting-the-interval" title="Link to this heading">¶</a></h2>
<p>Each portal entry in the configuration file accepts an <code class="docutils literal notranslate"><span class="pre">interval</span></code> key. The value is a duration such as <code class="docutils literal notranslate"><span class="pre">6h</span></code>, <code class="docutils literal notranslate"><span class="pre">1d</span></code> or <code class="docutils literal notranslate"><span class="pre">2w</span></code>.</p>
<div class="highlight-toml notranslate"><div class="highlight"><pre><span></span><span class="k">[[portals]]</span>
<span class="n">name</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">&quot;shixi&quot;</span>
<span class="n">start</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">&quot;http://www.shixi.gov.cn/&quot;</span>
<span class="n">interval</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">&quot;6h&quot;</span>
</pre></div></div>
<div class="admonition note"><p class="admonition-title">{items[7]}</p><p>{esc(items[8])}</p></div>
</section>
<section id="running-from-cron"><h2>{items[9]}<a class="headerlink" href="#running-from-cron" title="Link to this heading">¶</a></h2>
<p>Install the schedule into the user's crontab with the <code class="docutils literal notranslate"><span class="pre">schedule</span> <span class="pre">install</span></code> command. It writes one line per portal and leaves other entries alone.</p>
<div class="highlight-console notranslate"><div class="highlight"><pre><span></span><span class="gp">$ </span>govcrawl<span class="w"> </span>schedule<span class="w"> </span>install<span class="w"> </span>--config<span class="w"> </span>portals.toml
<span class="go">installed 3 entries (shixi 6h, qingchuan 1d, taoyuan 1d)</span>
</pre></div></div>
</section></section>
</div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="portals.html" class="btn btn-neutral float-left" title="Configuring portals" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a><a href="encodings.html" class="btn btn-neutral float-right" title="Encodings" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr/>
<div role="contentinfo"><p>&#169; Copyright 2019-2024, the govcrawl authors.</p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by <a href="https://readthedocs.org">Read the Docs</a>.
</footer>
</div></div></section></div>
<script>jQuery(function () {{ SphinxRtdTheme.Navigation.enable(true); }});</script>
</body></html>
"""
    add("sphinx-rtd-docs-page", "https://govcrawl.readthedocs.io/en/latest/guide/schedule.html", page, "utf-8", title, None, items,
        ["View page source", "Built with", "Search docs", "Troubleshooting"], lang="en")


def recipe_wprm():
    """A food blog post on WordPress with a WP Recipe Maker card: jump-to-recipe, story, ingredients, steps, nutrition, comments."""
    t = when(2024, 2, 13)
    title = "Easy Scallion Pancakes (Cong You Bing)"
    story = [
        "These scallion pancakes are flaky, chewy and full of green onion flavour, and they need nothing more than flour, water, oil and scallions.",
        "My grandmother made them every Sunday morning. The trick she taught me is to use hot water for half of the dough, which makes it soft and easy to roll out thin.",
        "Why this recipe works",
        "Rolling the dough into a spiral and flattening it again creates dozens of thin layers that puff up and separate in the pan.",
    ]
    ingr = ["2 cups (250 g) all-purpose flour", "1/2 cup (120 ml) boiling water", "1/4 cup (60 ml) cold water", "3 tablespoons neutral oil, plus more for frying", "1 teaspoon salt", "4 scallions, thinly sliced"]
    steps = ["Put the flour in a bowl, pour in the boiling water and stir with chopsticks, then add the cold water and knead into a smooth dough. Cover and rest for 30 minutes.",
             "Divide the dough into 4 pieces. Roll one piece into a thin rectangle, brush with oil, sprinkle with salt and scallions.",
             "Roll it up like a cigar, coil it into a spiral, tuck the end underneath and flatten it into a 7-inch pancake.",
             "Fry in a hot oiled pan over medium heat for 2 to 3 minutes on each side until golden and crisp. Serve hot with soy dipping sauce."]
    items = story + ["Ingredients"] + ingr + ["Instructions"] + steps
    coms = "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{n}</b> <time datetime="{iso(shift(t, d), "-05:00")}">{shift(t, d).strftime("%B %d, %Y")} at {R.randint(1, 12)}:{R.randint(10, 59)} pm</time></footer><div class="comment-content"><p>{c}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
                   for n, d, c in [("Linda", 1, "Made these tonight and my kids devoured them! ★★★★★"), ("Marco", 3, "Can I freeze the uncooked pancakes?"), ("Jenny (author)", 3, "Yes! Freeze them between sheets of parchment and fry straight from frozen."), ("Sam", 6, "The hot water trick really makes a difference.")])
    page = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - The Wok Diaries</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="{iso(t, '-05:00')}"><meta property="article:modified_time" content="{iso(shift(t, 200), '-05:00')}">
{jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": title, "datePublished": iso(t, '-05:00'), "dateModified": iso(shift(t, 200), '-05:00'), "author": {"name": "Jenny Wu"}}, {"@type": "Recipe", "name": title, "recipeIngredient": ingr, "recipeInstructions": [{"@type": "HowToStep", "text": s} for s in steps], "prepTime": "PT40M", "cookTime": "PT20M", "recipeYield": "4"}]})}
<link rel="stylesheet" id="wprm-public-css" href="/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.1.0" media="all">
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard">
<div class="site-header"><a class="site-title" href="/">The Wok Diaries</a><nav class="main-navigation"><ul class="menu">{"".join(f"<li class='menu-item'><a href='/{c.lower()}/'>{c}</a></li>" for c in ["Recipes", "Noodles", "Dumplings", "Soups", "Vegetarian", "Desserts", "About", "Shop"])}</ul></nav></div>
<main id="main" class="site-main"><article id="post-4821" class="post-4821 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">By <span class="author vcard">Jenny Wu</span> · Published: <time class="entry-date published" datetime="{iso(t, '-05:00')}">{t.strftime('%B %d, %Y')}</time> · Updated: <time class="updated">{shift(t, 200).strftime('%B %d, %Y')}</time> · <a href="#comments">4 Comments</a></div>
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Jump to Recipe</a> <a href="#" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a></div>
<p class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></p></header>
<div class="entry-content">
<p>{esc(story[0])}</p>
<p>{esc(story[1])}</p>
<div class="adthrive-ad adthrive-content" data-google-query-id="CL">Advertisement</div>
<h2 class="wp-block-heading">{story[2]}</h2>
<p>{esc(story[3])}</p>
<figure class="wp-block-image size-full"><img src="/wp-content/uploads/2024/02/scallion-pancakes.jpg" alt="Stack of scallion pancakes"><figcaption>Cut into wedges and serve with black vinegar.</figcaption></figure>
<div id="recipe"></div><div id="wprm-recipe-container-4830" class="wprm-recipe-container" data-recipe-id="4830"><div class="wprm-recipe wprm-recipe-template-modern">
<h2 class="wprm-recipe-name wprm-block-text-bold">{title}</h2>
<div class="wprm-recipe-rating"><span>4.9 from 86 votes</span></div>
<div class="wprm-recipe-times-container"><span class="wprm-recipe-time-label">Prep Time</span> 40 minutes <span class="wprm-recipe-time-label">Cook Time</span> 20 minutes <span class="wprm-recipe-time-label">Servings</span> 4</div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3><ul class="wprm-recipe-ingredients">{"".join(f'<li class="wprm-recipe-ingredient">{esc(i)}</li>' for i in ingr)}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3><ul class="wprm-recipe-instructions">{"".join(f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">{esc(s)}</div></li>' for s in steps)}</ul></div>
<div class="wprm-nutrition-label-container"><span class="wprm-nutrition-label-text-nutrition-container">Calories: 318kcal | Carbohydrates: 48g | Protein: 7g | Fat: 11g | Sodium: 585mg</span></div>
<div class="wprm-call-to-action">Tried this recipe? Tag @thewokdiaries on Instagram!</div>
</div></div>
</div>
<div class="entry-footer">Filed Under: <a href="#">Breakfast</a>, <a href="#">Snacks</a></div>
</article>
<section id="comments" class="comments-area"><h2 class="comments-title">4 Comments</h2><ol class="comment-list">{coms}</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><p>Your email address will not be published. Required fields are marked *</p><p>Recipe Rating ☆☆☆☆☆</p><textarea name="comment"></textarea><button>Post Comment</button></form></div></section>
</main>
<aside class="sidebar"><section class="widget"><h2>Hi, I'm Jenny!</h2><p>I share the home-style Chinese recipes I grew up with, tested in an ordinary kitchen.</p></section><section class="widget"><h2>Popular</h2><ul><li>Pork and Chive Dumplings</li><li>Dan Dan Noodles</li><li>Tomato Egg Stir-Fry</li></ul></section></aside>
<footer class="site-footer"><p>Copyright © 2024 The Wok Diaries · Privacy Policy · Accessibility</p><p>As an Amazon Associate I earn from qualifying purchases.</p></footer>
</body></html>
"""
    add("recipe-wprm-card", "https://thewokdiaries.example.com/scallion-pancakes/", page, "utf-8", title, t, items,
        ["Jump to Recipe", "Made these tonight", "Calories: 318kcal", "Leave a Reply", "Advertisement", "Cut into wedges"], lang="en")


def product_page():
    """A Shopify product page: price, variant picker, add-to-cart, a description tab, specs, reviews, 'You may also like'."""
    title = "Bamboo Steamer Basket, 10 inch, 2 Tiers with Lid"
    items = [
        "Handwoven from natural bamboo, this two-tier steamer lets you cook dumplings, buns, fish and vegetables at the same time while keeping their moisture and flavour.",
        "The tightly woven lid traps steam and lets excess moisture escape, so food never becomes soggy. Each tier is reinforced with a double bamboo rim and stainless steel staples.",
        "Use it over a wok or on our steamer ring adapter on any saucepan. Line the baskets with parchment or cabbage leaves to stop food from sticking.",
        "Features",
        "Two stackable tiers and a lid, 10 inches (25 cm) in diameter",
        "Made from sustainably harvested moso bamboo",
        "Hand wash with warm water and air dry; do not soak",
    ]
    reviews = "".join(f'<div class="spr-review"><div class="spr-review-header"><span class="spr-starratings">{"★" * s}</span><h3 class="spr-review-header-title">{h}</h3><span class="spr-review-header-byline"><strong>{n}</strong> on <strong>{d}</strong></span></div><div class="spr-review-content"><p class="spr-review-content-body">{b}</p></div></div>'
                      for s, h, n, d, b in [(5, "Great quality", "Karen M.", "Jan 02, 2024", "Sturdy and well made, fits my 14 inch wok perfectly. Dumplings came out great."),
                                            (4, "Good but smells at first", "Tom", "Dec 11, 2023", "Had a bamboo smell for the first couple of uses, steaming it empty once fixed that."),
                                            (5, "Perfect gift", "Alicia", "Nov 28, 2023", "Bought one for my mom, she loves it and uses it every weekend.")])
    page = f"""<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} &ndash; Golden Wok Supply</title>
<meta property="og:type" content="product"><meta property="og:title" content="{attr(title)}"><meta property="og:price:amount" content="24.95"><meta property="og:price:currency" content="USD">
{jsonld({"@context": "http://schema.org/", "@type": "Product", "name": title, "sku": "BS-10-2T", "offers": {"@type": "Offer", "price": "24.95", "priceCurrency": "USD", "availability": "http://schema.org/InStock"}, "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.7", "reviewCount": "132"}})}
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}};window.ShopifyAnalytics.meta = {{"product":{{"id":7712345,"vendor":"Golden Wok","type":"Steamers"}},"page":{{"pageType":"product"}}}};</script>
</head>
<body class="template-product">
<div class="announcement-bar"><p>Free shipping on orders over $50 &middot; 30-day returns</p></div>
<header class="site-header"><a href="/" class="site-header__logo">Golden Wok Supply</a><nav><ul class="site-nav">{"".join(f"<li><a href='/collections/{c.lower()}'>{c}</a></li>" for c in ["Woks", "Steamers", "Knives", "Utensils", "Pantry", "Tableware", "Gifts", "Sale"])}</ul></nav><a href="/cart" class="cart-link">Cart (0)</a></header>
<main id="MainContent"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/collections/steamers">Steamers</a> › {title}</nav>
<div class="product-single"><div class="product-single__media"><img src="//cdn.shopify.com/s/files/1/steamer.jpg" alt="{attr(title)}"><ul class="thumbnails"><li><img src="t1.jpg"></li><li><img src="t2.jpg"></li></ul></div>
<div class="product-single__meta"><h1 class="product-single__title">{title}</h1><p class="product-single__vendor">Golden Wok</p>
<div class="product__price"><span class="price-item price-item--sale">$24.95</span> <s class="price-item--regular">$32.00</s> <span class="badge">Sale</span></div>
<div class="spr-badge"><span class="spr-starrating">★★★★★</span> <span class="spr-badge-caption">132 reviews</span></div>
<form method="post" action="/cart/add" class="product-form"><div class="selector-wrapper"><label>Size</label><select name="id"><option>8 inch</option><option selected>10 inch</option><option>12 inch</option></select></div><div class="quantity"><label>Quantity</label><input type="number" value="1" min="1"></div><button type="submit" name="add" class="btn product-form__cart-submit">Add to cart</button><div class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></form>
<p class="stock">In stock, ready to ship</p>
<div class="product-tabs"><ul class="tabs"><li class="active"><a href="#desc">Description</a></li><li><a href="#ship">Shipping &amp; Returns</a></li></ul>
<div id="desc" class="product-single__description rte">
<p>{esc(items[0])}</p>
<p>{esc(items[1])}</p>
<p>{esc(items[2])}</p>
<h4>{items[3]}</h4>
<ul><li>{esc(items[4])}</li><li>{esc(items[5])}</li><li>{esc(items[6])}</li></ul>
</div>
<div id="ship" class="tab-content" style="display:none"><p>Orders ship within 1 business day from our warehouse in Oakland, CA. Returns accepted within 30 days in original condition.</p></div></div>
</div></div>
<div id="shopify-product-reviews" class="spr-container"><h2 class="spr-header-title">Customer Reviews</h2><div class="spr-summary">Based on 132 reviews <a href="#" class="spr-summary-actions-newreview">Write a review</a></div><div class="spr-reviews">{reviews}</div></div>
<section class="product-recommendations"><h2>You may also like</h2><ul>{"".join(f"<li><a href='#'>{p}</a><span>${pr}</span></li>" for p, pr in [("Carbon Steel Wok, 14 inch", "39.95"), ("Steamer Paper Liners, 100 pcs", "6.50"), ("Stainless Steamer Ring Adapter", "12.00"), ("Bamboo Wok Brush", "4.95")])}</ul></section>
</main>
<footer class="site-footer"><div class="footer-blocks"><div><h4>Shop</h4><ul><li>Woks</li><li>Steamers</li><li>Gift cards</li></ul></div><div><h4>Help</h4><ul><li>Shipping</li><li>Returns</li><li>Contact us</li></ul></div><div><h4>Newsletter</h4><p>Sign up for recipes and 10% off your first order.</p><input type="email" placeholder="Email address"><button>Subscribe</button></div></div><p>&copy; 2024, Golden Wok Supply. Powered by Shopify</p></footer>
</body></html>
"""
    add("shopify-product-page", "https://goldenwoksupply.example.com/products/bamboo-steamer-basket-10-inch", page, "utf-8", title, None, items,
        ["Add to cart", "Customer Reviews", "You may also like", "Sturdy and well made", "Free shipping on orders", "Orders ship within 1 business day"], lang="en")


def phpbb_thread():
    """A phpBB 3.3 prosilver topic: the first post is the article, 5 replies, signatures, 'Who is online', the board footer."""
    t = when(2024, 2, 13, 9, 41)
    title = "Restoring a 1978 Raleigh Competition: frame respray finished"
    items = [
        "After four months of evenings in the garage the frame and fork are finally back from the painters, so here is the update I promised.",
        "I had the frame blasted and resprayed in the original Raleigh team red with gold lug lining. The painter also re-applied the decals from a reproduction set, and they look right to me.",
        "The headset cups were pressed in again with new bearings, and I faced the bottom bracket shell before fitting a new cartridge unit, because the old cup-and-cone one was badly pitted.",
        "Next job is the wheels: the original Weinmann rims are straight, so I will rebuild them onto new hubs with stainless spokes. Photos below.",
    ]
    replies = "".join(f"""<div id="p{1000 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a href="#" class="username">{u}</a></dt><dd class="profile-rank">{rk}</dd><dd class="profile-posts"><strong>Posts:</strong> {R.randint(50, 9000)}</dd><dd class="profile-joined"><strong>Joined:</strong> {j}</dd></dl>
<div class="postbody"><div id="post_content{1000 + i}"><h3><a href="#p{1000 + i}">Re: {esc(title)}</a></h3><p class="author"><a href="#"><i class="icon fa-file fa-fw"></i></a><span class="responsive-hide">by <strong><a href="#" class="username">{u}</a></strong> » </span>{shift(t, 0, i + 2).strftime('%a %b %d, %Y %I:%M %p').replace(' 0', ' ')}</p>
<div class="content">{c}</div><div class="signature">{sig}</div></div></div></div></div>
<hr class="divider" />""" for i, (u, rk, j, c, sig) in enumerate([
        ("steelisreal", "Veteran", "Mar 2011", "That red is spot on. Who did the paint? I have a Carlton frame that needs the same treatment and most local places only do powder coat now.", "1974 Carlton Criterium | 1986 Dawes Galaxy"),
        ("oldbrit", "Regular", "Aug 2016", "Lovely work. Keep the old bottom bracket cups if you can, people ask for them when selling originals.", ""),
        ("lugnut", "Moderator", "Jan 2009", "Moved to the restoration section. Great thread, please keep the photos coming.", "Please read the forum rules before posting for sale ads."),
        ("wheelbuilder62", "Member", "Nov 2020", "For Weinmann rims I would use 2.0/1.8 double butted spokes, three cross. Check the ERD yourself, the published figures are often wrong for old rims.", ""),
        ("alex_r", "Member", "Feb 2023", "Subscribed. What tyres are you planning to run?", "")]))
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - Classic Lightweights Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Classic Lightweights Forum</h1><p>Discussion of classic British lightweight bicycles</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" /><button class="button button-search" type="submit" title="Search">Search</button><a href="./search.php" class="button button-search-end" title="Advanced search">Advanced search</a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger">Quick links</a></li><li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem">FAQ</a></li><li class="rightside"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">Login</a></li><li class="rightside"><a href="./ucp.php?mode=register" role="menuitem">Register</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb"><a href="./index.php" itemprop="item" accesskey="h" data-navbar-reference="index"><span itemprop="name">Board index</span></a></span><span class="crumb"><a href="./viewforum.php?f=12"><span itemprop="name">Restorations</span></a></span></li></ul></div></div></div>
<a id="start_here" class="anchor"></a>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=48213">{esc(title)}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=48213" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">6 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div id="p999" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile999"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=5521" class="username">raleigh_rob</a></dt><dd class="profile-rank">Regular</dd><dd class="profile-posts"><strong>Posts:</strong> 412</dd><dd class="profile-joined"><strong>Joined:</strong> Jun 2018</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> Nottingham</dd></dl>
<div class="postbody"><div id="post_content999"><h3 class="first"><a href="#p999">{esc(title)}</a></h3>
<p class="author"><a class="unread" href="./viewtopic.php?p=999#p999" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5521" class="username">raleigh_rob</a></strong> &raquo; </span><time datetime="{iso(t, '+00:00')}">{t.strftime('%a %b %d, %Y %I:%M %p').replace(' 0', ' ')}</time></p>
<div class="content">{"<br><br>".join(esc(x) for x in items)}<br><br><div class="inline-attachment"><dl class="thumbnail"><dt><a href="./download/file.php?id=22071&amp;mode=view"><img src="./download/file.php?id=22071&amp;t=1" class="postimage" alt="frame_red.jpg" title="frame_red.jpg (212.4 KiB) Viewed 1284 times"></a></dt><dd>frame_red.jpg (212.4 KiB) Viewed 1284 times</dd></dl></div></div>
<div id="sig999" class="signature">1978 Raleigh Competition (in progress) | 1983 Claud Butler Majestic</div></div></div></div></div>
<hr class="divider" />
{replies}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=48213" class="button"><span>Post Reply</span></a><div class="pagination">6 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r">Return to &ldquo;Restorations&rdquo;</a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 7 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span></li><li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside"><a href="./memberlist.php?mode=team">The team</a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div>
</div></body></html>
"""
    add("phpbb-prosilver-topic", "https://forum.classiclightweights.example.uk/viewtopic.php?t=48213", page, "utf-8", title, t, items,
        ["That red is spot on", "Who is online", "Powered by", "1978 Raleigh Competition (in progress)", "Viewed 1284 times"], lang="en")


def stackexchange_qa():
    """A Stack Exchange question page: the question, votes, comments, an accepted answer and two others, 'Hot Network Questions'."""
    t = when(2024, 2, 13)
    title = "Why does my GBK-encoded page decode as mojibake when the header says UTF-8?"
    q = [
        "I am scraping an old government site. The server sends Content-Type: text/html; charset=utf-8, but the page itself has a meta tag saying gb2312, and the text comes out as garbage.",
        "Which one should I trust, and how can I detect the real encoding reliably?",
    ]
    a = [
        "The header is lying. Many old IIS and Apache setups add a default charset to every response, regardless of what the files contain.",
        "Try decoding with the header's charset first, and if that raises an error or produces replacement characters, fall back to the charset in the meta tag. For GB2312 always decode as GB18030, which is a superset and handles characters that GB2312 lacks.",
        "If neither is present, a statistical detector such as charset-normalizer works well on Chinese pages of a few kilobytes.",
    ]
    items = q + a
    other = "".join(f'<div id="answer-{i}" class="answer js-answer" data-answerid="{i}" data-score="{s}"><div class="js-vote-count">{s}</div><div class="s-prose js-post-body" itemprop="text"><p>{b}</p></div><div class="user-info"><div class="user-action-time">answered <span class="relativetime">Feb {t.day + k}, 2024</span></div><div class="user-details"><a href="#">{u}</a></div></div></div>'
                    for k, (i, s, b, u) in enumerate([(77712, 3, "Browsers follow the BOM first, then the header, then meta, so in a browser the page would also look broken. Your scraper should be smarter than the browser here.", "bytewise"), (77730, 1, "Just use requests' apparent_encoding, it works most of the time.", "quickfix")], 1))
    page = f"""<!DOCTYPE html>
<html class="html__responsive" lang="en"><head>
<title>python - {esc(title)} - Stack Overflow</title>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta itemprop="name" content="{attr(title)}">
<script>StackExchange.init({{"locale":"en","serverTime":1707810000,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com"}});</script>
</head>
<body class="question-page unified-theme">
<div id="notify-container"></div><div class="js-consent-banner"><p>We use cookies to enhance your experience. By clicking "Accept all cookies", you agree Stack Exchange can store cookies on your device.</p><button>Accept all cookies</button><button>Necessary cookies only</button><button>Customize settings</button></div>
<header class="s-topbar"><a href="/" class="s-topbar--logo"><span class="-img">Stack Overflow</span></a><ol class="s-navigation"><li><a href="#">About</a></li><li><a href="#">Products</a></li><li><a href="#">OverflowAI</a></li></ol><form class="s-topbar--searchbar"><input name="q" placeholder="Search…"></form><a href="/users/login">Log in</a> <a href="/users/signup">Sign up</a></header>
<div class="container"><div id="left-sidebar"><nav role="navigation"><ol class="nav-links"><li><a href="/">Home</a></li><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li><li><a href="/users">Users</a></li><li><a href="/jobs/companies">Companies</a></li><li><a href="#">Labs</a></li><li><a href="#">Collectives</a></li></ol></nav></div>
<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div id="question-header"><h1 itemprop="name" class="fs-headline1"><a href="/questions/77701/why-does-my-gbk-encoded-page-decode-as-mojibake" class="question-hyperlink">{esc(title)}</a></h1>
<a href="/questions/ask" class="s-btn">Ask Question</a></div>
<div class="d-flex"><div class="flex--item" title="{ymdhms(t)}Z"><span>Asked</span> <time itemprop="dateCreated" datetime="{iso(t, '')}">{t.strftime('%b %d, %Y')}</time></div><div class="flex--item"><span>Modified</span> <a href="?lastactivity" class="s-link">{shift(t, 9).strftime('%b %d, %Y')}</a></div><div class="flex--item"><span>Viewed</span> 2k times</div></div>
<div id="mainbar"><div class="question js-question" data-questionid="77701" id="question"><div class="js-vote-count" itemprop="upvoteCount">7</div>
<div class="s-prose js-post-body" itemprop="text">
<p>{esc(q[0])}</p>
<p>{esc(q[1])}</p>
</div>
<div class="post-taglist"><a href="#" class="post-tag">python</a> <a href="#" class="post-tag">character-encoding</a> <a href="#" class="post-tag">web-scraping</a></div>
<div class="post-signature"><div class="user-info"><div class="user-action-time">asked <span class="relativetime" title="{ymdhms(t)}Z">{t.strftime('%b %d, %Y')} at {t.hour}:{t.minute:02d}</span></div><div class="user-details"><a href="#">county_archivist</a><div class="-flair"><span class="reputation-score">143</span></div></div></div></div>
<div class="comments js-comments-container"><ul class="comments-list"><li class="comment"><span class="comment-copy">What library are you using to fetch the page?</span> – <a class="comment-user">tripleee</a> <span class="comment-date">Feb {t.day}, 2024</span></li><li class="comment"><span class="comment-copy">requests 2.31, and then BeautifulSoup.</span> – <a class="comment-user">county_archivist</a> <span class="comment-date">Feb {t.day}, 2024</span></li></ul></div></div>
<div id="answers"><h2 class="mb0" data-answercount="3">3 Answers</h2><div class="js-sort">Sorted by: <select><option>Highest score (default)</option></select></div>
<div id="answer-77705" class="answer js-answer accepted-answer" data-answerid="77705" data-score="12" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="js-vote-count" itemprop="upvoteCount">12</div><div class="js-accepted-answer-indicator" title="loading when this answer was accepted…">Accepted</div>
<div class="s-prose js-post-body" itemprop="text">
<p>{esc(a[0])}</p>
<p>{esc(a[1])}</p>
<p>{esc(a[2])}</p>
</div><div class="user-info"><div class="user-action-time">answered <span class="relativetime">Feb {t.day}, 2024</span></div><div class="user-details"><a href="#">mojibake_hunter</a><span class="reputation-score">21.4k</span></div></div></div>
{other}
</div>
<h2 class="bottom-notice">Not the answer you're looking for? Browse other questions tagged <a href="#">python</a> <a href="#">character-encoding</a> or <a href="/questions/ask">ask your own question</a>.</h2>
</div></div>
<div id="sidebar"><div class="s-sidebarwidget"><h4>The Overflow Blog</h4><ul><li>Why AI agents need better documentation</li><li>How we migrated to a new search index</li></ul></div><div id="hot-network-questions" class="module"><h4>Hot Network Questions</h4><ul><li><a href="#">Can a cat's purring heal bones?</a></li><li><a href="#">Why do trains in Japan have such precise timing?</a></li><li><a href="#">Is it rude to decline a business card in Germany?</a></li></ul></div></div></div></div>
<footer id="footer" class="site-footer"><nav><h5>Stack Overflow</h5><ul><li>Questions</li><li>Help</li><li>Chat</li></ul></nav><p class="-copyright">Site design / logo © 2024 Stack Exchange Inc; user contributions licensed under <a href="#">CC BY-SA</a>. rev 2024.2.12.5064</p></footer>
</body></html>
"""
    add("stackexchange-question-accepted", "https://stackoverflow.com/questions/77701/why-does-my-gbk-encoded-page-decode-as-mojibake", page, "utf-8", title, t, items,
        ["Hot Network Questions", "What library are you using", "Browsers follow the BOM first", "We use cookies to enhance", "Not the answer you're looking for"], lang="en")


def en_cn_portal_policy_qa():
    """An English sub-site of a Chinese city: a policy Q&A in a TRS body, 'Source:' and 'Updated:' lines, a Chinese-styled footer."""
    t = when(2024, 2, 13)
    title = "Q&A on Qingchuan's new talent housing subsidy"
    items = [
        "Q: Who is eligible for the talent housing subsidy?",
        "A: Holders of a bachelor's degree or above who are under 40, work in Qingchuan under a labour contract of at least two years and have paid social insurance in the city for six consecutive months are eligible.",
        "Q: How much is the subsidy?",
        f"A: Bachelor's degree holders receive 800 yuan a month, master's degree holders 1,200 yuan and doctoral degree holders {R.randint(18, 25)}00 yuan, for up to three years.",
        "Q: How do I apply?",
        "A: Applications are made online through the Qingchuan Talent Service Platform. Employers submit the documents for their staff in batches each quarter.",
    ]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="ArticleTitle" content="{attr(title)}"><meta name="PubDate" content="{ymdhm(t)}"><meta name="ContentSource" content="english.qingchuan.gov.cn">
<link rel="stylesheet" href="/images/en/style.css"></head>
<body>
<div class="en-top"><a href="http://www.qingchuan.gov.cn">中文</a> | <a href="/">Home</a> | <a href="/sitemap/">Sitemap</a></div>
<div class="en-header"><img src="/images/en/logo.png" alt="Qingchuan"><ul class="en-nav">{"".join(f"<li><a href='/{c.lower().replace(' ', '')}/'>{c}</a></li>" for c in ["Home", "About Qingchuan", "News", "Government", "Policies", "Invest", "Business", "Living", "Visiting", "Events"])}</ul></div>
<div class="en-main"><div class="en-loc">Location: <a href="/">Home</a> &gt;&gt; <a href="/policies/">Policies</a> &gt;&gt; <a href="/policies/interpretation/">Interpretation</a></div>
<div class="en-article"><h1>{esc(title)}</h1>
<div class="en-info">Source: Qingchuan Human Resources and Social Security Bureau | Updated: {ymdhm(t)}</div>
<div class="TRS_Editor">
{P(items)}
</div>
<div class="en-share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> | <a href="javascript:window.print()">Print</a></div>
<div class="en-related"><h3>Related</h3><ul><li><a href="#">Qingchuan unveils 20 measures to attract young talent</a> <span>2024-01-18</span></li><li><a href="#">Guide to applying for a work permit in Qingchuan</a> <span>2023-12-05</span></li></ul></div>
</div></div>
<div class="en-footer"><p>Copyright © Qingchuan Municipal People's Government. All Rights Reserved.</p><p>Sponsored by the General Office of Qingchuan Municipal People's Government　{icp("川")}　Government Website Identification Code {bsid()}</p></div>
</body></html>
"""
    add("en-cn-portal-policy-qa", f"http://english.qingchuan.gov.cn/policies/interpretation/{t.strftime('%Y%m')}/t{t.strftime('%Y%m%d')}_{R.randint(10**5, 10**6)}.html",
        page, "utf-8", title, t, items, ["Location:", "Related", "All Rights Reserved", "Source: Qingchuan Human"], lang="en")


def county_overview_nodate():
    """走进石溪 县情概况: a standing page with no publication date, a sub-menu of the section, photos."""
    site = "石溪县人民政府"
    title = "县情概况"
    items = [
        f"石溪县位于湘西北，地处武陵山脉东麓、沅水中游，东邻桃源，西接沅陵，总面积{R.randint(2000, 2600)}平方公里，辖{len(ZH_TOWNS)}个乡镇、{R.randint(200, 260)}个村（社区），户籍人口{R.randint(38, 46)}.{R.randint(1, 9)}万人。",
        "石溪历史悠久，西汉时期即置县，因县城西郊溪中多奇石而得名。境内有新石器时代遗址多处，明清古民居群保存完好。",
        "全县森林覆盖率达68.5%，是国家重点生态功能区。境内河流纵横，沅水及其支流酉溪贯穿全境，水能资源丰富。",
        "石溪县农业以茶叶、柑橘、油茶为主导产业，“石溪黄金茶”获国家地理标志保护产品认证。工业以食品加工、新型建材和电子信息为主。",
        "近年来，石溪县先后获评国家生态文明建设示范县、全国休闲农业与乡村旅游示范县、省级文明县城。",
    ]
    page = f"""{zh_head(f"县情概况_走进石溪_{site}", "utf-8")}
<body>
{zh_top(site)}
{zh_nav("石溪")}
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zjsx/">走进石溪</a> &gt; 县情概况</div>
<div class="sub-left"><h3>走进石溪</h3><ul>{"".join(f'<li{" class=on" if s == "概况" else ""}><a href="/zjsx/{i}/">{s}</a></li>' for i, s in enumerate(ZH_COLUMNS["走进"]))}</ul></div>
<div class="sub-right">
<div class="sub-title"><h2>{title}</h2></div>
<div class="sub-content" id="zoom">
<p style="text-align:center"><img src="/uploadfiles/sx_panorama.jpg" alt="石溪县城全景" width="600"></p>
<p style="text-align:center">石溪县城全景</p>
{P(items, '<p style="text-indent:2em">')}
<p style="text-align:right">（数据截至2023年底）</p>
</div>
</div></div>
{zh_footer(site)}
</body></html>
"""
    add("county-overview-no-date", "http://www.shixi.gov.cn/zjsx/gk/index.html", page, "utf-8", title, None, items,
        ["石溪县城全景", "数据截至2023年底", "走进石溪", "网站标识码"])


# ====================================================================== build
def build():
    # Chinese government templates and page kinds
    hanweb_xxgk()
    trs_wcm_editor()
    trs_old_shtml_tables()
    epoint_tender()
    zmhd_letter()
    leader_profile()
    county_overview_nodate()
    tongji_gongbao_gb18030()
    zhengqiu_yijian()
    fabuhui_video()
    gongbao_pdf()
    wei_menhu_mobile()
    frame_content_asp()
    short_article_long_sidebar_gbk()
    en_cn_portal_policy_qa()
    # pages without an article
    frameset_outer()
    list_page_column()
    gov_404()
    login_wall()
    search_results()
    # Chinese-language pages of other kinds
    zh_news_huge_comments()
    tw_mayor_mailbox_big5()
    ptt_post()
    # Japanese, Korean, Vietnamese, Russian, Arabic
    ja_ministry_sjis()
    ja_city_eucjp()
    ja_news_utf8()
    ko_gov_euckr()
    ko_news_utf8()
    vi_gov_portal()
    ru_region_cp1251()
    ru_news_utf8()
    ar_news_rtl()
    ar_gov_cp1256()
    # reference, documentation, commerce, forums
    mediawiki_article()
    sphinx_docs()
    recipe_wprm()
    product_page()
    phpbb_thread()
    stackexchange_qa()


def main():
    build()
    out = os.path.join(HERE, "pages")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    lines, names = [], set()
    for i, p in enumerate(PAGES, 1):
        assert p["name"] not in names, p["name"]
        names.add(p["name"])
        raw = p["page"].encode(p["enc"])     # strict: a character the codec cannot hold is a generator error
        assert raw.decode(p["enc"]) == p["page"], p["name"]
        path = f"pages/{i:02d}-{p['name']}.html"
        with open(os.path.join(HERE, path), "wb") as fh:
            fh.write(raw)
        gold = dict(p["gold"], encoding=p["enc"])
        lines.append(json.dumps(dict(path=path, url=p["url"], headers=p["headers"], lang=p["lang"], gold=gold), ensure_ascii=False))
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(len(lines), "pages")


if __name__ == "__main__":
    main()
