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
