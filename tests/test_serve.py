"""The researchers' window through Datasette's own test client, on a real demo archive.

Every page and JSON endpoint of the govarchive plugin, the metadata, the canned queries and
``?_search=`` on the articles table, checked against the archive library's own answers.
"""
from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest

from archive import text as textmod
from archive.db import Archive
from archive.web.metadata import HIDDEN, TABLES
from tests.web_archive import CHANGED_ARTICLE, CHANGED_NEW, SCRIPTED_ARTICLE


class Client:
    """Datasette's in-process client on one event loop (no server, no network)."""

    def __init__(self, *paths, **settings):
        from datasette.app import Datasette

        from archive.web.server import SETTINGS

        self.loop = asyncio.new_event_loop()
        self.ds = Datasette([str(p) for p in paths], settings={**SETTINGS, **settings})
        self.loop.run_until_complete(self.ds.invoke_startup())

    def get(self, path, **kwargs):
        return self.loop.run_until_complete(self.ds.client.get(path, **kwargs))

    def close(self):
        for db in self.ds.databases.values():
            db.close()
        self.loop.close()


@pytest.fixture(scope="module")
def client(web_archive, tmp_path_factory):
    plain = tmp_path_factory.mktemp("plain") / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO things (name) VALUES ('防汛 not an archive')")
    conn.commit()
    conn.close()
    c = Client(web_archive.db, plain)
    yield c
    c.close()


@pytest.fixture(scope="module")
def archive(web_archive):
    a = Archive(web_archive.db)
    yield a
    a.close()


def article_id(archive, path: str) -> int:
    return archive.conn.execute("SELECT id FROM articles WHERE url LIKE ?", ("%" + path,)).fetchone()[0]


def ids(hits):
    return sorted(h["id"] for h in hits)


# ----------------------------------------------------------------------------- search


@pytest.mark.parametrize("query", ["防汛", "水", "运城", "運城", "防汛工作", "清河 通知"])
def test_search_json_finds_what_the_library_finds(client, archive, query):
    expected = archive.search(query, limit=10_000)
    assert expected, query
    r = client.get(f"/demo/-/search.json?q={query}&size=1000")
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == len(expected)
    assert ids(body["hits"]) == ids(expected)
    assert all("<mark>" in h["snippet"] for h in body["hits"])
    # same ranking as the CLI's search
    assert [h["id"] for h in body["hits"][:10]] == [h["id"] for h in expected[:10]]


def test_traditional_and_simplified_are_the_same(client):
    simplified = client.get("/demo/-/search.json?q=运城&size=1000").json()
    traditional = client.get("/demo/-/search.json?q=運城&size=1000").json()
    assert simplified["count"] == traditional["count"] > 0
    assert any("運城" in h["title"] for h in simplified["hits"])


def test_search_page_shows_count_highlighted_snippets_and_links(client, archive):
    expected = archive.search("防汛", limit=10_000)
    html = client.get("/demo/-/search?q=防汛").text
    assert re.search(rf"<strong>{len(expected)}</strong> articles match", html)
    assert html.count('class="ga-hit"') == min(len(expected), 20)
    assert "<mark>防汛</mark>" in html
    for hit in expected[:3]:
        assert f'/demo/-/article/{hit["id"]}?q=' in html
    assert 'href="/demo/-/search.csv?q=' in html and 'href="/demo/-/search.json?q=' in html


def test_paging_covers_every_hit_once(client, archive):
    expected = ids(archive.search("市", limit=10_000))
    assert len(expected) > 20
    seen, url = [], "/demo/-/search.json?q=市&size=7&order=newest"
    while url:
        body = client.get(url).json()
        seen += [h["id"] for h in body["hits"]]
        url = body["next_url"]
    assert sorted(seen) == expected and len(seen) == len(set(seen))
    page2 = client.get("/demo/-/search?q=市&page=2").text
    assert 'rel="prev"' in page2 and "page 2 of" in page2


def test_newest_first_orders_by_published_date(client):
    hits = client.get("/demo/-/search.json?q=市&order=newest&size=1000").json()["hits"]
    dates = [h["published"][:10] for h in hits if h["published"]]
    assert dates == sorted(dates, reverse=True)


def test_filters_site_dates_and_source(client, archive):
    everything = client.get("/demo/-/search.json?q=市&size=1000").json()
    july = client.get("/demo/-/search.json?q=市&since=2023-07-01&until=2023-07-31&size=1000").json()
    assert 0 < july["count"] < everything["count"]
    assert all("2023-07-01" <= h["published"][:10] <= "2023-07-31" for h in july["hits"])
    assert ids(july["hits"]) == ids(archive.search("市", since="2023-07-01", until="2023-07-31", limit=10_000))
    # source office: contains, Traditional = Simplified
    office = client.get("/demo/-/search.json?q=市&source=应急管理局&size=1000").json()
    assert office["count"] > 0
    assert all("应急管理局" in textmod.fold(h["source"]) for h in office["hits"])
    expected = [h for h in everything["hits"] if h["source"] and "应急管理局" in textmod.fold(h["source"])]
    assert ids(office["hits"]) == ids(expected)
    trad = client.get("/demo/-/search.json?q=清河&source=鄉公所&size=1000").json()
    simp = client.get("/demo/-/search.json?q=清河&source=乡公所&size=1000").json()
    assert trad["count"] == simp["count"] > 0
    assert client.get("/demo/-/search.json?q=市&site=demo").json()["count"] == everything["count"]


def test_bad_filters_get_one_clear_message(client):
    for query, message in [("q=市&site=nowhere", "unknown site 'nowhere'"),
                           ("q=市&since=2023-13-01", "bad date"),
                           ("q=市&since=2023-08-01&until=2023-07-01", "is after"),
                           ("q=，。", "nothing to search for")]:
        r = client.get(f"/demo/-/search.json?{query}")
        assert r.status_code == 400 and message in r.json()["error"], query
        assert message in client.get(f"/demo/-/search?{query}").text.replace("&#39;", "'")


def test_csv_download_has_the_whole_result(client, archive):
    expected = archive.search("市", limit=10_000)
    r = client.get("/demo/-/search.csv?q=市&order=newest")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert len(rows) == len(expected) > 20 + 7
    assert sorted(int(row["id"]) for row in rows) == ids(expected)
    assert {"title", "url", "published", "source", "snippet"} <= set(rows[0])


def test_snippets_and_titles_are_escaped(tmp_path):
    db = tmp_path / "x.db"
    a = Archive(db, create=True)
    a.record_article(None, "x", None, {"url": "http://x/1", "title": "<b>防汛</b> & <script>bad()</script>",
                                       "body": "正文<img src=x onerror=alert(1)>防汛工作"}, "2026-01-01")
    a.close()
    c = Client(db)
    try:
        html = c.get("/x/-/search?q=防汛").text
        article = c.get("/x/-/article/1").text
    finally:
        c.close()
    assert "<script>bad()" not in html and "&lt;script&gt;bad()" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;<mark>防汛</mark>" in html
    assert "&lt;b&gt;<mark>防汛</mark>&lt;/b&gt;" in html
    assert "<script>bad()" not in article and "<img src=x" not in article


def test_datasette_table_search_uses_the_chinese_index(client, archive):
    for query in ["防汛", "水", "运城", "防汛工作"]:
        r = client.get(f"/demo/articles.json?_search={query}&_shape=array&_size=max")
        assert r.status_code == 200, r.text
        assert sorted(row["id"] for row in r.json()) == ids(archive.search(query, limit=10_000)), query
    html = client.get("/demo/articles?_search=防汛").text
    assert 'name="_search"' in html and "防汛" in html
    # nothing searchable: no rows, not an error
    assert client.get("/demo/articles.json?_search=，&_shape=array").json() == []


# ----------------------------------------------------------------------------- article


def test_article_page_of_a_changed_article(client, archive):
    art_id = article_id(archive, CHANGED_ARTICLE)
    art = archive.article(art_id)
    assert art["version"] == 2
    html = client.get(f"/demo/-/article/{art_id}").text
    assert f'<h1 id="ga-title">{art["title"]}</h1>' in html
    for paragraph in art["body"].split("\n"):
        assert f"<p>{paragraph.strip()}</p>" in html
    assert art["source"] in html and art["published"] in html
    assert html.count('class="ga-version"') == 2
    diff = html.split('id="ga-diff"', 1)[1].split("</div>", 1)[0]
    assert "<del>将于11月底</del><ins>推迟至12月10日</ins>" in diff
    assert "前全部完成" in diff
    assert CHANGED_NEW in html.split('id="ga-body"', 1)[1].split("</div>", 1)[0]  # the text is the current version
    for url in art["urls"]:
        assert url in html
    assert html.count('href="/demo/-/capture/') >= 3
    assert 'id="ga-raw-link"' in html


def test_article_page_metadata_and_footer(client, archive):
    row = archive.conn.execute("SELECT id FROM articles WHERE meta IS NOT NULL AND meta != '{}' LIMIT 1").fetchone()
    art = archive.article(row[0])
    html = client.get(f"/demo/-/article/{row[0]}").text
    meta = html.split('id="ga-meta"', 1)[1].split("</table>", 1)[0]
    assert len(art["meta"]) >= 3
    for key, value in art["meta"].items():
        assert f"<th>{key}</th><td>{value}</td>" in meta
    footer = html.split('id="ga-footer"', 1)[1].split("</table>", 1)[0]
    assert art["footer"]["icp"] in footer and art["footer"]["friend_links"][0]["url"] in footer


def test_article_page_explains_the_encoding_and_the_charset_lie(client, archive):
    row = archive.conn.execute(
        "SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.mislabelled = 1 LIMIT 1").fetchone()
    assert row, "the demo has a GBK column behind a lying Latin-1 header"
    html = client.get(f"/demo/-/article/{row[0]}").text
    encoding = html.split('id="ga-encoding"', 1)[1].split("</p>", 1)[0]
    assert "gb18030" in encoding and "iso-8859-1" in encoding and "Charset lie" in encoding
    assert "&lt;meta&gt; charset declaration" in encoding


def test_article_query_marks_matches_and_versions_are_selectable(client, archive):
    art_id = article_id(archive, CHANGED_ARTICLE)
    html = client.get(f"/demo/-/article/{art_id}?q=调试").text
    assert "<mark>调试</mark>" in html.split('id="ga-body"', 1)[1]
    same = client.get(f"/demo/-/article/{art_id}?from=2&to=2").text
    assert 'id="ga-diff"' not in same
    reverse = client.get(f"/demo/-/article/{art_id}?from=2&to=1").text
    assert "<del>推迟至12月10日</del><ins>将于11月底</ins>" in reverse


def test_article_json(client, archive):
    art_id = article_id(archive, CHANGED_ARTICLE)
    body = client.get(f"/demo/-/article/{art_id}.json").json()
    assert body["article"]["id"] == art_id
    assert [v["version"] for v in body["article"]["versions"]] == [1, 2]
    assert body["compare"]["summary"] == {"deleted": 6, "inserted": 9}
    assert ["delete", "将于11月底"] in body["compare"]["ops"]
    assert client.get("/demo/-/article/999999").status_code == 404
    assert client.get("/demo/-/article/999999.json").status_code == 404


# ----------------------------------------------------------------------------- captures


def test_capture_with_a_script_is_shown_as_text(client, archive):
    page_id = archive.conn.execute(
        "SELECT page_id FROM articles WHERE id = ?", (article_id(archive, SCRIPTED_ARTICLE),)).fetchone()[0]
    html = client.get(f"/demo/-/capture/{page_id}").text
    source = html.split('id="ga-source"', 1)[1]
    assert "&lt;script&gt;document.title = &#34;SCRIPT RAN&#34;" in source
    assert "<script>document.title" not in html and "onerror=\"document" not in html
    rendered = client.get(f"/demo/-/capture/{page_id}?view=rendered").text
    frame = re.search(r"<iframe[^>]*>", rendered).group(0)
    assert 'sandbox=""' in frame and "allow-scripts" not in frame
    assert f'src="/demo/-/capture/{page_id}/raw"' in frame


def test_raw_capture_is_a_sandboxed_document(client, archive):
    page_id = archive.conn.execute(
        "SELECT page_id FROM articles WHERE id = ?", (article_id(archive, SCRIPTED_ARTICLE),)).fetchone()[0]
    r = client.get(f"/demo/-/capture/{page_id}/raw")
    csp = r.headers["content-security-policy"]
    assert csp.startswith("sandbox;") and "default-src 'none'" in csp and "allow-scripts" not in csp
    assert "script-src" not in csp  # default-src 'none' covers scripts
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.content == archive.page_body(page_id)
    download = client.get(f"/demo/-/capture/{page_id}/raw?download=1")
    assert download.headers["content-type"] == "application/octet-stream"
    assert "attachment" in download.headers["content-disposition"]
    assert download.headers["content-security-policy"] == csp


def test_gbk_capture_is_decoded_with_its_real_encoding(client, archive):
    page_id = archive.conn.execute("SELECT id FROM pages WHERE mislabelled = 1 AND body IS NOT NULL LIMIT 1").fetchone()[0]
    body = client.get(f"/demo/-/capture/{page_id}.json").json()
    assert body["capture"]["encoding"] == "gb18030"
    assert body["text"] == archive.page_body(page_id).decode("gb18030")
    raw = client.get(f"/demo/-/capture/{page_id}/raw")
    assert raw.headers["content-type"] == "text/html; charset=gb18030"


def test_revisit_capture_shows_the_bytes_it_points_to(client, archive):
    page_id, revisit_of = archive.conn.execute(
        "SELECT id, revisit_of FROM pages WHERE revisit_of IS NOT NULL LIMIT 1").fetchone()
    html = client.get(f"/demo/-/capture/{page_id}").text
    assert f'href="/demo/-/capture/{revisit_of}">#{revisit_of}</a>' in html
    assert client.get(f"/demo/-/capture/{page_id}/raw").content == archive.page_body(revisit_of)
    assert client.get("/demo/-/capture/999999").status_code == 404


# ----------------------------------------------------------------------------- charts


def test_charts_page_draws_every_chart_from_the_data(client, archive):
    html = client.get("/demo/-/charts").text
    data = client.get("/demo/-/charts.json").json()
    q = archive.conn.execute
    dated = q("SELECT count(*) FROM articles WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'").fetchone()[0]
    assert sum(sum(values) for _, values in data["articles_per_month"]["series"]) == dated
    assert sum(data["version_changes"]["series"][0][1]) == q("SELECT count(*) FROM article_versions").fetchone()[0] > 0
    lies = q("SELECT count(DISTINCT url) FROM pages WHERE mislabelled = 1").fetchone()[0]
    assert data["encodings"]["lies"] == [["demo", lies]] and lies > 0
    assert [c["pages"] for c in data["crawls"]["crawls"]] == [
        n for (n,) in q("SELECT count(*) FROM pages GROUP BY crawl_id ORDER BY crawl_id")]
    for figure in ("chart-articles", "chart-versions", "chart-encodings", "chart-lies", "chart-crawls"):
        part = html.split(f'id="{figure}"', 1)[1].split("</figure>", 1)[0]
        assert part.count('class="mark"') > 0, figure
    months = sum(1 for _, values in data["articles_per_month"]["series"] for v in values if v)
    part = html.split('id="chart-articles"', 1)[1].split("</figure>", 1)[0]
    assert part.count('class="mark"') == months
    assert "<script" not in html.split('class="content"', 1)[1].split("</section>")[0]


@pytest.mark.parametrize("name", ["articles_per_month", "version_changes", "encodings", "charset_lies", "crawls"])
def test_each_chart_is_a_valid_svg_file(client, name):
    r = client.get(f"/demo/-/charts/{name}.svg")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    root = ET.fromstring(r.content)
    marks = [el for el in root.iter("{http://www.w3.org/2000/svg}rect") if el.get("class") == "mark"]
    assert marks and all(float(m.get("height")) > 0 and float(m.get("width")) > 0 for m in marks)


# ----------------------------------------------------------------------------- metadata, queries


def test_every_visible_table_and_column_is_described(client, archive):
    meta = client.get("/-/metadata.json").json()
    assert meta["title"] and meta["license"] and meta["source"]
    tables = meta["databases"]["demo"]["tables"]
    db = client.get("/demo.json").json()
    visible = [t["name"] for t in db["tables"] if not t["hidden"]]
    assert {"articles", "article_versions", "article_urls", "attachments", "pages", "crawls", "sites"} <= set(visible)
    for table in visible:
        assert tables[table]["description"], table
        columns = {r[1] for r in archive.conn.execute(f"PRAGMA table_info([{table}])")}
        assert columns <= set(tables[table]["columns"]), (table, columns - set(tables[table]["columns"]))
    hidden = {t["name"] for t in db["tables"] if t["hidden"]}
    present = {r[0] for r in archive.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert (set(HIDDEN) & present) <= hidden and "articles_search" in hidden
    page = client.get("/demo/articles").text
    assert TABLES["articles"]["columns"]["source"] in page


def test_canned_queries(client, archive):
    q = archive.conn.execute
    per_year = client.get("/demo/articles_per_site_per_year.json?_shape=array").json()
    assert sum(r["articles"] for r in per_year) == q("SELECT count(*) FROM articles").fetchone()[0]
    lies = client.get("/demo/charset_lies.json?_shape=array").json()
    assert len(lies) == q("SELECT count(DISTINCT url) FROM pages WHERE mislabelled = 1").fetchone()[0]
    assert {(r["header_said"], r["meta_said"], r["decoded_as"]) for r in lies} == {("iso-8859-1", "gb2312", "gb18030")}
    changed = client.get("/demo/changed_after_first_capture.json?_shape=array").json()
    assert [r["article_id"] for r in changed] == [article_id(archive, CHANGED_ARTICLE)]
    types = client.get("/demo/attachments_by_type.json?_shape=array").json()
    assert sum(r["attachments"] for r in types) == q("SELECT count(*) FROM attachments").fetchone()[0]
    urls = [u for (u,) in q("SELECT url FROM attachments")]
    assert {r["type"] for r in types} == {u.rsplit(".", 1)[1].lower() for u in urls}
    html = client.get("/demo/changed_after_first_capture").text
    assert f'href="/demo/-/article/{article_id(archive, CHANGED_ARTICLE)}"' in html


def test_every_plain_datasette_page_works_on_the_archive(client):
    for path in ["/", "/demo", "/demo/articles", "/demo/pages", "/demo/article_versions", "/demo/crawls",
                 "/demo/articles/1", "/-/plugins.json", "/demo/articles.json", "/demo/pages.json?_size=5"]:
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:300])
    index = client.get("/").text
    assert "/demo/-/search" in index and "/demo/-/charts" in index
    plugins = client.get("/-/plugins.json").json()
    assert any(p["name"] == "govarchive" for p in plugins)


def test_a_database_that_is_not_an_archive_is_left_alone(client):
    assert client.get("/plain/-/search?q=防汛").status_code == 404
    assert client.get("/plain/-/charts").status_code == 404
    assert client.get("/plain/things.json?_shape=array").json() == [{"id": 1, "name": "防汛 not an archive"}]
    assert "plain" not in client.get("/-/metadata.json").json().get("databases", {})


def test_search_json_is_valid_for_scripts(client):
    body = client.get("/demo/-/search.json?q=防汛").json()
    json.dumps(body)
    assert set(body) >= {"ok", "count", "page", "size", "next_url", "hits", "query"}
    assert body["hits"][0]["article_url"].startswith("/demo/-/article/")


def test_relevance_pages_go_on_past_the_ranked_window(monkeypatch):
    """Pages past the BM25 window list the older matches newest first: every hit once, none lost."""
    from archive import tuning
    from archive.web import finder

    a = Archive(":memory:", create=True)
    for i in range(23):
        a.record_article(None, "d", None, {"url": f"http://d/{i}", "title": f"防汛{i}", "body": "防汛" * (i % 4 + 1),
                                           "published": f"2023-01-{i + 1:02d}"}, "2026-01-01")
    monkeypatch.setattr(tuning, "RANK_WINDOW", 5)
    pages = [finder.search(a.conn, "防汛", limit=4, offset=k) for k in range(0, 24, 4)]
    seen = [h["id"] for page in pages for h in page]
    assert sorted(seen) == list(range(1, 24)) and finder.count(a.conn, "防汛") == 23
    window = seen[:5]
    assert sorted(window) == list(range(19, 24))  # the newest five, ranked
    assert [h["score"] is not None for page in pages for h in page] == [True] * 5 + [False] * 18
    rest = seen[5:]
    assert rest == sorted(rest, reverse=True)  # then newest first
    a.close()
