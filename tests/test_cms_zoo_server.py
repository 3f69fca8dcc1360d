"""The CMS zoo portals themselves (tests/cms_zoo and benchmarks/cms-holdout): the servers answer as
the real CMSs do (jcms dataproxy paging, gzipped sitemaps, JSON list APIs, IIS case-insensitive ASP,
conditional GETs), and each zoo's expected.json agrees with the bytes it serves. These tests check
the ground truth, not the crawler: the crawler is scored against the zoos by benchmarks/discovery.py.
"""

from __future__ import annotations

import gzip
import html
import importlib.util
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from tests.cms_zoo.server import ZOO_DIR, serve

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "benchmarks" / "cms-holdout"
ZOOS = {"zoo": ZOO_DIR, "holdout": HOLDOUT}
CODEC = {"utf-8": "utf-8", "gbk": "gbk"}


def load(zoo: Path) -> dict:
    return json.loads((zoo / "expected.json").read_text(encoding="utf-8"))


def fetch(url: str, data: dict | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.fixture(scope="module", params=sorted(ZOOS))
def zoo(request):
    directory = ZOOS[request.param]
    with serve(directory) as server:
        yield {"name": request.param, "dir": directory, "server": server, "exp": load(directory),
               "base": server.base_url, "host": f"127.0.0.1:{server.port}"}


def source_text(zoo: dict, source: str) -> str:
    """The text of a page an article is linked from: a list page, a POSTed dataproxy range, a feed,
    a gzipped sitemap or a JSON API page (as written, with the real address filled in)."""
    base = zoo["base"]
    if source.startswith("POST "):
        url = source[5:]
        form = next(r["form"] for c in zoo["exp"]["columns"].values() for r in c.get("list_requests", [])
                    if r["url"] == url)
        form = {k: v.replace("{{HOST}}", zoo["host"]) for k, v in form.items()}
        status, _, body = fetch(base + url, form)
    else:
        status, _, body = fetch(base + source)
    assert status == 200, source
    if source.endswith(".gz"):
        body = gzip.decompress(body)
    head = body[:300].lower()
    codec = "gbk" if (b"gb2312" in head or b"gbk" in head) else "utf-8"
    text = body.decode(codec)
    if source.startswith("/api/") or source.startswith("/interface/"):
        return json.dumps(json.loads(text), ensure_ascii=False)
    return text


# --- expected.json on its own ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ZOOS))
def test_expected_json_is_consistent(name):
    exp = load(ZOOS[name])
    articles, lists, titles, paragraphs = [], [], [], []
    mechanisms = set()
    for key, col in exp["columns"].items():
        mechanisms.add(col["mechanism"])
        assert col["articles"], key
        articles += list(col["articles"])
        lists += col["list_pages"] + [r["url"] + " " + r["form"]["columnid"] for r in col.get("list_requests", [])]
        for art in col["articles"].values():
            titles.append(art["title"])
            paragraphs += art["paragraphs"]
            assert art["linked_from"] and art["link"] and art["source"]
            assert art["encoding"] in CODEC
        if col["announced_reachable"] is False:
            assert col["announced"], f"{key}: unreachable but announces nothing"
        for req in col.get("list_requests", []):
            assert req["method"] == "POST" and req["form"]["columnid"]
    assert len(articles) == len(set(articles)), "an article belongs to two columns"
    assert len(lists) == len(set(lists)), "a list page is listed twice"
    assert not set(articles) & set(lists), "a page is both list page and article"
    assert not set(articles) & set(exp["other_pages"])
    assert len(titles) == len(set(titles)), "two articles share a title"
    assert len(paragraphs) == len(set(paragraphs)), "two articles share a paragraph"
    # one column per mechanism of issue 13, at least
    for mech in ("trs-createPageHTML-literal", "trs-createPageHTML-variables", "trs-document-write", "hanweb-jpage",
                 "frameset-iframe-onclick", "frameset-area-onclick", "frameset-select", "script-pager-goPage",
                 "script-pager-turnPage", "script-pager-toPage", "sitemap-index-gz", "rss-feed-malformed",
                 "atom-feed-namespaces", "next-page-chain", "unusual-url-shapes", "bad-pager-negative",
                 "bad-pager-offsite"):
        assert mech in mechanisms, (name, mech)
    assert any(m.startswith("json-") for m in mechanisms) and any(m.startswith("vsb-") for m in mechanisms)
    assert len(exp["columns"]["long_chain"]["list_pages"]) >= 60
    assert any(not c["announced_reachable"] for c in exp["columns"].values())
    assert sum(bool(len(c["list_pages"]) > 1 or c.get("list_requests")) for c in exp["columns"].values()) >= 12


@pytest.mark.parametrize("name", sorted(ZOOS))
def test_build_is_reproducible(name, tmp_path):
    """The committed bytes are what the builder writes (nobody re-saved a GBK page by hand)."""
    if name == "zoo":
        from tests.cms_zoo import build as builder
    else:
        spec = importlib.util.spec_from_file_location("cms_holdout_make", HOLDOUT / "make_portal.py")
        builder = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(builder)
    builder.build().write(tmp_path)
    committed = ZOOS[name]
    for fname in ("expected.json", "routes.json"):
        assert (tmp_path / fname).read_bytes() == (committed / fname).read_bytes(), fname
    made = {p.relative_to(tmp_path / "site"): p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    have = {p.relative_to(committed / "site"): p.read_bytes() for p in (committed / "site").rglob("*") if p.is_file()}
    assert made.keys() == have.keys()
    assert [k for k in made if made[k] != have[k]] == []


# --- served pages against the ground truth ----------------------------------------------------------


def test_every_list_page_and_article_is_served(zoo):
    base = zoo["base"]
    for key, col in zoo["exp"]["columns"].items():
        for url in col["list_pages"] + list(col.get("aliases", {})):
            status, _, _ = fetch(base + url)
            assert status == 200, (key, url)
        for url, art in col["articles"].items():
            status, headers, body = fetch(base + url)
            assert status == 200, (key, url)
            text = html.unescape(body.decode(CODEC[art["encoding"]]))  # strict: GBK pages really are GBK
            assert art["title"] in text, (key, url)
            for para in art["paragraphs"]:
                assert para in text, (key, url, para[:20])
            if art["published"]:
                y, m, d = (int(x) for x in art["published"].split("-"))
                assert art["published"] in text or f"{y}-{m}-{d}" in text, (key, url)
            else:
                assert not re.search(r"20\d\d[-/年]\d{1,2}", text), (key, url)
            assert "{{" not in text


def test_every_article_is_linked_where_expected(zoo):
    cache: dict[str, str] = {}
    for key, col in zoo["exp"]["columns"].items():
        for url, art in col["articles"].items():
            link = art["link"].replace("{{HOST}}", zoo["host"])
            for source in art["linked_from"]:
                if source not in cache:
                    cache[source] = source_text(zoo, source)
                assert link in cache[source], (key, url, source)


def test_gbk_pages_declared_gb2312_or_gbk(zoo):
    gbk = [(u, a) for c in zoo["exp"]["columns"].values() for u, a in c["articles"].items() if a["encoding"] == "gbk"]
    assert len(gbk) >= 20
    for url, _ in gbk[:40]:
        _, _, body = fetch(zoo["base"] + url)
        assert re.search(rb"charset=[\"']?(gb2312|gbk)", body[:600], re.I), url
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")


def test_holdout_has_gbk_only_characters_under_a_gb2312_label():
    exp = load(HOLDOUT)
    texts = [p for c in exp["columns"].values() for a in c["articles"].values() if a["encoding"] == "gbk"
             for p in a["paragraphs"] + [a["title"]]]
    outside = [t for t in texts if _not_gb2312(t)]
    assert outside, "no GBK-only character on a gb2312-labelled page"


def _not_gb2312(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


# --- 大汉 jcms dataproxy ----------------------------------------------------------------------------


def test_jpage_dataproxy_pages_through_the_records(zoo):
    base = zoo["base"]
    col = zoo["exp"]["columns"]["jpage"]
    page = fetch(base + col["entry"])[2].decode("utf-8")
    inline = re.findall(r"<record><!\[CDATA\[(.*?)\]\]></record>", page, re.S)
    assert 0 < len(inline) < len(col["articles"])
    assert str(col["announced"]["records"]) in re.search(r"totalRecord\W+(\d+)", page).group(0)
    found = [re.search(r'href="([^"]+)"', r).group(1) for r in inline]
    for req in col["list_requests"]:
        form = {k: v.replace("{{HOST}}", zoo["host"]) for k, v in req["form"].items()}
        status, headers, body = fetch(base + req["url"], form)
        assert status == 200 and headers["Content-Type"].startswith("text/xml")
        root = ET.fromstring(body)  # a well-formed datastore
        assert root.tag == "datastore" and root.find("nextgroup") is not None
        records = [r.text for r in root.iter("record")]
        assert records, req["url"]
        found += [re.search(r'href="([^"]+)"', r).group(1) for r in records]
        # the JSP reads request.getParameter: everything in a GET query answers the same
        status, _, same = fetch(base + req["url"] + "&" + urllib.parse.urlencode(form))
        assert status == 200 and same == body
    paths = [urllib.parse.urlsplit(u).path for u in found]
    assert paths == list(col["articles"])  # every record once, in order
    assert len(paths) == col["announced"]["records"]


def test_jpage_dataproxy_fails_like_the_jsp(zoo):
    base = zoo["base"]
    col = zoo["exp"]["columns"]["jpage"]
    req = col["list_requests"][0]
    form = {k: v.replace("{{HOST}}", zoo["host"]) for k, v in req["form"].items()}
    # the nextgroup link alone (no startrecord/endrecord): a Tomcat 500, not records
    status, _, body = fetch(base + "/module/web/jpage/dataproxy.jsp?" + urllib.parse.urlencode(form))
    assert status == 500 and b"NumberFormatException" in body
    status, _, body = fetch(base + req["url"], {**form, "unitid": "1"})
    assert status == 500 and b"<record>" not in body
    status, _, body = fetch(base + req["url"].replace("startrecord=", "startrecord=9999&x="), form)
    assert status == 200 and b"<record>" not in body  # past the end: an empty recordset
    faulty = [c for c in zoo["exp"]["columns"].values() if c["mechanism"] == "hanweb-jpage" and not c["announced_reachable"]]
    assert faulty
    for col in faulty:
        for req in col.get("list_requests", [])[:1]:
            form = {k: v.replace("{{HOST}}", zoo["host"]) for k, v in req["form"].items()}
            status, _, body = fetch(base + req["url"], form)
            assert status == 200
            try:
                records = list(ET.fromstring(body).iter("record"))
            except ET.ParseError:
                records = []
            listed = len(re.findall(r"<record>", fetch(base + col["entry"])[2].decode()))
            assert listed + len(records) < col["announced"]["records"]


# --- sitemaps, robots.txt, feeds ---------------------------------------------------------------------


def test_robots_names_a_sitemap_index_that_leads_to_a_gzipped_sitemap(zoo):
    base = zoo["base"]
    status, _, robots = fetch(base + "/robots.txt")
    assert status == 200
    urls = list(sitemap_urls_from_robots(robots))
    assert urls and all(u.startswith(base) for u in urls)
    index = Sitemap(fetch(urls[0])[2])
    assert index.type == "sitemapindex"
    locs = [entry["loc"] for entry in index]
    gz = [u for u in locs if u.endswith(".xml.gz")]
    assert gz
    status, headers, body = fetch(gz[0])
    assert status == 200 and headers["Content-Type"] == "application/x-gzip" and "Content-Encoding" not in headers
    sitemap = Sitemap(gzip.decompress(body))
    assert sitemap.type == "urlset"
    entries = list(sitemap)
    assert all(e.get("lastmod") for e in entries)
    only = zoo["exp"]["columns"]["sitemap_only"]["articles"]
    assert sorted(urllib.parse.urlsplit(e["loc"]).path for e in entries) == sorted(only)


def test_feeds_as_written(zoo):
    base = zoo["base"]
    rss = zoo["exp"]["columns"]["rss_only"]["entry"]
    atom = zoo["exp"]["columns"]["atom_only"]["entry"]
    body = fetch(base + rss)[2]
    declared = re.match(rb'<\?xml[^>]*encoding="([^"]+)"', body).group(1).decode()
    text = re.sub(r"^<\?xml[^>]*\?>", "", body.decode("gbk" if declared.lower() in ("gb2312", "gbk") else declared))
    with pytest.raises(ET.ParseError):  # "slightly malformed": a strict XML parser refuses it
        ET.fromstring(text)
    root = ET.fromstring(fetch(base + atom)[2])
    ns = "{http://www.w3.org/2005/Atom}"
    assert root.tag == ns + "feed"
    assert len(root.findall(ns + "entry")) == len(zoo["exp"]["columns"]["atom_only"]["articles"])
    home = fetch(base + "/")[2].decode() + fetch(base + zoo["exp"]["columns"]["trs_literal"]["list_pages"][0])[2].decode()
    for feed in (rss, atom):
        assert re.search(r'<link rel="alternate" type="application/(rss|atom)\+xml"[^>]*href="%s"' % re.escape(feed), home)


# --- JSON list APIs ------------------------------------------------------------------------------------


def _dig(data, path: str):
    for part in path.split("."):
        data = data[part]
    return data


def test_json_list_api_pages(zoo):
    base = zoo["base"]
    col = zoo["exp"]["columns"]["json_list"]
    api = col["json_api"]
    got, page = [], api["first_page"]
    while True:
        status, headers, body = fetch(base + api["url"].format(page=page))
        assert status == 200 and "json" in headers["Content-Type"]
        data = json.loads(body)
        items = _dig(data, api["items"])
        assert _dig(data, api["total_field"]) == col["announced"]["records"]
        if not items:
            break
        got += items
        page += 1
    assert page - api["first_page"] == len(col["list_pages"]) - 1  # the shell + one page per API page
    paths = [urllib.parse.urlsplit(i[api["url_field"]]).path for i in got]
    assert paths == list(col["articles"])
    assert [i[api["title_field"]] for i in got] == [a["title"] for a in col["articles"].values()]
    assert all(i[api["date_field"]] for i in got)
    # the page size parameter is honoured (and capped); an unknown column gets the API's error object
    size_param = "size" if "size=" in api["url"] else "pageSize"
    big = api["url"].format(page=api["first_page"]).replace(re.search(size_param + r"=\d+", api["url"]).group(0), f"{size_param}=1000")
    assert len(_dig(json.loads(fetch(base + big)[2]), api["items"])) == len(col["articles"])
    wrong = re.sub(r"(channel|columnId)=\w+", r"\1=nosuch", api["url"].format(page=1))
    status, _, body = fetch(base + wrong)
    assert status == 200
    with pytest.raises((KeyError, TypeError)):
        _dig(json.loads(body), api["items"])
    shell = fetch(base + col["list_pages"][0])[2].decode()
    assert not any(u in shell for u in col["articles"])  # the shell alone links no article


# --- script routes, IIS, traps, conditionals -----------------------------------------------------------


def test_asp_site_is_case_insensitive_and_ignores_parameter_order(zoo):
    base = zoo["base"]
    col = zoo["exp"]["columns"]["asp_iframe"]
    page2 = col["list_pages"][1]
    want = fetch(base + page2)[2]
    path, _, query = page2.partition("?")
    pairs = urllib.parse.parse_qsl(query)
    flipped = path.upper() + "?" + urllib.parse.urlencode([(k.upper(), v) for k, v in reversed(pairs)]) + "&t=1"
    assert fetch(base + flipped)[2] == want
    status, _, body = fetch(base + path + "?" + urllib.parse.urlencode(pairs[:1] + [("page", "99")]))
    assert status == 200 and body != want  # past the last page an ASP list answers an empty page, not 404


def test_traps_and_offsite(zoo):
    base = zoo["base"]
    for key, col in zoo["exp"]["columns"].items():
        for url in col.get("traps", []):
            assert fetch(base + url)[0] == 404, (key, url)
    bad = zoo["exp"]["columns"]["bad_countpage"]
    last = bad["list_pages"][-1]
    nxt = re.sub(r"_(\d+)\.html$", lambda m: f"_{int(m.group(1)) + 1}.html", last)
    assert nxt != last and fetch(base + nxt)[0] == 404
    offsite = zoo["exp"]["columns"]["bad_offsite"]["offsite"][0].replace("{{OFFSITE}}", f"127.0.0.2:{zoo['server'].port}")
    page = fetch(base + zoo["exp"]["columns"]["bad_offsite"]["list_pages"][0])[2].decode()
    assert f"127.0.0.2:{zoo['server'].port}" in page
    if zoo["server"]._offsite is not None:
        before = sum(zoo["server"].offsite_requests.values())
        assert fetch(offsite)[0] == 200
        assert sum(zoo["server"].offsite_requests.values()) == before + 1


def test_static_pages_answer_conditional_requests(zoo):
    base = zoo["base"]
    url = base + zoo["exp"]["columns"]["trs_old"]["list_pages"][0]
    status, headers, _ = fetch(url)
    assert status == 200 and headers.get("ETag") and headers.get("Last-Modified")
    assert fetch(url, headers={"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(url, headers={"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    # dynamic endpoints send no validators, as the real scripts do not
    api = zoo["exp"]["columns"]["json_list"]["list_pages"][1]
    assert "ETag" not in fetch(base + api)[1]


def test_requests_are_counted(zoo):
    server = zoo["server"]
    before = server.total()
    fetch(zoo["base"] + "/robots.txt")
    fetch(zoo["base"] + "/no/such/page.html")
    assert server.total() == before + 2
    assert server.total(404) >= 1
    assert server.requests["GET /no/such/page.html"] >= 1


def test_server_command_line_serves_a_zoo():
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.cms_zoo.server", "--zoo", str(HOLDOUT), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        line = proc.stdout.readline()
        match = re.search(r"serving at (http://127\.0\.0\.1:\d+)/", line)
        assert match, line
        status, _, body = fetch(match.group(1) + "/")
        assert status == 200 and "石门县人民政府".encode() in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    bad = subprocess.run([sys.executable, "-m", "tests.cms_zoo.server", "--zoo", "/nonexistent"],
                         capture_output=True, text=True, cwd=ROOT, timeout=30)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "cannot serve" in bad.stderr
