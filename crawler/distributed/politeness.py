"""A site's politeness held by every worker together, not by each worker alone.

A single crawl process keeps at most ``CONCURRENT_REQUESTS_PER_DOMAIN`` requests in flight per
host and spaces them ``DOWNLOAD_DELAY`` apart. N workers doing that each would put N times the
load on a portal. :class:`SharedPolitenessMiddleware` (in every worker's downloader middlewares,
last before the download handler) keeps the limits for the whole deployment through Redis:

- **in flight**: a request takes a lease in the host's lease set (``P:host:H:inflight``, a sorted
  set of lease -> expiry) before it is sent and gives it back when its response or failure comes
  back; when the set is full the request waits (polling every ``REDIS_POLITENESS_POLL`` seconds).
  A lease expires ``DOWNLOAD_TIMEOUT`` + 30 s after its slot, so the leases of a worker killed
  mid-download are given back by time;
- **spacing**: the host's next free slot (``P:host:H:next``, milliseconds of Redis server time)
  moves on by ``DOWNLOAD_DELAY`` with every lease: requests start at least that far apart
  across all workers (Scrapy's own per-worker delay still applies on top);
- **Retry-After**: a 429/503 that asks to come back later (and not later than
  ``RETRY_AFTER_MAX``) moves the host's next slot out that far for every worker.

Both steps are one Lua script each, on Redis server time, so workers on several machines agree.
The keys belong to the deployment (its prefix), not to a run or a site: two sites on the same
host share the host's limits, with the stricter of their settings applying to their own requests.
``REDIS_SHARED_POLITENESS = False`` turns it off (each worker polite alone, as before).
"""

from __future__ import annotations

import itertools
import logging
import os
from typing import Any
from urllib.parse import urlsplit

from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from crawler import statkeys
from crawler.distributed.keys import Keys
from crawler.politeness import RETRY_AFTER_STATUSES, parse_retry_after, pause

__all__ = ["SharedPolitenessMiddleware", "acquire", "push_back", "release"]

logger = logging.getLogger(__name__)

# KEYS: lease set, next slot   ARGV: cap (0: none), lease id, delay ms, lease ttl ms
# Returns the milliseconds to wait before sending, or -1 when the host has no free place.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cap = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if cap > 0 and redis.call('ZCARD', KEYS[1]) >= cap then
  return -1
end
local delay = tonumber(ARGV[3])
local ttl = tonumber(ARGV[4])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
if delay > 0 or slot > now then
  redis.call('SET', KEYS[2], slot + delay, 'PX', slot - now + delay + 60000)
end
redis.call('ZADD', KEYS[1], slot + ttl, ARGV[2])
redis.call('PEXPIRE', KEYS[1], slot - now + ttl)
return slot - now
"""

# KEYS: next slot   ARGV: milliseconds from now
_PUSH_BACK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local later = now + tonumber(ARGV[1])
if later > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], later, 'PX', tonumber(ARGV[1]) + 60000)
end
return later
"""

_LEASE = "govarchive_shared_lease"  # request.meta key: (lease set, lease id)


def acquire(client: Any, keys: Keys, host: str, lease: str, cap: int, delay: float, ttl: float) -> float | None:
    """Take a place for one request to ``host``: the seconds to wait before sending it, or None
    when ``cap`` requests are already in flight there (``cap`` 0: no cap)."""
    wait = client.eval(_ACQUIRE, 2, keys.host_inflight(host), keys.host_next(host),
                       cap, lease, int(delay * 1000), int(ttl * 1000))
    return None if wait < 0 else wait / 1000


def release(client: Any, keys: Keys, host: str, lease: str) -> None:
    """Give the place back (its response or failure came back)."""
    client.zrem(keys.host_inflight(host), lease)


def push_back(client: Any, keys: Keys, host: str, seconds: float) -> None:
    """No request to ``host`` starts, in any worker, before ``seconds`` from now."""
    client.eval(_PUSH_BACK, 1, keys.host_next(host), int(seconds * 1000))


class SharedPolitenessMiddleware:
    """Per-host in-flight cap, spacing and Retry-After pauses shared by every worker (see module docstring)."""

    def __init__(self, client: Any, keys: Keys, cap: int, delay: float, ttl: float, poll: float,
                 retry_after_max: float, stats: Any = None) -> None:
        self.client = client
        self.keys = keys
        self.cap = cap
        self.delay = delay
        self.ttl = ttl
        self.poll = poll
        self.retry_after_max = retry_after_max
        self.stats = stats
        self._ids = itertools.count(1)
        self._me = f"{os.uname().nodename}:{os.getpid()}:{id(self):x}"

    @classmethod
    def from_crawler(cls, crawler: Any) -> SharedPolitenessMiddleware:
        settings = crawler.settings
        url = settings.get("REDIS_URL")
        if not url or not settings.getbool("REDIS_SHARED_POLITENESS", True):
            raise NotConfigured("politeness per worker")
        cap = max(0, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        delay = max(0.0, settings.getfloat("DOWNLOAD_DELAY"))
        if cap == 0 and delay == 0:
            raise NotConfigured("no per-host limits to share")
        from crawler.distributed.scheduler import redis_client

        return cls(
            redis_client(url),
            Keys(settings.get("REDIS_KEY_PREFIX") or Keys().prefix),
            cap,
            delay,
            ttl=settings.getfloat("DOWNLOAD_TIMEOUT", 180.0) + 30.0,
            poll=settings.getfloat("REDIS_POLITENESS_POLL", 0.05),
            retry_after_max=settings.getfloat("RETRY_AFTER_MAX", 600.0),
            stats=crawler.stats,
        )

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        lease = f"{self._me}:{next(self._ids)}"
        waited = 0.0
        while True:
            wait = acquire(self.client, self.keys, host, lease, self.cap, self.delay, self.ttl)
            if wait is not None:
                break
            waited += self.poll
            await pause(self.poll)
        request.meta[_LEASE] = (host, lease)
        waited += wait
        if wait > 0:
            await pause(wait)
        if waited and self.stats is not None:
            self.stats.inc_value(statkeys.SHARED_POLITENESS_WAITS)
            self.stats.inc_value(statkeys.SHARED_POLITENESS_SECONDS, waited)

    def _release(self, request: Request) -> None:
        held = request.meta.pop(_LEASE, None)
        if held is not None:
            self._quietly(release, *held)

    def _quietly(self, step: Any, *args: Any) -> None:
        """A step on the way back never raises: an exception here would skip the other
        middlewares' process_response (the per-worker cap's release among them). Without Redis the
        lease expires by itself, and the scheduler stops the worker on its next call."""
        from redis.exceptions import RedisError

        try:
            step(self.client, self.keys, *args)
        except (RedisError, OSError) as exc:
            logger.warning("shared politeness: %s failed: %s", step.__name__, exc)

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        if response.status in RETRY_AFTER_STATUSES:
            retry_after = parse_retry_after(response.headers.get(b"Retry-After"))
            if retry_after is not None and 0 < retry_after <= self.retry_after_max:
                self._quietly(push_back, urlsplit(request.url).hostname or "", retry_after)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)
        return
