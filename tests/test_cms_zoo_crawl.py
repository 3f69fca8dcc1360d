"""The crawler on the CMS zoo (tests/cms_zoo): one column per list mechanism of the CMSs Chinese
governments run on (TRS pagers, 大汉 jpage, framesets, handlers, selects, script pagers, a JSON
list, VSB, sitemaps, feeds, a long 下一页 chain, unusual URL shapes, and bad pagers).

One shared crawl (and its re-crawl) of the whole zoo per session, through ``govarchive crawl`` over
loopback into a real SQLite archive; every test reads its own column from it. Two small extra
crawls check the limits (depth, page cap) are reported, not silent.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cms_zoo.server import ZooServer

ROOT = Path(__file__).resolve().parents[1]
ZOO = ROOT / "tests" / "cms_zoo"
EXPECTED = json.loads((ZOO / "expected.json").read_text(encoding="utf-8"))
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        "-s", "RETRY_BACKOFF_BASE=0.05", "--progress", "plain"]


def run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "archive.cli", *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def config_for(tmp: Path, port: int, extra: str = "") -> Path:
    text = (ZOO / "zoo.toml").read_text(encoding="utf-8").replace("127.0.0.1:8013", f"127.0.0.1:{port}")
    path = tmp / "zoo.toml"
    # top-level keys must come before the first table
    path.write_text(extra + "\n" + text if extra else text, encoding="utf-8")
    return path


def key(url: str) -> str:
    """A URL as the zoo's books spell it: path and sorted query, IIS paths in lower case."""
    from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

    split = urlsplit(url)
    path = unquote(split.path) or "/"
    pairs = parse_qsl(split.query, keep_blank_values=True)
    if path.lower().startswith("/oldsite/"):
        path, pairs = path.lower(), [(k.lower(), v) for k, v in pairs]
    query = urlencode(sorted(pairs))
    return path + ("?" + query if query else "")


@dataclass
class Crawl:
    db: Path
    first: subprocess.CompletedProcess
    second: subprocess.CompletedProcess
    first_requests: int
    second_requests: int
    offsite: int
    requests: dict
    base_url: str


@pytest.fixture(scope="session")
def zoo_crawl(tmp_path_factory) -> Crawl:
    tmp = tmp_path_factory.mktemp("zoo")
    server = ZooServer(ZOO).start()
    try:
        config = config_for(tmp, server.port)
        db = tmp / "zoo.db"
        first = run("crawl", str(config), "--db", str(db), *FAST)
        first_total, requests = server.total(), dict(server.requests)
        offsite = sum(server.offsite_requests.values())
        server.reset_counts()
        second = run("crawl", str(config), "--db", str(db), *FAST)
        second_total = server.total()
        base = server.base_url
    finally:
        server.stop()
    return Crawl(db, first, second, first_total, second_total, offsite, requests, base)


def _articles(db: Path) -> dict[str, list[tuple[str, str]]]:
    conn = sqlite3.connect(db)
    out: dict[str, list[tuple[str, str]]] = {}
    for url, title, body in conn.execute("SELECT url, title, body FROM articles"):
        out.setdefault(key(url), []).append((title, body))
    conn.close()
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def test_crawl_finishes(zoo_crawl):
    assert zoo_crawl.first.returncode == 0, zoo_crawl.first.stderr[-3000:]
    assert zoo_crawl.second.returncode == 0, zoo_crawl.second.stderr[-3000:]


@pytest.mark.parametrize("column", sorted(EXPECTED["columns"]))
def test_every_article_of_the_column_archived_once_with_its_body(zoo_crawl, column):
    stored = _articles(zoo_crawl.db)
    col = EXPECTED["columns"][column]
    missing, twice, wrong = [], [], []
    for url, art in col["articles"].items():
        hits = stored.get(key(url), [])
        if not hits:
            missing.append(url)
            continue
        if len(hits) > 1:
            twice.append(url)
        title, body = hits[0]
        if _norm(title) != _norm(art["title"]) or not all(_norm(p) in _norm(body) for p in art["paragraphs"]):
            wrong.append(url)
    assert not missing, f"{column} ({col['mechanism']}): {len(missing)} of {len(col['articles'])} not archived: {missing[:3]}"
    assert not twice and not wrong, (twice, wrong)
    # and no article of this column under a second URL
    titles = [t for hits in stored.values() for t, _ in hits]
    for art in col["articles"].values():
        assert titles.count(art["title"]) == 1, art["title"]


def test_no_list_page_is_stored_as_an_article(zoo_crawl):
    stored = _articles(zoo_crawl.db)
    lists = {key(u) for col in EXPECTED["columns"].values() for u in [*col["list_pages"], *col.get("aliases", {})]}
    lists |= {key(r["url"]) for col in EXPECTED["columns"].values() for r in col.get("list_requests", [])}
    lists |= {key(u) for u in EXPECTED["other_pages"]}
    assert not lists & set(stored)
    articles = {key(u) for col in EXPECTED["columns"].values() for u in col["articles"]}
    assert set(stored) <= articles, sorted(set(stored) - articles)[:5]


def test_the_summary_flags_the_column_whose_announced_size_is_not_reached(zoo_crawl):
    out = zoo_crawl.first.stderr
    summary = out[out.rfind("cmszoo: "):]
    assert "discovery fell short" in summary
    assert re.search(r"column \S+/zwgk/jyta/: page says 5 pages, 2 reached; page says 20 records, 8 article", summary)
    # columns whose announced size was reached are not flagged
    for entry in ("/xwzx/bmdt/", "/zwgk/tzgg/", "/col/col1229/", "/zwgk/zcwj/", "/xxgk/jyxw.htm", "/xxgk/gsgg/"):
        assert not re.search(r"column \S*" + re.escape(entry), summary), entry
    # stats shows the last crawl (the re-crawl, which stopped paging at known articles): the column
    # stays flagged, as of the crawl that walked it
    stats = run("stats", "--db", str(zoo_crawl.db))
    assert stats.returncode == 0
    assert re.search(r"column \S+/zwgk/jyta/: page says 5 pages, 2 reached.*as of crawl #1", stats.stdout)
    second = zoo_crawl.second.stderr
    assert re.search(r"column \S+/zwgk/jyta/: page says 5 pages, 2 reached.*as of crawl #1", second)
    conn = sqlite3.connect(zoo_crawl.db)
    columns = [json.loads(f) for (f,) in conn.execute(
        "SELECT facts FROM crawl_discovery WHERE crawl_id = 1 AND kind = 'column'")]
    conn.close()
    bmdt = next(c for c in columns if c["column"].endswith("/xwzx/bmdt/"))
    assert bmdt["announced_pages"] == 3 and bmdt["pages_reached"] == 3 and not bmdt["shortfall"]
    assert "trs-createPageHTML" in bmdt["mechanisms"]


def test_a_recrawl_stays_incremental(zoo_crawl):
    assert zoo_crawl.second_requests <= 0.10 * zoo_crawl.first_requests, (
        zoo_crawl.second_requests, zoo_crawl.first_requests)
    conn = sqlite3.connect(zoo_crawl.db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == sum(
        len(c["articles"]) for c in EXPECTED["columns"].values())
    conn.close()


def test_bad_pagers_are_bounded_and_recorded_as_errors(zoo_crawl):
    assert zoo_crawl.offsite == 0  # the offsite pager template was not followed
    rsxx = [r for r in zoo_crawl.requests if "/zwgk/rsxx/" in r and "/20" not in r]
    assert len(rsxx) <= 6, rsxx  # countPage = 99999999: walked page by page, not 99999999 times
    negative = [r for r in zoo_crawl.requests if "/zwgk/czzj/" in r and "/20" not in r]
    assert len(negative) <= 2, negative
    conn = sqlite3.connect(zoo_crawl.db)
    problems = [json.loads(f) for (f,) in conn.execute("SELECT facts FROM crawl_discovery WHERE kind = 'problem'")]
    errors = dict(conn.execute("SELECT url, error FROM pages WHERE error IS NOT NULL").fetchall())
    conn.close()

    def about(path: str) -> list[str]:
        return [p["detail"] for p in problems if path in p["url"]]

    assert any("99999999" in d for d in about("/zwgk/rsxx/"))
    assert any("negative" in d or "-3" in d for d in about("/zwgk/czzj/"))
    assert any("outside the allowed domains" in d for d in about("/zwgk/zdxm/"))
    assert any("HTML page" in d for d in about("/col/col1302/"))
    assert any("truncated or garbage" in d for d in about("/col/col1303/"))
    # the dataproxy answers that were garbage or an error page are error pages of their own
    assert sum("columnid=1302" in u and "HTML page" in e for u, e in errors.items()) == 1
    assert sum("columnid=1303" in u and "garbage" in e for u, e in errors.items()) == 1


def test_list_dates_and_lastmod_are_kept_per_article_url(zoo_crawl):
    conn = sqlite3.connect(zoo_crawl.db)
    dates = {key(u): (d, m) for u, d, m in conn.execute("SELECT url, list_date, lastmod FROM link_dates")}
    conn.close()
    trs = EXPECTED["columns"]["trs_vars"]["articles"]
    assert all(dates[key(u)][0] == a["published"] for u, a in trs.items())
    sitemap = EXPECTED["columns"]["sitemap_only"]["articles"]
    assert all(dates[key(u)][1] for u in sitemap)


def test_pagination_spends_no_depth_and_limits_are_reported(tmp_path):
    """DEPTH_LIMIT=1: the home page's columns are walked to their last page (62 pages of 下一页),
    and what the depth limit kept out (the old frameset's lists) is reported with where."""
    server = ZooServer(ZOO).start()
    try:
        config = config_for(tmp_path, server.port)
        db = tmp_path / "depth.db"
        result = run("crawl", str(config), "--db", str(db), *FAST, "-s", "DEPTH_LIMIT=1")
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-2000:]
    stored = _articles(db)
    chain = EXPECTED["columns"]["long_chain"]["articles"]
    assert all(key(u) in stored for u in chain)
    summary = result.stderr[result.stderr.rfind("cmszoo: "):]
    assert re.search(r"limit depth: stopped discovery at \S+/oldsite/\S* -- \d+ link\(s\) left unvisited", summary)
    assert "(finished; discovery fell short" in summary


def test_a_page_cap_says_how_much_it_left(tmp_path):
    server = ZooServer(ZOO).start()
    try:
        config = config_for(tmp_path, server.port)
        db = tmp_path / "cap.db"
        result = run("crawl", str(config), "--db", str(db), *FAST, "--max-pages", "40")
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-2000:]
    summary = result.stderr[result.stderr.rfind("cmszoo: "):]
    m = re.search(r"limit page cap: stopped discovery at \(the crawl\) -- (\d+) link\(s\) left unvisited", summary)
    assert m and int(m.group(1)) > 0, summary


def test_sites_check_validates_json_lists(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text((ZOO / "zoo.toml").read_text(encoding="utf-8"), encoding="utf-8")
    assert run("sites", "--check", str(good)).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'name = "x"\nstart_urls = ["http://127.0.0.1:8013/"]\n[[json_lists]]\n'
        'url = "http://127.0.0.1:8013/api/list?page=1"\nitem = "data.list"\nurl_field = "url"\n',
        encoding="utf-8",
    )
    result = run("sites", "--check", str(bad))
    assert result.returncode != 0
    assert "has no {page}" in result.stderr + result.stdout
    assert "unknown key 'item' (did you mean 'items'?)" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
