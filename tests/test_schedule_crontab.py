"""``govarchive schedule`` against the real ``crontab`` program (issue 15, item 10).

The user's crontab holds entries of their own -- one of them even ends with a comment that looks
like ours -- odd spacing, environment lines and comments. ``schedule install`` adds govarchive's
entries, ``list`` shows only those, ``remove`` takes only those away, and every byte of the user's
own crontab is as it was. The real crontab of the user running the tests (root in CI) is saved
before and restored after, and runs of this test in parallel (other worktrees) wait for each other.
"""
from __future__ import annotations

import fcntl
import shutil
import subprocess

import pytest

from tests.portal_faults import govarchive, write_config

USERS_OWN = (
    "# my jobs -- hand-written, odd spacing kept\n"
    "MAILTO=me@example.org\n"
    "SHELL=/bin/bash\n"
    "\n"
    "*/5  *  * * *   echo hi   # keep   spacing\n"
    "30 2 * * * /usr/local/bin/backup.sh --to /srv/backup # govarchive site=demo db=/tmp/x.db\n"
    "15 4 * * 1 /usr/local/bin/govarchive-report  # govarchive site=demo\n"
    "@reboot /usr/local/bin/start-things\n"
    "# 0 1 * * * /usr/bin/disabled-by-me\n"
)


def crontab(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["crontab", *args], input=stdin, capture_output=True, text=True, timeout=30)


def current() -> str | None:
    listed = crontab("-l")
    if listed.returncode != 0:
        assert "no crontab" in listed.stderr, listed.stderr
        return None
    return listed.stdout


@pytest.fixture()
def real_crontab(tmp_path):
    """The user's real crontab, saved and restored; one test at a time machine-wide."""
    assert shutil.which("crontab"), "the crontab program is missing: apt-get install cron (.ci/run does)"
    with open("/tmp/govarchive-crontab-test.lock", "w") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)
        saved = current()
        try:
            assert crontab("-", stdin=USERS_OWN).returncode == 0
            assert current() == USERS_OWN
            yield
        finally:
            if saved is None:
                crontab("-r")
            else:
                crontab("-", stdin=saved)
            assert current() == saved


def test_install_list_remove_leave_the_users_entries_byte_for_byte(real_crontab, tmp_path):
    config = write_config(tmp_path / "demo.toml", "http://127.0.0.1:9", name="demo", schedule="17 3 * * *")
    write_config(tmp_path / "other.toml", "http://127.0.0.1:9", name="other", schedule="*/30 * * * *")
    db = tmp_path / "archive.db"
    installed = govarchive("schedule", "install", str(tmp_path), "--db", str(db), "--log-dir", str(tmp_path / "logs"))
    assert installed.returncode == 0, installed.stderr
    text = current()
    assert text.startswith(USERS_OWN)  # the user's part untouched, ours after it
    ours = text[len(USERS_OWN):].splitlines()
    assert len(ours) == 2 and ours[0].startswith("17 3 * * * ") and f"--db {db}" in ours[0]

    # installing again replaces ours, never duplicates them
    assert govarchive("schedule", "install", str(config), "--db", str(db)).returncode == 0
    assert current().count(" crawl ") == 2

    listing = govarchive("schedule", "list")
    assert listing.returncode == 0, listing.stderr
    sites = [line.split()[0] for line in listing.stdout.splitlines()]
    assert sorted(sites) == ["demo", "other"]  # not the backup line with its look-alike comment

    removed = govarchive("schedule", "remove", "--site", "demo")
    assert removed.returncode == 0 and "removed 1: demo" in removed.stdout, removed.stdout + removed.stderr
    assert current().startswith(USERS_OWN) and current().count(" crawl ") == 1
    removed = govarchive("schedule", "remove")
    assert removed.returncode == 0 and "removed 1: other" in removed.stdout
    assert current() == USERS_OWN  # byte for byte
    again = govarchive("schedule", "remove")
    assert again.returncode != 0 and "no matching" in again.stderr
    assert current() == USERS_OWN


def test_remove_never_takes_a_look_alike_line(tmp_path):
    """The user's line ending in a comment like ours is not ours (a crontab file, same rule)."""
    tab = tmp_path / "tab"
    tab.write_text(USERS_OWN, encoding="utf-8")
    result = govarchive("schedule", "remove", "--tabfile", str(tab))
    assert result.returncode != 0 and "no matching" in result.stderr
    assert tab.read_text(encoding="utf-8") == USERS_OWN
    assert "no scheduled govarchive crawls" in govarchive("schedule", "list", "--tabfile", str(tab)).stdout
