"""The item queue between workers and the writer: pushing messages, atomically with the
site's pending counter (``P:items`` and ``P:items:pending``, see :mod:`crawler.distributed.keys`)."""

from __future__ import annotations

from typing import Any

from crawler.distributed.keys import Keys

__all__ = ["PUSH", "push"]

# KEYS: items, pending   ARGV: site, message...  -> the queue's length
PUSH = """
for i = 2, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
redis.call('HINCRBY', KEYS[2], ARGV[1], #ARGV - 1)
return redis.call('LLEN', KEYS[1])
"""

_scripts: dict[int, Any] = {}


def push(client: Any, keys: Keys, site: str, *messages: bytes) -> int:
    """Append messages of ``site`` to the writer's queue; returns the queue's length."""
    script = _scripts.get(id(client))
    if script is None:
        script = _scripts[id(client)] = client.register_script(PUSH)
    return int(script(keys=[keys.items, keys.pending], args=[site, *messages]))
