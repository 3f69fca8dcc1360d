"""What changed, over loopback: a mutable copy of the demo portal changes between real crawls
(``govarchive crawl``), and every event is checked with the captures that back it -- and the
absence of false ones.

The story (:mod:`crawler.demo_portal.history`, plus a few cases of this test's own):

1. first crawl of the portal (with a view count printed as a number);
2. the portal changes: a notice edited; three articles taken down (deleted: 404; replaced by a
   "该信息已删除" notice; redirected to the home page) and a fourth sent home by a
   ``<meta http-equiv="refresh">``; one unpublished from its list and the sitemap; one moved to a
   new URL (a redirect to the same text); one re-rendered with a new footer, view count and
   "last updated" line; and one answering 404 for this crawl only (a bad night) -- crawled with
   ``--revisit-days 0``: the edit is recorded, the removals are only suspected;
3. nothing changes; a default crawl (no forced revisits) asks the suspect URLs anyway and
   confirms the four removals, while the bad night clears;
4. the deleted notice comes back: restored.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import time

import pytest

from archive.db import Archive
from crawler.demo_portal import history
from tests.portal_faults import (
    FAST,
    RecordingServer,
    first_n,
    free_port,
    govarchive,
    status_fault,
    write_config,
)

MOVED = "/xwzx/bmdt/202311/t20231120_1043590.html"
MOVED_TO = "/xwzx/bmdt/2023/11/20/1043590.html"
REFRESHED = "/zwgk/tzgg/202311/t20231107_1044630.html"
FLAKY = "/xwzx/zwyw/202311/t20231103_1044215.html"
REMOVED = {history.DELETED, history.STUBBED, history.REDIRECTED, REFRESHED}


def _own_changes(root) -> None:
    """This test's extra cases: a move (redirect to the same text) and a meta-refresh take-down."""
    old = root / MOVED.lstrip("/")
    new = root / MOVED_TO.lstrip("/")
    new.parent.mkdir(parents=True)
    new.write_bytes(old.read_bytes())
    old.unlink()
    history.redirect_article(root, MOVED, MOVED_TO, 301)
    (root / REFRESHED.lstrip("/")).write_bytes(
        '<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/">'
        "<title>页面跳转</title></head><body><p>正在跳转……</p></body></html>".encode()
    )


def _events(conn) -> list[dict]:
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM changes ORDER BY id")]
    conn.row_factory = None
    return rows


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("changes")
    root = history.copy_site(tmp / "site")
    history.prepare(root)
    db = tmp / "archive.db"
    server = RecordingServer(root, free_port()).start()
    snaps = {}
    try:
        config = write_config(tmp / "demo.toml", server.base_url, sitemaps=[server.base_url + "/sitemap.xml"],
                              sitemap_revisit_days=0)
        args = ["crawl", str(config), "--db", str(db), *FAST]

        def crawl(name, *extra):
            result = govarchive(*args, *extra)
            assert result.returncode == 0, result.stderr[-3000:]
            with sqlite3.connect(db) as conn:
                snaps[name] = {
                    "events": _events(conn),
                    "suspect": {_path(r[0]) for r in conn.execute(
                        "SELECT url FROM article_urls WHERE gone_page_id IS NOT NULL AND removed_at IS NULL")},
                    "crawl_id": conn.execute("SELECT max(id) FROM crawls").fetchone()[0],
                    "requests": dict(server.requests),
                    "stderr": result.stderr,
                }
            conn.close()
            server.reset_counts()

        crawl("first")
        history.STEPS[0].apply(root)
        _own_changes(root)
        server.faults[FLAKY] = first_n(1, status_fault(404))
        crawl("changed", "--revisit-days", "0")
        history.STEPS[1].apply(root)
        crawl("confirmed")
        history.STEPS[2].apply(root)
        crawl("restored", "--revisit-days", "0")
    finally:
        server.stop()
    archive = Archive(db)
    yield {"snaps": snaps, "archive": archive, "db": db, "base": server.base_url}
    archive.close()


def _by_kind(events, kind):
    return {_path(e["url"]): e for e in events if e["kind"] == kind}


def test_the_first_crawl_records_every_article_as_new_and_nothing_else(story):
    events = story["snaps"]["first"]["events"]
    assert len(events) == 73 and {e["kind"] for e in events} == {"new"}
    archive = story["archive"]
    for e in events[:5]:  # each backed by the capture it was first extracted from
        assert archive.page(e["page_id"])["url"] == e["url"] and e["to_version"] == 1


def test_an_edit_is_recorded_with_both_captures_and_the_diff_of_the_text(story):
    archive = story["archive"]
    events = story["snaps"]["restored"]["events"]
    edited = _by_kind(events, "edited")
    assert set(edited) == {history.EDITED}  # the re-rendered page (footer, counter, stamp) is no edit
    e = edited[history.EDITED]
    assert (e["from_version"], e["to_version"]) == (1, 2) and e["crawl_id"] == story["snaps"]["changed"]["crawl_id"]
    old, new = archive.page_body(e["before_page_id"]).decode(), archive.page_body(e["page_id"]).decode()
    assert history.EDIT_OLD in old and history.EDIT_NEW in new
    result = govarchive("changes", "--db", str(story["db"]), "--kind", "edited", "--diff")
    assert result.returncode == 0, result.stderr
    assert "[-将于11月底-]{+推迟至12月10日+}" in result.stdout
    assert "{+，延期原因是部分村庄燃气管网验收未通过+}" in result.stdout
    assert result.stdout.count("\n¶") + result.stdout.count("    ¶") == 1  # one paragraph changed


def test_nothing_but_the_meaning_makes_an_edit(story):
    """Re-rendered with a new footer, view count and last-updated line: the capture is new, the
    article is not."""
    archive = story["archive"]
    art = archive.article(story["base"] + history.RERENDERED)
    assert art["version"] == 1
    captures = archive.conn.execute(
        "SELECT count(*) FROM pages WHERE url = ? AND body IS NOT NULL", (story["base"] + history.RERENDERED,)
    ).fetchone()[0]
    assert captures == 2  # the new bytes were fetched and stored
    assert b"1187" in archive.page_body(archive.conn.execute(
        "SELECT max(id) FROM pages WHERE url = ? AND body IS NOT NULL", (story["base"] + history.RERENDERED,)
    ).fetchone()[0])


def test_removals_are_suspected_first_and_confirmed_by_a_later_crawl(story):
    snaps = story["snaps"]
    assert not _by_kind(snaps["changed"]["events"], "removed")  # one crawl is not enough
    assert snaps["changed"]["suspect"] == REMOVED | {FLAKY}
    removed = _by_kind(snaps["confirmed"]["events"], "removed")
    assert set(removed) == REMOVED
    assert snaps["confirmed"]["suspect"] == set()  # the bad night cleared, the rest confirmed
    # the confirming crawl ran without forced revisits: the suspect URLs were asked anyway
    assert REMOVED | {FLAKY} <= set(snaps["confirmed"]["requests"])
    assert "looked gone" not in snaps["first"]["stderr"] and "4 removals confirmed" in snaps["confirmed"]["stderr"]


def test_each_removal_is_backed_by_its_captures(story):
    archive = story["archive"]
    base = story["base"]
    changed, confirmed = story["snaps"]["changed"]["crawl_id"], story["snaps"]["confirmed"]["crawl_id"]
    removed = _by_kind(story["snaps"]["restored"]["events"], "removed")
    reasons = {path: e["reason"] for path, e in removed.items()}
    assert reasons == {
        history.DELETED: "HTTP 404",
        history.STUBBED: "notice: 该信息已删除",
        history.REDIRECTED: f"redirect to {base}/ (home page)",
        REFRESHED: f"redirect to {base}/ (home page, by the page)",
    }
    for path, e in removed.items():
        evidence, confirm, last_good = (archive.page(e[k]) for k in ("page_id", "confirm_page_id", "before_page_id"))
        assert evidence["crawl_id"] == changed and confirm["crawl_id"] == confirmed, path
        assert e["at"] == evidence["fetched_at"]  # dated by the first capture that showed it
        assert last_good["status"] == 200 and e["from_version"] == 1
        title = archive.article(base + path)["title"]
        assert title in last_good["body"].decode(last_good["encoding"])  # the last good capture holds the article
    assert archive.page(removed[history.DELETED]["page_id"])["status"] == 404
    assert archive.page(removed[history.DELETED]["page_id"])["error"] == "HTTP 404"
    redirect = archive.page(removed[history.REDIRECTED]["page_id"])
    assert redirect["status"] == 302 and redirect["headers"]["Location"] == "/"
    stub = archive.page(removed[history.STUBBED]["page_id"])
    assert "该信息已删除" in stub["body"].decode(stub["encoding"]) and stub["status"] == 200


def test_a_removed_article_keeps_its_text_and_a_moved_one_is_not_removed(story):
    archive = story["archive"]
    base = story["base"]
    stubbed = archive.article(base + history.STUBBED)
    assert stubbed["removed_at"] and "八项重点任务" in stubbed["body"] and stubbed["version"] == 1
    moved = archive.article(base + MOVED)
    assert moved["removed_at"] is None and moved["version"] == 1
    events = story["snaps"]["restored"]["events"]
    assert not [e for e in events if _path(e["url"]) in (MOVED, FLAKY, history.RERENDERED) and e["kind"] != "new"]
    # the move was followed: the same text at the new URL, seen again
    page = archive.page(archive.conn.execute("SELECT max(id) FROM pages WHERE url = ? AND status = 200",
                                             (base + MOVED,)).fetchone()[0])
    assert page["final_url"] == base + MOVED_TO


def test_a_deleted_article_that_comes_back_is_restored_with_both_events_kept(story):
    archive = story["archive"]
    events = story["snaps"]["restored"]["events"]
    restored = _by_kind(events, "restored")
    assert set(restored) == {history.DELETED}
    e = restored[history.DELETED]
    assert e["crawl_id"] == story["snaps"]["restored"]["crawl_id"]
    assert archive.page(e["page_id"])["status"] == 200
    assert archive.page(e["before_page_id"])["status"] == 404  # the removal's evidence
    kinds = [x["kind"] for x in events if _path(x["url"]) == history.DELETED]
    assert kinds == ["new", "removed", "restored"]
    art = archive.article(story["base"] + history.DELETED)
    assert art["removed_at"] is None and art["version"] == 1  # the same text came back: no edit
    still = {_path(r[0]) for r in archive.conn.execute("SELECT url FROM articles WHERE removed_at IS NOT NULL")}
    assert still == REMOVED - {history.DELETED}


def test_an_article_dropped_from_every_list_is_unlisted_with_the_list_captures(story):
    archive = story["archive"]
    events = story["snaps"]["restored"]["events"]
    unlisted = _by_kind(events, "unlisted")
    assert set(unlisted) == {history.UNLISTED}  # nothing else fell off a list (the moved one did not)
    e = unlisted[history.UNLISTED]
    assert e["crawl_id"] == story["snaps"]["changed"]["crawl_id"]
    name = history.UNLISTED.rsplit("/", 1)[1].encode()
    listing = archive.page(e["page_id"])
    assert listing["url"].endswith("/zwgk/cgjg/") and name not in listing["body"]
    assert name in archive.page(e["before_page_id"])["body"]
    assert "sitemap.xml" in e["reason"]
    assert archive.article(story["base"] + history.UNLISTED)["removed_at"] is None  # a weaker signal only


def test_changes_command_answers_what_changed_since_a_date(story):
    db = str(story["db"])
    today = story["snaps"]["restored"]["events"][-1]["at"][:10]
    result = govarchive("changes", "--db", db, "--since", today)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(story["snaps"]["restored"]["events"]) == 73 + 1 + 4 + 1 + 1
    removed = [line for line in lines if "  removed  " in line]
    assert len(removed) == 4 and all("confirmed by" in line for line in removed)
    assert "4 removed" in result.stderr and "1 restored" in result.stderr
    as_json = json.loads(govarchive("changes", "--db", db, "--kind", "removed", "--kind", "restored",
                                    "--format", "json").stdout)
    assert sorted(e["kind"] for e in as_json) == ["removed"] * 4 + ["restored"]
    assert all(e["page_sha256"] and e["page_fetched_at"] for e in as_json)
    rows = list(csv.DictReader(io.StringIO(govarchive("changes", "--db", db, "--kind", "unlisted",
                                                      "--format", "csv").stdout)))
    assert [_path(r["url"]) for r in rows] == [history.UNLISTED]
    assert govarchive("changes", "--db", db, "--since", "2099-01-01").stdout == ""
    bad = govarchive("changes", "--db", db, "--kind", "vanished")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    bad = govarchive("changes", "--db", db, "--site", "nowhere")
    assert bad.returncode != 0 and "unknown site" in bad.stderr


def test_changes_are_exported_and_counted_in_stats(story, tmp_path):
    db = str(story["db"])
    out = tmp_path / "changes.csv"
    result = govarchive("export", "--db", db, "--dataset", "changes", "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert sorted(r["kind"] for r in rows if r["kind"] != "new") == \
        ["edited", "removed", "removed", "removed", "removed", "restored", "unlisted"]
    meta = json.loads((tmp_path / "changes.csv.datapackage.json").read_text(encoding="utf-8"))
    assert meta["govarchive"]["record"] == "change" and meta["count"] == len(rows)
    assert {f["name"] for f in meta["resources"][0]["schema"]["fields"]} >= {"kind", "at", "page_id", "page_sha256"}
    parquet = tmp_path / "changes.parquet"
    assert govarchive("export", "--db", db, "--dataset", "changes", "--format", "parquet", "-o", str(parquet)).returncode == 0
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == len(rows)
    bad = govarchive("export", "--db", db, "--dataset", "changes", "--format", "warc", "-o", str(tmp_path / "x.warc"))
    assert bad.returncode != 0 and "csv, jsonl or parquet" in bad.stderr
    stats = json.loads(govarchive("stats", "--db", db, "--format", "json").stdout)[0]["changes"]
    assert (stats["edited"], stats["removed"], stats["restored"], stats["unlisted"]) == (1, 4, 1, 1)
    assert stats["removed_now"] == 3 and stats["suspect"] == 0
    table = govarchive("stats", "--db", db).stdout
    assert "1 edited, 4 removed (3 still gone, 0 awaiting a confirming crawl), 1 restored, 1 unlisted" in table


DEEP = [  # linked only from the second and third list pages of 部门动态 (a re-crawl stops paging before them)
    "/xwzx/bmdt/202310/t20231008_1039911.html",
    "/xwzx/bmdt/202307/t20230712_1038560.html",
    "/xwzx/bmdt/202306/t20230628_1037950.html",
    "/xwzx/bmdt/202306/t20230614_1037380.html",
    "/xwzx/bmdt/202305/t20230531_1036905.html",
]


def test_old_articles_no_link_leads_to_are_revisited_on_schedule_within_the_budget(tmp_path):
    """Articles seen long ago are asked directly -- the longest overdue first, at most
    ``revisit_budget`` per crawl -- even though the re-crawl stops paging before their list page."""
    root = history.copy_site(tmp_path / "site")
    db = tmp_path / "archive.db"
    server = RecordingServer(root, free_port()).start()
    try:
        config = write_config(tmp_path / "demo.toml", server.base_url, revisit_budget=3)
        args = ["crawl", str(config), "--db", str(db), *FAST]
        assert govarchive(*args).returncode == 0
        with sqlite3.connect(db) as conn:
            for days, path in enumerate(DEEP, 40):  # seen 40, 41, ... 44 days ago
                cur = conn.execute("UPDATE article_urls SET last_seen = datetime(last_seen, ?) WHERE url = ?",
                                   (f"-{days} days", server.base_url + path))
                assert cur.rowcount == 1
        conn.close()
        server.reset_counts()
        result = govarchive(*args)
        assert result.returncode == 0, result.stderr[-2000:]
        asked = [p for p in DEEP if p in server.requests]
        assert asked == DEEP[-3:], (sorted(server.requests), result.stderr[-3000:])  # the three longest overdue
        assert all(server.statuses[(p, 304)] == 1 for p in asked)  # conditional: unchanged costs a 304
        assert "/xwzx/bmdt/page_2.html" not in server.requests  # paging still stopped
        with sqlite3.connect(db) as conn:
            counts = json.loads(conn.execute("SELECT counts FROM crawls ORDER BY id DESC LIMIT 1").fetchone()[0])
        conn.close()
        assert counts.get("revisits") == 3
    finally:
        server.stop()


LASTMOD_EDITED = "/xwzx/zwyw/202311/t20231110_1044870.html"


def test_an_edit_the_portal_announces_is_caught_by_the_next_plain_crawl(tmp_path):
    """No forced revisit: a list that re-dates an article, a sitemap <lastmod> after its last capture
    make it due at once; a sitemap stamping every URL with its generation time makes nothing due."""
    from datetime import UTC, datetime

    root = history.copy_site(tmp_path / "site")
    db = tmp_path / "archive.db"
    server = RecordingServer(root, free_port()).start()
    try:
        config = write_config(tmp_path / "demo.toml", server.base_url, sitemaps=[server.base_url + "/sitemap.xml"],
                              sitemap_revisit_days=0)
        args = ["crawl", str(config), "--db", str(db), *FAST]
        assert govarchive(*args).returncode == 0
        server.reset_counts()
        time.sleep(1.1)  # the <lastmod> below is after the last capture's second
        now = datetime.now(UTC)
        history.edit_article(root)  # history.EDITED, and its list now shows today's date
        history.redate_in_list(root, history.EDITED, now.date().isoformat())
        history.edit_article(root, LASTMOD_EDITED, "现场签约", "现场正式签约")  # and the sitemap says when
        history.set_lastmod(root, LASTMOD_EDITED, now.strftime("%Y-%m-%dT%H:%M:%S+00:00"))
        result = govarchive(*args)
        assert result.returncode == 0, result.stderr[-2000:]
        articles = {p for p in server.requests if p.endswith(".html") and "/20" in p}
        assert articles == {history.EDITED, LASTMOD_EDITED}, sorted(articles)  # nothing else was asked
        with sqlite3.connect(db) as conn:
            edited = {_path(r[0]) for r in conn.execute("SELECT url FROM changes WHERE kind = 'edited'")}
        conn.close()
        assert edited == {history.EDITED, LASTMOD_EDITED}
        server.reset_counts()
        history.stamp_sitemap(root, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"))
        assert govarchive(*args).returncode == 0
        articles = {p for p in server.requests if p.endswith(".html") and "/20" in p}
        assert not articles, sorted(articles)  # a generation stamp says nothing about the articles
    finally:
        server.stop()


def test_demo_changes_prints_each_crawl_and_what_changed(tmp_path):
    """``govarchive demo --changes``: four crawls of a changing copy of the demo portal, each with its
    summary line, then the events; ``govarchive changes --since YYYY-MM`` answers from the same archive."""
    from datetime import UTC, datetime

    db = str(tmp_path / "demo.db")
    result = govarchive("demo", "--changes", "--db", db, "--port", str(free_port()), timeout=400)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    crawls = out.split("\ncrawl ")
    assert out.startswith("crawl 1 (") and len(crawls) == 4, out
    summaries = [part.splitlines()[1].strip() for part in crawls]
    assert all(" requests, " in line and "(finished" in line for line in summaries), summaries
    # 106: the demo's pages, and the 部门动态 column's pager script /js/common.js (fetched once, kept)
    assert summaries[0].startswith("106 requests, 106 pages fetched") and "73 new" in summaries[0]
    assert "1 changed" in summaries[1] and "3 looked gone" in summaries[1]
    assert "3 removals confirmed" in summaries[2] and "2 still gone" in summaries[3]
    assert "79 change(s): 73 new, 1 edited, 3 removed, 1 restored, 1 unlisted" in out
    assert "[-将于11月底-]{+推迟至12月10日+}" in out  # the edit's diff
    month = datetime.now(UTC).strftime("%Y-%m")
    removed = govarchive("changes", "--db", db, "--since", month, "--kind", "removed")
    assert removed.returncode == 0 and len(removed.stdout.splitlines()) == 3, removed.stdout + removed.stderr
    assert all("confirmed by" in line and "last good" in line for line in removed.stdout.splitlines())
    year, number = map(int, month.split("-"))
    before = f"{year - (number == 1)}-{(number - 2) % 12 + 1:02d}"  # the month before: nothing happened then
    assert govarchive("changes", "--db", db, "--until", before).stdout == ""
    bad = govarchive("changes", "--db", db, "--since", "2026-13")
    assert bad.returncode != 0 and "not a valid month" in bad.stderr and "Traceback" not in bad.stderr
    bad = govarchive("changes", "--db", db, "--since", "March")
    assert bad.returncode != 0 and "use YYYY-MM-DD or YYYY-MM" in bad.stderr and "Traceback" not in bad.stderr
