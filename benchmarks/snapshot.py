"""Record everything govarchive outputs for a fixed set of inputs, to prove a refactor changed nothing.

    .venv/bin/python benchmarks/snapshot.py OUTDIR [--shared ../shared] [--reference-db FILE]

Writes into OUTDIR:

- ``extract-<set>.jsonl``: ``govarchive extract --manifest -`` over every page we have (the gold fixtures,
  the three held-out sets, the demo portal's pages, and ../shared's cwced-dev and trafeval-dev).
- ``demo-export.jsonl``: a fresh ``govarchive demo`` crawl (fixed port) exported as JSON Lines, with the
  timestamps and row ids of that crawl masked and the records sorted by URL (two crawls never share a
  clock, and concurrent fetches store pages in a different order each time; everything else must match).
- ``demo-search.txt``: ``govarchive search`` over a fixed query list on that crawl, both orders, as JSON
  (each query's hits sorted by URL: ties fall by row id, which a fresh crawl assigns anew).
- With ``--reference-db`` (an archive made by the code before the change): ``reference-export.jsonl`` and
  ``reference-search.txt``, the same export and searches on that very file, with nothing masked but the
  sidecar's creation time and the file's path. Pass a copy: read commands may migrate an older file in place.

Extraction output lines are sorted (the manifest runner's process pool finishes pages in any order).

Compare two snapshots with ``diff -r OLD NEW``.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["防汛", "运城", "運城", "水", "通知", "政府 工作", "COVID", "5G", "关于印发", "公告", "2023", "招聘"]
IDS = re.compile(r'"(article_id|page_id|id)": \d+')
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
PORT = 47123


def govarchive() -> str:
    exe = Path(sys.executable).with_name("govarchive")
    return str(exe) if exe.exists() else "govarchive"


def manifests(shared: Path) -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = {}
    rows = []
    for d in sorted((ROOT / "tests/fixtures/extract").iterdir()):
        page = d / "page.html"
        if not page.exists():
            continue
        headers = json.loads((d / "headers.json").read_text()) if (d / "headers.json").exists() else {}
        exp = json.loads((d / "expected.json").read_text()) if (d / "expected.json").exists() else {}
        rows.append({"path": str(page), "url": exp.get("url") or f"http://fixture.test/{d.name}.html",
                     "headers": headers})
    sets["fixtures"] = rows
    for base in [*sorted((ROOT / "benchmarks").glob("*holdout*")),
                 shared / "benchmarks/cwced-dev", shared / "benchmarks/trafeval-dev"]:
        man = base / "manifest.jsonl"
        if not man.exists():
            continue
        rows = []
        for line in man.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append({"path": str(base / r["path"]), "url": r["url"], "headers": r.get("headers") or {}})
        sets[base.name] = rows
    site = ROOT / "crawler/demo_portal/site"
    sets["demo-portal"] = [{"path": str(p), "url": "http://www.qinghe.gov.cn/" + p.relative_to(site).as_posix(),
                            "headers": {}}
                           for p in sorted(site.rglob("*")) if p.suffix in (".html", ".htm", ".shtml")]
    return sets


def relative(text: str) -> str:
    """Paths in the output are absolute; make them independent of the checkout's location."""
    return text.replace(str(ROOT) + "/", "").replace(str(ROOT), "")


def run(args: list[str], **kw) -> str:
    res = subprocess.run(args, capture_output=True, text=True, **kw)
    if res.returncode:
        sys.exit(f"{' '.join(args)} failed ({res.returncode}): {res.stderr[-2000:]}")
    return res.stdout


def export_and_search(db: Path, out: Path, prefix: str, mask: bool) -> None:
    exe = govarchive()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "export.jsonl"
        run([exe, "export", "--format", "jsonl", "-o", str(target), "--db", str(db)])
        text = target.read_text(encoding="utf-8")
        side = Path(str(target) + ".datapackage.json")
        if not side.exists():
            side = target.with_suffix(".datapackage.json")
        if side.exists():
            text += "\n--- datapackage ---\n" + side.read_text(encoding="utf-8").replace(tmp, "TMP")
        text = re.sub(r'"archive": "[^"]*"', '"archive": "DB"', text)
    hits = []
    for q in QUERIES:
        for order in ("rank", "newest"):
            found = run([exe, "search", q, "--order", order, "--format", "json", "--limit", "50", "--db", str(db)])
            if mask:  # a fresh crawl numbers articles anew, and ties (same date or score) fall by id
                found = json.dumps(sorted(json.loads(found), key=lambda h: h["url"]), ensure_ascii=False, indent=2)
            hits.append(f"## {q} {order}\n" + found)
    search = "\n".join(hits)
    if mask:
        records, _, side = text.partition("\n--- datapackage ---\n")
        lines = [line + "\n" for line in records.splitlines() if line.strip()]
        records = "".join(sorted(lines, key=lambda line: json.loads(line)["url"]))
        text = records + "\n--- datapackage ---\n" + side
        text, search = STAMP.sub("TIME", text), STAMP.sub("TIME", search)
        text, search = IDS.sub(r'"\1": ID', text), IDS.sub(r'"\1": ID', search)
        # the sidecar's size and hash are of the file as written, in crawl order
        text = re.sub(r'"(hash|bytes)": ("sha256:[0-9a-f]+"|\d+)', r'"\1": "MASKED"', text)
    else:
        text = re.sub(r'"created": "[^"]*"', '"created": "TIME"', text)
    (out / f"{prefix}-export.jsonl").write_text(text, encoding="utf-8")
    (out / f"{prefix}-search.txt").write_text(search, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--reference-db", type=Path)
    args = ap.parse_args()
    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    exe = govarchive()
    for name, rows in manifests(args.shared).items():
        man = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        res = subprocess.run([exe, "extract", "--manifest", "-"], input=man, capture_output=True, text=True)
        if res.returncode:
            sys.exit(f"extract {name} failed: {res.stderr[-2000:]}")
        lines = sorted(relative(res.stdout).splitlines(keepends=True))
        (out / f"extract-{name}.jsonl").write_text("".join(lines), encoding="utf-8")
        print(f"extract-{name}: {len(rows)} pages")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        run([exe, "demo", "--db", str(db), "--port", str(PORT)], cwd=tmp, env={**os.environ, "NO_COLOR": "1"})
        export_and_search(db, out, "demo", mask=True)
        print("demo export + search")
        if args.reference_db:
            ref = Path(tmp) / "reference.db"
            shutil.copyfile(args.reference_db, ref)
            export_and_search(ref, out, "reference", mask=False)
            print("reference export + search")


if __name__ == "__main__":
    main()
