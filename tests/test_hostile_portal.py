"""The hostile portal (tests/hostile_portal.py) crawled for real: for every fault, what is archived,
what is recorded as an error, and that nothing else happened -- every URL the server answered ends
as a stored page or a recorded error, no article is invented, none is lost (issue 15).

One crawl (module fixture, ~20 s): 2 x 19 article slots (good pages in UTF-8 and GBK, 500, 503 with
Retry-After, resets and truncation mid-body, a gzip stream cut short, a gzip bomb, a 50 MB page, a
PDF labelled HTML, HTML labelled binary, invalid bytes, 2,500 levels of unclosed tags, a redirect
loop, an off-site redirect, a title made of SQL quotes, a script tag, a NUL and a formula), an
endless calendar, and tracking-parameter copies of article links.
"""
from __future__ import annotations

import csv
import sqlite3
from urllib.parse import urlsplit

import pytest

from tests.hostile_portal import (
    ERRORS,
    KINDS,
    HostilePortal,
    expected,
    paragraphs,
    slot_kind,
    slot_path,
    title_of,
)
from tests.portal_faults import FAST, govarchive, write_config

SLOTS = 2 * len(KINDS)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    with HostilePortal(pages=SLOTS) as portal:
        config = write_config(tmp / "hostile.toml", portal.base_url, name="hostile",
                              politeness={"concurrency": 8, "timeout": 10, "retry_times": 2})
        db = tmp / "hostile.db"
        result = govarchive("crawl", str(config), "--db", str(db), *FAST, "-s", "TRAP_MAX_SHAPE_VARIANTS=10",
                            "--log-level", "WARNING", timeout=300)
        log = list(portal.log)
        base = portal.base_url
    conn = sqlite3.connect(db)
    yield {"result": result, "log": log, "db": db, "conn": conn, "base": base, "tmp": tmp}
    conn.close()


def pages_by_path(conn) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for url, status, error, final_url in conn.execute("SELECT url, status, error, final_url FROM pages ORDER BY id"):
        out.setdefault(urlsplit(url).path, []).append((status, error, final_url))
    return out


def test_the_crawl_finishes_and_reports_its_errors(crawled):
    result = crawled["result"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    errors = sum(1 for n in range(SLOTS) if expected(n)["error"] is not None)
    assert f"; {errors} errors (finished)" in result.stderr


@pytest.mark.parametrize("n", range(SLOTS), ids=lambda n: f"{n}-{slot_kind(n)}")
def test_each_slot_ends_as_promised(crawled, n):
    conn, want = crawled["conn"], expected(n)
    path = slot_path(n)
    rows = pages_by_path(conn).get(path)
    assert rows, f"slot {n} ({want['kind']}) left no trace in the pages table"
    article = conn.execute(
        "SELECT a.title, a.body FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url = ?",
        (crawled["base"] + path,),
    ).fetchone()
    if want["archived"]:
        assert article is not None, rows
        title, body = article
        assert title == title_of(n).replace("\x00", "")
        paras = paragraphs(n, 2500 if want["kind"] == "deep" else 4)
        if want["kind"] == "bad_bytes":
            paras = paras[1:]  # the first paragraph holds the invalid bytes
        missing = [p for p in paras if p not in body]
        assert not missing, f"{len(missing)} paragraphs lost, e.g. {missing[0]}"
        assert rows[-1][1] is None
    else:
        assert article is None, f"slot {n} ({want['kind']}) invented an article: {article[0]!r}"
        status, error, _ = rows[-1]
        assert error, rows
        assert want["error"].lower() in error.lower(), error


def test_every_answered_url_is_in_the_archive(crawled):
    stored = pages_by_path(crawled["conn"])
    errors = " ".join(e or "" for rows in stored.values() for _, e, _ in rows)
    for path, _ in crawled["log"]:
        path = path.split("?", 1)[0]
        if path == "/robots.txt":
            continue
        if path.startswith("/loop/"):
            assert path in errors, f"{path} (a redirect loop step) is in no error"
            continue
        assert path in stored, f"{path} was answered but is not in the archive"


def test_retry_after_was_obeyed_and_the_page_kept(crawled):
    for n in range(SLOTS):
        if slot_kind(n) == "e503_once":
            answers = [what for path, what in crawled["log"] if path == slot_path(n)]
            assert answers == [503, 200]


def test_nothing_else_was_archived(crawled):
    conn = crawled["conn"]
    want = sum(1 for n in range(SLOTS) if expected(n)["archived"])
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == want
    urls = [u for (u,) in conn.execute("SELECT url FROM article_urls")]
    assert len(urls) == want and not [u for u in urls if "utm_" in u or "from=" in u]
    errors = conn.execute("SELECT count(DISTINCT url) FROM pages WHERE error IS NOT NULL").fetchone()[0]
    assert errors == sum(1 for n in range(SLOTS) if slot_kind(n) in ERRORS)


def test_the_calendar_trap_is_bounded(crawled):
    months = [p for p, _ in crawled["log"] if p.startswith("/calendar/")]
    assert 0 < len(months) <= 12


def test_hostile_titles_are_text(crawled, tmp_path):
    conn = crawled["conn"]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "pages", "article_urls"} <= tables
    hostile = [n for n in range(SLOTS) if slot_kind(n) == "hostile_title"]
    found = govarchive("search", "DROP TABLE", "--db", str(crawled["db"]), "--format", "json", "--limit", "50")
    assert found.returncode == 0 and found.stdout.count("<script>") >= len(hostile)
    out = tmp_path / "h.csv"
    assert govarchive("export", "--db", str(crawled["db"]), "--format", "csv", "-o", str(out)).returncode == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        titles = [row["title"] for row in csv.DictReader(fh)]
    formula = [t for t in titles if "HYPERLINK" in t]
    assert len(formula) == len(hostile) and all(t.startswith("'=") for t in formula)
