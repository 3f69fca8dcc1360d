"""Unit tests for the extraction helpers: pinyin cleaning, dates, footer fields, the record contract, the CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.extract import Article, extract_article
from pipelines.extract.clean import normalize_line, strip_flattened_pinyin, to_simplified
from pipelines.extract.dates import date_from_url, parse_date
from pipelines.extract.footer import parse_footer

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
GOVARCHIVE = [sys.executable, "-m", "archive.cli"]


# ------------------------------------------------------------------ pinyin
SEED = "運(yùn)城市政府召開(kāi)全市重大項(xiàng)目謀劃工作專題會(huì)議"


def test_pinyin_removed_when_page_has_several_annotations():
    assert strip_flattened_pinyin(SEED) == "運城市政府召開全市重大項目謀劃工作專題會議"


@pytest.mark.parametrize("text", ["國內生產總值(GDP)增長", "道路長120公里(km)", "見附表(1)", "單位(kg)", "簡稱(WTO)",
                                  "重量(mg)", "比例(ab)"])
def test_pinyin_cleaner_never_touches_non_pinyin(text):
    page = SEED + text
    assert strip_flattened_pinyin(page).endswith(text)


def test_single_annotation_is_kept():
    assert strip_flattened_pinyin("這個字讀作運(yùn)。") == "這個字讀作運(yùn)。"


def test_toneless_syllable_only_removed_on_annotated_pages():
    assert strip_flattened_pinyin("我的(de)書") == "我的(de)書"
    assert strip_flattened_pinyin(SEED + "我的(de)書").endswith("我的書")


def test_annotation_needs_cjk_before_it():
    assert strip_flattened_pinyin(SEED + " see (yùn) ").endswith(" see (yùn) ")


def test_real_ruby_markup_is_dropped():
    html = ("<html><body><div class='content'>" + "".join(
        f"<p><ruby>運<rp>(</rp><rt>yùn</rt><rp>)</rp></ruby>城市第{i}次會議召開，研究部署有關工作，會議要求各部門抓好落實。</p>" for i in range(3))
        + "</div></body></html>").encode("utf-8")
    art = extract_article(html, "http://x.gov.cn/a.html", "text/html; charset=utf-8")
    assert "yùn" not in art.body and "(" not in art.body
    assert art.body.startswith("運城市第0次會議召開")
    assert art.body_simplified.startswith("运城市第0次会议召开")


def test_normalize_line_and_simplified():
    assert normalize_line("\u3000\u3000第一條\xa0\xa0規定\t ") == "第一條 規定"
    assert to_simplified("臺灣縣政府") == "台湾县政府"


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize("text,iso", [
    ("2019-11-22", "2019-11-22"),
    ("2019/11/22", "2019-11-22"),
    ("2019年11月22日", "2019-11-22"),
    ("2019.11.22", "2019-11-22"),
    ("发布时间：2019-11-22 09:30", "2019-11-22T09:30"),
    ("2019-11-22 09:30:05", "2019-11-22T09:30:05"),
    ("2019年11月22日 09:30", "2019-11-22T09:30"),
    ("民國108年8月12日", "2019-08-12"),
    ("中華民國108年8月12日", "2019-08-12"),
    ("二〇一九年十一月二十二日", "2019-11-22"),
    ("Nov 22, 2019", "2019-11-22"),
    ("22 November 2019", "2019-11-22"),
])
def test_date_formats(text, iso):
    assert parse_date(text) == iso


def test_roc_numeric_dates_only_when_asked():
    assert parse_date("發布日期：108-08-12", roc_numeric=True) == "2019-08-12"
    assert parse_date("發布日期：108/8/12", roc_numeric=True) == "2019-08-12"
    assert parse_date("編號108-08-12") is None


def test_impossible_dates_rejected():
    assert parse_date("2019-02-30") is None
    assert parse_date("2019-13-01") is None


def test_date_from_url():
    assert date_from_url("http://www.x.gov.cn/zwgk/202311/t20231122_123.html") == "2023-11-22"
    assert date_from_url("http://www.gov.cn/xinwen/2019-11/22/content_5.htm") == "2019-11-22"
    assert date_from_url("http://www.x.gov.cn/art/2021/8/3/art_1_2.html") == "2021-08-03"
    assert date_from_url("http://www.x.gov.cn/index.html") is None


def test_date_never_from_sidebar_or_url_when_page_has_one():
    html = """<html><head><title>通知</title></head><body>
    <div class="side"><ul><li><a href="/1">另一条新闻标题很长很长</a><span>2024-01-05</span></li></ul></div>
    <h1>关于开展安全检查的通知</h1><div class="info">发布日期：2023-11-22</div>
    <div id="zoom"><p>各单位：为做好冬季安全工作，现将有关事项通知如下，请认真贯彻落实。</p></div></body></html>"""
    art = extract_article(html.encode(), "http://x.gov.cn/t20200101_1.html", "text/html; charset=utf-8")
    assert art.published == "2023-11-22"


def test_date_falls_back_to_url():
    html = "<html><body><div id='zoom'><p>各单位：为做好冬季安全工作，现将有关事项通知如下，请认真贯彻落实。</p></div></body></html>"
    art = extract_article(html.encode(), "http://x.gov.cn/art/t20191122_7.html", "text/html; charset=utf-8")
    assert art.published == "2019-11-22"


# ------------------------------------------------------------------ footer
def test_footer_fields_mainland():
    f = parse_footer("主办：运城市人民政府办公室　承办：运城市大数据中心　技术支持：开普云信息科技股份有限公司\n"
                     "网站标识码：1408000001　晋ICP备05004236号-1　晋公网安备 14080202000123号\n"
                     "地址：运城市河东东街88号　电话：0359-2022222　邮箱：ycgov@163.com")
    assert f["sponsor"] == "运城市人民政府办公室"
    assert f["operator"] == "运城市大数据中心"
    assert f["tech_support"] == "开普云信息科技股份有限公司"
    assert f["site_code"] == "1408000001"
    assert f["icp"] == "晋ICP备05004236号-1"
    assert f["police_record"] == "晋公网安备14080202000123号"
    assert f["address"] == "运城市河东东街88号"
    assert f["phone"] == "0359-2022222"
    assert f["email"] == "ycgov@163.com"


@pytest.mark.parametrize("text,holder", [
    ("版權所有:山西風雨竹企業管理咨詢有限公司 備案號:晉ICP備17003981號", "山西風雨竹企業管理咨詢有限公司"),
    ("运城市人民政府办公室 版权所有", "运城市人民政府办公室"),
    ("Copyright © 2023 The People's Government of Hainan Province. All Rights Reserved.", "The People's Government of Hainan Province"),
    ("著作權所有 © 宜蘭縣政府  建議使用Chrome瀏覽", "宜蘭縣政府"),
])
def test_footer_copyright_holder(text, holder):
    assert parse_footer(text)["copyright"] == holder


def test_footer_of_seed_page():
    f = parse_footer("版權所有:山西風雨竹企業管理咨詢有限公司 備案號:晉ICP備17003981號 技術支持:龍采科技集團\n"
                     "友情鏈接:晉陜豫黃河金三角區域經濟資源平臺 |")
    assert (f["copyright"], f["icp"], f["tech_support"]) == ("山西風雨竹企業管理咨詢有限公司", "晉ICP備17003981號", "龍采科技集團")


def test_short_notice_longer_footer_comes_out_whole_and_alone():
    footer = "<div class='footer'>" + "<p>主办：某某县人民政府办公室　承办：某某县信息中心　技术支持：某某科技有限公司</p>" * 3 + \
             "<p>网站标识码：1234567890　京ICP备12345678号　京公网安备11010102000001号　地址：某某县人民路1号　电话：010-12345678</p></div>"
    html = f"""<html><body><div class="nav"><a href="/">首页</a><a href="/a">政务公开</a></div>
    <div class="article"><h2>停电通知</h2><div class="content"><p>因线路检修，12月3日8:00至12:00城东片区停电。</p>
    <p>特此通知。</p></div></div>{footer}</body></html>"""
    art = extract_article(html.encode(), "http://x.gov.cn/1.html", "text/html; charset=utf-8")
    assert art.body == "因线路检修，12月3日8:00至12:00城东片区停电。\n特此通知。"
    assert art.title == "停电通知"
    assert art.footer["icp"] == "京ICP备12345678号"


# ------------------------------------------------------------------ contract
def test_record_contract_keys():
    rec = extract_article((FIXTURES / "disclosure_1" / "page.html").read_bytes(),
                          "http://www.yuncheng.gov.cn/zwgk/zfxxgkml/szfwj/202311/t20231122_888.html", {}).to_record()
    for key in ("url", "title", "published", "source", "author", "body", "attachments", "encoding", "footer", "meta", "error",
                "editor", "title_simplified", "body_simplified", "attachment_links", "images", "encoding_source"):
        assert key in rec
    assert all(isinstance(u, str) and u.startswith("http") for u in rec["attachments"])
    assert {"url", "text"} <= set(rec["attachment_links"][0])
    json.dumps(rec, ensure_ascii=False)


@pytest.mark.parametrize("body", [b"", b"   ", b"\x00\x01\x02\xff" * 50, b"<html></html>",
                                  bytes(range(256)) * 8])
def test_bad_pages_never_raise(body):
    art = extract_article(body, "http://x.gov.cn/")
    assert isinstance(art, Article)
    assert art.error


def test_plain_text_page_is_its_own_body():
    art = extract_article("一份没有标签的纯文本通知，请各单位知悉。".encode("gbk"), "http://x.gov.cn/a.txt", "text/plain; charset=gbk")
    assert art.error is None and art.body == "一份没有标签的纯文本通知，请各单位知悉。"


def test_hints_body_selector():
    html = """<html><body><div class="a"><p>这是一段很长的导航说明文字，包含很多标点符号，用来迷惑抽取器，让它选错区域。</p>
    <p>这是一段很长的导航说明文字，包含很多标点符号，用来迷惑抽取器，让它选错区域。</p></div>
    <div class="real"><p>真正的正文。</p></div></body></html>"""
    art = extract_article(html.encode(), "http://x.gov.cn/", "text/html; charset=utf-8", hints={"body_selector": "div.real"})
    assert art.body == "真正的正文。"


# ------------------------------------------------------------------ CLI
def run(args, stdin=None):
    return subprocess.run(GOVARCHIVE + args, input=stdin, capture_output=True, cwd=Path(__file__).parent.parent, timeout=120)


def test_cli_single_file():
    page = FIXTURES / "big5_tw_1" / "page.html"
    res = run(["extract", str(page), "--url", "https://www.e-land.gov.tw/News_Content.aspx?n=E4A&s=1188",
               "--content-type", "text/html; charset=big5"])
    assert res.returncode == 0, res.stderr
    rec = json.loads(res.stdout)
    assert rec["published"] == "2019-08-12"
    assert rec["title"].startswith("宜蘭縣政府推動長照")


def test_cli_manifest_keeps_going_on_bad_lines(tmp_path):
    garbage = tmp_path / "garbage.html"
    garbage.write_bytes(bytes(range(256)) * 8)
    good = FIXTURES / "trs_div_1" / "page.html"
    lines = [json.dumps({"path": str(good), "url": "http://www.yuncheng.gov.cn/t20231122_1.html", "headers": {}}),
             json.dumps({"path": str(tmp_path / "missing.html"), "url": "http://x.gov.cn/2.html"}),
             json.dumps({"path": str(garbage), "url": "http://x.gov.cn/3.html"}), "{not json"]
    res = run(["extract", "--manifest", "-"], stdin=("\n".join(lines) + "\n").encode())
    assert res.returncode == 0, res.stderr
    out = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert len(out) == 4
    by_path = {r["path"]: r for r in out}
    assert by_path[str(good)]["error"] is None and by_path[str(good)]["title"]
    assert by_path[str(tmp_path / "missing.html")]["error"]
    assert by_path[str(garbage)]["error"]


@pytest.mark.parametrize("args", [["extract", "/no/such/file.html"], ["extract"], ["extract", "--bogus"]])
def test_cli_bad_arguments_one_line_error(args):
    res = run(args)
    assert res.returncode != 0
    assert b"Traceback" not in res.stderr
    assert res.stderr.strip()


def test_cli_help_has_example():
    res = run(["extract", "--help"])
    assert res.returncode == 0 and b"Example:" in res.stdout


def test_two_annotations_are_enough_and_multi_syllable_words_go():
    assert strip_flattened_pinyin("運(yùn)城會(huì)議") == "運城會議"
    assert strip_flattened_pinyin(SEED + "城市(chéng shì)") .endswith("城市")


def test_advice_in_body_is_not_mistaken_for_a_footer():
    paras = ["节日期间客流较大，建议使用公共交通出行，错峰前往各景区游览。", "景区将视客流情况适时采取限流措施，请游客提前预约。"]
    html = ("<html><body><div class='article'><h1>国庆假期出行提示</h1><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + "</div></div><div class='footer'>版权所有：某市文旅局 建议使用IE9以上浏览器</div></body></html>")
    art = extract_article(html.encode(), "http://x.gov.cn/1.html", "text/html; charset=utf-8")
    assert art.body == "\n".join(paras)


def test_paragraphs_as_bare_divs_stay_together():
    paras = ["今年以来，全县坚持把项目建设作为推动高质量发展的主抓手，围绕产业转型、基础设施、民生保障等领域谋划实施重点项目86个，"
             "总投资达到152亿元，截至10月底已完成年度投资计划的91.3%，其中新开工项目32个，竣工投产项目18个。",
             "下一步，全县将持续优化营商环境。", "各乡镇要压实责任，确保完成全年目标任务。"]
    html = ("<html><body><div class='side'><ul><li><a href='/1'>县领导调研重点项目</a></li><li><a href='/2'>全县安全生产会议召开</a></li></ul></div>"
            "<div><h1>全县重点项目建设稳步推进</h1><div>" + "".join(f"<div>{p}</div>" for p in paras) + "</div></div></body></html>")
    art = extract_article(html.encode(), "http://x.gov.cn/1.html", "text/html; charset=utf-8")
    assert art.body == "\n".join(paras)


def test_right_column_prose_does_not_beat_a_short_article_after_its_headline():
    side = "<p>本站是全县政务公开的主要平台，集中发布政府文件、工作动态、通知公告等信息，欢迎社会各界监督，提出宝贵意见和建议。</p>"
    html = f"""<html><head><title>县政府召开常务会议_某县人民政府</title></head><body>
    <table width=1000><tr><td width=700 valign=top>
    <table><tr><td><b>县政府召开常务会议</b></td></tr><tr><td>2023-03-01 来源：县政府办</td></tr>
    <tr><td><p>3月1日，县长主持召开县政府常务会议，研究春耕备耕工作。</p><p>会议要求，各乡镇要及早动手，确保农资供应充足。</p></td></tr></table>
    </td><td width=300 valign=top><div>网站简介</div>{side}<div>联系我们</div><p>地址：县府路1号，邮编：032100，电话：0358-1234567。</p>
    </td></tr></table></body></html>"""
    art = extract_article(html.encode(), "http://x.gov.cn/a.html", "text/html; charset=utf-8")
    assert (art.title, art.published, art.source) == ("县政府召开常务会议", "2023-03-01", "县政府办")
    assert art.body == "3月1日，县长主持召开县政府常务会议，研究春耕备耕工作。\n会议要求，各乡镇要及早动手，确保农资供应充足。"


def test_date_printed_above_the_headline_not_the_topbar_date():
    html = """<html><head><title>x</title></head><body><div class=top>2023年11月28日 星期二</div>
    <div class=nav><a href=/>首页</a> <a href=/a>新闻中心</a></div>
    <div class=time>2023-01-05</div><h1>县政府召开常务会议</h1>
    <div class=content><p>3月1日，县长主持召开县政府常务会议，研究春耕备耕工作，部署有关事项。</p></div></body></html>"""
    art = extract_article(html.encode(), "http://x.gov.cn/a.html", "text/html; charset=utf-8")
    assert art.published == "2023-01-05"


@pytest.mark.parametrize("bar,author,source", [
    ("作者：张三 李四 浏览次数：5", "张三 李四", None),
    ("来源：新华社 作者：记者 杨帆", "记者 杨帆", "新华社"),
    ("发布时间：2023-01-01 09:00来源：市政府办作者：王小明", "王小明", "市政府办"),
    ("發布單位：清河鄉公所 民政課", None, "清河鄉公所 民政課"),
])
def test_info_bar_labels(bar, author, source):
    html = (f"<html><body><h1>全县重点项目建设稳步推进</h1><div class='info'>{bar}</div><div class='content'>"
            "<p>今年以来，全县坚持把项目建设作为推动高质量发展的主抓手，谋划实施重点项目86个。</p></div></body></html>")
    art = extract_article(html.encode(), "http://x.gov.cn/1.html", "text/html; charset=utf-8")
    assert (art.author, art.source) == (author, source)


def test_notice_that_starts_with_its_meeting_time_keeps_it():
    paras = ["会议时间：2023年12月1日上午9:00", "会议地点：县政府三楼会议室", "请各单位主要负责同志准时参加，不得缺席。"]
    html = ("<html><body><h1>关于召开全县安全生产工作会议的通知</h1><div class='info'>发布时间：2023-11-28 来源：县应急局</div>"
            "<div class='content'>" + "".join(f"<p>{p}</p>" for p in paras) + "</div></body></html>")
    art = extract_article(html.encode(), "http://x.gov.cn/1.html", "text/html; charset=utf-8")
    assert art.body == "\n".join(paras)
    assert art.published == "2023-11-28"


def test_lead_in_line_above_a_list_body_is_kept():
    html = ("<html><head><title>办事指南</title></head><body><h1>居民身份证办理指南</h1><div class=article>"
            "<p>办理条件如下：</p><ul><li>年满十六周岁的中国公民，应当申领居民身份证。</li><li>未满十六周岁的，由监护人代为申领。</li>"
            "<li>申领时需本人到场采集指纹信息。</li></ul></div></body></html>")
    art = extract_article(html.encode(), "http://x.gov.cn/a.html", "text/html; charset=utf-8")
    assert art.title == "居民身份证办理指南"
    assert art.body.split("\n") == ["办理条件如下：", "年满十六周岁的中国公民，应当申领居民身份证。", "未满十六周岁的，由监护人代为申领。",
                                    "申领时需本人到场采集指纹信息。"]


def test_cli_large_manifest_uses_the_pool_and_answers_every_line():
    from archive.cli.extract import POOL_MIN_PAGES

    names = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").is_file())
    items = []
    for name in names:
        exp = json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))
        headers = json.loads((FIXTURES / name / "headers.json").read_text(encoding="utf-8"))
        items.append({"path": str(FIXTURES / name / "page.html"), "url": exp["url"], "headers": headers, "title": exp["title"]})
    assert len(items) >= POOL_MIN_PAGES
    stdin = "".join(json.dumps({k: v for k, v in it.items() if k != "title"}, ensure_ascii=False) + "\n" for it in items)
    res = run(["extract", "--manifest", "-"], stdin=stdin.encode())
    assert res.returncode == 0, res.stderr
    got = {r["path"]: r for r in map(json.loads, res.stdout.decode().splitlines())}
    assert len(got) == len(items)
    assert all(got[it["path"]]["title"] == it["title"] for it in items)


def test_cli_record_writes_a_fixture_folder_with_the_same_bytes(tmp_path):
    page = FIXTURES / "old_table_1" / "page.html"
    exp = json.loads((FIXTURES / "old_table_1" / "expected.json").read_text(encoding="utf-8"))
    res = run(["extract", str(page), "--url", exp["url"], "--record", str(tmp_path / "rec")])
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "rec" / "page.html").read_bytes() == page.read_bytes()
    recorded = json.loads((tmp_path / "rec" / "expected.json").read_text(encoding="utf-8"))
    assert recorded["title"] == exp["title"] and recorded["body"] == exp["body"]


def test_time_element_gives_the_time_of_day():
    html = """<html lang="en"><head><meta charset="utf-8"><title>City launches new bus routes - Shenzhen Government Online</title>
    </head><body><article><h1>City launches new bus routes</h1>
    <p class="meta"><time datetime="2023-04-18T08:30:00+08:00">April 18, 2023</time> | Source: Shenzhen Daily</p>
    <p>Shenzhen opened 12 new bus routes on Monday, linking residential areas in Longgang and Pingshan with metro stations.</p>
    </article><div class="comments"><time datetime="2024-01-01T10:00">Jan 1</time> Nice!</div></body></html>"""
    art = extract_article(html.encode(), "http://www.sz.gov.cn/en/news/1.html", "text/html; charset=utf-8")
    assert (art.published, art.source) == ("2023-04-18T08:30:00", "Shenzhen Daily")


# ------------------------------------------------------------------ round 2 rules
def test_lone_tone_marked_annotation_is_removed_but_glosses_and_abbreviations_stay():
    assert strip_flattened_pinyin("山西運(yùn)城鹽湖") == "山西運城鹽湖"
    assert strip_flattened_pinyin("這個字讀作運(yùn)。") == "這個字讀作運(yùn)。"
    for text in ("總值(GDP)增長", "網路(Wi-Fi)覆蓋", "附表(1)", "面積(sq m)", "我的(de)書"):
        assert strip_flattened_pinyin(text) == text


def test_footer_words_inside_prose_are_not_footer_lines():
    from pipelines.extract.footer import footer_shaped

    assert footer_shaped("版权所有：某县人民政府　皖ICP备05012388号")
    assert footer_shaped("皖公网安备 34182502000011号")
    assert footer_shaped("友情链接：")
    assert not footer_shaped("通知指出，个别网站页脚只写有“版权所有”而没有标明主办单位，也有网站的友情链接仍指向旧站点。")
    assert not footer_shaped("要求各部门网站完成ICP备案信息与主办单位名称的一致性核对。")
    assert not footer_shaped("经查，该网站备案号为京ICP备12345678号，已于今年3月被注销，相关单位须重新办理备案手续。")
    assert footer_shaped("本网站由某某市人民政府办公室主办，某某市大数据中心承办。京ICP备12345678号")


def test_trailer_end_mark_and_credit_lines_are_metadata_but_a_signature_date_stays():
    from pipelines.extract.lines import trim_trailer

    assert trim_trailer(["正文。", "-完-"]) == (["正文。"], [])
    assert trim_trailer(["正文。（完）"]) == (["正文。"], [])
    assert trim_trailer(["正文。", "图文：县融媒体中心", "（责任编辑：张三）"])[0] == ["正文。"]
    assert trim_trailer(["正文。", "Source: Qinghe Today"]) == (["正文。"], ["Source: Qinghe Today"])
    assert trim_trailer(["请相互转告。", "某某社区居委会", "2023年5月6日"])[0] == ["请相互转告。", "某某社区居委会", "2023年5月6日"]
    assert trim_trailer(["工作已完"]) == (["工作已完"], [])


def test_site_name_headline_never_wins():
    html = ("<html><head><meta charset='utf-8'><title>某镇开展秋季防火巡查</title></head><body>"
            "<h1 class='logo'>某镇人民政府</h1><div class='box'><div class='when'>发布日期：2023-10-09</div>"
            "<div class='words'><p>10月8日，镇应急办组织人员对辖区林区开展秋季防火巡查，排查隐患6处。</p></div></div>"
            "<div class='footer'>版权所有：某镇人民政府　皖ICP备13001122号</div></body></html>")
    a = extract_article(html.encode("utf-8"), "http://x.gov.cn/a.html")
    assert a.title == "某镇开展秋季防火巡查"


@pytest.mark.parametrize("meta", [
    "<dl class='meta'><dt>发布单位</dt><dd>农业处</dd><dt>发布日期</dt><dd>2023-03-05</dd></dl>",
    "<table><tr><th>發布單位</th><td>农业处</td></tr><tr><th>發布日期</th><td>2023-03-05</td></tr></table>",
    "<p class='sub'><span>2023-03-05</span><span>农业处</span></p>",
])
def test_source_from_key_value_rows_and_beside_the_date(meta):
    html = ("<html><head><meta charset='utf-8'><title>春季农特产品展售会</title></head><body><div class='a'>"
            f"<h1>春季农特产品展售会</h1>{meta}<div class='c'><p>为推广在地农产品，县府农业处于3月4日举办春季农特产品"
            "展售会，共有52家农会参与设摊。</p></div></div></body></html>")
    a = extract_article(html.encode("utf-8"), "http://x.gov.cn/a.html")
    assert (a.source, a.published) == ("农业处", "2023-03-05")
    assert a.body.startswith("为推广")


def test_footer_record_links_are_not_friend_links():
    from pipelines.extract import extract_article

    page = """<html><head><meta charset="utf-8"><title>关于做好秋季森林防火工作的通知_示例县人民政府</title></head><body>
    <div class="content"><h1>关于做好秋季森林防火工作的通知</h1><div class="info">发布时间：2023-10-09 来源：县应急管理局</div>
    <p>各乡镇人民政府，县直各有关单位：进入秋季以来，我县降水偏少，林区可燃物载量大，森林火险等级持续偏高。</p>
    <p>各地要严格落实野外用火审批制度，加强重点时段、重点部位巡查看护，确保不发生重大森林火灾。</p></div>
    <div class="footer"><div class="links">友情链接：<a href="http://www.gov.cn/">中国政府网</a>
    <a href="http://yjj.example.gov.cn/">县应急管理局</a>
    <a href="https://beian.miit.gov.cn/">冀ICP备00000001号</a>
    <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=1">冀公网安备 13000002000001号</a></div>
    <p>版权所有：示例县人民政府办公室 冀ICP备00000001号</p></div></body></html>"""
    art = extract_article(page.encode("utf-8"), "http://www.example.gov.cn/a/t20231009_1.html")
    links = [link["text"] for link in art.footer["friend_links"]]
    assert links == ["中国政府网", "县应急管理局"]
    assert art.footer["icp"] == "冀ICP备00000001号"


# ------------------------------------------------------------------ round 3 rules
_CONT_A = "<p>今年以来，全县秋粮收购工作有序推进，截至目前已收购秋粮2.1万吨，同比增长百分之八。</p>"
_CONT_B = ("<p>县粮食局在各收购点设立政策公示栏，公开收购价格、质量标准和结算方式，确保农民明白售粮。</p>"
           "<p>同时，组织执法人员开展市场巡查，严厉打击压级压价、拖欠售粮款等违法违规行为，切实维护种粮农民合法权益。</p>")


def _table_page(rows: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>全县秋粮收购进展顺利_某县政府</title></head><body>"
            "<table><tr><td width='200'><ul><li><a href='/1'>县领导调研重点项目</a></li><li><a href='/2'>县政府常务会议召开</a>"
            "</li></ul></td><td><table class='wz'><tr><td class='title'><b>全县秋粮收购进展顺利</b></td></tr>"
            f"<tr><td class='info'>发布时间：2023-10-11 来源：县粮食局</td></tr>{rows}</table></td></tr></table>"
            "<div class='footer'>版权所有：某县人民政府 京ICP备12345678号</div></body></html>")


@pytest.mark.parametrize("after", [
    # the next row of the same shape is a related-news list, the footer, or a box with its own headline
    "<tr><td class='nr'><ul><li><a href='/x1'>全县秋冬种工作有序推进</a></li><li><a href='/x2'>县粮食局开展仓储安全检查</a></li>"
    "</ul></td></tr>",
    "<tr><td class='nr'><p>版权所有：某县人民政府　京ICP备12345678号，未经许可不得转载。</p></td></tr>",
    "<tr><td class='nr'><h3>相关解读</h3><p>这是一条解读文字，介绍政策出台的背景和主要内容。</p></td></tr>",
    "<tr><td class='nr'><p>注：本文转自县融媒体中心，如有侵权请联系删除。</p></td></tr>",
])
def test_text_continued_in_the_next_row_joins_but_not_a_list_footer_or_box(after):
    art = extract_article(_table_page(f"<tr><td class='nr'>{_CONT_A}</td></tr><tr><td height='8'></td></tr>"
                                      f"<tr><td class='nr'>{_CONT_B}</td></tr>{after}").encode(), "http://x.gov.cn/1.html")
    assert art.body.split("\n") == ["今年以来，全县秋粮收购工作有序推进，截至目前已收购秋粮2.1万吨，同比增长百分之八。",
                                    "县粮食局在各收购点设立政策公示栏，公开收购价格、质量标准和结算方式，确保农民明白售粮。",
                                    "同时，组织执法人员开展市场巡查，严厉打击压级压价、拖欠售粮款等违法违规行为，切实维护种粮农民合法权益。"]


@pytest.mark.parametrize("line", ["點閱次數：1532", "瀏覽人次：88", "瀏覽次數：12", "点击数：7", "点击量：1,204", "阅读次数：33",
                                  "访问量：9", "浏览量：15", "【浏览次数：12】", "阅读 123次", "Views: 120", "点击：",
                                  "【点击数：】"])
def test_view_counters_of_any_wording_are_chrome(line):
    html = ("<html><head><meta charset='utf-8'><title>全县重点项目建设稳步推进</title></head><body><h1>全县重点项目建设稳步推进</h1>"
            f"<div class='content'><p>{line}</p><p>今年以来，全县坚持把项目建设作为推动高质量发展的主抓手，谋划实施重点项目86个。</p>"
            f"<p>{line}</p></div></body></html>")
    art = extract_article(html.encode(), "http://x.gov.cn/1.html")
    assert art.body == "今年以来，全县坚持把项目建设作为推动高质量发展的主抓手，谋划实施重点项目86个。"


@pytest.mark.parametrize("line", ["访问人数：2.3万人次，同比增长12%", "总访问量 12345"])
def test_statistics_that_name_visits_are_text(line):
    html = ("<html><head><meta charset='utf-8'><title>旅游市场持续回暖</title></head><body><h1>旅游市场持续回暖</h1>"
            f"<div class='content'><p>今年国庆假期，全县接待游客数量创历史新高，旅游市场持续回暖。</p><p>{line}</p></div></body></html>")
    assert line in extract_article(html.encode(), "http://x.gov.cn/1.html").body


def test_label_value_list_at_the_top_is_the_info_bar_but_a_meeting_list_is_text():
    text = "<p>請各單位依規定辦理，並於期限內將相關資料報送本府民政處，逾期不予受理。</p>"
    info = ("<ul class='info'><li>發布日期：112-05-08</li><li>分類：公告</li><li>發布單位：民政處</li>"
            "<li>更新日期：112-05-09</li><li>瀏覽人次：88</li></ul>")
    page = "<html><head><meta charset='utf-8'><title>辦理公告</title></head><body><h2>辦理公告</h2><div class='cp'>{}</div></body></html>"
    art = extract_article(page.format(info + text).encode(), "http://x.gov.tw/1.html")
    assert (art.body, art.published, art.source) == ("請各單位依規定辦理，並於期限內將相關資料報送本府民政處，逾期不予受理。", "2023-05-08", "民政處")
    meeting = "<ul><li>会议时间：12月1日上午9:00</li><li>会议地点：县政府三楼会议室</li><li>参会人员：各乡镇分管负责人</li></ul>"
    art = extract_article(page.format(meeting + text).encode(), "http://x.gov.cn/1.html")
    assert art.body.startswith("会议时间：12月1日上午9:00\n会议地点：县政府三楼会议室\n参会人员：各乡镇分管负责人\n")


def test_end_mark_and_dateline_on_one_line_or_glued_to_the_text():
    from pipelines.extract.lines import trim_trailer

    assert trim_trailer(["正文。", "完 2023年11月8日（星期三） 香港時間16時05分"])[0] == ["正文。"]
    assert trim_trailer(["正文。", "（完）2023年11月8日"])[0] == ["正文。"]
    assert trim_trailer(["正文。完 2023年11月8日（星期三） 香港時間16時05分"])[0] == ["正文。"]
    assert trim_trailer(["正文。", "完成2023年目标"])[0] == ["正文。", "完成2023年目标"]
    assert trim_trailer(["该项目于2023年完工。完 2023年"])[0] == ["该项目于2023年完工。完 2023年"]
    assert trim_trailer(["Body text.", "Ends/Wednesday, November 8, 2023", "Issued at HKT 16:05"]) == (
        ["Body text."], ["Wednesday, November 8, 2023", "Issued at HKT 16:05"])


@pytest.mark.parametrize("bar,source", [
    ('发布时间：2023-01-01　来源：<a href="#">新华网</a>　【<a href="javascript:print()">打印</a>】', "新华网"),
    ('<span>来源：市政府办公室</span> <a href="javascript:print()">打印</a>', "市政府办公室"),
    ("来源：市政府办公室&nbsp;&nbsp;作者：张三", "市政府办公室"),
    ("发布时间：2023-01-01 来源：<span>市教育局 基础教育处</span>", "市教育局 基础教育处"),
    ("<span>来源：</span><span>县融媒体中心</span><span>2023-01-01</span>", "县融媒体中心"),
    ("来源：[ <a href='/'>国际金融报</a> ]", "国际金融报"),
    ("Source: Ningbo Daily &nbsp; <a href='javascript:print()'>Print</a> | <a href='#'>Close</a>", "Ningbo Daily"),
    ("Source: Xinhua&nbsp;News Agency | Print", "Xinhua News Agency"),
    ("2023-10-12 18:42 消息來源：社會工作局", "社會工作局"),
    ("稿件来源：县应急局", "县应急局"),
    ("新聞來源：新聞局", "新聞局"),
    ("本文来源于：人民网", "人民网"),
    ("<table><tr><th>資料來源</th><td>衛生局</td></tr></table>", "衛生局"),
    ("资金来源：财政拨款 发布时间：2023-01-01", None),
    ("经费来源：县级财政", None),
])
def test_labelled_source_stops_at_the_next_element_and_any_laiyuan_label(bar, source):
    html = ("<html><head><meta charset='utf-8'><title>召开常务会议_某县政府</title></head><body><div class='main'>"
            f"<h1>召开常务会议</h1><div class='info'>{bar}</div><div id='zoom'><p>县政府今日召开常务会议，研究部署今冬明春"
            "安全生产工作，要求各乡镇各部门压实责任。</p></div></div></body></html>")
    assert extract_article(html.encode(), "http://x.gov.cn/a.html").source == source


def test_opendocument_and_office_files_are_attachments():
    from pipelines.extract.links import is_attachment

    for name in ("a.odt", "a.ods", "a.odp", "a.pptx", "a.rtf", "a.7z", "a.ceb", "a.dps", "a.tif"):
        assert is_attachment("http://x.gov.cn/f/" + name)
    assert is_attachment("http://x.gov.cn/Download.ashx?n=房東申請書.odt")
    assert not is_attachment("http://x.gov.cn/f/photo.jpg")
    assert not is_attachment("http://x.gov.cn/a/t20231009_1.html")


def test_text_continued_in_a_second_table_after_the_headline_table_joins():
    head = ("<tr><td class='title'><b>全县秋粮收购进展顺利</b></td></tr>"
            "<tr><td class='info'>发布时间：2023-10-11 来源：县粮食局</td></tr>")
    html = ("<html><head><meta charset='utf-8'><title>全县秋粮收购进展顺利_某县政府</title></head><body>"
            f"<table class='wz'>{head}<tr><td class='nr'>{_CONT_A}</td></tr></table>"
            f"<table class='wz'><tr><td class='nr'>{_CONT_B}</td></tr></table>"
            "<table><tr><td><a href='javascript:print()'>【打印本页】</a></td></tr></table></body></html>")
    assert len(extract_article(html.encode(), "http://x.gov.cn/1.html").body.split("\n")) == 3


@pytest.mark.parametrize("title", ["<h2><a href='/p{i}.html'>{t}</a></h2>", "<div class='t'>{t}</div>"])
def test_posts_of_a_digest_are_not_one_text_in_parts(title):
    items = [("县政府召开常务会议", "会议研究部署今冬明春安全生产工作，要求各乡镇各部门压实责任、排查隐患，确保全县安全形势稳定。"),
             ("县领导调研重点项目", "调研组一行先后来到产业园区和重点项目建设现场，详细了解项目进展和存在的困难问题。"),
             ("全县秋粮收购有序推进", "截至目前，全县已收购秋粮2.1万吨，同比增长百分之八，收购秩序总体平稳。")]
    posts = "".join(f"<div class='post'>{title.format(i=i, t=t) if i else ''}<div class='entry'><p>{p}</p></div></div>"
                    for i, (t, p) in enumerate(items))
    html = (f"<html><head><meta charset='utf-8'><title>县政府召开常务会议_某县</title></head><body><h1>县政府召开常务会议</h1>"
            f"<div class='list'>{posts}</div></body></html>")
    assert extract_article(html.encode(), "http://x.gov.cn/1.html").body == items[0][1]


@pytest.mark.parametrize("top", [
    "<p>發布日期：112-05-08</p><p>發布單位：民政處</p><p>分類：公告</p><p>點閱次數：1532</p>",
    "<div>發布日期：112-05-08</div><div>分類：公告</div><div>更新日期：112-05-09</div>",
    "<dl><dt>更新日期</dt><dd>112-05-09</dd><dt>發布日期</dt><dd>112-05-08</dd><dt>點閱次數</dt><dd>7</dd></dl>",
])
def test_info_items_as_a_run_of_blocks_are_the_info_bar_and_the_publication_date_wins(top):
    text = "<p>請各單位依規定辦理，並於期限內將相關資料報送本府民政處，逾期不予受理。</p>"
    html = f"<html><head><meta charset='utf-8'><title>辦理公告</title></head><body><h2>辦理公告</h2><div class='cp'>{top}{text}</div></body></html>"
    art = extract_article(html.encode(), "http://x.gov.tw/1.html")
    assert (art.body, art.published) == ("請各單位依規定辦理，並於期限內將相關資料報送本府民政處，逾期不予受理。", "2023-05-08")


def test_source_line_under_the_text_stops_before_the_print_link():
    text = "<p>縣府今日宣布，將於下月起擴大辦理長者健康檢查服務，受惠人數預估超過一萬人，相關經費已編列完成。</p>"
    html = ("<html><head><meta charset='utf-8'><title>擴大長者健康檢查-某縣政府</title></head><body><h2>擴大長者健康檢查</h2>"
            f"<div class='date'>發布日期：112-05-08</div><div class='cont'>{text}</div>"
            "<p class='ref'>資料來源：教育處 <a href='javascript:print()'>列印</a></p></body></html>")
    assert extract_article(html.encode(), "http://x.gov.tw/1.html").source == "教育處"


# ------------------------------------------------------------------ round 4: general rules from cwced-dev and web-holdout-3
@pytest.mark.parametrize("text, iso", [
    ("发布日期：9/17/2004 5:54:13 AM", "2004-09-17T05:54:13"),   # US order with a 12-hour clock
    ("发布日期：7/5/2005 9:23:57 PM", "2005-07-05T21:23:57"),
    ("发表时间： 06/02/2022 - 13:48", "2022-02-06"),              # day first without a 12-hour clock
    ("25/12/2004", "2004-12-25"),
    ("12/25/2004", "2004-12-25"),                                 # swapped when the first reading is no date
])
def test_slash_dates_month_or_day_first(text, iso):
    assert parse_date(text) == iso


def test_dateline_and_headline_list_helpers():
    from pipelines.extract.lines import drop_link_runs, is_dateline
    from pipelines.extract.serialize import LINK_CLOSE, LINK_OPEN

    assert is_dateline("2023年10月9日 08:19　临川新闻网") and is_dateline("2003-7-24 钱江晚报")
    assert not is_dateline("2023年10月9日，临川召开大会") and not is_dateline("2023年10月9日 晴 有风")
    related = [f"·{LINK_OPEN}{t}{LINK_CLOSE} ({d})" for t, d in [("某市文化惠民季启动", "2024-03-11 10:20AM"),
                                                                 ("市博物馆推出研学课程", "2024-03-08 16:05PM")]]
    assert drop_link_runs(["正文第一段。"] + related) == ["正文第一段。"]


def test_linked_sentence_paragraph_is_not_a_link_list():
    from lxml import html as lh

    from pipelines.extract.body import linked_sentence

    assert linked_sentence(lh.fragment_fromstring("<p>2019年，<a>甲湖湿地</a>被列入<a>省级名录</a>，与<a>乙洲</a>组成公园。</p>"))
    assert not linked_sentence(lh.fragment_fromstring("<p><a>新闻标题一</a> <a>新闻标题二</a></p>"))
    assert not linked_sentence(lh.fragment_fromstring("<div>2019年，<a>甲</a>与<a>乙</a>合作。</div>"))


@pytest.mark.parametrize("line", ["阅读(3517)|评论(67)|收藏(36)|转载(4)|喜欢▼|打印|举报", "视频加载中...", "点击播放 时长 03:07",
                                  "展开全文"])
def test_counter_bars_and_player_chrome_are_furniture(line):
    from pipelines.extract import rules as R

    assert R.BOILERPLATE_LINE.search(line)


@pytest.mark.parametrize("line", ["会议时长3小时(含休息)，地点在三楼。", "视频会议定于周五召开。", "全文共分五章。"])
def test_furniture_patterns_leave_prose_alone(line):
    from pipelines.extract import rules as R

    assert not R.BOILERPLATE_LINE.search(line)


def test_class_and_id_hints_that_disagree_are_neutral():
    from lxml import html as lh

    from pipelines.extract import tree

    assert tree.hint(lh.fragment_fromstring("<div class='articalContent' id='blog_keyword_ad_area2'>x</div>")) == 0
    assert tree.hint(lh.fragment_fromstring("<div class='articalContent'>x</div>")) == 1
    assert tree.hint(lh.fragment_fromstring("<div class='share' id='x1'>x</div>")) == -1


def _page(body: str, title: str) -> bytes:
    return f"<html><head><meta charset='utf-8'><title>{title}_某网</title></head><body>{body}</body></html>".encode()


def test_qa_question_then_best_answer_either_way_round():
    q = "<div class='qd'>想问一下社保卡丢了怎么补办，需要本人去吗？</div><div class='qi'>网友 | 浏览 88 次 | 发布于2023-01-05 10:00</div>"
    ans = ["本人带身份证到任意社保服务网点即可挂失补办，也可以先在手机上的社保应用里办理挂失，挂失后原卡立即停用。",
           "补办时需要交一张近期的一寸白底照片，网点现场也可以拍照，工本费按当地规定收取，部分城市已经免收。",
           "新卡一般二十个工作日左右制成，可以选择到网点领取，也可以选择邮寄到家，邮寄费用由个人承担。"]
    best = f"<div class='ab'><div class='al'>最佳答案</div><div class='at'>{''.join(f'<p>{a}</p>' for a in ans)}</div></div>"
    other = "<div class='ao'><h3>其他回答</h3><div class='a'><div class='at'>去网点问问吧。</div><div>2023-01-06 赞同(2)</div></div></div>"
    art = extract_article(_page(f"<div class='q'><h1>社保卡丢了怎么补办</h1>{q}</div>{best}{other}", "社保卡丢了怎么补办"),
                          "http://wenda.example.cn/q/1.html")
    assert art.body.split("\n") == ["想问一下社保卡丢了怎么补办，需要本人去吗？"] + ans
    assert art.published == "2023-01-05T10:00"


def test_thread_first_post_even_when_replies_are_longer():
    def post(who, when, text):
        return f"<div class='p'><div class='w'>{who}</div><div class='d'>发表于 {when}</div><div class='m'>{text}</div></div>"
    first = "下周六想带孩子去看书，不知道那天开不开？"
    long_reply = "周末照常开放，上午九点到晚上八点，节假日另行通知，少儿区周一闭馆，记得带读者证，没有证可以现场办理。"
    thread = "".join(post(f"用户{i}", f"2023-06-0{i + 1} 10:0{i}", first if i == 0 else long_reply + str(i)) for i in range(4))
    art = extract_article(_page(f"<div class='t'><h1>周末图书馆开门吗</h1>{thread}</div>", "周末图书馆开门吗"),
                          "http://bbs.example.cn/t/1.html")
    assert (art.body, art.published) == (first, "2023-06-01T10:00")


def test_dated_timeline_items_are_one_text_not_a_thread():
    items = [("2023-01-05", "市政府常务会议审议通过年度重点工作任务清单，明确四十项具体任务和责任单位。"),
             ("2023-03-12", "全市重点项目集中开工，总投资一百二十亿元，涉及产业、交通和民生三个领域。"),
             ("2023-06-30", "上半年经济运行情况发布，地区生产总值同比增长百分之六点二，增速居全省前列。"),
             ("2023-09-18", "城市更新行动启动，首批十二个老旧小区改造项目同步开工，惠及居民四千余户。")]
    body = "".join(f"<div class='it'><div class='d'>{d}</div><div class='x'>{t}</div></div>" for d, t in items)
    art = extract_article(_page(f"<div class='t'><h1>2023年大事记</h1><div class='list'>{body}</div></div>", "2023年大事记"),
                          "http://x.gov.cn/dsj.html")
    assert all(t in art.body for _, t in items)


@pytest.mark.parametrize("cls, hint", [("o-self-promo__text", -1), ("m-self-promo m-self-promo--app", -1), ("promo", -1),
                                       ("promotion-policy", 0), ("article-content", 1)])
def test_self_promotion_blocks_are_furniture(cls, hint):
    from lxml import html as lh

    from pipelines.extract import tree

    assert tree.hint(lh.fragment_fromstring(f"<div class='{cls}'>x</div>")) == hint


# ------------------------------------------------------------------ dates of issue 10
@pytest.mark.parametrize("text,iso", [
    ("Veröffentlicht am 13. November 2023", "2023-11-13"),
    ("Datum 14.06.2023", "2023-06-14"),
    ("15.11.2023, 16.42 Uhr", "2023-11-15T16:42"),
    ("Publié le 15 février 2023", "2023-02-15"),
    ("Publicado el 15 de noviembre de 2023", "2023-11-15"),
    ("Pubblicato il 3 marzo 2022", "2022-03-03"),
    ("piątek, 15 września 2023 10:12", "2023-09-15T10:12"),
    ("Gepubliceerd op 7 maart 2021", "2021-03-07"),
    ("AUTO.SOHU.COM  2005年05月13日14:15", "2005-05-13T14:15"),
    ("本贴由大卫于2005年8月12日16:12:21在『时事论坛』张贴", "2005-08-12T16:12:21"),
    ("本地新闻　发布时间 2005/03/15 22:36:13", "2005-03-15T22:36:13"),
])
def test_date_forms_of_real_pages(text, iso):
    assert parse_date(text) == iso


def test_numeric_dates_are_month_first_on_us_pages_only():
    from pipelines.extract.dates import us_page

    assert parse_date("Post Date: 11/05/2019", month_first=True) == "2019-11-05"
    assert parse_date("Datum: 11/05/2019") == "2019-05-11"
    assert us_page("https://www.pinecounty.example/a", "en-US") and us_page("https://www.nps.gov/a", "en")
    assert not us_page("https://www.gov.uk/a", "en-GB") and not us_page("http://www.yuncheng.gov.cn/a", "zh-CN")


def test_script_and_linked_data_dates():
    from pipelines.extract.dates import linked_data_dates, script_dates

    wechat = 'var biz = "MzA5"; var ct = "1698796800"; var createTime = \'2023-11-01 08:00\';'
    assert script_dates([wechat], 8) == ["2023-11-01T08:00"]  # ct is the same moment: 00:00 UTC is 08:00 in Beijing
    assert script_dates(['var ct = "1665271800";'], 0) == ["2022-10-08T23:30"]
    assert script_dates(['var ct = "12"; var x = "2023-01-01";']) == []  # neither a Unix time nor a date variable
    graph = '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "datePublished": "2001-01-01"}, ' \
            '{"@type": ["NewsArticle"], "datePublished": "2023-11-21T09:15:00+00:00", "dateModified": "2023-11-24"}]}'
    assert linked_data_dates([graph, "{not json"]) == {"jsonld:datepublished": "2023-11-21T09:15:00+00:00",
                                                      "jsonld:datemodified": "2023-11-24"}


def test_info_bar_date_confirmed_by_the_url_wins_over_an_earlier_one():
    from pipelines.extract.dates import DateEvidence, pick_date

    ev = DateEvidence(header="今天是2023年12月05日 星期二\n2023-11-28 09:30 来源：市政府办", metas={}, disclosure={}, tail="",
                      url="http://www.x.gov.cn/art/2023/11/28/art_1_1.html", roc=False, head_lines=[], after="",
                      pre_title=[])
    assert pick_date(ev) == "2023-11-28T09:30"


def test_a_page_dated_only_in_its_sidebar_stays_undated():
    d = FIXTURES / "undated_page_dated_sidebar"
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    art = extract_article((d / "page.html").read_bytes(), exp["url"], {})
    assert art.published is None and art.body == exp["body"]


# ------------------------------------------------------------------ the seed page's own footer (issue 10)
SEED_FILE = Path(__file__).resolve().parent.parent / "crawler" / "demo_portal" / "content" / "seed" / "000_5cd97b6e2cc18415.txt"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


def _seed_html(ruby: bool) -> bytes:
    """The seed page wrapped as plain HTML: the title, the paragraphs, the ``|`` line and the footer, its pinyin
    flattened into the text as the seed has it (``版權(quán)所有``) or as real ``<ruby>`` markup."""
    import html as htmlmod
    import re

    lines = [x for x in SEED_FILE.read_text(encoding="utf-8").split("\n") if x.strip()]

    def mark(text: str) -> str:
        text = htmlmod.escape(text)
        if not ruby:
            return text
        return re.sub(rf"([\u4e00-\u9fff])\(([a-zü]*[{_TONED}][a-zü]*)\)", r"<ruby>\1<rp>(</rp><rt>\2</rt><rp>)</rp></ruby>", text)

    return (f"<html><head><meta charset='utf-8'><title>{htmlmod.escape(lines[0])}</title></head><body><h1>{mark(lines[0])}</h1>"
            + "".join(f"<p>{mark(x)}</p>" for x in lines[1:]) + "</body></html>").encode("utf-8")


@pytest.mark.parametrize("ruby", [False, True], ids=["flattened", "ruby"])
def test_seed_page_footer_fields_read_through_the_annotations(ruby):
    art = extract_article(_seed_html(ruby), "http://www.yuncheng.gov.cn/xwzx/202311/t20231122_1.html")
    f = art.footer
    assert (f["copyright"], f["icp"], f["tech_support"]) == ("山西風雨竹企業管理咨詢有限公司", "晉ICP備17003981號", "龍采科技集團")
    # the friend link is plain text in the seed: its name without the annotations (the seed itself has "?cè)S"
    # where the issue reads 豫黃: those characters are the seed's own, kept as they are)
    assert f["friend_links"] == [{"text": "晉陜?cè)S河金三角區域經濟資源平臺", "url": None}]
    assert art.title == "運城市政府召開全市重大項目謀劃工作專題會議"
    assert art.body.endswith("全面完成年度各項任務目標。")  # neither the "|" line nor the footer
    assert "(yùn)" not in art.body and "版權" not in art.body and "縣(市、區)" in art.body


def test_friend_link_names_lose_their_annotations():
    footer = ("版權(quán)所有:山西風(fēng)雨竹企業(yè)管理咨詢(xún)有限公司 備案號(hào):晉ICP備17003981號 技術(shù)支持:龍采科技集團(tuán)\n"
              "友情鏈(liàn)接(jiē):晉陜豫(yù)黃(huáng)河金三角區(qū)域經(jīng)濟(jì)資源平臺(tái) | 運(yùn)城新聞網(wǎng)")
    html = ("<html><head><title>通知</title></head><body><h1>關於做好冬季供暖工作的通知</h1>"
            "<div class='content'><p>各單位：為做好今冬供暖工作，現將有關事項通知如下。</p></div>"
            + "".join(f"<p>{x}</p>" for x in footer.split("\n")) + "</body></html>")
    art = extract_article(html.encode("utf-8"), "http://www.yuncheng.gov.cn/a.html")
    assert [x["text"] for x in art.footer["friend_links"]] == ["晉陜豫黃河金三角區域經濟資源平臺", "運城新聞網"]
    assert art.footer["copyright"] == "山西風雨竹企業管理咨詢有限公司" and art.footer["tech_support"] == "龍采科技集團"
