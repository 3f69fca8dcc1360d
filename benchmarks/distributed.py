"""Distributed crawling benchmark: pages per second with 1, 2 and 4 workers against a slow portal,
side by side with a single-process crawl of the same portal in the same run; the writer's
sustained ingest rate; and the Redis memory a run's frontier and seen-set take per million URLs.

The portal is synthetic and served on loopback by the demo portal's server: a home page, C
columns of P list pages (numbered pagers) of 20 articles each, every article a real demo-portal
page (~7 KB: navigation, sidebar, footer) with its own title and text. Every response waits
``--latency`` seconds first (200 ms, a slow county server), so the figures show how many
requests are in flight rather than this machine's two cores. Politeness is per worker:
``--concurrency`` requests per host in flight per worker (and in the single process), no delay.

Measured at the server: pages per second from the first to the last request a crawl sent.
Every crawl must archive every article, or the benchmark stops.

Writer: all items of a crawl are queued in Redis (workers ran without a writer), then a fresh
writer stores them into a new archive, with batches of 1, 20 and 200 items per transaction;
items per second from its first take to the drained queue (in-process, no start-up).

Memory: ``--memory-urls`` requests of the spider's shape (scrapy-redis priority queue, pickled
request dicts) and their fingerprints (the seen-set), measured with ``MEMORY USAGE``, scaled to
a million; the published state of a million archived articles likewise.

Run:  .venv/bin/python benchmarks/distributed.py                        (~6 min)
      .venv/bin/python benchmarks/distributed.py --columns 3 --memory-urls 100000   (quick)
Results: stdout, and benchmarks/RESULTS-distributed.md (``--results``).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from crawler.demo_portal.server import SITE_ROOT, DemoPortalServer  # noqa: E402
from crawler.distributed.keys import Keys  # noqa: E402
from tests.redis_server import RedisServer  # noqa: E402

TEMPLATE = SITE_ROOT / "xwzx" / "zwyw" / "202311" / "t20231103_1044215.html"
WORDS = (
    "市政府 召开 常务会议 研究 部署 安全生产 防汛 抗旱 乡村振兴 高标准农田 营商环境 项目建设 民生实事 "
    "教育 医疗 养老 就业 交通 水利 生态环境 大气污染 防治 招商引资 产业园区 数字政府 政务服务 "
    "一网通办 改革 创新 发展 推进 落实 加强 提升 保障 群众 企业 基层 干部 会议 要求 各级 各部门"
).split()
ARTICLES_PER_LIST = 20


# ----------------------------------------------------------------------------------- the portal


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def build_portal(root: Path, columns: int, pages: int, seed: int = 7) -> int:
    """Write the synthetic portal under ``root``; returns the number of articles."""
    rng = random.Random(seed)
    # the demo page's chrome links pages this portal does not have: they all lead home here
    template = re.sub(r'href="/[^"]*"', 'href="/"', TEMPLATE.read_text(encoding="utf-8"))
    head, rest = template.split("<h1>", 1)
    _, rest = rest.split("</h1>", 1)
    info, rest = rest.split('<div class="article-content" id="zoom">', 1)
    _, tail = rest.split("</div>", 1)
    home = ["<html><head><meta charset='utf-8'><title>首页</title></head><body><ul>"]
    n = 0
    for c in range(columns):
        col = root / f"c{c}"
        home.append(f'<li><a href="/c{c}/">栏目{c}</a></li>')
        for p in range(pages):
            items = []
            for a in range(ARTICLES_PER_LIST):
                n += 1
                day = 1 + n % 28
                path = f"/c{c}/2024{1 + n % 12:02d}/t2024{1 + n % 12:02d}{day:02d}_{100000 + n}.html"
                title = _text(rng, 6)[:-1]
                paragraphs = "".join(f"<p>{_text(rng, rng.randint(20, 60))}</p>" for _ in range(rng.randint(3, 8)))
                html = f"{head}<h1>{title}</h1>{info}<div class=\"article-content\" id=\"zoom\">{paragraphs}</div>{tail}"
                target = root / path.lstrip("/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(html, encoding="utf-8")
                items.append(f'<li><a href="{path}">{title}</a><span class="date">2024-01-{day:02d}</span></li>')
            pager = " ".join(
                f'<a href="/c{c}/{"index" if q == 0 else f"index_{q}"}.html">{q + 1}</a>' for q in range(pages)
            )
            listing = (
                f"<html><head><meta charset='utf-8'><title>栏目{c}</title></head><body>"
                f"<ul class='list'>{''.join(items)}</ul><div class='pager'>{pager}</div></body></html>"
            )
            name = "index.html" if p == 0 else f"index_{p}.html"
            col.mkdir(parents=True, exist_ok=True)
            (col / name).write_text(listing, encoding="utf-8")
    home.append("</ul></body></html>")
    (root / "index.html").write_text("".join(home), encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow:\n", encoding="utf-8")
    return n


class SlowPortal(DemoPortalServer):
    """The portal server; every response waits ``latency`` seconds; arrival times recorded."""

    def __init__(self, root: Path, latency: float) -> None:
        super().__init__(root, 0)
        self.latency = latency
        self.arrivals: list[float] = []
        self.faults["*"] = self._slow

    def _slow(self, handler, path):
        with self._lock:
            self.arrivals.append(time.monotonic())
        time.sleep(self.latency)
        return False

    def take(self) -> list[float]:
        with self._lock:
            out, self.arrivals = self.arrivals, []
        return out


def rate(arrivals: list[float]) -> tuple[int, float, float]:
    """(requests, seconds from the first to the last, requests per second)."""
    if len(arrivals) < 2:
        return len(arrivals), 0.0, 0.0
    span = max(arrivals) - min(arrivals)
    return len(arrivals), span, (len(arrivals) - 1) / span


# ---------------------------------------------------------------------------------------- crawls


def govarchive(*args: str, log: Path) -> subprocess.Popen:
    with open(log, "w", encoding="utf-8") as fh:
        return subprocess.Popen([sys.executable, "-m", "archive.cli", *args], stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT)


def settings(concurrency: int) -> list[str]:
    # what N workers fetch when each may put ``concurrency`` requests on the portal: the scaling of
    # the workers themselves. By default the workers share a site's politeness (at most
    # ``concurrency`` in flight per host across all of them), which would cap every row at one
    # worker's rate: so politeness per worker here, as when these figures were first taken.
    return [
        "-s", "REDIS_SHARED_POLITENESS=False", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",
        "-s", "REDIS_HEARTBEAT=1", "-s", "REDIS_RUN_GAP=0", "--progress", "off", "--log-level", "WARNING",
    ]


def articles(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def single(config: Path, db: Path, concurrency: int, portal: SlowPortal, work: Path) -> dict:
    proc = govarchive("crawl", str(config), "--db", str(db), *settings(concurrency), log=work / "single.log")
    if proc.wait() != 0:
        raise SystemExit(f"single-process crawl failed: {(work / 'single.log').read_text()[-2000:]}")
    n, span, per_s = rate(portal.take())
    return {"requests": n, "seconds": span, "pages_s": per_s, "articles": articles(db)}


def distributed(config: Path, url: str, db: Path, workers: int, concurrency: int, portal: SlowPortal, work: Path,
                with_writer: bool = True) -> dict:
    r = redis.Redis.from_url(url)
    r.flushall()
    writer = govarchive("ingest", "--redis", url, "--db", str(db), log=work / "writer.log") if with_writer else None
    procs = [
        govarchive("crawl", str(config), "--redis", url, *settings(concurrency), "-s", "REDIS_STATE_WAIT=5",
                   log=work / f"worker{i}.log")
        for i in range(workers)
    ]
    peak = 0
    while any(p.poll() is None for p in procs):
        peak = max(peak, r.llen("govarchive:items"))
        time.sleep(0.2)
    if any(p.returncode != 0 for p in procs):
        raise SystemExit(f"a worker failed: {(work / 'worker0.log').read_text()[-2000:]}")
    n, span, per_s = rate(portal.take())
    out = {"requests": n, "seconds": span, "pages_s": per_s, "peak_queue": peak}
    if writer is not None:
        done = time.monotonic()
        while r.llen("govarchive:items") or r.llen("govarchive:items:processing"):
            time.sleep(0.05)
        out["writer_lag"] = time.monotonic() - done
        writer.terminate()
        writer.wait()
        out["articles"] = articles(db)
    else:
        out["items"] = r.llen("govarchive:items")
    return out


def writer_rate(url: str, work: Path, batch: int) -> dict:
    """Drain a copy of the queued items into a fresh archive; items per second."""
    from crawler.distributed.ingest import Writer

    r = redis.Redis.from_url(url)
    r.delete("govarchive:items", "govarchive:items:processing", "govarchive:writer:lock")
    r.copy("bench:items", "govarchive:items")
    n = r.llen("govarchive:items")
    db = work / f"ingest-{batch}.db"
    db.unlink(missing_ok=True)
    writer = Writer(r, Keys(), str(db), batch_size=batch, publish=False)
    writer.acquire()
    writer.open()
    try:
        started = time.perf_counter()
        while r.llen("govarchive:items"):
            writer.ingest(writer.take())
        seconds = time.perf_counter() - started
    finally:
        writer.close()
        writer.release()
    return {"items": n, "seconds": seconds, "items_s": n / seconds, "articles": articles(db)}


# ---------------------------------------------------------------------------------------- memory


def memory(url: str, n: int) -> dict:
    """Bytes of a run's frontier, seen-set and the published known-articles state, for ``n`` URLs."""
    from scrapy import Request
    from scrapy_redis import picklecompat
    from scrapy_redis.dupefilter import RFPDupeFilter

    from crawler.siteconfig import SiteConfig
    from crawler.spiders.portal import PortalSpider

    r = redis.Redis.from_url(url, socket_timeout=600)  # MEMORY USAGE ... SAMPLES 0 walks every element
    r.flushall()
    spider = PortalSpider(site=SiteConfig("qinghe", ["http://www.qinghe.gov.cn/"], ["www.qinghe.gov.cn"]))
    df = RFPDupeFilter(r, key="bench:seen")
    chunk_requests: dict[bytes, float] = {}
    chunk_seen: list[str] = []
    chunk_known: dict[str, str] = {}
    for i in range(n):
        column = ("xwzx/zwyw", "xwzx/bmdt", "zwgk/tzgg", "zwgk/zcjd")[i % 4]
        url_i = f"http://www.qinghe.gov.cn/{column}/2023{1 + i % 12:02d}/t2023{1 + i % 12:02d}{1 + i % 28:02d}_{1000000 + i}.html"
        request = Request(url_i, callback=spider.parse, errback=spider.on_error, priority=10,
                          meta={"page_kind": "new", "handle_httpstatus_list": [304]})
        chunk_requests[picklecompat.dumps(request.to_dict(spider=spider))] = -10
        chunk_seen.append(df.request_fingerprint(request))
        # as crawler.distributed.state publishes it (Archive.known_articles without empty fields)
        chunk_known[url_i] = json.dumps({
            "last_seen": "2026-11-28T13:00:00Z", "etag": f'"{i:x}-5f1c2a"', "last_modified": "Tue, 28 Nov 2023 07:20:00 GMT",
            "fetched_at": "2026-11-28T13:00:00Z", "published": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "first_seen": "2026-11-28T13:00:00Z", "state": "live",
        }, ensure_ascii=False, separators=(",", ":"))
        if len(chunk_seen) >= 10_000:
            r.zadd("bench:requests", chunk_requests)
            r.sadd("bench:seen", *chunk_seen)
            r.hset("bench:known", mapping=chunk_known)
            chunk_requests, chunk_seen, chunk_known = {}, [], {}
    if chunk_seen:
        r.zadd("bench:requests", chunk_requests)
        r.sadd("bench:seen", *chunk_seen)
        r.hset("bench:known", mapping=chunk_known)
    usage = {k: r.memory_usage(f"bench:{k}", samples=0) for k in ("requests", "seen", "known")}
    r.flushall()
    return {"urls": n, **usage}


# ------------------------------------------------------------------------------------------ main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds each response waits (default 0.2)")
    parser.add_argument("--columns", type=int, default=6, help="columns of the portal (default 6)")
    parser.add_argument("--pages", type=int, default=5, help="list pages per column, 20 articles each (default 5)")
    parser.add_argument("--concurrency", type=int, default=2, help="requests in flight per host and worker (default 2)")
    parser.add_argument("--workers", default="1,2,4", help="worker counts (default 1,2,4)")
    parser.add_argument("--batches", default="1,20,200", help="writer batch sizes (default 1,20,200)")
    parser.add_argument("--memory-urls", type=int, default=1_000_000, help="URLs for the memory figures (default 1,000,000)")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS-distributed.md")
    parser.add_argument("--memory-only", action="store_true",
                        help="measure only the memory (and replace that section of an existing results file)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govarchive-bench-distributed-"))
    command = " ".join([".venv/bin/python benchmarks/distributed.py", *sys.argv[1:]])
    out = [
        f"Command: `{command}`  ",
        f"Machine: {os.cpu_count()} cores; redis-server {_redis_version()}, Python {sys.version.split()[0]}; "
        f"run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
    ]
    try:
        n_articles = build_portal(work / "site", args.columns, args.pages)
        portal = SlowPortal(work / "site", args.latency).start()
        config = work / "portal.toml"
        config.write_text(
            f'name = "bench"\nstart_urls = ["{portal.base_url}/"]\nallowed_domains = ["127.0.0.1"]\n', encoding="utf-8"
        )
        with RedisServer(work / "redis") as server:
            if args.memory_only:
                portal.stop()
                note = f"Measured by `{command}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}."
                out += memory_section(memory(server.url, args.memory_urls), note)
                return _write(args, out, keep_before="## Redis memory")
            rows = []
            c = args.concurrency
            worker_counts = [int(x) for x in args.workers.split(",")]
            for label, conc in ((f"single process, {c} per host", c), (f"single process, {c * max(worker_counts)} per host", c * max(worker_counts))):
                (work / "single.db").unlink(missing_ok=True)
                res = single(config, work / "single.db", conc, portal, work)
                rows.append((label, res))
                print(label, res, flush=True)
            for w in worker_counts:
                db = work / f"dist-{w}.db"
                db.unlink(missing_ok=True)
                res = distributed(config, server.url, db, w, c, portal, work)
                rows.append((f"{w} worker{'s' if w > 1 else ''} x {c} per host + 1 writer", res))
                print(w, res, flush=True)
            for label, res in rows:
                if res["articles"] != n_articles:
                    raise SystemExit(f"{label}: {res['articles']} articles archived, not {n_articles}")
            base = rows[0][1]["pages_s"]
            out += [
                f"## Crawl: {n_articles} articles + {args.columns * args.pages + 1} list pages, "
                f"{args.latency * 1000:.0f} ms per response",
                "",
                "| crawl | requests | seconds | pages/s | vs single process | items waiting (peak) | writer done after the last worker |",
                "|---|---:|---:|---:|---:|---:|---:|",
            ]
            for label, res in rows:
                peak = res.get("peak_queue")
                lag = res.get("writer_lag")
                out.append(
                    f"| {label} | {res['requests']} | {res['seconds']:.1f} | {res['pages_s']:.1f} | "
                    f"{res['pages_s'] / base:.2f}x | {'' if peak is None else peak} | "
                    f"{'' if lag is None else f'{lag:.1f} s'} |"
                )
            # the writer alone, on a queue filled by workers without a writer
            queued = distributed(config, server.url, work / "unused.db", max(worker_counts), c, portal, work, with_writer=False)
            r = redis.Redis.from_url(server.url)
            r.copy("govarchive:items", "bench:items", replace=True)
            out += [
                "",
                f"## Writer: {queued['items']} queued items (pages with their raw bytes and extracted records) into a new archive",
                "",
                "| items per transaction | seconds | items/s |",
                "|---:|---:|---:|",
            ]
            for batch in (int(x) for x in args.batches.split(",")):
                res = writer_rate(server.url, work, batch)
                if res["articles"] != n_articles:
                    raise SystemExit(f"writer batch {batch}: {res['articles']} articles, not {n_articles}")
                out.append(f"| {batch} | {res['seconds']:.2f} | {res['items_s']:.0f} |")
                print("writer", batch, res, flush=True)
            portal.stop()
            out += memory_section(memory(server.url, args.memory_urls))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _write(args, out)


def memory_section(mem: dict, note: str | None = None) -> list[str]:
    print("memory", mem, flush=True)
    scale = 1_000_000 / mem["urls"]
    return [
        "",
        f"## Redis memory ({mem['urls']:,} URLs measured with MEMORY USAGE, per million)",
        "",
        *([note, ""] if note else []),
        "| key | what | per URL | per million URLs |",
        "|---|---|---:|---:|",
        f"| `run:N:requests` | the frontier: queued requests (pickled request dicts in a sorted set) | "
        f"{mem['requests'] / mem['urls']:.0f} B | {mem['requests'] * scale / 2**20:.0f} MiB |",
        f"| `run:N:seen` | the seen-set: request fingerprints (40 hex characters in a set) | "
        f"{mem['seen'] / mem['urls']:.0f} B | {mem['seen'] * scale / 2**20:.0f} MiB |",
        f"| `state:known` | published state: archived article URL -> last seen, ETag, Last-Modified, "
        f"fetched, published, state | {mem['known'] / mem['urls']:.0f} B | {mem['known'] * scale / 2**20:.0f} MiB |",
    ]


def _write(args: argparse.Namespace, out: list[str], keep_before: str | None = None) -> None:
    """Print the results and write them (with ``keep_before``: keep the existing file up to that
    section and put the new lines' sections after it)."""
    text = "\n".join(out) + "\n"
    print(text)
    if keep_before and args.results.exists():
        old = args.results.read_text(encoding="utf-8")
        if keep_before in old:
            section = text[text.index(keep_before):]
            args.results.write_text(old[: old.index(keep_before)] + section, encoding="utf-8")
            return
    args.results.write_text("# Distributed crawling benchmark\n\n" + text, encoding="utf-8")


def _redis_version() -> str:
    from tests.redis_server import redis_server_binary

    found = re.search(r"v=(\S+)", subprocess.run([redis_server_binary(), "--version"], capture_output=True, text=True).stdout)
    return found.group(1) if found else "?"


if __name__ == "__main__":
    main()
