"""The general main-text core (``pipelines.extract.generic``) and the rules it feeds: pages that no portal rule
was written for must not come back empty or as one metadata line, and each body carries its method and confidence."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lhtml

from pipelines.extract import extract_article
from pipelines.extract.body import skip_blocks
from pipelines.extract.generic import main_region, metadata_only, prose_totals
from pipelines.extract.lines import promo_line
from pipelines.extract.serialize import LINK_CLOSE, LINK_OPEN
from pipelines.extract.threads import first_of_repeated
from pipelines.extract.tree import clean_tree, hint, measure, parse_html, prose_line

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
PARAS = ["The county board voted on Tuesday to extend the library's evening hours through the winter, citing strong demand.",
         "Branches in the north and east will stay open until 9 p.m. on weekdays, two hours later than before.",
         "Officials said the change costs about $80,000 a year and will be paid from the system's reserve fund."]


def page(body: str, title: str = "Library extends evening hours") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title} - County News</title></head><body>"
            f"<div class='menu'><a href='/'>Home</a> <a href='/news'>News</a> <a href='/events'>Events</a></div>"
            f"{body}<div class='footer'>&copy; 2023 County News. All Rights Reserved.</div></body></html>").encode()


def ps(paras) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


@pytest.mark.parametrize("line,prose", [
    ("by | November 18, 2019 12:01 PM", False),
    ("13. November 2023 von Redaktion", False),
    ("By Maria Delgado | Feb. 7, 2023", False),
    ("掌上绥德", False),
    ("原创", False),
    (PARAS[0], True),
    ("因线路检修，12月3日城东片区停电。", True),
    ("Die Befürchtung der Beschäftigten resultiert aus der vermehrten Beschaffung.", True),
])
def test_prose_line_tells_running_text_from_metadata(line, prose):
    assert prose_line(line) is prose


def test_metadata_only():
    assert metadata_only([])
    assert metadata_only(["by | November 18, 2019 12:01 PM"])
    assert metadata_only(["原创", "掌上绥德", "赞", "在看"])
    assert not metadata_only(["November 18, 2019", PARAS[0]])
    verse = ["旧窗带走了炊烟的余温", "江水守着晚钟的黄昏", "石阶带走了旧窗和黄昏", "槐花照着炊烟和黄昏"]
    assert not metadata_only(verse) and metadata_only(verse[:3])


def test_dateline_block_under_the_headline_does_not_become_the_body():
    """The block right under the headline holds only the date: the article below it is the body."""
    art = extract_article(page(f"<article><h1>Library extends evening hours</h1><div class='post-meta'>6. November 2023 14:03 Uhr</div>"
                               f"<div class='photo'>Photo: County News</div><section class='text'>{ps(PARAS)}</section></article>"),
                          "https://news.example/2023/11/06/library")
    assert art.body == "\n".join(PARAS)
    assert art.confidence >= 0.8


def test_text_split_over_wrappers_comes_out_whole():
    rows = "".join(f"<div class='row'><div class='col'><div class='text-block'><p>{p}</p></div></div></div>" for p in PARAS)
    art = extract_article(page(f"<h1>Library extends evening hours</h1><div class='content'>{rows}</div>"), "https://news.example/a")
    assert art.body == "\n".join(PARAS)
    assert art.method in ("rules+core", "core", "rules")


def test_lead_paragraph_between_headline_and_text_joins_it():
    lead = "Evening hours at two branches will run two hours longer from December, the county said."
    art = extract_article(page(f"<div class='story'><h1>Library extends evening hours</h1><p class='standfirst'>{lead}</p>"
                               f"<div class='byline'>By Ann Lee</div><div class='story-body'>{ps(PARAS)}</div></div>"),
                          "https://news.example/b")
    assert art.body.split("\n") == [lead] + PARAS
    assert art.method == "rules+core"


def test_deliberate_picks_of_the_rules_keep_their_confidence():
    """A thread's first post (dated posts) and a one-line notice right under its headline are the rules' picks,
    trusted although the core's region is larger (the whole thread) or elsewhere (a service list)."""
    for name, method in (("forum_first_post_long_replies", "first-post"), ("short_under_headline", "rules")):
        d = FIXTURES / name
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        art = extract_article((d / "page.html").read_bytes(), exp["url"], json.loads((d / "headers.json").read_text()))
        assert art.body == exp["body"]
        assert art.method == method and art.confidence >= 0.6, (name, art.method, art.confidence)


def test_undated_blocks_of_one_shape_are_one_text_not_posts():
    root = parse_html("<html><body><h1>T</h1>" + "".join(f"<div class='wrap'><div class='txt'>{p}</div></div>" for p in PARAS)
                      + "</body></html>")
    clean_tree(root)
    pg = measure(root)
    blocks = [el for el in root.iter("div") if el.get("class") == "txt"]
    best = max(blocks, key=pg.score)
    picked, posts = first_of_repeated(best, pg.score(best), pg)
    assert not posts


def test_hidden_article_is_kept_and_a_hidden_menu_is_not():
    html = ("<html><body><div class='m' style='display:none'><a href='/a'>Menu one</a> <a href='/b'>Menu two</a></div>"
            "<div id='meta'>原创 平安青禾</div>"
            f"<div id='js_content' style='visibility: hidden;'>{ps(PARAS)}</div></body></html>")
    root = parse_html(html)
    clean_tree(root)
    assert root.get_element_by_id("js_content") is not None
    assert not root.xpath("//div[@class='m']")
    art = extract_article(html.encode(), "https://mp.weixin.qq.com/s/abc")
    assert art.body == "\n".join(PARAS)


def test_article_only_in_noscript():
    html = (f"<html><head><title>Library extends evening hours</title></head><body><noscript><h1>Library extends evening hours</h1>"
            f"{ps(PARAS)}</noscript><div id='app'></div></body></html>")
    art = extract_article(html.encode(), "https://news.example/#/a/1")
    assert art.body == "\n".join(PARAS)


def test_region_prefers_the_whole_text_over_one_wrapper_and_skips_furniture():
    html = (f"<html><body><div class='nav'>{' '.join(f'<a href=/{i}>Section {i}</a>' for i in range(30))}</div>"
            f"<div id='story'><div class='a'>{ps(PARAS[:2])}</div><div class='b'>{ps(PARAS[2:])}</div></div>"
            f"<div class='comments'><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p><p>{PARAS[0]}</p></div></body></html>")
    root = parse_html(html)
    clean_tree(root)
    pg = measure(root)
    region = main_region(pg)
    assert region.node.get("id") == "story"
    assert prose_totals(pg)[region.node][1] == 0


def test_utility_classes_are_no_furniture_hints():
    el = lhtml.fragment_fromstring("<div class='bg-grey-light padding-small margin-bottom'>x</div>")
    assert hint(el) == 0
    assert hint(lhtml.fragment_fromstring("<div class='footer-bottom'>x</div>")) < 0
    assert hint(lhtml.fragment_fromstring("<div class='testimonial-slider'>x</div>")) < 0


@pytest.mark.parametrize("line,promo", [
    (f"Read more: {LINK_OPEN}Water rates to rise 3 percent in April{LINK_CLOSE}", True),
    (f"Lea también: {LINK_OPEN}Impiden ingreso a Nicaragua a reportero{LINK_CLOSE}", True),
    (f"相关阅读：{LINK_OPEN}全市冬季供暖工作有序推进{LINK_CLOSE}", True),
    (f"来源：{LINK_OPEN}青禾日报社{LINK_CLOSE}", False),
    (f"附件：{LINK_OPEN}检查情况通报.pdf{LINK_CLOSE}", False),
    (f"The council said {LINK_OPEN}the new plan{LINK_CLOSE} will be published in May.", False),
])
def test_promo_line(line, promo):
    assert promo_line(line) is promo


def test_captions_and_teaser_cards_are_skipped():
    html = (f"<html><body><div id='b'><p>{PARAS[0]}</p><figure><img src='a.jpg'><figcaption>Crews at work. Photo: file</figcaption></figure>"
            f"<p>{PARAS[1]}</p><a class='card' href='/x'><div><h3>Other story headline</h3><p>A blurb about it.</p></div></a>"
            f"<p>{PARAS[2]}</p></div></body></html>")
    root = parse_html(html)
    clean_tree(root)
    pg = measure(root)
    node = root.get_element_by_id("b")
    skipped = skip_blocks([node], pg)
    assert {el.tag for el in skipped} >= {"figcaption", "a"}


def test_confidence_orders_clean_articles_above_doubtful_ones():
    good = extract_article(page(f"<h1>Library extends evening hours</h1><div class='content'>{ps(PARAS)}</div>"), "https://news.example/c")
    thin = extract_article(page("<h1>Library extends evening hours</h1><div class='meta'>November 18, 2019</div>"), "https://news.example/d")
    links = extract_article(page("<ul>" + "".join(f"<li><a href='/{i}'>Story number {i} of the day</a></li>" for i in range(20)) + "</ul>"),
                            "https://news.example/e")
    assert good.confidence > 0.8
    assert thin.confidence <= 0.1 and links.confidence <= 0.1
    assert good.to_record()["confidence"] == good.confidence and good.to_record()["method"] == good.method
