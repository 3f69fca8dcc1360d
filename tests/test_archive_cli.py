"""The archive commands of the ``govarchive`` CLI: output, and bad input handled without tracebacks or writes."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from archive.cli import cli
from archive.db import Archive

URL = "http://www.yuncheng.gov.cn/zwdt/1.html"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "cli.db"
    a = Archive(path, create=True)
    crawl = a.start_crawl("yuncheng", {}, started_at="2026-11-01T10:00:00Z")
    html = "<html><h1>運城市防汛工作會議</h1><p>會議要求做好汛期防汛工作。</p></html>".encode("gb18030")
    page = a.record_page(crawl_id=crawl, site="yuncheng", url=URL, body=html, fetched_at="2026-11-01T10:00:00Z",
                         encoding="gb18030", page_type="article", headers={"Content-Type": "text/html"})
    a.record_article(crawl, "yuncheng", page["page_id"],
                     {"url": URL, "title": "運城市防汛工作會議", "published": "2019-06-01",
                      "body": "會議要求做好汛期防汛工作。"}, "2026-11-01T10:00:00Z")
    a.record_article(crawl, "yuncheng", page["page_id"],
                     {"url": URL, "title": "運城市防汛工作會議", "published": "2019-06-01",
                      "body": "會議要求做好汛期防汛工作，確保安全。"}, "2026-11-02T10:00:00Z")
    a.finish_crawl(crawl, {"pages": 1})
    a.close()
    return path


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def one_line_error(result) -> str:
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_search_table_and_json(db):
    result = run("search", "运城", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "**運城**" in result.stdout and URL in result.stdout
    result = run("search", "防汛", "--db", str(db), "--format", "json", "--order", "newest", "--site", "yuncheng",
                 "--since", "2019-01-01", "--until", "2019-12-31")
    hits = json.loads(result.stdout)
    assert [h["url"] for h in hits] == [URL] and "<mark>防汛</mark>" in hits[0]["snippet"]


def test_db_from_environment(db):
    result = run("search", "防汛", "--format", "json", env={"GOVARCHIVE_DB": str(db)})
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 1


def test_stats_and_show(db):
    result = run("stats", "--db", str(db))
    assert result.exit_code == 0 and "yuncheng" in result.stdout and "1 (1 URLs, 2 versions)" in result.stdout
    stats = json.loads(run("stats", "--db", str(db), "--format", "json").stdout)
    assert stats[0]["versions"] == 2
    result = run("show", URL, "--db", str(db))
    assert result.exit_code == 0
    assert "Earlier versions (1)" in result.stdout and "¶1  會議要求做好汛期防汛工作{+，確保安全+}。" in result.stdout
    shown = json.loads(run("show", "1", "--db", str(db), "--format", "json").stdout)
    assert shown["version"] == 2 and shown["versions"][0]["body"] == "會議要求做好汛期防汛工作。"


def test_export_command_writes_file_and_sidecar(db, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("export", "--format", "jsonl", "--output", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "exported 1 articles" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["url"] == URL
    assert json.loads((tmp_path / "out.jsonl.datapackage.json").read_text(encoding="utf-8"))["count"] == 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["search", "防汛", "--since", "2019-13-01"], "not a valid date"),
        (["search", "防汛", "--until", "June"], "not a date"),
        (["search", "防汛", "--site", "nowhere"], "unknown site 'nowhere'"),
        (["search", "防汛", "--since", "2020-01-01", "--until", "2019-01-01"], "is after"),
        (["search", "，。"], "nothing to search"),
        (["export", "--format", "csv", "--output", "OUT", "--site", "nowhere"], "unknown site"),
        (["export", "--format", "csv", "--output", "OUT", "--since", "01/02/2019"], "not a date"),
        (["export", "--format", "xls", "--output", "OUT"], "'xls' is not one of"),
        (["export", "--format", "csv", "--output", "/nonexistent-dir/x.csv"], "no directory"),
        (["export", "--format", "jsonl", "--output", "DB"], "refusing to overwrite the archive"),
        (["show", "http://nowhere/"], "no article"),
        (["show", "999"], "no article"),
        (["reextract", "--site", "nowhere"], "unknown site"),
    ],
)
def test_bad_input_one_line_error_and_no_change(db, tmp_path, args, message):
    before = digest(db)
    out = str(tmp_path / "out.csv")
    result = run(*[out if a == "OUT" else str(db) if a == "DB" else a for a in args], "--db", str(db))
    assert message in one_line_error(result)
    assert digest(db) == before
    assert not os.path.exists(out)


@pytest.mark.parametrize("command", [["search", "防汛"], ["stats"], ["show", "1"], ["reextract"],
                                     ["export", "--format", "csv", "--output", "x.csv"]])
def test_missing_database_is_never_created(tmp_path, command):
    missing = tmp_path / "missing.db"
    result = run(*command, "--db", str(missing))
    assert "no archive at" in one_line_error(result)
    assert list(tmp_path.iterdir()) == []


def test_corrupt_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 1000)
    for command in (["search", "防汛"], ["stats"]):
        result = run(*command, "--db", str(bad))
        assert "corrupt" in one_line_error(result)
    assert bad.read_bytes() == b"\x00garbage" * 1000


def test_real_process_error_has_no_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "archive.cli", "stats", "--db", str(tmp_path / "none.db")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: no archive at {tmp_path / 'none.db'}"
    assert not (tmp_path / "none.db").exists()


def test_reextract_command_with_the_real_extractor(db, tmp_path):
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    result = run("reextract", "--db", str(copy))
    assert result.exit_code == 0, result.output
    assert "reextract:" in result.stderr
    a = Archive(copy)
    assert a.conn.execute("SELECT count(*) FROM crawls WHERE config LIKE '%reextract%'").fetchone()[0] == 1
    a.close()
