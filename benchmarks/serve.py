"""Researchers' window benchmark: page latency of `govarchive serve` on a 100,000-article archive.

The archive is the synthetic corpus of ``benchmarks/archive.py`` (its ``build_search_corpus``:
Zipf-distributed gov-news words, 8 sites, ~8 years of dates), plus what an article page reads:
a raw capture per article (``synthetic_page``, zlib-compressed, as the crawler stores it) and
an earlier version for every 50th article (so those pages render a diff).

A real server (``govarchive serve``, uvicorn, one process) answers sequential HTTP requests
from this process over loopback; every page is fetched whole. Side by side, on the same file
and server:

* the search page, ``/DB/-/search?q=Q`` (count + 20 ranked hits with snippets), for the 1-, 2-
  and 4-character queries of benchmarks/archive.py, in rank and newest-first order, and with
  a site filter;
* the article page, ``/DB/-/article/ID`` (text, metadata, URLs, versions with a diff, captures);
* Datasette's own pages: the plain ``articles`` table page, its ``?_search=`` (through the
  archive's index), and a row page.

Run:  .venv/bin/python benchmarks/serve.py                       (100,000 articles; ~3 min to build)
      .venv/bin/python benchmarks/serve.py --articles 20000 --repeats 5   (quick)
Results: stdout, and benchmarks/RESULTS-serve.md (``--results``).
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import tuning
from benchmarks.archive import QUERIES, SITES, _pct, build_search_corpus, synthetic_article, synthetic_page


def add_captures_and_versions(path: Path, every: int = 50) -> None:
    """A raw capture (pages row) for every article, and an earlier version for every ``every``-th."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    n = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    crawl = conn.execute("INSERT INTO crawls (site, started_at, finished_at, status, config, counts) "
                         "VALUES ('yuncheng', '2026-11-28T13:00:00Z', '2026-11-28T14:00:00Z', 'finished', '{}', '{}')"
                         ).lastrowid
    seen = "2026-11-28T13:00:00Z"
    for start in range(1, n + 1, 5000):
        conn.execute("BEGIN")
        for aid in range(start, min(n, start + 4999) + 1):
            art = synthetic_article(aid - 1)
            body = synthetic_page(art)
            page = conn.execute(
                "INSERT INTO pages (crawl_id, site, url, final_url, status, fetched_at, headers, sha256, size, body, "
                "body_codec, encoding, encoding_source, declared, undecodable, mislabelled, page_type) "
                "VALUES (?, ?, ?, ?, 200, ?, ?, ?, ?, ?, 'zlib', 'utf-8', 'meta', ?, 0, 0, 'article')",
                (crawl, art["site"], art["url"], art["url"], seen,
                 json.dumps({"Content-Type": "text/html; charset=utf-8"}), f"{aid:064x}", len(body),
                 zlib.compress(body, tuning.ZLIB_LEVEL), json.dumps({"meta": "utf-8"})),
            ).lastrowid
            conn.execute("UPDATE articles SET page_id = ?, crawl_id = ?, encoding = 'utf-8', "
                         "encoding_source = 'meta', version_since = first_seen WHERE id = ?", (page, crawl, aid))
            if aid % every == 0:
                old = art["body"].replace("。", "，并", 1)
                conn.execute(
                    "INSERT INTO article_versions (article_id, version, title, published, source, body, attachments, "
                    "images, footer, meta, content_hash, body_hash, page_id, crawl_id, first_seen, last_seen, "
                    "replaced_at) VALUES (?, 1, ?, ?, ?, ?, '[]', '[]', '{}', '{}', '', '', ?, ?, "
                    "'2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z', '2026-11-28T13:00:00Z')",
                    (aid, art["title"], art["published"], art["source"], old, page, crawl))
                conn.execute("UPDATE articles SET version = 2 WHERE id = ?", (aid,))
        conn.execute("COMMIT")
    conn.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "archive.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=5).read()
            return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("server did not start: " + proc.stderr.read().decode())


def timed(url: str) -> float:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as resp:
        resp.read()
        assert resp.status == 200, url
    return time.perf_counter() - t0


def measure(urls: list[str], repeats: int) -> list[float]:
    for url in urls:  # warm
        timed(url)
    times = []
    for _ in range(repeats):
        for url in urls:
            times.append(timed(url))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=10, help="timed rounds over each set of URLs")
    parser.add_argument("--workdir", type=Path, default=ROOT / "bench-output")
    parser.add_argument("--reuse", action="store_true", help="reuse an existing archive of the right size")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS-serve.md")
    args = parser.parse_args()
    args.workdir.mkdir(exist_ok=True)
    db = args.workdir / f"serve-{args.articles}.db"
    if not (args.reuse and db.exists()):
        t0 = time.perf_counter()
        build_search_corpus(db, args.articles)
        add_captures_and_versions(db)
        print(f"built {db} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    name = db.stem
    port = free_port()
    proc = start_server(db, port)
    base = f"http://127.0.0.1:{port}/{name}"
    q = urllib.parse.quote
    rng = random.Random(7)
    n = args.articles
    ids = [rng.randint(1, n) for _ in range(15)] + [50 * rng.randint(1, n // 50) for _ in range(5)]
    sets = {
        "search page, 1 character, relevance": [f"{base}/-/search?q={q(w)}" for w in QUERIES["1-char"]],
        "search page, 2 characters, relevance": [f"{base}/-/search?q={q(w)}" for w in QUERIES["2-char"]],
        "search page, 4 characters, relevance": [f"{base}/-/search?q={q(w)}" for w in QUERIES["4-char"]],
        "search page, newest first": [f"{base}/-/search?q={q(w)}&order=newest"
                                      for w in QUERIES["1-char"] + QUERIES["2-char"]],
        "search page, site + year filter": [f"{base}/-/search?q={q(w)}&site={SITES[i % len(SITES)]}"
                                            f"&since=2021-01-01&until=2021-12-31"
                                            for i, w in enumerate(QUERIES["2-char"])],
        "article page": [f"{base}/-/article/{i}" for i in ids],
        "Datasette table page (articles)": [f"{base}/articles"],
        "Datasette table ?_search= (2 characters)": [f"{base}/articles?_search={q(w)}" for w in QUERIES["2-char"]],
        "Datasette row page (articles/ID)": [f"{base}/articles/{i}" for i in ids],
    }
    rows = {}
    try:
        for label, urls in sets.items():
            times = measure(urls, args.repeats)
            rows[label] = (_pct(times, 0.5) * 1000, _pct(times, 0.95) * 1000, len(times))
            print(f"{label:45s} p50 {rows[label][0]:7.1f} ms  p95 {rows[label][1]:7.1f} ms  ({len(times)} requests)")
    finally:
        proc.terminate()
        proc.wait(10)
    table_p95 = rows["Datasette table page (articles)"][1]
    lines = [
        f"# govarchive serve: page latency on {n:,} articles",
        "",
        f"`.venv/bin/python benchmarks/serve.py --articles {n} --repeats {args.repeats}` — a real `govarchive serve` "
        "(uvicorn, one process) on loopback, sequential requests, whole responses; 2-core machine shared with "
        "other work, so absolute times are noisy: compare the rows.",
        "",
        "| page | p50 | p95 | p95 / table page p95 | requests |",
        "|---|---|---|---|---|",
    ]
    for label, (p50, p95, count) in rows.items():
        lines.append(f"| {label} | {p50:.1f} ms | {p95:.1f} ms | {p95 / table_p95:.2f}x | {count} |")
    search_p95 = max(p95 for label, (_, p95, _) in rows.items() if label.startswith("search page"))
    lines += ["", f"Worst search-page p95: {search_p95:.1f} ms (target: under 300 ms)."]
    text = "\n".join(lines) + "\n"
    args.results.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
