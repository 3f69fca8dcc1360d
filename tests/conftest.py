"""Session fixtures shared by several test modules."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def web_archive(tmp_path_factory):
    """The demo portal crawled twice, with a changed article and a scripted capture (tests/web_archive.py)."""
    from tests.web_archive import build

    archive = build(tmp_path_factory.mktemp("web-archive"))
    yield archive
    archive.beacon.shutdown()


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    """A real redis-server of its own for one test module: a free loopback port, a temporary
    directory, no persistence; stopped afterwards (tests/redis_server.py)."""
    from tests.redis_server import RedisServer

    with RedisServer(tmp_path_factory.mktemp("redis")) as server:
        yield server
