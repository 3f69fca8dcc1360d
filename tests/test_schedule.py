"""Scheduled crawls: ``govarchive schedule install|list|remove`` on a crontab FILE (never the real
user crontab), the entry it writes really runs a crawl that logs to a file, and a second run for a
site while one is running exits at once (the lock)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from click.testing import CliRunner
from crontab import CronTab

from archive.cli import cli
from crawler.runner import SiteLock, SiteLocked, lock_path
from tests.portal_faults import RecordingServer, free_port, govarchive, govarchive_popen, write_config

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "crawler" / "sites"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def entries(tab: Path) -> list:
    return [job for job in CronTab(tabfile=str(tab)) if (job.comment or "").startswith("govarchive-schedule site=")]


def test_install_list_remove_on_a_crontab_file(tmp_path):
    tab = tmp_path / "crontab"
    tab.write_text("MAILTO=me@example.org\n0 1 * * * /usr/bin/backup  # not ours\n", encoding="utf-8")
    db = tmp_path / "archive.db"
    result = run(
        "schedule",
        "install",
        str(BUNDLED / "hebei.toml"),
        "--db",
        str(db),
        "--tabfile",
        str(tab),
        "--log-dir",
        str(tmp_path / "logs"),
    )
    assert result.exit_code == 0, result.output
    jobs = {job.comment.split()[1].split("=")[1]: job for job in entries(tab)}
    assert set(jobs) == {"hebei", "shijiazhuang"}
    assert str(jobs["hebei"].slices) == "20 2 * * 1"
    command = jobs["shijiazhuang"].command
    assert " crawl " in command and "--site shijiazhuang" in command and f"--db {db}" in command
    assert f"--log-file {tmp_path / 'logs' / 'shijiazhuang.log'}" in command
    assert "/usr/bin/backup" in tab.read_text(encoding="utf-8")  # other entries are left alone

    # installing again updates in place: no duplicates
    assert (
        run(
            "schedule", "install", str(BUNDLED / "hebei.toml"), "--db", str(db), "--tabfile", str(tab)
        ).exit_code
        == 0
    )
    assert len(entries(tab)) == 2

    listing = run("schedule", "list", "--tabfile", str(tab))
    assert listing.exit_code == 0
    assert [line.split()[:6] for line in listing.output.splitlines()] == [
        ["hebei", "20", "2", "*", "*", "1"],
        ["shijiazhuang", "50", "2", "*", "*", "1"],
    ]

    removed = run("schedule", "remove", "--site", "hebei", "--tabfile", str(tab))
    assert removed.exit_code == 0 and "removed 1: hebei" in removed.output
    assert [j.comment.split()[1] for j in entries(tab)] == ["site=shijiazhuang"]
    assert "/usr/bin/backup" in tab.read_text(encoding="utf-8")
    assert run("schedule", "remove", "--tabfile", str(tab)).exit_code == 0
    assert entries(tab) == []
    again = run("schedule", "remove", "--tabfile", str(tab))
    assert again.exit_code != 0 and "no matching" in again.output
    assert "no scheduled govarchive crawls" in run("schedule", "list", "--tabfile", str(tab)).output


def test_install_errors_are_one_line(tmp_path):
    tab = tmp_path / "crontab"
    nosched = tmp_path / "nosched.toml"
    nosched.write_text('name = "x"\nstart_urls = ["http://www.x.gov.cn/"]\n', encoding="utf-8")
    result = run("schedule", "install", str(nosched), "--db", str(tmp_path / "a.db"), "--tabfile", str(tab))
    assert result.exit_code != 0 and "no site in" in result.output and "has a schedule" in result.output
    result = run(
        "schedule",
        "install",
        str(BUNDLED / "hebei.toml"),
        "--db",
        str(tmp_path / "no" / "a.db"),
        "--tabfile",
        str(tab),
    )
    assert result.exit_code != 0 and "does not exist" in result.output
    result = run("schedule", "list", "--tabfile", str(tmp_path / "missing-dir" / "tab"))
    assert result.exit_code != 0 and "does not exist" in result.output
    for res in (result,):
        assert "Traceback" not in res.output


def test_the_installed_entry_runs_a_crawl_that_logs_to_a_file(tmp_path):
    server = RecordingServer(None, free_port()).start()
    try:
        config = write_config(
            tmp_path / "demo.toml",
            server.base_url,
            schedule="*/30 * * * *",
            politeness={"download_delay": 0, "concurrency": 8, "autothrottle": False},
        )
        tab, db, logs = tmp_path / "crontab", tmp_path / "archive.db", tmp_path / "logs"
        result = run(
            "schedule", "install", str(config), "--db", str(db), "--tabfile", str(tab), "--log-dir", str(logs)
        )
        assert result.exit_code == 0, result.output
        (job,) = entries(tab)
        # what cron would run (cron uses /bin/sh)
        done = subprocess.run(
            ["/bin/sh", "-c", job.command],
            capture_output=True,
            text=True,
            timeout=120,
            env={"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root")},
        )
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr[-2000:]
    log = (logs / "demo.log").read_text(encoding="utf-8")
    assert "govarchive crawl: demo:" in log and "73 new" in log
    assert "[govarchive.progress] INFO: finished demo:" in log  # plain progress lines, no live display
    conn = sqlite3.connect(db)
    status, counts = conn.execute("SELECT status, counts FROM crawls").fetchone()
    conn.close()
    assert status == "finished" and '"outcome_new": 73' in counts


def test_site_lock_refuses_a_second_holder(tmp_path):
    db = str(tmp_path / "a.db")
    with SiteLock(db, "demo"):
        assert "pid " in Path(lock_path(db, "demo")).read_text(encoding="utf-8")
        try:
            SiteLock(db, "demo").acquire()
        except SiteLocked as exc:
            assert "already being crawled" in str(exc) and f"pid {os.getpid()}" in str(exc)
        else:
            raise AssertionError("a second lock on the same site was granted")
        with SiteLock(db, "other"):  # other sites are independent
            pass
    with SiteLock(db, "demo"):  # released on exit
        pass


def test_second_run_while_one_is_running_exits_at_once(tmp_path):
    server = RecordingServer(None, free_port()).start()
    first = None
    try:
        config = write_config(tmp_path / "demo.toml", server.base_url)
        db = tmp_path / "archive.db"
        slow = ["-s", "DOWNLOAD_DELAY=0.2", "-s", "AUTOTHROTTLE_ENABLED=False", "--progress", "plain"]
        first = govarchive_popen("crawl", str(config), "--db", str(db), *slow, log=tmp_path / "first.log")
        lock = Path(lock_path(str(db), "demo"))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (
            lock.exists() and lock.read_text(encoding="utf-8").strip()
        ):
            time.sleep(0.05)
        assert first.poll() is None
        second = govarchive("crawl", str(config), "--db", str(db), "--log-file", str(tmp_path / "second.log"))
        assert first.poll() is None  # the first one is still crawling: the second did not wait for it
    finally:
        if first is not None and first.poll() is None:
            os.kill(first.pid, signal.SIGKILL)
            first.wait(timeout=10)
        server.stop()
    assert second.returncode == 75
    assert "already being crawled" in second.stderr and f"pid {first.pid}" in second.stderr
    assert second.stderr.count("\n") == 1  # one line, no traceback
    assert "already being crawled" in (tmp_path / "second.log").read_text(encoding="utf-8")


def test_live_progress_display_and_final_report(tmp_path):
    server = RecordingServer(None, free_port()).start()
    try:
        config = write_config(
            tmp_path / "demo.toml",
            server.base_url,
            politeness={"download_delay": 0, "concurrency": 8, "autothrottle": False},
        )
        result = govarchive("crawl", str(config), "--db", str(tmp_path / "a.db"), "--progress", "live")
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-2000:]
    err = result.stderr
    # the rich table: a header with the counters, and the site's final row
    assert "govarchive crawl" in err and "pages/min" in err and "unchanged" in err
    row = next(line for line in err.splitlines() if "│ demo" in line and "finished" in line)
    cells = [c.strip() for c in row.split("│") if c.strip()]
    assert cells[0] == "demo" and cells[2] == "73"  # site, pages, new
    assert "[scrapy.core.engine] INFO" not in err  # live display instead of INFO log lines
    # the final report line
    assert "demo: " in err and "73 new" in err
