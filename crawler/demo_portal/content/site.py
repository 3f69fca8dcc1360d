"""The fictional portal itself: name, columns, navigation and the chrome shared by all pages."""

SITE_NAME = "清河市人民政府"
SITE_CODE = "1301000001"
ICP = "冀ICP备12345678号"
GONGAN = "冀公网安备 13010202000123号"
GONGAN_NO = "13010202000123"
HOST_ORG = "清河市人民政府办公室"
UNDERTAKER = "清河市大数据服务中心"
TECH = "某某科技有限公司"
ADDRESS = "清河市新华区和平西路88号"
POSTCODE = "050011"
PHONE = "0311-86012345"
EMAIL = "zfbgs@qinghe.gov.example"

#: Columns: key -> settings. ``scheme`` is how the column's list pages paginate:
#: "trs" = index.html, index_1.html, index_2.html ... plus a createPageHTML() script;
#: "prevnext" = 首页 上一页 下一页 尾页 over index.html, page_2.html, page_3.html ...;
#: "numbered" = 1 2 3 ... links over index.html, list_2.htm, list_3.htm ...;
#: "single" = one list page.
COLUMNS = {
    "zwyw": dict(name="政务要闻", path="/xwzx/zwyw/", parent="xwzx", template="div",
                 encoding="utf-8", scheme="trs", page_size=8),
    "bmdt": dict(name="部门动态", path="/xwzx/bmdt/", parent="xwzx", template="table",
                 encoding="gbk", scheme="prevnext", page_size=6),
    "yhxz": dict(name="友好鄉鎮動態", name_sc="友好乡镇动态", path="/xwzx/yhxz/", parent="xwzx",
                 template="county", encoding="big5", scheme="numbered", page_size=6),
    "qyhz": dict(name="区域合作", path="/xwzx/qyhz/", parent="xwzx", template="seed",
                 encoding="utf-8", scheme="single", page_size=10),
    "tzgg": dict(name="通知公告", path="/zwgk/tzgg/", parent="zwgk", template="disclosure",
                 encoding="utf-8", scheme="trs", page_size=8),
    "zcjd": dict(name="政策解读", path="/zwgk/zcjd/", parent="zwgk", template="disclosure",
                 encoding="gbk", scheme="single", page_size=10),
    "cgjg": dict(name="采购结果公告", path="/zwgk/cgjg/", parent="zwgk", template="table",
                 encoding="gbk", scheme="single", page_size=10),
    "rsrm": dict(name="人事任免", path="/zwgk/rsrm/", parent="zwgk", template="div",
                 encoding="utf-8", scheme="single", page_size=10),
}

#: Top-level sections (landing pages, not articles).
SECTIONS = {
    "xwzx": dict(name="新闻中心", path="/xwzx/"),
    "zwgk": dict(name="政府信息公开", path="/zwgk/"),
}

#: Main navigation, in order.
NAV = [
    ("首页", "/"),
    ("新闻中心", "/xwzx/"),
    ("政务要闻", "/xwzx/zwyw/"),
    ("部门动态", "/xwzx/bmdt/"),
    ("政府信息公开", "/zwgk/"),
    ("通知公告", "/zwgk/tzgg/"),
    ("政策解读", "/zwgk/zcjd/"),
    ("采购结果", "/zwgk/cgjg/"),
    ("人事任免", "/zwgk/rsrm/"),
    ("区域合作", "/xwzx/qyhz/"),
    ("友好乡镇", "/xwzx/yhxz/"),
    ("联系我们", "/lxwm/index.html"),
    ("站内搜索", "/search/index.html"),
]

#: 友情链接 (external sites; a crawler must not follow them off-site).
FRIEND_LINKS = [
    ("中国政府网", "https://www.gov.cn/"),
    ("河北省人民政府", "http://www.hebei.gov.cn/"),
    ("国家政务服务平台", "https://gjzwfw.www.gov.cn/"),
    ("清河市发展和改革委员会", "http://fgw.qinghe.gov.example/"),
    ("清河市财政局", "http://czj.qinghe.gov.example/"),
    ("清河市公共资源交易中心", "http://ggzy.qinghe.gov.example/"),
]

#: The internal-management section (robots.txt disallows it); linked from the home page.
NBGL_PAGES = [
    ("/nbgl/index.html", "内部管理平台"),
    ("/nbgl/login.html", "内网办公系统登录"),
    ("/nbgl/txl.html", "机关内部通讯录（内部资料）"),
]
