"""Issue 15, the CLI's side: bad input and hostile paths get one line and a non-zero exit, never a
traceback, and never a file the user did not ask for replaced.

- export refuses an existing output unless --force, and never replaces what is not a regular file;
- ``crawl`` into a corrupt, foreign or newer-schema file says so in one line;
- ``show`` with an id beyond SQLite's integers, ``search`` for a query starting with ``-``;
- the per-site crawl lock is keyed on the real file, whatever path spells it.
"""
from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from archive.db import Archive
from crawler.runner import SiteLock, SiteLocked
from tests.portal_faults import govarchive, write_config

URL = "http://www.yuncheng.gov.cn/zwdt/1.html"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("faults-cli") / "cli.db"
    a = Archive(path, create=True)
    crawl = a.start_crawl("yuncheng", {}, started_at="2026-11-01T10:00:00Z")
    page = a.record_page(crawl_id=crawl, site="yuncheng", url=URL, body=b"<p>x</p>", page_type="article",
                         fetched_at="2026-11-01T10:00:00Z")
    a.record_article(crawl, "yuncheng", page["page_id"],
                     {"url": URL, "title": "-防汛 工作会议", "published": "2019-06-01",
                      "body": "会议要求做好汛期-防汛工作。"}, "2026-11-01T10:00:00Z")
    a.finish_crawl(crawl, {"pages": 1})
    a.close()
    return path


def one_line_error(result) -> str:
    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


# -- export: never replace what the user did not ask to --------------------------------------------


def test_export_refuses_an_existing_file_unless_forced(db, tmp_path):
    out = tmp_path / "a.jsonl"
    out.write_bytes(b"my notes\n")
    line = one_line_error(govarchive("export", "--db", str(db), "--format", "jsonl", "-o", str(out)))
    assert "exists" in line and "--force" in line
    assert out.read_bytes() == b"my notes\n"
    assert not (tmp_path / "a.jsonl.datapackage.json").exists()
    done = govarchive("export", "--db", str(db), "--format", "jsonl", "-o", str(out), "--force")
    assert done.returncode == 0, done.stderr
    assert URL in out.read_text(encoding="utf-8")


def test_export_refuses_an_existing_sidecar_unless_forced(db, tmp_path):
    out = tmp_path / "a.csv"
    sidecar = tmp_path / "a.csv.datapackage.json"
    sidecar.write_text("{}", encoding="utf-8")
    line = one_line_error(govarchive("export", "--db", str(db), "--format", "csv", "-o", str(out)))
    assert "datapackage.json" in line
    assert not out.exists() and sidecar.read_text(encoding="utf-8") == "{}"


def test_export_never_replaces_a_symlink_even_forced(db, tmp_path):
    target = tmp_path / "precious.txt"
    target.write_bytes(b"precious")
    link = tmp_path / "out.jsonl"
    link.symlink_to(target)
    for extra in ((), ("--force",)):
        line = one_line_error(govarchive("export", "--db", str(db), "--format", "jsonl", "-o", str(link), *extra))
        assert "symbolic link" in line
        assert link.is_symlink() and target.read_bytes() == b"precious"


def test_export_never_replaces_a_fifo_or_device(db, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    line = one_line_error(govarchive("export", "--db", str(db), "--format", "jsonl", "-o", str(fifo), "--force",
                                     timeout=30))
    assert "not a regular file" in line
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    line = one_line_error(govarchive("export", "--db", str(db), "--format", "csv", "-o", "/dev/null", "--force"))
    assert "not a regular file" in line
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_export_to_an_empty_path_is_one_line(db):
    line = one_line_error(govarchive("export", "--db", str(db), "--format", "jsonl", "-o", ""))
    assert "output" in line.lower()


# -- crawl into a file that is not (this version's) archive ----------------------------------------


@pytest.fixture()
def site_config(tmp_path):
    # nothing listens on port 9: the crawl must fail before it fetches anything
    return write_config(tmp_path / "site.toml", "http://127.0.0.1:9", name="nowhere")


@pytest.mark.parametrize("kind", ["corrupt", "foreign", "newer"])
def test_crawl_into_a_bad_file_is_one_line(tmp_path, site_config, kind):
    path = tmp_path / f"{kind}.db"
    if kind == "corrupt":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()
    else:
        Archive(path, create=True).close()
        conn = sqlite3.connect(path)
        conn.execute("INSERT INTO migrations (id, name, applied_at) VALUES (999, 'future', '2030-01-01')")
        conn.commit()
        conn.close()
    before = path.read_bytes()
    line = one_line_error(govarchive("crawl", str(site_config), "--db", str(path), "--progress", "plain"))
    assert {"corrupt": "corrupt", "foreign": "not a govarchive archive", "newer": "newer"}[kind] in line
    assert path.read_bytes() == before


# -- show / search ---------------------------------------------------------------------------------


def test_show_an_id_beyond_sqlite_integers(db):
    line = one_line_error(govarchive("show", "99999999999999999999999", "--db", str(db)))
    assert "no article 99999999999999999999999" in line


def test_search_for_a_query_starting_with_a_dash(db):
    result = govarchive("search", "-防汛", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert URL in result.stdout
    result = govarchive("search", "--db", str(db), "--", "-防汛")
    assert result.returncode == 0 and URL in result.stdout
    # an ASCII word after a dash is a mistyped option: say so, and say how to search for it
    line = one_line_error(govarchive("search", "--limt", "5", "--db", str(db)))
    assert "--limt" in line and "--" in line


# -- the per-site lock is the real file's ----------------------------------------------------------


def test_site_lock_is_keyed_on_the_real_file(tmp_path):
    real = tmp_path / "real" / "a.db"
    real.parent.mkdir()
    Archive(real, create=True).close()
    (tmp_path / "link.db").symlink_to(real)
    spellings = [str(tmp_path / "link.db"), str(tmp_path / "real" / ".." / "real" / "a.db"),
                 os.path.relpath(real), str(tmp_path / "real" / "." / "a.db")]
    with SiteLock(str(real), "qinghe"):
        for other in spellings:
            with pytest.raises(SiteLocked):
                SiteLock(other, "qinghe").acquire()
        SiteLock(str(real), "another-site").acquire()  # other sites are not held back
