# -*- coding: utf-8 -*-
"""Generate web-holdout-5: Chinese pages shaped like the real ones that public extraction benchmarks
are made of (CleanEval-zh-like news and blog pages, GNE's news test pages, the Chinese part of
web-content-extraction benchmarks), for issue 10: bodies that collapse on templates nobody
anticipated, and publication dates in every form and place real pages put them.

    python make_pages.py        # rewrites pages/* and manifest.jsonl

Written blind to the extractor.  Nothing is downloaded: every page is written here the way the
real site writes it -- head section with its statistics and ad scripts, navigation, breadcrumbs,
share bars, voice-broadcast widgets, 展开全文 folds, sidebars of dated headline lists, 相关阅读,
comments, recommendation feeds, copyright/ICP footers.  Deterministic (seeded).  Each page is
stored as raw bytes in its own encoding: UTF-8 mostly, GB2312/GBK for older mainland pages (some
behind a charset header that lies), Big5 for Taiwan and Hong Kong pages.

Gold per page (see README.md for the rules and why):
  body       the article's own paragraphs, "\\n" between; in-body subheadings are lines of their own;
             a dateline inside the first paragraph (新华社北京2月13日电（记者 …）) stays; no title,
             byline/source/info bar, editor line (责任编辑), caption or photo credit, share bar,
             related list, comment, reply, signature, fold button or footer.  Forum threads: the
             first post only.  Official documents: the text including the signing office and date.
  title      the headline as the article shows it (not the <title> with its site suffix).
  published  YYYY-MM-DD (what score.py compares) in China/Taiwan/HK local time: the article's own
             publication (first post, issue date for e-papers, 发布 not 编辑/更新).
  with_ / without   trafilatura-style snippets (must be in / must not be in the extracted body).
"""
import datetime as dt
import html
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20250213)
PAGES = []
CRAWL = dt.datetime(2024, 5, 6, 9, 41)          # when the pages were "saved" (header scripts print it)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def pick(seq, k=None):
    if k is None:
        return R.choice(seq)
    return R.sample(seq, k)


def jdump(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def jdump_ascii(o):
    return json.dumps(o, ensure_ascii=True, separators=(",", ":"))


_t2s = {}


def trad(s, cfg="s2twp"):
    """Traditional Chinese as Taiwan ('s2twp') or Hong Kong ('s2hk') pages write it."""
    import opencc
    if cfg not in _t2s:
        _t2s[cfg] = opencc.OpenCC(cfg)
    return _t2s[cfg].convert(s)


# ====================================================================== dates
WEEK = "一二三四五六日"


def when(y, m, d, hh=None, mm=None, ss=None):
    if hh is None:
        hh = R.randint(6, 22)
    if mm is None:
        mm = R.randint(0, 59)
    if ss is None:
        ss = R.randint(0, 59)
    return dt.datetime(y, m, d, hh, mm, ss)


def ymd(t):
    return t.strftime("%Y-%m-%d")


def ymdhm(t, sep="-"):
    return t.strftime(f"%Y{sep}%m{sep}%d %H:%M")


def ymdhms(t, sep="-"):
    return t.strftime(f"%Y{sep}%m{sep}%d %H:%M:%S")


def cn(t):
    return f"{t.year}年{t.month:02d}月{t.day:02d}日"


def cn_np(t):
    return f"{t.year}年{t.month}月{t.day}日"


def cnhm(t):
    return f"{cn(t)}{t.hour:02d}:{t.minute:02d}"


def wk(t):
    return "星期" + WEEK[t.weekday()]


def epoch(t):
    """Seconds since the epoch of a China-time (UTC+8) naive datetime."""
    return int(t.replace(tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp())


def iso8(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"


def isoz(t):
    return (t - dt.timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def shift(t, days=0, hours=0, minutes=0):
    return t + dt.timedelta(days=days, hours=hours, minutes=minutes)


CN_NUM = "〇一二三四五六七八九"


def cn_numeral_date(t):
    """二〇二二年二月十三日 (how official documents date themselves)."""
    def small(n):
        if n < 10:
            return CN_NUM[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_NUM[n - 10]
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    return "".join(CN_NUM[int(c)] for c in str(t.year)) + "年" + small(t.month) + "月" + small(t.day) + "日"


def roc(t):
    return t.year - 1911


# ====================================================================== people, places, headlines
SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
GIV = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红志国建文辉力永健世广义兴良海山仁波宁贵福生龙元全胜学祥才发成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"


def name(n=None):
    n = n or R.choice([2, 3, 3])
    return R.choice(SUR) + "".join(R.choice(GIV) for _ in range(n - 1))


CITIES = [("浙江", "绍兴", "柯桥区"), ("湖北", "襄阳", "枣阳市"), ("四川", "绵阳", "三台县"), ("山东", "潍坊", "寿光市"),
          ("江西", "赣州", "于都县"), ("河南", "洛阳", "栾川县"), ("广西", "柳州", "融水苗族自治县"), ("湖南", "常德", "桃源县"),
          ("安徽", "安庆", "潜山市"), ("江苏", "盐城", "东台市"), ("福建", "南平", "武夷山市"), ("陕西", "汉中", "留坝县"),
          ("贵州", "遵义", "湄潭县"), ("云南", "大理", "宾川县"), ("甘肃", "天水", "秦安县"), ("河北", "保定", "阜平县")]


def place():
    return R.choice(CITIES)


HEADLINES = [
    "全国春运客流总体平稳有序", "多地出台措施促进消费回暖", "国家统计局发布最新CPI数据", "教育部部署做好高校毕业生就业工作",
    "气象台发布寒潮蓝色预警", "我国成功发射一颗遥感卫星", "新能源汽车下乡活动启动", "多部门联合开展食品安全专项检查",
    "一季度外贸进出口实现开门红", "全国农村人居环境整治取得新进展", "国务院常务会议部署稳就业举措", "中央气象台：南方将迎强降雨",
    "多地公布最新房地产调控政策", "医保目录调整结果公布", "个人所得税年度汇算开始预约", "第三批国家级非遗保护单位公布",
    "长江流域重点水域禁渔效果显现", "全国铁路实行新的列车运行图", "新修订的安全生产法正式施行", "第二十届中国国际农交会开幕",
    "跨境电商综试区再扩容", "数字人民币试点范围扩大", "文旅部发布假日旅游提示", "全国碳市场运行平稳", "冬奥会志愿者培训全面展开",
    "北方地区清洁取暖试点城市名单公布", "今年夏粮收购工作启动", "义务教育课后服务实现全覆盖", "多地中小学将迎来开学季",
    "国家发改委：保障能源安全稳定供应", "我国5G基站总数突破百万", "中欧班列开行数量再创新高", "多省份上调最低工资标准",
    "城市更新行动扎实推进", "高速公路服务区新增充电桩", "国产大飞机完成首次交付", "全国消协组织受理投诉情况分析",
    "黄河流域生态保护取得积极成效", "民营企业座谈会召开", "青少年近视防控工作推进会举行", "暑期文化惠民活动丰富多彩",
    "乡村振兴重点帮扶县名单确定", "社区养老服务设施建设提速", "台风“梅花”登陆浙江舟山", "全国多地迎来降温降雪",
    "电影春节档票房创新高", "快递业务量同比增长超两成", "世界互联网大会在乌镇开幕", "高校毕业生就业创业促进行动启动",
]


def heads(k):
    return R.sample(HEADLINES, k)


def dated_list(k, t, spread=40, fmt=None, future=True):
    """Headline list with dates around t (sidebar decoys): some before, some after the article."""
    out = []
    for h in heads(k):
        d = shift(t, days=R.randint(-spread, spread if future else -1), hours=R.randint(-5, 5))
        out.append((h, d))
    return out


BAIDU_TONGJI = """<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?%s";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>"""


def tongji():
    return BAIDU_TONGJI % "".join(R.choice("0123456789abcdef") for _ in range(32))


def cnzz():
    n = R.randint(1000000000, 1280000000)
    return (f'<script type="text/javascript">var cnzz_protocol = (("https:" == document.location.protocol) ? "https://" : "http://");'
            f'document.write(unescape("%3Cspan id=\'cnzz_stat_icon_{n}\'%3E%3C/span%3E%3Cscript src=\'" + cnzz_protocol + '
            f'"s{R.randint(4, 23)}.cnzz.com/z_stat.php%3Fid%3D{n}%26show%3Dpic\' type=\'text/javascript\'%3E%3C/script%3E"));</script>')


def icp(prov="京"):
    return f"{prov}ICP备{R.randint(10000000, 21999999)}号-{R.randint(1, 9)}"


def gongan(prov="京"):
    return f"{prov}公网安备 {R.randint(11000002000000, 53000002009999)}号"


# ====================================================================== story kits (title, paragraphs)
# A paragraph is a str; ("h", text) is an in-body subheading (a line of its own in the gold).

def kit_rail(p=None):
    prov, city, county = p or place()
    km, st, mins = R.randint(38, 160), R.randint(4, 12), R.randint(18, 55)
    chief = name()
    title = f"{city}至{R.choice(['杭州', '武汉', '成都', '济南', '南昌', '郑州', '南宁', '长沙'])}城际铁路正式开通运营"
    return title, [
        f"{city}至省会城际铁路今天上午正式开通运营，首趟列车于8时整从{city}北站驶出。线路全长{km}公里，设{st}座车站，设计时速250公里，开通后{city}至省会最快{mins}分钟可达。",
        f"这条城际铁路于{R.randint(2016, 2019)}年开工建设，沿线经过{county}等{R.randint(3, 7)}个县（市、区），是{prov}“十三五”期间重点推进的交通项目之一。建设过程中，施工单位克服了软土地基、跨越河流多等困难，累计完成桥梁{R.randint(20, 90)}座、隧道{R.randint(2, 16)}座。",
        f"“以前去省城办事要坐两个多小时大巴，现在早上出门，中午就能回来。”在首趟列车上，家住{county}的乘客{name()}告诉记者，她特意带着孩子来体验，“车厢干净宽敞，座位也舒服。”",
        f"据铁路部门介绍，开通初期每天安排开行动车组列车{R.randint(12, 40)}对，早晚高峰时段加密班次，并实行计次票、定期票等新型票制产品，方便通勤旅客出行。",
        f"{city}市发展改革委主任{chief}表示，城际铁路的开通将进一步拉近{city}与省会的时空距离，促进沿线产业协作和人员往来，对推动区域一体化发展具有重要意义。",
        f"为做好接驳服务，{city}市已同步开通{R.randint(3, 9)}条公交接驳线路，在各站点设置出租车候客区和非机动车停放区，并在车站周边增设停车泊位{R.randint(300, 1200)}个。",
    ]


def kit_harvest(p=None):
    prov, city, county = p or place()
    mu, yld = R.randint(20, 90), R.randint(520, 720)
    title = f"{county}{R.randint(20, 90)}万亩小麦开镰收割"
    return title, [
        f"连日来，{county}各地抢抓晴好天气开展小麦收割，田间地头一派繁忙景象。今年全县种植小麦{mu}万亩，预计平均亩产{yld}公斤，较去年略有增加。",
        f"在{R.choice(['城关镇', '新集镇', '李桥村', '王庄村', '河西村'])}的麦田里，几台大型联合收割机来回穿梭，金黄的麦穗被卷入机舱，不一会儿，饱满的麦粒就装满了运粮车。种粮大户{name()}流转了{R.randint(300, 2000)}亩土地，他算了一笔账：“今年麦子长势好，又赶上价格不错，一亩地能比去年多收一百来块钱。”",
        f"为确保颗粒归仓，{county}农业农村局提前组织{R.randint(800, 3000)}台联合收割机投入“三夏”生产，设立农机跨区作业接待服务站{R.randint(6, 20)}个，为过往农机手提供加油、维修、食宿等服务。",
        f"县农技推广中心研究员{name()}介绍，今年小麦生长期间气候条件总体有利，加上推广了宽幅播种、“一喷三防”等技术，小麦千粒重明显提高，病虫害发生程度较轻。",
        f"目前，全县已收获小麦{R.randint(30, 70)}%以上，预计{R.randint(5, 10)}天内全部收割完毕。收割结束后，各地将及时开展夏种，确保全年粮食生产稳定。",
    ]


def kit_school(p=None):
    prov, city, county = p or place()
    n = R.randint(3, 9)
    head = name()
    title = f"{city}今年新建改扩建中小学{n}所 新增学位{R.randint(6, 18)}000个"
    return title, [
        f"记者从{city}市教育局获悉，今年秋季学期开学前，全市将有{n}所新建、改扩建中小学投入使用，新增学位{R.randint(6, 18)}000个，进一步缓解城区学校“大班额”问题。",
        f"位于城东新区的{city}市第{R.choice(['三', '五', '七', '十一', '十五'])}中学是今年新建学校之一，占地{R.randint(60, 130)}亩，规划{R.randint(36, 60)}个教学班。记者在施工现场看到，教学楼、实验楼已完成主体建设，工人们正在进行室内装修和操场铺设。",
        ("h", "优化布局 补齐短板"),
        f"近年来，{city}城区人口持续增长，部分学校入学压力较大。市教育局局长{head}介绍，全市按照“建一批、扩一批、提一批”的思路，统筹推进中小学校建设，三年来累计投入资金{R.randint(20, 60)}亿元。",
        f"除了新建学校，{city}还通过集团化办学、城乡学校共同体等方式，推动优质教育资源向农村和新城区延伸。目前，全市已组建教育集团{R.randint(20, 50)}个，覆盖学校{R.randint(100, 220)}所。",
        ("h", "配齐师资 确保开学"),
        f"为保证新学校顺利开学，{city}今年公开招聘教师{R.randint(400, 1200)}名，并从城区优质学校选派骨干教师到新校任教。“硬件建好了，关键还要有好老师。”{head}说。",
    ]


def kit_tech_company(p=None):
    prov, city, county = p or place()
    co = R.choice(["恒瑞精工", "华辰智能", "创远电子", "天擎科技", "新锐光电", "中科微达"])
    ceo = name()
    return f"{co}发布新一代工业机器人 核心部件实现自主可控", [
        f"{R.choice(['13日', '5日', '20日', '28日'])}，{co}在{city}举行新品发布会，正式发布新一代六轴工业机器人。该产品重复定位精度达到±0.02毫米，最大负载{R.randint(6, 50)}公斤，减速器、伺服电机和控制器等核心部件全部由企业自主研发。",
        f"“过去核心部件主要依赖进口，成本高、交货周期长，这几年我们下决心自己干。”{co}董事长{ceo}说，公司研发投入占营业收入的比重连续五年保持在{R.randint(8, 15)}%以上，目前已拥有发明专利{R.randint(60, 300)}项。",
        f"据介绍，新产品主要面向汽车零部件、3C电子、锂电池等行业的焊接、装配和搬运场景，与上一代产品相比，能耗降低{R.randint(10, 30)}%，体积缩小约四分之一，价格下降{R.randint(15, 35)}%。",
        f"发布会上，{co}还与{R.randint(5, 12)}家下游企业签订了合作协议，意向订单金额超过{R.randint(2, 9)}亿元。",
        f"业内人士认为，随着制造业转型升级加快，工业机器人市场需求持续增长，国产机器人企业在性价比和服务响应速度上具有优势，市场份额有望进一步提升。",
    ]


def kit_hospital(p=None):
    prov, city, county = p or place()
    dean = name()
    return f"{county}人民医院新院区启用 可开放床位{R.randint(6, 12)}00张", [
        f"经过三年建设，{county}人民医院新院区于近日正式启用。新院区总建筑面积{R.randint(8, 15)}万平方米，设计床位{R.randint(6, 12)}00张，门急诊、医技、住院等功能一应俱全。",
        f"记者在新院区看到，门诊大厅宽敞明亮，自助挂号机、智能导诊台随处可见。患者通过手机就能完成预约挂号、缴费和查询检查结果，平均候诊时间比老院区缩短近一半。",
        f"“以前看病要在好几栋楼之间来回跑，现在一栋楼就能全部搞定。”带着母亲来复诊的{name()}说。",
        f"院长{dean}介绍，新院区新增了胸痛中心、卒中中心和创伤中心，并引进了{R.choice(['1.5T磁共振', '64排CT', 'DSA血管造影机', '直线加速器'])}等一批大型设备，多项过去需要转诊到市级医院的手术，今后在县里就能完成。",
        f"同时，医院与省内{R.randint(2, 5)}家三甲医院建立了紧密型医联体，专家定期下沉坐诊，并开通远程会诊平台，让群众在家门口就能享受到优质医疗服务。",
        "按照计划，老院区将改建为康复医院和老年护理中心，进一步完善县域医疗服务体系。",
    ]


def kit_river(p=None):
    prov, city, county = p or place()
    river = R.choice(["白溪河", "清水河", "南渠", "柳河", "沙河", "马家河"])
    off = name()
    return f"{river}综合治理见成效 黑臭水体变身“城市客厅”", [
        f"清晨，{city}{river}两岸的绿道上，市民或跑步，或散步，河面上不时有白鹭掠过。很难想象，几年前这里还是一条远近闻名的“臭水沟”。",
        f"{river}全长{R.randint(8, 30)}公里，流经{city}主城区。由于沿岸企业和居民生活污水长期直排，河道一度淤积严重、水质发黑。{R.randint(2016, 2019)}年起，{city}启动{river}综合治理工程，累计投入资金{R.randint(5, 30)}亿元。",
        f"“治水先治源，我们把沿河{R.randint(100, 400)}多个排污口全部封堵，新建截污管网{R.randint(40, 120)}公里。”{city}市水利局副局长{off}说。在此基础上，{city}实施清淤疏浚、生态补水和岸线绿化，河道水质由劣V类提升至IV类，部分断面达到III类。",
        f"治理后的{river}沿岸建成了{R.randint(5, 15)}座口袋公园和{R.randint(10, 30)}公里滨河绿道，成为市民休闲健身的好去处。附近居民{name()}说：“以前夏天都不敢开窗，现在每天晚饭后都要到河边走一走。”",
        f"下一步，{city}将全面推行河长制，建立常态化巡河机制，防止水质反弹，让{river}长治久清。",
    ]


def kit_museum(p=None):
    prov, city, county = p or place()
    cur = name()
    n = R.randint(120, 300)
    return f"“千年{city}”文物特展开幕 {n}余件珍贵文物集中亮相", [
        f"由{city}市博物馆主办的“千年{city}——{city}地区出土文物特展”近日开幕，{n}余件（套）珍贵文物集中亮相，其中一级文物{R.randint(8, 30)}件，不少展品是首次公开展出。",
        f"展览分为“文明曙光”“城邑兴起”“商贸繁盛”“人文荟萃”四个单元，展品涵盖陶器、青铜器、瓷器、书画等多个门类，时间跨度从新石器时代一直延续到明清时期。",
        f"在展厅中央，一件{R.choice(['战国青铜编钟', '唐代三彩骆驼俑', '宋代青白瓷执壶', '汉代错金银铜壶'])}吸引了不少观众驻足。策展人{cur}介绍，这件文物{R.randint(1978, 2015)}年出土于{county}，造型精美、保存完好，是馆里的“镇馆之宝”之一。",
        f"为了让文物“活”起来，展览还设置了数字互动区，观众通过触摸屏可以360度观看文物细节，并了解其出土过程和背后的历史故事。",
        f"展览将持续至{R.randint(5, 10)}月底，市民可通过博物馆微信公众号免费预约参观。展览期间，博物馆还将推出专家讲座、亲子研学等系列社会教育活动。",
    ]


def kit_marathon(p=None, year=None):
    prov, city, county = p or place()
    n = R.randint(2, 4) * 10000
    w1, w2 = name(), name()
    return f"{n // 10000}万名跑者齐聚 {year or R.randint(2018, 2023)}{city}马拉松鸣枪开跑", [
        f"今天上午7时30分，{city}马拉松在市民广场鸣枪开跑，来自国内外的{n // 10000}万名跑者参加了全程马拉松、半程马拉松和健康跑三个项目的比赛。",
        f"本届赛事全程马拉松赛道途经{city}古城、滨江公园、高新区等地标，串联起城市的历史与现代风貌。沿途设置了{R.randint(10, 25)}个加油站，当地市民自发为跑者送上水果和掌声。",
        f"经过激烈角逐，{w1}以2小时{R.randint(12, 28)}分{R.randint(10, 59)}秒的成绩获得男子全程马拉松冠军，{w2}以2小时{R.randint(31, 50)}分{R.randint(10, 59)}秒获得女子组冠军。",
        f"“赛道很平，补给也很充足，跑起来特别舒服。”第一次参加{city}马拉松的跑者{name()}说，明年还要带着朋友一起来。",
        f"为保障赛事顺利进行，组委会安排了{R.randint(2000, 6000)}名志愿者和{R.randint(300, 900)}名医护人员，并在赛道沿线设置了AED除颤仪和医疗救护点。比赛期间，全程未发生重大伤病事件。",
    ]


def kit_stats(p=None):
    prov, city, county = p or place()
    g = R.randint(48, 72) / 10
    return f"前三季度{prov}经济运行稳中有进 地区生产总值同比增长{g}%", [
        f"记者从{prov}统计局获悉，前三季度全省实现地区生产总值{R.randint(20000, 60000)}.{R.randint(1, 9)}亿元，按不变价格计算，同比增长{g}%，增速比上半年加快{R.randint(1, 6) / 10}个百分点。",
        f"分产业看，第一产业增加值同比增长{R.randint(28, 45) / 10}%，第二产业增长{R.randint(45, 80) / 10}%，第三产业增长{R.randint(45, 75) / 10}%。规模以上工业增加值同比增长{R.randint(50, 90) / 10}%，其中高技术制造业增长{R.randint(100, 200) / 10}%，明显快于全部规上工业。",
        f"消费市场持续回暖。前三季度，全省社会消费品零售总额同比增长{R.randint(50, 90) / 10}%，其中限额以上单位新能源汽车零售额增长{R.randint(30, 80)}%以上，升级类商品消费较为活跃。",
        f"省统计局新闻发言人{name()}表示，总体来看，前三季度全省经济延续恢复向好态势，但外部环境依然复杂严峻，部分企业经营仍面临困难，下一步要持续巩固经济回升基础。",
    ]


def kit_festival_market(p=None):
    prov, city, county = p or place()
    return f"年味渐浓 {city}年货市场购销两旺", [
        f"春节临近，{city}各大商场、超市和农贸市场人头攒动，对联、灯笼、干果、腊味等年货琳琅满目，市民们纷纷赶来采购，年味越来越浓。",
        f"在城区{R.choice(['东关', '西街', '南门', '北关'])}农贸市场，摊主{name()}正忙着给顾客称腊肉。“今年腊肉卖得特别好，一天能卖出去两三百斤。”她一边找零一边说。",
        f"记者走访发现，今年年货市场供应充足，价格总体平稳。猪肉每斤{R.randint(12, 18)}元左右，鸡蛋每斤{R.randint(4, 7)}元左右，蔬菜价格受天气影响略有上涨。",
        f"线上年货消费同样火热。不少商家通过直播带货销售本地特色农产品，{county}的{R.choice(['香菇', '腊肠', '黄酒', '茶叶', '柑橘'])}通过电商平台销往全国各地，节前销售额同比增长{R.randint(20, 60)}%。",
        f"{city}市商务局相关负责人表示，节日期间将加强市场监测和调度，确保重要民生商品供应不断档、不脱销，同时加大市场监管力度，严厉打击哄抬价格、以次充好等行为。",
    ]


def kit_rescue(p=None):
    prov, city, county = p or place()
    n = R.randint(40, 400)
    return f"{county}遭遇强降雨 消防救援人员连夜转移被困群众{n}人", [
        f"受强对流天气影响，{R.choice(['12日', '7日', '19日', '24日'])}夜间，{county}普降暴雨到大暴雨，局部出现特大暴雨，最大小时降雨量达{R.randint(60, 120)}毫米，部分乡镇道路积水、农田被淹，群众被困。",
        f"险情发生后，{county}立即启动防汛Ⅳ级应急响应，消防救援、公安、武警及民兵应急分队迅速赶赴现场，冒雨开展救援。截至13日上午8时，共转移被困群众{n}人，其中老人和儿童{n // 3}人，无人员伤亡。",
        f"“水一下子就漫到了膝盖，我们一家五口都被困在二楼。”{R.choice(['沙河村', '东湾村', '柳林村'])}村民{name()}说，凌晨两点多，救援人员划着冲锋舟把他们接了出来。",
        f"目前，各安置点已为转移群众提供了食品、饮用水和御寒衣物，卫生部门派出医疗队开展巡诊和消杀工作。",
        f"气象部门预计，未来三天该县仍有较强降雨过程，提醒群众注意防范山洪、地质灾害及城乡积涝，非必要不前往河道、山区等危险区域。",
    ]


def kit_tourism(p=None):
    prov, city, county = p or place()
    n = R.randint(30, 160)
    return f"“五一”假期{city}接待游客{n}万人次 乡村游持续火热", [
        f"“五一”假期，{city}文旅市场迎来客流高峰。据测算，全市共接待游客{n}.{R.randint(1, 9)}万人次，同比增长{R.randint(15, 60)}%，实现旅游收入{R.randint(5, 40)}.{R.randint(1, 9)}亿元。",
        f"乡村游成为假期出游的热门选择。在{county}{R.choice(['桃花源', '云上', '竹海', '古村'])}景区，游客们采茶、摘果、体验农家生活，民宿入住率接近九成。民宿经营者{name()}说，假期房间一个月前就被订满了。",
        f"城区的历史文化街区同样热闹。夜幕降临，{R.choice(['老街', '古城', '码头'])}灯光秀、非遗展演轮番上演，吸引大量游客前来打卡，周边餐饮和文创店铺生意兴隆。",
        f"为应对客流高峰，{city}各景区实行分时预约、限量开放，交通、公安、市场监管等部门加强巡查，假期全市旅游市场秩序良好，未发生重大安全事故和旅游投诉事件。",
    ]


def kit_essay():
    town = R.choice(["江南小镇", "北方的小县城", "湘西的山村", "黄河边的村子"])
    return R.choice(["外婆的老屋", "那年冬天的火车站", "父亲的自行车", "故乡的桂花树"]), [
        f"我出生在{town}，外婆家就在镇子东头，一座青砖黛瓦的老屋，门前有一口井，井边长着一棵老桂花树。",
        "小时候，每到放暑假，母亲就把我送到外婆家。外婆总是早早地站在巷口等我，看见我远远地走过来，便笑着迎上来，接过我手里的书包，一边走一边问我在学校有没有受欺负。",
        "老屋的堂屋里挂着一幅已经发黄的中堂画，画的是松鹤延年。外婆说，那是她出嫁那年外公从城里买回来的，几十年过去了，一直挂在那里，谁也不许动。",
        "夏天的傍晚，外婆会在井边摆一张竹床，我躺在上面数星星，她坐在旁边摇着蒲扇，给我讲那些听了无数遍的老故事。讲着讲着，我就睡着了，醒来时已经躺在蚊帐里。",
        "后来我去外地读书、工作，回去的次数越来越少。外婆走的那年，老屋也空了下来。去年清明回去，院子里长满了杂草，只有那棵桂花树还在，枝叶比从前更加茂盛。",
        "我站在树下站了很久。风吹过来，叶子沙沙作响，好像有人在轻轻地叫我的小名。",
    ]


def kit_house_forum():
    city = place()[1]
    return R.choice([f"在{city}装修三个月的血泪经验，写给准备装修的朋友", f"{city}买房两年的一点心得，纯干货"]), [
        f"先说一下背景，去年在{city}城东买了一套一百零几平的二手房，房龄十五年，前后装修了三个月，中间踩了不少坑，今天整理一下，希望对大家有用。",
        "第一，装修公司一定要多比较。我当时找了四家公司报价，最便宜的和最贵的差了将近五万块。最后选了一家中等价位的，合同里把每一项材料的品牌、型号都写清楚，避免后期增项。",
        "第二，水电一定要盯紧。老房子的水管和电线基本都要换，我家开槽的时候发现原来的电线有一段已经老化发黑，想想都后怕。水电做完一定要拍照留底，以后装东西不怕打到管子。",
        "第三，防水一定要做闭水试验。卫生间、厨房、阳台都要做，至少放水48小时，楼下邻居那里也要去看看有没有渗水。",
        "第四，瓷砖和地板最好自己去市场挑，装修公司推荐的品牌不一定便宜。我家瓷砖是自己在建材市场买的，同样的款式比公司报价便宜了三成。",
        "最后说一点，装修期间一定要多去现场，工人再靠谱也需要有人盯着。有问题当场提出来，改起来成本最低。",
        "暂时就想到这么多，有什么问题大家可以跟帖，我看到都会回复。",
    ]


def kit_python_blog():
    lib = R.choice(["requests", "lxml", "BeautifulSoup"])
    return R.choice([f"Python爬虫入门：用{lib}抓取网页并解析数据", "Python中文网页编码问题的几种解决办法"]), [
        "在写爬虫的时候，经常会遇到中文网页乱码的问题，尤其是一些比较老的网站，页面用的是GBK或者GB2312编码，而响应头里又没有声明字符集。",
        "以requests为例，它会根据响应头里的Content-Type来判断编码，如果响应头里没有charset，就会默认使用ISO-8859-1，这时候直接访问response.text，得到的中文就是一堆乱码。",
        ("h", "方法一：手动指定编码"),
        "最简单的办法是在访问text之前手动指定编码：",
        "resp = requests.get(url)\nresp.encoding = 'gbk'\nprint(resp.text)",
        "这种方法的缺点是需要事先知道网页的编码，不适合批量抓取不同网站的情况。",
        ("h", "方法二：使用apparent_encoding"),
        "requests提供了apparent_encoding属性，它会根据网页内容推测编码，可以这样用：",
        "resp.encoding = resp.apparent_encoding",
        "需要注意的是，推测的结果并不总是准确的，对于内容比较短的网页，有时会把GBK识别成其他编码。",
        ("h", "方法三：从meta标签中读取"),
        "大部分中文网页都会在head里写meta标签声明编码，可以先用正则把它取出来，再用对应的编码去解码。实际项目中，建议几种方法结合使用，优先相信meta标签，其次是响应头，最后再用推测的结果兜底。",
    ]


def kit_gov_notice(p=None):
    prov, city, county = p or place()
    office = f"{county}人民政府办公室"
    topic = R.choice(["做好春季森林防火工作", "开展城乡环境卫生整治行动", "做好今冬明春农村饮水安全保障工作", "进一步加强校园周边安全管理"])
    return office, topic, [
        "各乡镇人民政府，县政府各部门，各有关单位：",
        f"为切实{topic}，保障人民群众生命财产安全，经县人民政府同意，现就有关事项通知如下：",
        "一、提高思想认识。各乡镇、各部门要充分认识做好此项工作的重要性和紧迫性，坚持属地管理和“谁主管、谁负责”的原则，主要负责同志要亲自研究、亲自部署，层层压实责任。",
        "二、突出工作重点。要聚焦重点区域、重点时段和重点人群，全面开展隐患排查，建立问题清单，明确整改责任人和整改时限，做到发现一处、整改一处、销号一处。",
        "三、强化督促检查。县政府将适时组织督查组开展专项督查，对工作不力、措施不落实、造成严重后果的，依规依纪严肃追究有关单位和人员的责任。",
        "四、加强信息报送。各乡镇、各部门要明确一名信息员，每月25日前将工作开展情况报县政府办公室，遇有重大情况随时报告。",
    ]


def kit_university():
    uni = R.choice(["江城大学", "东南理工大学", "西部师范大学", "南方农业大学", "华中工程学院"])
    prof = name()
    return uni, f"我校{prof}教授团队在{R.choice(['新型储能材料', '作物抗病基因', '深度学习模型压缩', '微塑料污染治理'])}领域取得重要进展", [
        f"近日，我校{R.choice(['材料科学与工程学院', '生命科学学院', '计算机学院', '环境学院'])}{prof}教授团队在国际权威期刊《{R.choice(['自然·通讯', '先进材料', '美国化学会志', '植物细胞'])}》上发表研究论文，报道了该团队在相关领域的最新研究成果。",
        f"该研究针对长期困扰业界的稳定性难题，提出了一种全新的设计思路。实验结果表明，采用新方法制备的样品在连续测试{R.randint(500, 3000)}次后性能仍保持在初始值的{R.randint(85, 98)}%以上，明显优于已报道的同类工作。",
        f"论文第一作者为我校{R.randint(2018, 2022)}级博士研究生{name()}，{prof}教授为通讯作者，我校为第一完成单位。研究工作得到了国家自然科学基金、省重点研发计划等项目的资助。",
        f"{prof}教授表示，下一步团队将与相关企业合作，推动研究成果的工程化应用。近年来，学校持续加大对基础研究的支持力度，在多个学科方向上涌现出一批高水平成果。",
    ]


def kit_company_sign(p=None):
    prov, city, county = p or place()
    co = R.choice(["华远集团", "中联新材", "鼎盛物流", "瑞康医药", "金桥建设"])
    return co, f"{co}与{city}市政府签署战略合作协议", [
        f"{R.randint(3, 28)}日，{co}与{city}市人民政府在{city}签署战略合作协议。根据协议，双方将在{R.choice(['新材料产业园建设', '冷链物流基地', '生物医药研发中心', '城市更新项目'])}等领域开展全方位合作，项目总投资约{R.randint(10, 80)}亿元。",
        f"{city}市市长{name()}在签约仪式上表示，{co}是行业内具有重要影响力的企业，此次合作将为{city}产业转型升级注入新动能。{city}将持续优化营商环境，为项目建设提供全方位服务保障。",
        f"{co}董事长{name()}表示，{city}区位优势明显、产业基础扎实，公司将以此次签约为契机，加快项目落地，力争年内开工建设。",
        f"据了解，项目建成后预计年产值可达{R.randint(20, 100)}亿元，带动就业{R.randint(1000, 5000)}人。",
    ]


def kit_2005_oil():
    return "国内汽油柴油价格今起上调 每吨分别提高300元和200元", [
        f"国家发展改革委决定，从今天起将国内汽油、柴油出厂价格每吨分别提高300元和200元，航空煤油价格每吨提高300元。",
        "国家发展改革委有关负责人表示，今年以来国际市场原油价格持续大幅上涨，目前已突破每桶50美元。受此影响，国内成品油价格与国际市场价格差距进一步扩大，炼油企业出现亏损，部分地区出现供应紧张。",
        "这位负责人说，此次调价幅度低于国际市场油价上涨幅度，是综合考虑国际市场油价变化、国内市场供求状况和各方面承受能力等因素确定的。",
        "为减轻涨价对部分行业的影响，国家将对种粮农民、渔业、林业、城市公交和农村道路客运等给予适当补贴，具体办法由有关部门另行制定。",
        "有关负责人同时要求，各地要加强成品油市场价格监督检查，严厉查处哄抬价格、囤积居奇等违法行为，保持市场稳定。",
    ]


def kit_2005_exam():
    n = R.randint(860, 880)
    return f"今年全国高考报名人数达{n}万 比去年增加{R.randint(50, 130)}万", [
        f"记者从教育部获悉，今年全国普通高校招生报名人数为{n}万人，比去年增加{R.randint(50, 130)}万人，再创历史新高。今年计划招生{R.randint(470, 510)}万人，录取率预计与去年基本持平。",
        "教育部有关负责人介绍，今年高考继续实行“3+X”科目设置改革，全国统一命题的试卷共有5套，另有部分省市实行自主命题。",
        "这位负责人强调，各地要切实做好考试安全保密工作，严防试题泄密和考试舞弊。对考试中的违纪舞弊行为，一经查实，将依法依规严肃处理。",
        "据悉，今年教育部还将继续扩大网上录取范围，全国所有省份均实行网上录取，考生可以通过互联网查询录取信息。",
    ]


def kit_2005_it():
    return R.choice(["国内手机用户突破3.5亿 短信业务量持续攀升", "宽带用户快速增长 网络游戏成新的增长点"]), [
        "信息产业部日前公布的统计数据显示，截至上月底，我国手机用户总数已突破3.5亿户，比去年同期增长约两成，继续保持世界第一。",
        "与此同时，短信业务量持续攀升。今年前四个月，全国移动短信发送量达到近900亿条，同比增长超过四成。业内人士认为，短信已经成为手机用户最常用的增值业务之一。",
        "在互联网方面，我国宽带接入用户增长迅速。不少地方的电信运营商纷纷推出包月优惠套餐，ADSL资费明显下降，进一步拉动了用户增长。",
        "分析人士指出，随着3G牌照发放日益临近，国内手机厂商和内容提供商都在积极布局，移动互联网有望成为下一个增长热点。",
    ]


def kit_hk_tw(kind):
    if kind == "tw":
        return "市府推動老舊社區公共空間改善計畫 首批十處完工啟用", [
            "市政府推動的老舊社區公共空間改善計畫，首批十處公園及廣場已於日前完工啟用，市長今天前往現場視察，並與社區居民一同參加啟用儀式。",
            "市長表示，許多老舊社區的公園設施已使用超過二十年，遊具老化、照明不足，也缺乏無障礙設計。市府今年編列預算新台幣一億兩千萬元，分三年完成全市六十處公共空間的改善工程。",
            "此次完工的十處場地，除更新兒童遊具及體健設施外，也全面改善夜間照明，並增設無障礙坡道與休憩座椅。部分場地也引進雨水回收與透水鋪面設計，提升社區防洪能力。",
            "工務局指出，各處改善方案皆於規劃階段舉辦社區說明會，廣納居民意見，第二批共二十處場地預計於明年第一季陸續動工。",
        ]
    return "政府公布新一輪公共屋邨翻新計劃 涉及約二萬個單位", [
        "政府今日（二月十三日）公布新一輪公共屋邨翻新計劃，未來五年將為九個較舊的屋邨進行大型維修及改善工程，涉及約二萬個單位。",
        "發言人表示，有關屋邨大多於上世紀七十至八十年代落成，部分大廈的外牆、喉管及電力設施已出現老化情況。工程包括更換食水及排污喉管、翻新外牆、加裝升降機及改善無障礙設施等。",
        "發言人說：「工程會分期進行，期間會盡量減少對居民日常生活的影響。房屋署會在工程展開前與居民舉行簡介會，解答他們的查詢。」",
        "政府預計整項計劃涉及開支約五十億元，所需撥款將按既定程序向立法會申請。",
    ]


# ====================================================================== page registry and checks
def texts(items):
    return [x[1] if isinstance(x, tuple) else x for x in items]


def _flat(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(page):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return _flat(html.unescape(s))


def snippets(items, k=3):
    paras = [p for p in texts(items) if "\n" not in p and len(p) >= 24]
    idx = sorted({0, len(paras) // 2, len(paras) - 1})[:k]
    out = []
    for i in idx:
        p = paras[i]
        n = min(16, len(p) - 6)
        a = R.randint(2, len(p) - n - 2)
        out.append(p[a:a + n].strip())
    return out


def add(name, url, page, enc, title, published, items, without, headers=None, with_=None, check=True, lang="zh",
        visible_check=True):
    body = "\n".join(texts(items))
    pt = page_text(page)
    for p in texts(items):
        for line in p.split("\n"):
            assert not check or _flat(html.unescape(line)) in pt, (name, line)
    w = with_ or snippets(items)
    for s in w:
        assert _flat(s) in _flat(body), (name, s)
    for s in without:
        assert _flat(s) not in _flat(body), (name, "without in body", s)
        assert not visible_check or _flat(s) in pt or s in page, (name, "without not on page", s)
    gold = dict(body=body, title=title, published=ymd(published) if isinstance(published, dt.datetime) else published,
                with_=w, without=list(without))
    PAGES.append(dict(name=name, url=url, page=page, enc=enc, headers=headers or {}, lang=lang, gold=gold))


def P(items, open_tag="<p>", close_tag="</p>", h="<p><strong>{}</strong></p>", indent=""):
    out = []
    for x in items:
        if isinstance(x, tuple):
            out.append(h.format(esc(x[1])))
        elif "\n" in x:
            out.append("<pre><code>" + esc(x) + "</code></pre>")
        else:
            out.append(f"{open_tag}{indent}{esc(x)}{close_tag}")
    return "\n".join(out)


def ul(items, fmt):
    return "\n".join(fmt(h, d) for h, d in items)


def portal_footer(site, prov="京", extra=""):
    return f"""<div class="footer">
  <p><a href="/about/">关于{site}</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/ad.html">广告服务</a> | <a href="/about/job.html">招聘英才</a> | <a href="/about/law.html">法律声明</a> | <a href="/about/map.html">网站地图</a></p>
  <p>违法和不良信息举报电话：010-{R.randint(60000000, 89999999)} 举报邮箱：jubao@{attr(site)}.example</p>
  <p>{site} 版权所有，未经书面授权禁止使用</p>
  <p>Copyright &copy; 1997-{CRAWL.year} by {attr(site)}. all rights reserved</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">{icp(prov)}</a> <a href="http://www.beian.gov.cn/">{gongan(prov)}</a>{extra}</p>
</div>"""


# ====================================================================== central news sites
def people_modern():
    t = when(2022, 2, 13, 8, 30)
    p = place()
    title, items = kit_rail(p)
    rep = name()
    items = items[:]
    items[0] = f"本报{p[1]}{t.month}月{t.day - 1}日电  （记者{rep}）" + items[0].replace("今天上午", "12日上午")
    url = f"http://society.people.com.cn/n1/2022/0213/c1008-{R.randint(32300000, 32399999)}.html"
    rel = dated_list(4, t, 20)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{esc(title)}--社会·法治--人民网 </title>
<meta name="keywords" content="城际铁路,开通运营" />
<meta name="description" content="{attr(items[0][:60])}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="1008" />
<meta name="contentid" content="{url[-13:-5]}" />
<meta name="publishdate" content="{ymd(t)}" />
<meta name="author" content="{R.randint(100000, 999999)}" />
<meta name="editor" content="{R.randint(100000, 999999)}">
<meta name="source" content="来源：人民网－人民日报" />
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0">
<link href="http://www.people.com.cn/img/2020wbc/css/page.css" type="text/css" rel="stylesheet" media="all" />
<script src="http://www.people.com.cn/img/2020wbc/js/jquery.min.js" type="text/javascript"></script>
</head>
<body>
<div class="header">
  <div class="w1000 cf"><div class="fl"><a href="http://www.people.com.cn/" target="_blank"><img src="http://www.people.com.cn/img/2020wbc/imgs/logo.png" alt="人民网" /></a></div>
  <div class="fr nav"><a href="http://www.people.com.cn/">人民网首页</a>|<a href="http://cpc.people.com.cn/">党网</a>|<a href="http://politics.people.com.cn/">时政</a>|<a href="http://society.people.com.cn/">社会</a>|<a href="http://finance.people.com.cn/">财经</a>|<a href="http://opinion.people.com.cn/">观点</a>|<a href="http://world.people.com.cn/">国际</a></div></div>
</div>
<div class="col col-1 fl">
  <div class="route fl"><a href="http://www.people.com.cn/" class="clink">人民网</a>&gt;&gt;<a href="http://society.people.com.cn/" class="clink">社会·法治</a></div>
  <div class="rm_txt cf">
    <div class="col col-1 fl">
      <h3 class="pre"></h3>
      <h1>{esc(title)}</h1>
      <h4 class="sub"></h4>
      <p class="author">本报记者 {rep}</p>
      <div class="channel cf">
        <div class="col-1-1 fl">{t.year}年{t.month:02d}月{t.day:02d}日{t.hour:02d}:{t.minute:02d} | 来源：<a href="http://paper.people.com.cn/rmrb/" target="_blank">人民网－人民日报</a></div>
        <div class="col-1-2 fr"><span>小字号</span><div class="share"><a class="wx">微信</a><a class="wb">微博</a></div></div>
      </div>
      <div class="rm_txt_con cf">
{P(items, '<p style="text-indent: 2em;">', '</p>')}
        <p style="text-indent: 2em;">　　《 人民日报 》（ {t.year}年{t.month:02d}月{t.day:02d}日 {R.randint(1, 16):02d} 版）</p>
        <div class="edit cf">(责编：{name()}、{name()})</div>
      </div>
      <div class="box_news cf"><h2>相关新闻</h2><ul>
{ul(rel, lambda h, d: f'<li><a href="http://society.people.com.cn/n1/{d.year}/{d.month:02d}{d.day:02d}/c1008-{R.randint(32300000, 32399999)}.html" target="_blank">{esc(h)}</a><span>[{ymd(d)}]</span></li>')}
      </ul></div>
      <div class="rm_relevant cf"><h2>分享让更多人看到</h2><div class="bdsharebuttonbox"><a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a></div></div>
    </div>
  </div>
</div>
<div class="col col-2 fr">
  <div class="ph_list"><h2>推荐阅读</h2><ul>{''.join(f'<li><a href="#">{esc(h)}</a></li>' for h in heads(5))}</ul></div>
  <div class="ph_list"><h2>24小时排行</h2><ol>{''.join(f'<li><span>{i}</span><a href="#">{esc(h)}</a></li>' for i, h in enumerate(heads(8), 1))}</ol></div>
</div>
<div class="footer cf">
  <p><a href="http://www.people.com.cn/GB/50142/104580/index.html">人民日报社概况</a>|<a href="http://www.people.com.cn/GB/50142/353481/index.html">关于人民网</a>|<a href="http://job.people.com.cn/">招聘英才</a>|<a href="http://www.people.com.cn/GB/208743/403202/403208/index.html">广告服务</a>|<a href="http://www.people.com.cn/GB/50142/50457/index.html">合作加盟</a>|<a href="http://www.people.com.cn/GB/1018/22259/index.html">供稿服务</a>|<a href="http://kf.people.com.cn/">网站声明</a></p>
  <p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
  <p>Copyright &copy; 1997-{CRAWL.year} by www.people.com.cn. all rights reserved</p>
</div>
{tongji()}
</body>
</html>
"""
    add("people-modern", url, page, "utf-8", title, t, items,
        ["责编", "《 人民日报 》", "相关新闻", "24小时排行", rel[0][0], "版 权 所 有", "本报记者 " + rep])


def people_2005():
    t = when(2005, 7, 22, 8, 12)
    title, items = kit_2005_oil()
    url = f"http://finance.people.com.cn/GB/1037/{R.randint(3500000, 3599999)}.html"
    items = items[:]
    items[0] = f"人民网北京7月22日讯 " + items[0]
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(title)}</title>
<link href="/img/main.css" rel="stylesheet" type="text/css">
<style type="text/css">
<!--
td,body {{font-size:12px;}}
.fbt {{font-size:24px; color:#000066; font-weight:bold;}}
.fbody {{font-size:14px; line-height:150%;}}
-->
</style>
<script language="JavaScript">
function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px'}}
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td width="180"><a href="http://www.people.com.cn/"><img src="/img/logo.gif" width="160" height="50" border="0"></a></td>
      <td align="right"><a href="http://www.people.com.cn/">首页</a> | <a href="http://politics.people.com.cn/">时政</a> | <a href="http://finance.people.com.cn/">经济</a> | <a href="http://world.people.com.cn/">国际</a> | <a href="http://bbs.people.com.cn/">强国论坛</a></td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#F2F2F2">
  <tr><td height="24" class="p1">&nbsp;<a href="http://www.people.com.cn/"><font color="#000000">人民网</font></a> &gt;&gt; <a href="http://finance.people.com.cn/"><font color="#000000">经济</font></a> &gt;&gt; <a href="http://finance.people.com.cn/GB/1037/index.html"><font color="#000000">宏观经济</font></a></td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="560" valign="top">
  <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
    <tr><td height="50" align="center" class="fbt">{esc(title)}</td></tr>
    <tr><td align="center" height="24"><font class="f12">{cnhm(t)}</font>&nbsp;&nbsp;&nbsp;【字号 <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】&nbsp;<a href="javascript:window.print()">打印</a>&nbsp;<a href="http://bbs.people.com.cn/">留言</a>&nbsp;<a href="http://bbs.people.com.cn/">论坛</a></td></tr>
    <tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
    <tr><td class="fbody" id="zoom">
{P(items, '<P>　　', '</P>')}
    </td></tr>
    <tr><td align="right" height="30">(责任编辑：{name()})</td></tr>
  </table>
  <table width="96%" border="0" align="center"><tr><td><b>相关专题</b></td></tr>
{''.join(f'<tr><td>·<a href="#">{esc(h)}</a> <font color="#666666">({d.year}-{d.month}-{d.day})</font></td></tr>' for h, d in dated_list(5, t, 90, future=False))}
  </table>
</td>
<td width="1" bgcolor="#CCCCCC"></td>
<td width="199" valign="top">
  <table width="100%"><tr><td class="p1"><b>经济新闻排行</b></td></tr>
{''.join(f'<tr><td>{i}.<a href="#">{esc(h)}</a></td></tr>' for i, h in enumerate(heads(7), 1))}
  </table>
</td>
</tr>
</table>
<table width="760" border="0" align="center"><tr><td align="center" class="p1">
<hr size="1" noshade color="#CCCCCC">
<a href="/GB/50142/50460/index.html">人民日报社简介</a> | <a href="/GB/50142/index.html">关于人民网</a> | <a href="/GB/50142/50459/index.html">网站声明</a> | <a href="/GB/50142/50457/index.html">广告服务</a><br>
人民网版权所有，未经书面授权禁止使用<br>
Copyright &copy; 1997-2005 by www.people.com.cn. all rights reserved
</td></tr></table>
</body>
</html>
"""
    add("people-2005-gb2312", url, page, "gbk", title, t, items,
        ["责任编辑", "经济新闻排行", "【字号", "人民网版权所有", "相关专题"])


def xinhua_modern():
    t = when(2021, 6, 13, 18, 27, 41)
    title, items = kit_river()
    city = re.search(r"清晨，(\S{2})", items[0]).group(1)
    items = items[:]
    items[0] = f"新华社{city}6月13日电（记者{name()}、{name()}）" + items[0]
    url = f"http://www.news.cn/local/{t.year}-{t.month:02d}/{t.day:02d}/c_{R.randint(1127500000, 1127599999)}.htm"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="keywords" content="河道治理,黑臭水体">
<meta name="description" content="{attr(title)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="pageid" content="{R.randint(100000, 999999)}">
<title>{esc(title)}-新华网</title>
<link rel="stylesheet" href="//lib.news.cn/common/reset.css">
<link rel="stylesheet" href="//www.news.cn/detail2020/css/style.css">
<script src="//lib.news.cn/common/jq.js"></script>
<script src="//lib.news.cn/common/sharewap.js"></script>
</head>
<body>
<div class="topbar"><div class="logo"><a href="http://www.news.cn/"><img src="//www.news.cn/detail2020/images/logo.png" alt="新华网"></a></div>
<div class="nav"><a href="http://www.news.cn/politics/">时政</a><a href="http://www.news.cn/local/">地方</a><a href="http://www.news.cn/legal/">法治</a><a href="http://www.news.cn/world/">国际</a><a href="http://www.news.cn/fortune/">财经</a></div></div>
<div class="header domPC">
  <div class="header-top clearfix">
    <div class="header-time left">
      <span class="year"><em> {t.year}</em></span>
      <span class="day"><em> {t.month:02d}</em>/<em>{t.day:02d}</em></span>
      <span class="time"> {t.hour:02d}:{t.minute:02d}:{t.second:02d}</span>
    </div>
    <div class="source">来源：新华网</div>
    <div class="header-cont clearfix"><span class="title">{esc(title)}</span></div>
  </div>
  <div class="header-bot clearfix"><div class="pageShare"><div class="setFont">字体：<span id="fontSmall">小</span><span id="fontNormal">中</span><span id="fontBig">大</span></div><div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></div></div>
</div>
<div class="main clearfix">
  <div class="main-left left" id="detail">
    <span id="detailContent">
{P(items, '<p>', '</p>')}
    </span>
    <div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">【责任编辑:{name()}】</span></div>
  </div>
  <div class="main-right right">
    <div class="columBox"><div class="col-tit">相关新闻</div><ul>
{ul(dated_list(4, t, 10, future=False), lambda h, d: f'<li><a href="http://www.news.cn/local/{d.year}-{d.month:02d}/{d.day:02d}/c_{R.randint(1127400000, 1127499999)}.htm">{esc(h)}</a></li>')}
    </ul></div>
    <div class="columBox"><div class="col-tit">热点推荐</div><ul>{''.join(f'<li><a href="#">{esc(h)}</a></li>' for h in heads(6))}</ul></div>
  </div>
</div>
<div class="foot"><p>Copyright &copy; 2000-{CRAWL.year} XINHUANET.com　All Rights Reserved.</p><p>制作单位：新华网股份有限公司　版权所有　新华网股份有限公司</p></div>
<script src="//www.news.cn/detail2020/js/xh-detail.js"></script>
{tongji()}
</body>
</html>
"""
    add("xinhua-modern-split-date", url, page, "utf-8", title, t, items,
        ["责任编辑", "【纠错】", "相关新闻", "热点推荐", "版权所有"])


def cctv_modern():
    t = when(2023, 9, 24, 19, 42)
    title, items = kit_marathon(year=t.year)
    url = f"https://news.cctv.com/{t.year}/{t.month:02d}/{t.day:02d}/ARTI{''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(20))}{t.year % 100}{t.month:02d}{t.day:02d}.shtml"
    items = items[:]
    items[0] = "央视网消息：" + items[0]
    more = dated_list(6, t, 5)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)}_新闻频道_央视网(cctv.com)</title>
<meta name=keywords content="马拉松 跑者">
<meta name=description content="{attr(items[0][:70])}">
<meta name="spm-id" content="C94212.P4YnMod9m2uD">
<meta name="filetype" content="1">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="PAGE1356592765183229">
<meta name="contentid" content="ARTI{R.randint(10 ** 9, 10 ** 10)}">
<meta name="author" content="{name()}">
<meta name="source" content="央视网">
<script type="text/javascript">
var commentTitle = "{title}";
var itemid1 = "ARTI{R.randint(10 ** 9, 10 ** 10)}";
var commentUrl = "{url}";
var pindao = "news";
</script>
<link type="text/css" rel="stylesheet" href="//r.img.cctvpic.com/photoAlbum/templet/common/DEPA1593511596316181/style.css?a=2"/>
<script type="text/javascript" src="//r.img.cctvpic.com/photoAlbum/templet/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div class="header_nav"><a href="https://www.cctv.com/">央视网</a> | <a href="https://news.cctv.com/">新闻</a> | <a href="https://sports.cctv.com/">体育</a> | <a href="https://tv.cctv.com/">电视</a> | <a href="https://v.cctv.com/">视频</a></div>
<div class="column_wrapper">
<div class="col_w660">
  <div class="title_area">
    <h1>{esc(title)}</h1>
    <div class="info1">来源：央视网&nbsp;|&nbsp;{cnhm(t).replace('日', '日 ')}</div>
    <div class="info"><a href="https://www.cctv.com/">央视网</a><span>{cnhm(t).replace('日', '日 ')}</span></div>
  </div>
  <div class="content_area" id="content_area">
{P(items, '<p>', '</p>')}
  </div>
  <div class="zebian"><p>编辑：{name()}　责任编辑：{name()}</p></div>
  <div class="share_area"><span>分享到：</span><a class="wx">微信</a><a class="wb">新浪微博</a><a class="qq">QQ空间</a></div>
  <div class="tjyd"><h2>更多推荐</h2><ul>
{ul(more, lambda h, d: f'<li><a href="#">{esc(h)}</a><span class="time">{ymdhm(d)}</span></li>')}
  </ul></div>
</div>
<div class="col_w300"><div class="md"><h3>热点新闻</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(6))}</div></div>
</div>
<div class="footer"><p>央视网 版权所有 Copyright &copy; {CRAWL.year} CCTV.com All Rights Reserved.</p><p><a href="https://beian.miit.gov.cn/">京ICP证060535号</a> 网上传播视听节目许可证(0102004)号</p></div>
<script type="text/javascript" src="//js.data.cctv.com/__aplus_plugin_cctv.js,aplus_plugin_aplus_u.js"></script>
</body>
</html>
"""
    add("cctv-modern", url, page, "utf-8", title, t, items, ["责任编辑", "更多推荐", more[0][0], "版权所有", "热点新闻"])


def cctv_2008():
    t = when(2008, 9, 12, 16, 12)
    title, items = kit_tech_company()
    url = f"http://news.cctv.com/china/20080912/{R.randint(100000, 109999)}.shtml"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}_新闻频道_央视国际</title>
<meta name="keywords" content="工业机器人">
<link href="http://www.cctv.com/style/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="http://www.cctv.com/js/cntv_Advertise.js"></script>
</head>
<body>
<div id="page_head"><a href="http://www.cctv.com/"><img src="http://www.cctv.com/image/logo.gif" alt="央视国际" /></a>
<ul class="menu"><li><a href="http://news.cctv.com/">新闻</a></li><li><a href="http://sports.cctv.com/">体育</a></li><li><a href="http://www.cctv.com/program/">栏目</a></li><li><a href="http://bugu.cctv.com/">播客</a></li></ul></div>
<div class="gg"><script type="text/javascript">cntv_Advertise("news_banner_01");</script></div>
<table width="950" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="640" valign="top">
  <div class="dh"><a href="http://news.cctv.com/">新闻频道</a> &gt; <a href="http://news.cctv.com/china/">国内新闻</a> &gt; 正文</div>
  <div class="bt"><h1>{esc(title)}</h1></div>
  <div class="line_date">CCTV.com&nbsp;&nbsp;{cnhm(t)}&nbsp;&nbsp;来源：央视国际</div>
  <div class="font_size">[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>] [<a href="javascript:window.print()">打印</a>] [<a href="#">关闭</a>]</div>
  <div id="content" class="nr">
{P(items, '<p>　　', '</p>')}
  </div>
  <div class="bj">责编：{name()}</div>
  <div class="xg"><b>相关链接</b><br />
{''.join(f'·<a href="#">{esc(h)}</a> {d.year}-{d.month:02d}-{d.day:02d}<br />' for h, d in dated_list(4, t, 60, future=False))}
  </div>
</td>
<td width="10"></td>
<td width="300" valign="top"><div class="r_box"><h3>今日推荐</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(6))}</div></td>
</tr></table>
<div id="page_bottom"><a href="#">关于CCTV.com</a> | <a href="#">联系我们</a> | <a href="#">网站地图</a><br />中央电视台 版权所有<br />Copyright &copy; 1996-2008 CCTV.com All Rights Reserved.</div>
</body>
</html>
"""
    add("cctv-2008-gbk", url, page, "gbk", title, t, items, ["责编", "相关链接", "今日推荐", "版权所有", "CCTV.com"])


def chinanews():
    t = when(2023, 10, 27, 10, 5)
    title, items = kit_stats()
    items = items[:]
    prov = re.search(r"记者从(\S{2,3})统计局", items[0]).group(1)
    items[0] = f"中新网{prov}{t.month}月{t.day}日电 (记者 {name()})" + items[0]
    items[-1] = items[-1] + "(完)"
    url = f"https://www.chinanews.com.cn/cj/{t.year}/{t.month:02d}-{t.day:02d}/{R.randint(9900000, 9999999)}.shtml"
    right = dated_list(8, t, 3)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}-中新网</title>
<meta name="keywords" content="地区生产总值;统计局">
<meta name="description" content="{attr(items[0][:80])}">
<meta name="author" content="chinanews">
<link rel="stylesheet" href="/part/static/css/jc_content.css">
<script src="//www.chinanews.com.cn/part/static/js/jquery.js"></script>
</head>
<body>
<div class="top_nav"><a href="/">首页</a><a href="/china/">国内</a><a href="/world/">国际</a><a href="/society/">社会</a><a href="/finance/">财经</a><a href="/ty/">体育</a></div>
<div class="w1000">
  <div class="crumbs"><a href="/">中新网</a> &gt; <a href="/cj/">财经</a> &gt; 正文</div>
  <div class="content_left_top"><h1 class="content_left_title">{esc(title)}</h1></div>
  <div class="content_left_time">
    <div class="left-t" style="">{t.year}年{t.month:02d}月{t.day:02d}日 {t.hour:02d}:{t.minute:02d}　来源：<a href="http://www.chinanews.com.cn/" target="_blank">中国新闻网</a>　</div>
    <div class="right-t"><a href="#">参与互动</a></div>
  </div>
  <div class="left_zw" style="position:relative">
{P(items, '<p>　　', '</p>')}
    <div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{name()}】</div></div></div>
  </div>
  <div class="aDiv"><script>document.write('<div id="adcontent"></div>');</script></div>
  <div class="xwzxdd"><h3>更多精彩内容请进入<a href="/cj/">财经频道</a></h3></div>
</div>
<div class="content_right">
  <div class="rdph"><div class="rdph-title">新闻排行榜</div><ul>
{ul(right, lambda h, d: f'<li><a href="/{d.year}/{d.month:02d}-{d.day:02d}/{R.randint(9900000, 9999999)}.shtml">{esc(h)}</a><span>{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}</span></li>')}
  </ul></div>
</div>
<div id="bottom"><p><a href="/common/footer/intro.shtml">关于我们</a> | <a href="/common/footer/aboutus.shtml">About us</a> | <a href="/common/footer/contact.shtml">联系我们</a> | <a href="/common/footer/news-service.shtml">广告服务</a> | <a href="/common/footer/law.shtml">法律声明</a></p>
<p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>
<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>
<p><a href="https://beian.miit.gov.cn/">京ICP证040655号</a> Copyright &copy;1999-{CRAWL.year} chinanews.com. All Rights Reserved</p></div>
</body>
</html>
"""
    add("chinanews", url, page, "utf-8", title, t, items, ["【编辑", "新闻排行榜", right[0][0], "不代表中新社", "All Rights Reserved"])


def huanqiu_epoch():
    t = when(2022, 11, 8, 23, 47)
    title, items = kit_tech_company()
    aid = "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(11))
    url = f"https://tech.huanqiu.com/article/{aid}"
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>{esc(title)}_科技_环球网</title>
<meta name="keywords" content="工业机器人,国产">
<meta name="description" content="{attr(items[0][:80])}">
<link rel="stylesheet" href="//static.huanqiu.com/www/static/css/article.css">
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="nav-wrap"><a href="https://www.huanqiu.com/">环球网</a><a href="https://world.huanqiu.com/">国际</a><a href="https://china.huanqiu.com/">国内</a><a href="https://mil.huanqiu.com/">军事</a><a href="https://tech.huanqiu.com/">科技</a><a href="https://finance.huanqiu.com/">财经</a></div>
<div class="container">
  <div class="l-con">
    <textarea class="article-aid" style="display:none">{aid}</textarea>
    <textarea class="article-title" style="display:none">{esc(title)}</textarea>
    <textarea class="article-time" style="display:none">{epoch(t) * 1000}</textarea>
    <textarea class="article-src-name" style="display:none">环球网</textarea>
    <textarea class="article-author" style="display:none">{name()}</textarea>
    <textarea class="article-editor-name" style="display:none">{name()}</textarea>
    <div class="t-container">
      <div class="t-container-title"><h3>{esc(title)}</h3></div>
      <div class="metadata-info"><p class="time"></p><span class="source"><span>来源：</span><a href="https://www.huanqiu.com">环球网</a></span><span class="author"></span></div>
    </div>
    <div class="l-con clear">
      <article><section data-type="rtext">
{P(items, '<p>', '</p>')}
      </section></article>
      <div class="editorSign"><span>责编：</span><span class="editor-name"></span></div>
    </div>
    <div class="recommend"><h4>相关推荐</h4><ul>{''.join(f'<li><a href="#">{esc(h)}</a><span>{R.randint(1, 23)}小时前</span></li>' for h in heads(5))}</ul></div>
  </div>
  <div class="r-con"><div class="hotlist"><h4>热门文章</h4>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(6))}</div></div>
</div>
<div class="footer"><p>Copyright&copy; 环球网 All Rights Reserved  <a href="https://beian.miit.gov.cn/">京ICP备09032396号</a> 京公网安备11000002000032号</p></div>
<script>
(function(){{
  var t = parseInt(document.querySelector('.article-time').value, 10), d = new Date(t);
  function p(n){{return n < 10 ? '0' + n : '' + n;}}
  document.querySelector('.metadata-info .time').innerHTML = d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes());
}})();
</script>
</body>
</html>
"""
    add("huanqiu-epoch-textarea", url, page, "utf-8", title, t, items, ["相关推荐", "热门文章", "All Rights Reserved", "责编"])


def gmw():
    t = when(2024, 1, 9, 4, 55)
    title, items = kit_museum()
    url = f"https://culture.gmw.cn/{t.year}-{t.month:02d}/{t.day:02d}/content_{R.randint(37000000, 37099999)}.htm"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}_光明网</title>
<meta name="keywords" content="文物特展" />
<meta name="description" content="{attr(items[0][:70])}" />
<meta name="publishdate" content="{ymd(t)}">
<meta name="contentid" content="{url[-13:-4]}">
<meta name="source" content="光明日报">
<link rel="stylesheet" type="text/css" href="https://img.gmw.cn/css/con_style.css" />
<script src="https://img.gmw.cn/js/jquery.js"></script>
</head>
<body>
<div class="g-header"><a href="https://www.gmw.cn/"><img src="https://img.gmw.cn/pic/gmwLogo_share.jpg" alt="光明网"></a>
<div class="g-nav"><a href="https://politics.gmw.cn/">时政</a><a href="https://world.gmw.cn/">国际</a><a href="https://culture.gmw.cn/">文化</a><a href="https://tech.gmw.cn/">科技</a><a href="https://edu.gmw.cn/">教育</a></div></div>
<div class="g-crumbs"><a href="https://www.gmw.cn/">首页</a> &gt; <a href="https://culture.gmw.cn/">文化频道</a> &gt; <a href="https://culture.gmw.cn/node_10250.htm">文化要闻</a></div>
<div class="m-title-box">
  <h1 class="u-title">{esc(title)}</h1>
  <div class="m-con-info">
    <span class="m-con-time">{ymdhm(t)}</span>
    <span class="m-con-source">来源：<a href="https://epaper.gmw.cn/gmrb/" target="_blank">光明网-《光明日报》</a></span>
  </div>
</div>
<div class="u-mainText">
<!--enpcontent-->
{P(items, '<p>', '</p>')}
<!--/enpcontent-->
</div>
<div class="m-zbTool"><span>[ 责编：{name()} ]</span></div>
<div class="m-picTxt"><h3>相关阅读</h3><ul>
{ul(dated_list(5, t, 30), lambda h, d: f'<li><a href="#">{esc(h)}</a><span>{ymd(d)}</span></li>')}
</ul></div>
<div class="footer"><p><a href="https://about.gmw.cn/">关于光明网</a> | <a href="https://about.gmw.cn/node_8926.htm">广告服务</a> | <a href="https://about.gmw.cn/2020-06/10/content_33900101.htm">联系我们</a></p><p>光明网版权所有</p></div>
</body>
</html>
"""
    add("gmw-early-morning", url, page, "utf-8", title, t, items, ["责编", "相关阅读", "光明网版权所有", "关于光明网"])


# ====================================================================== commercial news sites
def thepaper():
    t = when(2021, 7, 21, 6, 40)
    title, items = kit_rescue()
    cid = R.randint(13500000, 13599999)
    url = f"https://www.thepaper.cn/newsDetail_forward_{cid}"
    rep = name()
    hot = heads(6)
    nd = {"props": {"pageProps": {"detailData": {"contentDetail": {
        "contId": cid, "name": title, "author": "澎湃新闻记者 " + rep, "pubTime": ymdhm(t), "pubTimeLong": epoch(t) * 1000,
        "source": "澎湃新闻", "content": "".join(f"<p>{esc(x)}</p>" for x in texts(items)),
        "responEditor": name(), "nodeInfo": {"name": "直击现场"}}}}}, "page": "/newsDetail_forward/[id]", "buildId": "k2hQ1h3P9ZmLkGx9-4tq2"}
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{esc(title)}_直击现场_澎湃新闻-The Paper</title><meta name="Keywords" content="暴雨,救援"/><meta name="Description" content="{attr(items[0][:80])}"/><meta property="og:title" content="{attr(title)}"/><meta property="og:image" content="https://imagecloud.thepaper.cn/thepaper/image/{R.randint(100, 199)}/{R.randint(100, 999)}/{R.randint(100, 999)}.jpg"/><link rel="preload" href="/_next/static/css/a0b3f6f5d1c4e7a1.css" as="style"/><link rel="stylesheet" href="/_next/static/css/a0b3f6f5d1c4e7a1.css" data-n-g=""/><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-3a7b2f8a57b91c2e.js" defer=""></script><script src="/_next/static/chunks/framework-4556c45dd113b893.js" defer=""></script></head><body><div id="__next"><div class="index_header__X8sNu"><div class="index_logo__Ij5cb"><a href="/"><img src="https://www.thepaper.cn/_next/static/media/logo.png" alt="澎湃新闻"/></a></div><ul class="index_nav__0e2f7"><li><a href="/">首页</a></li><li><a href="/channel_25950">时事</a></li><li><a href="/channel_25951">财经</a></li><li><a href="/channel_119908">科技</a></li><li><a href="/channel_25952">思想</a></li><li><a href="/channel_26916">视频</a></li></ul></div><div class="index_wrapper__L_zqV"><div class="index_leftcontent__LmRmt"><h1 class="index_title__B8mhI">{esc(title)}</h1><div class="index_headerContent__sASF4"><div class="ant-space ant-space-horizontal ant-space-align-center"><div class="ant-space-item"><span>澎湃新闻记者 {rep}</span></div></div><div class="ant-space ant-space-horizontal ant-space-align-center"><div class="ant-space-item"><span>{ymdhm(t)}</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div><div class="index_cententWrap__Jv8jK">{P(items, '<p>', '</p>')}</div><div class="index_editor__yLUcj"><p>责任编辑：{name()}</p><p>校对：{name()}</p></div><div class="index_copyright__8eSyW">澎湃新闻报料：021-962866<br/>澎湃新闻，未经授权不得转载</div><div class="index_relatecontent__zE6wY"><h3>相关推荐</h3>{''.join(f'<div class="index_item"><a href="/newsDetail_forward_{R.randint(13400000, 13599999)}">{esc(h)}</a><span>{R.choice(["3小时前", "昨天 21:05", "1天前", "2021-07-19"])}</span></div>' for h in heads(4))}</div></div><div class="index_rightcontent__7bFvL"><h3>热新闻</h3><ul>{''.join(f'<li><a href="#">{esc(h)}</a></li>' for h in hot)}</ul></div></div><div class="index_footer__rOvv2"><p>Copyright &copy; 2014~{CRAWL.year} The Paper All rights reserved.</p><p>上海东方报业有限公司</p><p><a href="https://beian.miit.gov.cn/">沪ICP备14003370号</a> 沪公网安备31010602000299号</p></div></div><script id="__NEXT_DATA__" type="application/json">{jdump(nd)}</script></body></html>"""
    add("thepaper-next", url, page, "utf-8", title, t, items,
        ["责任编辑", "澎湃新闻报料", "相关推荐", "热新闻", hot[0], "澎湃新闻记者 " + rep, "All rights reserved"])


def jiemian():
    t = when(2023, 1, 17, 14, 1)
    title, items = kit_festival_market()
    aid = R.randint(8700000, 8799999)
    url = f"https://www.jiemian.com/article/{aid}.html"
    side = dated_list(5, t, 2)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(title)}|界面新闻 · 中国</title>
<meta name="keywords" content="年货,春节消费">
<meta name="description" content="{attr(items[0][:60])}">
<link rel="stylesheet" href="https://img.jiemian.com/statics/www/css/article.css">
<script src="https://img.jiemian.com/statics/www/js/jquery.min.js"></script>
</head>
<body>
<div class="header-container"><div class="logo"><a href="https://www.jiemian.com/"><img src="https://img.jiemian.com/statics/www/images/logo.png" alt="界面新闻"></a></div>
<ul class="nav"><li><a href="/lists/2.html">商业</a></li><li><a href="/lists/800.html">财经</a></li><li><a href="/lists/32.html">中国</a></li><li><a href="/lists/71.html">文化</a></li><li><a href="/lists/4.html">宏观</a></li></ul></div>
<div class="main-container">
<div class="article-view">
  <div class="article-header">
    <h1>{esc(title)}</h1>
    <div class="article-info"><p><span class="author"><a href="https://www.jiemian.com/user/{R.randint(10000, 99999)}.html">{name()}</a></span><span class="date">{t.strftime('%Y/%m/%d %H:%M')}</span><span class="tags">来源：界面新闻</span><span class="hot">阅读：{R.randint(2, 90)}.{R.randint(1, 9)}w</span></p></div>
  </div>
  <div class="article-main">
    <div class="article-img"><img src="https://img.jiemian.com/101/original/{t.year}{t.month:02d}{t.day:02d}/{R.randint(10 ** 9, 10 ** 10)}.jpg" alt=""><p>图片来源：视觉中国</p></div>
    <div class="article-content">
      <p>记者 | {name()}</p>
      <p>编辑 | {name()}</p>
{P(items, '<p>', '</p>')}
      <p>未经正式授权严禁转载本文，侵权必究。</p>
    </div>
    <div class="article-source"><p>来源：界面新闻</p></div>
    <div class="share-view">打开界面新闻APP，查看原文<br>界面新闻<br>打开界面新闻，查看更多专业报道</div>
  </div>
  <div class="related"><h3>相关文章</h3><ul>
{ul(side, lambda h, d: f'<li><a href="#">{esc(h)}</a><p>{d.strftime("%Y/%m/%d %H:%M")}</p></li>')}
  </ul></div>
  <div class="comment-view"><h3>评论</h3><div class="comment-post"><div class="comment-main"><p>{esc(name())}：物价确实比去年稳一些。</p><p class="comment-date">{shift(t, 0, 3).strftime('%Y/%m/%d %H:%M')}</p></div></div></div>
</div>
</div>
<div class="footer"><p>&copy;{CRAWL.year} 界面新闻 <a href="https://beian.miit.gov.cn/">沪ICP备14018367号-3</a> 互联网新闻信息服务许可证：31120170006</p></div>
</body>
</html>
"""
    add("jiemian", url, page, "utf-8", title, t, items,
        ["记者 |", "未经正式授权严禁转载", "相关文章", side[0][0], "图片来源：视觉中国", "打开界面新闻APP", "物价确实比去年稳一些"])


def caixin():
    t = when(2021, 10, 19, 19, 33)
    title, items = kit_stats()
    rep = name()
    url = f"https://economy.caixin.com/{ymd(t)}/{R.randint(101700000, 101799999)}.html"
    summ = "前三季度经济延续恢复态势，但季度增速逐季放缓，消费和制造业投资仍待提振"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}_经济频道_财新网</title>
<meta name="keywords" content="GDP,统计局" />
<meta name="description" content="{attr(summ)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:url" content="{url}" />
<link href="//file.caixin.com/pc/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="//file.caixin.com/pc/js/jquery.js"></script>
<script type="text/javascript">var entity = {{ id:{url[-14:-5]}, type:"2", channel:"{R.randint(100, 200)}", isFree: 0 }};</script>
</head>
<body>
<div class="head"><div class="logo"><a href="https://www.caixin.com/"><img src="//file.caixin.com/images/logo.png" alt="财新网"/></a></div>
<div class="channel"><a href="https://economy.caixin.com/">经济</a> <a href="https://finance.caixin.com/">金融</a> <a href="https://companies.caixin.com/">公司</a> <a href="https://china.caixin.com/">政经</a> <a href="https://international.caixin.com/">世界</a> <a href="https://opinion.caixin.com/">观点网</a></div></div>
<div class="comMain">
<div class="conlf">
  <div id="conTit">
    <h1>{esc(title)}</h1>
    <div class="artInfo">文｜财新 {rep}<br />{cn(t)} {t.hour:02d}:{t.minute:02d} <span>来源于 <a href="https://www.caixin.com/">财新网</a></span></div>
  </div>
  <div id="subhead" class="subhead">[摘要] {esc(summ)}</div>
  <div class="content">
    <div id="Main_Content_Val" class="text">
{P(items, '<p>', '</p>')}
    </div>
    <p class="artFotm">责任编辑：{name()} | 版面编辑：{name()}</p>
  </div>
  <div class="share"><a class="weibo">分享到微博</a><a class="weixin">分享到微信</a></div>
  <div class="morelink"><h3>推荐阅读</h3><ul>
{ul(dated_list(4, t, 8), lambda h, d: f'<li><a href="#">{esc(h)}</a><em>{cn(d)}</em></li>')}
  </ul></div>
</div>
<div class="conri"><div class="hotnews"><h3>财新网主编精选版电邮</h3><p>样例</p><h3>热门文章</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(5))}</div></div>
</div>
<div class="footer"><p>京ICP证090880号 京ICP备10026701号-8 | 京公网安备 11010502034662号</p><p>Copyright 财新网 All Rights Reserved 版权所有 复制必究</p></div>
</body>
</html>
"""
    add("caixin", url, page, "utf-8", title, t, items, ["[摘要]", "责任编辑", "推荐阅读", "热门文章", "版权所有", "文｜财新"])


def sina_2005():
    t = when(2005, 6, 2, 10, 22)
    title, items = kit_2005_exam()
    items = items[:]
    items[0] = "新华网北京6月1日电（记者 " + name() + "）" + items[0]
    url = f"http://news.sina.com.cn/c/2005-06-02/{t.hour:02d}{t.minute:02d}{R.randint(10000000, 99999999)}s.shtml"
    page = f"""<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=gb2312">
<title>{esc(title)}_新闻中心_新浪网</title>
<meta name="keywords" content="高考,报名,教育部">
<meta name="description" content="{attr(title)}">
<style type="text/css">
<!--
td,div {{font-size:12px}}
.f24 {{font-size:24px;}}
.f14 {{font-size:14px; line-height:23px;}}
.l17 {{line-height:170%}}
-->
</style>
<script language="JavaScript" src="http://image2.sina.com.cn/home/sinaflash.js"></script>
</head>
<body bgcolor=#ffffff topmargin=5 marginheight=5 leftmargin=0 marginwidth=0>
<center>
<table width=750 border=0 cellspacing=0 cellpadding=0>
<tr><td width=150><a href="http://www.sina.com.cn"><img src="http://image2.sina.com.cn/dy/images/logo_news.gif" width=142 height=46 border=0 alt="新浪新闻"></a></td>
<td width=600 align=right><a href="http://news.sina.com.cn/">新闻中心</a> &gt; <a href="http://news.sina.com.cn/china/">国内新闻</a> &gt; 正文</td></tr>
</table>
<table width=750 border=0 cellpadding=0 cellspacing=0>
<tr><td align=center>
<script>sinaFlash("http://ad4.sina.com.cn/200505/27/18763.swf", 750, 90, "", "", 7);</script>
</td></tr>
</table>
<table width=750 border=0 cellspacing=0 cellpadding=0>
<tr>
<td width=560 valign=top>
<table width=560 border=0 cellspacing=0 cellpadding=0>
<tr><td height=50 align=center class=f24><b>{esc(title)}</b></td></tr>
<tr><td height=1 bgcolor=#BEBDBD></td></tr>
<tr><td height=25 align=center><font color=#6e6e6e>http://www.sina.com.cn {cnhm(t)} <a href="http://www.xinhuanet.com/" target=_blank>新华网</a></font></td></tr>
<tr><td class=l17><font id="zoom" class=f14>
{P(items, '<p>　　', '</p>')}
</font></td></tr>
<tr><td align=right class=f12>【<a href="http://comment4.news.sina.com.cn/comment/comment4.html?channel=gn&newsid=1-1-{R.randint(6000000, 6999999)}">发表评论</a>】【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:doPrint()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table>
<table width=560 border=0 cellspacing=0 cellpadding=0><tr><td class=f14><b>相关链接</b></td></tr>
{''.join(f'<tr><td>·<a href="#">{esc(h)}</a> <font color=#6e6e6e>({d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d})</font></td></tr>' for h, d in dated_list(4, t, 20, future=False))}
</table>
</td>
<td width=10></td>
<td width=180 valign=top><table width=180><tr><td><b>新闻排行</b></td></tr>
{''.join(f'<tr><td>·<a href="#">{esc(h)}</a></td></tr>' for h in heads(8))}
</table></td>
</tr>
</table>
<table width=750 border=0 cellspacing=0 cellpadding=0><tr><td align=center>
<a href="http://corp.sina.com.cn/chn/">新浪简介</a> | <a href="http://corp.sina.com.cn/eng/">About Sina</a> | <a href="http://emarketing.sina.com.cn/">广告服务</a> | <a href="http://www.sina.com.cn/contactus.html">联系我们</a> | <a href="http://corp.sina.com.cn/chn/sina_job.html">招聘信息</a> | <a href="http://www.sina.com.cn/intro/lawfirm.shtml">网站律师</a><br>
Copyright &copy; 1996 - 2005 SINA Inc. All Rights Reserved<br>新浪公司 版权所有
</td></tr></table>
</center>
</body>
</html>
"""
    add("sina-2005-table", url, page, "gbk", title, t, items, ["发表评论", "相关链接", "新闻排行", "版权所有", "http://www.sina.com.cn"])


def sina_2012():
    t = when(2012, 5, 20, 9, 45)
    title, items = kit_rail()
    url = f"http://news.sina.com.cn/c/2012-05-20/{t.hour:02d}{t.minute:02d}{R.randint(24000000, 24999999)}.shtml"
    corr = dated_list(4, t, 15, future=False)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-type" content="text/html; charset=gb2312" />
<title>{esc(title)}|城际铁路_新闻中心_新浪网</title>
<meta name="keywords" content="{attr(title)},城际铁路" />
<meta name="tags" content="城际铁路" />
<meta name="description" content="{attr(items[0][:60])}" />
<meta name="stencil" content="PGLS000022" />
<meta name="publishid" content="{R.randint(100000, 999999)},{R.randint(1, 9)},1" />
<meta name="subjectid" content="{R.randint(100, 999)}" />
<link rel="stylesheet" type="text/css" href="http://i0.sinaimg.cn/dy/deco/2012/0426/style.css" />
<script type="text/javascript" src="http://i1.sinaimg.cn/home/sinaflash.js"></script>
</head>
<body><!-- body code begin -->
<div class="topAD"><script type="text/javascript">sinaads.push({{}});</script></div>
<div class="bg_top_nav"><a href="http://www.sina.com.cn/">新浪首页</a> &gt; <a href="http://news.sina.com.cn/">新闻中心</a> &gt; <a href="http://news.sina.com.cn/china/">国内新闻</a> &gt; 正文</div>
<div class="wrap">
<div class="Main clearfix">
<div class="blkContainer" id="articleContent">
<div class="blkContainerPblk">
  <div class="blkContainerSblk">
    <h1 id="artibodyTitle">{esc(title)}</h1>
    <div class="artInfo"><span id="art_source"><a href="http://www.xinhuanet.com/" target="_blank">新华网</a></span>&nbsp;&nbsp;<span id="pub_date">{cnhm(t)}</span>&nbsp;&nbsp;<span id="media_name"><a href="http://www.xinhuanet.com/" target="_blank">新华网</a>&nbsp;</span></div>
    <!-- 正文内容 begin -->
    <!-- google_ad_section_start -->
    <div class="blkContainerSblkCon BSHARE_POP clearfix" id="artibody">
{P(items, '<p>　　', '</p>')}
      <!-- publish_helper_end -->
    </div>
    <!-- google_ad_section_end -->
    <div class="otherContent_01"><div class="blkComment otherContent_01" style="margin-right:15px;"><p class="zxfl">(责任编辑：{name()})</p></div></div>
    <div class="corrTxt_01"><h2>相关新闻</h2><ul>
{ul(corr, lambda h, d: f'<li><a href="http://news.sina.com.cn/c/{ymd(d)}/{R.randint(100000000, 999999999)}.shtml" target="_blank">{esc(h)}</a> <span class="time">{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}</span></li>')}
    </ul></div>
    <div class="blkComment" id="comment_t"><p>已有<span>{R.randint(100, 9000)}</span>位网友参与评论 <a href="#">我要评论</a></p></div>
  </div>
</div>
</div>
<div class="sidebar"><div class="part_01"><h3>新闻排行</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(8))}</div></div>
</div>
</div>
<div id="footer" class="footer"><p><a href="http://corp.sina.com.cn/chn/">新浪简介</a> | <a href="http://corp.sina.com.cn/eng/">About Sina</a> | <a href="http://emarketing.sina.com.cn/">广告服务</a> | <a href="http://www.sina.com.cn/contactus.html">联系我们</a></p>
<p>Copyright &copy; 1996-2012 SINA Corporation, All Rights Reserved</p><p>新浪公司 <a href="http://www.sina.com.cn/intro/copyright.shtml">版权所有</a></p></div>
</body>
</html>
"""
    add("sina-2012-gb2312", url, page, "gbk", title, t, items, ["责任编辑", "相关新闻", corr[0][0], "我要评论", "版权所有"])


def sina_modern():
    t = when(2022, 8, 29, 21, 14)
    title, items = kit_hospital()
    url = f"https://news.sina.com.cn/c/{ymd(t)}/doc-imiz{''.join(R.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(4))}{R.randint(1000000, 9999999)}.shtml"
    up = shift(t, 0, 13)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1.0"/>
<title>{esc(title)}|医院|床位_新浪新闻</title>
<meta name="keywords" content="医院,床位" />
<meta name="description" content="{attr(items[0][:70])}" />
<meta property="og:type" content="news"/>
<meta property="og:title" content="{attr(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:description" content="{attr(items[0][:70])}" />
<meta property="article:published_time" content="{iso8(t)}" />
<meta property="article:author" content="健康报" />
<meta name="weibo: article:create_at" content="{ymdhms(t)}" />
<meta name="weibo: article:update_at" content="{ymdhms(up)}" />
<meta name="sudameta" content="comment_channel:gn;comment_id:comos-imiz{R.randint(1000000, 9999999)}" />
<link rel="stylesheet" type="text/css" href="//n.sinaimg.cn/news/main/css/article.css" />
<script src="//n.sinaimg.cn/common/channel/js/jquery.js"></script>
</head>
<body>
<div class="top-nav"><a href="https://www.sina.com.cn/">新浪首页</a><a href="https://news.sina.com.cn/">新闻</a><a href="https://sports.sina.com.cn/">体育</a><a href="https://finance.sina.com.cn/">财经</a><a href="https://ent.sina.com.cn/">娱乐</a><a href="https://tech.sina.com.cn/">科技</a></div>
<div class="main-content w1240">
  <h1 class="main-title">{esc(title)}</h1>
  <div class="top-bar-wrap"><div class="top-bar"><div class="date-source"><span class="date">{cn(t)} {t.hour:02d}:{t.minute:02d}</span><span class="source ent-source">健康报</span></div>
  <div class="share-wrap">分享到：<a class="share-wb"></a><a class="share-wx"></a></div></div></div>
  <div class="article-content clearfix">
    <div class="article-content-left">
      <div class="article" id="article">
{P(items, '<p>　　', '</p>')}
        <p class="show_author">责任编辑：{name()} </p>
      </div>
      <div id="article-bottom"><p>新浪新闻公众号</p><p>更多热点资讯，请关注新浪新闻公众号</p></div>
      <div class="sina-comment-wrap"><h3>我要评论</h3><div class="comment-item"><span class="name">手机用户{R.randint(1000, 9999)}</span><span class="time">{ymdhm(shift(t, 0, 2))}</span><p>县医院条件越来越好了，点赞！</p></div></div>
    </div>
    <div class="article-content-right"><div class="side-news"><h3>24小时滚动播报</h3><ul>
{ul(dated_list(6, t, 1), lambda h, d: f'<li><a href="#">{esc(h)}</a><span>{d.month:02d}月{d.day:02d}日 {d.hour:02d}:{d.minute:02d}</span></li>')}
    </ul></div></div>
  </div>
</div>
<div class="footer"><p><a href="https://tech.sina.com.cn/focus/sinahelp.shtml">新浪简介</a> | <a href="https://www.sina.com.cn/contactus.html">联系我们</a> | <a href="https://emarketing.sina.com.cn/">广告服务</a></p><p>Copyright &copy; 1996-{CRAWL.year} SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>
</body>
</html>
"""
    add("sina-modern", url, page, "utf-8", title, t, items, ["责任编辑", "新浪新闻公众号", "点赞", "24小时滚动播报", "版权所有"])


def netease_2005():
    t = when(2005, 11, 3, 15, 7, 26)
    title, items = kit_2005_it()
    url = f"http://tech.163.com/05/{t.month:02d}{t.day:02d}/{t.hour:02d}/{''.join(R.choice('0123456789ABCDEF') for _ in range(8))}0009159B.html"
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>网易科技 {esc(title)}</title>
<link href="http://news.163.com/css/article.css" rel="stylesheet" type="text/css">
<script language="javascript" src="http://news.163.com/js/count.js"></script>
</head>
<body>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="http://www.163.com/"><img src="http://tech.163.com/img/logo.gif" border="0" alt="网易"></a></td><td align="right"><a href="http://www.163.com/">网易首页</a> &gt; <a href="http://tech.163.com/">科技频道</a> &gt; <a href="http://tech.163.com/it/">IT业界</a> &gt; 正文</td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="560" valign="top">
<div class="endContent">
<span class="endTitle">{esc(title)}</span><br>
<div class="text">{ymdhms(t)}　来源: <a href="http://www.xinhuanet.com/" target="_blank">新华网</a>　<a href="http://comment.tech.163.com/tech_bbs/{R.randint(10 ** 7, 10 ** 8)}.html">网友评论{R.randint(3, 120)}条</a>　<a href="http://bbs.tech.163.com/">进入论坛</a></div>
<div id="text">
{P(items, '<p style="text-indent:2em">', '</p>')}
</div>
<div class="editor">(责任编辑：{name()})</div>
</div>
<div class="related"><b>相关报道：</b><br>
{''.join(f'<a href="#">{esc(h)}</a> ({d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}:{d.second:02d})<br>' for h, d in dated_list(4, t, 40, future=False))}
</div>
<div class="comment"><b>网友评论</b><br>网易广东省深圳市网友 [{shift(t, 0, 1).strftime('%Y-%m-%d %H:%M:%S')}] 发表：早就该降价了<br></div>
</td>
<td width="10"></td>
<td width="190" valign="top"><b>科技排行</b><br>{''.join(f'·<a href="#">{esc(h)}</a><br>' for h in heads(8))}</td>
</tr>
</table>
<table width="760" border="0" align="center"><tr><td align="center"><a href="http://corp.163.com/">About NetEase</a> | <a href="http://gb.corp.163.com/gb/about/overview.html">公司简介</a> | <a href="http://gb.corp.163.com/gb/contactus.html">联系方法</a> | <a href="http://help.163.com/">客户服务</a><br>网易公司版权所有<br>&copy;1997-2005</td></tr></table>
</body>
</html>
"""
    add("netease-2005-gb2312", url, page, "gbk", title, t, items, ["责任编辑", "相关报道", "早就该降价了", "科技排行", "网易公司版权所有", "进入论坛"])


def netease_2012():
    t = when(2012, 8, 31, 6, 42, 18)
    title, items = kit_school()
    url = f"http://news.163.com/12/{t.month:02d}{t.day:02d}/{t.hour:02d}/{''.join(R.choice('0123456789ABCDEF') for _ in range(8))}00014JB5.html"
    orig = "原标题：" + title.split(" ")[0]
    page = f"""<!DOCTYPE HTML>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(title)}_网易新闻中心</title>
<meta name="keywords" content="学位,学校" />
<meta name="description" content="{attr(items[0][:60])}" />
<meta name="author" content="网易" />
<meta name="Copyright" content="网易版权所有" />
<link href="http://img1.cache.netease.com/cnews/css13/endpage1301.css" rel="stylesheet" />
<script src="http://img1.cache.netease.com/cnews/js/ntes_jslib_1.x.js" charset="gb2312"></script>
<script>var ne_article_source = "{name()}"; var ne_ad_type = 1;</script>
</head>
<body>
<div class="N-nav-channel JS_NTES_LOG_FE"><a href="http://news.163.com/">新闻</a> <a href="http://sports.163.com/">体育</a> <a href="http://ent.163.com/">娱乐</a> <a href="http://money.163.com/">财经</a> <a href="http://auto.163.com/">汽车</a> <a href="http://tech.163.com/">科技</a></div>
<div class="ep-header"><div class="ep-crumb"><a href="http://www.163.com/">网易首页</a> &gt; <a href="http://news.163.com/">新闻中心</a> &gt; <a href="http://news.163.com/domestic/">国内新闻</a> &gt; 正文</div></div>
<div class="ep-content">
<div class="ep-content-main">
<div id="epContentLeft">
  <h1 id="h1title" class="ep-h1">{esc(title)}</h1>
  <div class="ep-info cDGray"><div class="left">{ymdhms(t)}　来源: <a id="ne_article_source" href="#" target="_blank" rel="nofollow">{R.choice(['钱江晚报', '楚天都市报', '华西都市报', '齐鲁晚报'])}</a>(<a href="#">{R.choice(['杭州', '武汉', '成都', '济南'])}</a>)</div><div class="right"><a href="http://comment.news.163.com/news_guonei8_bbs/{R.randint(10 ** 7, 10 ** 8)}.html">{R.randint(100, 5000)}人参与</a> <a>{R.randint(10, 300)}条评论</a></div></div>
  <div class="ep-main-bg">
    <div id="endText" class="end-text">
      <p class="otitle">（{esc(orig)}）</p>
{P(items, '<p>　　', '</p>', h='<p><b>{}</b></p>')}
      <div class="ep-source cDGray"><span class="left"><a href="http://news.163.com/"><img src="http://img1.cache.netease.com/cnews/css13/img/end_news.png" alt="netease" width="13" height="12" class="icon" /></a> 本文来源：{R.choice(['钱江晚报', '楚天都市报'])}</span><span class="ep-editor">作者：{name()}　责任编辑：NN{R.randint(100, 999)}</span></div>
    </div>
  </div>
  <div class="ep-tie-top"><h3>跟贴热词</h3><a>学位</a><a>教育</a></div>
  <div class="ep-related"><h3>相关新闻</h3><ul>
{ul(dated_list(4, t, 30), lambda h, d: f'<li><a href="#">{esc(h)}</a><span>{d.strftime("%m-%d %H:%M")}</span></li>')}
  </ul></div>
</div>
</div>
<div class="ep-content-side"><div class="rank"><h3>新闻排行</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(10))}</div></div>
</div>
<div class="N-nav-bottom"><a href="http://corp.163.com/eng/about/overview.html">About NetEase</a> - <a href="http://gb.corp.163.com/gb/about/overview.html">公司简介</a> - <a href="http://gb.corp.163.com/gb/contactus.html">联系方法</a> - <a href="http://corp.163.com/gb/job/job.html">招聘信息</a> - <a href="http://help.163.com/">客户服务</a> - <a href="http://gb.corp.163.com/gb/legal.html">隐私政策</a><br>网易公司版权所有 &copy;1997-2012</div>
</body>
</html>
"""
    add("netease-2012-gbk", url, page, "gbk", title, t, items, ["原标题", "本文来源", "责任编辑", "跟贴热词", "新闻排行", "网易公司版权所有"])


def netease_modern():
    t = when(2023, 5, 4, 20, 16, 9)
    title, items = kit_tourism()
    docid = "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(16))
    url = f"https://www.163.com/dy/article/{docid}.html"
    acct = R.choice(["山海文旅", "大河观察", "城市记忆"]) + "号"
    page = f"""<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="{ymdhms(t)}" data-category="dy">
<head>
<meta charset="utf-8" />
<title>{esc(title)}|游客|民宿_网易订阅</title>
<meta name="keywords" content="游客,民宿,乡村游" />
<meta name="description" content="{attr(items[0][:70])}" />
<meta property="og:title" content="{attr(title)}" />
<meta property="article:published_time" content="{iso8(t)}" />
<meta property="og:release_date" content="{ymdhms(t)}" />
<link rel="stylesheet" href="https://static.ws.126.net/163/f2e/dy_post/post.css" />
<script src="https://static.ws.126.net/163/frontend/libs/antanalysis.min.js"></script>
</head>
<body>
<div class="ntes-nav"><a href="https://www.163.com/">网易首页</a><a href="https://news.163.com/">新闻</a><a href="https://sports.163.com/">体育</a><a href="https://ent.163.com/">娱乐</a><a href="https://money.163.com/">财经</a></div>
<div class="container clearfix">
<div class="post_main">
  <h1 class="post_title">{esc(title)}</h1>
  <div class="post_info">{ymdhms(t)}　来源: <a href="https://www.163.com/dy/media/T{R.randint(10 ** 12, 10 ** 13)}.html">{acct}</a><img src="https://static.ws.126.net/163/f2e/dy_post/images/icon-pos.png" class="post_info_ip" />北京</div>
  <div class="post_content" id="content">
    <div class="post_body">
{P(items, '<p id="' + str(R.randint(10, 99)) + '">', '</p>')}
    </div>
    <div class="post_statement"><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
  </div>
  <div class="post_recommends"><h3>相关推荐</h3><ul>
{''.join(f'<li><a href="#">{esc(h)}</a><span class="post_recommend_time">{R.randint(1, 23)}小时前</span></li>' for h in heads(5))}
  </ul></div>
  <div class="tie-area"><h3>热门跟贴</h3><div class="tie-info"><span>网易网友</span><span class="time">{ymdhms(shift(t, 1, 2))}</span><p>去年去过，确实不错</p></div></div>
</div>
<div class="post_side"><div class="side-block"><h3>{acct}</h3><p>{R.randint(1000, 90000)}篇文章</p></div><div class="side-block"><h3>24小时热点</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(6))}</div></div>
</div>
<div class="N-nav-bottom">网易公司版权所有 &copy;1997-{CRAWL.year} <a href="https://beian.miit.gov.cn/">粤B2-20090191-18</a> 工业和信息化部备案管理系统网站</div>
</body>
</html>
"""
    add("netease-dy-modern", url, page, "utf-8", title, t, items, ["特别声明", "相关推荐", "热门跟贴", "去年去过", "网易公司版权所有"])


def sohu_2006():
    t = when(2006, 3, 2, 9, 11)
    title, items = kit_2005_it()
    title = "我国手机用户突破3.9亿 移动增值业务快速增长"
    items = [x.replace("3.5亿", "3.9亿") for x in items]
    url = f"http://it.sohu.com/20060302/n{R.randint(242000000, 242999999)}.shtml"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(title)}-搜狐IT</title>
<meta name="keywords" content="手机,短信,宽带">
<link type="text/css" rel="stylesheet" href="http://it.sohu.com/upload/it_article.css">
<script language="javascript" src="http://images.sohu.com/cs/jsfile/js/ct.js"></script>
</head>
<body>
<div id="header"><table width="950" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="160"><a href="http://www.sohu.com/"><img src="http://it.sohu.com/upload/images/logo_it.gif" border="0" alt="搜狐IT"></a></td>
<td><a href="http://www.sohu.com/">搜狐首页</a> - <a href="http://news.sohu.com/">新闻</a> - <a href="http://it.sohu.com/">IT</a> - <a href="http://mobile.sohu.com/">手机</a> - <a href="http://digi.sohu.com/">数码</a> - <a href="http://comm.sohu.com/">通信</a></td>
</tr></table></div>
<table width="950" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td class="nav"><a href="http://it.sohu.com/">搜狐IT</a> &gt; <a href="http://it.sohu.com/telecom.shtml">通信</a> &gt; <a href="http://it.sohu.com/1/0903/index.shtml">运营商</a></td></tr>
</table>
<table width="950" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="620" valign="top">
<table width="600" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="title"><h1>{esc(title)}</h1></td></tr>
<tr><td align="center" class="date">IT.SOHU.COM&nbsp;&nbsp;{cnhm(t)}&nbsp;&nbsp;&nbsp;&nbsp;来源：<a href="http://www.xinhuanet.com/">新华网</a></td></tr>
<tr><td align="center">【<a href="http://comment2.news.sohu.com/viewcomments.action?id={R.randint(10 ** 8, 10 ** 9)}">我来说两句</a>】【<a href="#">推荐</a>】【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:doPrint()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td><div id="sohu_content">
{P(items, '<p>　　', '</p>')}
<p align="right">(责任编辑：{name()})</p>
</div></td></tr>
</table>
<div class="pl"><b>我来说两句</b>&nbsp;&nbsp;<a href="#">全部跟帖</a><br>
搜狐网友 <span>{shift(t, 0, 5).strftime('%Y-%m-%d %H:%M')}</span> 短信费用还是太高<br></div>
<div class="xg"><b>相关链接</b><br>
{''.join(f'<a href="#">{esc(h)}</a>&nbsp;<font color="#999999">{d.year}年{d.month}月{d.day}日</font><br>' for h, d in dated_list(4, t, 60, future=False))}
</div>
</td>
<td width="10"></td>
<td width="320" valign="top"><div class="r"><b>IT频道热点排行</b><br>{''.join(f'<a href="#">{esc(h)}</a><br>' for h in heads(8))}</div></td>
</tr>
</table>
<div id="footer" align="center"><a href="http://corp.sohu.com/">Sohu.com Inc.</a> | <a href="http://ad.sohu.com/">广告服务</a> | <a href="http://hr.sohu.com/">About Sohu</a> | <a href="http://corp.sohu.com/">公司介绍</a><br>Copyright &copy; 2006 Sohu.com Inc. All rights reserved. 搜狐公司 版权所有</div>
</body>
</html>
"""
    add("sohu-2006-sitename-date", url, page, "gbk", title, t, items, ["责任编辑", "我来说两句", "短信费用还是太高", "相关链接", "IT频道热点排行", "版权所有"])


def sohu_modern():
    t = when(2021, 4, 26, 17, 3)
    co, title, items = kit_company_sign()
    aid = R.randint(462000000, 462999999)
    url = f"https://www.sohu.com/a/{aid}_{R.randint(100000, 999999)}"
    acct = R.choice(["投资时报", "财经观察家", "产业前沿"])
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}_{co}_项目_合作</title>
<meta name="keywords" content="{co},项目,合作" />
<meta name="description" content="{attr(items[0][:60])}" />
<meta property="og:type" content="news"/>
<meta property="og:image" content="//p{R.randint(1, 9)}.itc.cn/q_70/images03/{t.year}{t.month:02d}{t.day:02d}/{R.randint(10 ** 15, 10 ** 16)}.jpeg"/>
<meta property="og:url" content="www.sohu.com/a/{aid}"/>
<meta property="og:release_date" content="{ymdhm(t)}"/>
<meta itemprop="dateUpdate" content="{ymdhm(t)}" />
<meta itemprop="datePublished" content="{ymdhm(t)}" />
<meta name="mediaid" content="{acct}"/>
<script>
  var article_config = {{ channel_id: "15", title: "{title}", type: "news", media_id: "{R.randint(100000, 999999)}", new_cms_id: "{aid}" }};
</script>
<link rel="stylesheet" href="//statics.itc.cn/web/v3/static/css/main-article.css">
</head>
<body>
<div class="head-container"><div class="head-nav"><a href="http://www.sohu.com/">搜狐</a><a href="http://news.sohu.com/">新闻</a><a href="http://business.sohu.com/">财经</a><a href="http://auto.sohu.com/">汽车</a><a href="http://it.sohu.com/">科技</a></div></div>
<div class="area clearfix" id="article-container">
<div class="left main">
  <div class="text">
    <div class="text-title">
      <h1>{esc(title)}<span class="article-tag"></span></h1>
      <div class="article-info"><span class="time" id="news-time" data-val="{epoch(t) * 1000}">{ymdhm(t)}</span><span data-role="original-link">来源: <a href="https://mp.sohu.com/profile?xpt={R.randint(10 ** 10, 10 ** 11)}">{acct}</a></span></div>
    </div>
    <article class="article" id="mp-editor">
      <p data-role="original-title" style="display:none">原标题：{esc(title)}</p>
{P(items, '<p>', '</p>')}
      <p><a href="//www.sohu.com/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>
      <p data-role="editor-name">责任编辑：<span></span></p>
    </article>
    <div id="articleAllsee" style="display:none"><a href="#">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</a></div>
    <div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
    <div class="bottom-relate-wrap"><div class="title">推荐阅读</div>
{''.join(f'<div class="news-box"><h4><a href="#">{esc(h)}</a></h4><span class="time">{ymdhm(d)}</span></div>' for h, d in dated_list(4, t, 2))}
    </div>
  </div>
</div>
<div class="sidebar right"><div class="user-info"><h4>{acct}</h4><p>文章 {R.randint(1000, 50000)} 总阅读 {R.randint(100, 9999)}万</p></div><div class="hot-article"><h4>24小时热文</h4>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(6))}</div></div>
</div>
<div class="footer">Copyright &copy; {CRAWL.year} Sohu All Rights Reserved 搜狐公司 版权所有</div>
</body>
</html>
"""
    add("sohu-mp-modern", url, page, "utf-8", title, t, items, ["返回搜狐，查看更多", "平台声明", "推荐阅读", "24小时热文", "版权所有", "原标题"])


def qq_2012():
    t = when(2012, 7, 22, 11, 26)
    title, items = kit_rescue()
    url = f"http://news.qq.com/a/{t.year}{t.month:02d}{t.day:02d}/{R.randint(0, 2000):06d}.htm"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="keywords" content="暴雨,转移,消防">
<meta name="description" content="{attr(items[0][:60])}">
<title>{esc(title)}_新闻_腾讯网</title>
<link rel="stylesheet" type="text/css" href="http://mat1.gtimg.com/news/base2011/css/base.css" />
<script type="text/javascript" src="http://mat1.gtimg.com/www/js/jquery-1.4.4.min.js"></script>
<script type="text/javascript">var ARTICLE_INFO = window.ARTICLE_INFO || {{}}; ARTICLE_INFO.site = "news"; ARTICLE_INFO.type = "article";</script>
</head>
<body>
<div id="header" class="layout"><div class="logo"><a href="http://www.qq.com/"><img src="http://mat1.gtimg.com/news/base2011/img/logo.png" alt="腾讯网" /></a></div>
<div class="nav"><a href="http://news.qq.com/">新闻</a> <a href="http://finance.qq.com/">财经</a> <a href="http://sports.qq.com/">体育</a> <a href="http://ent.qq.com/">娱乐</a> <a href="http://tech.qq.com/">科技</a></div></div>
<div id="C-Main-Article-QQ" class="layout">
<div class="hd"><h1>{esc(title)}</h1>
<div class="tit-bar clearfix"><div class="ll"><span class="color-a-0" bossZone="ztTopic"><a target="_blank" href="http://news.qq.com/china_index.shtml">国内新闻</a></span><span class="color-a-1" bossZone="jgname"><a target="_blank" href="http://www.chinanews.com/">中国新闻网</a></span><span class="article-time">{ymdhm(t)}</span></div><div class="rr"><span class="color-a-2">我要评论(<em id="comNum">{R.randint(10, 2000)}</em>)</span></div></div>
</div>
<div class="bd">
<div id="Cnt-Main-Article-QQ" bossZone="content">
{P(items, '<P style="TEXT-INDENT: 2em">', '</P>')}
</div>
<div class="ft clearfix"><div class="ll"><span class="color-a-3">[责任编辑：{name()}]</span></div></div>
<div id="Reading"><h2>相关阅读：</h2><ul>
{ul(dated_list(4, t, 6, future=False), lambda h, d: f'<li><a href="#">{esc(h)}</a> <span>{d.year}-{d.month:02d}-{d.day:02d}</span></li>')}
</ul></div>
<div id="Comment"><h3>网友评论</h3><p>[{name()}] {shift(t, 0, 4).strftime('%m-%d %H:%M')} 救援人员辛苦了！</p></div>
</div>
</div>
<div id="Side"><div class="mod"><h3>今日排行</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(8))}</div></div>
<div id="footer"><a href="http://www.tencent.com/">关于腾讯</a> | <a href="http://www.qq.com/contract.shtml">服务条款</a> | <a href="http://advertising.qq.com/">广告服务</a> | <a href="http://hr.tencent.com/">腾讯招聘</a><br>Copyright &copy; 1998 - 2012 Tencent. All Rights Reserved<br>腾讯公司 版权所有</div>
</body>
</html>
"""
    add("qq-2012-gb2312", url, page, "gbk", title, t, items, ["责任编辑", "相关阅读", "救援人员辛苦了", "今日排行", "版权所有"])


def qq_modern():
    t = when(2023, 3, 5, 7, 12, 44)
    title, items = kit_marathon(year=t.year)
    aid = f"{t.year}{t.month:02d}{t.day:02d}A0{''.join(R.choice('0123456789ABCDEF') for _ in range(5))}00"
    url = f"https://new.qq.com/rain/a/{aid}"
    media = R.choice(["新京报", "北京青年报", "潇湘晨报"])
    data = {"article_id": aid, "article_type": "0", "title": title, "abstract": None, "catalog1": "sports", "catalog2": "other",
            "media": media, "media_id": str(R.randint(1000000, 9999999)), "pubtime": ymdhms(t), "comment_id": str(R.randint(10 ** 9, 10 ** 10)),
            "tags": "马拉松", "political": 0, "artTemplate": None, "FocusId": None}
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{esc(title)}_腾讯新闻</title>
<meta name="keywords" content="马拉松,跑者">
<meta name="description" content="{attr(items[0][:70])}">
<meta name="apub:time" content="{t.month}/{t.day}/{t.year} {t.hour % 12 or 12}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}">
<meta name="apub:from" content="default">
<link rel="stylesheet" href="//mat1.gtimg.com/pingjs/ext2020/newom/build/static/css/article.css">
<script>window.DATA = {jdump(data)};</script>
</head>
<body>
<div class="qq_header"><a href="https://news.qq.com/">腾讯新闻</a><a href="https://new.qq.com/ch/sports/">体育</a><a href="https://new.qq.com/ch/ent/">娱乐</a><a href="https://new.qq.com/ch/finance/">财经</a></div>
<div class="qq_conent clearfix">
<div class="LEFT">
  <h1>{esc(title)}</h1>
  <div class="content clearfix">
    <div class="LeftTool" id="LeftTool"><div class="left-stick-wp"><div class="author-logo"><img src="//inews.gtimg.com/newsapp_ls/0/{R.randint(10 ** 9, 10 ** 10)}/0"></div><div class="author-name">{media}</div></div></div>
    <div class="content-article">
{P(items, '<p class="one-p">', '</p>')}
    </div>
  </div>
  <div id="Comment"><div class="comment-title">评论</div><div class="comment-item"><span class="nick">{name()}</span><span class="date">{shift(t, 0, 6).strftime('%m月%d日 %H:%M')}</span><p>成绩真不错</p></div></div>
</div>
<div class="RIGHT"><div class="hot-news"><h2>热点精选</h2><ul>{''.join(f'<li><a href="#">{esc(h)}</a></li>' for h in heads(7))}</ul></div></div>
</div>
<div class="qq_footer">Copyright &copy; 1998 - {CRAWL.year} Tencent. All Rights Reserved 腾讯公司 版权所有</div>
<script src="//mat1.gtimg.com/pingjs/ext2020/newom/build/static/js/main.js"></script>
</body>
</html>
"""
    add("qq-rain-apubtime", url, page, "utf-8", title, t, items, ["成绩真不错", "热点精选", "版权所有", "评论"])


def ifeng_modern():
    t = when(2022, 6, 30, 23, 58, 1)
    title, items = kit_river()
    aid = "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(11))
    url = f"https://news.ifeng.com/c/{aid}"
    src = R.choice(["中国新闻网", "北京日报", "光明日报"])
    all_data = {"nav": [{"title": "资讯", "url": "https://news.ifeng.com/"}],
                "docData": {"docId": "ucms_" + aid, "title": title, "newsTime": ymdhms(t), "source": src, "editorName": name(),
                            "contentData": {"contentList": [{"data": "".join(f"<p>{esc(x)}</p>" for x in texts(items)), "type": "text"}]},
                            "fhhAccountDetail": None},
                "hotNews": [{"title": h, "newsTime": ymdhms(shift(t, R.randint(-3, 3)))} for h in heads(3)]}
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}_凤凰网资讯_凤凰网</title>
<meta name="keywords" content="河道治理 河长制">
<meta name="description" content="{attr(items[0][:70])}">
<meta name="og:category " content="凤凰网资讯">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{url}">
<link href="//x0.ifengimg.com/fe/shank/content/content_bundle.0f9b9a3d.css" rel="stylesheet">
<script>var allData = {jdump(all_data)};
var adKeys = ["ad_content_top","ad_content_bottom"];</script>
</head>
<body>
<div id="root"><div class="header-1ULxbK6A"><a href="https://www.ifeng.com/">凤凰网首页</a><a href="https://news.ifeng.com/">资讯</a><a href="https://finance.ifeng.com/">财经</a><a href="https://ent.ifeng.com/">娱乐</a><a href="https://sports.ifeng.com/">体育</a></div>
<div class="artical-25JfwmD5">
  <div class="crumbs-3_h4mC6L"><a href="https://news.ifeng.com/">资讯</a> &gt; <a href="https://news.ifeng.com/shanklist/3-35197-/">大陆</a></div>
  <h1 class="topic-3bY8Hw-9">{esc(title)}</h1>
  <div class="info-3Ht6Fk1n clearfix"><p class="time-1Mgp9W-1"><span>{cn(t)} {t.strftime('%H:%M:%S')}</span><span class="source-2pXi2vGI">来自<a href="#">{src}</a></span></p><div class="commentCount-2-DmBfjn"><a href="#">{R.randint(10, 999)}</a>人参与 <a href="#">{R.randint(1, 99)}</a>评论</div></div>
  <div class="main_content-r5RGqegj"><div class="text-3w2e3DBc">
{P(items, '<p>', '</p>')}
  </div></div>
  <div class="artEditor-2J-2TdrJ">[责任编辑：{name()}]</div>
  <div class="bottomCopyright-hP4jz9hE">凤凰网所有原创内容均受版权保护，未经授权，不得转载</div>
  <div class="tabList-1OvAwiov"><h4>为你推荐</h4>{''.join(f'<div class="news-stream-newsStream-image"><a href="#">{esc(h)}</a><time>{R.choice(["10分钟前", "2小时前", "昨天 22:10"])}</time></div>' for h in heads(4))}</div>
</div>
<div class="footer-2H2tsXS2"><p>Copyright &copy; {CRAWL.year} Phoenix New Media Limited All Rights Reserved.</p><p>凤凰新媒体 版权所有 <a href="https://beian.miit.gov.cn/">京ICP证030609号</a></p></div>
</div>
<script src="//x0.ifengimg.com/fe/shank/content/content_bundle.0f9b9a3d.js"></script>
</body>
</html>
"""
    add("ifeng-modern-allData", url, page, "utf-8", title, t, items, ["责任编辑", "为你推荐", "版权保护", "All Rights Reserved"])


def ifeng_2012():
    t = when(2012, 10, 9, 7, 31)
    title, items = kit_harvest()
    title = title.replace("小麦", "水稻").replace("开镰收割", "开镰收获")
    items = [x.replace("小麦", "水稻").replace("夏种", "秋种").replace("三夏", "三秋").replace("麦穗", "稻穗").replace("麦粒", "稻谷").replace("麦子", "稻子").replace("麦田", "稻田").replace("千粒重", "结实率") for x in items]
    url = f"http://news.ifeng.com/gundong/detail_{t.year}_{t.month:02d}/{t.day:02d}/{R.randint(18000000, 18199999)}_0.shtml"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}_资讯频道_凤凰网</title>
<meta name="keywords" content="水稻 收获" />
<meta name="description" content="{attr(items[0][:60])}" />
<link href="http://y0.ifengimg.com/css/detail_2012.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://y1.ifengimg.com/base/jQuery/jquery-1.4.4.min.js"></script>
</head>
<body>
<div class="topNav"><a href="http://www.ifeng.com/">凤凰网首页</a> <a href="http://news.ifeng.com/">资讯</a> <a href="http://finance.ifeng.com/">财经</a> <a href="http://ent.ifeng.com/">娱乐</a></div>
<div class="theCurrent cDGray js_crumb"><a href="http://www.ifeng.com/">凤凰网</a> &gt; <a href="http://news.ifeng.com/">资讯</a> &gt; <a href="http://news.ifeng.com/gundong/">滚动新闻</a> &gt; 正文</div>
<div class="col_L">
<div id="artical">
  <h1 id="artical_topic">{esc(title)}</h1>
  <div id="artical_sth" class="clearfix"><p class="p_time"><span itemprop="datePublished" class="ss01">{cn(t)} {t.hour:02d}:{t.minute:02d}</span><span class="ss02"></span><span class="ss03">来源：<a href="#" target="_blank">农民日报</a></span></p><p class="p_comments"><a href="#">我要评论</a></p></div>
  <div id="artical_real" class="js_img_share_area">
    <div id="main_content" class="js_selection_area">
{P(items, '<p>', '</p>')}
      <span class="ifengLogo"><a href="http://www.ifeng.com/"><img src="http://y2.ifengimg.com/a/2015/0708/icon_logo.gif" /></a></span>
    </div>
  </div>
  <div class="zb_bottom"><span>[责任编辑：{name()} PN0{R.randint(10, 99)}]</span></div>
  <div id="xgxw"><h3>相关新闻：</h3><ul>
{ul(dated_list(4, t, 30, future=False), lambda h, d: f'<li><a href="#">{esc(h)}</a> {d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}</li>')}
  </ul></div>
</div>
</div>
<div class="col_R"><div class="box_hots"><h3>资讯排行</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(8))}</div></div>
<div class="footer">凤凰网版权所有 Copyright &copy; {2012} Phoenix New Media Limited All Rights Reserved.</div>
</body>
</html>
"""
    add("ifeng-2012", url, page, "utf-8", title, t, items, ["责任编辑", "相关新闻", "资讯排行", "版权所有", "我要评论"])


def tom_2005_lying_header():
    t = when(2005, 3, 15, 22, 36, 13)
    title, items = kit_2005_oil()
    title = "发改委：国内成品油价格将择机调整 保障市场供应"
    items = items[1:] + ["国家发展改革委表示，将密切跟踪国际市场油价变化，适时调整国内成品油价格，同时督促石油企业组织好生产和调运，保障市场供应。"]
    url = f"http://news.tom.com/1002/20050315-{R.randint(1900000, 1999999)}.html"
    page = f"""<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>{esc(title)}-TOM新闻</TITLE>
<LINK href="http://news.tom.com/css/news.css" type=text/css rel=stylesheet>
<SCRIPT language=javascript src="http://news.tom.com/js/ad.js"></SCRIPT>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=760 align=center border=0>
<TR><TD><A href="http://www.tom.com/"><IMG src="http://news.tom.com/images/logo.gif" border=0></A></TD><TD align=right><A href="http://www.tom.com/">TOM首页</A> | <A href="http://news.tom.com/">新闻</A> | <A href="http://sports.tom.com/">体育</A> | <A href="http://ent.tom.com/">娱乐</A> | <A href="http://finance.tom.com/">财经</A></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=760 align=center border=0>
<TR>
<TD vAlign=top width=570>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD class=f12 height=25>&nbsp;您现在的位置：<A href="http://news.tom.com/">TOM新闻</A> &gt;&gt; <A href="http://news.tom.com/china/">国内新闻</A></TD></TR>
<TR><TD align=middle height=40><FONT class=f20><B>{esc(title)}</B></FONT></TD></TR>
<TR><TD align=middle class=f12><FONT color=#666666>国内新闻&nbsp;&nbsp;发布时间 {t.strftime('%Y/%m/%d %H:%M:%S')}&nbsp;&nbsp;来源：中国新闻网</FONT></TD></TR>
<TR><TD class=f14 style="LINE-HEIGHT: 180%">
{P(items, '<P>　　', '</P>')}
</TD></TR>
<TR><TD align=right class=f12>【<A href="#">发表评论</A>】【<A href="#">打印</A>】【<A href="javascript:window.close()">关闭</A>】</TD></TR>
</TABLE>
<TABLE width="100%"><TR><TD class=f12><B>相关新闻</B><BR>
{''.join(f'·<A href="#">{esc(h)}</A> {d.strftime("%Y/%m/%d")}<BR>' for h, d in dated_list(4, t, 30, future=False))}
</TD></TR></TABLE>
</TD>
<TD width=10></TD>
<TD vAlign=top width=180 class=f12><B>新闻排行榜</B><BR>{''.join(f'<A href="#">{esc(h)}</A><BR>' for h in heads(8))}</TD>
</TR>
</TABLE>
<TABLE width=760 align=center><TR><TD align=middle class=f12>关于TOM | 广告服务 | 联系我们 | 招聘信息 | 网站地图<BR>Copyright &copy; 2005 TOM.COM All Rights Reserved 北京雷霆万钧网络科技有限责任公司版权所有</TD></TR></TABLE>
</BODY>
</HTML>
"""
    add("tom-2005-channel-pubtime-latin1-header", url, page, "gbk", title, t, items,
        ["发表评论", "相关新闻", "新闻排行榜", "版权所有", "国内新闻"],
        headers={"Content-Type": "text/html; charset=ISO-8859-1", "Server": "Apache/1.3.33 (Unix)"})


# ====================================================================== self-media and aggregators
def baijiahao_noyear():
    t = when(2020, 3, 5, 12, 1, 33)
    title, items = kit_tourism()
    title = title.replace("“五一”假期", "周末")
    items = [x.replace("“五一”假期", "周末").replace("假期", "周末") for x in items]
    acct = R.choice(["小城生活圈", "文旅观察员", "乡村振兴说"])
    aid = R.randint(1660000000000000000, 1669999999999999999)
    url = f"https://baijiahao.baidu.com/s?id={aid}&wfr=spider&for=pc"
    jd = {"bsData": {"header": {"islogin": 0}, "superlanding": [{"itemType": "article", "itemData": {"title": title, "publishTime": ymdhms(t), "author": {"name": acct, "id": str(R.randint(10 ** 15, 10 ** 16))}}}]}}
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>{esc(title)}</title>
<link rel="shortcut icon" href="https://gss0.bdstatic.com/5bd1bjqh_Q23odCf/static/wiseindex/img/favicon64.ico">
<link rel="stylesheet" href="https://mbdp01.bdstatic.com/static/landing-pc/css/app.5e1c7e4a.css">
<script>window.jsonData = {jdump(jd)};</script>
</head>
<body>
<div id="app">
<div class="s-top-wrap"><a href="https://www.baidu.com/">百度首页</a><a href="https://passport.baidu.com/">登录</a></div>
<div class="detail-wrapper">
<div id="article" class="article">
  <div class="article-title"><h2>{esc(title)}</h2></div>
  <div class="article-desc clearfix">
    <div class="author-icon"><img src="https://gips0.baidu.com/it/u={R.randint(10 ** 9, 10 ** 10)}&fm=3012"></div>
    <div class="author-txt"><p class="author-name">{acct}</p>
      <div class="article-source article-source-bjh"><span class="date">发布时间：{t.month:02d}-{t.day:02d}</span><span class="time">{t.hour:02d}:{t.minute:02d}</span></div></div>
  </div>
  <div class="article-content">
{P(items, '<p><span class="bjh-p">', '</span></p>')}
  </div>
  <div class="article-source-statement">本文为{acct}原创，未经授权禁止转载</div>
  <div class="report-wrap"><a href="#">举报/反馈</a></div>
</div>
<div class="recommend-wrap"><h3>相关推荐</h3>
{''.join(f'<div class="rec-item"><a href="#">{esc(h)}</a><span class="rec-time">{d.month:02d}-{d.day:02d}</span></div>' for h, d in dated_list(5, t, 20))}
</div>
<div class="author-more"><h3>作者最新文章</h3>{''.join(f'<p><a href="#">{esc(h)}</a><span>{d.month:02d}-{d.day:02d}</span></p>' for h, d in dated_list(3, t, 5))}</div>
</div>
<div class="footer">&copy;{CRAWL.year} Baidu <a href="http://www.baidu.com/duty/">使用百度前必读</a> <a href="https://beian.miit.gov.cn/">京ICP证030173号</a></div>
</div>
</body>
</html>
"""
    add("baijiahao-noyear-jsondata", url, page, "utf-8", title, t, items, ["举报/反馈", "相关推荐", "作者最新文章", "未经授权禁止转载", "使用百度前必读"])


def baijiahao_2digit():
    t = when(2021, 11, 8, 19, 5)
    title, items = kit_museum()
    items = items[:3]
    acct = R.choice(["博物馆那些事", "考古汇", "历史文博"])
    aid = R.randint(1715000000000000000, 1719999999999999999)
    url = f"https://baijiahao.baidu.com/s?id={aid}"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title><meta name="description" content="{attr(items[0][:60])}"><link rel="stylesheet" href="https://mbdp02.bdstatic.com/static/landing-pc/css/main.8c2e7d3b.css"><script>var _hmt=_hmt||[];</script></head><body><div id="ssr-content"><div class="_2jN0Z"><div class="_1iyHA"><div class="sKHSJ">{esc(title)}</div><div class="_2gGWi"><div class="_7y5nA"><p class="_7y5nA"><span class="_2gGWi"><a href="https://author.baidu.com/home?from=bjh_article&app_id={R.randint(10 ** 15, 10 ** 16)}">{acct}</a></span></p><div class="_2sjh9"><span class="_2sjh9">发布时间：{t.year % 100:02d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}</span><span class="_2Mgoe">北京</span></div></div></div></div><div class="_18p7x" data-testid="article"><div class="dpu8C _2kCxD">{''.join(f'<p><span class="bjh-p">{esc(x)}</span></p>' for x in items)}</div><div class="_1Ggo0">举报/反馈</div></div></div><div class="_3mhdp"><h3>相关推荐</h3>{''.join(f'<div><a href="#">{esc(h)}</a><span>{R.choice(["1天前", "3天前", "5小时前"])}</span></div>' for h in heads(5))}</div></div><div class="footer">&copy;{CRAWL.year} Baidu 京ICP证030173号</div></body></html>"""
    add("baijiahao-2digit-year-short", url, page, "utf-8", title, t, items, ["举报/反馈", "相关推荐", acct])


def toutiao():
    t = when(2022, 9, 17, 11, 48)
    title, items = kit_rail()
    acct = R.choice(["交通观察", "高铁时代", "城市快报"])
    gid = R.randint(7140000000000000000, 7149999999999999999)
    url = f"https://www.toutiao.com/article/{gid}/"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{esc(title)} - 今日头条</title><meta name="keywords" content="城际铁路"><meta name="description" content="{attr(items[0][:60])}"><link rel="stylesheet" href="https://lf3-cdn-tos.bytescm.com/obj/static/toutiao/article/css/index.2f7d1c0e.css"><script>window._SSR_HYDRATED_DATA = {{"articleInfo":{{"groupId":"{gid}","title":{jdump(title)},"publishTime":"{epoch(t)}","mediaUser":{{"screenName":"{acct}"}}}}}};</script></head><body><div id="root"><div class="toutiao-header"><a href="/">今日头条</a><a href="/?channel=news_hot">热点</a><a href="/?channel=news_tech">科技</a></div><div class="main-content"><div class="article-content"><h1>{esc(title)}</h1><div class="article-meta mt-4"><span class="original-mark">原创</span><span class="dot">·</span><span>{ymdhm(t)}</span><span class="dot">·</span><span class="name"><a href="/c/user/token/{R.randint(10 ** 10, 10 ** 11)}/" target="_blank">{acct}</a></span></div><article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{P(items, '<p data-track="' + str(R.randint(1, 9)) + '">', '</p>')}</article><div class="report-btn">举报</div></div><div class="article-recommend"><h3>相关推荐</h3>{''.join(f'<div class="feed-card"><a href="#">{esc(h)}</a><span class="feed-card-footer-time-cmp">{R.choice(["3小时前", "12分钟前", "昨天", "2天前"])}</span></div>' for h in heads(6))}</div><div class="comment-wrap"><h3>评论 {R.randint(3, 80)}</h3><div class="comment-item"><span class="user">{name()}</span><span class="time">{R.randint(2, 9)}小时前</span><p>期待早日通到我们这边</p></div></div></div><div class="right-sidebar"><div class="hot-board"><h3>头条热榜</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(8))}</div><div class="footer-links">&copy; {CRAWL.year} 今日头条 京ICP证140141号</div></div></div></body></html>"""
    add("toutiao-article", url, page, "utf-8", title, t, items, ["举报", "相关推荐", "期待早日通到", "头条热榜", "原创"])


def kuai360():
    t = when(2022, 2, 13, 8, 30)
    title, items = kit_festival_market()
    title = title.replace("年味渐浓", "元宵将至")
    items = [x.replace("春节临近", "元宵节临近").replace("节前", "近期") for x in items]
    url = f"https://www.360kuai.com/pc/{''.join(R.choice('0123456789abcdef') for _ in range(17))}?cota=3&kuai_so=1&sign=360_57c3bbd1&refer_scene=so_1"
    src = R.choice(["潇湘晨报", "大众网", "荆楚网"])
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="keywords" content="年货,元宵">
<meta name="description" content="{attr(items[0][:60])}">
<meta name="ptime" content="{ymdhms(t)}">
<meta name="source" content="{src}">
<link rel="stylesheet" href="https://p.ssl.qhimg.com/t01a7e8f6e3b2c7a9d1.css">
<script>var __INIT_DATA__ = {{"detail":{{"url":"","source":"{src}","wapurl":""}}, "sign":"360_57c3bbd1"}};</script>
</head>
<body>
<div class="header"><a class="logo" href="https://www.360kuai.com/">快资讯</a><div class="search"><input placeholder="搜索"></div></div>
<div class="container">
<div class="article-wrap">
  <h1 class="article-title">{esc(title)}</h1>
  <div class="article-info"><span class="article-source">{src}</span><span class="article-time">{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}</span><span class="article-follow">关注</span></div>
  <div class="audio-player" id="js-audio"><i class="icon-play"></i><span class="audio-title">播报文章</span><span class="audio-desc">语音播报文章，释放双眼</span><span class="audio-dur">{R.randint(1, 4)}:{R.randint(10, 59)}</span></div>
  <div class="article__content" id="js-article-content" style="max-height:1200px;overflow:hidden">
{P(items, '<p>', '</p>')}
  </div>
  <div class="article-unfold" id="js-unfold"><span>展开全文</span><i class="icon-down"></i></div>
  <div class="article-statement">本文来自{src}，仅代表作者观点，不代表快资讯立场。</div>
  <div class="article-tag">举报</div>
</div>
<div class="rec-list"><h3>相关文章</h3>
{''.join(f'<div class="rec-item"><a href="#">{esc(h)}</a><p><span>{R.choice(["新浪", "网易", "大众网"])}</span><span>{d.month:02d}-{d.day:02d}</span></p></div>' for h, d in dated_list(6, t, 4))}
</div>
<div class="side"><h3>热门资讯</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(8))}</div>
</div>
<div class="footer">Copyright&copy;360.CN All Rights Reserved 360快资讯 <a href="https://beian.miit.gov.cn/">京ICP备08010314号-19</a></div>
<script src="https://s.ssl.qhres2.com/!5a3e8f2b/kuai.js"></script>
</body>
</html>
"""
    add("360kuai-voice-ptime", url, page, "utf-8", title, t, items, ["播报文章", "语音播报文章，释放双眼", "展开全文", "相关文章", "热门资讯", "不代表快资讯立场"])


def yidian():
    t = when(2019, 8, 12, 16, 12)
    title, items = kit_essay()
    title = "随笔｜" + title
    src = R.choice(["读者文摘", "美文欣赏", "散文在线"])
    url = f"http://www.yidianzixun.com/article/0N{''.join(R.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(6))}"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="keywords" content="散文">
<meta name="description" content="{attr(items[0][:50])}">
<link rel="stylesheet" href="//static1.yidianzixun.com/modules/build/article/pc/index.css">
</head>
<body>
<div id="header"><a class="logo" href="/">一点资讯</a><ul class="channels"><li><a href="/channel/best">推荐</a></li><li><a href="/channel/hot">热点</a></li><li><a href="/channel/c9">社会</a></li></ul></div>
<div class="main-body">
<div class="left-wrapper">
  <h2>{esc(title)}</h2>
  <div class="meta"><a class="doc-source" href="#">{src}</a><span>{t.strftime('%Y.%m.%d')}</span></div>
  <div id="imedia-article" class="content-bd" style="height:600px;overflow:hidden">
{P(items, '<p>', '</p>')}
  </div>
  <div class="fold-mask"><a class="fold-btn" href="javascript:;">展开全文</a></div>
  <div class="app-guide">打开一点资讯APP，阅读体验更佳</div>
  <div class="related-news"><h3>相关文章</h3>{''.join(f'<a href="#">{esc(h)}</a><span>{d.strftime("%Y.%m.%d")}</span>' for h, d in dated_list(4, t, 10))}</div>
</div>
<div class="right-wrapper"><h3>热门推荐</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(6))}</div>
</div>
<div id="footer">&copy;{CRAWL.year} 一点资讯 京ICP证140076号</div>
</body>
</html>
"""
    add("yidian-dotted-date-fold", url, page, "utf-8", title, t, items, ["展开全文", "打开一点资讯APP", "相关文章", "热门推荐", src])


def netease_m_fold():
    t = when(2023, 10, 2, 20, 16, 9)
    title, items = kit_marathon(year=t.year)
    docid = "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(16))
    url = f"https://c.m.163.com/news/a/{docid}.html"
    src = R.choice(["扬子晚报", "齐鲁晚报", "新民晚报"])
    ad = {"docid": docid, "title": title, "ptime": ymdhms(t), "source": src, "category": "sports"}
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{esc(title)}</title>
<meta name="description" content="{attr(items[0][:60])}">
<link rel="stylesheet" href="https://static.ws.126.net/163/f2e/news/touch_article/css/article.css">
<script>var articleData = {jdump(ad)};</script>
</head>
<body>
<div class="js-top-bar top-bar"><a class="logo" href="https://c.m.163.com/">网易新闻</a><a class="open-btn">打开</a></div>
<article class="article-wrap">
  <h1 class="title">{esc(title)}</h1>
  <div class="info"><span class="source">{src}</span><span class="time">{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}</span></div>
  <div class="content">
    <div class="page js-page on">
{P(items[:3], '<p>', '</p>')}
      <div class="js-open-app open-app-inner">打开网易新闻 查看精彩图片</div>
{P(items[3:], '<p>', '</p>')}
    </div>
  </div>
  <div class="show_more js-show-more"><span>展开全文</span></div>
  <div class="footer-tips">打开网易新闻，阅读体验更佳</div>
</article>
<section class="tie-wrap"><h3>热门跟帖</h3><div class="tie"><span>网易{R.choice(['江苏', '山东', '上海'])}网友</span><span class="time">{(shift(t, 0, 3)).strftime('%m-%d %H:%M')}</span><p>报了名没抽中，明年再来</p></div></section>
<section class="recommend"><h3>相关推荐</h3>{''.join(f'<div class="item"><a href="#">{esc(h)}</a><span>{R.randint(1, 800)}跟贴</span></div>' for h in heads(5))}</section>
</body>
</html>
"""
    add("netease-m-fold-ptime-json", url, page, "utf-8", title, t, items, ["打开网易新闻 查看精彩图片", "展开全文", "热门跟帖", "报了名没抽中", "相关推荐"])


def kr36_relative():
    t = when(2024, 5, 6, 6, 35)
    title, items = kit_tech_company()
    acct = R.choice(["机器人大讲堂", "硬氪", "制造前沿"])
    aid = R.randint(2760000000, 2769999999) // 1000
    url = f"https://36kr.com/p/{aid}"
    note = f"本文来自微信公众号“{acct}”（ID：{''.join(R.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(8))}），作者：{name()}，36氪经授权发布。"
    st = {"articleDetail": {"articleDetailData": {"code": 0, "data": {"itemId": aid, "widgetTitle": title, "publishTime": epoch(t) * 1000, "author": acct}}}}
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}-36氪</title><meta name="keywords" content="工业机器人"><meta name="description" content="{attr(items[0][:70])}"><meta property="og:type" content="article"><meta property="og:title" content="{attr(title)}"><meta property="article:published_time" content="{iso8(t)}"><meta property="article:author" content="{acct}"><link href="//static.36krcdn.com/36kr-web/static/app.6a1e2f3c.css" rel="stylesheet"></head><body><div id="app"><div class="kr-header"><a href="/">36氪</a><a href="/information/web_news/">最新</a><a href="/information/technology/">科技</a><a href="/information/enterprise_service/">企服</a></div><div class="article-detail-wrapper-box"><div class="article-left-container"><div class="article-content"><h1 class="article-title margin-bottom-20 common-width">{esc(title)}</h1><div class="article-title-icon common-width margin-bottom-40"><a class="title-icon-item item-a" href="/user/{R.randint(10 ** 8, 10 ** 9)}">{acct}</a><span class="title-icon-item item-time"><span class="title-icon-dot">·</span>3小时前</span></div><div class="summary">{esc(items[0][:40])}…</div><div class="common-width content articleDetailContent kr-rich-text-wrapper"><p>{esc(note)}</p>{P(items, '<p>', '</p>')}<p>本文经授权发布，不代表36氪立场。</p><p>如若转载请联系原作者。</p></div></div><div class="article-footer-txt"><p>该文观点仅代表作者本人，36氪平台仅提供信息存储空间服务。</p></div><div class="kr-comment"><h3>评论</h3><div class="comment-item"><span>{name()}</span><span class="time">1小时前</span><p>国产替代加速</p></div></div></div><div class="article-right-container"><h3>24小时热榜</h3>{''.join(f'<p><a href="#">{esc(h)}</a><span>{R.randint(1, 23)}小时前</span></p>' for h in heads(6))}</div></div><div class="kr-footer">&copy; 2011~{CRAWL.year} 北京多氪信息科技有限公司 | <a href="https://beian.miit.gov.cn/">京ICP备12031756号-6</a></div></div><script>window.initialState={jdump(st)}</script></body></html>"""
    add("36kr-relative-and-meta", url, page, "utf-8", title, t, items, ["36氪经授权发布", "不代表36氪立场", "仅提供信息存储空间服务", "国产替代加速", "24小时热榜"])


def cambrian_jsonld_only():
    t = when(2021, 12, 31, 23, 21)
    title, items = kit_school()
    url = f"https://www.bjnews.com.cn/detail/{R.randint(10 ** 14, 10 ** 15 - 1)}.html"
    ld = {"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld", "@id": url, "appid": str(R.randint(10 ** 15, 10 ** 16)),
          "title": title, "images": [f"https://img.bjnews.com.cn/pic/{t.year}/{t.month:02d}/{t.day:02d}/{R.randint(10 ** 10, 10 ** 11)}.jpg"],
          "description": items[0][:80], "pubDate": t.strftime("%Y-%m-%dT%H:%M:%S"), "upDate": shift(t, 1, 10).strftime("%Y-%m-%dT%H:%M:%S")}
    side = dated_list(6, t, 6)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}_新京报</title>
<meta name="keywords" content="学校,学位">
<meta name="description" content="{attr(items[0][:80])}">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=2)}
</script>
<link rel="stylesheet" href="//static.bjnews.com.cn/www/v5/css/detail.css">
</head>
<body>
<div class="bj-header"><a href="https://www.bjnews.com.cn/">新京报</a> <a href="https://www.bjnews.com.cn/news">时事</a> <a href="https://www.bjnews.com.cn/financial">财经</a> <a href="https://www.bjnews.com.cn/edu">教育</a></div>
<div class="articleBox cfx">
  <div class="articleLeft">
    <h1 class="articleTitle">{esc(title)}</h1>
    <div class="articleInfo"><span class="sourceMsg">来源：新京报</span><span class="authorMsg">作者：{name()}</span><span class="shareBtn">分享到：<a class="wx"></a><a class="wb"></a></span></div>
    <div id="articleAll" class="articleMain">
{P(items, '<p>', '</p>', h='<p><strong>{}</strong></p>')}
    </div>
    <div class="articleEditor"><span>编辑：{name()}</span></div>
  </div>
  <div class="articleRight">
    <div class="rightBox"><h3>今日热点</h3><ul>{ul(side, lambda h, d: f'<li><a href="#">{esc(h)}</a><em>{ymd(d)}</em></li>')}</ul></div>
  </div>
</div>
<div class="bj-footer"><p>新京报社版权所有 Copyright &copy; {CRAWL.year} bjnews.com.cn All Rights Reserved</p><p><a href="https://beian.miit.gov.cn/">京ICP备10052616号</a></p></div>
</body>
</html>
"""
    add("bjnews-cambrian-jsonld-only", url, page, "utf-8", title, t, items, ["来源：新京报", "编辑：", "今日热点", side[0][0], "版权所有"])


def kit_essay2():
    return R.choice(["秋天的菜园", "第一次坐绿皮火车"]), [
        "母亲在老家屋后开了一块小菜园，不大，也就两分地。每年秋天，这块菜园都是最热闹的时候。",
        "白菜已经长得半人高，一棵挨着一棵，叶子绿得发亮；萝卜的缨子在风里晃来晃去，露出半截白白胖胖的身子；墙根下的南瓜藤爬得到处都是，几个黄澄澄的大南瓜躺在地上，像是睡着了。",
        "母亲每天天不亮就去菜园里转一圈，浇水、捉虫、拔草，一样都不落下。我劝她年纪大了少种一点，她总说：“自己种的菜吃着放心，再说闲着也是闲着。”",
        "每次我回家，临走时后备箱总会被塞得满满的，白菜、萝卜、辣椒，还有晒干的豆角。母亲一边往车里搬，一边念叨：城里的菜贵，这些够你们吃一阵子了。",
        "车开出村口，从后视镜里看到母亲还站在路边挥手，身后是那块小小的菜园，在夕阳下闪着金色的光。",
    ]


def kit_travel():
    sp = R.choice(["霞浦", "婺源", "元阳梯田", "坝上草原"])
    return f"{sp}三日游记：避开人潮的小众路线", [
        f"一直想去{sp}，这次趁着年假终于成行。因为不想跟旅行团挤，我们自己租了车，提前做了攻略，三天下来玩得很尽兴，在这里把路线和一些经验分享给大家。",
        ("h", "第一天：抵达与日落"),
        "中午到达后先去民宿放行李，民宿老板很热情，给我们推荐了几个本地人才知道的观景点。傍晚我们去了离住处不远的一个小山坡，人很少，日落时整片天空都是橘红色，拍出来的照片几乎不用修。",
        ("h", "第二天：早起看日出"),
        "日出要早上五点多就出发，山路有些窄，开车要格外小心。观景台上已经有不少摄影爱好者，架好了三脚架。太阳出来的那一刻，云海翻涌，大家都忍不住欢呼起来。",
        "下午去了附近的古村落，村里保留了很多老房子，石板路两边是卖特产的小店，价格比景区门口便宜不少。",
        ("h", "第三天：返程"),
        "最后一天睡了个懒觉，吃过午饭慢慢往回开。总的来说，这条路线游客不多，节奏也比较轻松，适合喜欢拍照和慢旅行的朋友。",
        "几点小建议：一是尽量避开节假日；二是山区早晚温差大，记得带件外套；三是部分路段没有信号，最好提前下载离线地图。",
    ]


# ====================================================================== blogs and columns
def zhihu_edited():
    t = when(2021, 11, 8, 19, 5, 0)
    ed = when(2022, 3, 1, 10, 12, 0)
    title, items = kit_house_forum()
    pid = R.randint(420000000, 429999999)
    url = f"https://zhuanlan.zhihu.com/p/{pid}"
    author = R.choice(["老王说装修", "安居小李", "阿杰的生活笔记"])
    init = {"initialState": {"entities": {"articles": {str(pid): {"id": pid, "title": title, "created": epoch(t), "updated": epoch(ed),
                                                                  "author": {"name": author}, "voteupCount": R.randint(100, 5000)}}}}}
    page = f"""<!doctype html>
<html lang="zh" data-hairline="true" class="itcauecng" data-theme="light"><head><meta charSet="utf-8"/><title data-rh="true">{esc(title)} - 知乎</title><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/><meta name="renderer" content="webkit"/><meta name="force-rendering" content="webkit"/><meta name="google-site-verification" content="FTeR0c8arOPKh8c5DYh_9uu98_zJbaWw53J-Sch9MTg"/><meta data-rh="true" name="description" content="{attr(items[0][:80])}"/><meta data-rh="true" property="og:title" content="{attr(title)}"/><meta data-rh="true" property="og:url" content="{url}"/><meta data-rh="true" property="og:site_name" content="知乎专栏"/><link rel="stylesheet" href="https://static.zhihu.com/heifetz/column.app.216a26f4.5b3f9d9e6b0a0c1f.css"/></head><body><div id="root"><div class="App"><div class="ColumnPageHeader-Wrapper"><div class="ColumnPageHeader"><a href="//www.zhihu.com" aria-label="知乎">知乎</a><a class="ColumnLink" href="https://www.zhihu.com/column/c_{R.randint(10 ** 17, 10 ** 18)}">首发于{esc(author)}的专栏</a><button class="Button">写文章</button></div></div><main role="main" class="App-main"><div class="Post-content" data-zop-usertoken="{{}}"><article class="Post-Main Post-NormalMain" tabindex="-1"><header class="Post-Header"><h1 class="Post-Title">{esc(title)}</h1><div class="Post-Author"><div class="AuthorInfo" itemProp="author" itemscope="" itemType="http://schema.org/Person"><meta itemProp="name" content="{attr(author)}"/><meta itemProp="url" content="https://www.zhihu.com/people/{R.randint(10 ** 6, 10 ** 7)}"/><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="#">{esc(author)}</a></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">家装行业从业者</div></div></div></div></div></div><div><span><div class="Voters"><button class="Button Button--plain">{R.randint(100, 5000)} 人赞同了该文章</button></div></span></div></header><div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">{''.join(f'<p data-first-child="" data-pid="{R.randint(10 ** 6, 10 ** 7)}">{esc(x)}</p>' for x in items)}</div></div></div><meta itemProp="dateCreated" content="{isoz(t)}"/><meta itemProp="dateModified" content="{isoz(ed)}"/><div class="ContentItem-time">编辑于 {ymdhm(ed)}・IP 属地北京</div><div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics"><div class="Tag Topic"><span class="Tag-content"><a class="TopicLink" href="#">装修</a></span></div><div class="Tag Topic"><span class="Tag-content"><a class="TopicLink" href="#">装修经验</a></span></div></div></div><div class="ContentItem-actions"><button class="Button VoteButton">赞同 {R.randint(100, 5000)}</button><button class="Button">{R.randint(10, 300)} 条评论</button><button class="Button">分享</button><button class="Button">喜欢</button><button class="Button">收藏</button><button class="Button">申请转载</button></div></article><div class="Comments-container"><div class="CommentListV2"><div class="CommentItemV2"><span class="UserLink">{name()}</span><span class="CommentItemV2-time">{shift(t, 2).strftime('%Y-%m-%d')}</span><div class="CommentItemV2-content">闭水试验太重要了，我家就是没做，结果楼下漏水</div></div></div></div><div class="Recommendations-Main"><h3 class="BlockTitle">推荐阅读</h3>{''.join(f'<div class="PagingButton"><a href="#">{esc(h)}</a></div>' for h in ["装修避坑指南：这十个地方千万别省钱", "二手房翻新全流程，一篇就够了", "老房水电改造要注意什么？"])}</div></div></main></div></div><script id="js-initialData" type="text/json">{jdump(init)}</script><script src="https://static.zhihu.com/heifetz/vendor.d5a6c1d4.js"></script></body></html>"""
    add("zhihu-zhuanlan-edited", url, page, "utf-8", title, t, items, ["编辑于", "人赞同了该文章", "闭水试验太重要了", "推荐阅读", "申请转载", "家装行业从业者"])


def jianshu_utc():
    t = when(2019, 3, 6, 0, 31, 33)
    title, items = kit_essay2()
    slug = "".join(R.choice("0123456789abcdef") for _ in range(12))
    url = f"https://www.jianshu.com/p/{slug}"
    author = R.choice(["青青子衿", "木子李", "北方的河"])
    nd = {"props": {"initialState": {"note": {"data": {"slug": slug, "title": title, "first_shared_at": epoch(t), "last_updated_at": epoch(shift(t, 40)),
                                                        "wordage": sum(len(x) for x in items), "views_count": R.randint(100, 9000)}}}}, "page": "/p/[slug]"}
    page = f"""<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no"/><title>{esc(title)} - 简书</title><meta name="description" content="{attr(items[0][:70])}"/><link rel="stylesheet" href="//cdn2.jianshu.io/shakespeare/_next/static/css/styles.a9f8c5e5.chunk.css"/></head><body><div id="__next"><header class="_1jKNin"><a href="/" class="_1ZTn1p">简书</a><a href="/">首页</a><a href="/apps">下载App</a><a href="/sign_in">登录</a></header><div class="_21bLU4 _3kbg6I"><div class="_3VRLsv" role="main"><div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku">{esc(title)}</h1><div class="rEsl9f"><div class="_2mYfmT"><a class="_1OhGeD" href="/u/{R.randint(10 ** 5, 10 ** 6):x}">{esc(author)}</a><button class="_3kba3h _1OyPqC">关注</button></div><div class="s-dsoj"><span class="_3tCVn5"><i class="anticon"></i><span>{R.randint(1, 80)}</span></span><time datetime="{isoz(t)}">{t.strftime('%Y.%m.%d %H:%M:%S')}</time><span>字数 {sum(len(x) for x in items):,}</span><span>阅读 {R.randint(100, 9000):,}</span></div></div><article class="_2rhmJa">{P(items, '<p>', '</p>')}</article><div class="_1kCBjS"><div class="_18vaTa"><span class="_3BUZPB">“小礼物走走，来简书关注我”</span><button class="_1OyPqC _3Mi9q9">赞赏支持</button></div></div><div class="_19DgIp">更多精彩内容，就在简书APP</div></section><section class="ouvJEz"><h3 class="QxT4hD">全部评论<span>{R.randint(2, 30)}</span></h3><div class="_2gPNSa"><a class="_1OhGeD">{name()}</a><div class="_1xqkrI"><time>{shift(t, 3).strftime('%Y.%m.%d %H:%M')}</time></div><div class="_2bDGm4">读着读着就想起了我妈</div></div></section><section class="ouvJEz"><h3>推荐阅读</h3>{''.join(f'<div class="cuOxAY"><a class="_2voXH8" href="#">{esc(h)}</a><span>阅读 {R.randint(100, 900)}</span></div>' for h in ["老家的那口井", "父亲的手", "记忆里的年味"])}</section></div></div></div><footer class="_2kAQQT">&copy;{CRAWL.year} 简书 / 沪ICP备11018329号-5 / 沪公网安备31010402002252号</footer></div><script id="__NEXT_DATA__" type="application/json">{jdump(nd)}</script></body></html>"""
    add("jianshu-time-utc-midnight", url, page, "utf-8", title, t, items, ["赞赏支持", "更多精彩内容，就在简书APP", "读着读着就想起了我妈", "推荐阅读", "字数", "小礼物走走"])


def csdn():
    t = when(2020, 6, 18, 10, 22, 31)
    title, items = kit_python_blog()
    user = R.choice(["weixin_" + str(R.randint(10 ** 7, 10 ** 8)), "qq_" + str(R.randint(10 ** 7, 10 ** 8))])
    aid = R.randint(106800000, 106899999)
    url = f"https://blog.csdn.net/{user}/article/details/{aid}"
    latest = when(2023, 5, 1, 16, 45, 10)
    body = []
    for x in items:
        if isinstance(x, tuple):
            body.append(f'<h2><a name="t{len(body)}"></a>{esc(x[1])}</h2>')
        elif "\n" in x or x.startswith("resp."):
            body.append(f'<pre><code class="prism language-python">{esc(x)}\n</code></pre>')
        else:
            body.append(f"<p>{esc(x)}</p>")
    body = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="canonical" href="{url}"/>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="renderer" content="webkit"/>
<meta name="force-rendering" content="webkit"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<meta name="report" content='{{"spm":"1001.2101","extra":{{"titAb":"control-1"}}}}'>
<meta name="referrer" content="always">
<meta http-equiv="Cache-Control" content="no-siteapp" /><link rel="alternate" media="handheld" href="#" />
<meta name="shenma-site-verification" content="5a59773ab8077d4a62bf469ab966a63b_1497598848">
<meta name="applicable-device" content="pc">
<title>{esc(title)}_{user}的博客-CSDN博客</title>
<meta name="keywords" content="python 编码 乱码">
<meta name="description" content="文章浏览阅读{R.randint(1, 9)}.{R.randint(1, 9)}k次，点赞{R.randint(3, 90)}次，收藏{R.randint(3, 200)}次。{attr(items[0][:60])}">
<link rel="stylesheet" type="text/css" href="https://csdnimg.cn/release/blogv2/dist/pc/css/detail_enter-fe93aa0b4c.min.css">
<script type="application/ld+json">{{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"{url}","appid":"1638831770136827","pubDate":"{t.strftime('%Y-%m-%dT%H:%M:%S')}","title":{jdump(title)},"upDate":"{latest.strftime('%Y-%m-%dT%H:%M:%S')}"}}</script>
<script type="text/javascript">
  var username = "{user}";
  var articleId = {aid};
  var articleTitle = {jdump(title)};
  var articleDesc = "";
  var nickName = "{user}";
</script>
</head>
<body class="nodata" style="">
<div id="toolbarBox" style="min-height: 48px;"><a href="https://www.csdn.net/">CSDN</a><a href="https://blog.csdn.net/">博客</a><a href="https://download.csdn.net/">下载</a><a href="https://edu.csdn.net/">学习</a><a href="https://bbs.csdn.net/">社区</a></div>
<div class="main_father clearfix d-flex justify-content-center" style="height:100%;">
<div class="container clearfix" id="mainBox">
<main>
<div class="blog-content-box">
  <div class="article-header-box"><div class="article-header"><div class="article-title-box"><h1 class="title-article" id="articleContentId">{esc(title)}</h1></div>
    <div class="article-info-box"><div class="article-bar-top"><img class="article-type-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/original.png" alt=""><div class="bar-content"><a class="follow-nickName" href="https://blog.csdn.net/{user}" target="_blank" rel="noopener">{user}</a><img class="article-time-img article-heard-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/newUpTime2.png" alt=""><span class="time">于&nbsp;{ymdhms(t)}&nbsp;发布</span><div class="read-count-box"><span class="read-count">阅读量{R.randint(1000, 9999)}</span><a class="un-collection">收藏 {R.randint(3, 200)}</a><span class="get-collection">点赞数 {R.randint(3, 90)}</span></div></div></div>
    <div class="blog-tags-box"><div class="tags-box artic-tag-box"><span class="label">分类专栏：</span><a class="tag-link" href="#">Python</a><span class="label">文章标签：</span><a class="tag-link" href="#">python</a><a class="tag-link" href="#">爬虫</a></div></div>
    <div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循<a href="http://creativecommons.org/licenses/by-sa/4.0/"> CC 4.0 BY-SA </a>版权协议，转载请附上原文出处链接和本声明。</div><div class="article-source-link">本文链接：<a href="{url}">{url}</a></div></div></div>
    </div></div></div>
  <article class="baidu_pl">
    <div id="article_content" class="article_content clearfix">
      <link rel="stylesheet" href="https://csdnimg.cn/release/blogv2/dist/mdeditor/css/editerView/kdoc_html_views-1a98987dfd.css">
      <div id="content_views" class="markdown_views prism-atom-one-light">
{body}
      </div>
    </div>
  </article>
</div>
<div class="recommend-box insert-baidu-box recommend-box-style"><div class="recommend-item-box no-index" style="display:none"></div>
  <div class="recommend-tit-mod"><div class="recommend-tit"><span>最新推荐文章于&nbsp;{ymdhms(latest)}&nbsp;发布</span></div></div>
{''.join(f'<div class="recommend-item-box type_blog"><div class="content-box"><div class="content"><a href="#"><div class="title">{esc(h)}</div></a></div><div class="info-box"><span class="info">{ymd(d)}</span></div></div></div>' for h, d in [("Python requests 中文乱码解决方法", shift(t, -300)), ("爬虫抓取GBK网页乱码的终极方案", shift(t, 200)), ("chardet与cchardet性能对比", shift(t, 400))])}
</div>
<div class="comment-box"><div class="comment-list-container"><ul class="comment-list"><li class="comment-line-box"><div class="new-info-box"><a class="name">{name()}</a><span class="date" title="{ymdhms(shift(t, 30))}">{shift(t, 30).strftime('%Y.%m.%d')}</span><span class="new-comment">感谢分享，解决了我的问题</span></div></li></ul></div></div>
</main>
<aside class="blog_container_aside"><div id="asideProfile" class="aside-box"><div class="profile-intro-name-boxTop"><a href="#">{user}</a></div><dl class="text-center"><dt>码龄{R.randint(2, 9)}年</dt></dl><div class="data-info"><dl><dt>原创</dt><dd>{R.randint(10, 300)}</dd></dl><dl><dt>周排名</dt><dd>{R.randint(10000, 99999)}</dd></dl></div></div>
<div id="asideArchive" class="aside-box"><h3 class="aside-title">最新文章</h3><ul><li><a href="#">Scrapy 中间件的几种写法</a></li><li><a href="#">用 lxml 解析表格数据</a></li></ul><h3>2023年<em>3篇</em></h3><h3>2020年<em>11篇</em></h3></div></aside>
</div>
</div>
<div class="blog-footer-bottom">&copy;1999-{CRAWL.year}北京创新乐知网络技术有限公司 <a href="https://beian.miit.gov.cn/">京ICP备19004658号</a></div>
</body>
</html>
"""
    add("csdn-blog-code", url, page, "utf-8", title, t, items, ["版权声明", "本文链接", "最新推荐文章于", "感谢分享，解决了我的问题", "最新文章", "码龄"])


def cnblogs():
    t = when(2018, 4, 12, 16, 12)
    title, items = kit_python_blog()
    user = R.choice(["lanyu-coder", "zhangsan2017", "pythonfan"])
    pid = R.randint(8800000, 8899999)
    url = f"https://www.cnblogs.com/{user}/p/{pid}.html"
    body = []
    for x in items:
        if isinstance(x, tuple):
            body.append(f"<h3>{esc(x[1])}</h3>")
        elif "\n" in x or x.startswith("resp."):
            body.append(f'<div class="cnblogs_code"><pre><span style="color: #000000;">{esc(x)}</span></pre></div>')
        else:
            body.append(f"<p>{esc(x)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="referrer" content="never" />
    <meta property="og:description" content="{attr(items[0][:60])}" />
    <meta http-equiv="Cache-Control" content="no-transform" />
    <meta http-equiv="Cache-Control" content="no-siteapp" />
    <title>{esc(title)} - {user} - 博客园</title>
    <link rel="stylesheet" href="/css/blog-common.min.css?v=m2N9Bb1EGdHyA3lRZQk0Zxu2J7nJpeB3J8qUe1xQm4I" />
    <link id="MainCss" rel="stylesheet" href="/skins/simplememory/bundle-simplememory.min.css?v=2ZiqDhC0qYz1hE1cbyHbR4TjMmD5eJb9LrVPm0Xzk7s" />
    <script>
        var currentBlogId = {R.randint(100000, 999999)};
        var currentBlogApp = '{user}';
        var cb_enable_mathjax = false;
        var isLogined = false;
        var isBlogOwner = false;
        var skinName = 'SimpleMemory';
        var visitorUserId = '';
    </script>
    <script src="https://common.cnblogs.com/scripts/jquery-2.2.0.min.js"></script>
</head>
<body class="skin-simplememory has-navbar">
<a name="top"></a>
<div id="top_nav" class="navbar forpc"><nav id="nav_main" class="navbar-main"><ul id="nav_left" class="navbar-list navbar-left"><li class="navbar-branding"><a href="https://www.cnblogs.com/" title="开发者的网上家园">博客园</a></li><li><a href="https://www.cnblogs.com/">首页</a></li><li><a href="https://news.cnblogs.com/">新闻</a></li><li><a href="https://q.cnblogs.com/">博问</a></li><li><a href="https://ing.cnblogs.com/">闪存</a></li></ul></nav></div>
<div id="home">
<div id="header"><div id="blogTitle"><h1><a id="Header1_HeaderTitle" class="headermaintitle HeaderMainTitle" href="https://www.cnblogs.com/{user}/">{user}</a></h1><h2>代码改变世界</h2></div>
<div id="navigator"><ul id="navList"><li><a class="menu" href="https://www.cnblogs.com/">博客园</a></li><li><a class="menu" href="https://www.cnblogs.com/{user}/">首页</a></li><li><a class="menu" href="https://i.cnblogs.com/EditPosts.aspx?opt=1">新随笔</a></li><li><a class="menu" href="#">联系</a></li><li><a class="menu" href="#">订阅</a></li><li><a class="menu" href="https://i.cnblogs.com/">管理</a></li></ul><div class="blogStats">随笔 - {R.randint(20, 200)}&nbsp; 文章 - 0&nbsp; 评论 - {R.randint(10, 200)}&nbsp; 阅读 - {R.randint(10000, 300000)}</div></div></div>
<div id="main">
<div id="mainContent">
<div class="forFlow">
<div id="post_detail">
<div id="topics">
  <div class="post">
    <h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2 vertical-middle" href="{url}"><span role="heading" aria-level="2">{esc(title)}</span></a></h1>
    <div class="clear"></div>
    <div class="postBody">
      <div id="cnblogs_post_body" class="blogpost-body blogpost-body-html">
{chr(10).join(body)}
      </div>
      <div id="MySignature" role="contentinfo">作者：{user}<br/>出处：https://www.cnblogs.com/{user}/<br/>本文版权归作者和博客园共有，欢迎转载，但未经作者同意必须保留此段声明，且在文章页面明显位置给出原文连接。</div>
      <div class="clear"></div>
      <div id="blog_post_info_block" role="contentinfo"><div id="BlogPostCategory">分类: <a href="#">Python</a></div><div id="EntryTag">标签: <a href="#">爬虫</a>, <a href="#">编码</a></div>
        <div id="post_next_prev"><a href="#" class="p_n_p_prefix">« </a> 上一篇： <a href="#" title="发布于 {shift(t, -9).strftime('%Y-%m-%d %H:%M')}">Python正则表达式常用写法整理</a><br><a href="#" class="p_n_p_prefix">» </a> 下一篇： <a href="#" title="发布于 {shift(t, 6).strftime('%Y-%m-%d %H:%M')}">使用Scrapy抓取分页数据</a></div></div>
    </div>
    <div class="postDesc">posted @ <span id="post-date" data-last-update-time="{shift(t, 270).strftime('%Y-%m-%d %H:%M')}" data-date-updated="{shift(t, 270).strftime('%Y-%m-%d %H:%M')}">{ymdhm(t)}</span>&nbsp;<a href="https://www.cnblogs.com/{user}/">{user}</a>&nbsp; 阅读(<span id="post_view_count">{R.randint(1000, 9000)}</span>)&nbsp; 评论(<span id="post_comment_count">3</span>)&nbsp; <a href="https://i.cnblogs.com/EditPosts.aspx?postid={pid}" rel="nofollow">编辑</a>&nbsp; <a href="javascript:void(0)">收藏</a>&nbsp; <a href="javascript:void(0)">举报</a></div>
  </div>
</div>
</div>
<div class="feedback_area_title">评论列表</div>
<div class="feedbackItem"><div class="feedbackListSubtitle"><div class="feedbackManage">&nbsp;&nbsp;</div><a href="#" class="layer">#1楼</a><a name="{R.randint(10 ** 6, 10 ** 7)}" id="comment_anchor"></a> <span class="comment_date">{shift(t, 1, 3).strftime('%Y-%m-%d %H:%M')}</span> <a id="a_comment_author" href="#">{name()}</a></div><div class="feedbackCon"><div class="blog_comment_body">meta标签那个方法最实用，mark一下</div></div></div>
<div id="comment_form" class="commentform"><div class="comment_textarea">登录后才能查看或发表评论，立即 <a rel="nofollow" href="javascript:void(0);">登录</a> 或者 <a href="https://www.cnblogs.com/">逛逛</a> 博客园首页</div></div>
<div id="cnblogs_c1" class="under-post-card"><a href="#">【推荐】还在用 ECharts 开发大屏？试试这款永久免费的开源 BI 工具！</a></div>
</div>
</div>
<div id="sideBar"><div id="sideBarMain">
<div id="sidebar_news" class="newsItem"><h3 class="catListTitle">公告</h3><div id="profile_block">昵称：<a href="#">{user}</a><br/>园龄：<a href="#" title="入园时间：{shift(t, -900).strftime('%Y-%m-%d')}">{R.randint(3, 9)}年{R.randint(1, 11)}个月</a><br/>粉丝：<a href="#">{R.randint(10, 500)}</a><br/>关注：<a href="#">{R.randint(1, 50)}</a></div></div>
<div id="sidebar_postarchive" class="sidebar-block"><div class="catListPostArchive"><h3 class="catListTitle">随笔档案</h3><ul><li><a href="#">{t.year}年{t.month}月({R.randint(2, 6)})</a></li><li><a href="#">{t.year}年{t.month - 1}月({R.randint(1, 5)})</a></li><li><a href="#">{t.year - 1}年12月({R.randint(1, 5)})</a></li></ul></div></div>
<div id="sidebar_recentcomments" class="sidebar-block"><div class="catListComment"><h3 class="catListTitle">最新评论</h3><ul><li class="recent_comment_title"><a href="#">1. Re:Scrapy入门教程</a></li><li class="recent_comment_body">写得很清楚，感谢</li><li class="recent_comment_author">--{name()}</li></ul></div></div>
</div></div>
</div>
<div id="footer"><span>Copyright &copy; {CRAWL.year} {user}</span><br /><span id="poweredby">Powered by .NET 8.0 on Kubernetes</span></div>
</div>
</body>
</html>
"""
    add("cnblogs-postdesc-bottom", url, page, "utf-8", title, t, items, ["本文版权归作者和博客园共有", "上一篇", "mark一下", "随笔档案", "园龄", "posted @"])


def sina_blog_2008():
    t = when(2008, 9, 12, 16, 12, 21)
    title, items = kit_travel()
    uid = R.randint(1200000000, 1299999999)
    aid = f"{uid:x}0100{''.join(R.choice('0123456789abcdefghijklmnopqrstuvwxyz') for _ in range(4))}"
    url = f"http://blog.sina.com.cn/s/blog_{aid}.html"
    nick = R.choice(["行走的蜗牛", "背包客老周", "山水间"])
    body = "".join(f"<p><strong>{esc(x[1])}</strong></p>" if isinstance(x, tuple) else f"<p>&nbsp;&nbsp;&nbsp; {esc(x)}</p>" for x in items)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}_{nick}_新浪博客</title>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<meta name="keywords" content="{attr(title)},游记,旅游" />
<meta name="description" content="{attr(title)}_{nick}_新浪博客,{nick}," />
<link href="http://simg.sinajs.cn/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
<script type="text/javascript">var $_GLOBAL = {{}}; var scope = {{ $uid: "{uid}", $articleid: "{aid}", $pageid: "article" }};</script>
</head>
<body>
<div class="sinatopbar"><a href="http://www.sina.com.cn/">新浪首页</a> <a href="http://blog.sina.com.cn/">博客</a> <a href="http://blog.sina.com.cn/lm/travel/">旅游</a></div>
<div class="sinablogbody" id="sinablogbody">
<div class="sinabloghead"><div class="blogtitle"><h1><a href="http://blog.sina.com.cn/u/{uid}"><span id="blognamespan">{nick}的博客</span></a></h1></div><div class="blognav"><a href="http://blog.sina.com.cn/u/{uid}">首页</a> <a href="http://blog.sina.com.cn/s/articlelist_{uid}_0_1.html">博文目录</a> <a href="#">图片</a> <a href="#">关于我</a></div></div>
<div id="column_2" class="SG_colW73">
<div class="SG_conn" id="module_920">
<div class="SG_connHead"><span class="title">正文</span><span class="edit"><span id="articleFontManage" class="fontSize">字体大小：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></span></div>
<div class="SG_connBody">
<div class="artical" id="articlebody">
  <div class="articalTitle"><h2 id="t_{aid}" class="titName SG_txta">{esc(title)}</h2><span class="time SG_txtc">({ymdhms(t)})</span><div class="turnBoxzz"><a href="javascript:;" class="SG_aBtn SG_aBtn_ico SG_turn">转载<span>▼</span></a></div></div>
  <div class="articalTag" id="sina_keyword_ad_area"><table><tr><td class="blog_tag"><script>var $tag='游记,旅游';</script><h3>标签：</h3><a target="_blank" href="#">游记</a><a target="_blank" href="#">旅游</a></td><td class="blog_class"><h3>分类：</h3><a target="_blank" href="#">行走天下</a></td></tr></table></div>
  <div id="sina_keyword_ad_area2" class="articalContent   newfont_family">
{body}
  </div>
  <div class="shareUp"><div class="IL"><span class="SG_txtb">分享：</span></div></div>
  <div class="articalInfo"><div class="IL">阅读<span id="r_{aid}">({R.randint(100, 9000)})</span><em class="SG_txtb">┊</em> 评论<span id="c_{aid}">(2)</span><em class="SG_txtb">┊</em> 收藏<span>(0)</span><em class="SG_txtb">┊</em> 转载<span>(1)</span><em class="SG_txtb">┊</em> 喜欢<span>▼</span><em class="SG_txtb">┊</em> <a href="javascript:;">打印</a><em class="SG_txtb">┊</em> <a href="#">举报</a></div></div>
  <div class="articalfrontback SG_j_linedot1 clearfix" id="new_nextprev_{aid}"><div><span class="SG_txtb">前一篇：</span><a href="#">夏日里的青海湖</a></div><div><span class="SG_txtb">后一篇：</span><a href="#">秋天去额济纳看胡杨</a></div></div>
</div>
<div class="allComm"><div class="allCommTit"><strong>评论</strong></div>
<ul class="SG_cmp_revert" id="article_comment_list"><li><div class="SG_revert_Cont"><p><span class="SG_revert_Tit"><a href="#">{name()}</a></span><span class="SG_revert_Time"><em class="SG_txtc">{ymdhms(shift(t, 1, 2))}</em></span></p><div class="SG_revert_Inner SG_txtb">照片拍得真美，收藏了攻略！</div></div></li>
<li><div class="SG_revert_Cont"><p><span class="SG_revert_Tit"><a href="#">{nick}</a></span><span class="SG_revert_Time"><em class="SG_txtc">{ymdhms(shift(t, 2, 5))}</em></span></p><div class="SG_revert_Inner SG_txtb">谢谢，欢迎常来</div></div></li></ul>
</div>
</div></div></div>
<div id="column_1" class="SG_colW21"><div class="SG_conn"><div class="SG_connHead"><span class="title">博文</span></div><div class="SG_connBody"><ul class="list_009">{''.join(f'<li><a href="#">{esc(h)}</a><span class="SG_txtc">({ymd(d)})</span></li>' for h, d in [("夏日里的青海湖", shift(t, -20)), ("秋天去额济纳看胡杨", shift(t, 15)), ("一个人的西藏", shift(t, -90))])}</ul></div></div>
<div class="SG_conn"><div class="SG_connHead"><span class="title">访客</span></div><div class="SG_connBody">{name()} {name()} {name()}</div></div></div>
</div>
<div class="footer"><p>新浪BLOG意见反馈留言板　电话：95105670　提示音后按1键（按当地市话标准计费）　欢迎批评指正</p><p>新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 会员注册 | 产品答疑</p><p>Copyright &copy; 1996 - {t.year} SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>
</body>
</html>
"""
    add("sina-blog-2008", url, page, "utf-8", title, t, items, ["照片拍得真美", "前一篇", "新浪BLOG意见反馈留言板", "版权所有", "标签：", "夏日里的青海湖"])


def douban_note():
    t = when(2019, 11, 24, 22, 48, 5)
    title, items = kit_essay()
    nid = R.randint(740000000, 749999999)
    url = f"https://www.douban.com/note/{nid}/"
    author = R.choice(["南方的雨", "阿朵", "一棵树"])
    page = f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans" class="ua-linux ua-webkit">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="renderer" content="webkit">
<meta name="referrer" content="always">
<meta name="google-site-verification" content="ok0wCgT20tBBgo9_zat2iAcimtN4Ftf5ccsh092Xeyw" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(items[0][:60])}">
<meta property="og:title" content="{attr(title)}" />
<meta property="og:type" content="article" />
<link href="https://img1.doubanio.com/f/shire/420c5af4a7f3a5b8c1e5e8b5d3a7c2e1f6e9d8c7/css/douban.css" rel="stylesheet" type="text/css">
<script>var _head_start = new Date();</script>
</head>
<body>
<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="https://accounts.douban.com/passport/login" class="nav-login" rel="nofollow">登录/注册</a></div><div class="global-nav-items"><ul><li class="on"><a href="https://www.douban.com">豆瓣</a></li><li><a href="https://book.douban.com">读书</a></li><li><a href="https://movie.douban.com">电影</a></li><li><a href="https://music.douban.com">音乐</a></li><li><a href="https://www.douban.com/location">同城</a></li><li><a href="https://www.douban.com/group">小组</a></li></ul></div></div></div>
<div id="wrapper">
<div id="content">
<div class="grid-16-8 clearfix">
<div class="article">
  <div class="note-container" id="note-{nid}" data-url="{url}" data-author="{author}">
    <div class="note-header note-header-container">
      <h1>{esc(title)}</h1>
      <div><a href="https://www.douban.com/people/{R.randint(10 ** 7, 10 ** 8)}/" class="note-author">{author}</a><span class="pub-date">{ymdhms(t)}</span></div>
    </div>
    <div id="link-report" class="note">
{P(items, '<p>', '</p>')}
    </div>
    <div class="note-footer-stat"><span class="pl">{R.randint(10, 300)}人喜欢</span> <span class="pl">{R.randint(1, 40)}人转发</span></div>
  </div>
  <div id="comments" class="comment-list"><h2>回应</h2>
    <div class="comment-item"><div class="content report-comment"><div class="author"><a href="#">{name()}</a> <span class="pubtime">{ymdhms(shift(t, 0, 9))}</span></div><p class="">看哭了。我外婆家门口也有一棵桂花树。</p></div></div>
    <div class="comment-item"><div class="content report-comment"><div class="author"><a href="#">{author}</a> <span class="pubtime">{ymdhms(shift(t, 1, 1))}</span></div><p class="">谢谢你的喜欢。</p></div></div>
  </div>
</div>
<div class="aside"><div class="mod"><h2>{author}的日记 · · · · · · ( <a href="#">全部</a> )</h2><ul>{''.join(f'<li><a href="#">{esc(h)}</a></li>' for h in ["冬至", "读《呼兰河传》", "小城的雨季"])}</ul></div>
<div class="mod"><h2>热门日记</h2><ul>{''.join(f'<li><a href="#">{esc(h)}</a></li>' for h in ["我在县城当老师的第五年", "三十岁以后才明白的事"])}</ul></div></div>
</div>
</div>
</div>
<div id="footer"><span id="icp" class="fleft gray-link">&copy; 2005－{CRAWL.year} douban.com, all rights reserved 北京豆网科技有限公司</span><a href="https://www.douban.com/about">关于豆瓣</a> · <a href="https://www.douban.com/jobs">在豆瓣工作</a> · <a href="https://www.douban.com/about?topic=contactus">联系我们</a> · <a href="https://www.douban.com/about/legal">法律声明</a></div>
</body>
</html>
"""
    add("douban-note", url, page, "utf-8", title, t, items, ["看哭了", "谢谢你的喜欢", "人喜欢", "热门日记", "all rights reserved"])


def netease_blog_2010():
    t = when(2010, 5, 20, 9, 45, 12)
    title, items = kit_essay2()
    user = R.choice(["xiaoyu_1982", "laozhou66", "qingshan2008"])
    url = f"http://{user}.blog.163.com/blog/static/{R.randint(10 ** 8, 10 ** 9)}{t.year}{t.month - 1}{t.day}{R.randint(10, 99)}/"
    body = "<br />".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(x) + "<br />" for x in items)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=gbk"/>
<meta name="keywords" content="{attr(title)},{user},网易,博客"/>
<meta name="description" content="{attr(title)}_{user}的博客_网易博客"/>
<title>{esc(title)} - {user}的日志 - 网易博客</title>
<link rel="stylesheet" type="text/css" href="http://b.bst.126.net/style/common/global.css"/>
<script type="text/javascript">var UD = {{}}; UD.host = {{userName:'{user}', nickName:'{user}'}};</script>
</head>
<body>
<div class="g-top"><a href="http://www.163.com/">网易</a> <a href="http://blog.163.com/">博客</a> <a href="http://blog.163.com/register/">注册</a> <a href="http://blog.163.com/">登录</a></div>
<div class="g-hd"><h1 class="title"><a href="http://{user}.blog.163.com/">{user}的博客</a></h1><div class="nav"><a href="http://{user}.blog.163.com/">首页</a> <a href="http://{user}.blog.163.com/blog/">日志</a> <a href="http://{user}.blog.163.com/album/">相册</a> <a href="http://{user}.blog.163.com/profile/">关于我</a></div></div>
<div class="g-bd">
<div class="nbw-ryt ztag clearfix">
  <div class="title pre fs1"><span class="tcnt">{esc(title)}</span>&nbsp;&nbsp;</div>
  <div class="tinfo">
    <span class="blogsep">{ymdhms(t)}</span>|&nbsp;&nbsp;分类：<a href="#">默认分类</a>&nbsp;|&nbsp;&nbsp;标签：<a href="#">随笔</a>&nbsp;|<a href="#">举报</a>|字号&nbsp;<a href="#">大</a><a href="#">中</a><a href="#">小</a>&nbsp;<a href="#">订阅</a>
  </div>
  <div class="bct fc05 fc11 nbw-blog ztag">
{body}
  </div>
  <div class="snl">阅读(<span>{R.randint(50, 900)}</span>)| 评论(<span>1</span>)</div>
  <div class="nbw-nxt"><span>上一篇：<a href="#">母亲节</a></span><span>下一篇：<a href="#">端午回家</a></span></div>
  <div class="m-cmt"><h4>评论</h4><div class="cmt"><a href="#">{name()}</a> {ymdhm(shift(t, 0, 6))} 写到心里去了</div></div>
</div>
<div class="g-side"><h3>最新日志</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in ["母亲节", "端午回家", "雨夜"])}<h3>博客统计</h3><p>访问量：{R.randint(1000, 90000)}</p><h3>日志分类</h3><p>默认分类(34)</p></div>
</div>
<div class="g-ft">网易公司版权所有 &copy;1997-{t.year}</div>
</body>
</html>
"""
    add("netease-blog-2010-gbk-br", url, page, "gbk", title, t, items, ["分类：", "写到心里去了", "最新日志", "上一篇", "版权所有"])


# ====================================================================== forums (the first post is the article)
REPLIES = ["顶一个，楼主说得很实在", "收藏了，谢谢分享", "mark，过段时间也要装修了", "请问楼主用的哪家公司？", "说得太对了，我家就是防水没做好",
           "感同身受", "支持楼主", "学习了", "写得真好，看得我也想家了", "路过，顶一下"]


def tianya():
    t = when(2012, 5, 20, 9, 45, 12)
    title, items = kit_house_forum()
    author = R.choice(["天涯过客2012", "江南烟雨", "老猫不吃鱼"])
    tid = R.randint(2500000, 2599999)
    url = f"http://bbs.tianya.cn/post-house-{tid}-1.shtml"
    replies = []
    said = pick(REPLIES, 4)
    rt = t
    for i in range(1, 5):
        rt = shift(rt, 0, R.randint(0, 5), R.randint(3, 50))
        replies.append(f"""<div class="atl-item" _host="{name()}" id="{R.randint(10 ** 6, 10 ** 7)}" js_restime="{ymdhms(rt)}" replyid="{R.randint(10 ** 7, 10 ** 8)}"><div class="atl-head"><div class="atl-info"><span>作者：<a class="js-vip-check" href="#" target="_blank">{name()}</a> </span><span>时间：{ymdhms(rt)}</span></div></div><div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content">　　{esc(said[i - 1])}</div><div class="atl-reply"><span>{i}楼</span><a class="reportme a-link" href="javascript:void(0);">举报</a> | <a class="a-link2 replytop" href="javascript:void(0);">回复</a></div></div></div></div>""")
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}_房产观澜_论坛_天涯社区</title>
<meta name="keywords" content="装修,经验">
<meta name="description" content="{attr(items[0][:60])}">
<link rel="stylesheet" href="http://static.tianyaui.com/global/bbs/web/static/css/bbs_article_c55fffc.css">
<script>var bbsGlobal = {{isEssence : false, isQa:false, item : "house", itemName : "房产观澜", itemType : "public", isBlockRepost : false, title : "{title}", postId : "{tid}", page : "1", pageSize : "100", idArticleslist : "", activityId : "", adsId : "", appId : "", appBlock : "", appType : "", originalAuthorId : "", masterId : "{R.randint(10 ** 7, 10 ** 8)}", masterName : "{author}", isWenda : false}};</script>
</head>
<body class="">
<div id="tianyaTopNav"><a href="http://www.tianya.cn/">天涯社区</a> <a href="http://bbs.tianya.cn/">论坛</a> <a href="http://blog.tianya.cn/">博客</a> <a href="http://wenda.tianya.cn/">问答</a></div>
<div id="main" class="clearfix">
  <div id="doc" class="wd-question">
    <div class="atl-location clearfix"><a href="http://bbs.tianya.cn/">天涯社区</a> &gt; <a href="http://bbs.tianya.cn/list-house-1.shtml">房产观澜</a></div>
    <div class="atl-head" id="post_head">
      <h1 class="atl-title"><span class="s_title"><span style="font-weight:400;">{esc(title)}</span></span></h1>
      <div class="atl-menu clearfix js-bbs-act" js_activityuserid="{R.randint(10 ** 7, 10 ** 8)}" js_resTime="{ymdhms(t)}"><div class="atl-info"><span>楼主：<a class="js-vip-check" href="#" target="_blank" uname="{author}">{author}</a></span><span>时间：{ymdhms(t)}</span><span>点击：{R.randint(1000, 90000)}</span><span>回复：{R.randint(20, 300)}</span></div></div>
    </div>
    <div class="atl-main">
      <div class="atl-item host-item"><div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content clearfix">
{'<br>'.join('　　' + esc(x) for x in items)}
      </div><div id="alt_action" class="clearfix"></div><div class="clearfix"><div class="host-ico">楼主</div><div class="atl-reply" id="alt_reply"><a class="reportme a-link" href="javascript:void(0);">举报</a> | <a class="a-link2 reply" href="#fabu_anchor">我要评论</a></div></div></div></div></div>
{chr(10).join(replies)}
    </div>
  </div>
  <div id="right"><div class="hot"><h3>热帖推荐</h3>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in ["首付30万在省会买房还是老家买房？", "二手房交易被中介坑的经历", "物业费该不该涨"])}</div></div>
</div>
<div id="tianyaBrandSpan1" class="footer">天涯社区 &copy; 1999-{t.year} 版权所有 <a href="#">琼ICP备09005864号</a></div>
</body>
</html>
"""
    add("tianya-thread", url, page, "utf-8", title, t, items, [said[0], said[2], "热帖推荐", "楼主：", "我要评论", "版权所有"])


def tieba():
    t = when(2015, 8, 12, 16, 12)
    title, items = kit_travel()
    items = [x for x in items if not isinstance(x, tuple)][:5]
    author = R.choice(["小米粥0812", "山那边的云", "一路向西吧"])
    tid = R.randint(3980000000, 3989999999)
    url = f"https://tieba.baidu.com/p/{tid}"
    pid = R.randint(7400000000, 7499999999)
    df = {"author": {"user_id": R.randint(10 ** 8, 10 ** 9), "user_name": author, "props": None},
          "content": {"post_id": pid, "is_anonym": False, "forum_id": R.randint(10 ** 5, 10 ** 6), "thread_id": tid, "content": None,
                      "post_no": 1, "type": "0", "comment_num": 0, "is_fold": 0, "props": None, "post_index": 0, "pb_tpoint": None}}
    floors = []
    said = pick(REPLIES[4:], 4)
    rt = t
    for i in range(2, 6):
        rt = shift(rt, 0, R.randint(0, 20), R.randint(1, 59))
        floors.append(f"""<div class="l_post j_l_post l_post_bright" data-field='{attr(jdump({"author": {"user_name": name()}, "content": {"post_id": pid + i, "post_no": i}}))}'><div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name j_user_card" href="#">{name()}</a></li></ul></div><div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{pid + i}" class="d_post_content j_d_post_content" style="display:;">            {esc(said[i - 2])}</div><br></cc></div><div class="core_reply j_lzl_wrapper"><div class="core_reply_tail"><div class="post-tail-wrap"><span class="tail-info">{i}楼</span><span class="tail-info">{ymdhm(rt)}</span></div></div></div></div></div>""")
    page = f"""<!DOCTYPE html><!--STATUS OK--><html><head><meta name="keywords" content="百度贴吧,{attr(title)}"/><meta name="description" content="{attr(items[0][:60])}"/><meta charset="UTF-8"><meta furl="tieba.baidu.com/f?kw=旅游" fname="旅游"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>{esc(title)}【旅游吧】_百度贴吧</title><link rel="stylesheet" href="//tb1.bdstatic.com/tb/_/pb_rich_c3e7b.css"/><script>var PageData = {{"tbs": "{''.join(R.choice('0123456789abcdef') for _ in range(26))}", "thread": {{"thread_id": {tid}, "title": {jdump(title)}, "reply_num": {R.randint(10, 200)}}}, "forum": {{"forum_name": "旅游"}}}};</script></head><body><div id="com_userbar" class="userbar"><ul><li><a href="//www.baidu.com/">百度首页</a></li><li><a href="#">登录</a></li><li><a href="#">注册</a></li></ul></div><div class="head_inner"><div class="search_top"><a href="/" class="search_logo"></a><input id="wd1" value=""></div><div class="card_top_wrap"><a class="card_title_fname" href="/f?kw=%E6%97%85%E6%B8%B8">旅游吧</a><span class="card_menNum">{R.randint(100, 900)}万</span><span class="card_infoNum">{R.randint(1000, 9000)}万</span></div></div><div class="left_section"><div id="j_core_title_wrap" class="core_title_wrap_bright clearfix"><h3 class="core_title_txt pull-left text-overflow" title="{attr(title)}" style="width: 396px">{esc(title)}</h3><ul class="core_title_btns pull-right"><li><a href="#" class="btn_sub">只看楼主</a></li><li><a href="#">收藏</a></li></ul></div><div class="p_postlist" id="j_p_postlist"><div class="l_post l_post_bright j_l_post clearfix" data-field='{attr(jdump(df))}'><div class="d_author"><ul class="p_author"><li class="icon"><div class="icon_relative j_user_card"><a class="p_author_face" href="#"><img username="{author}" class="" src="https://gss0.bdstatic.com/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/item/{R.randint(10 ** 9, 10 ** 10)}"></a></div></li><li class="d_name"><a class="p_author_name j_user_card" href="#">{author}</a></li><li class="l_badge"><div class="d_badge_title">吧主</div><div class="d_badge_lv">12</div></li></ul></div><div class="d_post_content_main d_post_content_firstfloor"><div class="p_content p_content_nameplate"><cc><div id="post_content_{pid}" class="d_post_content j_d_post_content clearfix" style="display:;">            {'<br>'.join(esc(x) for x in items)}</div><br></cc></div><div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="j_lzl_r p_reply" data-field='{{"pid":{pid},"total_num":0}}'><a href="#" class="lzl_link_unfold">回复</a></div><div class="post-tail-wrap"><span class="tail-info">来自<a href="#" target="_blank">Android客户端</a></span><span class="tail-info">1楼</span><span class="tail-info">{ymdhm(t)}</span></div></div></div></div></div>
{''.join(floors)}
</div><div class="l_thread_info"><ul class="l_posts_num"><li class="l_reply_num">{R.randint(10, 200)}回复贴，共{R.randint(1, 5)}页</li></ul></div></div><div class="right_section"><div class="region_bright"><h4>贴吧热议榜</h4>{''.join(f'<p><a href="#">{esc(h)}</a></p>' for h in heads(6))}</div></div><div class="footer">&copy;{CRAWL.year} Baidu <a href="#">贴吧协议</a> | <a href="#">隐私政策</a> | <a href="#">吧主制度</a> | <a href="#">意见反馈</a> | <a href="#">网络谣言警示</a></div></body></html>"""
    add("tieba-thread", url, page, "utf-8", title, t, items, [said[0], "只看楼主", "贴吧热议榜", "Android客户端", "回复贴", "贴吧协议"])


def discuz_x3(relative=False):
    if relative:
        t = when(2024, 5, 3, 21, 14, 8)
        title, items = kit_tourism()
        title = "【原创】" + R.choice(["周末带娃去乡下摘草莓，分享几个好去处", "五一自驾两天一夜，人少景美的乡村路线"])
        board, site, host = "亲子出游", "江城论坛", "bbs.jiangcheng-like.example"
    else:
        t = when(2019, 3, 5, 12, 1, 33)
        title, items = kit_house_forum()
        board, site, host = "装修经验", "家在XX", "bbs.jiazai-like.example"
    author = R.choice(["风中的蒲公英", "老顽童", "小鱼儿", "快乐的小猪"])
    tid = R.randint(100000, 999999)
    pid = R.randint(1000000, 9999999)
    url = f"http://{host}/forum.php?mod=viewthread&tid={tid}&extra=page%3D1"
    if relative:
        when_html = f'发表于 <span title="{t.year}-{t.month}-{t.day} {t.hour}:{t.minute:02d}:{t.second:02d}">3&nbsp;天前</span>'
        edited = ""
    else:
        when_html = f"发表于 {t.year}-{t.month}-{t.day} {t.hour:02d}:{t.minute:02d}:{t.second:02d}"
        e = shift(t, 1, -3)
        edited = f'<i class="pstatus"> 本帖最后由 {author} 于 {e.year}-{e.month}-{e.day} {e.hour:02d}:{e.minute:02d} 编辑 </i><br />\r\n<br />\r\n'
    posts = []
    rt = t
    labels = ["沙发", "板凳", "地板", "4#"]
    for i in range(4):
        rt = shift(rt, 0, R.randint(0, 9), R.randint(2, 50))
        if relative:
            rel = "前天&nbsp;" if rt.date() == dt.date(2024, 5, 4) else ("昨天&nbsp;" if rt.date() == dt.date(2024, 5, 5) else f"{(CRAWL.date() - rt.date()).days}&nbsp;天前")
            rh = f'发表于 <span title="{rt.year}-{rt.month}-{rt.day} {rt.hour}:{rt.minute:02d}:{rt.second:02d}">{rel}{rt.hour:02d}:{rt.minute:02d}</span>' if "天" not in rel or "前天" in rel or "昨天" in rel else f'发表于 <span title="{rt.year}-{rt.month}-{rt.day} {rt.hour}:{rt.minute:02d}:{rt.second:02d}">{rel}</span>'
        else:
            rh = f"发表于 {rt.year}-{rt.month}-{rt.day} {rt.hour:02d}:{rt.minute:02d}:{rt.second:02d}"
        posts.append(f"""<div id="post_{pid + i + 1}"><table id="pid{pid + i + 1}" class="plhin" summary="pid{pid + i + 1}" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={R.randint(1000, 99999)}" target="_blank" class="xw1">{name()}</a></div></div></td><td class="plc"><div class="pi"><strong><a href="#" id="postnum{pid + i + 1}"><em>{labels[i]}</em></a></strong><div class="pti"><div class="authi"><em id="authorposton{pid + i + 1}">{rh}</em><span class="pipe">|</span><a href="#">只看该作者</a></div></div></div><div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid + i + 1}">{esc(pick(REPLIES))}</td></tr></table></div></div></div></td></tr><tr><td class="plc plm"></td></tr><tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="#">回复</a></em><p><a href="#">举报</a></p></div></div></td></tr></table></div>""")
    body = "<br />\r\n<br />\r\n".join(esc(x[1] if isinstance(x, tuple) else x) for x in items)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={'utf-8' if relative else 'gbk'}" />
<title>{esc(title)} - {board} -  {site} -  Powered by Discuz!</title>
<link href="http://{host}/forum.php?mod=viewthread&tid={tid}" rel="canonical" />
<meta name="keywords" content="{attr(title)}" />
<meta name="description" content="{attr(texts(items)[0][:70])} ,{site}" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2020 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="http://{host}/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xn3" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Xn3" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xn3', charset = '{'utf-8' if relative else 'gbk'}', discuz_uid = '0', cookiepre = 'Xn3_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cDovL2Jicy5leGFtcGxlLw==', SITEURL = 'http://{host}/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Xn3" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('http://{host}/');">设为首页</a><a href="javascript:;" onclick="addFavorite(this.href, '{site}');return false;">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{site}"><img src="static/image/common/logo.png" alt="{site}" border="0" /></a></h2></div>
<div id="nv"><ul><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true" title="BBS">论坛<span>BBS</span></a></li><li id="mn_portal"><a href="portal.php">门户</a></li><li id="mn_home"><a href="home.php">家园</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{site}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=2">{board}</a> <em>&rsaquo;</em> <a href="#">{esc(title)}</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><div class="pgt"><div class="pg"><strong>1</strong><a href="#">2</a><a href="#" class="nxt">下一页</a></div></div><span class="y pgb"><a href="forum.php?mod=forumdisplay&amp;fid=2">返回列表</a></span></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{R.randint(300, 9000)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{R.randint(5, 80)}</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{esc(title)}</span></h1><span class="xg1"><a href="#" onclick="return copyThreadUrl(this, '{site}')">[复制链接]</a></span></td></tr></table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>
<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={R.randint(1000, 99999)}" target="_blank" class="xw1">{author}</a></div></div><div class="p_pop blk bui card_gender_0" id="userinfo{pid}" style="display: none;"></div><div><div class="avatar"><img src="uc_server/avatar.php?uid={R.randint(1000, 99999)}&size=middle" /></div></div><div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="#" class="xi2">{R.randint(10, 300)}</a></p>主题</th><th><p><a href="#" class="xi2">{R.randint(100, 3000)}</a></p>帖子</th><td><p><a href="#" class="xi2">{R.randint(100, 9000)}</a></p>积分</td></table></div><p><em><a href="#">中级会员</a></em></p></div></td>
<td class="plc"><div class="pi"><div id="fj" class="y"><label class="z">电梯直达</label><input type="text" class="px p_fre z" size="2" /></div><strong><a href="#" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">楼主</a></strong><div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" /><em id="authorposton{pid}">{when_html}</em><span class="pipe">|</span><a href="#" rel="nofollow">只看该作者</a><span class="pipe">|</span><a href="#" class="show">阅读模式</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{edited}{body}</td></tr></table></div><div id="comment_{pid}" class="cm"></div><div id="post_rate_div_{pid}"></div></div></div>
</td></tr>
<tr><td class="plc plm"><div class="sign" style="max-height:100px;maxHeightIE:100px;">生活不止眼前的苟且，还有诗和远方</div></td></tr>
<tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="#">回复</a></em><p><a href="javascript:;" id="mgc_post_{pid}" class="showmenu">使用道具</a><a href="javascript:;">举报</a></p></div></div></td></tr>
</table></div>
{chr(10).join(posts)}
</div>
</div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="#">Archiver</a><span class="pipe">|</span><a href="#">手机版</a><span class="pipe">|</span><a href="#">小黑屋</a><span class="pipe">|</span><strong><a href="./">{site}</a></strong> ( <a href="https://beian.miit.gov.cn/" target="_blank">{icp('鄂')}</a> )</p><p class="xs0">GMT+8, {CRAWL.year}-{CRAWL.month}-{CRAWL.day} {CRAWL.hour:02d}:{CRAWL.minute:02d}<span id="debuginfo">, Processed in 0.0{R.randint(10, 99)} second(s), {R.randint(10, 40)} queries.</span></p></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2020 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div>
</body>
</html>
"""
    without = ["生活不止眼前的苟且", "只看该作者", "电梯直达", "Powered by", "使用道具"]
    if not relative:
        without.append("本帖最后由")
    add("discuz-x3-relative-title-attr" if relative else "discuz-x3-gbk-louzhu", url, page, "utf-8" if relative else "gbk", title, t, items, without)


def forum_2005_benti():
    t = when(2005, 8, 12, 16, 12, 21)
    title, items = kit_essay()
    title = "【原创散文】" + title
    author = "大卫"
    url = f"http://www.tianxia-bbs-like.example/forum/messages/{R.randint(100000, 199999)}.html"
    fol = []
    rt = t
    for _ in range(4):
        rt = shift(rt, 0, R.randint(0, 7), R.randint(1, 59))
        fol.append(f'<li><a href="/forum/messages/{R.randint(100000, 199999)}.html">re: {esc(pick(REPLIES[8:]))}</a> -- {name()} [{cn_np(rt)}{rt.hour}:{rt.minute:02d}:{rt.second:02d}] (<i>{R.randint(0, 300)} bytes</i>) ({R.randint(10, 300)} reads)</li>')
    page = f"""<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=gb2312">
<TITLE>{esc(title)}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000">
<CENTER><A HREF="/forum/index.html"><IMG SRC="/forum/images/banner.gif" BORDER=0></A></CENTER>
<CENTER>[ <A HREF="#followups">跟贴</A> ] [ <A HREF="#postfp">发表跟贴</A> ] [ <A HREF="/forum/index.html">天下论坛</A> ] [ <A HREF="/forum/faq.html">常见问题</A> ]</CENTER>
<P><HR SIZE=1 NOSHADE>
<P><CENTER><H1>{esc(title)}</H1></CENTER>
<HR SIZE=1 NOSHADE><P>
<FONT COLOR="#008000">本贴由{author}于{cn_np(t)}{t.hour}:{t.minute:02d}:{t.second:02d}在〖天下论坛〗发表.</FONT>
<P>
{'<P>'.join(chr(10) + esc(x) for x in items)}
<P>
<BR><HR SIZE=1 NOSHADE><P>
<A NAME="followups"><B>跟贴：</B></A><BR>
<UL>
{chr(10).join(fol)}
</UL>
<BR><HR SIZE=1 NOSHADE><P>
<A NAME="postfp"><B>发表跟贴：</B></A><P>
<FORM METHOD=POST ACTION="/cgi-bin/forum/post.cgi">
<INPUT TYPE=HIDDEN NAME="followup" VALUE="{R.randint(100000, 199999)}">
笔名：<INPUT TYPE=TEXT NAME="name" SIZE=30><BR>
标题：<INPUT TYPE=TEXT NAME="subject" VALUE="re: {attr(title)}" SIZE=50><BR>
内容：<TEXTAREA NAME="body" COLS=60 ROWS=10></TEXTAREA><BR>
<INPUT TYPE=SUBMIT VALUE="发表跟贴">
</FORM>
<HR SIZE=1 NOSHADE>
<CENTER>[ <A HREF="#followups">跟贴</A> ] [ <A HREF="#postfp">发表跟贴</A> ] [ <A HREF="/forum/index.html">天下论坛</A> ]</CENTER>
</BODY>
</HTML>
"""
    add("forum-2005-benti-utf8-header", url, page, "gbk", title, t, items, ["本贴由", "跟贴", "发表跟贴", "天下论坛", "re: "],
        headers={"Content-Type": "text/html; charset=utf-8", "Server": "nginx"})


def forum_2005_songjiaozhe():
    t = when(2005, 11, 27, 23, 8, 40)
    title, items = kit_essay2()
    author = R.choice(["江南布衣", "老北京", "Mountain"])
    url = f"http://bbs.wanwei-like.example/forums/life/{t.year}/{t.month:02d}/{R.randint(100000, 199999)}.html"
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(title)} -- 生活百态 -- 万维读者论坛</title>
<link rel="stylesheet" href="/forums/style.css" type="text/css">
</head>
<body bgcolor="#FFFFFF">
<table width="100%" border="0"><tr><td><a href="/"><img src="/images/logo.gif" border="0"></a></td><td align="right"><a href="/forums/life/">生活百态</a> | <a href="/forums/">论坛首页</a></td></tr></table>
<hr>
<table width="90%" align="center"><tr><td>
<center><h2><font color="#0000FF">{esc(title)}</font></h2></center>
<p align="center">送交者: {author} [<font color="#0000FF">一级</font>] 于 {ymdhms(t)} 已读 {R.randint(100, 3000)} 次 {R.randint(1, 9)} 赞</p>
<hr>
<pre style="white-space:pre-wrap">
{(chr(10) + chr(10)).join('　　' + esc(x) for x in items)}
</pre>
<hr>
<p>&nbsp;</p>
<p><b>回复：</b></p>
<ul>
{''.join(f'<li><a href="#">{esc(txt)}</a> -- {who} - ({n} Byte) {rt.strftime("%Y-%m-%d %H:%M:%S")} ({a}/{b})</li>' for rt, txt, who, n, a, b in sorted(((shift(t, 0, R.randint(1, 30)), pick(REPLIES[8:]), name(), R.randint(0, 200), R.randint(10, 200), R.randint(0, 9)) for _ in range(3)), reverse=True))}
</ul>
<p><b>实用资讯</b></p>
<p><a href="#">北美华人社区最新公告</a> {ymd(shift(t, -1))}</p>
</td></tr></table>
<hr>
<center><font size="2">Copyright &copy; 1998-{t.year} 万维读者网 All Rights Reserved.</font></center>
</body>
</html>
"""
    add("forum-songjiaozhe-2005", url, page, "gbk", title, t, items, ["送交者", "已读", "实用资讯", "All Rights Reserved", "回复："])


# ====================================================================== local news, county media centres, e-papers
def city_news_site():
    t = when(2022, 1, 23, 8, 30, 0)
    p = place()
    title, items = kit_festival_market(p)
    site = f"{p[1]}新闻网"
    host = f"www.{R.choice(['sxnews', 'xyxww', 'myrb', 'wfnews'])}-like.example"
    url = f"http://{host}/news/{t.year}{t.month:02d}/t{t.year}{t.month:02d}{t.day:02d}_{R.randint(100000, 999999)}.shtml"
    side = dated_list(8, t, 6)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}-{site}</title>
<meta name="keywords" content="年货,春节" />
<meta name="description" content="{attr(items[0][:60])}" />
<meta name="ContentStart" content=""/>
<link href="/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="fl">今天是：{cn_np(CRAWL)} {wk(CRAWL)}</span><span class="fr"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">手机版</a></span></div></div>
<div class="header"><div class="w1000"><a href="/"><img src="/images/logo.png" alt="{site}" /></a><div class="weather">{p[1]} 晴 3~12℃</div></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/news/">本地新闻</a></li><li><a href="/county/">县区新闻</a></li><li><a href="/shizheng/">时政要闻</a></li><li><a href="/minsheng/">民生</a></li><li><a href="/pic/">图片</a></li><li><a href="/video/">视频</a></li></ul></div>
<div class="w1000 cl">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">本地新闻</a> &gt; 正文</div>
<div class="left680">
  <div class="main_title"><h1>{esc(title)}</h1>
    <div class="info"><span>来源：{p[1]}日报</span>&nbsp;&nbsp;<span>作者：记者 {name()} 通讯员 {name()}</span>&nbsp;&nbsp;<span>发布时间：{ymdhms(t)}</span>&nbsp;&nbsp;<span>浏览次数：<span id="hits"><script src="/plus/count.php?aid={R.randint(10000, 99999)}&mid=1"></script></span></span>&nbsp;&nbsp;<span>【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</span></div>
  </div>
  <div class="content" id="zoom">
<!--ContentStart-->
{P(items, '<p style="text-indent:2em">', '</p>')}
<!--ContentEnd-->
  </div>
  <div class="editor">编辑：{name()}　　审核：{name()}</div>
  <div class="page_up">上一篇：<a href="#">{esc(heads(1)[0])}</a><br />下一篇：<a href="#">{esc(heads(1)[0])}</a></div>
</div>
<div class="right300">
  <div class="box"><h3>本地要闻</h3><ul>{ul(side[:4], lambda h, d: f'<li><span>[{d.month:02d}-{d.day:02d}]</span><a href="#">{esc(h)}</a></li>')}</ul></div>
  <div class="box"><h3>点击排行</h3><ul>{ul(side[4:], lambda h, d: f'<li><a href="#">{esc(h)}</a><em>{ymd(d)}</em></li>')}</ul></div>
</div>
</div>
<div class="footer"><p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">版权声明</a></p>
<p>{site} 版权所有 未经授权禁止复制或建立镜像</p><p>主办：{p[1]}日报社　<a href="https://beian.miit.gov.cn/">{icp('浙')}</a>　互联网新闻信息服务许可证：{R.randint(10 ** 10, 10 ** 11)}</p></div>
{cnzz()}
</body>
</html>
"""
    add("city-news-site-today-header", url, page, "utf-8", title, t, items, ["今天是", "本地要闻", "点击排行", side[0][0], "版权所有", "编辑：", "上一篇"])


def county_media_centre():
    t = when(2023, 7, 19, 10, 2, 0)
    p = place()
    title, items = kit_rescue(p)
    centre = f"{p[2]}融媒体中心"
    host = f"www.{R.choice(['ttxrmt', 'zyrmt', 'yxrm', 'sqrmt'])}-like.example"
    url = f"http://{host}/content/{t.year}-{t.month:02d}/{t.day:02d}/content_{R.randint(100000, 999999)}.html"
    upd = shift(t, 3, 7)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}_{centre}</title>
<meta name="keywords" content="防汛,救援">
<link rel="stylesheet" href="/static/css/content.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top">
  <div class="wrap"><div class="today"><script>var d=new Date(),w=["日","一","二","三","四","五","六"];document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);</script></div>
  <div class="links"><a href="#">无障碍浏览</a> <a href="#">长者模式</a></div></div>
</div>
<div class="banner"><img src="/static/images/banner.jpg" alt="{centre}"><div class="slogan">{p[2]}新闻网 · 爱{p[2][:2]}APP</div></div>
<div class="menu"><a href="/">首页</a><a href="/list/1.html">{p[2][:2]}要闻</a><a href="/list/2.html">乡镇动态</a><a href="/list/3.html">部门动态</a><a href="/list/4.html">视听{p[2][:2]}</a><a href="/list/5.html">专题专栏</a></div>
<div class="wrap clearfix">
  <div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/list/1.html">{p[2][:2]}要闻</a></div>
  <div class="article">
    <h1 class="article-title">{esc(title)}</h1>
    <div class="article-meta"><span>{ymdhms(t)} 来源：{centre}</span><span>记者：{name()} {name()}</span><span>更新时间：{ymdhms(upd)}</span></div>
    <div class="article-body">
{P(items, '<p>', '</p>')}
    </div>
    <div class="article-editor"><p>编辑：{name()}</p><p>责编：{name()}</p><p>审核：{name()}</p></div>
    <div class="share">分享到：<a class="wechat"></a><a class="weibo"></a><a class="qzone"></a></div>
  </div>
  <div class="sidebar"><div class="hot"><h3>热点推荐</h3><ul>{ul(dated_list(6, t, 12), lambda h, d: f'<li><a href="#">{esc(h)}</a><span>{ymd(d)}</span></li>')}</ul></div>
  <div class="qrcode"><img src="/static/images/app.png"><p>扫码下载爱{p[2][:2]}APP</p></div></div>
</div>
<div class="footer"><p>主办：{centre}　承办：{p[2]}广播电视台</p><p>版权所有：{centre}　<a href="https://beian.miit.gov.cn/">{icp('鄂')}</a>　{gongan('鄂')}</p><p>地址：{p[2]}人民路{R.randint(1, 200)}号　电话：0{R.randint(700, 799)}-{R.randint(1000000, 9999999)}</p></div>
</body>
</html>
"""
    add("county-media-centre-update-time", url, page, "utf-8", title, t, items, ["更新时间", "责编", "热点推荐", "扫码下载", "版权所有", "来源："])


def county_mobile_url_date():
    t = when(2022, 10, 27, 17, 41)
    p = place()
    title, items = kit_harvest(p)
    title = title.replace("小麦", "玉米").replace("开镰收割", "进入收获期")
    items = [x.replace("小麦", "玉米").replace("夏种", "秋冬种").replace("三夏", "三秋").replace("麦穗", "玉米棒").replace("麦粒", "玉米粒").replace("麦子", "玉米").replace("麦田", "玉米地").replace("千粒重", "百粒重") for x in items]
    url = f"http://m.{R.choice(['xyrb', 'hzrb', 'lyxw'])}-like.example/system/{t.year}/{t.month:02d}/{t.day:02d}/{R.randint(30000000, 39999999):09d}.shtml"
    more = dated_list(6, t, 20)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/css/m_article.css">
</head>
<body>
<header class="m-header"><a class="back" href="javascript:history.back()"></a><a class="logo" href="/">{p[1]}日报</a><a class="menu-btn"></a></header>
<section class="m-article">
  <h1>{esc(title)}</h1>
  <p class="m-source"><span>{p[1]}日报</span><span>记者 {name()}</span></p>
  <div class="m-content">
{P(items, '<p>', '</p>')}
  </div>
  <p class="m-editor">[编辑：{name()}]</p>
</section>
<section class="m-more"><h3>更多新闻</h3><ul>{ul(more, lambda h, d: f'<li><a href="/system/{d.year}/{d.month:02d}/{d.day:02d}/{R.randint(30000000, 39999999):09d}.shtml">{esc(h)}</a><time>{ymd(d)}</time></li>')}</ul></section>
<footer class="m-footer"><p><a href="#">电脑版</a> | <a href="#">客户端</a></p><p>&copy; {CRAWL.year} {p[1]}日报社 版权所有</p></footer>
</body>
</html>
"""
    add("county-mobile-date-only-in-url", url, page, "utf-8", title, t, items, ["更多新闻", more[0][0], "编辑：", "版权所有", "电脑版"])


def epaper_founder():
    t = when(2022, 2, 13, 0, 0, 0)
    p = place()
    title, items = kit_school(p)
    paper = f"{p[1]}日报"
    node = R.randint(1, 8)
    url = f"http://epaper.{R.choice(['xyrb', 'sxrb', 'wfrb'])}-like.example/html/{t.year}-{t.month:02d}/{t.day:02d}/content_{R.randint(100, 999)}_{R.randint(10000, 99999)}.htm"
    others = heads(5)
    pre = shift(t, -1)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{paper}-{esc(title)}</title>
<meta name="keywords" content="{paper},数字报">
<link rel="stylesheet" href="../../../static/css/paper.css">
<script src="../../../static/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="logo"><img src="../../../static/img/logo.png" alt="{paper}"></div>
<div class="date-box"><p class="date left"><span id="paperdate">{cn(t)}</span> {wk(t)}</p><p class="right"><a href="../../../html/{pre.year}-{pre.month:02d}/{pre.day:02d}/node_1.htm">上一期</a> <a href="#">往期回顾</a> <a href="#">PDF下载</a></p></div></div>
<div class="main">
<div class="left-box">
  <div class="paper-box"><img src="../../../images/{t.year}-{t.month:02d}/{t.day:02d}/{node:02d}/{R.randint(10 ** 8, 10 ** 9)}.jpg" usemap="#PagePicMap"></div>
  <div class="swiper-box"><p>第{node:02d}版：{R.choice(['要闻', '综合', '社会', '教育'])}</p><a href="node_{node - 1 if node > 1 else 1}.htm">上一版</a> <a href="node_{node + 1}.htm">下一版</a></div>
</div>
<div class="right-box">
  <div class="article">
    <h3></h3>
    <h1>{esc(title)}</h1>
    <h2></h2>
    <p class="sec">本报记者 {name()}　通讯员 {name()}</p>
    <div class="article-content" id="ozoom">
      <founder-content>
{P(items, '<p>', '</p>', h='<p><b>{}</b></p>')}
      </founder-content>
    </div>
    <div class="attachment"></div>
  </div>
  <div class="news-list"><h4>本版新闻</h4><ul>{''.join(f'<li><a href="content_{R.randint(100, 999)}_{R.randint(10000, 99999)}.htm">{esc(h)}</a></li>' for h in others)}</ul></div>
</div>
</div>
<div class="footer"><p>{paper}社版权所有，未经书面授权，不得转载、摘编或以其他方式使用</p><p>地址：{p[1]}市新闻大厦　邮编：{R.randint(100000, 899999)}　<a href="https://beian.miit.gov.cn/">{icp('浙')}</a></p><p>技术支持：北大方正电子</p></div>
</body>
</html>
"""
    add("epaper-founder-paperdate", url, page, "utf-8", title, t, items, ["本报记者", "本版新闻", others[0], "版权所有", "技术支持", "上一期"])


def epaper_old_gbk():
    t = when(2013, 11, 8, 0, 0, 0)
    p = place()
    title, items = kit_museum(p)
    paper = f"{p[1]}晚报"
    url = f"http://wb.{R.choice(['xywb', 'sxwb', 'cdwb'])}-like.example/html/{t.year}-{t.month:02d}/{t.day:02d}/content_{R.randint(100000, 999999)}.htm"
    prev, nxt = shift(t, -1), shift(t, 1)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{paper}数字报刊平台</title>
<link href="../../../style/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="../../../script/zoom.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80" background="../../../image/top_bg.jpg"><img src="../../../image/logo.gif"></td></tr>
<tr><td height="28" class="default" bgcolor="#EEEEEE">&nbsp;{cn(t)} {wk(t)}&nbsp;&nbsp;<a href="../../../html/{prev.year}-{prev.month:02d}/{prev.day:02d}/node_2.htm">前一期</a>&nbsp;<a href="../../../html/{nxt.year}-{nxt.month:02d}/{nxt.day:02d}/node_2.htm">后一期</a>&nbsp;<a href="../../../html/{t.year}-{t.month:02d}/{t.day:02d}/node_2.htm">返回目录</a>&nbsp;<a href="javascript:;">过往期刊</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="350" valign="top">
  <table width="100%"><tr><td class="default"><b>第A0{R.randint(2, 9)}版：城事</b></td></tr><tr><td><img src="../../../page/{R.randint(1, 9)}/{t.year}-{t.month:02d}/{t.day:02d}/A0{R.randint(2, 9)}/{t.year}{t.month:02d}{t.day:02d}A0{R.randint(2, 9)}_pdf.jpg" width="330"></td></tr>
  <tr><td class="default"><a href="#">上一版</a>&nbsp;&nbsp;<a href="#">下一版</a></td></tr></table>
  <table width="100%"><tr><td class="default"><b>本版标题导航</b></td></tr>
{''.join(f'<tr><td class="default"><a href="content_{R.randint(100000, 999999)}.htm">{esc(h)}</a></td></tr>' for h in heads(5))}
  </table>
</td>
<td width="20"></td>
<td width="630" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td align="center" class="font01"><strong>{esc(title)}</strong></td></tr>
  <tr><td align="center" class="font02"></td></tr>
  <tr><td align="center" class="font03">记者 {name()}</td></tr>
  <tr><td><div id="ozoom" style="font-size:14px;line-height:28px">
<!--enpcontent-->{''.join('<P>　　' + esc(x) + '</P>' for x in items)}<!--/enpcontent-->
  </div></td></tr>
  </table>
  <table width="100%"><tr><td class="default" align="right"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></td></tr></table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center"><tr><td align="center" class="default">{paper} 版权所有 Copyright(C) {t.year} All Rights Reserved<br>未经{paper}书面授权，不得复制或建立镜像</td></tr></table>
</body>
</html>
"""
    add("epaper-old-gbk-header-date", url, page, "gbk", title, t, items, ["本版标题导航", "前一期", "打印本页", "版权所有", "记者 "])


# ====================================================================== universities and companies
def university_vsb():
    uni, title, items = kit_university()
    t = when(2021, 11, 8, 15, 0)
    host = f"news.{R.choice(['jcu', 'seut', 'wnu', 'scau'])}-like.edu.cn"
    url = f"https://{host}/info/1002/{R.randint(10000, 99999)}.htm"
    rel = dated_list(5, t, 15)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<HEAD><TITLE>{esc(title)}-{uni}新闻网</TITLE><META Name="keywords" Content="{uni},科研进展" />
<META Name="description" Content="{attr(items[0][:60])}" />
<META content="text/html; charset=UTF-8" http-equiv="Content-Type">
<LINK rel="stylesheet" type="text/css" href="../../style/style.css">
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="../../_sitegray/_sitegray_d.css" />
<script language="javascript" src="../../_sitegray/_sitegray.js"></script>
<!-- CustomerNO:77656262657232307e7a475c525a5742000400034756 -->
<link rel="stylesheet" type="text/css" href="../../content.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1002,'/content.jsp',{R.randint(10000, 99999)},{R.randint(10 ** 9, 10 ** 10)})</script>
</HEAD>
<BODY>
<div class="top"><div class="logo"><img src="../../images/logo.png" alt="{uni}新闻网"></div>
<div class="nav"><ul><li><a href="../../index.htm">首页</a></li><li><a href="../../xxyw.htm">学校要闻</a></li><li><a href="../../zhxw.htm">综合新闻</a></li><li><a href="../../xsdt.htm">学术动态</a></li><li><a href="../../mtjj.htm">媒体聚焦</a></li><li><a href="../../rwfc.htm">人物风采</a></li></ul></div></div>
<div class="main">
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xsdt.htm">学术动态</a> &gt;&gt; 正文</div>
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="../../_dwr/interface/NewsvoteDWR.js"></script><script language="javascript" src="../../_dwr/engine.js"></script><script language="javascript" src="/system/resource/js/news/newscontent.js"></script><LINK href="/system/resource/js/photoswipe/3.0.5.1/photoswipe.css" type="text/css" rel="stylesheet"><script type="text/javascript" src="/system/resource/js/photoswipe/3.0.5.1/klass.min.js"></script><script language="javascript" src="/system/resource/js/ajax.js"></script><form name="_newscontent_fromname">
<div class="content-title"><h3>{esc(title)}</h3>
<i>发布时间：{ymd(t)}&nbsp;&nbsp;作者：文/{name()} 图/{name()}&nbsp;&nbsp;审核：{name()}&nbsp;&nbsp;点击：[<script>_showDynClicks("wbnews", {R.randint(10 ** 9, 10 ** 10)}, {R.randint(10000, 99999)})</script>]</i></div>
<div id="vsb_content"><div class="v_news_content">
{P(items, '<p class="vsbcontent_start">', '</p>')}
</div></div><div id="div_vote_id"></div>
<p align="right">（编辑：{name()}）</p>
<div class="next"><p>上一条：<a href="{R.randint(10000, 99999)}.htm">{esc(rel[0][0])}</a></p><p>下一条：<a href="{R.randint(10000, 99999)}.htm">{esc(rel[1][0])}</a></p></div>
</form>
<div class="xgxw"><h4>相关新闻</h4><ul>{ul(rel[2:], lambda h, d: f'<li><a href="#">{esc(h)}</a><span>{ymd(d)}</span></li>')}</ul></div>
</div>
<div class="foot"><p>版权所有 &copy; {uni}党委宣传部　地址：{place()[1]}市大学路{R.randint(1, 300)}号　邮编：{R.randint(100000, 899999)}</p><p><a href="https://beian.miit.gov.cn/">{icp('鄂')}</a></p></div>
</BODY></HTML>
"""
    add("university-vsb-news", url, page, "utf-8", title, t, items, ["上一条", "相关新闻", "版权所有", "编辑：", "审核："])


def university_sudy():
    uni = R.choice(["江南工业大学", "北方民族学院", "滨海师范大学"])
    t = when(2019, 3, 5, 9, 0)
    title = f"{uni}召开{t.year}年春季学期工作部署会"
    items = [
        f"3月4日下午，{uni}{t.year}年春季学期工作部署会在行政楼报告厅召开。校领导班子成员，各学院、部门主要负责人参加会议。会议由校长{name()}主持。",
        f"党委书记{name()}在讲话中指出，本学期是学校推进“双一流”建设的关键时期，各单位要对照年度工作要点，细化任务分工，确保各项工作按时保质完成。",
        "他强调，要坚持立德树人根本任务，深化教育教学改革，着力提升人才培养质量；要加大高层次人才引进和培育力度，推动科研平台建设取得新突破；要扎实做好安全稳定工作，为师生营造良好的工作学习环境。",
        f"会上，副校长{name()}、{name()}分别就本科教学、研究生教育、科研管理和后勤保障等方面的工作作了具体部署。",
        "会议要求，各单位要迅速传达会议精神，结合实际抓好落实，以良好的精神状态和扎实的工作作风开启新学期各项工作。",
    ]
    url = f"https://www.{R.choice(['jnut', 'nmu', 'bhnu'])}-like.edu.cn/{t.year}/{t.month:02d}{t.day:02d}/c{R.randint(1000, 9999)}a{R.randint(100000, 999999)}/page.htm"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(items[0][:70])}" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/1/1.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/00/03/3/style/4/4.css" rel="stylesheet"/>
<script language="javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="3"></script>
<script language="javascript" src="/_js/jquery.sudy.wp.visitcount.js"></script>
<link href="/_js/_portletPlugs/sudyNavi/css/sudyNav.css" rel="stylesheet" />
</head>
<body class="list">
<div class="wrapper header" id="header"><div class="inner"><div class="head-left" frag="面板1"><a href="/main.htm"><img src="/_upload/tpl/00/03/3/template3/images/logo.png" /></a></div><div class="head-right"><div class="searchbox" frag="窗口2"><input type="text" placeholder="请输入关键字"></div></div></div></div>
<div class="wrapper nav wp-navi" id="nav"><div class="inner clearfix"><div class="wp-panel"><div class="wp-window" frag="窗口1"><ul class="wp-menu"><li class="menu-item i1"><a class="menu-link" href="/main.htm">首页</a></li><li class="menu-item i2"><a class="menu-link" href="/xxgk/list.htm">学校概况</a></li><li class="menu-item i3"><a class="menu-link" href="/xwzx/list.htm">新闻中心</a></li><li class="menu-item i4"><a class="menu-link" href="/jxky/list.htm">教学科研</a></li></ul></div></div></div></div>
<div class="wrapper" id="d-container"><div class="inner clearfix">
<div class="col_menu"><div class="col_menu_head"><h3 class="col_name"><span class="col_name_text">新闻中心</span></h3></div><div class="col_menu_con"><ul class="wp_listcolumn list-paddingleft-2"><li class="wp_column column-1 selected"><a href="/xxyw/list.htm" class="selected"><span class="column-name">学校要闻</span></a></li><li class="wp_column column-2"><a href="/zhxw/list.htm"><span class="column-name">综合新闻</span></a></li><li class="wp_column column-3"><a href="/tzgg/list.htm"><span class="column-name">通知公告</span></a></li></ul></div></div>
<div class="col_news"><div class="col_news_box"><div class="col_news_head"><ul class="col_metas clearfix" frag="窗口3" portletmode="simpleColumnAttri"><li class="col_title"><h2>学校要闻</h2></li><li class="col_path"><span class="path_name">当前位置：</span><a href="/main.htm" target="_self">首页</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/xwzx/list.htm" target="_self">新闻中心</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/xxyw/list.htm" target="_self">学校要闻</a></li></ul></div>
<div class="col_news_con"><div class="col_news_list listcon"><div frag="窗口4" portletmode="simpleArticleAttri">
<div class="article">
  <h1 class="arti_title">{esc(title)}</h1>
  <h2 class="arti_title"></h2>
  <p class="arti_metas"><span class="arti_publisher">发布者：党委宣传部</span><span class="arti_update">发布时间：{ymd(t)}</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=3&type=3&articleId={R.randint(100000, 999999)}">{R.randint(100, 3000)}</span></span></p>
  <div class="entry"><div class="read"><div class='wp_articlecontent'>{''.join(f'<p style="text-indent:2em;">{esc(x)}</p>' for x in items)}</div></div></div>
</div>
</div></div></div></div></div>
</div></div>
<div class="wrapper footer" id="footer"><div class="inner"><div class="mod clearfix"><div class="foot-left" frag="窗口90" portletmode="simpleSiteAttri"><p class="copyright"><span>版权所有 &copy; {uni}</span></p><p>地址：{place()[1]}市学府路{R.randint(1, 300)}号　{icp('苏')}</p></div></div></div></div>
</body>
</html>
"""
    add("university-sudy-arti-metas", url, page, "utf-8", title, t, items, ["发布者", "浏览次数", "版权所有", "学校要闻", "当前位置"])


def company_split_date():
    co, title, items = kit_company_sign()
    t = when(2019, 3, 5, 10, 0)
    host = f"www.{R.choice(['huayuan', 'zlxc', 'dingsheng', 'ruikang', 'jinqiao'])}-group-like.example"
    url = f"http://{host}/news/show-{R.randint(100, 999)}.html"
    side = dated_list(5, t, 60)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}-企业新闻-{co}官网</title>
<meta name="keywords" content="{co},战略合作">
<meta name="description" content="{attr(items[0][:60])}">
<link href="/template/pc/skin/css/bootstrap.min.css" rel="stylesheet">
<link href="/template/pc/skin/css/style.css" rel="stylesheet">
<script src="/template/pc/skin/js/jquery.min.js"></script>
</head>
<body>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/uploads/allimg/logo.png" alt="{co}"></a>
<nav><ul><li><a href="/">网站首页</a></li><li><a href="/about/">关于我们</a></li><li><a href="/product/">产品中心</a></li><li class="active"><a href="/news/">新闻动态</a></li><li><a href="/case/">工程案例</a></li><li><a href="/contact/">联系我们</a></li></ul></nav>
<div class="tel">服务热线：400-{R.randint(100, 999)}-{R.randint(1000, 9999)}</div></div></header>
<div class="banner-sub"><img src="/uploads/allimg/news_banner.jpg"><div class="banner-txt"><h2>新闻动态</h2><p>NEWS CENTER</p></div></div>
<div class="container">
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/news/">新闻动态</a> &gt; <a href="/news/qiye/">企业新闻</a></div>
<div class="row">
<div class="col-md-9">
  <div class="news-detail">
    <div class="news-head clearfix">
      <div class="news-date"><strong>{t.day:02d}</strong><span>{t.year}.{t.month:02d}</span></div>
      <h1>{esc(title)}</h1>
      <p class="news-meta">来源：{co}　浏览：<span id="hits">{R.randint(100, 2000)}</span></p>
    </div>
    <div class="news-content">
{P(items, '<p>', '</p>')}
    </div>
    <div class="news-page"><p>上一篇：<a href="#">{co}荣获“{R.choice(['省级专精特新企业', '高新技术企业', '诚信示范企业'])}”称号</a></p><p>下一篇：<a href="#">{co}召开年度安全生产工作会议</a></p></div>
  </div>
</div>
<div class="col-md-3">
  <div class="side-news"><h3>最新资讯</h3><ul>
{ul(side, lambda h, d: f'<li><div class="date"><strong>{d.day:02d}</strong><span>{d.year}.{d.month:02d}</span></div><a href="#">{co}{esc(R.choice(["参加行业博览会", "开展消防演练", "举办员工运动会", "通过质量体系认证", "新生产线投产"]))}</a></li>')}
  </ul></div>
  <div class="side-contact"><h3>联系我们</h3><p>电话：0{R.randint(10, 99)}-{R.randint(10000000, 99999999)}</p><p>地址：{place()[1]}市经济开发区{R.randint(1, 99)}号</p></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p>Copyright &copy; {CRAWL.year} {co}股份有限公司 版权所有　<a href="https://beian.miit.gov.cn/">{icp('苏')}</a></p><p>技术支持：{R.choice(['易优CMS', '织梦', '网站建设'])}</p></div></footer>
<script>(function(){{var bp = document.createElement('script');bp.src = 'https://zz.bdstatic.com/linksubmit/push.js';var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(bp, s);}})();</script>
</body>
</html>
"""
    add("company-split-day-yearmonth", url, page, "utf-8", title, t, items, ["最新资讯", "上一篇", "版权所有", "服务热线", "技术支持"])


def company_ir_gbk():
    co = R.choice(["江海电气", "华泰新能", "中原重工"])
    t = when(2023, 8, 29, 18, 40)
    title = f"{co}发布{t.year}年半年度报告：营业收入同比增长{R.randint(12, 40)}%"
    items = [
        f"{t.month}月{t.day}日晚间，{co}发布{t.year}年半年度报告。报告期内，公司实现营业收入{R.randint(20, 90)}.{R.randint(10, 99)}亿元，同比增长{R.randint(12, 40)}.{R.randint(1, 9)}%；实现归属于上市公司股东的净利润{R.randint(2, 9)}.{R.randint(10, 99)}亿元，同比增长{R.randint(10, 60)}.{R.randint(1, 9)}%。",
        "报告显示，上半年公司主营产品订单饱满，海外市场开拓取得积极进展，境外收入占比较上年同期提高约五个百分点。同时，公司持续推进降本增效，综合毛利率同比提升一点二个百分点。",
        f"在研发方面，公司上半年研发投入{R.randint(1, 5)}.{R.randint(10, 99)}亿元，占营业收入的比例为{R.randint(4, 9)}.{R.randint(1, 9)}%，新增授权发明专利{R.randint(10, 60)}项，多款新产品完成型式试验并实现批量交付。",
        "公司表示，下半年将继续聚焦主业，加快新建产能释放，加大国内外重点市场开拓力度，力争全年经营业绩保持稳定增长。",
    ]
    url = f"http://www.{R.choice(['jhdq', 'htxn', 'zyzg'])}-like.example/news/shownews.asp?id={R.randint(1000, 9999)}"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{co}股份有限公司</title>
<link href="../css/css.css" rel="stylesheet" type="text/css" />
<script src="../js/menu.js" type="text/javascript"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../images/top.jpg" width="1000" height="120" /></td></tr>
<tr><td class="menu"><a href="../index.asp">首 页</a> | <a href="../about/">公司概况</a> | <a href="../news/">新闻中心</a> | <a href="../product/">产品展示</a> | <a href="../investor/">投资者关系</a> | <a href="../job/">人才招聘</a> | <a href="../contact/">联系我们</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="left_bg">
  <table width="100%"><tr><td class="left_title">新闻中心</td></tr><tr><td class="left_menu">· <a href="?classid=1">公司新闻</a><br />· <a href="?classid=2">行业动态</a><br />· <a href="?classid=3">媒体报道</a></td></tr></table>
  <table width="100%"><tr><td class="left_title">联系方式</td></tr><tr><td class="left_menu">电话：0{R.randint(300, 399)}-{R.randint(1000000, 9999999)}<br />传真：0{R.randint(300, 399)}-{R.randint(1000000, 9999999)}<br />邮箱：ir@{co}-like.example</td></tr></table>
</td>
<td width="20"></td>
<td width="760" valign="top">
  <table width="100%"><tr><td class="position">当前位置：首页 &gt;&gt; 新闻中心 &gt;&gt; 公司新闻</td></tr></table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td align="center" class="news_title">{esc(title)}</td></tr>
  <tr><td align="center" class="news_info">发布日期：{cn(t)}&nbsp;&nbsp;&nbsp;&nbsp;点击次数：{R.randint(100, 2000)}&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
  <tr><td class="news_content">
{''.join('<p>　　' + esc(x) + '</p>' for x in items)}
  </td></tr>
  <tr><td class="news_fj">相关附件：<a href="../upfile/{t.year}{t.month:02d}/{t.year}{t.month:02d}{t.day:02d}{R.randint(100000, 999999)}.pdf">{t.year}年半年度报告全文.pdf</a></td></tr>
  </table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="bottom">版权所有：{co}股份有限公司　Copyright &copy; 2008-{CRAWL.year}　{icp('豫')}<br />地址：{place()[1]}市高新技术开发区{R.randint(1, 99)}号</td></tr></table>
</body>
</html>
"""
    add("company-ir-gb2312-table", url, page, "gbk", title, t, items, ["相关附件", "点击次数", "版权所有", "联系方式", "当前位置"])


# ====================================================================== government pages on unusual templates
def gov_wechat_article():
    t = when(2022, 2, 13, 20, 30, 0)
    p = place()
    title, items = kit_river(p)
    nick = f"{p[1]}发布"
    biz = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)) + "=="
    url = f"https://mp.weixin.qq.com/s?__biz={biz}&mid={R.randint(2240000000, 2249999999)}&idx=1&sn={''.join(R.choice('0123456789abcdef') for _ in range(32))}&chksm={''.join(R.choice('0123456789abcdef') for _ in range(48))}#rd"
    sec = "".join(f'<section style="margin-bottom: 16px;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);">{esc(x)}</span></section>' for x in items)
    page = f"""<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<link rel="shortcut icon" type="image/x-icon" href="//res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<script nonce="{R.randint(10 ** 8, 10 ** 9)}" type="text/javascript">window.logs = {{ pagetime: {{}} }}; window.logs.pagetime['html_begin'] = (+new Date());</script>
<title>{esc(title)}</title>
<meta property="og:title" content="{attr(title)}" />
<meta property="og:url" content="{attr(url)}" />
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/{''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(40))}/0?wx_fmt=jpeg" />
<meta property="og:description" content="{attr(items[0][:50])}" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="{nick}" />
<meta property="twitter:card" content="summary" />
<link rel="stylesheet" href="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.c8a8c2f8.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page  mm_appmsg  comment_feature discuss_tab appmsg_skin_default appmsg_style_default not_in_mm">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
  <h1 class="rich_media_title " id="activity-name">
            {esc(title)}
  </h1>
  <div id="meta_content" class="rich_media_meta_list">
    <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
                        {nick}                      </a></span>
    <em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
    <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording"></span></em>
  </div>
  <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
    <section style="text-align: center;"><span style="color: rgb(0, 128, 255);font-size: 14px;">点击蓝字</span><span style="font-size: 14px;">关注我们</span></section>
    <section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{''.join(R.choice('abcdef0123456789') for _ in range(30))}/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080"></section>
    {sec}
    <section style="margin-top: 24px;font-size: 13px;color: rgb(136, 136, 136);"><p>来源：{p[1]}日报</p><p>编辑：{name()}</p><p>审核：{name()}</p></section>
    <section style="text-align: center;"><p><strong>往期推荐</strong></p><p><a href="https://mp.weixin.qq.com/s?__biz={biz}&amp;mid={R.randint(2240000000, 2249999999)}" data-linktype="2">{esc(heads(1)[0])}</a></p><p><a href="https://mp.weixin.qq.com/s?__biz={biz}&amp;mid={R.randint(2240000000, 2249999999)}" data-linktype="2">{esc(heads(1)[0])}</a></p></section>
    <section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/{''.join(R.choice('abcdef0123456789') for _ in range(30))}/640?wx_fmt=gif"><p><span style="font-size: 12px;">分享、点赞、在看，让更多人看到</span></p></section>
  </div>
  <div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
  <div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div>
<div class="rich_media_tool_area"><div class="rich_media_tool"><a class="media_tool_meta meta_primary" id="js_view_source" href="##">阅读原文</a><div class="media_tool_meta tips_global_primary meta_primary">阅读 <span id="readNum3"></span></div></div></div>
</div></div></div></div>
<div id="js_pc_weapp_code" style="display:none;"><p>微信扫一扫<br>使用小程序</p></div>
<div class="weui-dialog__ft" style="display:none;"><p>预览时标签不可点</p></div>
<script type="text/javascript" nonce="{R.randint(10 ** 8, 10 ** 9)}">
    var biz = "{biz}"||"";
    var sn = "" || "";
    var mid = "{R.randint(2240000000, 2249999999)}" || ""|| "";
    var idx = "1" || "" || "";
    var nickname = htmlDecode("{nick}");
    var user_name = "gh_{''.join(R.choice('0123456789abcdef') for _ in range(12))}";
    var msg_title = '{title}'.html(false);
    var msg_desc = htmlDecode("{items[0][:50]}");
    var ct = "{epoch(t)}";
    var publish_time = "" || "";
    var round_head_img = "http://wx.qlogo.cn/mmhead/Q3auHgzwzM{R.randint(10 ** 6, 10 ** 7)}/0";
    var copyright_stat = "1" * 1;
</script>
<script nonce="{R.randint(10 ** 8, 10 ** 9)}" type="text/javascript">
    var t = document.getElementById("publish_time"), d = new Date(ct * 1000);
    function pad(n) {{ return n < 10 ? "0" + n : n; }}
    t && (t.innerHTML = d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + " " + pad(d.getHours()) + ":" + pad(d.getMinutes()));
    document.getElementById("js_content").style.visibility = "visible";
</script>
</body>
</html>
"""
    add("gov-wechat-article-ct-only", url, page, "utf-8", title, t, items, ["点击蓝字", "往期推荐", "微信扫一扫", "阅读原文", "预览时标签不可点", "审核：", nick])


def gov_vue_noscript():
    t = when(2023, 6, 16, 16, 20, 0)
    p = place()
    office = f"{p[1]}市数据局"
    title = f"{p[1]}市公共数据开放平台完成升级 新增开放数据集{R.randint(100, 400)}个"
    items = [
        f"近日，{p[1]}市公共数据开放平台完成新一轮升级改版。升级后的平台新增开放数据集{R.randint(100, 400)}个，涵盖交通出行、医疗卫生、教育文化、生态环境等{R.randint(12, 20)}个领域，累计开放数据集达到{R.randint(1200, 3000)}个。",
        "此次升级重点优化了数据检索和下载功能，用户可按领域、部门、更新频率等条件快速筛选所需数据，并支持接口调用和批量下载。平台还新增了数据需求申请通道，社会公众和企业可在线提交开放需求，相关部门将在规定时限内答复。",
        f"市数据局相关负责人介绍，下一步将持续扩大公共数据开放范围，重点推动与民生密切相关、社会需求迫切的数据有序开放，同时加强数据安全管理，确保开放数据依法合规使用。",
        f"据了解，{t.year}年以来，{p[1]}已依托开放平台举办数据应用创新大赛{R.randint(1, 3)}次，孵化数据应用项目{R.randint(20, 60)}个，有效释放了公共数据价值。",
    ]
    nid = R.randint(100000, 999999)
    url = f"https://www.{R.choice(['xysjj', 'sxdata', 'myds'])}-like.gov.cn/#/news/detail?id={nid}"
    state = {"route": {"path": "/news/detail", "query": {"id": str(nid)}},
             "news": {"detail": {"id": nid, "title": title, "source": office, "publishDate": ymdhms(t), "createTime": ymdhms(shift(t, -1)),
                                 "updateTime": ymdhms(shift(t, 5)), "content": "".join(f'<p style="text-indent:2em">{esc(x)}</p>' for x in items),
                                 "visitCount": R.randint(100, 2000)}},
             "site": {"name": office, "icp": icp("浙"), "copyright": f"版权所有：{office}"}}
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="SiteName" content="{office}"><meta name="SiteDomain" content="www.example.gov.cn"><meta name="SiteIDCode" content="{R.randint(3300000000, 3399999999)}"><link rel="icon" href="/favicon.ico"><title>{office}</title><script>window.__INITIAL_STATE__={jdump(state)}</script><link href="/css/chunk-vendors.3f9b2c1a.css" rel="preload" as="style"><link href="/css/app.8d4e6f2b.css" rel="preload" as="style"><link href="/js/app.1c7a9e3d.js" rel="preload" as="script"><link href="/js/chunk-vendors.5b2f8a6c.js" rel="preload" as="script"><link href="/css/chunk-vendors.3f9b2c1a.css" rel="stylesheet"><link href="/css/app.8d4e6f2b.css" rel="stylesheet"></head><body><noscript><h1>{esc(title)}</h1><p>来源：{office}　发布时间：{ymdhm(t)}</p>{''.join(f'<p>{esc(x)}</p>' for x in items)}<p>版权所有：{office}　{icp('浙')}</p><strong>本站需要启用 JavaScript 才能正常浏览，请启用后继续。</strong></noscript><div id="app"></div><script src="/js/chunk-vendors.5b2f8a6c.js"></script><script src="/js/app.1c7a9e3d.js"></script></body></html>"""
    add("gov-vue-shell-noscript-json", url, page, "utf-8", title, t, items, ["来源：", "版权所有", "本站需要启用 JavaScript"])


def gov_react_json_only():
    t = when(2021, 9, 6, 11, 0, 0)
    p = place()
    office = f"{p[2]}人民政府"
    title = f"{p[2]}出台措施支持返乡入乡创业"
    items = [
        f"为鼓励和支持外出务工人员、高校毕业生、退役军人等返乡入乡创业，{p[2]}近日出台《关于支持返乡入乡创业的若干措施》，从场地、资金、培训、服务等方面提出{R.randint(12, 20)}条具体举措。",
        f"在场地支持方面，县里将整合闲置厂房、校舍等资源建设返乡创业园，入驻企业三年内免收租金；在资金支持方面，符合条件的创业者可申请最高{R.randint(20, 50)}万元的创业担保贷款，并按规定享受贴息。",
        "措施还明确，对首次创业且正常经营一年以上的小微企业，给予一次性创业补贴；对吸纳脱贫劳动力就业的企业，按规定给予社会保险补贴和岗位补贴。",
        "县人力资源和社会保障局负责人表示，将开设返乡创业服务专窗，为创业者提供政策咨询、项目推介、手续办理等“一站式”服务，让返乡创业者安心创业、放心发展。",
    ]
    aid = R.randint(10000, 99999)
    url = f"http://www.{R.choice(['ttx', 'yd', 'lbx'])}-like.gov.cn/app/article/{aid}"
    state = {"article": {"loading": False, "data": {"articleId": aid, "articleTitle": title, "siteName": office, "pubTime": epoch(t) * 1000,
                                                   "pubTimeStr": ymdhms(t), "articleContent": "".join(f"<p>{esc(x)}</p>" for x in items),
                                                   "author": "县人社局", "hits": R.randint(100, 3000)}},
             "nav": [{"name": "首页", "path": "/"}, {"name": "政务动态", "path": "/list/zwdt"}]}
    page = f"""<!doctype html><html lang="zh"><head><meta charset="utf-8"/><link rel="icon" href="/favicon.ico"/><meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="theme-color" content="#c00000"/><meta name="description" content="{office}门户网站"/><title>{office}门户网站</title><script defer="defer" src="/static/js/main.4f2a9c8e.js"></script><link href="/static/css/main.9b1d3e7f.css" rel="stylesheet"></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script>window.__PRELOADED_STATE__ = {jdump(state)};</script></body></html>"""
    add("gov-react-shell-json-only", url, page, "utf-8", title, t, items, ["You need to enable JavaScript"], check=False)


def gov_doc_numeral_only():
    t = when(2022, 2, 13, 0, 0, 0)
    p = place()
    office, topic, items = kit_gov_notice(p)
    title = f"关于{topic}的通知"
    docno = f"{p[2][:2]}政办发〔{t.year}〕{R.randint(3, 30)}号"
    items = items + [office, cn_numeral_date(t)]
    url = f"http://www.{R.choice(['ttx', 'lbx', 'ydx'])}-like.gov.cn/zwgk/zfwj/{R.randint(1000, 9999)}.jhtml"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="SiteName" content="{p[2]}人民政府">
<meta name="ColumnName" content="政府文件">
<link rel="stylesheet" href="/r/cms/www/red/css/content.css">
<script src="/r/cms/www/red/js/jquery.js"></script>
<script src="/r/cms/front.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span>欢迎访问{p[2]}人民政府门户网站</span><span class="r"><a href="#">无障碍</a> <a href="#">繁體</a> <a href="#">智能问答</a></span></div></div>
<div class="head"><img src="/r/cms/www/red/img/logo.png" alt="{p[2]}人民政府"></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjxq/">走进{p[2][:2]}</a></div>
<div class="w1200 main">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a></div>
  <div class="article">
    <h1>{esc(title)}</h1>
    <div class="info">来源：{office}　　浏览次数：<span id="views"></span>　　<a href="javascript:window.print()">【打印】</a>　<a href="javascript:window.close()">【关闭】</a></div>
    <div class="wenhao">{docno}</div>
    <div class="content" id="zoom">
{P(items[:-2], '<p style="text-indent:2em">', '</p>')}
      <p style="text-align:right">{items[-2]}</p>
      <p style="text-align:right">{items[-1]}</p>
      <p>（此件公开发布）</p>
    </div>
    <div class="related"><h4>相关文件</h4><ul>{ul(dated_list(4, t, 90), lambda h, d: f'<li><a href="#">{esc(h)}</a><span>{ymd(d)}</span></li>')}</ul></div>
  </div>
</div>
<div class="footer"><p>主办：{office}　承办：{p[2]}大数据中心</p><p>网站标识码：{R.randint(3300000000, 3399999999)}　<a href="https://beian.miit.gov.cn/">{icp('浙')}</a>　{gongan('浙')}</p><p>版权所有：{p[2]}人民政府</p></div>
<script>var _jsq = {{id: {R.randint(1000, 9999)}}}; $.get("/count_view.jspx?contentId={R.randint(1000, 9999)}", function(d){{ $("#views").text(d); }});</script>
</body>
</html>
"""
    add("gov-doc-chinese-numeral-date-only", url, page, "utf-8", title, t, items, ["此件公开发布", "相关文件", "网站标识码", "版权所有", docno, "浏览次数"])


def gov_doc_numeral_and_pubdate():
    sign = when(2020, 4, 28, 0, 0, 0)
    t = when(2020, 5, 6, 9, 12, 0)
    p = place()
    office = f"{p[1]}市生态环境局"
    title = f"{p[1]}市生态环境局关于公布{sign.year}年重点排污单位名录的通告"
    items = [
        "根据《中华人民共和国环境保护法》《企业事业单位环境信息公开办法》等法律法规规定，结合我市实际，我局确定了" + f"{sign.year}年度{p[1]}市重点排污单位名录，现予以公布。",
        f"本年度名录共纳入重点排污单位{R.randint(150, 400)}家，其中水环境重点排污单位{R.randint(60, 150)}家，大气环境重点排污单位{R.randint(50, 120)}家，土壤环境污染重点监管单位{R.randint(20, 60)}家，声环境重点排污单位{R.randint(3, 12)}家。",
        "名录内单位应当严格落实污染防治主体责任，依法安装使用自动监测设备并与生态环境部门联网，按照规定公开排放信息，自觉接受社会监督。",
        "各县（市、区）生态环境分局要加强对辖区内重点排污单位的日常监管，对未按规定公开环境信息、超标排放污染物等违法行为依法予以查处。",
        "附件：" + f"{sign.year}年{p[1]}市重点排污单位名录",
        office,
        cn_numeral_date(sign),
    ]
    url = f"http://sthjj.{R.choice(['xy', 'sx', 'my', 'wf'])}-like.gov.cn/art/{t.year}/{t.month}/{t.day}/art_{R.randint(1000, 9999)}_{R.randint(100000, 999999)}.html"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="ArticleTitle" content="{attr(title)}">
<meta name="ColumnName" content="通知公告">
<meta name="ContentSource" content="{office}">
<link href="/css/site.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{office}"></div><div class="search"><input type="text" value="请输入关键字"></div></div>
<div class="nav"><a href="/">首页</a><a href="/col/col1/">机构概况</a><a href="/col/col2/">政务公开</a><a href="/col/col3/">环境质量</a><a href="/col/col4/">办事服务</a><a href="/col/col5/">互动交流</a></div>
<div class="container">
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col2/">政务公开</a> &gt; <a href="/col/col2/tzgg/">通知公告</a></div>
<div class="art_box">
  <div class="art_title">{esc(title)}</div>
  <div class="art_info"><span>发布时间：{ymdhm(t)}</span><span>来源：{office}</span><span>字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div>
  <div class="art_con" id="zoom">
{P(items[:-2], '<p style="text-indent:2em;">', '</p>')}
    <p style="text-align:right;">{items[-2]}</p>
    <p style="text-align:right;">{items[-1]}</p>
  </div>
  <div class="art_att"><a href="/module/download/downfile.jsp?filename={R.randint(10 ** 9, 10 ** 10)}.xlsx">{sign.year}年{p[1]}市重点排污单位名录.xlsx</a></div>
  <div class="art_tool"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
</div>
<div class="footer"><p>主办单位：{office}　网站标识码：{R.randint(3300000000, 3399999999)}</p><p>{icp('浙')}　{gongan('浙')}</p></div>
</body>
</html>
"""
    add("gov-doc-numeral-sign-date-and-pubtime", url, page, "utf-8", title, t, items, ["打印本页", "主办单位", "网站标识码", "字号"])


# ====================================================================== Taiwan and Hong Kong
def tw_township_big5():
    t = when(2022, 2, 13, 10, 0, 0)
    title, items = kit_hk_tw("tw")
    title = "鄉公所推動老舊社區公共空間改善計畫 首批十處完工啟用"
    items = [x.replace("市政府", "鄉公所").replace("市府", "公所").replace("市長", "鄉長").replace("全市", "全鄉").replace("工務局", "建設課") for x in items]
    town = R.choice(["竹塘鄉", "崙背鄉", "萬丹鄉", "冬山鄉"])
    url = f"http://www.{R.choice(['chutang', 'lunbei', 'wandan', 'dongshan'])}-like.gov.tw/news/news_detail.asp?id={R.randint(1000, 9999)}"
    upd = shift(t, 2)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{town}公所全球資訊網-最新消息</title>
<link rel="stylesheet" href="css/style.css" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="960" height="150"></td></tr>
<tr><td class="menu"><a href="index.asp">回首頁</a>｜<a href="about.asp">認識本鄉</a>｜<a href="news.asp">最新消息</a>｜<a href="service.asp">便民服務</a>｜<a href="law.asp">法規查詢</a>｜<a href="mail.asp">鄉長信箱</a>｜<a href="sitemap.asp">網站導覽</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" bgcolor="#F3F7EC">
<table width="100%"><tr><td class="lefttitle">最新消息</td></tr><tr><td>‧<a href="news.asp?type=1">鄉政新聞</a><br>‧<a href="news.asp?type=2">活動訊息</a><br>‧<a href="news.asp?type=3">公告事項</a></td></tr></table>
<table width="100%"><tr><td class="lefttitle">熱門公告</td></tr>
{''.join(f'<tr><td>‧<a href="#">{esc(trad(h))}</a><br><font color="#999999">{roc(d)}-{d.month:02d}-{d.day:02d}</font></td></tr>' for h, d in dated_list(4, t, 30))}
</table>
</td>
<td width="20"></td>
<td width="740" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="path">目前位置：首頁 &gt; 最新消息 &gt; 鄉政新聞</td></tr>
<tr><td class="newstitle">{esc(title)}</td></tr>
<tr><td class="newsinfo">發布單位：建設課　　發布日期：{roc(t)}-{t.month:02d}-{t.day:02d}　　更新日期：{roc(upd)}-{upd.month:02d}-{upd.day:02d}　　點閱次數：{R.randint(50, 900)}</td></tr>
<tr><td class="newscontent">
{'<br><br>'.join('　　' + esc(x) for x in items)}
</td></tr>
<tr><td class="newsfile">相關附件：無</td></tr>
<tr><td align="right"><a href="javascript:history.back()">回上一頁</a>　<a href="javascript:window.print()">列印本頁</a></td></tr>
</table>
</td>
</tr>
</table>
<table width="960" border="0" align="center"><tr><td class="footer">{town}公所　地址：{R.randint(500, 999)}彰化縣{town}中山路{R.randint(1, 300)}號　電話：(04){R.randint(8000000, 8999999)}<br>服務時間：週一至週五 上午8:00～12:00 下午1:30～5:30<br>Copyright &copy; {town}公所 版權所有　建議瀏覽解析度1024x768</td></tr></table>
</body>
</html>
"""
    add("tw-township-big5-roc-date", url, page, "cp950", title, t, items, ["發布單位", "更新日期", "熱門公告", "版權所有", "列印本頁"], lang="zh")


def tw_notice_roc_utf8():
    t = when(2023, 3, 21, 14, 0, 0)
    county = R.choice(["雲林縣", "屏東縣", "宜蘭縣", "嘉義縣"])
    office = f"{county}政府農業處"
    title = f"{county}112年度青年從農創業補助計畫 即日起受理申請"
    items = [
        f"為鼓勵青年投入農業經營，{county}政府今年持續辦理青年從農創業補助計畫，即日起至4月30日止受理申請，每位申請人最高可獲補助新臺幣30萬元。",
        f"農業處表示，申請人須設籍本縣，年齡介於18歲至45歲之間，且實際從事農業生產經營未滿5年。補助項目包括農機具購置、設施改善、產品包裝設計及行銷推廣等，申請人須提出具體的經營計畫書。",
        "今年計畫新增「友善耕作」加分項目，凡取得有機或友善耕作驗證者，審查時將優先考量。審查委員會將依計畫可行性、經營潛力及對地方產業的效益等面向進行評分。",
        "有意申請的青年農民，可至農業處網站下載申請表件，或洽各鄉鎮市公所農業課詢問。",
        f"{county}政府",
        f"中華民國{roc(t)}年{t.month}月{t.day}日",
    ]
    url = f"https://www.{R.choice(['yunlin', 'pthg', 'e-land', 'cyhg'])}-like.gov.tw/News_Content.aspx?n={R.randint(1000, 9999)}&s={R.randint(100000, 999999)}"
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.Title" content="{attr(title)}">
<meta name="DC.Creator" content="{office}">
<meta name="DC.Subject" content="青年從農">
<meta name="DC.Date" content="{roc(t)}-{t.month:02d}-{t.day:02d}">
<meta name="DC.Type" content="文字">
<meta name="Category.Theme" content="610">
<meta name="Category.Cake" content="D00">
<meta name="Category.Service" content="I00">
<title>{esc(title)}-{office}</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<a href="#C" class="acc" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{county}政府"></a></div><nav class="menu"><ul><li><a href="/">首頁</a></li><li><a href="/News.aspx">最新消息</a></li><li><a href="/Service.aspx">為民服務</a></li><li><a href="/Open.aspx">政府資訊公開</a></li></ul></nav></div>
<div class="path"><a href="/" title="首頁">首頁</a> &gt; <a href="/News.aspx">最新消息</a> &gt; <a href="#">新聞稿</a></div>
<div class="main" id="C"><a accesskey="C" href="#C" title="中央內容區塊">:::</a>
<div class="simple-text title"><h2 class="h3">{esc(title)}</h2></div>
<div class="area-essay page-caption-p"><div class="in"><div class="ct"><div class="in">
{P(items[:-2], '<p>', '</p>')}
<p style="text-align:right">{items[-2]}</p>
<p style="text-align:right">{items[-1]}</p>
</div></div></div></div>
<div class="area-customize info"><ul><li>發布單位：{office}</li><li>資料點閱次數：{R.randint(100, 900)}</li><li>上版日期：{roc(t)}-{t.month:02d}-{t.day:02d}</li><li>資料更新日期：{roc(t)}-{shift(t, 9).month:02d}-{shift(t, 9).day:02d}</li></ul></div>
<div class="area-editor"><a href="#" title="回上一頁">回上一頁</a><a href="#" title="友善列印">友善列印</a></div>
</div>
<div class="footer"><p>{county}政府　地址：{county}府前路{R.randint(1, 99)}號　總機：(05){R.randint(5000000, 5999999)}</p><p>本網站著作權屬於{county}政府　建議瀏覽器：Chrome、Firefox、Edge最新版本</p></div>
</body>
</html>
"""
    add("tw-county-notice-roc-signature", url, page, "utf-8", title, t, items, ["發布單位", "資料點閱次數", "資料更新日期", "回上一頁", "著作權"])


def hk_gov_press_big5():
    t = when(2022, 2, 13, 18, 30, 0)
    title, items = kit_hk_tw("hk")
    title = "政府公布新一輪公共屋邨翻新計劃"
    url = f"https://www.info.gov.hk/gia/general/{t.year}{t.month:02d}/{t.day:02d}/P{t.year}{t.month:02d}{t.day:02d}00{R.randint(100, 999)}.htm"
    body = "<br><br>".join("　　" + esc(x) for x in items)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{esc(title)}</title>
<meta name="keywords" content="新聞公報">
<link rel="stylesheet" type="text/css" href="/gia/css/gia_style.css">
<script type="text/javascript" src="/gia/js/gia_common.js"></script>
</head>
<body>
<div id="header"><a href="https://www.info.gov.hk/gia/general/today_c.htm"><img src="/gia/images/title_c.gif" alt="新聞公報"></a>
<div class="lang"><a href="/gia/general/{t.year}{t.month:02d}/{t.day:02d}/P{t.year}{t.month:02d}{t.day:02d}00{R.randint(100, 999)}.htm">English</a> | <a href="#">簡體版</a></div></div>
<div id="menu"><a href="https://www.info.gov.hk/gia/general/today_c.htm">今日新聞</a> | <a href="https://www.info.gov.hk/gia/general/ctoday_c.htm">日曆</a> | <a href="https://www.info.gov.hk/gia/rss/general_zh.xml">RSS</a></div>
<div id="contentBody">
<span id="PRHeadlineSpan" name="PRHeadlineSpan">{esc(title)}</span><br><br>
<span id="pressrelease" name="pressrelease">
{body}<br><br>完<br>
</span>
<div class="mB15 f15">{t.year}年{t.month}月{t.day}日（{wk(t)}）<br>香港時間{t.hour}時{t.minute:02d}分</div>
</div>
<div id="related"><b>相關新聞：</b><br>{''.join(f'<a href="#">{esc(trad(h, "s2hk"))}</a> ({d.year}年{d.month}月{d.day}日)<br>' for h, d in dated_list(3, t, 10, future=False))}</div>
<div id="footer"><a href="#">重要告示</a> | <a href="#">私隱政策</a> | <a href="#">無障礙網頁</a><br>2022 <img src="/gia/images/copyright.gif" alt="&copy;"> | 最近修訂日期：{t.year}年{t.month}月{t.day}日</div>
</body>
</html>
"""
    add("hk-gov-press-release-big5", url, page, "big5hkscs", title, t, items, ["香港時間", "相關新聞", "重要告示", "最近修訂日期"])


def hk_news_time_datetime():
    t = when(2021, 6, 13, 23, 48, 0)
    title = "港鐵屯馬綫全綫通車首日 乘客稱往返新界東西更方便"
    items = [
        "港鐵屯馬綫今日（13日）全綫通車，首班列車清晨5時半左右由屯門站開出，不少鐵路迷一早到車站排隊，希望成為首批乘客。",
        "屯馬綫全長約56公里，設27個車站，是目前港鐵最長的鐵路綫，貫通新界西北與新界東，並經九龍東及西。港鐵表示，通車後由屯門往返烏溪沙所需時間大幅縮短。",
        "居於天水圍的陳先生表示，平日需到大圍上班，以往要轉乘兩次列車，現在毋須轉車，估計每日可節省約十多分鐘，「早上可以遲少少起身」。",
        "港鐵車務總經理表示，首日運作大致暢順，公司會密切留意乘客流量，適時調整列車班次。港鐵提醒乘客，部分車站的轉乘安排有所改變，出行前可留意車站告示。",
    ]
    slug = R.randint(600000, 699999)
    url = f"https://www.hk-news-like.example/article/{slug}"
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}｜港聞</title>
<meta name="description" content="{attr(items[0][:60])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<link rel="stylesheet" href="/static/css/article.4c8e2a.css">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<header class="site-header"><a href="/">港聞網</a><nav><a href="/zone/hk">港聞</a><a href="/zone/finance">財經</a><a href="/zone/china">中國</a><a href="/zone/world">國際</a><a href="/zone/sports">體育</a></nav></header>
<main>
<article class="article">
  <div class="article-category"><a href="/zone/hk">港聞</a> &gt; <a href="/zone/hk/transport">交通</a></div>
  <h1 class="article-title">{esc(title)}</h1>
  <div class="article-meta"><span class="author">撰文：{trad(name(), 's2hk')}</span><time class="published" datetime="{iso8(t)}">{t.year}年{t.month}月{t.day}日 {wk(t)}</time><span class="edited">最後更新：{shift(t, 0, 1).strftime('%d/%m/%Y %H:%M')}</span></div>
  <figure class="article-image"><img src="/img/{slug}.jpg" alt=""><figcaption>屯馬綫全綫通車，不少市民到車站體驗。（資料圖片）</figcaption></figure>
  <div class="article-body">
{P(items, '<p>', '</p>')}
  </div>
  <div class="article-tags"><a href="#">#港鐵</a><a href="#">#屯馬綫</a></div>
  <div class="ad-slot" id="div-gpt-ad-article-bottom"><script>googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-article-bottom'); }});</script></div>
</article>
<aside class="related"><h3>相關文章</h3><ul>{''.join(f'<li><a href="#">{esc(h)}</a><time>{d.strftime("%d/%m/%Y")}</time></li>' for h, d in [("沙中綫過海段明年通車？港鐵：進度理想", shift(t, -12)), ("港鐵車費明年起加價", shift(t, 40))])}</ul></aside>
</main>
<footer class="site-footer"><p>&copy; {CRAWL.year} 港聞網 版權所有 不得轉載</p><p><a href="#">私隱政策</a> | <a href="#">使用條款</a> | <a href="#">聯絡我們</a></p></footer>
</body>
</html>
"""
    add("hk-news-time-datetime-late-evening", url, page, "utf-8", title, t, items, ["最後更新", "資料圖片", "相關文章", "版權所有", "#港鐵"])


# ====================================================================== build
def build():
    # central news sites
    people_modern()
    people_2005()
    xinhua_modern()
    cctv_modern()
    cctv_2008()
    chinanews()
    huanqiu_epoch()
    gmw()
    # commercial portals, several generations
    thepaper()
    jiemian()
    caixin()
    sina_2005()
    sina_2012()
    sina_modern()
    netease_2005()
    netease_2012()
    netease_modern()
    sohu_2006()
    sohu_modern()
    qq_2012()
    qq_modern()
    ifeng_modern()
    ifeng_2012()
    tom_2005_lying_header()
    # self-media and aggregators
    baijiahao_noyear()
    baijiahao_2digit()
    toutiao()
    kuai360()
    yidian()
    netease_m_fold()
    kr36_relative()
    cambrian_jsonld_only()
    # blogs and columns
    zhihu_edited()
    jianshu_utc()
    csdn()
    cnblogs()
    sina_blog_2008()
    douban_note()
    netease_blog_2010()
    # forums
    tianya()
    tieba()
    discuz_x3()
    discuz_x3(relative=True)
    forum_2005_benti()
    forum_2005_songjiaozhe()
    # local news, county media centres, e-papers
    city_news_site()
    county_media_centre()
    county_mobile_url_date()
    epaper_founder()
    epaper_old_gbk()
    # universities and companies
    university_vsb()
    university_sudy()
    company_split_date()
    company_ir_gbk()
    # government pages on unusual templates
    gov_wechat_article()
    gov_vue_noscript()
    gov_react_json_only()
    gov_doc_numeral_only()
    gov_doc_numeral_and_pubdate()
    # Taiwan and Hong Kong
    tw_township_big5()
    tw_notice_roc_utf8()
    hk_gov_press_big5()
    hk_news_time_datetime()


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
        raw = p["page"].encode(p["enc"], errors="xmlcharrefreplace")
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
