"""The extractor's fast paths give the answers of the plain rules they stand for.

Each fast path (a pattern scanned once over joined texts, a case-folded pattern on ASCII text, statistics kept by
position) is exact by construction; these tests hold it to the plain definition on the project's own pages and on
strings made to trip it, so that a rule changed later in ``rules.py`` cannot silently part the two."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from pipelines.decode import decode
from pipelines.extract import extract_article, fields, footer, links, title, tree
from pipelines.extract import rules as R

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "fixtures" / "extract").glob("*/page.html")) + sorted(
    (ROOT / "benchmarks").glob("web-holdout-*/pages/*.html"))

TRICKY = ["ALL RIGHTS RESERVED", "Copyright © 2021 Example", "COPYRIGHT 2020", "Icp备12345678号", "icp 证",
          "京ICP备12345678号-1", "版权所有：某市人民政府", "版權所有(c)", "技术支持：某公司", "Friendly  Links",
          "友情链接", "浙公网安备 33050202000442号", "网站标识码：3301000001", "建议使用IE8以上浏览器",
          "The \u017ftory of copyright", "Kelvin \u212a", "\u212aELVIN logo", "İstanbul © 2019", "ﬁne print © 2020", "", " ", "\t\n"]


def page_roots():
    for path in PAGES:
        try:
            root = tree.parse_html(decode(path.read_bytes(), {}).text)
        except ValueError:
            continue
        tree.clean_tree(root)
        yield root


def test_pages_found():
    assert len(PAGES) > 100


@pytest.mark.parametrize("rx", [R.FOOTER_LINE, R.FOOTER_REGISTRATION, R.FRIEND_LABEL, R.CHROME_HINT, R.TITLE_HINTS,
                                fields._KV_CELL, R.FOOTER_WEAK, R.BOILERPLATE_LINE])
def test_ascii_search_is_search(rx):
    lines = set(TRICKY) | {"Source\tThe Times", "\x0eAuthor\x0f\t J. K.", "SOURCE:\tx", "来源\t新华社"}
    for root in page_roots():
        lines.update(x for t in root.itertext() for x in t.split("\n"))
    fast = footer.ascii_search(rx)
    assert [x for x in lines if fast(x) != (rx.search(x) is not None)] == []


def test_lowered_refuses_what_case_folding_would_change():
    for unsafe in (r"(?i:x)", "\u017f", "\u212a", r"\N{LATIN SMALL LETTER A}", r"(?P<a>x)", "[0-Z]", "[A-z]",
                   r"[\x41-\x5a]", r"[\d-z]"):
        assert footer._lowered(unsafe) is None, unsafe
    for pattern, lowered in ((r"\S+\W", r"\S+\W"), ("ICP\\s*[备備]", "icp\\s*[备備]"), ("[0-9A-Za-z]", "[0-9a-za-z]"),
                             (r"[\u4e00-\u9fff]{1,2}ICP", r"[\u4e00-\u9fff]{1,2}icp"), (r"\x41b", "ab"), ("É", "É")):
        assert footer._lowered(pattern) == lowered, pattern


def test_footer_either_is_either():
    lines = set(TRICKY)
    for root in page_roots():
        lines.update(x for t in root.itertext() for x in t.split("\n"))
    wrong = [x for x in lines if footer._FOOTER_EITHER(x)
             != bool(R.FOOTER_REGISTRATION.search(x) or R.FOOTER_LINE.search(x))]
    assert wrong == []


def test_class_verdicts_are_the_token_rules():
    values = {"TOP", "Header", "HEAD x", "site-H1", "LOGO", "x BANNER", "Site-Top", "a top b", "topx", "xtop",
              "siteName", "Biaoti", "H1", "NEWS_TITLE", "\u017fite-name", "\u212aELVIN-logo", "", "  "}
    for root in page_roots():
        for el in root.iter(etree.Element):
            values.update(v for v in (el.get("class"), el.get("id")) if v is not None)
    for rx, fast in ((R.CHROME_HINT, title._CHROME_FAST), (R.TITLE_HINTS, title._TITLE_FAST),
                     (R.CRUMB_HINT, title._CRUMB_FAST)):
        wrong = [v for v in values if title._value_verdict(rx, fast, {}, v) != any(rx.search(t) for t in v.split())]
        assert wrong == []
    # class and id hints: by value, the same as the token rules over both
    def plain(cls, id_):
        def one(value):
            verdicts = [tree._token_hint(t) for t in re.split(r"\s+", value or "") if t]
            return -1 if -1 in verdicts else (1 if 1 in verdicts else 0)
        by_class, by_id = one(cls), one(id_)
        return 0 if by_class * by_id < 0 else (by_class or by_id)
    pairs = [("content", "sidebar"), ("nav", None), (None, "main"), ("post-body footer", ""), ("", None)]
    for root in page_roots():
        pairs.extend((el.get("class"), el.get("id")) for el in root.iter(etree.Element))
    assert [p for p in pairs if (p != (None, None) and tree.pair_hint(*p) != plain(*p))] == []


def test_measured_texts_are_the_tree_texts():
    """``Page.texts``/``tails``: every non-blank text and tail of the tree (what the holder and friend-link passes
    read instead of walking the tree)."""
    for root in page_roots():
        page = tree.measure(root)
        texts = [el.text for el in page.order if el.text and not el.text.isspace()]
        assert [t for _, t in page.texts] == texts
        assert all(page.order[i].text == t for i, t in page.texts)
        every = [x for x in root.xpath("//text()") if not x.isspace()]
        assert sorted(texts + page.tails) == sorted(every)
        assert page.parents == [page.index.get(el.getparent(), -1) for el in page.order]
        assert page.sts == [page.stats[el] for el in page.order]


def test_holder_pieces_and_friend_links_by_the_plain_walk():
    for root in page_roots():
        page = tree.measure(root)
        plain = [x for x in root.xpath("//text()") if R.HOLDER_HINT.search(x)]
        assert sorted(title._holder_pieces(root, page)) == sorted(plain)
        assert title._holder_pieces(root) == plain
        base = "http://example.org/a/"
        walked = []
        for el in page.order:
            own = el.text or ""
            if R.FRIEND_LABEL.search(own) and len(own.strip()) <= R.MAX_FRIEND_LABEL_CHARS:
                walked.append(el)
        labelled = [page.order[i] for i, t in page.texts
                    if R.FRIEND_LABEL.search(t) and len(t.strip()) <= R.MAX_FRIEND_LABEL_CHARS]
        assert labelled == walked
        links.friend_links(page, base, [])  # runs on every page


def test_a_record_is_what_asdict_makes_of_the_article():
    """``Article.to_record`` copies plain values itself (asdict is slow): the same record, key for key, on every
    extraction fixture; a value of another kind falls back to asdict."""
    import pickle
    from dataclasses import asdict

    from pipelines.extract import Article

    def reference(article):
        rec = asdict(article)
        rec["attachment_links"] = rec["attachments"]
        rec["attachments"] = [a["url"] for a in article.attachments]
        return rec

    pages = sorted((ROOT / "tests" / "fixtures" / "extract").glob("*/page.html"))
    assert len(pages) >= 40
    for path in pages:
        article = extract_article(path.read_bytes(), "http://www.x.gov.cn/a/t20231122_1.html")
        record = article.to_record()
        assert pickle.dumps(record) == pickle.dumps(reference(article)), path.parent.name
        record["footer"]["friend_links"].append("x")  # a copy: the article is untouched
        assert "x" not in article.footer["friend_links"]
    odd = Article(url="http://x.gov.cn/", meta={"pair": ("a", "b")}, attachments=[{"url": "u", "text": "t"}])
    assert odd.to_record() == reference(odd) and odd.to_record()["meta"]["pair"] == ("a", "b")


def test_the_per_line_footer_tests_answer_the_same_from_memory():
    """``footer_shaped``, ``short_footer_words`` and ``has_footer_line`` remember their answer per line (a portal's
    chrome comes back on every page): the same answers as the tests themselves, and a bounded memory."""
    from pipelines.extract import footer
    from pipelines.extract import rules as R
    from pipelines.extract.serialize import split_lines

    lines = []
    for path in sorted((ROOT / "tests" / "fixtures" / "extract").glob("*/page.html")):
        lines.extend(split_lines(extract_article(path.read_bytes(), "http://x.gov.cn/").body or ""))
    lines += ["版权所有：某市人民政府　京ICP备12345678号", "主办：某市人民政府办公室", "部分网站底部仅标注“版权所有”字样。"]
    for test in (footer.footer_shaped, footer.short_footer_words, footer.has_footer_line):
        plain = test.__wrapped__
        assert [test(x) for x in lines] == [plain(x) for x in lines]
        assert [test(x) for x in lines] == [plain(x) for x in lines]  # the second time from memory
        assert any(test(x) for x in lines) and not all(test(x) for x in lines)
    for i in range(R.LINE_MEMO_SIZE + 10):
        footer.footer_shaped(f"第{i}行")
    assert footer.footer_shaped("版权所有：某市人民政府　京ICP备12345678号") is True
