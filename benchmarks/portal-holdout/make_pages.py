# -*- coding: utf-8 -*-
"""Generate the portal-holdout benchmark: hand-written pages that mirror what Chinese
regional-government CMSs (TRS WCM, 大汉 JCMS, 集约化平台, old ASP sites, Taiwanese county
sites, HK-style pages, English sub-sites) emit, with gold article text and metadata.

    python make_pages.py          # rewrites pages/*.html and manifest.jsonl next to this file

All text is invented for this set; no page was downloaded. Pages are written as BYTES in the
encoding each one claims (or deliberately does not claim) so that charset handling is tested.
"""
import html as _html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = []


def esc(s):
    return _html.escape(s, quote=False)


def add(name, url, ct, enc, lang, doc, gold):
    """ct: Content-Type header value or None (no header); enc: codec used to write the bytes."""
    PAGES.append(dict(name=name, url=url, ct=ct, enc=enc, lang=lang, doc=doc, gold=gold))


def G(paras, title, published, source=None, attachments=None):
    g = {"body": "\n".join(paras), "title": title, "published": published}
    if source is not None:
        g["source"] = source
    if attachments:
        g["attachments"] = attachments
    return g


def ps(paras, tag="p", attrs="", indent=""):
    return "\n".join(f"<{tag}{attrs}>{indent}{esc(p)}</{tag}>" for p in paras)


def brs(paras, lead="&nbsp;&nbsp;&nbsp;&nbsp;"):
    return "<br>\n".join(lead + esc(p) for p in paras) + "<br>"


def footer_cn(site, icp, code, police, org, tech="", links=(), cls="footer"):
    ln = "".join(f'<a href="http://www.{i}.gov.cn/" target="_blank">{n}</a>\n'
                 for i, n in enumerate(links)) if links else ""
    fl = f'<div class="yqlj"><span>友情链接：</span>\n{ln}</div>\n' if links else ""
    t = f"<p>技术支持：{tech}</p>" if tech else ""
    return (f'{fl}<div class="{cls}">\n<p><a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a> | '
            f'<a href="/mzsm/">免责声明</a></p>\n<p>主办：{org}　承办：{site}办公室信息中心</p>\n'
            f'<p>版权所有：{site}　{icp}　网站标识码：{code}</p>\n<p>{police}</p>\n{t}\n'
            f'<p>建议使用1366×768分辨率、IE9以上版本浏览器浏览本站</p>\n</div>')


def sidebar(items, title="相关新闻", cls="related", tag="ul"):
    lis = "\n".join(f'<li><a href="/xw/{i}.html" title="{h}">{h}</a><span class="date">{d}</span></li>'
                    for i, (h, d) in enumerate(items))
    return f'<div class="{cls}"><h3>{title}</h3>\n<{tag}>\n{lis}\n</{tag}></div>'


SHARE = ('<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>\n'
         '<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>')

# =====================================================================================
# 1. TRS WCM, GBK, info bar + share/print + prev/next
p = ["3月14日，县农业农村局组织技术人员深入石桥、白沙两个乡镇，对春耕备耕物资储备情况开展专项检查。",
     "检查组先后走访农资经营门店11家，重点查看种子、化肥、农药的进货台账和质量检验报告，现场抽检复合肥样品6批次。",
     "针对个别门店存在的台账记录不规范问题，检查组当场下达整改通知书，要求在一周内完成整改并报送书面材料。",
     "据统计，全县目前已储备各类化肥2.3万吨、早稻种子41万公斤，能够满足春耕生产需要。",
     "下一步，县农业农村局将联合市场监管部门开展农资打假专项行动，切实维护农民合法权益。"]
t = "县农业农村局开展春耕备耕物资专项检查"
doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{t}-工作动态-清溪县人民政府</title>
<link href="../../images/style.css" rel="stylesheet" type="text/css" />
</head><body>
<div class="top"><img src="../../images/banner.jpg" alt="清溪县人民政府" /></div>
<div class="nav"><a href="../../">首页</a><a href="../../zwgk/">政务公开</a><a href="../">工作动态</a><a href="../../hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="../../">首页</a> &gt; <a href="../">工作动态</a></div>
<div class="main">
<div class="art_title"><h2>{t}</h2></div>
<div class="art_info">发布时间：2022-03-15 10:26　来源：县农业农村局　作者：周敏　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="art_con">
<!--<$[信息内容]>begin--><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{line-height:2;font-family:宋体;font-size:12pt;}}</style>
{ps(p, attrs=' style="text-indent:2em"')}
</div><!--<$[信息内容]>end-->
</div>
{SHARE}
<div class="prevnext"><p>上一篇：<a href="./t20220311_123401.html">县交通运输局召开安全生产工作会议</a></p><p>下一篇：<a href="./t20220316_123517.html">清溪县举行2022年植树节义务植树活动</a></p></div>
</div>
{footer_cn("清溪县人民政府", "赣ICP备05003312号", "3609220003", "赣公网安备 36092202000118号", "清溪县人民政府办公室", "拓尔思信息技术股份有限公司", ["江西省人民政府", "宜春市人民政府", "中国政府网"])}
</body></html>"""
add("trs-gbk-infobar.html", "http://www.qingxi.gov.cn/xwzx/gzdt/202203/t20220315_123456.html",
    "text/html; charset=GBK", "gbk", "zh", doc, G(p, t, "2022-03-15", "县农业农村局"))

# 2. TRS WCM UTF-8, TRS_UEDITOR nested, attachments outside text (pdf, docx)
p = ["为进一步规范全市城市道路挖掘审批管理，减少道路反复开挖对市民出行的影响，市城市管理局起草了《城市道路挖掘管理办法(征求意见稿)》。",
     "现将征求意见稿全文予以公布，公开征求社会各界意见建议。征求意见时间为2023年8月2日至2023年9月1日。",
     "有关单位和个人可通过电子邮件将意见发送至cgjzfk@163.com，邮件标题请注明“道路挖掘管理办法意见”。",
     "也可将书面意见邮寄至市城市管理局政策法规科（地址：滨江大道218号），并在信封上注明“征求意见”字样。"]
t = "关于公开征求《城市道路挖掘管理办法(征求意见稿)》意见的公告"
doc = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t}_通知公告_南屏市城市管理局</title>
<script src="/js/jquery-1.12.4.min.js"></script>
</head><body>
<header class="hd"><div class="logo">南屏市城市管理局</div><nav><a href="/">首页</a><a href="/tzgg/">通知公告</a></nav></header>
<section class="detail-wrap">
 <div class="bt-title">{t}</div>
 <div class="bt-meta"><span>日期：2023-08-01</span><span>来源：市城市管理局</span><span>浏览量：<em id="hits">312</em></span></div>
 <div class="bt-content">
  <div class="view TRS_UEDITOR trs_paper_default trs_web">
{ps(p)}
  </div>
 </div>
 <div class="fjxz"><p>附件：</p>
  <p><a href="./P020230801561233214402.pdf" OLDSRC="/protect/P0202308/P020230801561233214402.pdf">城市道路挖掘管理办法(征求意见稿).pdf</a></p>
  <p><a href="./P020230801561233216875.docx">意见反馈表.docx</a></p>
 </div>
 <div class="tools"><a onclick="window.print()">打印</a><a onclick="window.close()">关闭</a></div>
</section>
{footer_cn("南屏市城市管理局", "粤ICP备12077341号-2", "4415000037", "粤公网安备 44150202000211号", "南屏市城市管理局", "", [], "ft")}
</body></html>"""
add("trs-utf8-attach.html", "http://cgj.nanping-demo.gov.cn/tzgg/202308/t20230801_7731902.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc,
    G(p, t, "2023-08-01", "市城市管理局", ["城市道路挖掘管理办法(征求意见稿).pdf", "意见反馈表.docx"]))

# 3. TRS WCM GBK with related sidebar of dated headlines placed BEFORE the article in source order
p = ["近日，市生态环境局发布2022年度全市生态环境状况公报，全市环境空气质量优良天数比例达到93.4%，较上年提高1.8个百分点。",
     "细颗粒物(PM2.5)年均浓度为26微克/立方米，连续三年达到国家二级标准；可吸入颗粒物年均浓度同比下降7.1%。",
     "全市12个国控、省控地表水断面水质优良比例为100%，其中Ⅱ类及以上水质断面占比首次超过八成。",
     "集中式饮用水水源地水质达标率保持100%，县级以上城市黑臭水体动态清零。",
     "土壤环境质量总体稳定，受污染耕地安全利用率达到95%以上，重点建设用地安全利用得到有效保障。",
     "全年共完成造林绿化面积4.6万亩，森林覆盖率提高到62.7%，新增省级生态文明建设示范村27个。",
     "公报同时指出，臭氧浓度呈波动上升趋势，夏季臭氧污染防控仍是今后一个时期大气治理的重点和难点。",
     "市生态环境局相关负责人表示，将持续深入打好蓝天、碧水、净土保卫战，推动生态环境质量持续改善。"]
t = "我市发布2022年度生态环境状况公报"
side = [("市生态环境局召开2023年第二季度环境执法工作会", "2023-06-28"),
        ("全市开展夏季臭氧污染防控专项督查", "2023-06-21"),
        ("“六五”环境日宣传活动在滨河公园举行", "2023-06-05"),
        ("市生态环境局赴东岭工业园开展帮扶指导", "2023-05-30"),
        ("2023年5月全市环境空气质量状况通报", "2023-05-26"),
        ("我市3家企业入选省级环保诚信企业名单", "2023-05-18"),
        ("市生态环境局举行机关开放日活动", "2023-05-11"),
        ("全市危险废物规范化管理培训班开班", "2023-04-27")]
doc = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我市发布2022年度生态环境状况公报</title>
<meta name="keywords" content="生态环境,公报">
</head><body bgcolor="#ffffff">
<div id="header"><img src="/images/top_sthjj.jpg"></div>
<div id="wrapper">
 <div id="left-col">
  {sidebar(side, "最新动态", "zxdt")}
  <div class="zt"><h3>专题专栏</h3><a href="/zt/lsfz/"><img src="/images/zt1.jpg" alt="绿色发展"></a></div>
 </div>
 <div id="right-col">
  <h1 class="detail-title">{t}</h1>
  <div class="detail-sub">时间：2023-06-29　　来源：市生态环境局　　点击数：<script>document.write(hits)</script></div>
  <div class="detail-body">
   <!--<$[信息内容]>begin--><div class="TRS_Editor">
{ps(p)}
   </div><!--<$[信息内容]>end-->
  </div>
 </div>
</div>
{footer_cn("临川市生态环境局", "湘ICP备09011452号", "4307000028", "湘公网安备 43070202000325号", "临川市生态环境局", "湖南智汇网络科技有限公司")}
</body></html>"""
add("trs-gbk-left-sidebar.html", "http://sthjj.linchuan-demo.gov.cn/xxgk/gzdt/202306/t20230629_4501277.html",
    "text/html", "gbk", "zh", doc, G(p, t, "2023-06-29", "市生态环境局"))

# 4. 大汉 JCMS, UTF-8, div#zoom + ucapcontent, info table
p = ["4月11日下午，区政务服务管理办公室召开“一件事一次办”改革推进会，通报一季度改革任务完成情况。",
     "会议指出，今年以来全区已上线企业开办、不动产登记、新生儿出生等32个“一件事”主题套餐，平均办理时限压缩68%。",
     "会议要求各窗口单位进一步梳理高频事项办事指南，统一材料清单和办理标准，做到“前台综合受理、后台分类审批、统一窗口出件”。",
     "区大数据中心、区市场监管局、区人社局等单位负责同志作了交流发言。"]
t = "区政务办召开“一件事一次办”改革推进会"
doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{t}</title>
<meta name="SiteName" content="松陵区人民政府"><meta name="ColumnName" content="部门动态">
<script language="javascript" src="/script/0/1403141623302423.js"></script>
</head><body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
<div class="dh_top"><a href="/">网站首页</a> <a href="/col/col1201/index.html">政务公开</a></div>
</td></tr></table>
<table width="1000" align="center" class="bt_bg"><tr><td>
 <table width="96%" align="center">
  <tr><td class="title" align="center">{t}</td></tr>
  <tr><td align="center" class="bt_info">
    <table><tr><td>发布日期：2023-04-12</td><td>信息来源：区政务办</td><td>浏览次数：<span id="c_count"></span></td><td>字体：[ <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a> ]</td></tr></table>
  </td></tr>
  <tr><td class="bt_content"><div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart"><ucapcontent>
{ps(p, attrs=' style="text-indent:2em;"')}
</ucapcontent><meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div></td></tr>
 </table>
</td></tr></table>
<table width="1000" align="center" class="bt_tool"><tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>
{footer_cn("松陵区人民政府", "苏ICP备05007923号", "3205090011", "苏公网安备 32050902010033号", "松陵区人民政府办公室", "南京大汉网络有限公司")}
</body></html>"""
add("jcms-utf8-zoom.html", "http://www.songling-demo.gov.cn/art/2023/4/12/art_1203_4567.html",
    "text/html; charset=UTF-8", "utf-8", "zh", doc, G(p, t, "2023-04-12", "区政务办"))

# 5. 大汉 JCMS, GBK, attachments xls + rar inside ucapcontent as links after text (list is part of the article text)
p = ["各镇（街道）、区各有关部门：",
     "根据市财政局关于开展2023年度惠民惠农财政补贴资金“一卡通”专项治理的部署，现将有关事项通知如下。",
     "一、请各单位对照附件1所列补贴项目，于5月20日前完成本单位2022年度补贴资金发放情况自查，如实填写自查统计表。",
     "二、自查中发现的冒领、截留、挪用等问题线索，请单独形成书面材料，连同相关凭证扫描件压缩后一并报送。",
     "三、联系人：区财政局农业农村科 何文斌，联系电话：0512-63918207。",
     "附件：1.惠民惠农补贴项目清单.xls",
     "2.自查佐证材料报送模板.rar"]
t = "关于开展惠民惠农财政补贴资金自查工作的通知"
doc = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{t}</title>
</head><body>
<div class="wrap">
<div class="bt_link"><a href="/">首页</a> &gt;&gt; <a href="/col/col877/">通知公告</a></div>
<div class="main-txt">
 <div class="con-title"><span>{t}</span></div>
 <div class="con-sub">信息来源：区财政局　　发布时间：2023-05-06　　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
 <div id="zoom"><ucapcontent>
<p>{esc(p[0])}</p>
{ps(p[1:5], attrs=' style="text-indent:2em"')}
<p>{esc(p[5][:3])}<a href="/module/download/downfile.jsp?classid=0&amp;filename=230506_hmhnxm.xls">{esc(p[5][3:])}</a></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<a href="/module/download/downfile.jsp?classid=0&amp;filename=230506_zzcl.rar">{esc(p[6])}</a></p>
 </ucapcontent></div>
</div>
</div>
{footer_cn("太仓桥区人民政府", "苏ICP备10211847号", "3205850004", "苏公网安备 32058502010118号", "太仓桥区人民政府", "", ["江苏省人民政府", "苏州市人民政府"])}
</body></html>"""
add("jcms-gbk-attach-intext.html", "http://www.tcq-demo.gov.cn/art/2023/5/6/art_877_90312.html",
    "text/html; charset=gb2312", "gbk", "zh", doc,
    G(p, t, "2023-05-06", "区财政局", ["惠民惠农补贴项目清单.xls", "自查佐证材料报送模板.rar"]))

# 6. 大汉 JCMS very short notice, long footer, UTF-8
p = ["因供水管网改造施工，4月22日8:00至18:00东湖路、望江路沿线居民区将暂停供水，请提前做好储水准备。"]
t = "关于东湖路片区临时停水的通知"
links = ["浙江省人民政府", "中国政府网", "国家发展改革委", "浙江政务服务网", "湖州市人民政府", "德清县人民政府",
         "长兴县人民政府", "安吉县人民政府", "湖州市公共资源交易网", "浙江省统计局", "浙江省财政厅", "浙江政府采购网"]
doc = f"""<!doctype html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="g-top"><div class="g-logo">吴兴水务集团</div><ul class="g-nav"><li>首页</li><li>公告</li><li>服务</li><li>党建</li></ul></div>
<div class="g-body"><div class="art">
 <h1>{t}</h1>
 <div class="art-info"><span>发布日期：2023-04-19</span> <span>来源：吴兴水务集团</span></div>
 <div id="zoom"><ucapcontent><p>{esc(p[0])}</p></ucapcontent></div>
</div></div>
<div class="g-service"><h4>便民服务</h4><ul><li>水费查询：拨打96390或关注“吴兴水务”公众号查询本期水费账单</li><li>报修热线：24小时服务热线96390，营业厅服务时间为每周一至周六上午8:30至下午5:00</li><li>营业网点：吴兴区人民路128号、凤凰路19号、湖东街道便民服务中心一楼</li></ul></div>
{footer_cn("吴兴水务集团有限公司", "浙ICP备14032617号-1", "", "浙公网安备 33050202000442号", "湖州市吴兴区水利局", "南京大汉网络有限公司", links)}
<div class="g-foot2">本网站由吴兴水务集团有限公司主办，所载内容未经许可不得转载。地址：浙江省湖州市吴兴区人民路128号　邮编：313000　传真：0572-2103317</div>
</body></html>"""
add("jcms-short-notice.html", "http://www.wxsw-demo.com.cn/art/2023/4/19/art_55_1021.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-04-19", "吴兴水务集团"))

# 7. 集约化平台, meta tags, UTF-8
p = ["为推动全省县域商业体系建设提质增效，日前，省商务厅联合省财政厅印发《县域商业三年行动实施方案》。",
     "方案提出，到2025年，全省建设改造县级物流配送中心60个、乡镇商贸中心300个，村级便民商店覆盖率达到90%以上。",
     "方案明确了完善县乡村三级物流配送体系、推动供应链商贸流通企业下沉、提升农产品上行能力等六方面重点任务。",
     "省级财政将统筹中央和省级资金，对符合条件的项目给予最高不超过总投资30%的补助。",
     "各市县商务主管部门要建立项目库，实行动态管理，每季度末向省商务厅报送项目进展情况。",
     "省商务厅将会同有关部门开展年度绩效评价，评价结果作为下一年度资金分配的重要依据。"]
t = "我省印发县域商业三年行动实施方案"
doc = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="SiteName" content="西原省商务厅">
<meta name="SiteDomain" content="swt.xiyuan-demo.gov.cn">
<meta name="SiteIDCode" content="6100000061">
<meta name="ColumnName" content="工作动态">
<meta name="ColumnType" content="工作动态">
<meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="2023-06-07 09:30">
<meta name="ContentSource" content="省商务厅市场体系建设处">
<meta name="Keywords" content="县域商业,物流配送">
<meta name="Description" content="省商务厅联合省财政厅印发《县域商业三年行动实施方案》。">
<title>{t}_西原省商务厅</title>
</head><body>
<div class="header"><div class="w1200"><a class="logo" href="/"></a><div class="search"><input placeholder="请输入关键词"></div></div></div>
<div class="crumb w1200">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/gzdt/">工作动态</a></div>
<div class="article w1200">
 <h1 class="article-title">{t}</h1>
 <div class="article-attr"><span class="time">2023-06-07 09:30</span><span class="source">来源：省商务厅市场体系建设处</span><span class="size">字号：<a>大</a><a>中</a><a>小</a></span></div>
 <div class="article-content" id="UCAP-CONTENT">
{ps(p)}
 </div>
 <div class="article-bottom"><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a></div>
</div>
{footer_cn("西原省商务厅", "陕ICP备05004811号", "6100000061", "陕公网安备 61010302000577号", "西原省商务厅", "", [], "footer-box")}
</body></html>"""
add("jiyue-meta-basic.html", "http://swt.xiyuan-demo.gov.cn/xwzx/gzdt/202306/t20230607_2290451.html",
    "text/html;charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-06-07", "省商务厅市场体系建设处"))

# 8. 集约化 政策解读 with related-document box
p = ["一、出台背景",
     "近年来，我市老旧小区加装电梯需求持续增长，但在业主意见协商、资金筹集、审批流程等方面仍存在不少堵点，亟需出台更具操作性的政策文件。",
     "二、主要内容",
     "《实施意见》共五个部分十八条，明确了加装电梯应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决。",
     "在资金方面，市、区两级财政对每台新增电梯给予25万元定额补助，业主可按规定提取住房公积金用于加装电梯。",
     "在审批方面，实行“一窗受理、并联审批”，规划、住建、市场监管等部门的办理时限合计不超过15个工作日。",
     "三、适用范围",
     "本意见适用于本市行政区域内已建成投入使用、未设电梯的四层及以上住宅，不包括已列入征收计划的房屋。"]
t = "《关于推进既有住宅加装电梯工作的实施意见》政策解读"
doc = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="SiteName" content="东陵市住房和城乡建设局"><meta name="SiteIDCode" content="2101000019">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="2022-11-24">
<meta name="ContentSource" content="市住房和城乡建设局">
<title>{t}</title>
</head><body>
<div class="top-bar">东陵市住房和城乡建设局</div>
<div class="container">
 <div class="jd-head"><h2>{t}</h2><p class="jd-meta">发布时间：2022-11-24　信息来源：市住房和城乡建设局</p></div>
 <div class="jd-relate"><div class="jd-relate-t">相关文件</div>
  <ul><li><a href="/zwgk/zcwj/202211/t20221118_991022.html">东陵市人民政府办公室关于推进既有住宅加装电梯工作的实施意见</a><span>2022-11-18</span></li>
  <li><a href="/zwgk/zcwj/202109/t20210907_870123.html">东陵市既有住宅加装电梯财政补助资金管理办法</a><span>2021-09-07</span></li></ul>
 </div>
 <div class="jd-body"><div class="TRS_UEDITOR">
{ps([x for x in p], attrs='')}
 </div></div>
 <div class="jd-relate2"><b>相关解读：</b><a href="/zcjd/202211/t20221125_991131.html">图解：老楼加装电梯怎么办？一图读懂</a></div>
</div>
{footer_cn("东陵市住房和城乡建设局", "辽ICP备11002718号", "2101000019", "辽公网安备 21010202000367号", "东陵市住房和城乡建设局")}
</body></html>"""
add("jiyue-zcjd-related.html", "http://zjj.dongling-demo.gov.cn/zcjd/202211/t20221124_991120.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2022-11-24", "市住房和城乡建设局"))

# 9. 集约化 with attachments ofd + wps + pdf, GBK bytes, meta PubDate with seconds
p = ["各县（市、区）民政局：",
     "现将《2023年度城乡居民最低生活保障标准调整方案》印发给你们，请结合实际认真贯彻执行。",
     "自2023年7月1日起，全市城市低保标准由每人每月780元提高到820元，农村低保标准由每人每年7200元提高到7680元。",
     "各地要于7月底前完成新标准的系统调整和资金发放，确保调标资金按时足额发放到户。"]
t = "关于调整2023年度城乡居民最低生活保障标准的通知"
doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta name="SiteName" content="北塬市民政局"><meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="2023-06-26 16:02:11">
<meta name="ContentSource" content="市民政局社会救助科">
<title>{t}_通知公告_北塬市民政局</title></head><body>
<div class="ht"><div class="ht-in">北塬市民政局</div></div>
<div class="bd"><div class="bd-in">
<div class="xl-tit">{t}</div>
<div class="xl-ly">2023-06-26 16:02　市民政局社会救助科</div>
<div class="xl-nr">
{ps(p)}
</div>
<div class="xl-fj"><span class="fj-lab">相关附件：</span>
<a href="/attach/0/8a6f11d1c2e24c5a.pdf">北民发〔2023〕31号.pdf</a>
<a href="/attach/0/3bd71f0ac0de4f17.ofd">北民发〔2023〕31号.ofd</a>
<a href="/attach/0/62ae09b3f7624d08.wps">低保标准调整测算表.wps</a></div>
</div></div>
{footer_cn("北塬市民政局", "甘ICP备06001572号", "6211000031", "甘公网安备 62110202000014号", "北塬市民政局")}
</body></html>"""
add("jiyue-gbk-attach-ofd.html", "http://mzj.beiyuan-demo.gov.cn/tzgg/202306/t20230626_1123880.html",
    "text/html; charset=gbk", "gbk", "zh", doc,
    G(p, t, "2023-06-26", "市民政局社会救助科", ["北民发〔2023〕31号.pdf", "北民发〔2023〕31号.ofd", "低保标准调整测算表.wps"]))

# 10. old ASP county site, GB2312, nested tables, <font>, 2009
p = ["5月8日，我县在城关镇中心小学举行防灾减灾宣传周启动仪式，县应急、教育、气象、地震等部门参加活动。",
     "活动现场设置了宣传展板20余块，发放《家庭应急避险手册》3000余份，并为师生讲解了地震、洪涝等灾害发生时的自救互救常识。",
     "随后，全校1200余名师生开展了紧急疏散演练，从警报响起到全部安全撤离至操场仅用时2分40秒。",
     "据了解，宣传周期间全县各乡镇还将组织开展应急演练、隐患排查等系列活动。"]
t = "我县举行防灾减灾宣传周启动仪式"
doc = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{t}</title>
<link href="../css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="../images/top.gif" width="778" height="120"></td></tr>
  <tr><td height="25" background="../images/navbg.gif"><font color="#FFFFFF"><a href="../index.asp">首页</a> | <a href="../zwgk.asp">政务公开</a> | <a href="../news.asp">乡镇动态</a></font></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="180" valign="top" bgcolor="#F3F3F3">
      <table width="100%"><tr><td><font color="#CC0000"><b>热点新闻</b></font></td></tr>
      <tr><td><a href="ShowArticle.asp?ArticleID=2187">县委召开理论学习中心组学习会</a></td></tr>
      <tr><td><a href="ShowArticle.asp?ArticleID=2185">全县春季动物防疫工作全面展开</a></td></tr>
      <tr><td><a href="ShowArticle.asp?ArticleID=2180">县人大常委会视察农村饮水工程</a></td></tr></table>
    </td>
    <td width="598" valign="top">
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="40" align="center"><font size="4" color="#003399"><b>{t}</b></font></td></tr>
        <tr><td align="center"><font color="#666666">作者：县应急办　来源：本站原创　点击数：<font color="red">527</font>　更新时间：2009-5-9</font></td></tr>
        <tr><td><hr size="1" color="#CCCCCC"></td></tr>
        <tr><td class="article"><table width="100%"><tr><td>
<font style="font-size:14px;line-height:200%">{brs(p)}</font>
        </td></tr></table></td></tr>
        <tr><td align="right"><a href="javascript:window.close()">【关闭窗口】</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="778" border="0" align="center" bgcolor="#E6E6E6"><tr><td align="center"><font size="2">版权所有：大田县人民政府　地址：城关镇人民路1号　电话：0598-7222016<br>闽ICP备05001287号　建议使用IE6.0以上版本，1024×768分辨率浏览</font></td></tr></table>
</body></html>"""
add("asp-gb2312-tables.html", "http://www.datian-demo.gov.cn/news/ShowArticle.asp?ArticleID=2190",
    "text/html", "gbk", "zh", doc, G(p, t, "2009-05-09", None))

# 11. ASP site, NO charset anywhere (header, meta), GBK bytes, <br> paragraphs with full-width indent
p = ["入秋以来，全乡抢抓晴好天气，组织农户开展晚稻机械化收割，截至10月15日已收割晚稻1.8万亩，占种植面积的85%。",
     "乡农技站组织技术人员分片包村，指导农户及时晾晒、科学储粮，防止稻谷霉变造成损失。",
     "同时，乡里积极对接粮食收储企业，在3个村设立临时收购点，方便群众就近售粮。"]
t = "溪口乡晚稻收割进度过八成"
doc = f"""<HTML><HEAD><TITLE>{t}</TITLE>
<META NAME="Generator" CONTENT="Microsoft FrontPage 4.0">
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="760" ALIGN="center" BORDER="0"><TR><TD><IMG SRC="/img/logo.jpg"></TD></TR></TABLE>
<TABLE WIDTH="760" ALIGN="center" BORDER="0" CELLPADDING="4">
<TR><TD ALIGN="center"><FONT SIZE="5" FACE="黑体">{t}</FONT></TD></TR>
<TR><TD ALIGN="center"><FONT SIZE="2" COLOR="#808080">[日期：2011-10-17]　[来源：溪口乡政府]　[作者：黄建华]</FONT></TD></TR>
<TR><TD><FONT SIZE="3">
{"<BR>".join("　　" + esc(x) for x in p)}<BR>
</FONT></TD></TR>
<TR><TD><FONT SIZE="2">上一篇：<A HREF="/Article/ShowArticle.asp?ArticleID=812">溪口乡召开村级换届选举工作部署会</A><BR>下一篇：<A HREF="/Article/ShowArticle.asp?ArticleID=817">溪口乡开展秋冬季森林防火宣传</A></FONT></TD></TR>
</TABLE>
<TABLE WIDTH="760" ALIGN="center"><TR><TD ALIGN="center"><FONT SIZE="2">Copyright 2008-2011 溪口乡人民政府 All Rights Reserved<BR>技术支持：龙游网络工作室　浙ICP备08021774号</FONT></TD></TR></TABLE>
</BODY></HTML>"""
add("asp-nocharset-gbk.html", "http://www.xikou-demo.gov.cn/Article/ShowArticle.asp?ArticleID=815",
    "text/html", "gbk", "zh", doc, G(p, t, "2011-10-17", "溪口乡政府"))

# 12. <br>-paragraph PHP page, UTF-8, paragraphs inside one <div> separated by <br><br>
p = ["10月9日，县文化和旅游局在古镇游客中心组织召开国庆假期旅游市场运行情况分析会。",
     "据测算，国庆假期全县共接待游客46.2万人次，同比增长21.7%；实现旅游综合收入3.1亿元，同比增长19.4%。",
     "假期期间，全县A级旅游景区、星级饭店未发生安全生产事故，文化和旅游市场未接到重大投诉。",
     "会议要求，各景区要认真总结假期经验，针对停车难、排队长等问题研究制定改进措施。",
     "县文化和旅游局将继续加大“秋游山乡”系列活动宣传推广力度，推动假日经济向常态化消费延伸。"]
t = "国庆假期全县接待游客46.2万人次"
doc = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>{t} - 凤岭县文化和旅游局</title></head>
<body>
<div id="hd"><span>凤岭县文化和旅游局</span></div>
<div id="bd">
<h2 id="art-h">{t}</h2>
<p id="art-i">2021年10月11日 &nbsp; 信息来源：县文化和旅游局</p>
<div id="art-c">
{"<br><br>".join(esc(x) for x in p)}
</div>
<div id="art-n">
<a href="/index.php?m=content&amp;c=index&amp;a=show&amp;id=1882">上一条：县文旅局开展旅游包车安全检查</a><br>
<a href="/index.php?m=content&amp;c=index&amp;a=show&amp;id=1890">下一条：凤岭古镇入选省级旅游休闲街区</a>
</div>
</div>
<div id="ft">Copyright &copy; 2021 凤岭县文化和旅游局 版权所有 &nbsp; 桂ICP备15004473号-1 &nbsp; Powered by PHPCMS</div>
</body></html>"""
add("php-br-paragraphs.html", "http://wlj.fengling-demo.gov.cn/index.php?m=content&c=index&a=show&id=1886",
    "text/html; charset=UTF-8", "utf-8", "zh", doc, G(p, t, "2021-10-11", "县文化和旅游局"))

# 13. information disclosure, GBK, 索引号/发布机构/生成日期/文号 table, attachment doc
p = ["各乡镇人民政府，县政府各部门：",
     "为切实做好2023年汛期地质灾害防治工作，最大限度减少人员伤亡和财产损失，经县政府同意，现就有关事项通知如下：",
     "一、全面开展汛前排查。各乡镇要在5月15日前完成辖区内已登记地质灾害隐患点的汛前排查，排查结果报县自然资源局备案。",
     "二、严格落实监测责任。每处隐患点要落实1名以上群测群防员，汛期实行“雨前排查、雨中巡查、雨后核查”。",
     "三、做好临灾避险准备。对受威胁人数较多的隐患点，要提前确定转移路线和安置场所，并组织一次以上避险演练。",
     "四、强化值班值守。汛期各单位实行24小时值班和领导带班制度，遇有险情按规定及时报告，不得迟报、漏报、瞒报。"]
t = "平江县人民政府办公室关于做好2023年汛期地质灾害防治工作的通知"
doc = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{t}</title></head><body>
<div class="xxgk-top">平江县政府信息公开</div>
<div class="xxgk-main">
<table class="xxgk-info" width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><td width="15%">索 引 号：</td><td width="35%">430626/2023-00417</td><td width="15%">主题分类：</td><td>国土资源、能源\\地质</td></tr>
<tr><td>发布机构：</td><td>平江县人民政府办公室</td><td>生成日期：</td><td>2023-04-28</td></tr>
<tr><td>文　　号：</td><td>平政办发〔2023〕9号</td><td>有 效 性：</td><td>有效</td></tr>
<tr><td>名　　称：</td><td colspan="3">{t}</td></tr>
</table>
<div class="xxgk-title">{t}</div>
<div class="xxgk-content">
{ps(p)}
<p align="right">平江县人民政府办公室</p>
<p align="right">2023年4月27日</p>
</div>
<div class="xxgk-fj">附件下载：<a href="/xxgk/fj/430626-2023-00417.doc">地质灾害隐患点汛期责任表.doc</a></div>
</div>
{footer_cn("平江县人民政府", "湘ICP备05012466号", "4306260001", "湘公网安备 43062602000121号", "平江县人民政府办公室")}
</body></html>"""
gp = p + ["平江县人民政府办公室", "2023年4月27日"]
add("xxgk-gbk-table.html", "http://www.pingjiang-demo.gov.cn/xxgk/xxgkml/202304/t20230428_8870012.html",
    "text/html; charset=gbk", "gbk", "zh", doc,
    G(gp, t, "2023-04-28", "平江县人民政府办公室", ["地质灾害隐患点汛期责任表.doc"]))

# 14. information disclosure with 成文日期 != 发布日期 (published = 发布日期), UTF-8, dl/dd layout
p = ["根据《中华人民共和国政府信息公开条例》规定，现将2022年度本局政府信息公开工作情况报告如下。",
     "2022年，本局主动公开政府信息1374条，其中规范性文件4件、行政许可结果信息862条、行政处罚结果信息211条。",
     "全年共收到政府信息公开申请38件，均在法定期限内予以答复，其中予以公开21件、部分公开6件、不予公开3件、无法提供8件。",
     "全年未发生因政府信息公开引起的行政复议和行政诉讼案件。"]
t = "市场监管局2022年度政府信息公开工作年度报告"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="pub-head">政府信息公开 &gt; 年度报告</div>
<div class="pub-box">
 <dl class="pub-meta">
  <dt>索引号</dt><dd>11330782MB1C3307X4/2023-01522</dd>
  <dt>发布机构</dt><dd>义安市市场监督管理局</dd>
  <dt>成文日期</dt><dd>2023-01-16</dd>
  <dt>发布日期</dt><dd>2023-01-19</dd>
  <dt>公开方式</dt><dd>主动公开</dd>
 </dl>
 <div class="pub-h">{t}</div>
 <div class="pub-txt"><div class="TRS_UEDITOR">
{ps(p)}
 </div></div>
</div>
{footer_cn("义安市市场监督管理局", "浙ICP备13004791号", "3307820019", "浙公网安备 33078202000088号", "义安市市场监督管理局")}
</body></html>"""
add("xxgk-chengwen-vs-fabu.html", "http://scjg.yian-demo.gov.cn/xxgk/ndbg/202301/t20230119_3305510.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-01-19", "义安市市场监督管理局"))

# 15. 政策解读 Q&A with (1)(2), 10 paragraphs, GBK
p = ["问：这次调整的主要内容是什么？",
     "答：主要有三点变化：(1)首套住房公积金贷款最高额度由50万元提高到70万元；(2)多子女家庭购买首套自住住房的，贷款额度可再上浮20%；(3)取消二套住房贷款须结清首套贷款的限制。",
     "问：调整后的政策从什么时候开始执行？",
     "答：自2023年3月1日起执行，以公积金中心受理贷款申请的时间为准。",
     "问：已经提交申请但尚未放款的，能否按新标准办理？",
     "答：可以。借款人可向受理网点申请变更贷款额度，中心将按新标准重新核定。",
     "问：多子女家庭如何认定？",
     "答：以借款人及配偶名下登记的未成年子女数量为准，需提供户口簿或出生医学证明。",
     "问：异地缴存职工能否享受？",
     "答：在本市购房的异地缴存职工，符合条件的同样按新标准执行。"]
t = "住房公积金贷款政策调整问答"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{t}_政策解读_嘉平市住房公积金管理中心</title></head><body>
<div class="gjj-top"></div>
<div class="gjj-w">
 <div class="gjj-l">
  <h3 class="tt">{t}</h3>
  <div class="ly">发布时间：2023年02月20日　来源：市住房公积金管理中心</div>
  <div class="nr">
{ps(p)}
  </div>
  <div class="xgwj">相关文件：<a href="/zcfg/202302/t20230217_44102.html">关于调整住房公积金个人住房贷款政策的通知</a>（2023-02-17）</div>
 </div>
 <div class="gjj-r">{sidebar([("住房公积金2022年年度报告", "2023-03-28"), ("关于开展灵活就业人员缴存试点的公告", "2023-03-10"), ("住房公积金业务网点节假日安排", "2023-01-18")], "热点信息", "rdxx")}</div>
</div>
{footer_cn("嘉平市住房公积金管理中心", "鲁ICP备11009253号", "", "鲁公网安备 37100202000173号", "嘉平市住房公积金管理中心")}
</body></html>"""
add("zcjd-qa-parens.html", "http://gjj.jiaping-demo.gov.cn/zcjd/202302/t20230220_44188.html",
    "text/html; charset=gb2312", "gbk", "zh", doc, G(p, t, "2023-02-20", "市住房公积金管理中心"))

# 16. procurement result notice with in-body table, UTF-8
rows = [["序号", "供应商名称", "供应商地址", "中标金额（元）"],
        ["1", "江城智联信息技术有限公司", "江城市高新区创业路66号", "1,386,000.00"]]
items = [["名称", "品牌", "规格型号", "数量", "单价（元）"],
         ["智慧教室交互终端", "鸿远", "HY-T86", "42台", "28,500.00"],
         ["录播主机", "鸿远", "HY-R200", "6台", "31,500.00"]]
def tbl(rs, cls="tb"):
    return f'<table class="{cls}" border="1" cellspacing="0">' + "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rs) + "</table>"
p1 = ["一、项目编号：JCZC2023-0415", "二、项目名称：江城市第三中学智慧教室设备采购项目",
      "三、中标信息"]
p2 = ["四、主要标的信息"]
p3 = ["五、评审专家名单：刘立新、陈秀梅、孙家栋、吴海燕、郑国平",
      "六、公告期限：自本公告发布之日起1个工作日。",
      "七、采购人：江城市第三中学，联系人：林老师，联系电话：0791-86652011。"]
t = "江城市第三中学智慧教室设备采购项目中标结果公告"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="cg-hd">江城市公共资源交易网</div>
<div class="cg-main">
<div class="cg-t">{t}</div>
<div class="cg-s">发布时间：2023-05-16 17:42:08 &nbsp; 信息来源：江城市公共资源交易中心</div>
<div class="cg-c">
{ps(p1)}
{tbl(rows)}
{ps(p2)}
{tbl(items)}
{ps(p3)}
</div>
<div class="cg-x"><h4>相关公告</h4><ul><li><a>江城市第三中学智慧教室设备采购项目招标公告</a> 2023-04-21</li><li><a>江城市第三中学智慧教室设备采购项目更正公告</a> 2023-04-28</li></ul></div>
</div>
<div class="cg-ft">主办单位：江城市公共资源交易中心 版权所有 赣ICP备17001542号 网站标识码：3601000071</div>
</body></html>"""
gp = p1 + ["\t".join(r) for r in rows] + p2 + ["\t".join(r) for r in items] + p3
add("cg-result-table.html", "http://ggzy.jiangcheng-demo.gov.cn/jyxx/zfcg/zbgg/20230516/0415.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(gp, t, "2023-05-16", "江城市公共资源交易中心"))

# 17. procurement 成交公告 GBK, table + pdf attachment, layout with <table> wrapper
rows = [["包号", "成交供应商", "成交金额（万元）", "服务期"],
        ["01", "安平县绿源物业服务有限公司", "96.80", "12个月"],
        ["02", "安平县洁宇环境工程有限公司", "74.25", "12个月"]]
p1 = ["安平县机关事务服务中心2023年度办公区物业及保洁服务项目（项目编号：APCG-2023-027）采用竞争性磋商方式采购，现将成交结果公告如下："]
p3 = ["各有关当事人对成交结果有异议的，可以在成交公告期限届满之日起七个工作日内以书面形式提出质疑，逾期不予受理。"]
t = "安平县机关事务服务中心物业及保洁服务项目成交公告"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{t}</title></head><body>
<table width="1000" align="center"><tr><td class="topbg"></td></tr></table>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">
<table width="100%"><tr><td align="center" class="bt">{t}</td></tr>
<tr><td align="center" class="sj">【发布时间：2023/3/7】【来源：县财政局政府采购股】</td></tr>
<tr><td class="nr">
{ps(p1)}
{tbl(rows, "cjjg")}
{ps(p3)}
<p>附件：<a href="/uploadfile/2023/0307/cjtzs_027.pdf">成交通知书.pdf</a></p>
</td></tr></table>
</td></tr></table>
{footer_cn("安平县人民政府", "冀ICP备06012385号", "1311250002", "冀公网安备 13112502000049号", "安平县人民政府办公室")}
</body></html>"""
gp = p1 + ["\t".join(r) for r in rows] + p3 + ["附件：成交通知书.pdf"]
add("cg-gbk-table-pdf.html", "http://www.anping-demo.gov.cn/zfcg/cjgg/2023/0307/1120.html",
    "text/html; charset=gbk", "gbk", "zh", doc,
    G(gp, t, "2023-03-07", "县财政局政府采购股", ["成交通知书.pdf"]))

# 18. two-line notice, GBK, very long footer + friend links dropdown
p = ["经研究，定于2023年9月8日上午9时在县行政中心三楼会议室召开全县秋季森林防火工作会议。",
     "请各乡镇分管领导和林业站站长准时参会。"]
t = "关于召开全县秋季森林防火工作会议的通知"
links = ["国家林业和草原局", "四川省人民政府", "四川省林业和草原局", "阿坝州人民政府", "阿坝州林业和草原局",
         "茂县人民政府", "汶川县人民政府", "理县人民政府", "黑水县人民政府", "松潘县人民政府", "九寨沟县人民政府",
         "小金县人民政府", "金川县人民政府", "马尔康市人民政府", "壤塘县人民政府", "阿坝县人民政府"]
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{t}-红原县林业和草原局</title></head><body>
<div class="head"></div>
<div class="content"><h3>{t}</h3><h5>时间：2023-09-04　来源：县林草局</h5>
<div class="text"><p>{esc(p[0])}</p><p>{esc(p[1])}</p></div></div>
<div class="f-links"><select onchange="window.open(this.value)"><option>---国家部委网站---</option>
{"".join(f'<option value="#">{n}</option>' for n in links[:3])}</select><select><option>---州县政府网站---</option>
{"".join(f'<option value="#">{n}</option>' for n in links[3:])}</select></div>
{footer_cn("红原县林业和草原局", "蜀ICP备09007138号", "5132330022", "川公网安备 51323302000017号", "红原县林业和草原局", "四川蓝海数据科技有限公司", links)}
<div class="foot3"><p>本站所刊登的各种新闻、信息和各种专题专栏资料，均为红原县林业和草原局版权所有，未经协议授权，禁止下载使用。</p>
<p>地址：红原县邛溪镇花海路9号　邮编：624400　值班电话：0837-2662011　森林草原防灭火报警电话：12119</p>
<p>您是本站第<span id="count">1088271</span>位访客　本站已运行5112天</p></div>
</body></html>"""
add("short-gbk-longfooter.html", "http://lcj.hongyuan-demo.gov.cn/tzgg/2023/0904/211.html",
    "text/html; charset=gb2312", "gbk", "zh", doc, G(p, t, "2023-09-04", "县林草局"))

# 19. sidebar trap: many dated headlines in "相关新闻" AFTER article, short 2-para body; headlines long
p = ["7月3日，市政府与华东理工学院签署战略合作框架协议，双方将在新材料研发、人才培养和成果转化等领域开展全面合作。",
     "根据协议，华东理工学院将在我市设立新材料技术研究院，首期投入科研经费5000万元，重点攻关高性能纤维和先进涂层材料。"]
t = "市政府与华东理工学院签署战略合作协议"
side = [("市科技局召开科技型中小企业评价工作培训会暨高新技术企业认定政策宣讲会", "2023-07-02"),
        ("我市4个项目获评省级重点研发计划项目立项支持，获得省级财政资金2100万元", "2023-06-30"),
        ("市领导调研新材料产业园建设进展并召开现场办公会协调解决企业用地用能问题", "2023-06-27"),
        ("全市科技成果转化对接会在高新区举行，现场签约项目18个、意向金额达6.2亿元", "2023-06-20"),
        ("市人才办发布2023年度高层次人才引进计划，面向海内外招聘各类人才320名", "2023-06-15"),
        ("高新区管委会与三家金融机构签署科技金融合作协议，设立10亿元科创基金", "2023-06-09"),
        ("我市召开2023年全市科技创新大会表彰一批科技进步奖获奖项目和个人", "2023-05-31"),
        ("市政府与西南交通技术研究院签约共建轨道交通装备检测中心", "2023-05-22"),
        ("全市规模以上工业企业研发机构建设推进会召开", "2023-05-17"),
        ("我市新增国家级专精特新“小巨人”企业7家，总数达到29家", "2023-05-10")]
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}_嘉禾市人民政府</title></head><body>
<div class="hdr"><div class="site">嘉禾市人民政府</div></div>
<div class="page">
<div class="news-detail">
 <h1>{t}</h1>
 <div class="news-meta">嘉禾日报　2023-07-04 08:31</div>
 <div class="news-text">{ps(p)}</div>
</div>
{sidebar(side, "相关新闻", "xgxw")}
{sidebar([("市长热线2023年6月办理情况通报", "2023-07-03"), ("关于2023年高温天气防范工作的提示", "2023-07-01")], "热点关注", "rdgz", "ol")}
</div>
{footer_cn("嘉禾市人民政府", "浙ICP备05019011号", "3304000001", "浙公网安备 33040202000011号", "嘉禾市人民政府办公室", "", ["浙江省人民政府", "中国政府网"])}
</body></html>"""
add("sidebar-many-dates-after.html", "http://www.jiahe-demo.gov.cn/art/2023/7/4/art_1229_5588102.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-07-04", "嘉禾日报"))

# 20. Taiwan county news, Big5, ROC date 民國112年3月5日, 發布單位
p = ["為推廣在地農產品，縣府農業處於3月4日在縣立體育館前廣場舉辦「春季農特產品展售會」，共有52家農會及產銷班參與設攤。",
     "現場展售草莓、茶葉、蜂蜜及有機蔬菜等多樣農產品，並安排料理示範及親子手作體驗，吸引大批民眾前往選購。",
     "農業處表示，今年草莓因氣候穩定，產量較去年增加約一成五，品質甜度也普遍提升，歡迎民眾把握產季前往採果。",
     "縣長於開幕致詞時指出，縣府將持續輔導農民取得產銷履歷驗證，提升農產品附加價值，讓消費者吃得安心。"]
t = "縣府辦理春季農特產品展售會　52攤農會產銷班齊聚"
doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<title>苗栗縣政府全球資訊網-新聞稿</title></head><body>
<div id="top"><a href="#C" accesskey="C" title="中央內容區">:::</a><a href="/">回首頁</a> | <a href="/sitemap">網站導覽</a></div>
<div id="news">
<table class="news_table" summary="新聞內容">
<tr><th scope="row">標題</th><td class="news_title">{t}</td></tr>
<tr><th scope="row">發布日期</th><td>民國112年3月5日</td></tr>
<tr><th scope="row">發布單位</th><td>農業處</td></tr>
<tr><th scope="row">內容</th><td class="news_content">
{ps(p)}
</td></tr>
<tr><th scope="row">點閱次數</th><td>1,204</td></tr>
</table>
<div class="btn"><a href="javascript:history.back()">回上一頁</a></div>
</div>
<div id="footer"><p>苗栗縣政府 版權所有 &copy; 2023 Miaoli County Government. All Rights Reserved.</p>
<p>地址：36001苗栗縣苗栗市府前路1號　總機：(037)322150</p><p>建議瀏覽器：Chrome、Edge、Firefox最新版本</p></div>
</body></html>"""
add("tw-big5-roc-table.html", "https://www.miaoli-demo.gov.tw/News_Content.aspx?n=11&s=882301",
    "text/html", "big5", "zh", doc, G(p, t, "2023-03-05", "農業處"))

# 21. Taiwan Big5, 112-03-05 style, 資料來源, related-links list with ROC dates
p = ["本市今(5)日上午舉行「112年度防汛整備聯合演練」，由市長親自主持，動員消防局、水利處、警察局及國軍等單位共計320人參與。",
     "演練模擬颱風豪雨造成低窪地區淹水、土石崩落阻斷道路等狀況，依序進行預防性撤離、抽水機調度及道路搶通等項目。",
     "水利處說明，本市目前已完成移動式抽水機144台整備，並於汛期前完成轄內雨水下水道清淤約38公里。",
     "市府呼籲民眾隨時注意中央氣象局發布的天氣資訊，如遇緊急狀況請撥打119或1999市民專線求助。",
     "演練同時測試災害應變中心與各區公所的視訊聯繫系統，確保災時指揮通報順暢。",
     "市長表示，氣候變遷導致極端降雨頻率增加，市府將持續強化防災韌性，守護市民生命財產安全。"]
t = "112年度防汛整備聯合演練登場　市長親自坐鎮指揮"
rel = [("市府啟動汛期前雨水下水道清淤作業", "112-02-21"), ("本市新增移動式抽水機20台　提升排水效能", "112-01-30"),
       ("颱風季前社區自主防災訓練開跑", "111-12-15"), ("水利處公布本市淹水潛勢圖", "111-11-08")]
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{t}-新竹市政府</title></head><body>
<div class="header"><span class="logo">新竹市政府</span></div>
<div class="path">首頁 &gt; 市政新聞</div>
<div class="cp">
<h3 class="cp-title">{t}</h3>
<ul class="info"><li>發布日期：112-03-05</li><li>更新日期：112-03-06</li><li>資料來源：消防局</li></ul>
<div class="cp-txt">
{ps(p, "div", ' class="p"')}
</div>
<div class="cp-rel"><h4>相關新聞</h4><ul>{"".join(f"<li><a>{h}</a>（{d}）</li>" for h, d in rel)}</ul></div>
</div>
<div class="footer">新竹市政府 版權所有　地址：30051新竹市中正路120號　建議瀏覽解析度1280x1024</div>
</body></html>"""
add("tw-big5-dash-date.html", "https://www.hsinchu-demo.gov.tw/News_Content.aspx?n=153&s=551902",
    "text/html; charset=big5", "big5", "zh", doc, G(p, t, "2023-03-05", "消防局"))

# 22. Taiwan UTF-8 with 民國 date in text form "中華民國112年4月18日", very short
p = ["本府訂於112年5月1日（星期一）勞動節當日照常上班，各區戶政事務所、地政事務所亦照常受理民眾申辦業務。"]
t = "勞動節本府照常上班公告"
doc = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{t}｜嘉義縣政府全球資訊網</title></head><body>
<header><a class="skip" href="#main">跳到主要內容區塊</a><div class="logo">嘉義縣政府</div>
<nav><ul><li>縣政資訊</li><li>便民服務</li><li>縣民信箱</li><li>意見調查</li><li>雙語網站</li></ul></nav></header>
<main id="main"><article class="ann">
<h2>{t}</h2>
<div class="ann-meta"><span>公告日期：中華民國112年4月18日</span><span>發布單位：人事處</span></div>
<section class="ann-body"><p>{esc(p[0])}</p></section>
</article></main>
<footer><div class="foot-links"><a>隱私權保護政策</a><a>政府網站資料開放宣告</a><a>資訊安全政策</a><a>無障礙聲明</a></div>
<p>嘉義縣政府 地址：61249嘉義縣太保市祥和一路東段1號　總機：05-3620123</p>
<p>服務時間：週一至週五上午8:00至12:00、下午1:30至5:30</p>
<p>嘉義縣政府版權所有 Copyright &copy; Chiayi County Government. All Rights Reserved.</p>
<p>建議瀏覽器：Edge、Chrome、Firefox、Safari　最佳瀏覽解析度：1280x1024</p>
<p>本網站通過無障礙檢測AA等級</p></footer>
</body></html>"""
add("tw-utf8-short-roc.html", "https://www.cyhg-demo.gov.tw/News_Content.aspx?n=2&s=103322",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-04-18", "人事處"))

# 23. Hong Kong-style Traditional press release, UTF-8, date at END ("2023年3月8日（星期三）"), "完"
p = ["食物環境衞生署今日（三月八日）公布，署方在二月份共巡查全港街市1 286次，並就違反租約條款的個案發出警告信37封。",
     "發言人表示，署方一直致力改善公眾街市的環境衞生，今年已完成觀塘及荃灣兩個街市的翻新工程，並已展開另外三個街市的設計研究。",
     "發言人呼籲攤檔租戶遵守租約條款，保持攤位及通道清潔，切勿將貨物擺放於攤位範圍以外，以免阻礙通道。",
     "市民如發現公眾街市有衞生問題，可致電1823向署方反映。"]
t = "食環署公布二月份公眾街市巡查結果"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title>
<meta name="description" content="新聞公報"></head><body>
<div id="header"><img src="/images/gov_logo.gif" alt="香港特別行政區政府"><span>新聞公報</span></div>
<div id="contentBody">
<span id="PR_title" class="title">{t}</span>
<div id="pressrelease" class="fontSize1">
{"<br><br>".join("　　" + esc(x) for x in p)}<br><br>
<p>完</p><br>
<p class="date">2023年3月8日（星期三）<br>香港時間16時30分</p>
</div>
</div>
<div id="footer"><a>重要告示</a> | <a>私隱政策</a> | <a>無障礙聲明</a><br>2023 &copy; 政府新聞處 | 最近修訂日期: 2023年3月8日</div>
</body></html>"""
add("hk-utf8-press.html", "https://www.info-demo.gov.hk/gia/general/202303/08/P2023030800471.htm",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-03-08", None))

# 24. HK-style Traditional, Big5 bytes, source line "來源：民政事務總署"
p = ["民政事務總署今日宣布，「社區參與計劃」本年度撥款申請將於四月三日開始接受，非牟利團體可為在地區舉辦的文化、康樂及義工活動申請資助。",
     "每項活動的資助上限為十五萬元，申請團體須在活動開始前最少八星期遞交申請表格及詳細財政預算。",
     "有興趣的團體可到各區民政事務處索取申請表格，或於署方網頁下載。"]
t = "社區參與計劃撥款接受申請"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{t}</title></head><body>
<table width="100%"><tr><td class="banner">民政事務總署</td></tr></table>
<table width="760"><tr><td width="160" class="leftmenu"><a>關於我們</a><br><a>新聞稿</a><br><a>地區資訊</a><br><a>社區建設</a></td>
<td class="main"><h2>{t}</h2>
<p class="pdate">發布日期：2023年3月20日</p>
{ps(p)}
<p class="src">來源：民政事務總署</p>
</td></tr></table>
<div class="ftr">2023 &copy; 版權所有 | 重要告示 | 私隱政策 | 最近修訂日期：2023年3月20日</div>
</body></html>"""
add("hk-big5-hadnews.html", "https://www.had-demo.gov.hk/tc/public_services/news/20230320a.htm",
    "text/html; charset=big5", "big5", "zh", doc, G(p, t, "2023-03-20", "民政事務總署"))

# 25. real <ruby> annotations, UTF-8 — place names with pinyin
rb = lambda c, py: f"<ruby>{c}<rp>(</rp><rt>{py}</rt><rp>)</rp></ruby>"
ph = [f"今年暑期，{rb('鄱', 'pó')}阳湖畔的{rb('婺', 'wù')}源县迎来研学旅游高峰，7月以来已接待中小学生研学团队320余批次。",
      f"在{rb('篁', 'huáng')}岭古村，学生们跟随非遗传承人学习“晒秋”技艺，了解徽派民居的建筑特点。",
      f"县研学旅行服务中心负责人介绍，全县已开发自然生态、红色教育、农耕体验等主题研学线路14条，认定研学基地（营地）21个。"]
p = ["今年暑期，鄱阳湖畔的婺源县迎来研学旅游高峰，7月以来已接待中小学生研学团队320余批次。",
     "在篁岭古村，学生们跟随非遗传承人学习“晒秋”技艺，了解徽派民居的建筑特点。",
     "县研学旅行服务中心负责人介绍，全县已开发自然生态、红色教育、农耕体验等主题研学线路14条，认定研学基地（营地）21个。"]
t = "暑期研学游持续升温"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}_婺北县文化广电新闻出版旅游局</title></head><body>
<div class="site-h">婺北县文化广电新闻出版旅游局</div>
<div class="c-main"><div class="c-h">{t}</div>
<div class="c-i">发布日期：2023-08-14　信息来源：县文广新旅局</div>
<div class="c-b">{"".join(f"<p>{x}</p>" for x in ph)}</div></div>
{footer_cn("婺北县文化广电新闻出版旅游局", "赣ICP备14002281号", "3611300012", "赣公网安备 36113002000031号", "婺北县文化广电新闻出版旅游局")}
</body></html>"""
add("ruby-real-tags.html", "http://wgxlj.wubei-demo.gov.cn/art/2023/8/14/art_3391_772101.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-08-14", "县文广新旅局"))

# 26. already-flattened pinyin 運(yùn)城 style, GBK bytes (pinyin letters exist in GBK), simplified
ph = ["近日，运(yùn)城市解(xiè)州镇关帝庙景区完成古建筑彩绘保护修缮工程，修复面积约1800平方米。",
      "工程由省古建筑保护研究所承担，采用传统矿物颜料和工艺，对崇宁殿、春秋楼等建筑的梁枋彩画进行了加固和补绘。",
      "据介绍，解(xiè)州关帝庙始建于隋代，现存建筑多为清代重建，是全国现存规模最大的关帝庙宇建筑群之一。"]
p = ["近日，运城市解州镇关帝庙景区完成古建筑彩绘保护修缮工程，修复面积约1800平方米。",
     ph[1],
     "据介绍，解州关帝庙始建于隋代，现存建筑多为清代重建，是全国现存规模最大的关帝庙宇建筑群之一。"]
t = "解州关帝庙古建筑彩绘保护修缮工程完工"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{t}</title></head><body>
<div class="top">盐湖区人民政府</div>
<div class="arc"><div class="arc-t">{t}</div>
<div class="arc-m">2022-09-21 来源：区文物局</div>
<div class="arc-b">{ps(ph)}</div>
<div class="arc-p"><a>上一篇：区文物局开展文物安全大检查</a><a>下一篇：盐湖区博物馆推出中秋主题展览</a></div></div>
{footer_cn("运城市盐湖区人民政府", "晋ICP备09002761号", "1408020001", "晋公网安备 14080202000127号", "盐湖区人民政府办公室")}
</body></html>"""
add("ruby-flattened-gbk.html", "http://www.yanhu-demo.gov.cn/xwzx/bmdt/202209/t20220921_613380.html",
    "text/html; charset=gbk", "gbk", "zh", doc, G(p, t, "2022-09-21", "区文物局"))

# 27. Traditional flattened pinyin, UTF-8 (運(yùn)城)
ph = ["山西運(yùn)城鹽湖近日再度呈現紅、綠、紫多色湖面景觀，吸引大批遊客前往觀賞拍照。",
      "專家解釋，鹽湖呈現多種顏色，與湖水中杜氏鹽藻等微生物在不同鹽度和溫度下分泌的色素有關。",
      "景區提醒遊客沿指定步道參觀，切勿進入鹽池灘塗區域，以免發生陷入危險。"]
p = ["山西運城鹽湖近日再度呈現紅、綠、紫多色湖面景觀，吸引大批遊客前往觀賞拍照。", ph[1], ph[2]]
t = "運城鹽湖再現七彩景觀"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="brand">河東文旅資訊</div>
<article><h1>{t}</h1><time datetime="2023-07-19">2023年7月19日</time>
{ps(ph)}
</article>
<aside class="hot"><h4>熱門文章</h4><ol><li>河東博物館新展開幕（2023年7月10日）</li><li>鹽湖區夜間文旅消費季啟動（2023年6月30日）</li></ol></aside>
<footer>版權所有 河東文旅資訊　技術支持：河東網絡</footer>
</body></html>"""
add("ruby-flattened-trad.html", "http://www.hedong-wl-demo.com/news/2023/0719/301.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-07-19", None))

# 28. statistical bulletin with (GDP), (km), (1) — parentheses must stay; 12 paragraphs, UTF-8
p = ["2022年，全县实现地区生产总值(GDP)386.7亿元，按不变价格计算，比上年增长4.6%。",
     "其中，第一产业增加值41.2亿元，增长4.1%；第二产业增加值162.5亿元，增长5.3%；第三产业增加值183.0亿元，增长4.2%。",
     "三次产业结构由上年的10.9∶41.6∶47.5调整为10.7∶42.0∶47.3。",
     "全年粮食总产量28.6万吨，比上年增长1.2%，其中稻谷产量19.3万吨。",
     "全县规模以上工业企业达到217家，全年规模以上工业增加值增长6.8%。",
     "年末全县公路通车里程达到3126公里(km)，其中高速公路118公里(km)，实现乡镇通三级以上公路全覆盖。",
     "全年完成固定资产投资增长8.9%，其中工业投资增长14.6%，民间投资增长5.2%。",
     "全年社会消费品零售总额达到152.4亿元，增长3.7%。",
     "城乡居民收入持续增长：(1)城镇常住居民人均可支配收入43618元，增长5.0%；(2)农村常住居民人均可支配收入22307元，增长6.4%。",
     "年末全县常住人口61.8万人，城镇化率为54.3%，比上年末提高0.9个百分点。",
     "全年新增城镇就业8126人，城镇登记失业率控制在3.2%以内。",
     "注：本公报中部分数据因四舍五入的原因，存在总计与分项合计不等的情况。"]
t = "2022年国民经济和社会发展统计公报"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2023-03-31 10:00"><meta name="ContentSource" content="县统计局">
<title>{t}_统计公报_桐源县人民政府</title></head><body>
<div class="tyhead">桐源县人民政府</div>
<div class="tymain"><div class="tytit">{t}</div><div class="tydate">发布时间：2023-03-31　来源：县统计局</div>
<div class="tytxt" id="Zoom">{ps(p)}</div>
<div class="tyrel"><b>往年公报：</b><a>2021年国民经济和社会发展统计公报（2022-03-30）</a><a>2020年国民经济和社会发展统计公报（2021-03-31）</a></div></div>
{footer_cn("桐源县人民政府", "皖ICP备05021877号", "3411270001", "皖公网安备 34112702000019号", "桐源县人民政府办公室")}
</body></html>"""
add("stats-parens.html", "http://www.tongyuan-demo.gov.cn/zwgk/tjgb/202303/t20230331_1871223.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-03-31", "县统计局"))

# 29. English page of a Chinese local government, UTF-8
p = ["Linhai's first cross-border e-commerce industrial park officially opened on March 16, with 23 companies signing agreements to move in.",
     "The park covers an area of 46,000 square meters (sq m) and provides one-stop services including customs declaration, warehousing, logistics and overseas marketing.",
     "According to the city's commerce bureau, cross-border e-commerce exports from Linhai reached 2.1 billion yuan (about $304 million) in 2022, up 37 percent year-on-year.",
     "The park aims to attract more than 100 companies and generate annual transactions of 5 billion yuan by 2025."]
t = "Linhai opens first cross-border e-commerce park"
doc = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="en-top"><a href="/">Home</a> <a href="/news/">News</a> <a href="/business/">Business</a> <a href="/travel/">Travel</a> <a href="http://www.linhai-demo.gov.cn">中文</a></div>
<div class="en-main">
<h1 class="en-title">{t}</h1>
<div class="en-info">Updated: 2023-03-17 &nbsp; Source: Linhai Commerce Bureau</div>
<div class="en-con">{ps(p)}</div>
<div class="en-related"><h3>Related News</h3><ul><li><a>Linhai holds investment promotion conference in Shanghai</a> 2023-03-09</li><li><a>Local firms showcase products at Canton Fair</a> 2022-10-24</li></ul></div>
</div>
<div class="en-foot">Copyright &copy; The People's Government of Linhai. All Rights Reserved. Presented by China Daily.<br>浙ICP备12019832号</div>
</body></html>"""
add("en-linhai.html", "http://en.linhai-demo.gov.cn/2023-03/17/c_882172.htm",
    "text/html; charset=utf-8", "utf-8", "en", doc, G(p, t, "2023-03-17", "Linhai Commerce Bureau"))

# 30. English page, date written "March 5, 2023"? -> use "Date: 2022-12-09", share bar, GBK-declared? keep utf-8 but no header charset
p = ["The Wuyi Mountain National Park Administration announced on Thursday that the number of wild Chinese black muntjacs recorded by infrared cameras has risen to 86.",
     "The species, listed as a first-class protected animal in China, was rarely seen in the area a decade ago.",
     "Staff said strict protection measures, including the removal of illegal farmland and a ban on hunting, had improved the habitat.",
     "The park currently runs 512 infrared cameras covering about 1,001 square kilometers (km2).",
     "More monitoring results will be released next spring."]
t = "More rare muntjacs spotted in Wuyi Mountain park"
doc = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{t} - Nanping, Fujian</title></head><body>
<header class="hdr">NANPING · Fujian Province, China</header>
<div class="crumbs">Home &gt; Latest News</div>
<div class="detail">
 <h2>{t}</h2>
 <p class="meta">By Zhang Lin | Date: 2022-12-09 | From: Nanping Daily</p>
 <div class="share-bar">Share: <a>Facebook</a> <a>Twitter</a> <a>LinkedIn</a> <a>WeChat</a> | <a onclick="window.print()">Print</a> | <a>Close</a></div>
 <div class="txt">{ps(p)}</div>
 <div class="pager"><a>Previous: Nanping tea exports hit record high</a> <a>Next: Winter tourism season kicks off in Jianyang</a></div>
</div>
<footer>Copyright &copy; 2022 Nanping Municipal Government. All rights reserved. Best viewed with Chrome.</footer>
</body></html>"""
add("en-nanping-share.html", "http://english.np-demo.gov.cn/news/2022-12/09/content_4471.htm",
    None, "utf-8", "en", doc, G(p, t, "2022-12-09", "Nanping Daily"))

# 31. <title> "headline_department_site name", h1 = column name, UTF-8
p = ["6月以来，区卫生健康委组织开展夏季食品安全和传染病防控联合督导，重点检查学校食堂、建筑工地食堂和养老机构。",
     "督导组共检查单位87家，发现问题隐患142处，已督促整改139处，其余3处正在限期整改中。",
     "区卫生健康委提醒广大市民，夏季高温天气要注意饮食卫生，出现腹泻、发热等症状应及时到正规医疗机构就诊。"]
t = "区卫健委开展夏季食品安全和传染病防控联合督导"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}_区卫生健康委_青山区人民政府</title></head><body>
<div class="qs-top"><h1 class="qs-site">部门动态</h1></div>
<div class="qs-c">
<div class="qs-art">
<h2 class="qs-h">{t}</h2>
<p class="qs-sub"><span>2023-07-12</span><span>青山区卫生健康委</span></p>
<div class="qs-txt">{ps(p)}</div></div>
<div class="qs-more">{sidebar([("区卫健委召开基层医疗卫生机构绩效考核反馈会", "2023-07-10"), ("区疾控中心开展登革热防控知识培训", "2023-07-06")], "部门动态", "bmdt")}</div>
</div>
{footer_cn("青山区人民政府", "鄂ICP备05003001号", "4201070001", "鄂公网安备 42010702000188号", "青山区人民政府办公室")}
</body></html>"""
add("title-underscore-dept.html", "http://www.qingshan-demo.gov.cn/bmdt/202307/t20230712_2266103.shtml",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-07-12", "青山区卫生健康委"))

# 32. headline only in <title>; <h1> is the site name; GBK
p = ["9月12日，镇党委召开专题会议，研究部署秋冬季村庄清洁行动，要求各村对房前屋后、河塘沟渠等区域开展集中清理。",
     "镇里将组织督查组每月对各村进行一次检查评比，评比结果在全镇通报，并与村级年度考核挂钩。",
     "会议还对秸秆禁烧、农村生活垃圾分类等工作作了安排。"]
t = "马坊镇部署秋冬季村庄清洁行动"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{t}</title></head><body>
<h1 class="logo">马坊镇人民政府</h1>
<div class="menu"><a>首页</a><a>镇情概况</a><a>政务动态</a><a>便民服务</a></div>
<div class="box">
 <div class="when">发布日期：2022-09-13　来源：马坊镇党政办</div>
 <div class="words">{ps(p)}</div>
</div>
{footer_cn("马坊镇人民政府", "鲁ICP备08003398号", "", "鲁公网安备 37148202000055号", "马坊镇人民政府")}
</body></html>"""
add("title-only-in-title.html", "http://www.mafang-demo.gov.cn/zwdt/2022/0913/6621.html",
    "text/html; charset=gbk", "gbk", "zh", doc, G(p, t, "2022-09-13", "马坊镇党政办"))

# 33. comment box with long user comments (trap), UTF-8
p = ["为方便群众办理车驾管业务，市公安局交警支队从8月1日起在城区6个派出所增设交管业务便民服务点。",
     "服务点可办理机动车驾驶证补换领、机动车检验标志核发、交通违法处理等23项业务，实行周末不打烊。",
     "群众也可通过“交管12123”手机APP在线办理相关业务，足不出户即可完成申请。"]
t = "城区新增6个交管业务便民服务点"
cm = [("市民王先生", "2023-08-02 09:14", "这个太方便了，以前换驾驶证要跑到城郊的车管所，排队一上午，现在家门口就能办，点赞！希望以后能把更多业务下放到派出所。"),
      ("热心网友", "2023-08-02 11:37", "建议公布一下每个服务点的具体地址和办公时间，另外周末是全天办公还是只有上午？老年人不会用手机APP，线下服务点一定要保留。"),
      ("城东居民", "2023-08-03 20:05", "昨天去东门派出所的服务点补领了驾驶证，工作人员态度很好，二十分钟就办完了，比以前快多了。")]
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="hd">宁川市公安局</div>
<div class="art-main"><h1>{t}</h1>
<div class="art-sub">发布时间：2023-08-01　来源：市公安局交警支队</div>
<div class="art-text">{ps(p)}</div></div>
<div class="comment-box"><h3>网友评论（{len(cm)}）</h3>
{"".join(f'<div class="cmt"><div class="cmt-u">{u}<span>{d}</span></div><div class="cmt-c"><p>{c}</p></div></div>' for u, d, c in cm)}
<form><textarea placeholder="请文明发言，理性表达"></textarea><button>发表评论</button></form></div>
{footer_cn("宁川市公安局", "宁ICP备10000813号", "", "宁公网安备 64010402000199号", "宁川市公安局")}
</body></html>"""
add("comment-box.html", "http://gaj.ningchuan-demo.gov.cn/jwzx/jjdt/202308/t20230801_993177.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-08-01", "市公安局交警支队"))

# 34. mislabel: HTTP header charset=utf-8 over GBK bytes; meta says gbk
p = ["近日，县人社局在高铁站广场举办“春风行动”专场招聘会，共组织112家企业进场招聘，提供就业岗位3600余个。",
     "招聘会现场设置了政策咨询、技能培训报名、劳务输出登记等服务台，为求职者提供一站式服务。",
     "据统计，当天进场求职人员达2800余人次，初步达成就业意向的有946人。"]
t = "县人社局举办春风行动专场招聘会"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{t}_工作动态_石门县人力资源和社会保障局</title></head><body>
<div class="rs-top">石门县人力资源和社会保障局</div>
<div class="rs-main"><div class="rs-tit">{t}</div><div class="rs-info">发布时间：2023-02-08　信息来源：县人社局就业股</div>
<div class="rs-con"><!--<$[信息内容]>begin--><div class="TRS_Editor">{ps(p)}</div><!--<$[信息内容]>end--></div></div>
{footer_cn("石门县人力资源和社会保障局", "湘ICP备09001822号", "", "湘公网安备 43072602000091号", "石门县人力资源和社会保障局")}
</body></html>"""
add("enc-header-utf8-over-gbk.html", "http://rsj.shimen-demo.gov.cn/gzdt/202302/t20230208_554012.html",
    "text/html; charset=utf-8", "gbk", "zh", doc, G(p, t, "2023-02-08", "县人社局就业股"))

# 35. mislabel: no charset anywhere (no header at all), GBK bytes, modern layout
p = ["为进一步提升城市精细化管理水平，区城管执法局自即日起在全区开展为期三个月的占道经营集中整治行动。",
     "整治重点为主次干道、学校医院周边、农贸市场周边的出店经营、流动摊贩和乱堆乱放等问题。",
     "行动采取“教育劝导在先、依法查处在后”的方式，对拒不整改的依法予以处罚。",
     "同时，区里将在8个社区规划设置临时便民疏导点，为流动摊贩提供规范经营场所。"]
t = "区城管执法局开展占道经营集中整治"
doc = f"""<!DOCTYPE html><html><head><title>{t}</title></head><body>
<div class="cg-head"><div class="cg-logo">东湖区城市管理综合执法局</div></div>
<div class="cg-wrap"><article class="cg-art"><h3>{t}</h3>
<p class="cg-when">2023-04-03 来源：区城管执法局</p>
<section class="cg-body">{ps(p)}</section></article></div>
{footer_cn("东湖区城市管理综合执法局", "赣ICP备11007710号", "", "赣公网安备 36010202000207号", "东湖区城市管理综合执法局")}
</body></html>"""
add("enc-nocharset-noheader-gbk.html", "http://cgj.donghu-demo.gov.cn/xwdt/202304/t20230403_771209.html",
    None, "gbk", "zh", doc, G(p, t, "2023-04-03", "区城管执法局"))

# 36. mislabel: meta gb2312 over UTF-8 bytes, header without charset
p = ["10月20日，市科协在市青少年宫举办第十五届青少年科技创新大赛颁奖仪式，共评出一等奖36项、二等奖71项、三等奖105项。",
     "本届大赛共收到全市中小学生科技创新作品、科学幻想绘画和科技实践活动等参赛项目1460余件，参赛学生人数创历届新高。",
     "获得一等奖的作品将推荐参加全省青少年科技创新大赛。"]
t = "第十五届青少年科技创新大赛颁奖"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{t}_海阳市科学技术协会</title></head><body>
<div class="kx-head">海阳市科学技术协会</div>
<div class="kx-body"><div class="kx-title">{t}</div>
<div class="kx-date">日期：2022年10月21日　来源：市科协</div>
<div class="kx-text">{ps(p)}</div></div>
{footer_cn("海阳市科学技术协会", "鲁ICP备13021190号", "", "鲁公网安备 37068702000061号", "海阳市科学技术协会")}
</body></html>"""
add("enc-meta-gb2312-over-utf8.html", "http://kx.haiyang-demo.gov.cn/kxdt/2022/1021/358.html",
    "text/html", "utf-8", "zh", doc, G(p, t, "2022-10-21", "市科协"))

# 37. gb18030 bytes with a CJK Ext-A place-name character (㮾) labelled gbk
p = ["11月18日，㮾梨街道在㮾梨古镇老街举办社区邻里文化节，辖区12个社区的居民带来了花鼓戏、长沙弹词等节目。",
     "文化节还设置了非遗手工、旧物交换和义诊咨询等摊位，吸引周边居民2000余人参加。",
     "街道负责人表示，将以文化节为契机，持续推进“一社区一品牌”建设，丰富居民精神文化生活。",
     "据悉，㮾梨古镇老街保留有明清时期建筑40余栋，是长沙近郊保存较完整的历史街区之一。"]
t = "㮾梨街道举办社区邻里文化节"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{t}</title></head><body>
<div class="hd">长沙县人民政府</div>
<div id="content"><div class="title">{t}</div><div class="time">发布时间：2022-11-21　信息来源：㮾梨街道</div>
<div class="TRS_Editor">{ps(p)}</div></div>
{footer_cn("长沙县人民政府", "湘ICP备05001066号", "4301210001", "湘公网安备 43012102000119号", "长沙县人民政府办公室")}
</body></html>"""
add("gb18030-extA.html", "http://www.csx-demo.gov.cn/xwzx/jzdt/202211/t20221121_10855301.html",
    "text/html; charset=gbk", "gb18030", "zh", doc, G(p, t, "2022-11-21", "㮾梨街道"))

# 38. information disclosure in nested table layout, date "2023年07月21日", UTF-8, attachments xlsx + zip
p = ["根据《关于做好2023年度农机购置与应用补贴工作的通知》要求，现将我县2023年第二批农机购置补贴资金兑付情况予以公示。",
     "本批次共兑付补贴资金217.36万元，涉及购机户186户、机具243台（套），具体名单详见附件。",
     "公示期为2023年7月21日至7月27日。公示期内如有异议，请向县农业农村局农机股反映，监督电话：0724-6221093。"]
t = "2023年第二批农机购置补贴资金兑付情况公示"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<table class="frame" width="1100" align="center"><tr><td>
<table class="gk-head" width="100%"><tr><td>信息公开目录 &gt; 财政资金 &gt; 惠农补贴</td></tr></table>
<table class="gk-info" width="100%" border="1">
<tr><th>索引号</th><td>011354678/2023-07815</td><th>信息分类</th><td>财政资金</td></tr>
<tr><th>发布机构</th><td>京山县农业农村局</td><th>生成日期</th><td>2023年07月21日</td></tr>
<tr><th>文号</th><td></td><th>关键词</th><td>农机补贴</td></tr>
</table>
<table width="100%"><tr><td class="gk-tit" align="center"><b>{t}</b></td></tr>
<tr><td class="gk-txt"><div class="gk-txt-in">{ps(p)}</div></td></tr>
<tr><td class="gk-fj">附件：<a href="/upload/2023/07/nj2023-2.xlsx">第二批农机购置补贴兑付名单.xlsx</a>　<a href="/upload/2023/07/nj2023-2.zip">购机发票及机具照片.zip</a></td></tr>
</table></td></tr></table>
{footer_cn("京山县人民政府", "鄂ICP备05016673号", "4208210001", "鄂公网安备 42088102000077号", "京山县人民政府办公室")}
</body></html>"""
add("xxgk-utf8-nested-xlsx-zip.html", "http://www.jingshan-demo.gov.cn/xxgk/czzj/hnbt/202307/t20230721_4471183.shtml",
    "text/html; charset=utf-8", "utf-8", "zh", doc,
    G(p, t, "2023-07-21", "京山县农业农村局", ["第二批农机购置补贴兑付名单.xlsx", "购机发票及机具照片.zip"]))

# 39. JCMS with 字号 bar, GBK, 11 paragraphs, prev/next, date in a <span> after the text ("发布时间" at bottom)
p = ["今年以来，区税务局紧扣“便民办税春风行动”主题，推出5大类18项便民措施，持续优化辖区营商环境。",
     "一是拓展非接触式办税。全区纳税人网上申报率达到99.6%，电子发票开具量同比增长42%。",
     "二是压减办税时间。将新办企业首次领用发票时间压缩至1个工作日以内，出口退税平均办理时间压缩至3个工作日。",
     "三是开展精准辅导。针对小微企业和个体工商户，组织“税务讲堂”线上直播培训12场，累计观看1.9万人次。",
     "四是畅通诉求渠道。在办税服务厅设立“办不成事”反映窗口，今年以来受理并解决疑难问题47件。",
     "五是强化部门协作。与不动产登记中心实现数据共享，二手房交易“一窗办理”平均用时缩短至40分钟。",
     "此外，区税务局还组建了由36名业务骨干组成的“税务管家”团队，为重点企业提供“一对一”专属服务。",
     "在近期开展的纳税人满意度调查中，区税务局综合得分位列全市第二。",
     "区税务局负责人表示，下一步将持续深化税收征管改革，推动办税缴费便利化再上新台阶。",
     "同时，将加强对新出台税费优惠政策的宣传解读，确保政策红利直达市场主体。",
     "区税务局将于每月第一个周三举办“局长接待日”活动，现场听取纳税人缴费人意见建议。"]
t = "区税务局推出18项便民办税措施"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{t}</title></head><body>
<div id="container">
<div class="lm-nav">您现在的位置：首页 &gt; 税务动态</div>
<div class="wz"><div class="wz-bt">{t}</div>
<div class="wz-zh">字号：<a>大</a> <a>中</a> <a>小</a>　<a>打印</a>　<a>关闭</a></div>
<div id="zoom"><ucapcontent>
{ps(p, attrs=' align="justify"')}
</ucapcontent></div>
<div class="wz-ly"><span>发布时间：2022-05-26</span>　<span>来源：区税务局办公室</span>　<span>责任编辑：冯晓</span></div>
<div class="wz-sxp"><p>上一篇：<a>区税务局开展税收宣传月启动仪式</a>（2022-04-01）</p><p>下一篇：<a>区税务局召开纳税人座谈会</a>（2022-06-08）</p></div>
</div></div>
{footer_cn("国家税务总局南湖区税务局", "京ICP备13028198号", "", "京公网安备 11010202007711号", "国家税务总局南湖区税务局")}
</body></html>"""
add("jcms-gbk-long-dateafter.html", "http://nanhu.tax-demo.gov.cn/art/2022/5/26/art_4412_1209.html",
    "text/html; charset=gb2312", "gbk", "zh", doc, G(p, t, "2022-05-26", "区税务局办公室"))

# 40. TRS page with in-text image+caption and 1-para body, and a "扫一扫在手机打开当前页" + QR box
p = ["3月21日，全市首台氢燃料电池公交车在5路公交线路投入试运行，该车续航里程可达400公里，加氢时间仅需10分钟。"]
t = "我市首台氢燃料电池公交车试运行"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}-滨海新闻网</title></head><body>
<div class="top-nav">滨海新闻网 | 滨海日报社主办</div>
<div class="bd-main">
<div class="tit-box"><h1>{t}</h1><div class="pub"><span>2023-03-22 07:58:16</span><span>来源：滨海日报</span><span>编辑：唐颖</span></div></div>
<div class="con-box"><!--<$[信息内容]>begin--><div class="TRS_Editor"><div class="Custom_UnionStyle">
<p align="center"><img src="./W020230322345178811023.jpg" oldsrc="W020230322345178811023.jpg"></p>
<p>{esc(p[0])}</p>
</div></div><!--<$[信息内容]>end--></div>
<div class="qr">扫一扫在手机打开当前页<img src="/qr.png"></div>
</div>
<div class="ft">滨海日报社 版权所有 未经授权禁止复制或建立镜像　互联网新闻信息服务许可证：32120180022　苏ICP备10219931号</div>
</body></html>"""
add("trs-image-one-para.html", "http://www.binhai-news-demo.cn/bhxw/202303/t20230322_7120038.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-03-22", "滨海日报"))

# 41. 集约化 meta with PubDate but visible date in different format and another date in body text (trap)
p = ["记者从市交通运输局获悉，连接城东新区与高铁站的快速路二期工程已于2023年9月30日建成通车，比原计划提前两个月。",
     "二期工程全长7.8公里，设计时速80公里，采用双向六车道标准建设，沿线设置互通立交3座。",
     "通车后，从市中心驾车前往高铁站的时间由原来的40分钟缩短至15分钟左右。",
     "市交通运输局表示，快速路三期工程计划于2024年上半年开工建设。"]
t = "城东快速路二期建成通车"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2023-10-08 15:20"><meta name="ContentSource" content="市交通运输局">
<meta name="ColumnName" content="交通资讯">
<title>{t}_交通资讯_安澜市交通运输局</title></head><body>
<div class="hd-bar">安澜市交通运输局</div>
<div class="main-c"><div class="tt">{t}</div>
<div class="dd"><span>发布日期：2023年10月08日</span><span>来源：市交通运输局</span></div>
<div class="cc">{ps(p)}</div>
<div class="tj">{sidebar([("国庆假期全市道路运输安全平稳有序", "2023-10-07"), ("关于中秋国庆期间高速公路免费通行的提示", "2023-09-26"), ("全市农村公路“路长制”推进会召开", "2023-09-19")], "推荐阅读", "tjyd")}</div></div>
{footer_cn("安澜市交通运输局", "川ICP备10022187号", "5110000052", "川公网安备 51100202000310号", "安澜市交通运输局")}
</body></html>"""
add("jiyue-date-in-body.html", "http://jtj.anlan-demo.gov.cn/jtzx/202310/t20231008_9922417.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-10-08", "市交通运输局"))

# 42. ASP site GBK with <p><font> inside nested tables, source in title-line "来源:" without full-width colon; headline in <b>
p = ["为保障元旦、春节期间群众用气安全，县住建局会同县消防救援大队，对城区燃气经营企业和餐饮场所开展联合检查。",
     "检查组重点检查了燃气管道、阀门、报警装置的运行情况，以及液化气钢瓶的充装、储存和使用情况。",
     "共检查燃气企业3家、餐饮场所56家，发现隐患21处，均已责令限期整改。",
     "检查组要求，各经营单位要严格落实安全生产主体责任，加强从业人员安全培训，坚决防范各类燃气事故发生。"]
t = "县住建局开展节前燃气安全联合检查"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>乐安县住房和城乡建设局</title></head><body>
<table width="990" align="center" border="0"><tr><td><img src="/images/zjj_top.jpg"></td></tr></table>
<table width="990" align="center" border="0"><tr>
<td width="240" valign="top"><table><tr><td><b>通知公告</b></td></tr><tr><td><a>关于开展建筑施工安全专项检查的通知</a> 12-20</td></tr><tr><td><a>关于2022年度建筑业企业资质动态核查结果的公示</a> 12-15</td></tr></table></td>
<td valign="top"><table width="100%" border="0">
<tr><td align="center"><b><font size="4">{t}</font></b></td></tr>
<tr><td align="center"><font color="#999999">来源:县住建局　时间:2022-12-28　浏览:<font color="red">96</font>次</font></td></tr>
<tr><td><table width="100%"><tr><td>{"".join(f'<p><font face="宋体" size="3">　　{esc(x)}</font></p>' for x in p)}</td></tr></table></td></tr>
</table></td></tr></table>
<table width="990" align="center"><tr><td align="center">版权所有：乐安县住房和城乡建设局　赣ICP备11003519号<br>地址：乐安县鳌溪镇青云大道66号　电话：0794-6552201</td></tr></table>
</body></html>"""
add("asp-gbk-font-p.html", "http://zjj.lean-demo.gov.cn/ShowNews.asp?id=3308",
    "text/html; charset=gb2312", "gbk", "zh", doc, G(p, t, "2022-12-28", "县住建局"))

# 43. Taiwan Big5 township office with ROC date "112/06/15" and English-number paragraphs, news list sidebar with ROC dates
p = ["本所配合端午連續假期，於6月21日至25日加強轄區垃圾清運，每日增派清潔隊員及車輛各4組。",
     "資源回收車於6月22日端午節當日暫停收運一天，23日起恢復正常，請鄉親配合時間排出垃圾。",
     "如有大型廢棄家具需清運，請於上班時間電洽本所清潔隊預約。"]
t = "端午節連假垃圾清運時間公告"
rel = [("本鄉112年度第2次資源回收兌換活動", "112/06/08"), ("夏季登革熱防治環境清潔日", "112/05/30"), ("本所辦理社區環境綠美化評比", "112/05/12")]
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{t}</title></head><body>
<div class="top">宜蘭縣三星鄉公所</div>
<table class="layout"><tr>
<td class="sidebar"><div class="box"><h4>最新消息</h4>{"".join(f"<p>{d} <a>{h}</a></p>" for h, d in rel)}</div></td>
<td class="content"><div class="cp"><h3>{t}</h3><div class="info">公告日期：112/06/15　發布單位：清潔隊</div>
<div class="article">{ps(p)}</div></div></td>
</tr></table>
<div class="footer">宜蘭縣三星鄉公所 版權所有　地址：26641宜蘭縣三星鄉三星路四段31號　電話：03-9892111　建議瀏覽器Chrome</div>
</body></html>"""
add("tw-big5-slash-roc-sidebar.html", "https://www.sanshing-demo.gov.tw/news/detail.aspx?id=7731",
    "text/html; charset=big5", "big5", "zh", doc, G(p, t, "2023-06-15", "清潔隊"))

# 44. procurement notice with big in-body table and no <p> wrapping (text nodes + tables), GBK, 集约化 metas
rows = [["标段", "项目名称", "预算金额（万元）", "最高限价（万元）"],
        ["一标段", "城北片区雨污分流改造工程", "1860.00", "1812.50"],
        ["二标段", "城南片区雨污分流改造工程", "1427.30", "1390.00"],
        ["三标段", "老城区排水管网检测与修复工程", "638.80", "620.00"]]
p1 = ["受安溪县城市建设投资有限公司委托，对安溪县城区雨污分流改造工程进行公开招标，欢迎合格的投标人参加投标。",
      "一、招标内容"]
p3 = ["二、投标人资格要求：具有市政公用工程施工总承包二级及以上资质，近三年内无重大安全质量事故。",
      "三、招标文件获取时间：2023年6月12日至2023年6月19日，登录县公共资源交易平台免费下载。",
      "四、投标截止时间：2023年7月4日9时30分，逾期送达的投标文件不予受理。"]
t = "安溪县城区雨污分流改造工程招标公告"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2023-06-12"><meta name="ContentSource" content="县公共资源交易中心">
<title>{t}</title></head><body>
<div class="jy-head">安溪县公共资源交易网</div>
<div class="jy-con"><h2>{t}</h2><div class="jy-meta">【信息时间：2023-06-12】【来源：县公共资源交易中心】【阅读次数：<span>402</span>】</div>
<div class="jy-article">{p1[0]}<br/>{p1[1]}<br/>
{tbl(rows, "zbnr")}
{"<br/>".join(p3)}<br/></div></div>
<div class="jy-rel"><h4>相关信息</h4><a>安溪县城区雨污分流改造工程答疑澄清（2023-06-25）</a><br><a>安溪县城区雨污分流改造工程开标记录（2023-07-04）</a></div>
{footer_cn("安溪县公共资源交易中心", "闽ICP备12011082号", "", "闽公网安备 35052402000073号", "安溪县公共资源交易中心")}
</body></html>"""
gp = p1 + ["\t".join(r) for r in rows] + p3
add("cg-gbk-textnodes-table.html", "http://ggzy.anxi-demo.gov.cn/jyxx/gcjs/zbgg/202306/t20230612_1182.html",
    "text/html; charset=gbk", "gbk", "zh", doc, G(gp, t, "2023-06-12", "县公共资源交易中心"))

# 45. 政策解读 with "一图读懂" image link and a related document box BEFORE the body; title uses "解读" prefix; GBK
p = ["近日，市人民政府办公室印发《关于支持个体工商户发展的若干措施》，现就有关内容解读如下。",
     "在减轻经营负担方面，对月销售额10万元以下的个体工商户免征增值税，对年应纳税所得额不超过200万元的部分减半征收个人所得税。",
     "在融资支持方面，个体工商户可申请最高30万元的创业担保贷款，财政按规定给予贴息。",
     "在用工方面，个体工商户吸纳登记失业半年以上人员就业并缴纳社会保险的，可享受每人每年最高1000元的一次性吸纳就业补贴。"]
t = "解读：《关于支持个体工商户发展的若干措施》"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{t}_政策解读_云溪市人民政府</title></head><body>
<div class="yx-top">云溪市人民政府</div>
<div class="yx-w"><div class="yx-zw">
<h2>{t}</h2><div class="yx-sj">发布日期：2023-09-15　　解读机构：市市场监督管理局</div>
<div class="yx-box"><p class="yx-box-t">文件链接</p><p><a>云溪市人民政府办公室关于支持个体工商户发展的若干措施</a> 云政办发〔2023〕41号 2023-09-11</p>
<p class="yx-box-t">图解</p><p><a>一图读懂个体工商户扶持政策</a></p></div>
<div class="yx-nr">{ps(p)}</div>
<div class="yx-jd">解读人：市市场监督管理局登记注册科　咨询电话：0730-8291188</div>
</div></div>
{footer_cn("云溪市人民政府", "湘ICP备05011908号", "4306000001", "湘公网安备 43060202000088号", "云溪市人民政府办公室")}
</body></html>"""
add("zcjd-gbk-box-before.html", "http://www.yunxi-demo.gov.cn/zwgk/zcjd/202309/t20230915_11208741.html",
    "text/html; charset=gbk", "gbk", "zh", doc, G(p, t, "2023-09-15", "市市场监督管理局"))


# 46. article whose own text mentions 版权所有 / ICP备案 / 友情链接 (footer words that belong to the article), UTF-8
p = ["为规范互联网信息服务秩序，市委网信办、市通信管理局近日联合开展网站ICP备案信息核查专项行动。",
     "此次核查重点是备案主体信息与实际运营主体不一致、网站页面未按规定标注备案编号等问题。",
     "核查发现，部分单位网站底部仅标注“版权所有”字样，未悬挂ICP备案编号及链接，另有11家网站的友情链接指向已失效或被注销的域名。",
     "市委网信办要求各单位于6月底前完成自查整改，逾期未整改的将依法予以注销备案。"]
t = "我市开展网站ICP备案信息核查专项行动"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}_网信动态_汉川市互联网信息办公室</title></head><body>
<div class="w-top">汉川网信</div>
<div class="w-main"><h2 class="w-t">{t}</h2><div class="w-i">发布时间：2023-05-22　来源：市委网信办</div>
<!--<$[信息内容]>begin--><div class="TRS_Editor">{ps(p)}</div><!--<$[信息内容]>end--></div>
{footer_cn("汉川市互联网信息办公室", "鄂ICP备16004412号", "", "鄂公网安备 42098402000052号", "中共汉川市委网络安全和信息化委员会办公室")}
</body></html>"""
add("body-mentions-footer-words.html", "http://www.hcwx-demo.gov.cn/wxdt/202305/t20230522_660127.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-05-22", "市委网信办"))

# 47. 135editor / WeChat-style nested <section><span> content inside TRS_Editor, UTF-8
p = ["初夏时节，走进柏树村的千亩茶园，采茶工们正忙着采摘夏茶，一派繁忙景象。",
     "近年来，柏树村依托“村集体+合作社+农户”模式发展高山生态茶产业，全村茶园面积从300亩扩大到1200亩。",
     "去年，村集体经济收入突破85万元，带动320户茶农户均增收1.2万元。",
     "村党支部书记说，下一步将建设茶叶精制加工厂，打造自有品牌，让小茶叶真正成为群众致富的“金叶子”。"]
t = "柏树村：千亩茶园采茶忙"
secs = "".join(f'<section style="margin:0 8px;"><section style="line-height:1.75em;"><span style="font-size:15px;color:#333;letter-spacing:1px;">{esc(x)}</span></section></section><section><br></section>' for x in p)
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="zx-top">秀山县人民政府</div>
<div class="zx-body"><div class="zx-h"><h3>{t}</h3><p>2023-05-29 | 信息来源：县融媒体中心 | 【<a>打印</a>】</p></div>
<div class="zx-art"><!--<$[信息内容]>begin--><div class="TRS_Editor"><section data-tools="135编辑器" data-id="94287"><section style="padding:10px;">
<section style="text-align:center;"><img src="./W020230529.png"></section>
{secs}
<section style="text-align:right;"><span style="font-size:12px;color:#999;">图文：县融媒体中心</span></section>
</section></section></div><!--<$[信息内容]>end--></div></div>
{footer_cn("秀山县人民政府", "渝ICP备05004118号", "5002410001", "渝公网安备 50024102000017号", "秀山县人民政府办公室")}
</body></html>"""
add("trs-135editor-sections.html", "http://www.xiushan-demo.gov.cn/zwxx/xzdt/202305/t20230529_12011402.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-05-29", "县融媒体中心"))

# 48. Word-pasted MsoNormal content with <o:p>, split <span>s, GBK
p = ["各社区居委会、辖区各单位：",
     "根据区疫苗接种工作安排，街道社区卫生服务中心将于2023年10月16日至10月31日开展老年人流感疫苗免费接种工作。",
     "接种对象为辖区内年满65周岁的常住居民，接种时请携带身份证和医保卡。",
     "接种时间：工作日上午8:00至11:30，下午2:00至4:30。咨询电话：0371-67781205。"]
t = "关于开展老年人流感疫苗免费接种工作的通知"
def mso(x):
    # split into spans at digits like Word does
    parts = re.split(r"(\d+)", x)
    spans = "".join(f'<span lang=EN-US style=\'font-family:"Times New Roman"\'>{q}</span>' if q.isdigit()
                    else f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{esc(q)}</span>" for q in parts if q)
    return f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>{spans}<o:p></o:p></p>"
doc = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{t}</title></head><body>
<div class="jd-top">金水区文化路街道办事处</div>
<div class="jd-m"><div class="jd-t">{t}</div><div class="jd-s">发布时间：2023年10月12日　信息来源：文化路街道办事处</div>
<div class="jd-c"><div class=WordSection1 style='layout-grid:15.6pt'>
{"".join(mso(x) for x in p)}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div></div></div>
{footer_cn("金水区文化路街道办事处", "豫ICP备10021567号", "", "豫公网安备 41010502000341号", "金水区文化路街道办事处")}
</body></html>"""
add("word-mso-spans-gbk.html", "http://whljd.jinshui-demo.gov.cn/tzgg/2023/1012/5521.html",
    "text/html; charset=gb2312", "gbk", "zh", doc, G(p, t, "2023-10-12", "文化路街道办事处"))

# 49. leadership sidebar with LONG biography paragraphs + short 2-paragraph article, UTF-8
p = ["11月7日，副区长刘振华带队检查全区冬季供暖准备工作，先后察看了城西热源厂、锦华小区换热站。",
     "刘振华要求，各供热企业要加强设备检修和燃料储备，确保11月15日按时供暖，供暖期间室温不低于18℃。"]
t = "副区长刘振华检查冬季供暖准备工作"
bio = ["刘振华，男，汉族，1976年9月生，山东莱州人，1998年7月参加工作，2001年6月加入中国共产党，研究生学历，工学硕士。",
       "曾任区城乡建设局副局长、局长，区委副秘书长、区政府办公室主任，东风街道党工委书记等职。",
       "现任区人民政府副区长，负责住房和城乡建设、城市管理、交通运输、供热燃气等方面工作，分管区住建局、区城管局、区交通运输局。"]
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="top">铁西区人民政府</div>
<div class="page"><div class="ld-side"><div class="ld-box"><h4>领导之窗</h4><img src="/ld/lzh.jpg"><div class="ld-bio">{ps(bio)}</div></div></div>
<div class="ld-art"><h2>{t}</h2><div class="ld-inf">发布日期：2022-11-08　来源：区政府办公室</div><div class="ld-txt">{ps(p)}</div></div></div>
{footer_cn("铁西区人民政府", "辽ICP备05012281号", "2101060001", "辽公网安备 21010602000271号", "铁西区人民政府办公室")}
</body></html>"""
add("leader-bio-sidebar.html", "http://www.tiexi-demo.gov.cn/ldzc/ldhd/202211/t20221108_3310092.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2022-11-08", "区政府办公室"))

# 50. Big5 old county site, 民國99年 date, <font> tables
p = ["本鄉配合行政院農業委員會推動稻田轉作計畫，99年第1期作參加轉作之農民，請於2月26日前攜帶身分證、印章及存摺影本至本所農業課辦理申報。",
     "轉作作物以硬質玉米、大豆及飼料作物為主，每公頃給付轉作獎勵4萬5千元。"]
t = "99年第1期稻田轉作申報受理"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>彰化縣埤頭鄉公所</title></head><body bgcolor="#FFFFEE">
<table width="780" align="center"><tr><td><img src="images/banner.gif"></td></tr></table>
<table width="780" align="center" border="0"><tr><td>
<table width="100%" border="1" bordercolor="#CCCC99" cellspacing="0">
<tr><td bgcolor="#EEEECC"><font color="#663300"><b>{t}</b></font></td></tr>
<tr><td><font size="2">發佈日期：民國99年1月28日　發佈單位：農業課</font></td></tr>
<tr><td><font size="3">{"<br><br>".join(esc(x) for x in p)}</font></td></tr>
</table></td></tr></table>
<table width="780" align="center"><tr><td align="center"><font size="2">彰化縣埤頭鄉公所 版權所有 地址：彰化縣埤頭鄉斗苑西路178號 電話：04-8922101</font></td></tr></table>
</body></html>"""
add("tw-big5-roc99-font.html", "http://www.pitou-demo.gov.tw/news/news_view.asp?id=412",
    "text/html", "big5", "zh", doc, G(p, t, "2010-01-28", "農業課"))

# 51. English page with written-out date and "Source:" after body
p = ["Guilin will host the 2023 International Tourism Expo from November 24 to 26, with more than 1,200 exhibitors from 60 countries and regions expected to attend.",
     "The expo will feature a tourism equipment zone, a cultural creative products zone and a new outdoor sports zone covering about 8,000 square meters.",
     "Organizers said visitors can register online for free admission starting from November 1."]
t = "Guilin to host international tourism expo in November"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Guilin to host international tourism expo in November | GUILIN, CHINA</title></head><body>
<div id="masthead">GUILIN, CHINA</div>
<div id="path"><a>Home</a> / <a>News</a> / <a>City News</a></div>
<div id="story"><h1>{t}</h1>
<p class="dateline">Updated: October 18, 2023</p>
{ps(p)}
<p class="src">Source: Guilin Daily</p>
</div>
<div id="more"><h3>Latest</h3><ul><li>Guilin's osmanthus season draws visitors (October 12, 2023)</li><li>New flight links Guilin and Kuala Lumpur (October 3, 2023)</li></ul></div>
<div id="foot">Copyright &copy; Guilin Municipal People's Government. All Rights Reserved.</div>
</body></html>"""
add("en-guilin-written-date.html", "http://english.guilin-demo.gov.cn/news/citynews/202310/t20231018_2291.shtml",
    "text/html; charset=utf-8", "utf-8", "en", doc, G(p, t, "2023-10-18", "Guilin Daily"))

# 52. info bar with both 发布时间 (Chinese date + weekday) and a later 更新时间; an HTML comment with an old draft paragraph; 责任编辑 after text
p = ["3月3日，市妇联在市民中心举办“巾帼建新功”主题宣讲暨女性创业就业对接会，40家企业提供适合女性的岗位500余个。",
     "对接会现场还开展了家政服务、电商直播等技能培训报名，共有230余名妇女现场登记。",
     "市妇联将联合人社部门，为有创业意愿的妇女提供最高20万元的创业担保贷款贴息支持。"]
t = "市妇联举办女性创业就业对接会"
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="fl-top">湘东市妇女联合会</div>
<div class="fl-a"><h1>{t}</h1>
<div class="fl-i">发布时间：2023年3月5日 星期日　更新时间：2023-04-02　来源：市妇联宣传部</div>
<div class="fl-c">
<!-- <p>3月2日，市妇联召开专题会议，研究部署女性创业就业对接会筹备工作，明确了各部门分工和时间节点。</p> -->
{ps(p)}
<div class="fl-ed">（责任编辑：邹婷　审核：何佳）</div>
</div></div>
{footer_cn("湘东市妇女联合会", "湘ICP备12004416号", "", "湘公网安备 43030202000119号", "湘东市妇女联合会")}
</body></html>"""
add("update-date-comment-editor.html", "http://fl.xiangdong-demo.gov.cn/gzdt/202303/t20230305_991281.html",
    "text/html; charset=utf-8", "utf-8", "zh", doc, G(p, t, "2023-03-05", "市妇联宣传部"))

# 53. 集约化 GBK page whose article headline is split into 引题 + 主题 + 副题 lines; gold title = main headline
p = ["今年以来，县医保局聚焦群众看病就医“急难愁盼”问题，推动门诊慢特病病种由36种扩大到52种。",
     "同时，将县域内所有村卫生室纳入医保定点，群众在家门口即可刷卡就医，实现“小病不出村”。",
     "截至9月底，全县门诊慢特病患者已享受待遇2.6万人次，医保基金支付1830万元。"]
t = "门诊慢特病病种扩大到52种"
doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2023-10-10 11:05"><meta name="ContentSource" content="县医疗保障局">
<title>{t}_部门动态_宁远县人民政府</title></head><body>
<div class="ny-top">宁远县人民政府</div>
<div class="ny-detail">
 <p class="ny-yt">让群众看病就医更便捷</p>
 <h1 class="ny-zt">{t}</h1>
 <p class="ny-ft">——县医保局持续提升医疗保障服务水平</p>
 <div class="ny-meta">来源：县医疗保障局　发布时间：2023-10-10 11:05</div>
 <div class="ny-txt">{ps(p)}</div>
</div>
{footer_cn("宁远县人民政府", "湘ICP备06003218号", "4311260001", "湘公网安备 43112602000088号", "宁远县人民政府办公室")}
</body></html>"""
add("jiyue-gbk-yinti-futi.html", "http://www.ningyuan-demo.gov.cn/bmdt/202310/t20231010_4410982.html",
    "text/html; charset=gbk", "gbk", "zh", doc, G(p, t, "2023-10-10", "县医疗保障局"))


# =====================================================================================
def visible(docstr):
    s = re.sub(r"(?is)<(script|style|rt|rp)\b.*?</\1>", " ", docstr)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", "", _html.unescape(s))


def main():
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    seen, names = {}, set()
    lines = []
    for pg in PAGES:
        assert pg["name"] not in names, pg["name"]
        names.add(pg["name"])
        raw = pg["doc"].encode(pg["enc"])  # strict: every character must exist in the page's encoding
        if pg["enc"] == "big5":
            pg["doc"].encode("cp950")
        vis = visible(pg["doc"])
        gold = pg["gold"]
        for para in gold["body"].split("\n"):
            key = re.sub(r"\s+", "", para)
            if pg["name"].startswith("ruby"):
                pass  # gold has pinyin removed; checked below by removing (pinyin)
            elif key not in vis:
                raise SystemExit(f"{pg['name']}: gold paragraph not on page: {para[:40]}")
            assert key not in seen, f"paragraph repeated in {pg['name']} and {seen[key]}: {para[:30]}"
            seen[key] = pg["name"]
        if pg["name"].startswith("ruby"):
            flat = re.sub(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)", "", vis)
            for para in gold["body"].split("\n"):
                assert re.sub(r"\s+", "", para) in flat, (pg["name"], para[:30])
        with open(os.path.join(HERE, "pages", pg["name"]), "wb") as f:
            f.write(raw)
        headers = {"Content-Type": pg["ct"]} if pg["ct"] else {}
        lines.append(json.dumps({"path": "pages/" + pg["name"], "url": pg["url"], "headers": headers,
                                 "lang": pg["lang"], "gold": gold}, ensure_ascii=False))
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(PAGES)} pages written")


if __name__ == "__main__":
    main()
