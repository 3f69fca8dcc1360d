"""Soak: one long crawl of the hostile portal (tests/hostile_portal.py), faults mixed with good pages.

The portal serves ``--pages`` article slots (default 50,000): every ``--fault-every``-th slot is one
of the 14 faults in turn (500s, 503 + Retry-After, resets and truncation mid-body, gzip cut short,
gzip bombs, 50 MB pages, a PDF labelled HTML, HTML labelled binary, invalid bytes, deep nesting,
redirect loops, off-site redirects, hostile titles), the others good articles (UTF-8 and GBK), plus
hubs, list pages with tracking-parameter copies of links, and an endless calendar. ``govarchive
crawl`` runs as a user runs it (a separate process, concurrency 8, its extraction pool); its
process tree's memory (PSS, and the main process's RSS) is sampled every 0.5 s.

Then every slot is checked against what it must have left (tests/hostile_portal.py ``expected``):
an article with its title and every paragraph, or an error page with the right reason. **Pages
lost** counts slots with neither -- the figure that must be 0. Reported: pages per second (slots /
wall time), peak memory, the outcome counts.

Run::

    .venv/bin/python benchmarks/soak.py --pages 50000 --write benchmarks/RESULTS-soak.md
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from procmem import proc_kb, tree_pids  # noqa: E402  (benchmarks/ is no package)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile_portal import HostilePortal, expected, paragraphs, slot_path, title_of  # noqa: E402
from tests.portal_faults import write_config  # noqa: E402


def crawl(portal: HostilePortal, db: Path, workdir: Path, concurrency: int) -> dict:
    config = write_config(workdir / "hostile.toml", portal.base_url, name="hostile",
                          politeness={"concurrency": concurrency, "timeout": 20, "retry_times": 2})
    cmd = [sys.executable, "-m", "archive.cli", "crawl", str(config), "--db", str(db), "--progress", "plain",
           "--log-level", "WARNING", "--log-file", str(workdir / "crawl.log"),
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_BACKOFF_BASE=0.05",
           "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "-s", "TRAP_MAX_SHAPE_VARIANTS=300",
           "-s", "PROGRESS_INTERVAL=30"]
    samples: list[tuple[float, int, int]] = []
    done = threading.Event()
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})

    def sample() -> None:
        while not done.is_set():
            pids = tree_pids(proc.pid)
            samples.append((time.monotonic() - t0, sum(proc_kb(p, b"Pss:", "smaps_rollup") for p in pids),
                            proc_kb(proc.pid, b"VmRSS:", "status")))
            done.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.monotonic() - t0
    done.set()
    sampler.join()
    return {"wall": wall, "code": proc.returncode, "stderr": err, "samples": samples,
            "pss_mb": max((p for _, p, _ in samples), default=0) / 1024,
            "rss_mb": max((r for _, _, r in samples), default=0) / 1024}


def check(db: Path, base: str, pages: int, fault_every: int, deep: int) -> dict:
    """Every slot against what it must have left; returns counts and the lost slots."""
    conn = sqlite3.connect(db)
    errors = {url: err for url, err in conn.execute(
        "SELECT url, error FROM pages WHERE error IS NOT NULL AND url LIKE ? ", (base + "/xwzx/2%",))}
    arts = {url: (title, body) for url, title, body in conn.execute(
        "SELECT u.url, a.title, a.body FROM article_urls u JOIN articles a ON a.id = u.article_id")}
    counts = {"archived": 0, "errors": 0, "lost": 0, "wrong": 0}
    lost, wrong = [], []
    for n in range(pages):
        want, url = expected(n, fault_every), base + slot_path(n)
        if want["archived"]:
            got = arts.get(url)
            if got is None:
                counts["lost"] += 1
                lost.append((n, want["kind"], errors.get(url)))
                continue
            paras = paragraphs(n, deep if want["kind"] == "deep" else 4)[1 if want["kind"] == "bad_bytes" else 0:]
            if got[0] != title_of(n, fault_every).replace("\x00", "") or any(p not in got[1] for p in paras):
                counts["wrong"] += 1
                wrong.append((n, want["kind"]))
            counts["archived"] += 1
        else:
            err = errors.get(url)
            if err is None or url in arts:
                counts["lost"] += 1
                lost.append((n, want["kind"], err))
            elif want["error"].lower() not in err.lower():
                counts["wrong"] += 1
                wrong.append((n, want["kind"], err[:80]))
            else:
                counts["errors"] += 1
    crawl_row = conn.execute("SELECT status, counts FROM crawls ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    return {**counts, "lost_slots": lost[:20], "wrong_slots": wrong[:20], "crawl_status": crawl_row[0],
            "crawl_counts": json.loads(crawl_row[1] or "{}")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=50_000, help="article slots")
    parser.add_argument("--fault-every", type=int, default=10, help="every Nth slot is a fault")
    parser.add_argument("--deep", type=int, default=400, help="paragraphs of a deep-nesting page")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--write", help="append the result table to this Markdown file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govarchive-soak-") as tmp:
        workdir = Path(tmp)
        db = workdir / "soak.db"
        portal = HostilePortal(pages=args.pages, per_list=200, lists_per_hub=50, fault_every=args.fault_every,
                               deep=args.deep, retry_after="0").start()
        try:
            run = crawl(portal, db, workdir, args.concurrency)
            answered = len(portal.log)
        finally:
            portal.stop()
        result = check(db, portal.base_url, args.pages, args.fault_every, args.deep)
        db_mb = db.stat().st_size / 1e6
    summary = [line for line in run["stderr"].splitlines() if line.startswith("hostile:")]
    rows = {
        "article slots": f"{args.pages:,} (every {args.fault_every}th a fault, 14 kinds in turn)",
        "requests answered by the portal": f"{answered:,}",
        "wall time": f"{run['wall']:.0f} s",
        "pages per second (slots / wall time)": f"{args.pages / run['wall']:.1f}",
        "peak memory, crawl process tree (PSS)": f"{run['pss_mb']:.0f} MB",
        "peak memory, main process (RSS)": f"{run['rss_mb']:.0f} MB",
        "articles archived as expected": f"{result['archived']:,}",
        "faults recorded as the expected error": f"{result['errors']:,}",
        "**pages lost**": f"**{result['lost']}**",
        "pages kept with the wrong content or reason": f"{result['wrong']}",
        "crawl exit code / status": f"{run['code']} / {result['crawl_status']}",
        "archive size": f"{db_mb:.0f} MB",
    }
    width = max(map(len, rows))
    for key, value in rows.items():
        print(f"{key:<{width}}  {value}")
    for line in summary:
        print(line)
    if result["lost_slots"] or result["wrong_slots"]:
        print("lost:", result["lost_slots"], "\nwrong:", result["wrong_slots"])
    if args.write:
        with open(args.write, "a", encoding="utf-8") as fh:
            fh.write(f"\n## soak, {time.strftime('%Y-%m-%d %H:%M')} UTC\n\n`{' '.join(sys.argv)}`\n\n")
            fh.write("| measure | value |\n|---|---|\n")
            fh.writelines(f"| {k} | {v} |\n" for k, v in rows.items())
            fh.writelines(f"\n{line}\n" for line in summary)
    return 0 if result["lost"] == 0 and run["code"] in (0,) else 1


if __name__ == "__main__":
    sys.exit(main())
