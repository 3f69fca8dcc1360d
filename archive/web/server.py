"""Run Datasette with the govarchive plugin on one archive (what ``govarchive serve`` does).

The archive is opened read-only by Datasette (``mode=ro`` connections on the WAL file), so a
crawl can write to it at the same time; pending schema migrations are applied once, before
serving, by the archive library itself.

Example::

    from archive.web.server import check_archive, make_datasette
    check_archive("demo.db")                  # ArchiveError with a one-line message if not
    ds = make_datasette("demo.db")            # then uvicorn.run(ds.app(), ...)
"""
from __future__ import annotations

import ipaddress
import socket
from pathlib import Path
from typing import Any

__all__ = ["SETTINGS", "check_archive", "check_port", "is_loopback", "make_datasette", "run"]

#: Datasette settings for the window: the file is never offered for download (a crawl may be
#: writing to it); SQL may run a little longer than Datasette's 1 s default on big archives;
#: no suggested facets -- Datasette tries a GROUP BY on every column of every table page, which
#: made the articles page 6-15x slower at 20,000 articles (?_facet=site still works).
SETTINGS = {
    "allow_download": False,
    "sql_time_limit_ms": 5000,
    "suggest_facets": False,
    "default_page_size": 50,
}


def check_archive(path: str) -> str:
    """Validate ``path`` as an existing govarchive archive (migrating it if it is older); return its name.

    Raises ``ArchiveError`` with a one-line message otherwise.
    """
    from archive.db import Archive

    Archive(path, create=False).close()
    return Path(path).stem


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine.

    Example:
        >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
        (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_port(host: str, port: int) -> None:
    """Raise OSError now if ``host:port`` cannot be listened on (rather than after start-up)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))


def make_datasette(path: str, **settings: Any):
    """A Datasette instance serving the archive at ``path`` read-only, with the govarchive plugin."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    import archive.web as plugin

    if not pm.is_registered(plugin) and "govarchive" not in {name for name, _ in pm.list_name_plugin()}:
        pm.register(plugin, name="govarchive")  # not installed with its entry point (e.g. run from a checkout)
    return Datasette([str(path)], settings={**SETTINGS, **settings}, cors=False)


def run(path: str, host: str, port: int, log_level: str = "warning") -> None:
    """Serve until interrupted (blocking)."""
    import uvicorn

    ds = make_datasette(path)
    uvicorn.run(ds.app(), host=host, port=port, log_level=log_level, lifespan="on")
