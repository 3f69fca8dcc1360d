"""Discovery benchmark: serve a CMS zoo on loopback, crawl it with ``govarchive crawl`` into a
temporary archive, and score what was found against the zoo's ``expected.json``.

Per column: articles expected / archived / stored twice (the same article under two URLs) /
list pages stored as articles, list pages reached of those that exist, and what the page announced.
Overall: requests the server answered, requests that left the allowed domain, articles stored that
are no article of the zoo, and a re-crawl's request count against the first crawl's (the issue's
"a re-crawl costs at most 10% of the first crawl's requests").

    python benchmarks/discovery.py                               # both zoos
    python benchmarks/discovery.py --zoo tests/cms_zoo --write tests/cms_zoo/RESULTS.md
    python benchmarks/discovery.py --zoo benchmarks/cms-holdout --config benchmarks/cms-holdout/holdout.toml

``--config`` takes a site config written for the zoo's fixed port (8013 for the test zoo, 8014 for the
hold-out): its address is rewritten to the port the zoo is served on. Without it, a config with the
zoo's start page only is used.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.cms_zoo.server import ZooServer  # noqa: E402

FAST = [
    "-s", "DOWNLOAD_DELAY=0",
    "-s", "AUTOTHROTTLE_ENABLED=False",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "-s", "RETRY_BACKOFF_BASE=0.05",
    "--progress", "plain",
]
ZOOS = {"tests/cms_zoo": "tests/cms_zoo/zoo.toml", "benchmarks/cms-holdout": "benchmarks/cms-holdout/holdout.toml",
        "benchmarks/cms-holdout-2": "benchmarks/cms-holdout-2/holdout.toml"}


class Normaliser:
    """Maps a URL (absolute or ``/path?query``) to a comparable key: host dropped, fragment dropped,
    query pairs sorted, IIS paths (``nocase_prefixes``) lowercased, a directory URL and its index file
    the same page (through the columns' ``aliases``)."""

    def __init__(self, routes: dict, expected: dict) -> None:
        self.nocase = [p.lower() for p in routes.get("nocase_prefixes", [])]
        self.aliases: dict[str, str] = {}
        for col in expected["columns"].values():
            for alias, target in col.get("aliases", {}).items():
                self.aliases[self.key(alias, aliases=False)] = self.key(target, aliases=False)

    def key(self, url: str, aliases: bool = True) -> str:
        split = urllib.parse.urlsplit(url)
        path = urllib.parse.unquote(split.path) or "/"
        nocase = any(path.lower().startswith(p) for p in self.nocase)
        pairs = urllib.parse.parse_qsl(split.query, keep_blank_values=True)
        if nocase:
            path = path.lower()
            pairs = [(k.lower(), v) for k, v in pairs]
        query = urllib.parse.urlencode(sorted(pairs))
        key = path + ("?" + query if query else "")
        return self.aliases.get(key, key) if aliases else key


def write_config(path: Path, template: Path | None, port: int, zoo_port: int, name: str) -> Path:
    if template is not None:
        text = template.read_text(encoding="utf-8").replace(f"127.0.0.1:{zoo_port}", f"127.0.0.1:{port}")
    else:
        text = f'name = "{name}"\nstart_urls = ["http://127.0.0.1:{port}/"]\nallowed_domains = ["127.0.0.1"]\n'
    path.write_text(text, encoding="utf-8")
    return path


def crawl(config: Path, db: Path, timeout: int) -> tuple[int, str, float]:
    started = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "archive.cli", "crawl", str(config), "--db", str(db), *FAST],
            capture_output=True, text=True, timeout=timeout, cwd=ROOT,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
        return proc.returncode, proc.stdout + proc.stderr, time.monotonic() - started
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode("utf-8", "replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        return -1, out + f"\n(timed out after {timeout}s)", time.monotonic() - started


def _request_key(norm: Normaliser, req: dict) -> tuple:
    """A list request of the ground truth as (method, URL key, identifying form fields): a POST is
    told apart by the form fields named in ``match`` (default: the jpage ``columnid``)."""
    if req.get("method", "GET") != "POST":
        return ("GET", norm.key(req["url"]), ())
    fields = req.get("match", ["columnid"])
    return ("POST", norm.key(req["url"]), tuple((k, req["form"].get(k, "")) for k in fields))


def score(expected: dict, routes: dict, db: Path, requests: dict[str, int],
          posts: list[tuple[str, dict]] | None = None, statuses: dict | None = None) -> dict:
    norm = Normaliser(routes, expected)
    conn = sqlite3.connect(db)
    stored = [(u, t) for u, t in conn.execute("SELECT url, title FROM articles")]
    page_types: dict[str, str] = {}
    for url, ptype in conn.execute("SELECT url, page_type FROM pages"):
        page_types[norm.key(url)] = ptype
    conn.close()
    requested = {norm.key(k.split(" ", 1)[1]) for k in requests}
    posted = [(norm.key(url), form) for url, form in posts or []]

    def reached(req: dict) -> bool:
        method, key, fields = _request_key(norm, req)
        if method == "GET":
            return key in requested
        return any(k == key and all(form.get(f) == v for f, v in fields) for k, form in posted)

    article_keys: dict[str, tuple[str, str]] = {}  # key -> (column, expected url)
    titles: dict[str, tuple[str, str]] = {}
    list_keys: dict[str, str] = {}
    for name, col in expected["columns"].items():
        for url, art in col["articles"].items():
            article_keys[norm.key(url)] = (name, url)
            titles.setdefault(art["title"], (name, url))
        for url in col["list_pages"] + list(col.get("aliases", {})):
            list_keys[norm.key(url)] = name
        for req in col.get("list_requests", []):
            list_keys.setdefault(norm.key(req["url"]), name)
    other = {norm.key(u) for u in expected.get("other_pages", []) + expected.get("feeds", []) + expected.get("sitemaps", [])}

    hits: dict[tuple[str, str], int] = {}
    lists_as_articles: dict[str, int] = {}
    unexpected: list[str] = []
    for url, title in stored:
        key = norm.key(url)
        match = article_keys.get(key)
        if match is None and key in list_keys:
            lists_as_articles[list_keys[key]] = lists_as_articles.get(list_keys[key], 0) + 1
            continue
        if match is None and title in titles and key not in other:
            match = titles[title]  # the same article under another URL
        if match is None:
            unexpected.append(url)
            continue
        hits[match] = hits.get(match, 0) + 1

    columns = {}
    for name, col in expected["columns"].items():
        arts = list(col["articles"])
        found = [u for u in arts if hits.get((name, u))]
        dups = sum(hits.get((name, u), 0) - 1 for u in found)
        lists = [norm.key(u) for u in col["list_pages"]]
        reqs = col.get("list_requests", [])
        columns[name] = {
            "mechanism": col["mechanism"],
            "expected": len(arts),
            "archived": len(found),
            "duplicates": dups,
            "lists_as_articles": lists_as_articles.get(name, 0),
            "list_pages": len(lists) + len(reqs),
            "list_pages_reached": sum(k in requested for k in lists) + sum(reached(r) for r in reqs),
            "announced": col.get("announced", {}),
            "announced_reachable": col.get("announced_reachable", True),
            "missing": [u for u in arts if u not in found][:3],
        }
    # wasted requests: answered with an error status, or of a URL the ground truth does not know
    known = set(article_keys) | set(list_keys) | other | {norm.key(p) for p in expected.get("start_paths", ["/"])}
    for col in expected["columns"].values():
        known.update(norm.key(r["url"]) for r in col.get("list_requests", []))
        known.update(norm.key(u) for u in col.get("traps", []))
    errors = sum(n for (_, _, status), n in (statuses or {}).items() if status >= 400)
    unknown = sorted({norm.key(k.split(" ", 1)[1]) for k in requests} - known)
    return {"columns": columns, "unexpected_articles": unexpected, "stored_articles": len(stored),
            "error_answers": errors, "unknown_requests": unknown}


def run_zoo(zoo_dir: Path, config: Path | None, timeout: int) -> dict:
    expected = json.loads((zoo_dir / "expected.json").read_text(encoding="utf-8"))
    routes = json.loads((zoo_dir / "routes.json").read_text(encoding="utf-8"))
    zoo_port = int(re.search(r"127\.0\.0\.1:(\d+)", config.read_text(encoding="utf-8")).group(1)) if config else 0
    with tempfile.TemporaryDirectory(prefix="discovery-") as tmp:
        tmpdir = Path(tmp)
        server = ZooServer(zoo_dir).start()
        try:
            cfg = write_config(tmpdir / "site.toml", config, server.port, zoo_port, zoo_dir.name.replace("-", "_"))
            db = tmpdir / "zoo.db"
            rc1, out1, secs1 = crawl(cfg, db, timeout)
            first_requests = dict(server.requests)
            first_posts = list(server.posts)
            first_statuses = dict(server.statuses)
            first_total = server.total()
            offsite = sum(server.offsite_requests.values())
            server.reset_counts()
            result = score(expected, routes, db, first_requests, first_posts, first_statuses)
            rc2, out2, secs2 = crawl(cfg, db, timeout)
            second_total = server.total()
        finally:
            server.stop()
    result.update(
        zoo=str(zoo_dir.relative_to(ROOT)) if zoo_dir.is_relative_to(ROOT) else str(zoo_dir),
        exit_code=rc1, seconds=round(secs1, 1), requests=first_total, offsite_requests=offsite,
        recrawl_exit_code=rc2, recrawl_requests=second_total, recrawl_seconds=round(secs2, 1),
        summary=_summary(out1), recrawl_summary=_summary(out2),
    )
    return result


def _summary(output: str) -> str:
    """The crawl's closing report: the lines after Scrapy's last log line (or the last 15 lines)."""
    lines = output.rstrip().splitlines()
    log = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ")
    for i in range(len(lines) - 1, -1, -1):
        if log.match(lines[i]):
            tail = lines[i + 1:]
            return "\n".join(tail) if tail else lines[i]
    return "\n".join(lines[-15:])


def report(result: dict, commit: str) -> str:
    cols = result["columns"]
    total_exp = sum(c["expected"] for c in cols.values())
    total_got = sum(c["archived"] for c in cols.values())
    out = [
        f"### {result['zoo']}: crawler at commit {commit}",
        "",
        f"Articles archived: **{total_got} of {total_exp}**; stored twice: {sum(c['duplicates'] for c in cols.values())}; "
        f"list pages stored as articles: {sum(c['lists_as_articles'] for c in cols.values())}; other pages stored as "
        f"articles: {len(result['unexpected_articles'])}.",
        f"Requests: {result['requests']} (crawl exit {result['exit_code']}, {result['seconds']} s); outside the allowed "
        f"domain: {result['offsite_requests']}; answered with an error status: {result['error_answers']}; of URLs "
        f"the ground truth does not know: {len(result['unknown_requests'])}"
        + (" (" + ", ".join(f"`{u}`" for u in result["unknown_requests"][:8])
           + (" ..." if len(result["unknown_requests"]) > 8 else "") + ")" if result["unknown_requests"] else "")
        + f". Re-crawl: {result['recrawl_requests']} requests "
        f"({_pct(result['recrawl_requests'], result['requests'])} of the first; exit {result['recrawl_exit_code']}).",
        "",
        "| column | mechanism | articles expected | archived | stored twice | list pages as articles | list pages reached | announced |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, c in cols.items():
        ann = ", ".join(f"{k} {v}" for k, v in c["announced"].items() if k in ("pages", "records"))
        if ann and not c["announced_reachable"]:
            ann += " (unreachable)"
        out.append(
            f"| {name} | {c['mechanism']} | {c['expected']} | {c['archived']} | {c['duplicates']} | "
            f"{c['lists_as_articles']} | {c['list_pages_reached']}/{c['list_pages']} | {ann or '-'} |"
        )
    if result["unexpected_articles"]:
        out += ["", "Stored as articles but no article of the zoo: " + ", ".join(
            "`" + urllib.parse.urlsplit(u).path + ("?" + urllib.parse.urlsplit(u).query if urllib.parse.urlsplit(u).query else "") + "`"
            for u in result["unexpected_articles"][:12]) + (" ..." if len(result["unexpected_articles"]) > 12 else "")]
    out += ["", "Crawl summary (first crawl):", "", "```", result["summary"], "```", ""]
    return "\n".join(out)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--zoo", action="append", help="zoo directory (repeatable; default: both zoos)")
    parser.add_argument("--config", help="site config for the zoo (fixed port rewritten); default: the zoo's own")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed for one crawl")
    parser.add_argument("--write", help="also write the report (markdown) to this file")
    parser.add_argument("--json", help="also write the raw figures (JSON) to this file")
    args = parser.parse_args(argv)
    zoos = args.zoo or list(ZOOS)
    # the crawler's code: the last commit that touched it (zoo commits don't change what is measured)
    commit = subprocess.run(["git", "log", "-1", "--format=%h", "--", "crawler", "pipelines", "archive"],
                            capture_output=True, text=True, cwd=ROOT).stdout.strip() or "unknown"
    parts, raw = [], []
    for zoo in zoos:
        zoo_dir = (ROOT / zoo).resolve() if not Path(zoo).is_absolute() else Path(zoo)
        if not (zoo_dir / "expected.json").is_file():
            print(f"{zoo}: not a zoo (no expected.json)", file=sys.stderr)
            return 2
        rel = str(zoo_dir.relative_to(ROOT)) if zoo_dir.is_relative_to(ROOT) else None
        config = Path(args.config) if args.config else (ROOT / ZOOS[rel] if rel in ZOOS else None)
        result = run_zoo(zoo_dir, config, args.timeout)
        raw.append(result)
        text = report(result, commit)
        parts.append(text)
        print(text, flush=True)
    if args.write:
        Path(args.write).write_text("\n".join(parts), encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
