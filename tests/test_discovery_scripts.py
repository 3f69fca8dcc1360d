"""List mechanisms that live in scripts: pager functions in a script file the list page loads, pager
boxes a script fills from ``data-`` attributes, ``<select>`` jumps whose URL is built in ``onchange``,
"加载更多" buttons, JSON / JSONP lists named in a page's scripts, ASP.NET ``__doPostBack`` pagers.

The rules on their own (:func:`crawler.listpages.analyse` on strings), then one crawl of a small
loopback portal written here (served by ``tests/cms_zoo/server.py`` from a temporary directory)
through ``govarchive crawl`` into a real SQLite archive: every article found, each script fetched
once however many list pages load it, the scripts that cannot be read recorded with why, nothing
asked of another host.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.listpages import analyse
from tests.cms_zoo.server import ZooServer

ROOT = Path(__file__).resolve().parents[1]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        "-s", "RETRY_BACKOFF_BASE=0.05", "--progress", "plain"]

PAGE_JS = """function fenye(total, cur, name, ext) {
    var s = "";
    for (var i = 1; i <= total; i++) {
        s += i == cur ? "<b>" + i + "</b>" : "<a href=\\"" + (i == 1 ? name : name + "-" + i) + "." + ext + "\\">" + i + "</a>";
    }
    document.write(s);
}
"""
DATA_JS = """$(function () {
    $(".pagebox").each(function () {
        var n = parseInt($(this).attr("data-pages"), 10), h = "";
        for (var i = 2; i <= n; i++) { h += "<a href='p" + i + ".htm'>" + i + "</a>"; }
        $(this).html(h);
    });
});
"""


def html(title: str, body: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body>{body}</body></html>")


def article(title: str) -> str:
    text = "".join(f"<p>{title}的第{i}段：本区有关部门认真落实各项工作部署，推动重点任务取得实效，群众满意度持续提升。</p>"
                   for i in range(1, 4))
    return html(title, f"<h1>{title}</h1><div class='info'>发布时间：2024-03-0{len(title) % 9 + 1}</div>"
                       f"<div id='zoom'>{text}</div>")


def items(prefix: str, n0: int, n: int) -> tuple[str, dict[str, str]]:
    links, pages = [], {}
    for i in range(n0, n0 + n):
        path = f"/{prefix}/202403/t20240301_{i}.html"
        title = f"{prefix}栏目第{i}号通知公告标题"
        pages[path] = article(title)
        links.append(f'<li><a href="{path}">{title}</a><span>2024-03-01</span></li>')
    return "<ul>" + "".join(links) + "</ul>", pages


def build_portal(root: Path) -> dict[str, list[str]]:
    """A small portal: one column per mechanism; returns the article paths of each column."""
    site = root / "site"
    files: dict[str, str | bytes] = {}
    expect: dict[str, list[str]] = {}

    def column(name: str, pages: list[tuple[str, str, str]]) -> None:
        expect[name] = []
        for n, (path, head, pager) in enumerate(pages):
            ul, arts = items(name, n * 3, 3)
            files.update(arts)
            expect[name] += list(arts)
            files[path] = html(name, ul + pager, head)

    ext = '<script src="/js/fenye.js"></script>'
    # a pager function only in /js/fenye.js, used by two columns (the script is fetched once)
    for name in ("jsa", "jsb"):
        column(name, [(f"/{name}/index.html" if i == 1 else f"/{name}/index-{i}.html", ext,
                       f"<script>fenye(3, {i}, 'index', 'html');</script>") for i in (1, 2, 3)])
    files["/js/fenye.js"] = PAGE_JS
    # an empty pager box a script fills from its data- attributes
    column("box", [(f"/box/p{i}.htm" if i > 1 else "/box/index.htm", '<script src="/js/box.js"></script>',
                    '<div class="pagebox" data-pages="3"></div>') for i in (1, 2, 3)])
    files["/js/box.js"] = DATA_JS
    # a select whose onchange builds the URL from the page number
    sel = ('<select onchange="location.href = this.value == 1 ? \'index.html\' : \'list_\' + this.value + \'.html\'">'
           '<option value="1" selected>1</option><option value="2">2</option><option value="3">3</option></select>')
    column("sel", [("/sel/index.html" if i == 1 else f"/sel/list_{i}.html", "", sel) for i in (1, 2, 3)])
    # bad scripts: one that answers 404, one that is an image, one on another host
    column("gone", [("/gone/index.html", '<script src="/js/missing.js"></script>', "<script>goPage(1, 3);</script>")])
    column("png", [("/png/index.html", '<script src="/js/img.js"></script>', "<script>turnPage(4);</script>")])
    files["/js/img.js"] = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    column("away", [("/away/index.html", '<script src="http://{{OFFSITE}}/js/pager.js"></script>',
                     "<script>pageNav(3);</script>")])
    # load more: data-url + data-page + data-total; the fragments answer <li> items
    ul, arts = items("more", 0, 3)
    files.update(arts)
    expect["more"] = list(arts)
    files["/more/index.html"] = html("more", ul + '<a class="btn" data-url="/more/more.jsp?p=" data-page="2" '
                                              'data-total="3" href="javascript:;">加载更多</a>')
    for p in (2, 3):
        ul, arts = items("more", p * 3, 3)
        files.update(arts)
        expect["more"] += list(arts)
        files[f"/more/more.jsp@p={p}"] = ul
    # a JSONP list named in an $.ajax call
    records = []
    for i in range(25):
        path = f"/api/202403/t20240302_{i}.html"
        title = f"接口栏目第{i}号通知公告标题"
        files[path] = article(title)
        records.append({"title": title, "url": path.lstrip("/")})
    expect["api"] = [f"/api/202403/t20240302_{i}.html" for i in range(25)]
    files["/api/index.html"] = html("api", "<ul id='l'></ul><script>function load(pg){ $.ajax({ url: '/data/list.jsp', "
                                           "dataType: 'jsonp', data: { cid: 7, pageNo: pg, size: 10 } }); } load(1);</script>")
    # an ASP.NET GridView pager
    expect["aspx"] = []
    pages = {}
    for p in (1, 2, 3):
        ul, arts = items("aspx", p * 3, 3)
        files.update(arts)
        expect["aspx"] += list(arts)
        nums = "".join(f"<a href=\"javascript:__doPostBack('GridView1','Page${n}')\">{n}</a>" for n in (1, 2, 3) if n != p)
        files[f"/aspx/List.aspx@page{p}"] = html("aspx", f'<form method="post" action="./List.aspx" id="form1">'
                                                         f'<input type="hidden" name="__VIEWSTATE" value="vs{p}">'
                                                         f'<input type="hidden" name="__EVENTTARGET" value="">'
                                                         f'<input type="hidden" name="__EVENTARGUMENT" value="">{ul}{nums}</form>')
        pages[str(p)] = f"aspx/List.aspx@page{p}"
    nav = "".join(f'<a href="/{c}/index.html{"" if c != "box" else ""}">{c}</a>'.replace("/box/index.html", "/box/index.htm")
                  for c in ("jsa", "jsb", "box", "sel", "gone", "png", "away", "more", "api"))
    files["/index.html"] = html("home", nav + '<a href="/aspx/List.aspx">aspx</a>')
    for path, data in files.items():
        target = site / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    routes = {
        "scripts": {"/more/more.jsp": {"params": ["p"], "defaults": {}}},
        "postbacks": {"/aspx/List.aspx": {"target": "GridView1", "pages": pages}},
        "json_lists": {"/data/list.jsp": {
            "channel_param": "cid", "page_param": "pageNo", "size_param": "size", "default_size": 10,
            "jsonp_param": "callback", "envelope": {"rows": "$list", "total": "$total"}, "error": {"rows": []},
            "channels": {"7": records}}},
    }
    (root / "routes.json").write_text(json.dumps(routes), encoding="utf-8")
    return expect


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("scriptportal")
    expect = build_portal(root)
    server = ZooServer(root).start()
    try:
        config = root / "site.toml"
        config.write_text(f'name = "scripts"\nstart_urls = ["{server.base_url}/"]\nallowed_domains = ["127.0.0.1"]\n',
                          encoding="utf-8")
        db = root / "a.db"
        proc = subprocess.run([sys.executable, "-m", "archive.cli", "crawl", str(config), "--db", str(db), *FAST],
                              capture_output=True, text=True, timeout=300, cwd=ROOT,
                              env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        yield {"proc": proc, "db": db, "expect": expect, "requests": dict(server.requests),
               "offsite": dict(server.offsite_requests), "posts": list(server.posts), "base": server.base_url}
    finally:
        server.stop()


def _paths(db: Path, query: str) -> dict[str, tuple]:
    from urllib.parse import urlsplit

    conn = sqlite3.connect(db)
    try:
        out = {}
        for row in conn.execute(query):
            split = urlsplit(row[0])
            out[split.path + ("?" + split.query if split.query else "")] = row[1:]
        return out
    finally:
        conn.close()


def test_every_article_behind_a_script_mechanism_is_archived(crawl):
    assert crawl["proc"].returncode == 0, crawl["proc"].stdout[-2000:] + crawl["proc"].stderr[-2000:]
    archived = _paths(crawl["db"], "SELECT url, title FROM articles")
    for column, paths in crawl["expect"].items():
        missing = [p for p in paths if p not in archived]
        assert not missing, (column, missing)


def test_each_script_is_fetched_once_and_kept(crawl):
    requests = crawl["requests"]
    assert requests.get("GET /js/fenye.js") == 1  # two columns, six list pages load it
    assert requests.get("GET /js/box.js") == 1
    assert not crawl["offsite"], crawl["offsite"]  # the pager script on another host is not asked for
    pages = _paths(crawl["db"], "SELECT url, status, error FROM pages")
    assert pages["/js/fenye.js"][0] == 200 and pages["/js/fenye.js"][1] is None
    assert pages["/js/missing.js"][0] == 404 and "HTTP 404" in pages["/js/missing.js"][1]
    assert "binary" in pages["/js/img.js"][1]


def test_pagers_that_cannot_be_followed_say_why(crawl):
    out = crawl["proc"].stdout + crawl["proc"].stderr
    assert "goPage(): goPage is not defined" in out and "missing.js: HTTP 404" in out
    assert "turnPage(): turnPage is not defined" in out and "img.js: not a script: binary content" in out
    assert "pageNav(): pageNav is not defined" in out and "on another host, not fetched" in out


def test_postback_pages_are_form_posts_with_the_viewstate(crawl):
    posts = [form for path, form in crawl["posts"] if path.startswith("/aspx/List.aspx")]
    arguments = sorted(f["__EVENTARGUMENT"] for f in posts)
    assert "Page$2" in arguments and "Page$3" in arguments
    assert all(f["__EVENTTARGET"] == "GridView1" and f["__VIEWSTATE"].startswith("vs") for f in posts)


# --- the rules on their own ----------------------------------------------------------------------


def test_a_pager_function_from_a_script_file():
    page = html("x", "<script>fenye(3, 1, 'index', 'html');</script>", '<script src="/js/fenye.js"></script>')
    alone = analyse(page, "http://a/c/index.html")
    assert alone.wanted == ["fenye"] and alone.needs_scripts() and alone.pager == []
    facts = analyse(page, "http://a/c/index.html", external={"http://a/js/fenye.js": PAGE_JS})
    assert facts.pager == ["http://a/c/index-2.html", "http://a/c/index-3.html"]
    # a big script contributes only the functions the page calls
    big = "var x = '" + "y" * 200_000 + "';\n" + PAGE_JS
    facts = analyse(page, "http://a/c/index.html", external={"http://a/js/fenye.js": big})
    assert facts.pager == ["http://a/c/index-2.html", "http://a/c/index-3.html"]


def test_a_pager_box_filled_from_data_attributes():
    page = html("x", '<div class="pagebox" data-pages="3"></div>', '<script src="/js/box.js"></script>')
    assert analyse(page, "http://a/c/index.htm").needs_scripts()
    facts = analyse(page, "http://a/c/index.htm", external={"http://a/js/box.js": DATA_JS})
    assert facts.pager == ["http://a/c/p2.htm", "http://a/c/p3.htm"]


def test_select_onchange_runs_for_the_other_options():
    page = html("x", '<select onchange="location.href=\'list_\'+this.value+\'.html\'"><option value="1" selected>1'
                     '</option><option value="2">2</option><option value="3">3</option></select>')
    assert analyse(page, "http://a/c/list_1.html").pager == ["http://a/c/list_2.html", "http://a/c/list_3.html"]


def test_load_more_and_data_lists_and_postbacks():
    page = html("x", '<a data-url="/m.jsp?pageIndex=" data-page="2" data-total="3">加载更多</a>'
                     "<script>var api = '/api/list?cid=3&pageNo=';</script>")
    facts = analyse(page, "http://a/c/")
    assert facts.pager == ["http://a/m.jsp?pageIndex=2", "http://a/m.jsp?pageIndex=3"]
    assert facts.data_lists == ["http://a/api/list?cid=3&pageNo={page}"]
    form = ('<form method="post" action="List.aspx"><input type="hidden" name="__VIEWSTATE" value="v">'
            "<a href=\"javascript:__doPostBack('gv','Page$2')\">2</a></form>")
    posts = analyse(html("x", form), "http://a/c/List.aspx").postbacks
    assert [(p.url, p.form) for p in posts] == [
        ("http://a/c/List.aspx", {"__VIEWSTATE": "v", "__EVENTTARGET": "gv", "__EVENTARGUMENT": "Page$2"})]


def test_what_is_not_a_data_list():
    scripts = ["function goPage(n){ location.href = '/zw/list.jsp?cid=3&page=' + n; }",
               "$.ajax({ url: '/count.jsp', type: 'POST', data: { id: 5, page: page } });",
               "$.ajax({ url: '/api/list.do', data: { cid: 9, pageNum: pageNum } });"]
    facts = analyse(html("x", "".join(f"<script>{s}</script>" for s in scripts)), "http://a/zw/")
    assert facts.data_lists == ["http://a/api/list.do?cid=9&pageNum={page}"]
