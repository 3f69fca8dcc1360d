"""Test helpers for crawling over loopback: a demo-portal server that also records the status
of every answer, a tiny fault-injection kit, and a way to run ``govarchive crawl`` as a user
would (a separate process, so each crawl gets its own Twisted reactor)."""

from __future__ import annotations

import collections
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from crawler.demo_portal.server import SITE_ROOT, DemoPortalServer, PortalRequestHandler

ROOT = Path(__file__).resolve().parents[1]
# No politeness delays against our own loopback server.
FAST = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "-s",
    "RETRY_BACKOFF_BASE=0.05",
    "--progress",
    "plain",
]


class RecordingHandler(PortalRequestHandler):
    """Also records every status sent (``server.statuses``: Counter of (path, status)) and the time
    each request arrived (``server.arrivals``: path -> [monotonic times])."""

    def send_response(self, code, message=None):  # noqa: D102
        path = self.path.split("?", 1)[0]
        with self.server.record_lock:
            self.server.statuses[(path, int(code))] += 1
        super().send_response(code, message)

    def _serve(self, send_body: bool) -> None:
        with self.server.record_lock:
            self.server.arrivals[self.path.split("?", 1)[0]].append(time.monotonic())
        super()._serve(send_body)


class RecordingServer(DemoPortalServer):
    """A demo-portal server (on a given or free port) that records statuses and arrival times."""

    def __init__(self, root: Path | str | None = None, port: int = 0) -> None:
        self.statuses: collections.Counter = collections.Counter()
        self.arrivals: dict[str, list[float]] = collections.defaultdict(list)
        self.record_lock = threading.Lock()
        super().__init__(root, port, RecordingHandler)

    def reset_counts(self) -> None:
        """Forget what was requested so far (between two crawls)."""
        with self.record_lock:
            self.requests.clear()
            self.statuses.clear()
            self.arrivals.clear()

    def total(self, status: int | None = None) -> int:
        """Requests answered (with ``status`` only, when given)."""
        return sum(n for (_, code), n in self.statuses.items() if status is None or code == status)


def free_port() -> int:
    """A free loopback port (so that several crawls of one test see the same URLs)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_demo_site(dest: Path) -> Path:
    """A mutable copy of the bundled demo portal."""
    shutil.copytree(SITE_ROOT, dest)
    return dest


def write_config(path: Path, base_url: str, name: str = "demo", **extra: object) -> Path:
    """A one-site TOML config for a loopback portal; ``extra`` keys are written as TOML values."""
    lines = [f'name = "{name}"', f'start_urls = ["{base_url}/"]', 'allowed_domains = ["127.0.0.1"]']
    tables = {k: v for k, v in extra.items() if isinstance(v, dict)}
    for key, value in extra.items():
        if not isinstance(value, dict):
            lines.append(f"{key} = {_toml(value)}")
    for table, values in tables.items():
        lines.append(f"[{table}]")
        lines.extend(f"{k} = {_toml(v)}" for k, v in values.items())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def govarchive(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run the CLI in a separate process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "archive.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def govarchive_popen(*args: str, log: Path) -> subprocess.Popen:
    """Start the CLI in the background (stdout and stderr to ``log``)."""
    with open(log, "w", encoding="utf-8") as handle:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "archive.cli", *args],
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )


# --- faults: callables for ``server.faults[path]`` -----------------------------------------


def send(handler: PortalRequestHandler, status: int, body: bytes = b"", headers: dict | None = None) -> bool:
    """Write a whole response from a fault; returns True (the fault handled the request)."""
    try:
        handler.send_response(status)
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    except OSError:
        pass  # the crawler gave up on us (a timeout test)
    return True


def first_n(n: int, fault):
    """A fault that applies to the first ``n`` requests of its path only, then normal serving."""
    seen = collections.Counter()
    lock = threading.Lock()

    def apply(handler: PortalRequestHandler, path: str) -> bool:
        with lock:
            seen[path] += 1
            count = seen[path]
        return fault(handler, path) if count <= n else False

    return apply


def status_fault(status: int, headers: dict | None = None):
    """Answer with ``status`` (and headers) and a small error page."""
    return lambda handler, path: send(
        handler,
        status,
        f"<html><body>{status}</body></html>".encode(),
        {"Content-Type": "text/html", **(headers or {})},
    )


def stall_fault(seconds: float):
    """Say nothing for ``seconds`` (longer than the crawler's timeout), then hang up."""

    def apply(handler: PortalRequestHandler, path: str) -> bool:
        time.sleep(seconds)
        handler.close_connection = True
        return True

    return apply
