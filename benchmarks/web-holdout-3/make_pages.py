# -*- coding: utf-8 -*-
"""Generate web-holdout-3: synthetic but messy Chinese web pages (nothing downloaded).

    python make_pages.py        # rewrites pages/*.html and manifest.jsonl

Deterministic (seeded).  Every page is written as raw bytes in its own encoding; the gold
body is the article's own text, paragraphs joined by "\n".
"""
import json, os, random, html

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261128)

try:
    import opencc
    _S2T = opencc.OpenCC("s2t")
    def trad(s):
        return _S2T.convert(s)
except Exception:  # pragma: no cover
    raise SystemExit("needs opencc (s2t) to make the traditional-Chinese pages")

# ------------------------------------------------------------------ text material
PLACES = ["江夏", "临川", "鹤山", "青浦", "富阳", "汶上", "宁乡", "巢湖", "德清", "沭阳", "邛崃", "霞浦", "乐清", "曲靖",
          "丹棱", "泗洪", "屯溪", "东阳", "禹州", "兴化", "蒙阴", "桐庐", "安吉", "通许", "彭泽", "湘潭", "舒城", "肥东"]
ORGS = ["街道办事处", "农业农村局", "人民医院", "第二中学", "文旅集团", "供电公司", "水务公司", "消防救援大队", "图书馆",
        "科技园区", "职业技术学院", "社区卫生服务中心", "商务局", "博物馆", "气象台", "交警大队", "档案馆", "老年大学"]
ACTS = ["组织开展", "启动实施", "集中推进", "完成验收", "试点推广", "专题部署", "联合举办", "全面铺开", "持续深化", "总结表彰"]
THINGS = ["老旧小区改造", "稻虾共作示范", "夜间急诊绿色通道", "校园阅读季", "非遗手作体验", "智能电表更换", "河道清淤疏浚",
          "冬季防火巡查", "古籍修复公开课", "中小企业融资对接", "社区助餐点建设", "乡村客运公交化", "候鸟栖息地监测",
          "茶园病虫害绿色防控", "电动自行车充电棚建设", "青少年游泳培训", "口腔健康义诊", "地方志编纂", "农产品直播带货",
          "夏粮收购", "地下管网普查", "文物安全检查", "困难群众走访慰问", "退役军人就业招聘会"]
PEOPLE = ["居民", "村民", "学生", "志愿者", "医护人员", "企业代表", "游客", "老人", "家长", "技术骨干", "网格员", "种植户"]
CLAUSES = ["现场气氛热烈", "不少人专程从外地赶来", "相关负责人逐一作了解答", "工作人员提前一周做了准备",
           "进度比原计划提前了半个月", "群众满意度明显提升", "下一步还将扩大覆盖范围", "资金全部来自专项补助",
           "活动将持续到月底", "部分环节采用线上报名", "有关数据每周向社会公布", "整个过程接受第三方评估",
           "雨天也没有停工", "参与者普遍反映收获很大", "相关经验将在全县推广", "首批名额很快报满"]
QUOTES = ["以前办这件事要跑好几趟，现在一次就办好了", "我们最担心的是安全问题，这次终于放心了",
          "孩子回家以后天天念叨着还想再来", "希望这样的活动能多搞一些", "今年的收成比去年好了不少",
          "设备换了以后，电费清清楚楚", "这条路修好了，卖菜方便多了", "医生讲得很细，我都记在本子上了"]
SURN = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"]
GIVEN = ["建国", "秀英", "志强", "丽娟", "海涛", "春梅", "晓东", "玉兰", "国庆", "红霞", "子轩", "雨桐", "德华", "桂芳", "振宇"]
CH = "零一二三四五六七八九"


def name():
    return R.choice(SURN) + R.choice(GIVEN)


def sent():
    k = R.randrange(7)
    p, o = R.choice(PLACES), R.choice(ORGS)
    if k == 0:
        return f"{p}{o}{R.choice(ACTS)}{R.choice(THINGS)}工作，共有{R.randint(12, 980)}名{R.choice(PEOPLE)}参与，{R.choice(CLAUSES)}。"
    if k == 1:
        return f"据{p}{o}介绍，截至{R.randint(1, 12)}月{R.randint(1, 28)}日，{R.choice(THINGS)}已完成{R.randint(11, 99)}.{R.randint(1, 9)}%，{R.choice(CLAUSES)}。"
    if k == 2:
        return f"“{R.choice(QUOTES)}。”{R.randint(23, 81)}岁的{R.choice(PEOPLE)}{name()}说。"
    if k == 3:
        return f"记者在{p}{R.choice(['东门', '北街', '南湖', '西岭', '老码头', '新区'])}看到，{R.choice(THINGS)}现场{R.choice(CLAUSES)}，{R.choice(PEOPLE)}们排起了长队。"
    if k == 4:
        return f"今年以来，{p}累计投入资金{R.randint(120, 9800)}万元，用于{R.choice(THINGS)}和{R.choice(THINGS)}，{R.choice(CLAUSES)}。"
    if k == 5:
        return f"{o}负责人{name()}表示，下一步将围绕{R.choice(THINGS)}补齐短板，确保{R.randint(2025, 2027)}年底前全部到位。"
    return f"在{R.choice(THINGS)}过程中，{p}探索出“{R.choice(['一站式', '点对点', '网格化', '清单制', '轮值制'])}”做法，{R.choice(CLAUSES)}。"


def para(n=None):
    return "".join(sent() for _ in range(n or R.randint(2, 4)))


def paras(k):
    return [para() for _ in range(k)]


def headline():
    return f"{R.choice(PLACES)}{R.choice(ACTS)}{R.choice(THINGS)}" + R.choice(["", "见成效", " 惠及万余群众", "：一年干了这些事", "（组图）", " 首批名单公布"])


EN_SUBJ = ["The county government", "A local hospital", "Engineers at the port", "Volunteers in the old town",
           "The provincial museum", "Tea farmers in the hills", "A group of university students", "The city's metro operator",
           "Researchers at the agricultural institute", "Residents of the riverside district"]
EN_VERB = ["launched", "completed", "expanded", "tested", "opened to the public", "reported progress on", "began trials of"]
EN_OBJ = ["a flood-warning network", "night clinics for elderly patients", "an archive of local folk songs",
          "solar panels on school roofs", "a free shuttle to rural markets", "a program restoring Ming-era bridges",
          "drone inspections of power lines", "a reading room open until midnight", "a recycling scheme for delivery boxes"]


def en_sent():
    k = R.randrange(3)
    if k == 0:
        return f"{R.choice(EN_SUBJ)} {R.choice(EN_VERB)} {R.choice(EN_OBJ)} in {R.choice(['March', 'April', 'June', 'September', 'November'])}, serving about {R.randint(120, 9900):,} people."
    if k == 1:
        return f"\"{R.choice(['We did not expect', 'Nobody here imagined', 'It took us years to see'])} {R.choice(['this much interest', 'such quick results', 'so many young people joining'])},\" said {R.choice(['Wang', 'Li', 'Zhou', 'Chen', 'Huang'])} {R.choice(['Lei', 'Min', 'Jun', 'Fang', 'Tao'])}, {R.randint(24, 70)}, who {R.choice(['runs a small workshop', 'has worked there since 2009', 'volunteers on weekends'])}."
    return f"Officials said {R.choice(EN_OBJ)} would be extended to {R.randint(3, 40)} more {R.choice(['villages', 'districts', 'schools', 'townships'])} by {R.randint(2025, 2028)}, at a cost of {R.randint(2, 90)} million yuan."


def en_para():
    return " ".join(en_sent() for _ in range(R.randint(2, 4)))


# ------------------------------------------------------------------ boilerplate pieces
CHANNELS = ["首页", "新闻", "国内", "国际", "社会", "军事", "财经", "股票", "科技", "手机", "数码", "汽车", "房产", "家居", "体育",
            "NBA", "娱乐", "明星", "电影", "时尚", "女性", "育儿", "健康", "教育", "读书", "历史", "文化", "旅游", "游戏", "彩票",
            "视频", "图片", "博客", "论坛", "微博", "公益", "城市", "天气", "邮箱", "客户端"]


def nav(n=40):
    chs = CHANNELS[:]
    R.shuffle(chs)
    return '<div class="top-nav"><ul>' + "".join(f'<li><a href="http://{c.encode().hex()[:6]}.example.cn/">{c}</a></li>' for c in chs[:n]) + "</ul></div>"


def ad(i=None):
    i = i or R.randint(1000, 9999)
    return (f'<div class="ad" id="ad_{i}"><script type="text/javascript">var _adslot_{i}={{w:300,h:250,pos:"{i}"}};'
            f'(function(){{var s=document.createElement("script");s.src="//ads.example.cn/show?id={i}";document.body.appendChild(s);}})();</script>'
            f'<a href="//ads.example.cn/c?{i}" target="_blank"><img src="//img.example.cn/ad{i}.jpg" alt="广告"></a></div>')


def rel_list(label="相关新闻", n=6, dates=True):
    items = "".join(f'<li><a href="/n/{R.randint(10000, 99999)}.shtml">{headline()}</a>' + (f'<span>{R.randint(2019, 2024)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}</span>' if dates else "") + "</li>" for _ in range(n))
    return f'<div class="related"><h3>{label}</h3><ul>{items}</ul></div>'


def comments(n=4, label="网友评论"):
    cs = "".join(f'<div class="cmt"><span class="user">{R.choice(PLACES)}网友{name()}</span><span class="t">{R.randint(1, 12)}月{R.randint(1, 28)}日 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}</span><p>{R.choice(["支持一下", "说得好，", "希望早点落实，", "我们那里也该搞搞，", "顶，"])}{R.choice(CLAUSES)}。</p><a href="#">回复</a> <a href="#">赞({R.randint(0, 300)})</a></div>' for _ in range(n))
    return f'<div class="comment-box"><h3>{label}</h3><div class="cnt">已有<em>{R.randint(3, 3000)}</em>人参与</div>{cs}<textarea>文明上网，理性发言</textarea><button>发表评论</button></div>'


def share():
    return '<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a><a href="#">复制链接</a> <a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>'


def footer(site, icp=True):
    return (f'<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/jobs/">招聘信息</a> | <a href="/map/">网站地图</a> | <a href="/law/">法律声明</a></p>'
            f'<p>Copyright &copy; 1998-2024 {site} 版权所有</p>'
            + (f'<p><a href="https://beian.miit.gov.cn/">{R.choice(["京", "沪", "粤", "浙", "鄂", "川"])}ICP备{R.randint(10000000, 99999999)}号-{R.randint(1, 9)}</a> {R.choice(["京", "沪", "粤", "浙"])}公网安备 {R.randint(10**13, 10**14 - 1)}号 互联网新闻信息服务许可证：{R.randint(10**9, 10**10)}</p>' if icp else "")
            + '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example.cn/hm.js?abc";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script></div>')


def head(title, charset="utf-8", extra=""):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n{meta}\n<title>{title}</title>\n'
            f'<meta name="keywords" content="{R.choice(PLACES)},{R.choice(THINGS)},新闻">\n'
            f'<link rel="stylesheet" href="/css/main.css" type="text/css">\n'
            f'<style type="text/css">body{{font-size:12px;margin:0}} .ad{{margin:8px 0}} #artibody p{{text-indent:2em;line-height:1.8}}</style>\n'
            f'<script type="text/javascript">var pageConfig={{channel:"news",newsid:"{R.randint(10**7, 10**8)}",uuid:"{R.getrandbits(64):x}"}};document.domain="example.cn";</script>\n'
            f'{extra}</head>\n')


def ymd():
    return R.randint(2015, 2024), R.randint(1, 12), R.randint(1, 28)


def iso(d):
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


def hm():
    return f"{R.randint(6, 22):02d}:{R.randint(0, 59):02d}"


def ps(ps_, style=None):
    if style == "nbsp":
        return "".join(f'<p style="text-indent:0;line-height:200%;font-family:宋体;font-size:14px">&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(p, quote=False)}</p>\n' for p in ps_)
    if style == "fullwidth":
        return "".join(f"<p>　　{html.escape(p, quote=False)}</p>\n" for p in ps_)
    return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in ps_)


def sidebar_archive(n=12):
    items = "".join(f'<li><a href="/archive/{y}{m:02d}.html">{y}年{m:02d}月</a>({R.randint(1, 40)})</li>' for y, m in sorted({(R.randint(2008, 2024), R.randint(1, 12)) for _ in range(n)}, reverse=True))
    return f'<div class="side"><h4>博文归档</h4><ul>{items}</ul></div>'


def hot(label="热门推荐", n=8):
    return f'<div class="hot"><h3>{label}</h3><ol>' + "".join(f'<li><a href="/h/{R.randint(100, 999)}">{headline()}</a> <span class="num">{R.randint(1000, 99999)}</span></li>' for _ in range(n)) + "</ol></div>"


# ------------------------------------------------------------------ page kinds
# each returns (html_str, gold dict); encoding chosen by the caller

def portal(site, channel, enc_label, style=None, video=False, images=False, multipage=False, split=False, k=None, comment_marker=True):
    t = headline(); d = ymd(); body = paras(k or R.randint(5, 12))
    gold_paras = list(body)
    blocks = []
    for i, p in enumerate(body):
        blocks.append(ps([p], style))
        if split and i in (1, 3):
            blocks.append(ad())
            blocks.append('<script type="text/javascript">if(window.innerWidth>800){document.write(\'<div class="mid-ad">\');}</script>')
        if images and i % 2 == 0:
            cap = f"图为{R.choice(PLACES)}{R.choice(THINGS)}现场。{name()} 摄"
            blocks.append(f'<p style="text-align:center"><img src="//n.sinaimg.example/{R.getrandbits(40):x}.jpg" alt="" border="0" width="550"></p><p class="img_descr" style="text-align:center">{cap}</p>\n')
            gold_paras.insert(gold_paras.index(p) + 1, cap)
    if video:
        blocks.insert(0, '<div class="video-wrap" id="videoPlayer"><div class="vp-placeholder">视频加载中...</div><script>new VideoPlayer({container:"videoPlayer",vid:"%d",autoplay:false});</script><p class="video-tip">点击播放 时长 03:%02d</p></div>\n' % (R.randint(10**6, 10**7), R.randint(0, 59)))
    src = R.choice(["新华社", "人民日报", "中国新闻网", "经济日报", f"{R.choice(PLACES)}日报", "央视新闻客户端"])
    editor = name()
    pager = ""
    if multipage:
        pager = '<div class="page-nav"><span class="cur">1</span> <a href="_2.shtml">2</a> <a href="_3.shtml">3</a> <a href="_2.shtml">下一页</a> <a href="_3.shtml">末页</a></div>'
    start = "<!-- 正文开始 -->" if comment_marker else ""
    end = "<!-- 正文结束 -->" if comment_marker else ""
    h = head(f"{t}_{channel}_{site}", enc_label)
    h += (f'<body>\n<div id="wrap">{nav()}\n<div class="topad">{ad()}</div>\n'
          f'<div class="crumb"><a href="/">{site}</a> &gt; <a href="/{channel}/">{channel}</a> &gt; 正文</div>\n'
          f'<div class="main-content">\n<h1 id="artibodyTitle">{t}</h1>\n'
          f'<div class="date-source"><span class="date">{d[0]}年{d[1]:02d}月{d[2]:02d}日 {hm()}</span> <span class="source">来源：<a href="#">{src}</a></span>'
          f' <a class="cmt-count" href="#comment"><span>{R.randint(10, 9999)}</span>条评论</a></div>\n'
          f'{share()}\n{start}\n<div class="article" id="artibody">\n' + "".join(blocks) +
          f'<p class="article-editor">责任编辑：{editor} SN{R.randint(100, 999)}</p>\n</div>\n{end}\n{pager}\n'
          f'<div class="keywords">关键词：<a href="#">{R.choice(PLACES)}</a> <a href="#">{R.choice(THINGS)}</a></div>\n{share()}\n'
          f'{rel_list()}\n{hot()}\n{comments()}\n</div>\n<div class="sidebar">{ad()}{hot("排行榜", 10)}{rel_list("图片新闻", 4, False)}</div>\n'
          f'{footer(site)}\n</div>\n</body>\n</html>\n')
    return h, dict(body="\n".join(gold_paras), title=t, published=iso(d))


def local_td(site, enc_label):
    t = headline(); d = ymd(); body = paras(R.randint(4, 8))
    rows = "".join(f'<tr><td><a href="/list{i}.asp">{c}</a></td></tr>' for i, c in enumerate(["本站首页", "时政要闻", "乡镇动态", "部门信息", "图片新闻", "通知公告", "专题专栏", "视频点播"]))
    inner = "<br>\n".join("　　" + html.escape(p, quote=False) for p in body)
    h = head(f"{site}--{t}", enc_label)
    h += (f'<body leftmargin="0" topmargin="0">\n<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="90" background="/images/top.jpg">&nbsp;</td></tr></table>\n'
          f'<table width="980" align="center"><tr><td width="200" valign="top"><table>{rows}</table>{ad()}</td>\n'
          f'<td valign="top"><table width="100%"><tr><td class="dqwz">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/list1.asp">乡镇动态</a> &gt;&gt; 正文</td></tr>\n'
          f'<tr><td align="center" height="50"><font size="4"><b>{t}</b></font></td></tr>\n'
          f'<tr><td align="center" class="hui">作者：{name()}　　来源：{R.choice(PLACES)}{R.choice(ORGS)}　　点击数：{R.randint(20, 9999)}　　更新时间：{d[0]}-{d[1]}-{d[2]}</td></tr>\n'
          f'<tr><td class="content" style="font-size:14px;line-height:24px">{inner}</td></tr>\n'
          f'<tr><td>上一篇：<a href="#">{headline()}</a><br>下一篇：<a href="#">{headline()}</a></td></tr>\n'
          f'<tr><td align="right">【<a href="#">字体：大 中 小</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>\n'
          f'<table width="980" align="center"><tr><td align="center">{site} 主办：{R.choice(PLACES)}县委宣传部<br>地址：{R.choice(PLACES)}路{R.randint(1, 300)}号 电话：0{R.randint(100, 999)}-{R.randint(1000000, 9999999)}<br>ICP备{R.randint(10**7, 10**8)}号</td></tr></table>\n</body></html>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


def blog(enc_label, csdn=False):
    t = R.choice(["记", "随笔：", "闲话", "再说", "关于"]) + f"{R.choice(PLACES)}的{R.choice(['早市', '老街', '秋天', '旧书摊', '一场雨', '外婆家', '渡口'])}" + R.choice(["", "（一）", "", "之二"])
    d = ymd(); body = paras(R.randint(4, 9))
    body = [R.choice(["那天", "记得", "去年", "小时候", "后来"]) + p for p in body]
    author = R.choice(["山间明月", "老猫的书房", "青石板上", "半亩方塘", "codeWalker", "云中漫步者"]) + str(R.randint(1, 99))
    tags = "".join(f'<a href="/tag/{i}">{w}</a> ' for i, w in enumerate([R.choice(PLACES), "生活", "随笔", "回忆"]))
    if csdn:
        meta = f'<div class="article-info-box"><span class="time">于&nbsp;{iso(d)} {hm()}:{R.randint(10, 59)}&nbsp;发布</span><span class="read-count">阅读量{R.randint(100, 99999)}</span><a class="collect">收藏 {R.randint(1, 900)}</a><span>点赞数 {R.randint(0, 300)}</span><div class="tags">文章标签：{tags}</div><div class="copyright">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div></div>'
        content = '<div id="content_views" class="markdown_views">' + ps(body) + "</div>"
    else:
        meta = f'<div class="articalInfo"><div class="articalTag"><span class="time SG_txtc">({d[0]}-{d[1]:02d}-{d[2]:02d} {hm()}:{R.randint(10, 59)})</span></div><div class="tag">标签：{tags}</div><div class="articalCate">分类：<a href="#">心情随笔</a></div></div>'
        content = '<div class="articalContent" id="sina_keyword_ad_area2">' + "".join(f'<div>&nbsp;&nbsp;&nbsp; {html.escape(p, quote=False)}</div><div><br></div>' for p in body) + "</div>"
    h = head(f"{t}_{author}_新浪博客" if not csdn else f"{t}-CSDN博客", enc_label)
    h += (f'<body>\n<div class="blognav">{nav(12)}<a href="#">登录</a> <a href="#">注册</a> <a href="#">写博客</a></div>\n'
          f'<div class="bloghead"><h1 class="blogtitle"><a href="/u/{R.randint(10**9, 10**10)}">{author}的博客</a></h1><div class="blog-desc">{R.choice(CLAUSES)}，一个人的自留地</div></div>\n'
          f'<div class="sidebar-left"><div class="info">博主：{author}<br>访问：{R.randint(10**4, 10**6)}<br>积分：{R.randint(100, 9999)}</div>{sidebar_archive(14)}'
          f'<div class="side"><h4>最新评论</h4>' + "".join(f'<p>{name()}：{R.choice(CLAUSES)}</p>' for _ in range(3)) + '</div></div>\n'
          f'<div class="articalTitle"><h2 class="titName SG_txta">{t}</h2></div>\n{meta}\n{content}\n'
          f'<div class="articalfrontback"><div>前一篇：<a href="#">{R.choice(PLACES)}的{R.choice(["冬夜", "旧相册", "小学"])}</a></div><div>后一篇：<a href="#">{R.choice(PLACES)}的{R.choice(["春笋", "蝉鸣", "河堤"])}</a></div></div>\n'
          f'<div class="IL">阅读({R.randint(20, 9999)})<em>|</em>评论({R.randint(0, 99)})<em>|</em>收藏({R.randint(0, 50)})<em>|</em>转载({R.randint(0, 20)})<em>|</em>喜欢▼<em>|</em>打印<em>|</em>举报</div>\n'
          f'<div class="allComm">{comments(3, "评论")}</div>\n'
          f'<div class="footer">新浪BLOG意见反馈留言板　电话：400-{R.randint(100, 999)}-{R.randint(1000, 9999)}　提示音后按1键（按当地市话标准计费）<br>Copyright &copy; 1996 - 2024 SINA Corporation, All Rights Reserved</div>\n</body></html>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


def forum(enc_label):
    t = R.choice(["【分享】", "【求助】", "【原创】", "[讨论]", ""]) + f"{R.choice(PLACES)}{R.choice(THINGS)}的一点体会" + R.choice(["", "，欢迎拍砖", "（长文慎入）"])
    d = ymd(); body = paras(R.randint(3, 7))
    users = [name() + str(R.randint(1, 999)) for _ in range(6)]
    def post(floor, user, content_html, dt):
        lbl = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}.get(floor, f"{floor}#")
        sig = f'<div class="sign">{R.choice(["人生若只如初见", "签名：" + R.choice(CLAUSES), "我的小店：shop" + str(R.randint(100, 999)) + ".example.cn 欢迎光临"])}</div>'
        return (f'<table id="pid{R.randint(10**6, 10**7)}" class="plhin" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div class="pi"><a class="xw1" href="#">{user}</a></div>'
                f'<div class="tns"><p>主题 {R.randint(1, 300)}</p><p>帖子 {R.randint(10, 9000)}</p><p>积分 {R.randint(10, 90000)}</p></div><p><em>{R.choice(["新手上路", "中级会员", "高级会员", "论坛元老"])}</em></p></td>'
                f'<td class="plc"><div class="pi"><strong><a href="#">{lbl}</a></strong><div class="authi"><em>发表于 {dt}</em> | <a href="#">只看该作者</a></div></div>'
                f'<div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{R.randint(10**6, 10**7)}">{content_html}</td></tr></table></div></div></td></tr>'
                f'<tr><td class="plc plm">{sig}<div class="po"><a href="#">回复</a> <a href="#">支持</a> <a href="#">反对</a></div></td></tr></table>\n')
    first = "<br />\n".join("&nbsp; &nbsp; " + html.escape(p, quote=False) for p in body)
    dt0 = f"{d[0]}-{d[1]}-{d[2]} {hm()}"
    posts = post(1, users[0], first, dt0)
    q = body[0][:30]
    for f in range(2, R.randint(4, 7)):
        rep = html.escape(R.choice(["顶楼主！", "mark一下，", "同意楼上，", "学习了，"]) + R.choice(CLAUSES) + "。" + R.choice(QUOTES) + "。", quote=False)
        if f == 3:
            rep = f'<div class="quote"><blockquote><font size="2"><font color="#999999">{users[0]} 发表于 {dt0}</font></font><br />{html.escape(q, quote=False)} ...</blockquote></div><br />' + rep
        posts += post(f, users[f % 6], rep, f"{d[0]}-{d[1]}-{min(28, d[2] + 1)} {hm()}")
    h = head(f"{t} - {R.choice(PLACES)}生活 - {R.choice(PLACES)}论坛 - Powered by Discuz!", enc_label)
    h += (f'<body id="nv_forum" class="pg_viewthread">\n<div id="toptb">{nav(10)}<a href="member.php?mod=register">立即注册</a> <a href="#">找回密码</a></div>\n'
          f'<div id="pt" class="bm cl"><a href="./">论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">{R.choice(PLACES)}生活</a> <em>&rsaquo;</em> <a href="#">{t}</a></div>\n'
          f'{ad()}\n<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{R.randint(100, 99999)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{R.randint(3, 300)}</span></div></td>'
          f'<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{t}</span></h1></td></tr></table>\n{posts}</div>\n'
          f'<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="#">2</a><a href="#">3</a><a class="nxt" href="#">下一页</a></div></div>\n'
          f'<div id="ft" class="wp cl"><p>Powered by <strong><a href="http://www.discuz.net">Discuz!</a></strong> X3.4 &copy; 2001-2024 Comsenz Inc.</p><p><a href="#">Archiver</a>|<a href="#">手机版</a>|<a href="#">小黑屋</a>| {R.choice(PLACES)}论坛 ( 浙ICP备{R.randint(10**7, 10**8)}号 )</p><p>GMT+8, {iso(ymd())} {hm()} , Processed in 0.0{R.randint(10, 99)} second(s), {R.randint(5, 30)} queries .</p></div>\n</body></html>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


def qa(enc_label):
    t = f"{R.choice(PLACES)}的{R.choice(THINGS)}怎么报名？需要准备什么材料？"
    d = ymd(); qdesc = para(2); best = paras(R.randint(2, 3))
    others = "".join(f'<div class="answer"><div class="user">{name()}<span class="lv">LV{R.randint(1, 12)}</span></div><div class="a-content">{html.escape(para(1), quote=False)}</div><div class="meta">{iso(ymd())} <a href="#">赞同({R.randint(0, 99)})</a> <a href="#">评论</a></div></div>' for _ in range(3))
    h = head(f"{t}_百科问答", enc_label)
    h += (f'<body>\n<div class="header">{nav(8)}<form><input name="word"><button>搜索答案</button><button>我要提问</button></form></div>\n'
          f'<div class="question"><h1 class="ask-title">{t}</h1><div class="q-content">{html.escape(qdesc, quote=False)}</div>'
          f'<div class="q-meta"><span>{name()}</span> | 浏览 {R.randint(100, 99999)} 次 | <span class="time">发布于{iso(d)} {hm()}</span> | <a href="#">举报</a></div></div>\n{ad()}\n'
          f'<div class="best-answer"><div class="hd">最佳答案<span class="tip">（采纳率{R.randint(50, 99)}%）</span></div><div class="best-text">' + ps(best) +
          f'</div><div class="meta">{name()} 回答于 {iso(ymd())} | 赞同 {R.randint(10, 999)}</div></div>\n'
          f'<div class="other-answers"><h3>其他{3}条回答</h3>{others}</div>\n{rel_list("相关问题", 6, False)}\n{footer("百科问答")}\n</body></html>\n')
    return h, dict(body="\n".join([qdesc] + best), title=t, published=iso(d))


def institution(kind, enc_label, word=False, text_wrapper=False):
    p, o = R.choice(PLACES), {"company": "电气股份有限公司", "school": "实验中学", "hospital": "第一人民医院", "univ": "师范大学"}[kind]
    site = p + o
    t = {"company": f"公司{R.choice(['荣获', '完成', '召开'])}{R.choice(THINGS)}{R.choice(['年度会议', '专项评审', '交流会'])}",
         "school": f"我校{R.choice(['举行', '开展', '启动'])}{R.choice(THINGS)}主题活动",
         "hospital": f"我院{R.choice(['成功开展', '举办', '启用'])}{R.choice(THINGS)}",
         "univ": f"{R.choice(['学院', '团委', '图书馆'])}举办{R.choice(THINGS)}讲座"}[kind]
    d = ymd(); body = paras(R.randint(3, 7))
    if word:
        inner = "".join(f'<p class="MsoNormal" style="text-indent:28.0pt;mso-char-indent-count:2.0;line-height:150%"><span style="font-size:14.0pt;line-height:150%;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">{html.escape(x[:len(x)//2], quote=False)}</span><span lang="EN-US" style="font-size:14.0pt;font-family:仿宋_GB2312"><o:p></o:p></span><span style="font-size:14.0pt;font-family:仿宋_GB2312">{html.escape(x[len(x)//2:], quote=False)}<span lang="EN-US"><o:p></o:p></span></span></p>\n' for x in body)
        inner = '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->\n' + inner + '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'
    else:
        inner = ps(body, R.choice(["nbsp", "fullwidth", None]))
    menu = "".join(f'<li><a href="/{i}/">{w}</a></li>' for i, w in enumerate({"company": ["网站首页", "关于我们", "产品中心", "新闻中心", "工程案例", "人才招聘", "联系我们"],
                                                                                 "school": ["学校首页", "学校概况", "校园新闻", "教学科研", "德育天地", "招生信息", "校友风采"],
                                                                                 "hospital": ["医院首页", "医院概况", "科室导航", "专家介绍", "就医指南", "健康科普", "预约挂号"],
                                                                                 "univ": ["学校首页", "学校概况", "院系设置", "师资队伍", "科学研究", "招生就业", "English"]}[kind]))
    side = "".join(f'<li><a href="#">{headline()}</a><span>{iso(ymd())}</span></li>' for _ in range(7))
    h = head(f"{t}-{site}", enc_label)
    h += (f'<body>\n<div class="header"><img src="/images/logo.png" alt="{site}"><div class="hotline">服务热线：400-{R.randint(100, 999)}-{R.randint(1000, 9999)}</div></div>\n<ul class="menu">{menu}</ul>\n'
          f'<div class="banner"><img src="/images/banner{R.randint(1, 5)}.jpg"></div>\n<div class="left"><h3>新闻中心</h3><ul><li>公司新闻</li><li>行业动态</li><li>通知公告</li></ul><h3>最新动态</h3><ul>{side}</ul></div>\n'
          f'<div class="right"><div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="#">新闻中心</a></div>\n'
          f'<div class="news-title"><h2>{t}</h2></div><div class="news-info">发布时间：{d[0]}/{d[1]}/{d[2]} {hm()}:00　浏览次数：<script src="/count.asp?id={R.randint(100, 999)}"></script>　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>\n'
          f'<div class="news-content" id="zoom">{inner}</div>\n'
          f'<div class="news-edit">（{R.choice(["文/", "供稿："])}{R.choice(["办公室", "党政办", "宣传科", "教务处"])} {name()}　审核：{name()}）</div>\n'
          f'<div class="prev-next"><p>上一条：<a href="#">{headline()}</a></p><p>下一条：<a href="#">{headline()}</a></p></div></div>\n'
          f'<div class="footer">版权所有：{site}　地址：{p}市{R.choice(PLACES)}大道{R.randint(1, 999)}号　邮编：{R.randint(100000, 999999)}<br>技术支持：{R.choice(PLACES)}网络科技　<a href="#">蜀ICP备{R.randint(10**7, 10**8)}号</a></div>\n</body></html>\n')
    if text_wrapper:
        h = f'<text id="http://www.{R.getrandbits(24):x}.example.cn/news/{R.randint(100, 999)}.html" title="{t}-{site}" encoding="gb2312">\n' + h + "</text>\n"
    return h, dict(body="\n".join(body), title=t, published=iso(d))


POEM_WORDS = ["月光", "旧窗", "江水", "芦苇", "炊烟", "石阶", "渡船", "雪", "灯火", "槐花", "故乡", "母亲的手", "晚钟", "麦田"]


def literature(enc_label, poem=False):
    t = R.choice(["散文：", "", "【美文】"]) + R.choice(["那年", "远去的", "寂静的", "永远的"]) + R.choice(POEM_WORDS)
    d = ymd()
    author = name()
    if poem:
        stanzas = []
        for _ in range(R.randint(3, 5)):
            stanzas.append([f"{R.choice(POEM_WORDS)}{R.choice(['落在', '漫过', '照着', '带走了', '守着'])}{R.choice(POEM_WORDS)}{R.choice(['的', '和', '之上的'])}{R.choice(['影子', '声音', '名字', '余温', '第{}个黄昏'.format(CH[R.randint(2, 9)])])}" for _ in range(R.randint(3, 5))])
        inner = "<p>" + "</p>\n<p>".join("<br>\n".join(s) for s in stanzas) + "</p>"
        gold = "\n".join("\n".join(s) for s in stanzas)
    else:
        lines = []
        for _ in range(R.randint(14, 24)):
            lines.append(R.choice([f"{R.choice(POEM_WORDS)}还在。", f"我又想起{R.choice(POEM_WORDS)}，想起{R.choice(PLACES)}{R.choice(['那条巷子', '那座小桥', '那片竹林'])}{R.choice(['，风吹过来的时候', '，下过雨的傍晚', '，父亲走在前面'])}{R.choice(['，一切都很慢。', '，谁也没有说话。', '，像一封没有寄出的信。'])}",
                                  f"{R.choice(['多年以后', '那一年', '后来', '直到今天'])}，{R.choice(POEM_WORDS)}{R.choice(['依旧', '早已', '仿佛'])}{R.choice(['记得每一个归人', '不再是原来的样子', '替我守着那段时光'])}。", para(1)]))
        inner = "".join(f"<p>　　{html.escape(x, quote=False)}</p>\n" for x in lines)
        gold = "\n".join(lines)
    h = head(f"{t}_{R.choice(['美文', '散文', '诗歌'])}_{R.choice(['品读网', '散文吧', '文学家园'])}", enc_label)
    h += (f'<body>\n{nav(14)}\n<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/sanwen/">散文</a></div>\n'
          f'<div class="article"><h1>{t}</h1><div class="info">作者：<a href="#">{author}</a>　时间：{iso(d)}　阅读：<script>document.write({R.randint(100, 9999)})</script>　<a href="#">投稿</a></div>\n'
          f'<div class="content">{inner}</div>\n<div class="share">喜欢这篇文章？<a href="#">收藏本文</a> <a href="#">推荐给好友</a></div>\n'
          f'<div class="pages">上一篇：<a href="#">{R.choice(POEM_WORDS)}的记忆</a>　下一篇：<a href="#">写给{R.choice(POEM_WORDS)}</a></div></div>\n'
          f'{rel_list("美文推荐", 8, False)}\n{footer(R.choice(["品读网", "散文吧"]))}\n</body></html>\n')
    return h, dict(body=gold, title=t, published=iso(d))


def english(enc_label):
    t = f"{R.choice(['Ancient', 'Riverside', 'Mountain', 'Coastal'])} {R.choice(['town', 'county', 'village', 'city'])} {R.choice(EN_VERB)} {R.choice(EN_OBJ)}"
    t = t[0].upper() + t[1:]
    d = ymd(); body = [en_para() for _ in range(R.randint(4, 9))]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d[1] - 1]
    h = head(f"{t} - Chinadaily.com.cn" if R.random() < .5 else f"{t}-Xinhua", enc_label)
    h += (f'<body>\n<div class="topnav"><a href="#">HOME</a> | <a href="#">CHINA</a> | <a href="#">WORLD</a> | <a href="#">BUSINESS</a> | <a href="#">LIFESTYLE</a> | <a href="#">CULTURE</a> | <a href="#">TRAVEL</a> | <a href="#">SPORTS</a> | <a href="#">OPINION</a> | <a href="#">REGIONAL</a> | <a href="#">中文</a></div>\n'
          f'{ad()}\n<div class="lft_art"><h1>{t}</h1><div class="info"><span class="info_l">By {R.choice(["ZHANG", "LIU", "CHEN", "HE"])} {R.choice(["YU", "XIN", "WEI", "RAN"])} in {R.choice(["Hangzhou", "Chengdu", "Kunming", "Xiamen"])} | China Daily | Updated: {iso(d)} {hm()}</span></div>\n'
          f'<div id="Content">' + ps(body[:3]) + ad() + ps(body[3:]) + '</div>\n'
          f'<div class="share">Share - <a href="#">WeChat</a></div>\n<div class="related"><h3>Related Stories</h3><ul>' + "".join(f'<li><a href="#">{R.choice(EN_SUBJ)} {R.choice(EN_VERB)} {R.choice(EN_OBJ)}</a> {mon} {R.randint(1, 28)}</li>' for _ in range(5)) + '</ul></div></div>\n'
          f'<div class="footer"><p><a href="#">About China Daily</a> | <a href="#">Advertise on Site</a> | <a href="#">Contact Us</a> | <a href="#">Job Offer</a></p><p>Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>京ICP备13028878号-6</p></div>\n</body></html>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


def trad_news(enc_label, hk=True):
    t = trad(headline()); d = ymd(); body = [trad(p) for p in paras(R.randint(4, 9))]
    dline = f"{d[0]}年{d[1]}月{d[2]}日 星期{R.choice('一二三四五六日')}" if hk else f"{d[0]}/{d[1]:02d}/{d[2]:02d} {hm()}"
    h = head(f"{t} | {'即時新聞' if hk else '生活'} | {R.choice(['星島日報', '明報', '香港01']) if hk else R.choice(['聯合新聞網', '自由時報', '中央社 CNA'])}", enc_label)
    h += (f'<body>\n<div class="nav">' + "".join(f'<a href="#">{trad(c)}</a> ' for c in CHANNELS[:25]) + f'</div>\n{ad()}\n'
          f'<article><h1 class="article-title">{t}</h1><div class="article-meta"><time>{dline}</time> <span>{trad("记者")}{trad(name())}{trad("／" + R.choice(PLACES) + "报导")}</span></div>\n'
          f'<div class="article-body">' + ps(body[:2]) + f'<div class="inline-ad">{ad()}<p>{trad("广告")}</p></div>' + ps(body[2:]) +
          f'<p class="more">{trad("更多新闻：")}<a href="#">{trad(headline())}</a></p></div>\n'
          f'<div class="tags">{trad("相关标签")}：<a href="#">{trad(R.choice(PLACES))}</a></div></article>\n'
          f'<div class="recommend"><h3>{trad("延伸阅读")}</h3><ul>' + "".join(f'<li><a href="#">{trad(headline())}</a></li>' for _ in range(6)) + '</ul></div>\n'
          f'<footer>{trad("版权所有")} &copy; {R.randint(2019, 2024)} {trad("不得转载")}｜{trad("隐私权政策")}｜{trad("联络我们")}</footer>\n</body></html>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


def br_only(enc_label):
    t = headline(); d = ymd(); body = paras(R.randint(3, 6))
    inner = "<br><br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + html.escape(p, quote=False) for p in body)
    h = head(t, enc_label)
    h += (f'<body><div align="center">{nav(20)}</div>\n<div class="m"><div class="t">{t}</div><div class="s">{d[0]}年{d[1]}月{d[2]}日 {hm()}　{R.choice(PLACES)}新闻网</div>\n'
          f'<div class="c">{inner}</div>\n<div class="e">（编辑：{name()}）</div></div>\n{rel_list()}\n{footer(R.choice(PLACES) + "新闻网")}\n</body></html>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


def short_news(enc_label):
    t = headline(); d = ymd(); body = [para(2)]
    h = head(f"{t}-{R.choice(PLACES)}在线", enc_label)
    h += (f'<body>\n{nav(36)}\n{ad()}{ad()}\n<div class="l">{hot("今日热点", 12)}</div>\n'
          f'<div class="art"><h1>{t}</h1><p class="meta">{iso(d)} {hm()} 来源：{R.choice(PLACES)}在线 编辑：{name()}</p>\n'
          f'<div class="txt">{ps(body, "fullwidth")}</div></div>\n{rel_list("相关阅读", 10)}\n{rel_list("猜你喜欢", 10, False)}\n{comments(6)}\n{footer(R.choice(PLACES) + "在线")}\n</body></html>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


# ------------------------------------------------------------------ batch 2 (added after the first run; messier markup)

def old_portal(enc_label, today=(2026, 11, 28)):
    """2000s portal: upper-case tags, unclosed <P>, <FONT>, logo in <h1>, today's date in the top bar, title in a <td>."""
    t = headline(); d = ymd(); body = paras(R.randint(5, 9))
    inner = "".join(f"<P>　　{html.escape(p, quote=False)}\n" for p in body)
    h = (f'<HTML><HEAD>\n<META http-equiv=Content-Type content="text/html; charset={enc_label}">\n<TITLE>{t}_新闻中心_{R.choice(PLACES)}热线</TITLE>\n'
         f'<SCRIPT language=javascript>function doZoom(size){{document.getElementById("zoom").style.fontSize=size+"px";}}</SCRIPT></HEAD>\n'
         f'<BODY bgColor=#ffffff leftMargin=0 topMargin=0>\n<TABLE width=760 align=center><TR><TD><H1><A href="/"><IMG alt={R.choice(PLACES)}热线 src="/img/logo.gif"></A>{R.choice(PLACES)}热线</H1></TD>'
         f'<TD align=right>{today[0]}年{today[1]}月{today[2]}日 星期六 | <A href="#">设为首页</A> | <A href="#">加入收藏</A></TD></TR></TABLE>\n'
         f'<TABLE width=760 align=center><TR><TD>' + " | ".join(f'<A href="/c{i}/">{c}</A>' for i, c in enumerate(CHANNELS[:30])) + '</TD></TR></TABLE>\n'
         f'<TABLE width=760 align=center border=0><TR><TD vAlign=top width=560>\n<TABLE width="100%"><TR><TD class=title14 align=middle><FONT size=5><B>{t}</B></FONT></TD></TR>\n'
         f'<TR><TD align=middle><FONT color=#666666>http://www.example.cn　{d[0]}年{d[1]}月{d[2]}日{d[3] if len(d) > 3 else ""} {hm()}　{R.choice(PLACES)}晚报</FONT></TD></TR>\n'
         f'<TR><TD><FONT id=zoom class=f14>\n<!--NEWSZW_HZH_BEGIN-->\n{inner}<!--NEWSZW_HZH_END-->\n</FONT></TD></TR>\n'
         f'<TR><TD align=right>【<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> <A href="javascript:doZoom(12)">小</A>】【<A href="#">打印</A>】【<A href="#">关闭</A>】</TD></TR></TABLE>\n'
         f'<TABLE width="100%"><TR><TD><B>相关链接</B><BR>' + "".join(f'·<A href="#">{headline()}</A> ({d[1]}-{R.randint(1, 28)})<BR>' for _ in range(6)) + '</TD></TR></TABLE></TD>\n'
         f'<TD vAlign=top width=200>{hot("新闻排行", 10)}</TD></TR></TABLE>\n'
         f'<TABLE width=760 align=center><TR><TD align=middle><HR size=1>{R.choice(PLACES)}热线 版权所有 未经授权禁止转载<BR>Copyright &copy; 2000-2008 All Rights Reserved</TD></TR></TABLE>\n</BODY></HTML>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


def forum_long_replies(enc_label):
    """The first post is short; the replies together are several times longer."""
    t = f"{R.choice(PLACES)}{R.choice(THINGS)}，大家怎么看？"
    d = ymd(); body = paras(2)
    posts = (f'<div class="post" id="post_1"><div class="author">{name()}<span>楼主</span></div><div class="time">发表于 {d[0]}-{d[1]:02d}-{d[2]:02d} {hm()}</div>'
             f'<div class="message">' + "<br />\n".join(html.escape(p, quote=False) for p in body) + '</div><div class="signature">——' + R.choice(CLAUSES) + '</div></div>\n')
    for f in range(2, 10):
        rep = "<br />\n".join(html.escape(para(3), quote=False) for _ in range(R.randint(1, 3)))
        posts += (f'<div class="post" id="post_{f}"><div class="author">{name()}<span>{f}楼</span></div><div class="time">发表于 {d[0]}-{d[1]:02d}-{min(28, d[2] + f // 3):02d} {hm()}</div>'
                  f'<div class="message">{rep}</div><div class="signature">{R.choice(PLACES)}人在{R.choice(PLACES)}</div></div>\n')
    h = head(f"{t} - {R.choice(PLACES)}社区 - 百姓论坛", enc_label)
    h += (f'<body>\n{nav(15)}\n<div class="thread"><h1>{t}</h1><div class="stat">[复制链接] 查看: {R.randint(100, 99999)} 回复: 8</div>\n{posts}</div>\n'
          f'<div class="reply-box"><textarea></textarea><button>发表回复</button></div>\n{footer("百姓论坛")}\n</body></html>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


def nested_td_text(enc_label):
    """Body as bare text nodes with <br> and <font> runs in nested table cells, a stray <span> split mid-sentence."""
    t = headline(); d = ymd(); body = paras(R.randint(4, 7))
    def mess(p):
        k = len(p) // 3
        return f'<font face="宋体">{html.escape(p[:k], quote=False)}</font><span style="color:#000">{html.escape(p[k:2 * k], quote=False)}</span>{html.escape(p[2 * k:], quote=False)}'
    inner = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + mess(p) for p in body)
    h = head(f"{t}", enc_label)
    h += (f'<body><table width="1000" align="center"><tr><td>{nav(25)}</td></tr>\n<tr><td><table width="100%"><tr><td width="700" valign="top">'
          f'<table width="100%" cellpadding="10"><tr><td class="bt" align="center" style="font-size:22px;font-weight:bold;color:#c00">{t}</td></tr>'
          f'<tr><td align="center" style="border-bottom:1px dashed #ccc">发布日期：{d[0]}年{d[1]}月{d[2]}日　信息来源：{R.choice(PLACES)}广播电视台　浏览：<span id="hits">0</span>次</td></tr>'
          f'<tr><td><table width="100%"><tr><td style="line-height:28px;font-size:15px">{inner}</td></tr></table></td></tr></table></td>\n'
          f'<td width="300" valign="top">{rel_list("最新更新", 12)}{ad()}</td></tr></table></td></tr>\n'
          f'<tr><td>{footer(R.choice(PLACES) + "广播电视台")}</td></tr></table></body></html>\n')
    return h, dict(body="\n".join(body), title=t, published=iso(d))


def article_with_inner_box(enc_label):
    """Inside the article div: a 相关链接 box, an <iframe> ad, a 本文来源 note and a 【纠错】 link; body has an <ol> of steps."""
    t = headline(); d = ymd(); a = paras(3); steps = [f"第{CH[i + 1]}步，{sent()}" for i in range(R.randint(3, 5))]; b = paras(2)
    inner = (ps(a) + f'<div class="box-related"><b>相关链接：</b><a href="#">{headline()}</a> <a href="#">{headline()}</a></div>\n'
             + "<ol>" + "".join(f"<li>{html.escape(s, quote=False)}</li>" for s in steps) + "</ol>\n"
             + f'<iframe src="//ads.example.cn/frame?{R.randint(100, 999)}" width="600" height="90" frameborder="0" scrolling="no"></iframe>\n' + ps(b)
             + f'<p class="source-note">（本文来源：{R.choice(PLACES)}日报　作者：{name()}）</p><p class="jc"><a href="#">【纠错】</a> <a href="#">【责任编辑：{name()}】</a></p>')
    h = head(f"{t}-{R.choice(PLACES)}网", enc_label)
    h += (f'<body>\n{nav(30)}\n<div class="container"><div class="main"><h1>{t}</h1><div class="info"><span>{d[0]}-{d[1]:02d}-{d[2]:02d} {hm()}:{R.randint(10, 59)}</span><span>来源：{R.choice(PLACES)}网</span></div>\n'
          f'<div id="detail" class="TRS_Editor">{inner}</div></div>\n<div class="side">{hot()}{ad()}</div></div>\n{comments(20)}\n{footer(R.choice(PLACES) + "网")}\n</body></html>\n')
    return h, dict(body="\n".join(a + steps + b), title=t, published=iso(d))


def span_divs_iframes(enc_label, bom=False):
    """Paragraphs as <div><span>…</span></div>, iframes and a 4 KB inline JSON script between them; a header date of 'today'."""
    t = headline(); d = ymd(); body = paras(R.randint(5, 9))
    blob = json.dumps({"list": [{"id": R.randint(1, 10**6), "title": headline(), "time": iso(ymd())} for _ in range(25)]}, ensure_ascii=False)
    blocks = []
    for i, p in enumerate(body):
        blocks.append(f'<div class="para"><span style="font-size:16px;">{html.escape(p, quote=False)}</span></div>\n')
        if i == 2:
            blocks.append(f'<script>window.__INITIAL_STATE__={blob};</script>\n')
        if i == 4:
            blocks.append(f'<iframe src="//v.example.cn/embed/{R.randint(10**5, 10**6)}" width="640" height="360"></iframe>\n')
    h = head(f"{t}_{R.choice(PLACES)}新闻_{R.choice(PLACES)}网", enc_label)
    h += (f'<body>\n<div class="topbar">今天是：2026年11月28日 星期六　农历十月初九　<a href="#">登录</a></div>\n{nav(34)}\n'
          f'<div class="art"><div class="art-title"><h2>{t}</h2></div><div class="art-info">时间：{d[0]}.{d[1]:02d}.{d[2]:02d}　作者：{name()}</div>\n'
          f'<div class="art-con">{"".join(blocks)}</div></div>\n{rel_list("推荐阅读", 8)}\n{footer(R.choice(PLACES) + "网")}\n</body></html>\n')
    if bom:
        h = "\ufeff" + h
    return h, dict(body="\n".join(body), title=t, published=iso(d))


# ------------------------------------------------------------------ build
PLAN = [
    # (kind, kwargs, encoding to write, charset label in meta or None, http headers)
    ("portal", dict(site="新浪网", channel="新闻中心", style=None, split=True), "gbk", "gb2312", {}),
    ("portal", dict(site="网易新闻", channel="国内新闻", style=None, images=True), "gbk", "gbk", {}),
    ("portal", dict(site="搜狐", channel="社会", style="fullwidth", video=True), "utf-8", "utf-8", {}),
    ("portal", dict(site="凤凰网资讯", channel="大陆", style=None, multipage=True), "utf-8", "utf-8", {"Content-Type": "text/html; charset=utf-8"}),
    ("portal", dict(site="人民网", channel="地方", style="nbsp", split=True, comment_marker=False), "gbk", "GB2312", {"Content-Type": "text/html; charset=GB2312"}),
    ("portal", dict(site="新华网", channel="时政", style=None, k=34), "utf-8", "utf-8", {}),
    ("portal", dict(site="腾讯新闻", channel="图片", images=True, split=True), "utf-8", None, {}),
    ("portal", dict(site="中国新闻网", channel="社会新闻", style="fullwidth"), "gb18030", "gb2312", {}),
    ("portal", dict(site="新浪财经", channel="滚动", multipage=True, split=True), "gbk", "utf-8", {}),   # mislabelled
    ("portal", dict(site="网易", channel="本地", k=32, split=True), "gbk", "gbk", {"Content-Type": "text/html"}),
    ("portal", dict(site="央视网", channel="新闻", video=True, k=2), "utf-8", "utf-8", {}),
    ("portal", dict(site="光明网", channel="文化", style="nbsp", images=True), "gbk", None, {}),           # missing charset
    ("local_td", dict(site="江夏新闻网"), "gbk", "gb2312", {}),
    ("local_td", dict(site="临川在线"), "gbk", None, {}),
    ("local_td", dict(site="汶上信息港"), "utf-8", "utf-8", {}),
    ("local_td", dict(site="宁乡新闻网"), "gb18030", "gb2312", {"Content-Type": "text/html; charset=gb2312"}),
    ("blog", dict(), "utf-8", "utf-8", {}),
    ("blog", dict(), "gbk", "gb2312", {}),
    ("blog", dict(csdn=True), "utf-8", "utf-8", {}),
    ("blog", dict(), "utf-8", None, {}),
    ("forum", dict(), "gbk", "gbk", {}),
    ("forum", dict(), "utf-8", "utf-8", {}),
    ("forum", dict(), "gbk", "gb2312", {"Content-Type": "text/html; charset=gbk"}),
    ("forum", dict(), "big5t", "big5", {}),
    ("qa", dict(), "gbk", "gbk", {}),
    ("qa", dict(), "utf-8", "utf-8", {}),
    ("institution", dict(kind="company"), "utf-8", "utf-8", {}),
    ("institution", dict(kind="company", word=True), "gbk", "gb2312", {}),
    ("institution", dict(kind="school"), "gbk", "gb2312", {}),
    ("institution", dict(kind="school", word=True), "utf-8", "utf-8", {}),
    ("institution", dict(kind="hospital"), "utf-8", None, {}),
    ("institution", dict(kind="hospital", word=True), "gbk", "gbk", {}),
    ("institution", dict(kind="univ"), "utf-8", "utf-8", {}),
    ("institution", dict(kind="company", text_wrapper=True), "gbk", "gb2312", {}),
    ("literature", dict(), "gbk", "gb2312", {}),
    ("literature", dict(poem=True), "utf-8", "utf-8", {}),
    ("literature", dict(poem=True), "gbk", "gbk", {}),
    ("literature", dict(), "utf-8", "utf-8", {}),
    ("english", dict(), "utf-8", "utf-8", {}),
    ("english", dict(), "utf-8", None, {}),
    ("english", dict(), "utf-8", "utf-8", {"Content-Type": "text/html; charset=UTF-8"}),
    ("trad_news", dict(hk=True), "big5", "big5", {}),
    ("trad_news", dict(hk=True), "utf-8", "utf-8", {}),
    ("trad_news", dict(hk=False), "utf-8", "utf-8", {}),
    ("trad_news", dict(hk=True), "big5", None, {}),
    ("trad_news", dict(hk=False), "big5", "utf-8", {}),   # mislabelled
    ("br_only", dict(), "gbk", "gb2312", {}),
    ("br_only", dict(), "utf-8", "utf-8", {}),
    ("short_news", dict(), "utf-8", "utf-8", {}),
    ("short_news", dict(), "gbk", "gbk", {}),
    # batch 2: added after the first run (see README), messier markup
    ("old_portal", dict(), "gbk", "gb2312", {}),
    ("old_portal", dict(), "gbk", "GBK", {"Content-Type": "text/html; charset=utf-8"}),   # HTTP header wrong, meta right
    ("forum_long_replies", dict(), "utf-8", "utf-8", {}),
    ("forum_long_replies", dict(), "gbk", "gbk", {}),
    ("nested_td_text", dict(), "gbk", "gb2312", {}),
    ("nested_td_text", dict(), "utf-8", None, {}),
    ("article_with_inner_box", dict(), "utf-8", "utf-8", {}),
    ("article_with_inner_box", dict(), "gb18030", "gbk", {}),
    ("span_divs_iframes", dict(), "utf-8", "utf-8", {}),
    ("span_divs_iframes", dict(bom=True), "utf-8", "gb2312", {}),   # UTF-8 with BOM, meta says gb2312
]


def main():
    out = os.path.join(HERE, "pages")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    lines = []
    for i, (kind, kw, enc, label, headers) in enumerate(PLAN, 1):
        fn = globals()[kind]
        if enc == "big5t":  # forum in traditional characters
            page, gold = fn(enc_label=label, **kw)
            page, gold = trad(page), {k: trad(v) if k != "published" else v for k, v in gold.items()}
            enc = "big5"
        else:
            page, gold = fn(enc_label=label, **kw)
        if enc == "gb18030":  # a character outside GBK (CJK Ext. A, as in the name 刘䶮), only GB18030 can carry it
            first = gold["body"][:gold["body"].index("。") + 1]
            assert first in page
            page = page.replace(first, first[:-1] + "，退休教师刘䶮也在其中。", 1)
            gold["body"] = gold["body"].replace(first, first[:-1] + "，退休教师刘䶮也在其中。", 1)
        raw = page.encode(enc, errors="xmlcharrefreplace")
        lang = "en" if kind == "english" else "zh"
        path = f"pages/{i:02d}-{kind}.html"
        open(os.path.join(HERE, path), "wb").write(raw)
        lines.append(json.dumps(dict(path=path, url=f"http://example.com/web-holdout-3/{i:02d}-{kind}.html", headers=headers, lang=lang, gold=gold), ensure_ascii=False))
    open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(len(lines), "pages")


if __name__ == "__main__":
    main()
