"""``govarchive serve``: bad input is one line and a non-zero exit; a non-loopback host warns."""
from __future__ import annotations

import socket
import sqlite3

from tests.portal_faults import govarchive


def _one_line_error(result, *needles):
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_missing_archive(tmp_path):
    _one_line_error(govarchive("serve", "--db", str(tmp_path / "nope.db"), timeout=60), "no archive at")
    assert not (tmp_path / "nope.db").exists()  # serving never creates a file


def test_not_an_archive(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not sqlite at all\n" * 100, encoding="utf-8")
    _one_line_error(govarchive("serve", "--db", str(text), timeout=60), str(text))
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    _one_line_error(govarchive("serve", "--db", str(plain), timeout=60), "not a govarchive archive")
    # a directory is a usage error, reported by click as for every command (usage + one Error: line)
    result = govarchive("serve", "--db", str(tmp_path), timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("Error:")][0].endswith("is a directory.")


def test_port_in_use(web_archive):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        _one_line_error(govarchive("serve", "--db", str(web_archive.db), "--port", str(port), timeout=60),
                        f"cannot listen on 127.0.0.1:{port}")


def test_another_host_warns_in_one_line(web_archive):
    # 192.0.2.1 (TEST-NET-1) is on no interface here: the warning comes first, then the bind fails
    result = govarchive("serve", "--db", str(web_archive.db), "--host", "192.0.2.1", "--port", "8001", timeout=60)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines[0].startswith("warning: listening on 192.0.2.1:") and "anyone" in lines[0]
    assert len(lines) == 2 and "cannot listen on 192.0.2.1:8001" in lines[1]
    assert result.returncode != 0


def test_help_has_an_example():
    result = govarchive("serve", "--help", timeout=60)
    assert result.returncode == 0 and "govarchive serve --db demo.db" in result.stdout
    assert "127.0.0.1" in result.stdout and "8001" in result.stdout
