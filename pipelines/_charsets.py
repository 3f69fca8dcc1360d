"""Charset knowledge used by :mod:`pipelines.decode`, kept as data in one place.

Everything tunable about encoding detection lives here: which labels are widened
to which codec (browsers treat ``gb2312`` as GBK and ``big5`` as Big5-HKSCS), which
labels are mere server defaults, the encodings we consider at all, the thresholds
of the trust checks, and the small frequency table of common Chinese characters
used to tell real text from mojibake.
"""
from __future__ import annotations

# --- labels -----------------------------------------------------------------

#: Declared label (lower-cased) -> Python codec we actually decode with.
#: Widening follows browsers / the WHATWG Encoding Standard: a superset decoder
#: never hurts correctly labelled text and rescues the many pages whose label is
#: too narrow (GBK characters such as 堃 or 镕 on a "gb2312" page).
LABEL_WIDENING: dict[str, str] = {
    "gb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gb2312-80": "gb18030",
    "csgb2312": "gb18030",
    "euc-cn": "gb18030",
    "euc_cn": "gb18030",
    "x-euc-cn": "gb18030",
    "chinese": "gb18030",
    "iso-ir-58": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "gb18030": "gb18030",
    "gb-18030": "gb18030",
    "big5": "big5hkscs",
    "big-5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cn-big5": "big5hkscs",
    "csbig5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cp950": "big5hkscs",
    "ms950": "big5hkscs",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "utf8mb4": "utf-8",
    "unicode": "utf-16",
    "utf-16": "utf-16",
    "utf16": "utf-16",
    "ucs-2": "utf-16",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "cp1252": "cp1252",
    "x-sjis": "shift_jis",
    "sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "shift_jis": "shift_jis",
    "windows-31j": "cp932",
    "euc-kr": "euc_kr",
    "ks_c_5601-1987": "euc_kr",
    "windows-949": "euc_kr",
}

#: Codecs whose label, on a page full of high bytes, is a server default rather
#: than a statement about the page (Apache/IIS/Tomcat send ``ISO-8859-1``).
DEFAULT_LIKE_CODECS: frozenset[str] = frozenset({"cp1252"})
#: Western text in a single-byte codec: at least LATIN_LONE_SHARE of its high bytes (and MIN_LATIN_HIGH_BYTES
#: of them) stand alone between ASCII bytes; GB and Big5 text is runs of two-byte characters.
LATIN_LONE_SHARE = 0.8
MIN_LATIN_HIGH_BYTES = 4

#: Multi-byte Chinese codecs we score against each other on every non-UTF-8 page.
CHINESE_CODECS: tuple[str, ...] = ("gb18030", "big5hkscs")

#: Codecs charset-normalizer may choose from (as its ``cp_isolation``): the ones
#: that actually occur on regional-government portals.
DETECTOR_CODECS: tuple[str, ...] = (
    "utf_8", "gb18030", "big5hkscs", "utf_16", "shift_jis", "euc_kr", "cp1252",
)

#: Codec used when nothing fits: the likeliest encoding of an unlabelled Chinese page.
FALLBACK_CODEC = "gb18030"

#: Byte-order marks, longest first (UTF-32-LE starts with the UTF-16-LE mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# --- thresholds ---------------------------------------------------------------

#: How much of the body ``meta_charset`` looks at (HTML5 says 1024; portals are sloppier).
META_SCAN_BYTES = 4096
#: Bytes of the body (from the first high byte) decoded to score a candidate codec.
SAMPLE_BYTES = 4096
#: At most this many non-ASCII characters of a sample are scored.
SAMPLE_CHARS = 400
#: Valid UTF-8 with at least this many non-ASCII characters is trusted outright.
UTF8_TRUST_CHARS = 8
#: A candidate whose score (share of plausible non-ASCII characters) is below
#: this is not Chinese text in that codec.
MIN_SCORE = 0.45
#: Below MIN_SCORE but at least this (names full of rare characters), a codec that decodes
#: every byte cleanly is still preferred over a Latin-1 server default or a blind guess.
LOW_SCORE = 0.15
#: Quick path: a codec whose sample scores at least this, over at least CONFIDENT_CHARS
#: characters, is taken without scoring the alternatives (mojibake scores below 0.2).
CONFIDENT_SCORE = 0.6
CONFIDENT_CHARS = 12
#: Codecs whose plausible text also includes kana and hangul syllables.
KANA_HANGUL_CODECS: frozenset[str] = frozenset({"shift_jis", "cp932", "euc_kr", "euc_jp"})
#: Each private-use character (GBK/Big5 user-defined codes) in a decoded sample costs this
#: many plausible ones: real portal text almost never has them, mojibake often does.
PRIVATE_USE_PENALTY = 2
#: Big5 must out-score gb18030 by this much to win: on ambiguous short text, GB is likelier.
BIG5_MARGIN = 0.1
#: A declared label still "fits" when its score is within this of the best candidate.
LABEL_MARGIN = 0.15
#: A declared label fits only if at most this share of its high bytes are undecodable ...
MAX_ERROR_SHARE = 0.01
#: ... or at most this many bytes (a truncated last character, one bad copy-paste).
MAX_ERROR_BYTES = 4
#: UTF-16 without a BOM: share of NUL bytes at one parity (of the first bytes) ...
UTF16_NUL_SHARE = 0.25
#: ... and at most this share at the other parity.
UTF16_OTHER_NUL_SHARE = 0.02
#: Bytes examined for the UTF-16 NUL pattern.
UTF16_SCAN_BYTES = 2048

# --- plausibility data -----------------------------------------------------------

#: Punctuation and symbols common in Chinese text (full-width forms, CJK punctuation).
COMMON_PUNCTUATION = (
    "，。、；：？！“”‘’（）《》〈〉【】『』「」—…·～　％＋－／０１２３４５６７８９"
    "．,：ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ×÷©®°№■□●○◆◇★☆▲△→←↑↓"
    "\u00a0\u3000\u2022\u201c\u201d\u2018\u2019\u2014\u2026\ufeff"
)

COMMON_SIMPLIFIED = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还"
    "进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或"
    "新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太"
    "量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交"
    "规万取拉格望觉术领共确传师观清今切院让识候带导争运笔改收证般府济根装深华际具城联百持低备企营源投较党流县委省局厅办镇乡村组织议推落服项单革环境农育卫健康疫防控群"
    "众干策措施况划案标准质监督检查执责层态护财税价园招商技创旅游医疗障养房扶贫振兴脱攻坚居户籍土矿急消察审档残疾妇童青退役宗族侨访网络息申请依批登址邮编版承支号站图"
    "首页闻片视频专栏互咨询诉征集调谈线载读范例细复函纪简预算采购示免录考试聘培训讲致辞班职构置副席秘志包括步善升促优巩固扎效积极综协筹整严透廉洁惠六七八九千亿零元角"
    "秒周星春夏秋冬左右短旧坏假快慢早晚远近浅轻冷热谁哪怎虽除尽曾须需够愿希喜欢足脸耳鼻嘴肝血肉骨皮毛衣食饭菜米鱼鸡蛋奶茶酒花草树木河湖江云雨雪风雷火石银铜铁钢林森枝"
    "叶父母亲爸妈哥姐弟妹孩夫妻丈朋友士警律画歌演庭屋窗桌椅床灯车船飞汽桥街校店宾馆广博剧影颜红黄蓝绿黑紫灰粉吃喝穿跑跳坐躺睡醒写唱笑哭爱恨念忘费值益增减供维帮助参负"
    "担析判断选择响段途径础素精践验绩贡献历史未述评介绍召呼吁宣布印转彰奖励惩罚级央违腐败官僚享乐奢靡巡追究温降洪旱震灾害救援汛抗吨爷叔伯姑舅姨嫂婶孙侄甥邻客病富穷贵"
    "贱戚伙伴侣袖英雄模典型节宵端午阳庆旦夕祝贺迎谢敬慰稻谷麦玉棉油蔬瓜苹梨桃杏枣葡萄烟畜牧猪牛羊鸭鹅兔蜂蚕虾蟹殖植割播肥灌溉药煤炭伏核造纺材械软硬智芯仓储递险券股票"
    "债贷款存率汇蓄抵押融破梁隧港码速租停堵塞拥挤畅幼研硕课毕诊苗测酸隔离咳嗽染患愈亡宪刑讼裁仲鉴犯罪嫌疑逮捕拘留狱涨跌稳波缺剩库销售超泊池塘湿丘陵盆沙漠洋岛屿沿陆景"
    "宿餐饮古迹遗赛冠亚季牌球篮排乒乓羽泳松纸杂媒辑台微污雾霾碳循垃圾噪修拆迁棚补贴津休慈捐讨举拔晋签约署待座秀良满功失胜顺困挑遇隐故损授"
)
COMMON_TRADITIONAL_ONLY = (
    "並亞來侶倉個們備傳債僑價億優儲兒內兩別則創劃劇動務勝勵匯區協卻參員問喫單噸嚴國園圖執堅報場壞夠夥婦媽嬸孫學實審寫將專對導層島嶼師帶幫幹幾庫廣廳張強後徑從復徵愛態"
    "慶憲應懲戰戶採損擁擇擔據擠敗數斷於時晉暢書會東條棗業極構樂標樣樹橋機檔檢欄權歡歷殘氣汙決沒況淺減測準溫溼滿漲潔濕濟災為無煙熱燈營爭爲爺爾牀獄獎獻現環產畢畫當療發"
    "盡監眾碩確碼礎礦祕稅種積穩窮筆節範簡籃籌籤籲紀約紅紙級紡細紹組結絡給統經綜綠維網線編縣總績織罰羣義聞聯聲職聽脫臉臺與興舉舊華萬葉著藍藥蘋處號蝦蠶衆術衛衞裏補裝裡"
    "見規視親覺觀計討訓記訟訪設許訴診評詢試話該認說説誰課調談請論諮講謝證識議護讀變讓豬負財貢貧責貴貸費貼賀資賓賤質購賽跡踐車軍軟較載輕輯轉辦辭農這進遊運過達違遞遠遷"
    "選遺還邊郵鄉鄰醫銀銅銷鋼錄鎮鐵鑑長門開間關陸陽隊際險隱雖雜雞離難雲電霧鞏響頁項順須預領頭頻題顏願類風飛飯飲養館馬驗體魚鴨鵝麥麼黃點黨"
)

#: Characters that make a decoded sample look like real Chinese text.
PLAUSIBLE_CHARS: frozenset[str] = frozenset(COMMON_SIMPLIFIED + COMMON_TRADITIONAL_ONLY + COMMON_PUNCTUATION)
