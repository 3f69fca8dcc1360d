"""Rules written from web-holdout-6's blind run (issue 10): dates that platforms show only in a tooltip or without a
year, a date line under the text, a day printed over its year and month; and the lines that are not text -- a
release's contact block and ``-30-``, a live blog's entry stamps, WeChat's follow prompts, a credit line of roles
and names, credited picture captions, a breadcrumb's column name as a headline. Each page is written the way
its kind of site writes it, and each check has a decoy that a careless rule would take."""
from __future__ import annotations

from pipelines.extract import extract_article
from tests.extract_pages import EN, ZH, ps


def zh(body: str, title: str = "返乡创业新举措") -> bytes:
    return (f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a><a href='/news'>新闻</a></div><div class='main'>{body}</div>"
            "<div class='side'><h3>热门</h3><ul><li><a href='/1'>本市召开工作会议部署重点任务</a> 2月11日</li>"
            "<li><a href='/2'>另一条新闻的标题在这里</a> 2023-01-05</li></ul></div>"
            "<div class='footer'>版权所有：某某网 京ICP备12345678号</div></body></html>").encode()


def test_an_answer_dated_by_its_tooltip_not_its_edit_date():
    page = zh("<h1>返乡创业新举措</h1><div class='RichContent'>" + ps(ZH) + "</div><div class='ContentItem-time'>"
              "<a href='#'><span data-tooltip='发布于 2024-02-13 10:22'>编辑于 2024-02-15 13:22・IP 属地四川</span></a></div>"
              "<div class='more'><span>发布于 2024-02-20 08:00</span></div>")
    art = extract_article(page, "https://www.zhihu.com/question/1/answer/2")
    assert art.published.startswith("2024-02-13"), art.published


def test_a_post_shown_without_its_year_is_dated_by_the_title_attribute():
    page = zh("<div class='WB_from'><a title='2024-02-13 10:22' href='#'>2月13日 10:22</a> 来自 微博 weibo.com</div>"
              "<div class='WB_text'>" + "<br>".join(ZH) + "</div>")
    art = extract_article(page, "https://weibo.com/123/Nabc")
    assert art.published.startswith("2024-02-13"), art.published


def test_a_date_line_under_the_text_and_a_day_over_its_year_and_month():
    note = zh("<h1>返乡创业新举措</h1><div class='desc'>" + ps(ZH) + "</div><div class='bottom-container'>"
              "<span class='date'>2024-02-13 浙江</span></div><div class='comments'><div class='date'>"
              "<span>02-14</span></div></div>")
    assert extract_article(note, "https://www.xiaohongshu.com/explore/1").published.startswith("2024-02-13")
    company = zh("<div class='news-head'><div class='news-date'><strong>05</strong><span>2019.03</span></div>"
                 "<h1>返乡创业新举措</h1><p class='news-meta'>来源：华远集团</p></div><div class='news-content'>" + ps(ZH)
                 + "</div><ul><li><div class='date'><strong>27</strong><span>2019.04</span></div><a href='#'>消防演练</a></li></ul>")
    assert extract_article(company, "https://www.example.com/news/1.html").published == "2019-03-05"


def test_a_release_ends_before_its_contact_block_and_30_mark():
    page = (f"<html lang='en'><head><title>Library hours extended</title></head><body><article><h1>Library hours extended</h1>"
            f"<p><time datetime='2024-02-13'>February 13, 2024</time></p><div class='body'>{ps(EN)}<p>-30-</p>"
            "<h2>Media contact</h2><p>Jane Doe<br>Communications Officer<br>905-555-0100</p></div></article></body></html>")
    art = extract_article(page.encode(), "https://www.example-city.ca/en/news/library")
    assert art.body.split("\n")[-1] == EN[-1], art.body
    assert "Jane Doe" not in art.body and "-30-" not in art.body


def test_live_blog_stamps_wechat_prompts_and_credit_runs_are_not_text():
    blog = (f"<html lang='de'><head><title>Liveblog</title></head><body><h1>Warnstreik im Nahverkehr</h1><div class='lb'>"
            f"<div><time>16:42 Uhr</time><p>{EN[0]}</p></div><div><time>13:15 Uhr</time><p>{EN[1]}</p></div>"
            f"<div><time>09:05 Uhr</time><p>{EN[2]}</p></div></div></body></html>")
    assert "Uhr" not in extract_article(blog.encode(), "https://www.example.de/liveblog").body
    wechat = zh("<h1 id='activity-name'>返乡创业新举措</h1><div id='js_content'>" + ps(ZH)
                + "<p>新京报记者 曹军 编辑 方华桂 校对 郝琪浩</p><p>点击下方“阅读原文”查看更多</p></div>")
    body = extract_article(wechat, "https://mp.weixin.qq.com/s/abc").body
    assert body.split("\n") == ZH, body


def test_a_credited_caption_goes_and_a_portal_caption_stays():
    page = zh("<h1>返乡创业新举措</h1><div class='TRS_Editor'><p style='text-align:center'><img src='a.jpg'></p>"
              "<p style='text-align:center'>Riverside park. [Photo/Shenzhen Daily]</p>" + ps(ZH[:2])
              + "<p align='center'><img src='b.jpg'></p><p align='center'>图为返乡创业园一角</p>" + ps(ZH[2:]) + "</div>")
    body = extract_article(page, "https://www.example.gov.cn/art/1.html").body
    assert "[Photo/" not in body and "图为返乡创业园一角" in body, body


def test_a_column_heading_named_in_the_breadcrumb_is_not_the_headline():
    page = (f"<html><head><meta charset='utf-8'><title>江海电气股份有限公司</title></head><body><table><tr>"
            "<td width='200'><table><tr><td class='left_title'>新闻中心</td></tr><tr><td><a href='#'>公司新闻</a></td></tr>"
            "<tr><td class='left_title'>联系方式</td></tr><tr><td>电话：0512-1234567</td></tr></table></td><td>"
            "<table><tr><td class='position'>当前位置：首页 &gt;&gt; 新闻中心 &gt;&gt; 公司新闻</td></tr></table>"
            "<table><tr><td class='news_title'>江海电气发布2023年半年度报告</td></tr><tr><td class='news_info'>"
            f"发布日期：2023年08月29日</td></tr><tr><td class='news_content'>{ps(ZH)}</td></tr></table>"
            "</td></tr></table></body></html>")
    art = extract_article(page.encode("utf-8"), "http://www.example.com/news/1.html")
    assert art.title == "江海电气发布2023年半年度报告", art.title
