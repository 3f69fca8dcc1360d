"""What the archive already holds, published to Redis by the writer and read by the workers.

A local crawl asks SQLite at the start what is archived (known article URLs with their ETag /
Last-Modified, the 304 revisits, the list-page memory: validators, links, page types) so that a
re-crawl sends conditional requests, skips archived articles and stops paging early. Workers
have no SQLite: the writer (``govarchive ingest``) publishes the same data per site, and
publishes it again after each run it ingests; workers read it when they join a run.

Per site (see :mod:`crawler.distributed.keys`): ``state:known`` (url -> ``{last_seen, etag,
last_modified, fetched_at, published, state, unlisted_at, list_date, ...}``: what a revisit plan reads), ``state:revisits`` (url -> time of its last 304), ``state:lists`` (url ->
``{etag, last_modified, links, fetched_at, page_type}``), ``state:files`` (attachment url ->
``[sha256, fetched_at]``) and ``state:meta`` (``published_at``, ``last_run_uid``: the last run
ingested, ``unfinished``: the archive's last crawl of the site did not finish, and counts).
Each hash is written under a temporary name and renamed into place, so a worker never reads
half a state.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from crawler.distributed.keys import Keys

__all__ = ["PublishedState", "load_state", "publish_state", "state_says_unfinished"]

PARTS = ("known", "revisits", "lists", "files")
#: what a revisit plan reads of a known article (:meth:`archive.db.Archive.known_articles`; the
#: published entry keeps every field but the capture's hash, and omits empty ones)
KNOWN_FIELDS = (
    "last_seen", "etag", "last_modified", "fetched_at", "published", "first_seen", "state", "unlisted_at",
    "list_date",
)
CHUNK = 1000

# Put a new state in place at once. KEYS: meta, sites, (temporary, real) per part
# ARGV: site, meta field, value, ...  (an empty value deletes the field)
SWAP = """
for i = 3, #KEYS, 2 do
  if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('RENAME', KEYS[i], KEYS[i + 1])
  else redis.call('DEL', KEYS[i + 1]) end
end
for i = 2, #ARGV, 2 do
  if ARGV[i + 1] == '' then redis.call('HDEL', KEYS[1], ARGV[i]) else redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
redis.call('SADD', KEYS[2], ARGV[1])
return 1
"""


@dataclass
class PublishedState:
    """One site's published state, as :meth:`crawler.spiders.portal.PortalSpider.use_state` takes it."""

    known: dict[str, dict[str, Any]] = field(default_factory=dict)
    revisits: dict[str, str] = field(default_factory=dict)
    lists: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


def _s(value: Any) -> str:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else str(value)


def load_state(client: Any, keys: Keys, site: str) -> PublishedState:
    """Read one site's published state (empty when the writer never published it).

    >>> load_state.__name__
    'load_state'
    """
    state = PublishedState()
    for url, value in client.hscan_iter(keys.state(site, "known"), count=CHUNK):
        entry = json.loads(value)
        state.known[_s(url)] = {key: entry.get(key) for key in KNOWN_FIELDS} | entry
    for url, value in client.hscan_iter(keys.state(site, "revisits"), count=CHUNK):
        state.revisits[_s(url)] = _s(value)
    for url, value in client.hscan_iter(keys.state(site, "lists"), count=CHUNK):
        state.lists[_s(url)] = json.loads(value)
    for url, value in client.hscan_iter(keys.state(site, "files"), count=CHUNK):
        sha, fetched_at = json.loads(value)
        state.files[_s(url)] = {"sha256": sha, "fetched_at": fetched_at}
    state.meta = {_s(k): _s(v) for k, v in client.hgetall(keys.state(site, "meta")).items()}
    return state


def state_says_unfinished(client: Any, keys: Keys, site: str) -> bool:
    """True when the published state says the archive's last crawl of ``site`` did not finish."""
    return _s(client.hget(keys.state(site, "meta"), "unfinished") or b"0") == "1"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def publish_state(
    client: Any,
    keys: Keys,
    site: str,
    *,
    known: dict[str, dict[str, Any]],
    revisits: dict[str, str],
    lists: dict[str, dict[str, Any]],
    files: dict[str, tuple[str, str]],
    unfinished: bool,
    last_run: int | None,
    last_run_uid: str | None,
    published_at: str,
) -> dict[str, int]:
    """Replace one site's published state; returns the number of entries of each part.

    ``known`` is :meth:`archive.db.Archive.known_articles`, ``revisits`` and ``lists`` come
    from the crawl state, ``files`` maps attachment URLs to ``(sha256, fetched_at)``.
    """
    rows = {
        "known": ((u, _dumps({k: v for k, v in i.items() if v is not None and k != "sha256"})) for u, i in known.items()),
        "revisits": ((u, t) for u, t in revisits.items()),
        "lists": ((u, _dumps(m)) for u, m in lists.items()),
        "files": ((u, _dumps(list(v))) for u, v in files.items()),
    }
    counts = {}
    tag = uuid.uuid4().hex[:8]
    temp = {part: f"{keys.state(site, part)}:new:{tag}" for part in PARTS}
    for part in PARTS:
        counts[part] = 0
        chunk: dict[str, str] = {}
        for url, value in rows[part]:
            chunk[url] = value
            if len(chunk) >= CHUNK:
                client.hset(temp[part], mapping=chunk)
                counts[part] += len(chunk)
                chunk = {}
        if chunk:
            client.hset(temp[part], mapping=chunk)
            counts[part] += len(chunk)
    meta = {
        "published_at": published_at,
        "unfinished": "1" if unfinished else "0",
        **{f"count_{part}": str(n) for part, n in counts.items()},
    }
    if last_run_uid:
        meta.update({"last_run_uid": last_run_uid, "last_run": str(last_run or "")})
    if not last_run_uid:
        meta.update({"last_run_uid": "", "last_run": ""})
    swap = client.register_script(SWAP)
    swap(
        keys=[keys.state(site, "meta"), keys.sites, *(k for part in PARTS for k in (temp[part], keys.state(site, part)))],
        args=[site, *(x for kv in meta.items() for x in kv)],
    )
    return counts
