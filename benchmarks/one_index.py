"""Ingest with one full-text index against the old two (issue 14): articles/s and file size.

Schema version 6 dropped the Datasette trigram table ``articles_fts`` (kept by triggers on every
insert) that older archives wrote beside the Chinese index. This ingests the same synthetic
articles (``benchmarks/archive.py``: page + article through ``Archive.record_page`` /
``record_article``, batched transactions of 200) into an archive as it is now and into one with
the old trigram table and triggers put back, in interleaved rounds.

Run:  .venv/bin/python benchmarks/one_index.py [--articles 8000] [--rounds 2]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.db import Archive
from benchmarks.archive import SITES, _ingest_one, synthetic_article, synthetic_page
from tests.test_search import OLD_TRIGRAM_SCHEMA


def ingest(path: Path, n: int, trigram: bool) -> tuple[float, int]:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    a = Archive(path, create=True)
    if trigram:
        a.conn.executescript(OLD_TRIGRAM_SCHEMA)
    crawl = {site: a.start_crawl(site, {}) for site in SITES}
    arts = [synthetic_article(i) for i in range(n)]
    pages = [synthetic_page(art) for art in arts]
    t0 = time.perf_counter()
    for k in range(0, n, 200):
        with a.transaction():
            for art, body in zip(arts[k:k + 200], pages[k:k + 200]):
                _ingest_one(a, crawl, art, body)
    rate = n / (time.perf_counter() - t0)
    a.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    a.close()
    return rate, path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=8000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=ROOT / "bench-output")
    args = parser.parse_args()
    args.workdir.mkdir(exist_ok=True)
    for r in range(args.rounds):
        one = ingest(args.workdir / "one-index.db", args.articles, trigram=False)
        two = ingest(args.workdir / "two-indexes.db", args.articles, trigram=True)
        print(f"round {r + 1}: one index {one[0]:.0f} articles/s, {one[1] / 1e6:.1f} MB; "
              f"with the trigram table {two[0]:.0f} articles/s, {two[1] / 1e6:.1f} MB; "
              f"{one[0] / two[0]:.2f}x the rate, {one[1] / two[1]:.2f}x the size")


if __name__ == "__main__":
    main()
