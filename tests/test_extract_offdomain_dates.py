"""Dates and bodies of pages written by templates the portal rules never saw (issue 10): machine-readable dates in
microdata, typeless JSON-LD, ``ptime`` metas and state scripts; a page's own date element wherever the template put
it; a two-digit year after a label; a relative time whose ``title`` holds the date; a metadata block under the
text; and the article of a script-rendered shell, read from its state JSON. Each page is written the way its
kind of site writes it, and each check has a decoy that a careless rule would take."""
from __future__ import annotations

import json

from lxml import html as lhtml

from pipelines.extract import extract_article
from pipelines.extract.dates import element_dates, linked_data_dates, script_dates, two_digit_year
from pipelines.extract.regions import after_metadata_lines
from pipelines.extract.scripted import script_article
from tests.extract_pages import EN, ZH, ps


def sidebar(dates) -> str:
    """A 最新资讯 list whose items carry their own dates (the decoy of every date rule)."""
    return "<div class='side'><h3>最新资讯</h3><ul>" + "".join(
        f"<li><a href='/n/{i}.html'>本市召开第{i}次工作会议部署重点任务</a><span class='date'>{d}</span></li>"
        for i, d in enumerate(dates)) + "</ul></div>"


def zh_page(head: str, body: str, url: str = "https://news.example.com/a/123.html") -> bytes:
    return (f"<html lang='zh-CN'><head><meta charset='utf-8'><title>返乡创业新举措_新闻中心</title>{head}</head><body>"
            f"<div class='nav'><a href='/'>首页</a><a href='/news'>新闻</a></div><div class='main'><h1>返乡创业新举措</h1>"
            f"{body}</div>{sidebar(['2023-01-05', '2023-02-11', '2023-03-17'])}"
            f"<div class='footer'>版权所有：某某新闻网 京ICP备12345678号</div></body></html>").encode(), url


def extract(page_url) -> object:
    page, url = page_url
    return extract_article(page, url, {})


def test_ptime_meta_and_year_less_visible_date():
    # 360kuai: the visible date has no year; the meta ptime has the whole date; the sidebar has other dates
    a = extract(zh_page("<meta name='ptime' content='2022-02-13 08:30:28'>",
                        f"<div class='info'><span class='time'>02-13 08:30</span></div><div class='content'>{ps(ZH)}</div>"))
    assert a.published == "2022-02-13T08:30:28"


def test_state_script_ptime_and_unquoted_millisecond_time():
    found = script_dates(['var articleData = {"docid":"AA1","ptime":"2023-10-02 20:16:09","source":"齐鲁晚报"};',
                          'window.__STATE__ = {"pubTime":1630897200000,"hits":340};'], 8)
    assert found == ["2023-10-02T20:16:09", "2021-09-06T11:00"]
    assert script_dates(['var config = {"timeout": 1630897200000, "build": "1630897200"};'], 8) == []


def test_typeless_json_ld_is_the_page_own():
    blocks = [json.dumps({"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld", "title": "x",
                          "pubDate": "2021-12-31T23:21:49", "upDate": "2022-01-02T09:21:49"})]
    assert linked_data_dates(blocks) == {"jsonld:pubdate": "2021-12-31T23:21:49"}
    # an untyped item inside a graph or a list of typed items says nothing
    graph = [json.dumps({"@graph": [{"pubDate": "2020-01-01"}, {"@type": "NewsArticle", "datePublished": "2021-05-06"}]})]
    assert linked_data_dates(graph) == {"jsonld:datepublished": "2021-05-06"}


def test_microdata_date_on_a_span_beats_a_day_first_reading():
    # Drupal on a .com host: "11/05/2019" would be read day first; the RDFa dateCreated settles it
    body = (f"<article><div class='meta'>Submitted by Carl on Tue, 11/05/2019 - 23:48"
            f"<span property='schema:dateCreated' content='2019-11-05T23:48:00+00:00' class='hidden'></span></div>"
            f"<div class='field-body'>{ps(EN)}</div></article>")
    page = (f"<html lang='en'><head><meta charset='utf-8'><title>Library hours | Fairview</title></head><body>"
            f"<h1>Library hours</h1>{body}</body></html>").encode()
    assert extract_article(page, "https://fairview-news.example.com/node/12", {}).published[:10] == "2019-11-05"


def test_microdata_dates_of_a_list_of_items_are_not_the_page_date():
    items = "".join(f"<div itemscope itemtype='https://schema.org/NewsArticle'><a href='/n/{i}'>Story {i}</a>"
                    f"<meta itemprop='datePublished' content='2023-0{i}-10'></div>" for i in range(1, 4))
    page = (f"<html><head><meta charset='utf-8'><title>Library hours</title></head><body><h1>Library hours</h1>"
            f"<div class='body'>{ps(EN)}</div><div class='related'>{items}</div></body></html>").encode()
    assert extract_article(page, "https://example.com/story", {}).published is None


def test_zhihu_created_meta_in_the_body_and_edited_line():
    body = (f"<div class='ContentItem-time'>编辑于 2022-03-01 10:12・IP 属地北京</div><div class='RichText'>{ps(ZH)}</div>"
            "<meta itemProp='dateCreated' content='2021-11-08T11:05:00.000Z'/>"
            "<meta itemProp='dateModified' content='2022-03-01T02:12:00.000Z'/>")
    assert extract(zh_page("", body)).published[:10] == "2021-11-08"


def test_date_element_after_the_body_agrees_or_says_nothing():
    root = lhtml.document_fromstring(
        "<body class='has-navbar'><div class='post'><p>Text.</p><div class='postDesc'>posted @ <span id='post-date' "
        "data-last-update-time='2019-01-07 16:12'>2018-04-12 16:12</span></div></div><div class='feedback'>"
        "<span class='comment_date'>2018-04-13 19:12</span></div></body>")
    assert element_dates(root) == ["2018-04-12T16:12"]
    # two date elements of different days outside any list: nobody can tell which is the page's
    root = lhtml.document_fromstring("<body><span class='pubtime'>2018-04-12</span><div><span class='time'>2019-02-01"
                                     "</span></div></body>")
    assert element_dates(root) == []
    # a hidden textarea with a millisecond Unix time that a script formats (环球网)
    body = (f"<textarea class='article-time' style='display:none'>1667922447000</textarea>"
            f"<div class='metadata-info'><p class='time'></p></div><div class='content'>{ps(ZH)}</div>"
            f"<ul class='recommend'><li><span class='time'>3小时前</span></li></ul>")
    assert extract(zh_page("", body, "https://world.huanqiu.com/article/4AQ2")).published == "2022-11-08T23:47"


def test_two_digit_year_after_a_label_only():
    assert two_digit_year("21-11-08 19:05") == "2021-11-08T19:05"
    a = extract(zh_page("", f"<div class='info'><span>发布时间：21-11-08 19:05</span></div><div class='content'>{ps(ZH)}</div>"))
    assert a.published == "2021-11-08T19:05"
    # without a label, 21-11-08 is no date (a product number, a score)
    a = extract(zh_page("", f"<div class='info'><span>型号 21-11-08</span></div><div class='content'>{ps(ZH)}</div>"))
    assert a.published is None


def test_relative_time_reads_its_title():
    body = (f"<div class='authi'>楼主 发表于 <span title='2024-5-3 21:14:08'>3&nbsp;天前</span></div>"
            f"<div class='t_f'>{ps(ZH)}</div>")
    assert extract(zh_page("", body)).published == "2024-05-03T21:14:08"


def test_metadata_block_under_the_body_is_read_on():
    assert after_metadata_lines(["附件", "Metryczka", "Podmiot: Urząd", "Wytworzył: Jan", "Data wytworzenia: 2023-11-10",
                                 "Data publikacji: 2023-11-15 12:48", "Zobacz też"]) == [
        "附件", "Metryczka", "Podmiot: Urząd", "Wytworzył: Jan", "Data wytworzenia: 2023-11-10",
        "Data publikacji: 2023-11-15 12:48"]
    # without a label: value line among the first lines, nothing more is read (a dated list further down)
    assert after_metadata_lines(["相关阅读", "a", "b", "c", "发布时间：2020-01-01"]) == ["相关阅读", "a", "b", "c"]
    pl = (f"<html lang='pl'><head><meta charset='utf-8'><title>Obwieszczenie - BIP</title></head><body><main><article>"
          f"<h1>Obwieszczenie o wszczęciu postępowania</h1><div class='tresc'>{ps(EN)}</div>"
          "<div class='bip-metryczka'><h3>Metryczka</h3><table>"
          "<tr><th>Podmiot udostępniający informację:</th><td>Urząd Gminy</td></tr>"
          "<tr><th>Informację wytworzył:</th><td>Jan Kowalczyk</td></tr>"
          "<tr><th>Data wytworzenia:</th><td>2023-11-10</td></tr>"
          "<tr><th>Informację opublikował:</th><td>Anna Nowak</td></tr>"
          "<tr><th>Data publikacji:</th><td>2023-11-15 12:48</td></tr></table></div></article></main></body></html>")
    assert extract_article(pl.encode(), "https://bip.gmina.example.pl/artykul/61728", {}).published[:10] == "2023-11-15"


def test_react_shell_article_from_its_state():
    state = {"article": {"loading": False, "data": {"articleId": 99830, "articleTitle": "枣阳市出台措施支持返乡入乡创业",
                                                     "pubTimeStr": "2021-09-06 11:00:00",
                                                     "articleContent": ps(ZH), "author": "县人社局"}},
             "nav": [{"name": "首页", "path": "/"}]}
    page = ("<!doctype html><html lang='zh'><head><meta charset='utf-8'/><title>枣阳市人民政府门户网站</title></head><body>"
            "<noscript>You need to enable JavaScript to run this app.</noscript><div id='root'></div>"
            f"<script>window.__PRELOADED_STATE__ = {json.dumps(state, ensure_ascii=False)};</script></body></html>")
    a = extract_article(page.encode(), "http://www.zyzf.gov.cn/news/99830", {})
    assert a.body == "\n".join(ZH)
    assert a.title == "枣阳市出台措施支持返乡入乡创业"
    assert a.published[:10] == "2021-09-06"
    assert a.method == "script" and 0 < a.confidence <= 0.8
    # escaped HTML (\u003cp\u003e) in a state string is read too
    found = script_article(["window.__NEXT_DATA__ = " + json.dumps({"props": {"title": "标题",
                                                                              "html": ps(ZH)}}).replace("<", "\\u003c")])
    assert found is not None and found.title == "标题" and found.html.startswith("<p>")


def test_page_with_an_article_never_reads_its_scripts():
    state = {"related": {"title": "别的文章", "content": ps(ZH[::-1])}}
    page = (f"<html><head><meta charset='utf-8'><title>Library hours</title></head><body><h1>Library hours</h1>"
            f"<div class='body'>{ps(EN)}</div><script>var data = {json.dumps(state, ensure_ascii=False)};</script>"
            f"</body></html>")
    a = extract_article(page.encode(), "https://example.com/story", {})
    assert a.body == "\n".join(EN) and a.method != "script"


def test_shell_without_an_article_stays_empty():
    page = ("<html><head><meta charset='utf-8'><title>App</title></head><body><div id='app'></div>"
            "<script>window.__STATE__ = {\"menu\": [\"首页\", \"新闻\"], \"tpl\": \"<div class='x'></div>\"};</script>"
            "</body></html>")
    a = extract_article(page.encode(), "https://example.com/", {})
    assert a.body == "" and a.error == "no article body found"


def test_a_notice_signature_date_beats_a_date_element_elsewhere():
    # a date element outside the furniture hints (a site bar's date under the footer) is the weakest evidence:
    # the signature wins, and without the signature the element is read
    body = f"<div class='content'>{ps(ZH)}<p>某某县人力资源和社会保障局</p><p>2023年11月20日</p></div>"
    bar = "<div class='site-info'><span class='date'>2024年05月06日</span></div></body>".encode()
    page, url = zh_page("", body)
    assert extract_article(page.replace(b"</body>", bar), url, {}).published == "2023-11-20"
    page, url = zh_page("", f"<div class='content'>{ps(ZH)}</div>")
    assert extract_article(page.replace(b"</body>", bar), url, {}).published == "2024-05-06"


def test_pull_quote_and_a_caption_block_are_not_body_text():
    # a news template: standfirst, a media block holding only a picture and its caption, the text with a pull
    # quote in an <aside>; the body is widened over the standfirst and media blocks, never to their caption
    paras = EN + ["The board will review the hours again in March, when the winter figures are in.",
                  "Residents can find the new opening times on the library's website and at every branch."]
    page = ("<html lang='en'><head><meta charset='utf-8'><title>Library extends evening hours | County News</title>"
            "</head><body><div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div><main>"
            "<div data-name='headline'><h1>Library extends evening hours</h1></div>"
            "<div data-name='standfirst'><p>Branches in the north and east stay open later on weekdays</p></div>"
            "<div data-name='media'><figure><img src='/a.jpg' alt='Library'><figcaption>The main branch on a winter "
            "evening. Photograph: Ann Lee</figcaption></figure></div>"
            f"<div data-name='body'>{ps(paras[:3])}<aside class='c9x'>“We saw the demand”<footer><cite>Board chair"
            f"</cite></footer></aside>{ps(paras[3:])}</div></main></body></html>")
    a = extract_article(page.encode(), "https://county-news.example.com/2023/11/library-hours", {})
    assert "\n".join(paras) in a.body
    assert "Photograph" not in a.body and "We saw the demand" not in a.body and "Board chair" not in a.body


def test_an_old_forum_thread_keeps_its_first_post_without_the_replies():
    # a 2005 table-layout forum: the first post in one cell, each reply in a cell of its own headed 回复：<title>
    title = "谈谈城市里的“停车难”"
    post = ZH
    replies = "".join(f"<tr><td bgcolor='#F7F7F7'><b>回复：{title}</b><br><font color='#666666'>本贴由{who}于2005年8月12日"
                      f"16:59:24在『时事论坛』回复</font><br><br>{text}<br><br><a href='reply.asp?id=1'>[回复]</a></td></tr>"
                      for who, text in (("老张", "说得对，我们小区也是这样，晚上回来根本没地方停。"),
                                        ("路人甲", "公交才是根本，光修路修停车场是修不完的。")))
    page = (f"<html><head><meta charset='utf-8'><title>{title} - 时事论坛</title></head><body>"
            "<table><tr><td><a href='/forum/'>论坛首页</a> | <a href='/forum/list.asp'>时事论坛</a></td></tr></table>"
            f"<table><tr><td><font size='3'><b>{title}</b></font><br><font color='#666666'>本贴由大卫于2005年8月12日"
            f"16:12:21在『时事论坛』张贴</font><br><br>{'<br><br>'.join(post)}</td></tr>{replies}</table></body></html>")
    a = extract_article(page.encode(), "http://bbs.example.com/forum/show.asp?id=1", {})
    assert "\n".join(post) in a.body
    assert "说得对" not in a.body and "回复：" not in a.body
    assert a.published == "2005-08-12T16:12:21"
