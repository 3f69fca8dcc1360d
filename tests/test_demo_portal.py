"""The bundled demo portal (清河市人民政府, fictional) and its local server, checked over loopback
with urllib only: the site is what expected.json says it is, every link resolves, the bytes
really are UTF-8 / GBK / Big5, and the server behaves like a real portal's (Content-Type map,
ETag / Last-Modified, 304, 404, robots.txt)."""
from __future__ import annotations

import collections
import email.utils
import json
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from crawler.demo_portal import build as portal_build
from crawler.demo_portal.common import strip_pinyin
from crawler.demo_portal.headers import HTML_CONTENT_TYPES, content_type_for
from crawler.demo_portal.server import SITE_ROOT, DemoPortalServer, serve

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_PATH = ROOT / "crawler" / "demo_portal" / "expected.json"
EXPECTED = json.loads(EXPECTED_PATH.read_text(encoding="utf-8"))
ARTICLES = EXPECTED["articles"]
CODEC = {"utf-8": "utf-8", "gbk": "gb18030", "gb2312": "gb18030", "big5": "big5hkscs"}
SEED_FILES = sorted((ROOT / "crawler" / "demo_portal" / "content" / "seed").glob("*.txt"))


class Resp:
    def __init__(self, status: int, headers, body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body


def fetch(url: str, headers: dict | None = None, method: str = "GET") -> Resp:
    """GET without raising on 304/404 and without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with opener.open(req, timeout=10) as r:
            return Resp(r.status, r.headers, r.read())
    except urllib.error.HTTPError as err:
        return Resp(err.code, err.headers, err.read())


def meta_charset(body: bytes) -> str:
    m = re.search(rb"charset=[\"']?([\w-]+)", body[:2048], re.I)
    return m.group(1).decode().lower() if m else "utf-8"


def decode(body: bytes) -> str:
    return body.decode(CODEC[meta_charset(body)])


@pytest.fixture(scope="module")
def portal():
    with serve() as base:
        yield base


@pytest.fixture(scope="module")
def all_pages(portal):
    """Every HTML page reachable from the home page plus every page expected.json names."""
    pages: dict[str, Resp] = {}
    todo = collections.deque(["/index.html"] + list(ARTICLES) + EXPECTED["list_pages"] + EXPECTED["disallowed"])
    while todo:
        path = todo.popleft()
        if path in pages:
            continue
        r = fetch(portal + path)
        pages[path] = r
        if r.status != 200 or not path.endswith((".html", ".htm", "/")):
            continue
        for link in links_of(path, decode(r.body)):
            if link.endswith((".html", ".htm", "/")) and link not in pages:
                todo.append(link)
    return pages


def links_of(path: str, text: str) -> list[str]:
    """Internal (same-site) link targets of a page: a/link href, img/script src."""
    doc = lxml.html.fromstring(text)
    out = []
    for el, attr in [(a, "href") for a in doc.iter("a", "link")] + [(i, "src") for i in doc.iter("img", "script")]:
        href = (el.get(attr) or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        u = urlsplit(urljoin("http://portal" + path, href))
        if u.netloc == "portal":
            out.append(u.path)
    return out


# --------------------------------------------------------------------------------------------
# Counts and ground truth
# --------------------------------------------------------------------------------------------
def test_counts_templates_and_encodings():
    assert len(ARTICLES) >= 64
    templates = collections.Counter(a["template"] for a in ARTICLES.values())
    encodings = collections.Counter(a["encoding"] for a in ARTICLES.values())
    for t in ("table", "div", "disclosure", "county"):
        assert templates[t] >= 12, templates
    for enc in ("utf-8", "gbk", "big5"):
        assert encodings[enc] >= 12, encodings
    assert templates["seed"] >= 1


def test_no_paragraph_repeated_anywhere():
    seen: dict[str, str] = {}
    for path, a in ARTICLES.items():
        assert a["paragraphs"] and all(p.strip() == p and p for p in a["paragraphs"]), path
        for p in a["paragraphs"]:
            assert p not in seen, f"{p[:30]} repeated in {seen.get(p)} and {path}"
            seen[p] = path
    lengths = collections.Counter(min(len(a["paragraphs"]), 8) for a in ARTICLES.values())
    assert lengths[1] >= 3 and lengths[8] >= 1, lengths  # varied lengths, 1 to 8 paragraphs


def test_article_urls_look_like_real_portals():
    trs = re.compile(r"^/[a-z]+/[a-z]+/\d{6}/t\d{8}_\d{7}\.html$")
    for path, a in ARTICLES.items():
        if a["template"] == "county":
            assert re.match(r"^/xwzx/yhxz/\d{4}-\d{2}/\d{2}/c\d+\.htm$", path), path
        else:
            assert trs.match(path), path
            assert path.split("/t")[-1][:8] == a["published"][:10].replace("-", ""), path


def test_expected_json_is_what_build_produces(tmp_path):
    """The committed site and expected.json are exactly what build.py makes from content/."""
    site, exp = tmp_path / "site", tmp_path / "expected.json"
    portal_build.build(site_dir=site, expected_path=exp)
    assert exp.read_bytes() == EXPECTED_PATH.read_bytes()
    built = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    shipped = {p.relative_to(SITE_ROOT).as_posix(): p.read_bytes() for p in SITE_ROOT.rglob("*") if p.is_file()}
    assert built.keys() == shipped.keys()
    assert [k for k in built if built[k] != shipped[k]] == []


# --------------------------------------------------------------------------------------------
# Links, pagination, robots
# --------------------------------------------------------------------------------------------
def test_every_internal_link_resolves(portal, all_pages):
    dead_ok = set(EXPECTED["dead_links"])
    checked: dict[str, int] = {}
    for path, r in all_pages.items():
        assert r.status == 200, path
        if not path.endswith((".html", ".htm")):
            continue
        for link in links_of(path, decode(r.body)):
            if link not in checked:
                checked[link] = all_pages[link].status if link in all_pages else fetch(portal + link, method="HEAD").status
            if link in dead_ok:
                assert checked[link] == 404, link
            else:
                assert checked[link] == 200, f"{path} -> {link}: {checked[link]}"
    assert dead_ok and dead_ok <= set(checked)
    # everything in expected.json was reached, and only expected pages are articles
    assert set(ARTICLES) <= set(all_pages)
    assert set(EXPECTED["list_pages"]) <= set(all_pages)


def test_home_page_has_nav_headlines_and_disallowed_links(portal):
    for path in ("/", "/index.html"):
        r = fetch(portal + path)
        assert r.status == 200
        text = decode(r.body)
        links = set(links_of("/index.html", text))
        for col in EXPECTED["columns"].values():
            assert col["path"] in links, col["path"]
        assert set(EXPECTED["disallowed"]) <= links
        assert len([link for link in links if link in ARTICLES]) >= 20


def test_pagination_schemes(all_pages):
    cols = EXPECTED["columns"]
    schemes = {c["scheme"] for c in cols.values()}
    assert {"trs", "prevnext", "numbered"} <= schemes
    for key, col in cols.items():
        pages = col["list_pages"]
        listed: list[str] = []
        for i, lp in enumerate(pages):
            text = decode(all_pages[lp].body)
            links = links_of(lp, text)
            arts = [link for link in links if link in ARTICLES and ARTICLES[link]["column"] == key]
            listed += arts
            if col["scheme"] != "single":
                assert len(set(arts)) <= col["page_size"]
                assert all(p in links for j, p in enumerate(pages) if j != i), (lp, "plain links to every page")
            if col["scheme"] == "trs":
                # TRS WCM's own form: the count and the current page in variables of the page
                assert 'createPageHTML(countPage, currentPage, "index", "html")' in text
                assert "var currentPage = %d;" % i in text and "var countPage = %d//" % len(pages) in text
            if col["scheme"] == "prevnext":
                for word in ("首页", "上一页", "下一页", "尾页"):
                    assert word in text
            if col["scheme"] == "numbered":
                assert all("[%d]" % (j + 1) in text for j in range(len(pages)))
        assert sorted(set(listed)) == sorted(col["articles"]), key
        if col["scheme"] != "single":
            assert len(pages) >= 2
    counts = [len(set(links_of(lp, decode(all_pages[lp].body))) & set(ARTICLES)) for lp in EXPECTED["list_pages"]]
    assert max(counts) >= 8


def test_some_articles_reachable_only_through_later_list_pages(all_pages):
    only_later = set(EXPECTED["only_via_later_list_pages"])
    assert len(only_later) >= 5
    later = {lp for c in EXPECTED["columns"].values() for lp in c["list_pages"][1:]}
    for path, r in all_pages.items():
        if path in later or not path.endswith((".html", ".htm")):
            continue
        linked = set(links_of(path, decode(r.body)))
        assert not linked & only_later, (path, sorted(linked & only_later)[:3])


def test_robots_txt_and_sitemap(portal):
    r = fetch(portal + "/robots.txt")
    assert r.status == 200 and r.headers["Content-Type"].startswith("text/plain")
    robots = r.body.decode("utf-8")
    assert "User-agent: *" in robots and "Disallow: /nbgl/" in robots and "Sitemap: /sitemap.xml" in robots
    assert all(p.startswith("/nbgl/") for p in EXPECTED["disallowed"]) and len(EXPECTED["disallowed"]) >= 3
    for p in EXPECTED["disallowed"]:
        assert fetch(portal + p).status == 200
    sm = fetch(portal + "/sitemap.xml")
    assert sm.status == 200 and "xml" in sm.headers["Content-Type"]
    locs = re.findall(r"<loc>([^<]+)</loc>", sm.body.decode("utf-8"))
    assert set(ARTICLES) <= set(locs)
    assert {c["path"] for c in EXPECTED["columns"].values()} <= set(locs)
    assert not [loc for loc in locs if loc.startswith("/nbgl/")]


def test_other_pages_are_not_articles(portal):
    assert {"/lxwm/index.html", "/search/index.html", "/xwzx/", "/zwgk/"} <= set(EXPECTED["other_pages"])
    for p in EXPECTED["other_pages"]:
        assert p not in ARTICLES and p not in EXPECTED["list_pages"]
        assert fetch(portal + p).status == 200


# --------------------------------------------------------------------------------------------
# Bytes and encodings
# --------------------------------------------------------------------------------------------
def page_text(portal, path: str) -> tuple[str, Resp]:
    r = fetch(portal + path)
    assert r.status == 200, path
    return r.body.decode(CODEC[ARTICLES[path]["encoding"]]), r


def normalized(text: str) -> str:
    """Visible text without whitespace; ruby annotations and flattened pinyin dropped."""
    doc = lxml.html.fromstring(text)
    for el in doc.xpath("//rt|//rp"):
        el.drop_tree()
    return strip_pinyin(re.sub(r"\s+", "", doc.text_content().replace("\u3000", "")))


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "big5"])
def test_bytes_really_are_in_the_declared_charset(portal, encoding):
    sample = {p: a for p, a in ARTICLES.items() if a["encoding"] == encoding}
    assert len(sample) >= 12
    declared = {"utf-8": "utf-8", "gbk": "gb2312", "big5": "big5"}[encoding]
    strict_gb2312_fails = 0
    for path, a in sample.items():
        text, r = page_text(portal, path)
        assert meta_charset(r.body) == declared, path
        if encoding != "utf-8":
            with pytest.raises(UnicodeDecodeError):
                r.body.decode("utf-8")
        if encoding == "big5":
            assert r.body.decode("big5") == text  # plain Big5, no HKSCS extensions needed
        if encoding == "gbk":
            try:
                r.body.decode("gb2312")
            except UnicodeDecodeError:
                strict_gb2312_fails += 1
        flat = normalized(text)
        assert re.sub(r"\s+", "", a["title"]) in flat, path
        for para in a["paragraphs"]:
            assert re.sub(r"\s+", "", para) in flat, (path, para[:20])
    if encoding == "gbk":
        assert strict_gb2312_fails >= 5, "GBK pages must use characters outside GB2312"


def test_content_type_headers_follow_the_data_map(portal):
    bare = with_charset = lying = 0
    for path, a in ARTICLES.items():
        r = fetch(portal + path, method="HEAD")
        ct = r.headers["Content-Type"]
        assert ct == a["content_type"] == content_type_for(path)
        if ct == "text/html":
            bare += 1
        elif "iso-8859-1" in ct:
            lying += 1
            assert a["encoding"] in ("gbk", "big5")
        else:
            with_charset += 1
            label = ct.split("charset=")[1].lower()
            assert CODEC[label if label != "gbk" else "gbk"] == CODEC[a["encoding"]] or label == a["encoding"]
    assert bare > with_charset > 0 and lying >= 5
    assert "text/html" in HTML_CONTENT_TYPES.values()


def test_lying_header_column_really_is_gbk(portal):
    col = [c for c in EXPECTED["columns"].values() if "iso-8859-1" in c["article_content_type"]]
    assert len(col) == 1
    for path in col[0]["articles"]:
        r = fetch(portal + path)
        latin = r.body.decode("iso-8859-1")
        assert ARTICLES[path]["title"] not in latin  # trusting the header gives mojibake
        assert ARTICLES[path]["title"] in r.body.decode("gb18030")
    lp = fetch(portal + col[0]["list_pages"][0])
    assert "iso-8859-1" in lp.headers["Content-Type"]


def test_attachments_and_images_served_with_proper_types(portal):
    with_att = [a for a in ARTICLES.values() if a["attachments"]]
    assert len(with_att) >= 8
    exts = {p.rsplit(".", 1)[1] for a in with_att for p in a["attachments"]}
    assert {"pdf", "doc", "docx", "xls", "xlsx"} <= exts
    magic = {"pdf": b"%PDF-", "docx": b"PK\x03\x04", "xlsx": b"PK\x03\x04", "doc": b"\xd0\xcf\x11\xe0",
             "xls": b"\xd0\xcf\x11\xe0", "png": b"\x89PNG", "jpg": b"\xff\xd8\xff"}
    for path, ct in EXPECTED["attachments"].items():
        r = fetch(portal + path)
        assert r.status == 200 and r.headers["Content-Type"] == ct
        assert r.body.startswith(magic[path.rsplit(".", 1)[1]]), path
    assert fetch(portal + "/zwgk/tzgg/202310/P020231020611382405971.pdf").headers["Content-Type"] == "application/pdf"
    chinese_text = 0
    for path, a in ARTICLES.items():
        if a["attachments"]:
            text, _ = page_text(portal, path)
            doc = lxml.html.fromstring(text)
            anchors = {urlsplit(urljoin("http://portal" + path, x.get("href"))).path: x.text_content()
                       for x in doc.iter("a") if x.get("href")}
            for att in a["attachments"]:
                assert att in anchors, (path, att)
                chinese_text += anchors[att].startswith("附件")
    assert chinese_text >= 5
    with_img = [p for p, a in ARTICLES.items() if a["images"]]
    assert len(with_img) >= 3
    for p in EXPECTED["images"]:
        r = fetch(portal + p)
        assert r.status == 200 and r.headers["Content-Type"].startswith("image/")
        assert r.body.startswith(magic[p.rsplit(".", 1)[1]])


def test_every_page_has_chrome(portal, all_pages):
    for path, r in all_pages.items():
        if not path.endswith((".html", ".htm")) or path in EXPECTED["disallowed"]:
            continue
        text = decode(r.body)
        a = ARTICLES.get(path)
        if a and a["template"] == "seed":
            assert "ICP" in text and "版權所有" in normalized(text) and "友情鏈接" in normalized(text)
            continue
        assert "当前位置" in text or "目前位置" in text, path
        assert "1301000001" in text, path
        assert "ICP备12345678号" in text or "ICP備12345678號" in text, path
        assert "公网安备" in text or "公網安備" in text, path
        assert "技术支持" in text or "技術支援" in text, path
        assert "版权所有" in text or "版權所有" in text, path


def test_templates_have_their_features(portal):
    by_t = collections.defaultdict(list)
    for p, a in ARTICLES.items():
        by_t[a["template"]].append(p)
    for p in by_t["table"][:5]:
        text, _ = page_text(portal, p)
        assert '<td class="title"' in text and "<font" in text and "发布时间：" in text and "来源：" in text
    for p in by_t["div"][:5]:
        text, _ = page_text(portal, p)
        for marker in ('<div class="article">', "<h1>", "相关新闻", "上一篇", "下一篇", "打印", "字号", "sidebar"):
            assert marker in text, (p, marker)
        assert ARTICLES[p]["published"].replace("T", " ") in text
    for p in by_t["disclosure"]:
        text, _ = page_text(portal, p)
        flat = normalized(text)
        for k, v in ARTICLES[p]["meta"].items():
            assert v.replace(" ", "") in flat, (p, k)
        assert "索" in text and "文" in text and "有" in text
    for p in by_t["county"]:
        text, _ = page_text(portal, p)
        assert "<p>" not in text and "&nbsp;&nbsp;" in text
        assert "<br><br>" in text or len(ARTICLES[p]["paragraphs"]) == 1
        if ARTICLES[p]["roc_date"]:
            assert "民國112年" in text
    disclosure_docnos = [a["meta"]["文号"] for a in ARTICLES.values() if a["template"] == "disclosure"]
    assert any(re.match(r"清政办发〔\d{4}〕\d+号", d) for d in disclosure_docnos)


def test_short_notices_have_longer_footer_than_body(portal):
    short = [p for p, a in ARTICLES.items() if sum(map(len, a["paragraphs"])) < 80]
    assert len(short) >= 2
    for p in short:
        text, _ = page_text(portal, p)
        doc = lxml.html.fromstring(text)
        footer = doc.xpath("//footer|//div[contains(@class,'footer')]|//table[contains(@class,'foot')]")
        assert footer and len(footer[-1].text_content().strip()) > sum(map(len, ARTICLES[p]["paragraphs"]))


def test_seed_page_has_real_ruby_and_the_flattened_twin(portal):
    assert SEED_FILES
    lines = [ln.strip() for ln in SEED_FILES[0].read_text(encoding="utf-8").splitlines()]
    sep = lines.index("|")
    seeds = {p: a for p, a in ARTICLES.items() if a["template"] == "seed"}
    ruby = [p for p, a in seeds.items() if a["ruby"]]
    flat = [p for p, a in seeds.items() if not a["ruby"]]
    assert len(ruby) == 1 and len(flat) == 1
    text, r = page_text(portal, ruby[0])
    assert "<ruby>運<rp>(</rp><rt>yùn</rt><rp>)</rp></ruby>" in text
    doc = lxml.html.fromstring(text)
    assert doc.xpath("string(//h1)") == lines[0]  # naive text = the seed, pinyin inline
    assert [p.text_content() for p in doc.xpath("//div[@class='detail-content']/p")] == lines[1:sep]
    foot = [p.text_content() for p in doc.xpath("//div[@class='seed-footer']/p")]
    assert foot == [ln for ln in lines[sep + 1:] if ln]
    assert "(yùn)" not in ARTICLES[ruby[0]]["title"] and ARTICLES[ruby[0]]["title"].startswith("運城")
    assert "(" not in "".join(ARTICLES[ruby[0]]["paragraphs"]).replace("(市、區)", "")
    assert doc.xpath("string(//title)") == ARTICLES[ruby[0]]["title"]
    text2, _ = page_text(portal, flat[0])
    assert "運(yùn)城" in text2 and "<ruby>" not in text2


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------
def test_conditional_get_and_validators(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(SITE_ROOT, root)
    path = next(p for p, a in ARTICLES.items() if a["encoding"] == "gbk")
    with serve(root) as base:
        r = fetch(base + path)
        etag, lm = r.headers["ETag"], r.headers["Last-Modified"]
        assert r.status == 200 and etag.startswith('"') and not etag.startswith("W/")
        assert email.utils.parsedate_to_datetime(lm)
        assert fetch(base + path, {"If-None-Match": etag}).status == 304
        assert fetch(base + path, {"If-None-Match": '"other", ' + etag}).status == 304
        assert fetch(base + path, {"If-Modified-Since": lm}).status == 304
        assert fetch(base + path, {"If-None-Match": '"nope"', "If-Modified-Since": lm}).status == 200
        old = email.utils.formatdate(time.time() - 10 * 365 * 86400, usegmt=True)
        assert fetch(base + path, {"If-Modified-Since": old}).status == 200
        # a changed page gets a new ETag and is served in full
        f = root / path.lstrip("/")
        f.write_bytes(f.read_bytes().replace("来源".encode("gbk"), "來源".encode("gbk"), 1))
        r2 = fetch(base + path, {"If-None-Match": etag})
        assert r2.status == 200 and r2.headers["ETag"] != etag
        assert base.server.requests[path] == 7


def test_paths_404_and_directories(portal):
    assert fetch(portal + "/no/such/page.html").status == 404
    assert fetch(portal + "/../../etc/passwd").status == 404
    assert fetch(portal + "/xwzx/zwyw/").body == fetch(portal + "/xwzx/zwyw/index.html").body
    r = fetch(portal + "/xwzx/zwyw")
    assert r.status == 301 and r.headers["Location"] == "/xwzx/zwyw/"
    assert fetch(portal + "/", method="HEAD").body == b""
    q = fetch(portal + "/index.html?from=test")
    assert q.status == 200 and portal.server.requests["/index.html"] >= 1


def test_faults_hook_and_request_counts(tmp_path):
    with DemoPortalServer() as server:
        base = server.base_url

        def unavailable(handler, path):
            handler.send_response(503)
            handler.send_header("Retry-After", "1")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return True

        server.faults["/robots.txt"] = unavailable
        r = fetch(base + "/robots.txt")
        assert r.status == 503 and r.headers["Retry-After"] == "1"
        del server.faults["/robots.txt"]
        assert fetch(base + "/robots.txt").status == 200
        assert server.requests["/robots.txt"] == 2


def test_cli_prints_base_url_and_serves():
    proc = subprocess.Popen([sys.executable, "-m", "crawler.demo_portal.server", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", line), line
        assert fetch(line + "/robots.txt").status == 200
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert proc.stderr.read() == ""  # quiet: no request log on stderr
