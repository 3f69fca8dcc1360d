"""Article extraction: ours vs trafilatura vs GNE vs readability-lxml, on the same pages, in one run.

    .venv/bin/python benchmarks/extraction.py [--shared ../shared] [--repeat 3] [--out benchmarks/RESULTS-extraction.md]

Pages: the cwced-dev benchmark (``<shared>/benchmarks/cwced-dev``, real pages, hand-made gold), the
project's gold fixtures (``tests/fixtures/extract``, portal templates) and the independent held-out sets
``benchmarks/portal-holdout`` and ``benchmarks/portal-holdout-2`` (synthesised portal pages) and
``benchmarks/web-holdout-3`` (synthesised news portals, blogs, forums, Q&A, company pages ...) and
``benchmarks/web-holdout-4`` (off-domain pages: English news templates, English government releases, German/French/Polish
pages, WeChat articles, Chinese news portals, unanticipated government templates) and ``benchmarks/web-holdout-5``
(Chinese pages like those of public extraction benchmarks: news sites of several generations, self-media, blogs,
forums, e-papers, county media centres, shells, Taiwan/HK; dates in every form) and ``benchmarks/web-holdout-6``
(kinds none of those has: GOV.UK/Singapore/NSW/Chinese-city English releases, es/it/nl/pt/de/fr municipal pages,
Hugo/Medium/Substack posts, a live blog, table and list bodies, AMP, 头条/小红书/知乎/微博, 人大/政协/court/公示 pages), each written without
looking at the extractor, and ``trafeval-dev`` (``<shared>/benchmarks/trafeval-dev``: the developers' quarter of
trafilatura's own evaluation corpus, real German/English/Polish/French pages, scored with ``<shared>/eval/trafeval.py``'s
snippet metric). The speed of the two kinds of page (Chinese portal pages, off-domain pages) is compared with
trafilatura's as a ratio. Quality uses the metric functions of ``<shared>/eval/score.py`` (4-gram shingle F1, footer
and pinyin leaks, title/date/source/attachment accuracy). Speed is pages per second in-process for every system, over the same pages, best of
``--repeat`` fresh-process runs, each warmed up on the other set (no system sees a page twice, and nothing a run
caches outlives its process), the systems taking turns in each round; a pass is timed by the process's CPU time
(``--clock wall`` for elapsed time, which on a shared machine also counts the time spent waiting for a core).
Needs the ``bench`` extra: ``pip install -e '.[bench]'``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SYSTEMS = ("govarchive", "trafilatura", "readability", "gne")


def load_score(shared: Path):
    path = shared / "eval" / "score.py"
    if not path.is_file():
        sys.exit(f"score.py not found at {path} (give --shared)")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fixture_pages() -> list[dict]:
    """The gold fixtures in the shape score.py uses."""
    pages = []
    base = ROOT / "tests" / "fixtures" / "extract"
    for d in sorted(p for p in base.iterdir() if (p / "expected.json").is_file()):
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        headers = json.loads((d / "headers.json").read_text(encoding="utf-8"))
        gold = {"body": exp["body"], "title": exp.get("title")}
        for key in ("published", "source"):
            if exp.get(key):
                gold[key] = exp[key][:10] if key == "published" else exp[key]
        if exp.get("attachments"):
            gold["attachments"] = exp["attachments"]
        pages.append(dict(id=d.name, path=str(d / "page.html"), url=exp["url"], headers=headers, gold=gold,
                          cjk=not d.name.startswith("english")))
    return pages


def run_ours(score, pages: list[dict]):
    from pipelines.extract import extract_article

    out = {}
    t0 = time.perf_counter()
    for p in pages:
        a = extract_article(score.read_raw(p["path"]), p["url"], p["headers"])
        out[p["id"]] = dict(title=a.title, body=a.body, published=a.published, source=a.source,
                            attachments=[x["url"] for x in a.attachments])
    return out, time.perf_counter() - t0


def run_once(score, system: str, pages: list[dict]):
    if system == "govarchive":
        return run_ours(score, pages)
    return score.run_anchor(system, pages)


def worker(shared: Path, system: str, set_name: str) -> None:
    """One timed run in a fresh process: warm up on the *other* set, then time this one.

    trafilatura/htmldate cache results per input, so a second pass over the same pages is not a
    crawl-like measurement; every timed pass here sees pages new to the process."""
    import warnings

    warnings.filterwarnings("ignore")
    score = load_score(shared)
    sets = load_sets(score, shared)
    other = next(n for n in sets if n != set_name)
    run_once(score, system, sets[other])
    cpu = time.process_time()
    out, dt = run_once(score, system, sets[set_name])
    cpu = time.process_time() - cpu
    json.dump({"dt": dt, "cpu": cpu, "out": out}, sys.stdout, ensure_ascii=False)


#: Held-out sets (score.py format) included when present, in this order.
HOLDOUTS = ("portal-holdout", "portal-holdout-2", "web-holdout-3", "web-holdout-4", "web-holdout-5", "web-holdout-6",
            "web-holdout-7")


#: Sets scored by trafilatura's own evaluation metric (``<shared>/eval/trafeval.py``: expected and unwanted snippets),
#: included when present: the developers' quarter of trafilatura's evaluation corpus (real de/en/pl/fr pages).
SNIPPET_SETS = ("trafeval-dev",)
#: The two kinds of page whose speed is compared with trafilatura's (the issue's "at least 2x on both kinds").
SPEED_GROUPS = {"Chinese portal pages": ("cwced-dev", "fixtures", "portal-holdout", "portal-holdout-2"),
                "off-domain pages": ("trafeval-dev", "web-holdout-4")}


def load_sets(score, shared: Path) -> dict:
    sets = {"cwced-dev": list(score.load_set(str(shared / "benchmarks" / "cwced-dev"))), "fixtures": fixture_pages()}
    for name in HOLDOUTS:
        folder = ROOT / "benchmarks" / name
        if (folder / "manifest.jsonl").is_file():
            sets[name] = list(score.load_set(str(folder)))
    for name in SNIPPET_SETS:
        folder = shared / "benchmarks" / name
        if (folder / "manifest.jsonl").is_file():
            sets[name] = list(score.load_set(str(folder)))
    return sets


def snippet_score(pages: list[dict], out: dict) -> dict:
    """trafeval.py's metric: whitespace-normalised substring counts of the expected (``with_``) and unwanted
    (``without``) snippets over all pages, precision/recall/F1, and the pages where no expected snippet came out."""
    import re

    def norm(t):
        return re.sub(r"\s+", " ", t or "").strip()

    tp = fp = fn = empty = 0
    for p in pages:
        text = norm((out.get(p["id"]) or {}).get("body"))
        w, wo = p["gold"]["with_"], p["gold"]["without"]
        a = sum(norm(x) in text for x in w)
        tp, fp, fn = tp + a, fp + sum(norm(x) in text for x in wo), fn + len(w) - a
        empty += a == 0
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return dict(f1=2 * prec * rec / (prec + rec) if prec + rec else 0.0, precision=prec, recall=rec, empty=empty)


def run(shared: Path, systems: list[str], set_name: str, repeat: int, clock: str = "cpu") -> dict:
    """Best of ``repeat`` fresh-process runs per system (the machine is shared; the best run is the least
    disturbed). The systems take turns (one run of each, then the next round), so a change in the machine's load
    during the benchmark falls on all of them alike rather than on whichever system ran at that moment.
    ``clock``: ``cpu``, the process's CPU time over the timed pass (what the work costs, whatever else the
    machine runs), or ``wall``, the elapsed time (which counts the time spent waiting for a core)."""
    import subprocess

    best: dict = {}
    key = "cpu" if clock == "cpu" else "dt"
    for _ in range(repeat):
        for system in systems:
            res = subprocess.run([sys.executable, __file__, "--shared", str(shared), "--worker", system, set_name],
                                 capture_output=True, text=True, check=True)
            data = json.loads(res.stdout)
            if system not in best or data[key] < best[system][1]:
                best[system] = (data["out"], data[key])
    return best


def fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (eval/ and benchmarks/)")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per system (best one is reported)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "RESULTS-extraction.md"))
    ap.add_argument("--systems", default=",".join(SYSTEMS))
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="time the pass by the process's CPU time (default) or by elapsed time")
    ap.add_argument("--sets", help="only these sets (comma-separated names), for a quick look; the README's figures use all")
    ap.add_argument("--worker", nargs=2, metavar=("SYSTEM", "SET"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    shared = Path(a.shared).resolve()
    if a.worker:
        worker(shared, *a.worker)
        return
    score = load_score(shared)
    import warnings

    warnings.filterwarnings("ignore")
    sets = load_sets(score, shared)
    timed = {n: p for n, p in sets.items() if not a.sets or n in a.sets.split(",")}
    systems = [s for s in a.systems.split(",") if s]
    rows, snippet_rows = [], []
    loads = []  # the machine's load average before each set (and at the end)
    for set_name, pages in timed.items():
        loads.append(os.getloadavg()[0])
        best = run(shared, systems, set_name, a.repeat, a.clock)
        for system in systems:
            out, dt = best[system]
            if set_name in SNIPPET_SETS:
                s = snippet_score(pages, out)
                snippet_rows.append(dict(set=set_name, system=system, n=len(pages), pps=len(pages) / dt, **s))
                print(f"{set_name:16} {system:12} F1={fmt(s['f1'])} P={fmt(s['precision'])} R={fmt(s['recall'])} "
                      f"pages_with_no_snippet={s['empty']} pages/s={len(pages) / dt:.1f}", flush=True)
                continue
            s = score.score(pages, out)
            rows.append(dict(set=set_name, system=system, n=len(pages), pps=len(pages) / dt, **s))
            print(f"{set_name:16} {system:12} F1={fmt(s['f1'])} footer_leak={fmt(s['footer_leak'])} "
                  f"pinyin_leak={fmt(s['pinyin_leak'])} title={fmt(s['title_acc'])} date={fmt(s['date_acc'])} "
                  f"source={fmt(s['source_acc'])} attach={fmt(s['attach_acc'])} pages/s={len(pages) / dt:.1f}", flush=True)
    # the CLI as the scorer times it: the whole command, process start and imports included
    cli = f"{sys.executable} -m archive.cli extract --manifest -"
    cli_rows = []
    for set_name in [n for n in ("cwced-dev",) if n in timed]:
        pages = sets[set_name]
        out, dt = score.run_project(cli, pages)
        s = score.score(pages, out)
        cli_rows.append((set_name, s, len(pages) / dt))
        print(f"{set_name:10} {'CLI':12} F1={fmt(s['f1'])} pages/s={len(pages) / dt:.1f} (whole command)", flush=True)
    loads.append(os.getloadavg()[0])
    print(f"load average {min(loads):.1f}-{max(loads):.1f}", flush=True)
    # all sets together, for speed
    lines = [
        "# Extraction benchmark: govarchive vs trafilatura vs readability-lxml vs GNE",
        "",
        "Generated by:",
        "",
        "```",
        "cd /work/main && .venv/bin/python benchmarks/extraction.py --shared ../shared --repeat 3",
        "```",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Speed is in-process pages/s over the same pages "
        f"for every system: best of {a.repeat} runs, each in a fresh process warmed up on the other set first (so "
        "imports and parser set-up are not timed, and no system sees a page twice: trafilatura/htmldate cache "
        "results per input, which would flatter repeated passes), the systems taking turns in each round (a change "
        "of the machine's load falls on all of them), each pass timed by "
        + ("the process's CPU time (what the work costs, not the time spent waiting for a core on a shared machine)"
           if a.clock == "cpu" else "elapsed time")
        + f"; the 1-minute load average, sampled before each set and at the end, ranged {min(loads):.1f}-{max(loads):.1f}. Quality uses `shared/eval/score.py` (4-gram shingle F1 "
        "with CJK characters as tokens; footer_leak / pinyin_leak = share of pages whose body carries footer "
        "text / `(pinyin)` annotations; accuracies only where the gold has the field).",
        "",
        "Sets: `cwced-dev` (real pages), `fixtures` (the project's gold pages, `tests/fixtures/extract`), "
        "`portal-holdout` and `portal-holdout-2` (two sets of synthesised portal pages), `web-holdout-3` "
        "(synthesised non-government pages: news portals, blogs, forums, Q&A, company and school pages) and `web-holdout-4` "
        "(off-domain pages: English news and government releases, German/French/Polish pages, WeChat articles, Chinese "
        "news portals, unanticipated government templates), each written "
        "blind to the extractor by someone else; the failures the first three sets' first runs found were then fixed as "
        "general rules, so those three are no longer blind to their kinds of page; every set's README keeps its blind "
        "first-run figures). `web-holdout-4` and `web-holdout-5` were blind at their first runs too (README rows); their "
        "findings were fixed as general rules after.",
        "",
        "| set | system | pages | F1 | precision | recall | footer_leak | pinyin_leak | title | date | source | attach "
        "| pages/s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['set']} | {r['system']} | {r['n']} | {fmt(r['f1'])} | {fmt(r['precision'])} | {fmt(r['recall'])} | "
                     f"{fmt(r['footer_leak'])} | {fmt(r['pinyin_leak'])} | {fmt(r['title_acc'])} | {fmt(r['date_acc'])} | "
                     f"{fmt(r['source_acc'])} | {fmt(r['attach_acc'])} | {r['pps']:.1f} |")
    if snippet_rows:
        lines += ["", "trafilatura's evaluation corpus, the developers' quarter (`<shared>/benchmarks/trafeval-dev`: real "
                  "German/English/Polish/French pages), scored with `<shared>/eval/trafeval.py`'s metric: expected and "
                  "unwanted snippets found in the body, and the pages where not one expected snippet came out:", "",
                  "| set | system | pages | F1 | precision | recall | pages with no expected snippet | pages/s |",
                  "|---|---|---|---|---|---|---|---|"]
        for r in snippet_rows:
            lines.append(f"| {r['set']} | {r['system']} | {r['n']} | {fmt(r['f1'])} | {fmt(r['precision'])} | "
                         f"{fmt(r['recall'])} | {r['empty']} | {r['pps']:.1f} |")
    all_rows = rows + snippet_rows
    secs = {(r["set"], r["system"]): r["n"] / r["pps"] for r in all_rows}
    sizes = {r["set"]: r["n"] for r in all_rows}
    if "trafilatura" in systems:
        lines += ["", "Speed on the two kinds of page, against trafilatura (pages/s over the sets of each kind together):", "",
                  "| kind | sets | " + " | ".join(systems) + " | govarchive vs trafilatura |",
                  "|---|---|" + "---|" * len(systems) + "---|"]
        for kind, names in SPEED_GROUPS.items():
            names = [n for n in names if n in sizes]
            if not names:
                continue
            pps = {sy: sum(sizes[n] for n in names) / sum(secs[(n, sy)] for n in names) for sy in systems}
            ratio = f"{pps['govarchive'] / pps['trafilatura']:.1f}x" if "govarchive" in pps else "-"
            lines.append(f"| {kind} | {', '.join(names)} | " + " | ".join(f"{pps[sy]:.1f}" for sy in systems)
                         + f" | {ratio} |")
            print(f"{kind}: " + ", ".join(f"{sy} {pps[sy]:.1f} pages/s" for sy in systems) + f"; ratio {ratio}", flush=True)
    speed = {}
    for r in all_rows:
        speed.setdefault(r["system"], []).append(r["n"] / r["pps"])
    total = sum(len(p) for p in timed.values())
    lines += ["", "Throughput over all sets together:", "", "| system | pages/s | vs trafilatura |", "|---|---|---|"]
    traf = total / sum(speed["trafilatura"]) if "trafilatura" in speed else None
    for system, secs in speed.items():
        pps = total / sum(secs)
        lines.append(f"| {system} | {pps:.1f} | {pps / traf:.1f}x |" if traf else f"| {system} | {pps:.1f} | - |")
    lines += ["", "The `govarchive extract --manifest -` command as a whole (process start, imports, a process pool for "
              "large manifests), as `score.py ... project --cmd` times it:", ""]
    for set_name, s, pps in cli_rows:
        lines.append(f"- {set_name}: F1 {fmt(s['f1'])}, footer_leak {fmt(s['footer_leak'])}, pinyin_leak "
                     f"{fmt(s['pinyin_leak'])}, date {fmt(s['date_acc'])}, {pps:.1f} pages/s (one run)")
    lines += ["", "Same check with the scorer directly:", "", "```",
              "cd /work/main && .venv/bin/python ../shared/eval/score.py ../shared/benchmarks/cwced-dev project "
              "--cmd '.venv/bin/govarchive extract --manifest -'", "```", ""]
    Path(a.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
