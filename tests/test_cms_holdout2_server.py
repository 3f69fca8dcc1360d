"""The second CMS hold-out (benchmarks/cms-holdout-2) itself: its bytes are what make_portal.py
writes, its expected.json agrees with what the server answers (every article served and linked from
where it says, every list page and list request answering), and the server's ASP.NET postback route
answers as WebForms does. These check the ground truth, not the crawler.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.cms_zoo.server import serve

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT2 = ROOT / "benchmarks" / "cms-holdout-2"


def load() -> dict:
    return json.loads((HOLDOUT2 / "expected.json").read_text(encoding="utf-8"))


def fetch(url: str, data: dict | None = None) -> tuple[int, dict, bytes]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body), timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.fixture(scope="module")
def zoo():
    with serve(HOLDOUT2) as server:
        yield {"server": server, "exp": load(), "base": server.base_url, "host": f"127.0.0.1:{server.port}"}


def test_build_is_reproducible(tmp_path):
    spec = importlib.util.spec_from_file_location("cms_holdout2_make", HOLDOUT2 / "make_portal.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    builder.build().write(tmp_path)
    for fname in ("expected.json", "routes.json"):
        assert (tmp_path / fname).read_bytes() == (HOLDOUT2 / fname).read_bytes(), fname
    made = {p.relative_to(tmp_path / "site"): p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    have = {p.relative_to(HOLDOUT2 / "site"): p.read_bytes() for p in (HOLDOUT2 / "site").rglob("*") if p.is_file()}
    assert made.keys() == have.keys()
    assert [k for k in made if made[k] != have[k]] == []


def test_expected_json_is_consistent():
    exp = load()
    articles, titles = [], []
    for key, col in exp["columns"].items():
        assert col["articles"] and col["list_pages"], key
        articles += list(col["articles"])
        titles += [a["title"] for a in col["articles"].values()]
        if not col["announced_reachable"]:
            assert col["announced"], key
        for req in col.get("list_requests", []):
            assert req["method"] in ("GET", "POST")
            if req["method"] == "POST":
                assert all(req["form"].get(f) for f in req["match"]), key
    assert len(articles) == len(set(articles)) and len(titles) == len(set(titles))
    assert {a["encoding"] for c in exp["columns"].values() for a in c["articles"].values()} == {"utf-8", "gbk"}


def _request(zoo: dict, source: str) -> tuple[int, bytes]:
    """A list page or list request as written in ``linked_from`` (``POST /path Page$N`` for a postback)."""
    if source.startswith("POST "):
        _, path, arg = source.split(" ")
        req = next(r for c in zoo["exp"]["columns"].values() for r in c.get("list_requests", [])
                   if r["url"] == path and r["form"].get("__EVENTARGUMENT") == arg)
        status, _, body = fetch(zoo["base"] + path, {**req["form"], "__VIEWSTATE": "/wEPDwUKLTQ3MjE1NjI2Mw"})
        return status, body
    status, _, body = fetch(zoo["base"] + source)
    return status, body


def test_every_article_is_served_and_linked_where_expected(zoo):
    cache: dict[str, str] = {}
    for key, col in zoo["exp"]["columns"].items():
        for url in col["list_pages"]:
            assert fetch(zoo["base"] + url)[0] == 200, (key, url)
        for url, art in col["articles"].items():
            status, _, body = fetch(zoo["base"] + url)
            assert status == 200, (key, url)
            text = html.unescape(body.decode(art["encoding"]))  # strict: GBK pages really are GBK
            assert art["title"] in text and all(p in text for p in art["paragraphs"]), (key, url)
            assert art["published"] in text
            for source in art["linked_from"]:
                if source not in cache:
                    status, raw = _request(zoo, source)
                    assert status == 200, source
                    cache[source] = raw.decode(art["encoding"])
                assert art["link"] in cache[source], (key, url, source)


def test_missing_pages_and_bad_scripts_are_what_the_readme_says(zoo):
    base = zoo["base"]
    assert fetch(base + "/js/pagenav.js")[0] == 404
    assert fetch(base + "/zwgk/tjxx/index_3.html")[0] == 404
    status, headers, body = fetch(base + "/js/fenye.js")
    assert status == 200 and "javascript" in headers["Content-Type"] and body.startswith(b"\x89PNG")
    status, _, body = fetch(base + "/static/js/app.bundle.js")
    assert status == 200 and len(body) > 2_000_000 and b"function renderPager(" in body[-600:]
    status, _, body = fetch(base + "/r/cms/www/red/js/page.js")
    assert status == 200 and "上一页".encode("gbk") in body
    page = fetch(base + "/zwgk/zdxm/index.html")[2].decode()
    assert f"http://127.0.0.2:{zoo['server'].port}/common/js/pagination.js" in page


def test_aspnet_postback_pages(zoo):
    base = zoo["base"]
    col = zoo["exp"]["columns"]["aspnet_postback"]
    first = fetch(base + col["entry"])[2].decode()
    assert "__doPostBack(&#39;ctl00$ContentPlaceHolder1$GridView1&#39;,&#39;Page$5&#39;)" in first
    viewstate = re.search(r'id="__VIEWSTATE" value="([^"]+)"', first).group(1)
    seen = set(re.findall(r'href="(Show\.aspx\?id=\d+)"', first))
    for req in col["list_requests"]:
        status, _, body = fetch(base + req["url"], {**req["form"], "__VIEWSTATE": viewstate})
        assert status == 200
        seen |= set(re.findall(r'href="(Show\.aspx\?id=\d+)"', body.decode()))
    assert len(seen) == len(col["articles"]) == col["announced"]["records"]
    # no __VIEWSTATE: ASP.NET's 500; an unknown pager argument: the first page again
    assert fetch(base + col["entry"], col["list_requests"][0]["form"])[0] == 500
    status, _, body = fetch(base + col["entry"], {"__EVENTTARGET": "x", "__EVENTARGUMENT": "Page$2", "__VIEWSTATE": "v"})
    assert status == 200 and body.decode() == first
