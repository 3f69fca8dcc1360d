"""``govarchive status --redis URL``: what the distributed crawl is doing, from Redis alone.

Per site: the current (or last) run and its state, requests queued in the frontier, requests
taken by workers and not finished, fingerprints in the run's seen-set, items waiting for the
writer, the workers of the run seen in the last minute, and when the archive's state was last
published. Overall: items queued / in the writer's current batch / dead-lettered, every worker
seen in the last minute, and the writer's last commit.
"""

from __future__ import annotations

from typing import Any

from crawler.distributed.keys import Keys

__all__ = ["format_status", "gather_status"]

RECENT = 60.0  # "seen in the last minute"


def _s(value: Any) -> str:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else str(value)


def gather_status(client: Any, keys: Keys, recent: float = RECENT) -> dict[str, Any]:
    """Everything ``status`` shows, as plain data."""
    now = float(client.time()[0])
    live = {_s(w) for w in client.zrangebyscore(keys.workers, now - recent, "+inf")}
    pending = {_s(k): max(0, int(v)) for k, v in client.hgetall(keys.pending).items()}
    sites = sorted({_s(s) for s in client.smembers(keys.sites)} | set(pending))
    out: dict[str, Any] = {"sites": []}
    for site in sites:
        run = {_s(k): _s(v) for k, v in client.hgetall(keys.site_run(site)).items()}
        entry: dict[str, Any] = {
            "site": site,
            "run": int(run["id"]) if run.get("id") else None,
            "run_status": run.get("status"),
            "run_started": run.get("started_at"),
            "run_finished": run.get("finished_at"),
            "resumed": run.get("resumed") == "1",
            "queued": 0,
            "taken": 0,
            "seen": 0,
            "waiting_for_writer": pending.get(site, 0),
            "workers": [],
        }
        if run.get("id"):
            rk = keys.run(site, run["id"])
            workers = {_s(k): _s(v) for k, v in client.hgetall(rk.workers).items()}
            entry["queued"] = int(client.zcard(rk.requests))
            entry["seen"] = int(client.scard(rk.seen))
            entry["taken"] = sum(int(client.hlen(rk.taken(w))) for w in workers)
            entry["workers"] = sorted(f"{w} ({state})" for w, state in workers.items() if w in live)
        meta = {_s(k): _s(v) for k, v in client.hgetall(keys.state(site, "meta")).items()}
        entry["state_published"] = meta.get("published_at")
        entry["state_known"] = int(meta.get("count_known") or 0)
        entry["state_last_run"] = int(meta["last_run"]) if meta.get("last_run") else None
        out["sites"].append(entry)
    writer = {_s(k): _s(v) for k, v in client.hgetall(keys.writer).items()}
    lock = client.get(keys.writer_lock)
    out["items_queued"] = int(client.llen(keys.items))
    out["items_processing"] = int(client.llen(keys.processing))
    out["items_dead"] = int(client.llen(keys.dead))
    out["workers_last_minute"] = sorted(live)
    out["writer"] = {
        "id": writer.get("id"),
        "running": lock is not None,
        "db": writer.get("db"),
        "last_commit": writer.get("last_commit"),
        "last_batch": int(writer.get("last_batch") or 0),
        "committed": int(writer.get("committed") or 0),
        "dead": int(writer.get("dead") or 0),
    }
    return out


def format_status(data: dict[str, Any]) -> str:
    """The status as text for a terminal.

    >>> print(format_status({"sites": [], "items_queued": 0, "items_processing": 0, "items_dead": 0,
    ...     "workers_last_minute": [], "writer": {"running": False, "last_commit": None}}))
    no site has been crawled through this Redis yet
    items: 0 waiting for the writer, 0 in its current batch, 0 dead-lettered
    workers seen in the last minute: 0
    writer: not running; last commit never
    """
    lines = []
    if not data["sites"]:
        lines.append("no site has been crawled through this Redis yet")
    for s in data["sites"]:
        run = f"run {s['run']} {s['run_status']}" if s["run"] else "no run yet"
        when = s["run_finished"] if s["run_status"] != "running" else s["run_started"]
        if s["run"] and when:
            run += f" ({'since' if s['run_status'] == 'running' else 'at'} {when})"
        if s["resumed"]:
            run += ", resuming an unfinished crawl"
        lines.append(f"{s['site']}: {run}")
        lines.append(
            f"  requests queued {s['queued']}, taken by workers {s['taken']}, seen {s['seen']}; "
            f"items waiting for the writer {s['waiting_for_writer']}"
        )
        lines.append(f"  workers seen in the last minute: {len(s['workers'])}" + (f" ({', '.join(s['workers'])})" if s["workers"] else ""))
        if s["state_published"]:
            after = f" after run {s['state_last_run']}" if s["state_last_run"] else ""
            lines.append(f"  archive state published {s['state_published']}{after} ({s['state_known']} known articles)")
        else:
            lines.append("  archive state not published yet (start `govarchive ingest`)")
    lines.append(
        f"items: {data['items_queued']} waiting for the writer, {data['items_processing']} in its current batch, "
        f"{data['items_dead']} dead-lettered"
    )
    lines.append(f"workers seen in the last minute: {len(data['workers_last_minute'])}")
    w = data["writer"]
    state = f"running ({w.get('id')}, into {w.get('db')})" if w.get("running") else "not running"
    commit = w.get("last_commit") or "never"
    if w.get("last_commit"):
        commit += f" ({w.get('last_batch', 0)} items; {w.get('committed', 0)} committed in all, {w.get('dead', 0)} dead-lettered)"
    lines.append(f"writer: {state}; last commit {commit}")
    return "\n".join(lines)
