"""How fast one govarchive crawl process goes, side by side with a bare Scrapy spider.

A loopback portal of ``--articles`` unique article pages (default 5,000) in ``--columns`` columns,
each column a chain of list pages (20 articles a page, with a pager: first / previous / numbered /
next / last), is served from memory by a small keep-alive HTTP server in its own process. Two
portals can be built (``--sizes``):

- ``real``: real-size pages (~50 KB, like the real portal pages of cwced-dev, 58 KB on average).
  Each article page is one of the bundled extraction fixtures (``tests/fixtures/extract/*/page.html``,
  TRS, 大汉, old table layouts, Big5, GBK, disclosure, English ...) in its own encoding, made unique
  by paragraphs of its own (sentences drawn from the fixtures' gold bodies, and the article's number)
  and wrapped in the chrome real portals carry: a navigation bar of ~140 links, sidebars of
  headlines (links to other articles of the portal, which the crawler follows), a friend-link
  select, inline scripts and styles, the footer. List pages carry the same chrome.
- ``small``: the same fixtures without the chrome (2-7 KB): where the crawler's own overhead shows.

Each round crawls each portal with every system, in turn (interleaved, so a busy spell of the
shared machine falls on all of them):

- ``bare scrapy``: a plain ``scrapy.Spider`` that follows every in-domain link (Scrapy's
  LinkExtractor) and does nothing else -- what fetching this portal costs Scrapy alone;
- ``govarchive`` (this tree) and any ``--tree LABEL=PATH`` (another checkout, e.g. the main
  commit before a change, to measure "before" and "after" on the same machine in the same
  rounds): ``govarchive crawl`` into a fresh archive, decode, extract, store, everything.

Both at the same concurrency (``--concurrency``: CONCURRENT_REQUESTS and
CONCURRENT_REQUESTS_PER_DOMAIN), no politeness delay, robots.txt obeyed. Per run: wall time, pages
per second (responses / wall time, process start to exit), CPU seconds of the whole process tree
(the crawl and its extraction workers: ``RUSAGE_CHILDREN``), peak memory (PSS of the process tree
and RSS of the main process, sampled every 0.1 s) and the main process's RSS when a quarter of the
time had passed against its peak (memory flat?). The table gives per system the median and the
range over the rounds, and the ratio to the bare crawl's median.

``--ingest`` adds the ingest-only rate: the pages of the ``real`` portal extracted once, then stored
into a fresh archive through the archive's store step the way each tree's crawl stores them
(one transaction a page before group commits; ``archive.batch.store_batch`` of
``STORE_BATCH_SIZE`` pages after), articles per second.

Run::

    .venv/bin/python benchmarks/crawl.py --rounds 3 --sizes small --tree before@e52ee31=/tmp/ga-e52ee31
    .venv/bin/python benchmarks/crawl.py --rounds 3 --sizes real --articles 1200 --columns 6 \\
        --tree before@e52ee31=/tmp/ga-e52ee31 --ingest --ingest-pages 800

(``git worktree add --detach /tmp/ga-e52ee31 e52ee31`` makes such a tree, the code before issue 14;
it runs with this virtualenv. ``--variant LABEL=KEY=VALUE,...`` crawls this tree with other settings.)
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import os
import random
import re
import resource
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from procmem import proc_cpu, proc_kb, proc_role, tree_pids  # noqa: E402  (benchmarks/ is no package)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
PER_LIST_PAGE = 20
SIDEBAR_LINKS = 30


# ---------------------------------------------------------------------------------------------
# The portal
# ---------------------------------------------------------------------------------------------

COLUMNS = ["要闻动态", "部门动态", "乡镇动态", "通知公告", "政策文件", "政策解读", "人事信息", "财政信息",
           "应急管理", "民生实事", "招标采购", "统计数据", "规划计划", "建议提案", "政务督查", "便民服务"]
NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进本市", "专题专栏", "数据开放", "新闻中心", "投资本市",
       "文化旅游", "无障碍", "长者模式"]


def _charset(folder: Path) -> str:
    headers = json.loads((folder / "headers.json").read_text(encoding="utf-8")) if (folder / "headers.json").exists() else {}
    return headers.get("Content-Type") or "text/html"


def load_fixtures() -> list[dict]:
    """The bundled extraction fixtures that are articles: bytes, headers, decoded text, gold body."""
    sys.path.insert(0, str(ROOT))
    from pipelines.decode import decode

    out = []
    for folder in sorted(FIXTURES.iterdir()):
        page, expected = folder / "page.html", folder / "expected.json"
        if not page.exists() or not expected.exists():
            continue
        gold = json.loads(expected.read_text(encoding="utf-8"))
        body = (gold.get("body") or "").strip()
        if len(body) < 40:
            continue
        raw = page.read_bytes()
        content_type = _charset(folder)
        decoded = decode(raw, {"Content-Type": content_type})
        out.append({"name": folder.name, "text": decoded.text, "codec": decoded.encoding,
                    "content_type": content_type, "body": body})
    return out


def sentence_pool(fixtures: list[dict]) -> list[str]:
    pool = []
    for f in fixtures:
        for s in re.split(r"(?<=[。！？；])", f["body"].replace("\n", "")):
            if len(s) >= 12 and "http" not in s:
                pool.append(s)
    return pool


def _article_path(column: int, number: int, day: date) -> str:
    return f"/col{column:02d}/{day:%Y%m}/t{day:%Y%m%d}_{100000 + number}.html"


def _chrome_top(rng: random.Random, columns: int) -> str:
    items = []
    for i, name in enumerate(NAV):
        subs = "".join(
            f'<li><a href="/col{(i * 7 + j) % columns:02d}/index.html" title="{COLUMNS[(i + j) % len(COLUMNS)]}">'
            f'{COLUMNS[(i + j) % len(COLUMNS)]}</a></li>'
            for j in range(11)
        )
        items.append(f'<li class="nav-item"><a href="/col{i % columns:02d}/index.html">{name}</a>'
                     f'<ul class="sub-nav">{subs}</ul></li>')
    return (
        '<div class="top-bar"><div class="w1200"><span class="date" id="today"></span>'
        '<a href="/wza/">无障碍浏览</a> | <a href="/english/">English</a> | <a href="/m/">移动版</a></div></div>'
        '<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="本市人民政府门户网站"></a></div>'
        '<form class="search" action="/search/"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>'
        f'<div class="nav"><ul class="nav-list">{"".join(items)}</ul></div>'
    )


def _sidebar(rng: random.Random, headlines: list[tuple[str, str, date]], title: str) -> str:
    picks = rng.sample(headlines, min(SIDEBAR_LINKS, len(headlines)))
    lis = "".join(f'<li><a href="{p}" title="{html.escape(t)}" target="_blank">{html.escape(t[:22])}</a>'
                  f'<span class="time">{d:%Y-%m-%d}</span></li>' for p, t, d in picks)
    return f'<div class="side-box"><div class="side-title"><h3>{title}</h3><a href="/col00/index.html" class="more">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'


def _chrome_bottom(rng: random.Random, headlines: list[tuple[str, str, date]]) -> str:
    friends = "".join(f'<option value="http://www.dept{i}.gov.cn/">{COLUMNS[i % len(COLUMNS)]}局</option>'
                      for i in range(40))
    script = "".join(
        f"function fn{i}(a,b){{var c=document.getElementById('box{i}');if(!c){{return false;}}"
        f"c.style.display=(a==b)?'block':'none';for(var k=0;k<c.childNodes.length;k++){{c.childNodes[k].className='it{i}';}}"
        f"return true;}}\n"
        for i in range(45)
    )
    style = "".join(
        f".box{i}{{margin:0 auto;width:{1200 - i}px;line-height:{20 + i % 9}px;color:#{i * 4 % 256:02x}3366;}}\n"
        for i in range(60)
    )
    return (
        f'<div class="sidebar">{_sidebar(rng, headlines, "热点信息")}{_sidebar(rng, headlines, "最新发布")}</div>'
        f'<div class="friend-links"><select onchange="window.open(this.value)"><option>---部门网站---</option>{friends}</select></div>'
        '<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> | '
        '<a href="/contact/">联系我们</a> | <a href="/statement/">网站声明</a></p>'
        '<p>主办单位：本市人民政府办公室 承办单位：本市大数据中心 版权所有 © 本市人民政府</p>'
        '<p>网站标识码：1300000001 冀ICP备05000123号 冀公网安备13000002000123号</p></div>'
        f'<style type="text/css">{style}</style><script type="text/javascript">{script}</script>'
    )


def _insert_after_first_line(text: str, body: str, extra_html: str) -> str:
    first = body.split("\n", 1)[0].strip()
    for probe in (first, first[:16], first[:8]):
        if probe:
            at = text.find(probe)
            if at >= 0:
                return text[: at + len(probe)] + extra_html + text[at + len(probe):]
    at = text.lower().rfind("</body>")
    return text[:at] + extra_html + text[at:] if at >= 0 else text + extra_html


def _wrap(text: str, top: str, bottom: str) -> str:
    m = re.search(r"<body[^>]*>", text, re.I)
    if m:
        text = text[: m.end()] + top + text[m.end():]
    else:
        text = top + text
    at = text.lower().rfind("</body>")
    return text[:at] + bottom + text[at:] if at >= 0 else text + bottom


def build_portal(articles: int, columns: int, size: str, seed: int = 14) -> dict[str, tuple[bytes, str]]:
    """``{path: (body bytes, Content-Type)}`` of the whole portal (deterministic for a seed)."""
    fixtures = load_fixtures()
    pool = sentence_pool(fixtures)
    start = date(2019, 1, 1)
    per_column: list[list[tuple[str, str, date]]] = [[] for _ in range(columns)]
    plan = []
    for n in range(articles):
        column = n % columns
        day = start + timedelta(days=n * 1931 // max(articles, 1))
        fixture = fixtures[n % len(fixtures)]
        title = f"{COLUMNS[column % len(COLUMNS)]}：{pool[(n * 7) % len(pool)][:18]}（{n}）"
        path = _article_path(column, n, day)
        per_column[column].append((path, title, day))
        plan.append((path, fixture, n))
    headlines = [h for col in per_column for h in col]
    pages: dict[str, tuple[bytes, str]] = {}
    real = size == "real"
    for path, fixture, n in plan:
        r = random.Random(seed * 1_000_003 + n)
        count = r.randint(10, 20) if real else r.randint(2, 5)
        paras = []
        for _ in range(count):
            sentences = "".join(r.choice(pool) for _ in range(r.randint(2, 4)))
            paras.append(sentences)
        paras[0] = f"（第{n}号）" + paras[0]
        extra = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
        text = _insert_after_first_line(fixture["text"], fixture["body"], extra)
        if real:
            text = _wrap(text, _chrome_top(r, columns), _chrome_bottom(r, headlines))
        pages[path] = (text.encode(fixture["codec"], "xmlcharrefreplace"), fixture["content_type"])
    for column, items in enumerate(per_column):
        items = sorted(items, key=lambda h: h[2], reverse=True)
        total = max(1, -(-len(items) // PER_LIST_PAGE))
        for i in range(total):
            chunk = items[i * PER_LIST_PAGE: (i + 1) * PER_LIST_PAGE]
            lis = "".join(f'<li><a href="{p}" target="_blank" title="{html.escape(t)}">{html.escape(t)}</a>'
                          f'<span>{d:%Y-%m-%d}</span></li>' for p, t, d in chunk)

            def page_url(k: int) -> str:
                return f"/col{column:02d}/index.html" if k == 0 else f"/col{column:02d}/index_{k}.html"

            pager = [f'<a href="{page_url(0)}">首页</a>']
            if i > 0:
                pager.append(f'<a href="{page_url(i - 1)}">上一页</a>')
            for k in range(max(0, i - 3), min(total, i + 4)):
                pager.append(f"<span>{k + 1}</span>" if k == i else f'<a href="{page_url(k)}">{k + 1}</a>')
            if i < total - 1:
                pager.append(f'<a href="{page_url(i + 1)}">下一页</a>')
            pager.append(f'<a href="{page_url(total - 1)}">尾页</a>')
            name = COLUMNS[column % len(COLUMNS)]
            inner = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; {name}</div>'
                     f'<div class="list"><h2>{name}</h2><ul>{lis}</ul></div>'
                     f'<div class="page">共{len(items)}条 {"".join(pager)}</div>')
            r = random.Random(seed * 7919 + column * 1000 + i)
            top = _chrome_top(r, columns) if real else ""
            bottom = _chrome_bottom(r, headlines) if real else ""
            text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}_本市人民政府</title></head>'
                    f"<body>{top}{inner}{bottom}</body></html>")
            pages[page_url(i)] = (text.encode("utf-8"), "text/html; charset=utf-8")
    cols = "".join(f'<li><a href="/col{c:02d}/index.html">{COLUMNS[c % len(COLUMNS)]}</a></li>' for c in range(columns))
    home = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>本市人民政府</title></head><body>'
            f'<ul class="columns">{cols}</ul></body></html>')
    pages["/"] = (home.encode("utf-8"), "text/html; charset=utf-8")
    for path in ("/about/", "/sitemap/", "/contact/", "/statement/", "/wza/", "/english/", "/m/"):
        text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>本市人民政府</title></head><body>'
                f'<div class="crumb"><a href="/">首页</a></div><p>{path}</p></body></html>')
        pages[path] = (text.encode("utf-8"), "text/html; charset=utf-8")
    pages["/robots.txt"] = (b"User-agent: *\nDisallow: /search/\n", "text/plain")
    return pages


# ---------------------------------------------------------------------------------------------
# The server: HTTP/1.1 keep-alive over asyncio, every answer prepared in memory
# ---------------------------------------------------------------------------------------------

def prepared(pages: dict[str, tuple[bytes, str]]) -> dict[bytes, bytes]:
    out = {}
    for path, (body, ctype) in pages.items():
        head = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
                "Last-Modified: Mon, 01 Jan 2024 00:00:00 GMT\r\n\r\n").encode("latin-1")
        out[path.encode("latin-1")] = head + body
    return out


NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\nnot found"


async def _serve(answers: dict[bytes, bytes], port: int, ready: threading.Event | None = None) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].split(b"?", 1)[0]
                writer.write(answers.get(path, NOT_FOUND))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=256)
    print("ready", flush=True)
    parent = os.getppid()
    async with server:
        while os.getppid() == parent:  # the benchmark went away (killed): so does its server
            await asyncio.sleep(1)


def serve_main(args: argparse.Namespace) -> int:
    pages = build_portal(args.articles, args.columns, args.size)
    asyncio.run(_serve(prepared(pages), args.port))
    return 0


# ---------------------------------------------------------------------------------------------
# The bare spider
# ---------------------------------------------------------------------------------------------

def bare_main(args: argparse.Namespace) -> int:
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor

    class BareSpider(scrapy.Spider):
        name = "bare"
        start_urls = [args.url + "/"]
        # the portal's columns (its list pages and articles) and the home page, as a portal crawler
        # follows them -- not the navigation's and footer's other pages nor the dead links the
        # fixtures carry from their own sites (404s are cheap: following them all would make the bare
        # crawl do half as many requests again as govarchive's). allow_domains refuses IP-address
        # hosts: filtered by prefix below.
        extractor = LinkExtractor(allow=(r"/col\d+/",))

        def parse(self, response):
            for link in self.extractor.extract_links(response):
                if link.url.startswith(args.url):
                    yield scrapy.Request(link.url)

    process = CrawlerProcess({
        "CONCURRENT_REQUESTS": args.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": args.concurrency,
        "DOWNLOAD_DELAY": 0,
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
    })
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    print(json.dumps({"responses": stats.get("downloader/response_count", 0)}), flush=True)
    return 0


# ---------------------------------------------------------------------------------------------
# Measuring one run
# ---------------------------------------------------------------------------------------------

def measure(cmd: list[str], env: dict[str, str], cwd: str) -> dict:
    """Run ``cmd``; wall seconds, CPU seconds of its process tree, peak PSS of the tree and RSS
    of the main process (MB), the main RSS after a quarter of the time, and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    samples: list[tuple[float, int, int]] = []
    cpu_by_pid: dict[int, tuple[str, float]] = {}  # the last reading of each process of the tree
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            pids = tree_pids(proc.pid)
            for p in pids:
                role = cpu_by_pid[p][0] if p in cpu_by_pid else proc_role(p, proc.pid)
                used = proc_cpu(p)
                if used:
                    cpu_by_pid[p] = (role, used)
            pss = sum(proc_kb(p, b"Pss:", "smaps_rollup") for p in pids)
            rss = proc_kb(proc.pid, b"VmRSS:", "status")
            samples.append((time.monotonic() - t0, pss, rss))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.monotonic() - t0
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} ... exited {proc.returncode}:\n{err[-3000:]}")
    quarter = [rss for t, _, rss in samples if t >= wall / 4]
    roles: dict[str, float] = {}
    for role, used in cpu_by_pid.values():
        roles[role] = roles.get(role, 0.0) + used
    return {
        "cpu_roles": roles,
        "wall": wall,
        "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "pss_mb": max((p for _, p, _ in samples), default=0) / 1024,
        "rss_mb": max((r for _, _, r in samples), default=0) / 1024,
        "rss_quarter_mb": (quarter[0] if quarter else 0) / 1024,
        "stdout": out,
        "stderr": err,
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(articles: int, columns: int, size: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, __file__, "serve", "--articles", str(articles), "--columns", str(columns),
         "--size", size, "--port", str(port)],
        stdout=subprocess.PIPE, text=True, cwd=str(ROOT),
    )
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        raise RuntimeError("the portal server did not start")
    return proc, f"http://127.0.0.1:{port}"


def run_bare(url: str, concurrency: int) -> dict:
    result = measure([sys.executable, __file__, "bare", "--url", url, "--concurrency", str(concurrency)],
                     dict(os.environ), str(ROOT))
    result["pages"] = json.loads(result["stdout"].strip().splitlines()[-1])["responses"]
    return result


def run_govarchive(tree: Path, url: str, concurrency: int, workdir: Path, extra: list[str]) -> dict:
    config = workdir / "bench.toml"
    config.write_text(f'name = "bench"\nstart_urls = ["{url}/"]\nallowed_domains = ["127.0.0.1"]\n', encoding="utf-8")
    db = workdir / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(tree))
    settings = ["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False", f"CONCURRENT_REQUESTS={concurrency}",
                f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "PROGRESS_INTERVAL=3600", "LOG_LEVEL=WARNING",
                *extra]
    cmd = [sys.executable, "-m", "archive.cli", "crawl", str(config), "--db", str(db), "--progress", "plain"]
    for s in settings:
        cmd += ["-s", s]
    result = measure(cmd, env, str(tree))
    conn = sqlite3.connect(db)
    try:
        # every response, as for the bare spider (Scrapy's downloader/response_count): pages of
        # every status (the 404s of dead links included)
        result["pages"] = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
        result["articles"] = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        result["errors"] = conn.execute("SELECT count(*) FROM pages WHERE error IS NOT NULL").fetchone()[0]
    finally:
        conn.close()
    return result


# ---------------------------------------------------------------------------------------------
# Ingest only
# ---------------------------------------------------------------------------------------------

INGEST_SCRIPT = r"""
import json, pickle, sys, time
from archive.db import Archive
from archive.crawlstate import CrawlState
pages = pickle.load(open(sys.argv[1], "rb"))
archive = Archive(sys.argv[2], create=True)
state = CrawlState(archive)
crawl = archive.start_crawl("bench", {})
t0 = time.perf_counter()
size = int(sys.argv[3])
if size > 1:
    from archive.batch import BatchItem, store_batch
    mode = f"store_batch of {size}"
    for i in range(0, len(pages), size):
        store_batch(archive, [BatchItem(crawl, p) for p in pages[i:i + size]], state)
else:
    from archive.store import store_page
    mode = "store_page, one transaction a page"
    for p in pages:
        store_page(archive, crawl, p, state)
took = time.perf_counter() - t0
n = archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
print(json.dumps({"seconds": took, "articles": n, "mode": mode}))
"""


def ingest_items(pages: dict[str, tuple[bytes, str]], limit: int, url: str = "http://127.0.0.1:1") -> list[dict]:
    from archive.times import utc_now
    from pipelines.decode import decode
    from pipelines.extract import extract_article

    items = []
    for path, (body, ctype) in pages.items():
        if "/t2" not in path:
            continue
        headers = {"Content-Type": ctype}
        decoded = decode(body, headers)
        record = extract_article(body, url + path, headers, decoded=decoded).to_record()
        if record.get("error") or not (record.get("body") or "").strip():
            continue
        slim = type(decoded)(text="", encoding=decoded.encoding, source=decoded.source, declared=decoded.declared,
                             undecodable=decoded.undecodable, mislabelled=decoded.mislabelled)
        items.append({"site": "bench", "url": url + path, "final_url": url + path, "status": 200,
                      "headers": headers, "body": body, "fetched_at": utc_now(), "page_type": "article",
                      "request_headers": {}, "decoded": slim, "article": record, "error": None, "links": []})
        if len(items) >= limit:
            break
    return items


def run_ingest(tree: Path, items_file: Path, workdir: Path, batch: int) -> dict:
    db = workdir / "ingest.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", INGEST_SCRIPT, str(items_file), str(db), str(batch)],
                         env=dict(os.environ, PYTHONPATH=str(tree)), cwd=str(tree), capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------

def _median_range(values: list[float], fmt: str) -> str:
    if not values:
        return "-"
    med = statistics.median(values)
    if len(values) == 1:
        return format(med, fmt)
    return f"{format(med, fmt)} ({format(min(values), fmt)}-{format(max(values), fmt)})"


def _roles(runs: list[dict]) -> str:
    """The median CPU seconds of the crawl's process, its extraction workers and its writer (sampled
    from /proc every 0.1 s: a process that ends between samples loses at most that much)."""
    parts = []
    for role in ("crawl", "workers", "writer"):
        values = [r.get("cpu_roles", {}).get(role, 0.0) for r in runs]
        parts.append(f"{statistics.median(values):.1f}")
    return " / ".join(parts)


def report(results: dict, args: argparse.Namespace, labels: list[str], load: list[float], ingest: dict) -> str:
    lines = [
        f"# Crawl throughput: govarchive vs a bare Scrapy spider ({args.articles:,} articles, concurrency {args.concurrency})",
        "",
        f"Command: `{' '.join(['python', 'benchmarks/crawl.py', *sys.argv[1:]])}`",
        "",
        f"Machine: {os.cpu_count()} cores, shared with other work; 1-minute load average at the start of each"
        f" round: {', '.join(f'{x:.1f}' for x in load)}. Median (range) over {args.rounds} interleaved rounds.",
        "",
    ]
    for size in args.sizes:
        rows = results.get(size, {})
        bare = rows.get("bare scrapy", [])
        bare_wall = statistics.median([r["wall"] for r in bare]) if bare else None
        bare_cpu = statistics.median([r["cpu"] for r in bare]) if bare else None
        avg_kb = results.get(f"{size}-avg-kb", 0)
        lines += [
            f"## {size} pages (article pages {avg_kb:.0f} KB on average)",
            "",
            "| system | pages | wall s | pages/s | time vs bare | CPU s | CPU vs bare | CPU s: crawl / workers / writer |"
            " peak PSS MB (tree) | main RSS MB: at 1/4 -> peak | articles | errors |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for label in ["bare scrapy", *labels]:
            runs = rows.get(label, [])
            if not runs:
                continue
            walls = [r["wall"] for r in runs]
            cpus = [r["cpu"] for r in runs]
            rate = [r["pages"] / r["wall"] for r in runs]
            vs = f"{statistics.median(walls) / bare_wall:.2f}x" if bare_wall else "-"
            cvs = f"{statistics.median(cpus) / bare_cpu:.2f}x" if bare_cpu else "-"
            lines.append(
                f"| {label} | {runs[0]['pages']} | {_median_range(walls, '.1f')} | {_median_range(rate, '.0f')} | {vs} | "
                f"{_median_range(cpus, '.1f')} | {cvs} | {_roles(runs)} | {_median_range([r['pss_mb'] for r in runs], '.0f')} | "
                f"{statistics.median([r['rss_quarter_mb'] for r in runs]):.0f} -> {statistics.median([r['rss_mb'] for r in runs]):.0f} | "
                f"{runs[0].get('articles', '-')} | {runs[0].get('errors', '-')} |"
            )
        lines.append("")
    if ingest:
        lines += ["## Ingest only (extracted real-size pages stored into a fresh archive)", "",
                  "| system | how | articles | articles/s |", "|---|---|---|---|"]
        for label, runs in ingest.items():
            rates = [r["articles"] / r["seconds"] for r in runs]
            lines.append(f"| {label} | {runs[0]['mode']} | {runs[0]['articles']} | {_median_range(rates, '.0f')} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve")
    serve.add_argument("--articles", type=int, default=5000)
    serve.add_argument("--columns", type=int, default=10)
    serve.add_argument("--size", default="real")
    serve.add_argument("--port", type=int, required=True)
    bare = sub.add_parser("bare")
    bare.add_argument("--url", required=True)
    bare.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--columns", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", default="real,small", help="comma-separated: real, small")
    parser.add_argument("--tree", action="append", default=[], metavar="LABEL=PATH",
                        help="also crawl with the govarchive in another checkout (e.g. the main commit before a change)")
    parser.add_argument("--label", default="govarchive", help="the label of this tree's rows ('' : only --tree)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="a Scrapy setting for this tree's crawls (-s)")
    parser.add_argument("--variant", action="append", default=[], metavar="LABEL=KEY=VALUE[,KEY=VALUE...]",
                        help="also crawl with this tree and these Scrapy settings (e.g. w1=EXTRACT_WORKERS=1)")
    parser.add_argument("--ingest", action="store_true", help="also measure the ingest-only rate")
    parser.add_argument("--ingest-pages", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=0, help="ingest batch size (default: this tree's STORE_BATCH_SIZE)")
    parser.add_argument("--write", help="write the Markdown table to this file")
    args = parser.parse_args(argv)
    if args.command == "serve":
        return serve_main(args)
    if args.command == "bare":
        return bare_main(args)
    args.sizes = [s for s in args.sizes.split(",") if s]
    trees = [(args.label, ROOT, args.set)] if args.label else []
    for spec in args.variant:
        label, _, settings = spec.partition("=")
        trees.append((label, ROOT, [x for x in settings.split(",") if x]))
    for spec in args.tree:
        label, _, path = spec.partition("=")
        trees.append((label, Path(path).resolve(), []))
    labels = [t[0] for t in trees]
    results: dict = {}
    load: list[float] = []
    ingest: dict = {}
    with tempfile.TemporaryDirectory(prefix="govarchive-bench-") as tmp:
        workdir = Path(tmp)
        servers = {}
        try:
            for size in args.sizes:
                servers[size] = start_server(args.articles, args.columns, size)
                pages = build_portal(args.articles, args.columns, size)
                sizes = [len(b) for p, (b, _) in pages.items() if "/t2" in p]
                results[f"{size}-avg-kb"] = sum(sizes) / len(sizes) / 1024
            for round_no in range(args.rounds):
                load.append(os.getloadavg()[0])
                for size in args.sizes:
                    url = servers[size][1]
                    order = [("bare scrapy", None, [])] + [(label, tree, extra) for label, tree, extra in trees]
                    if round_no % 2:
                        order.reverse()
                    for label, tree, extra in order:
                        if tree is None:
                            r = run_bare(url, args.concurrency)
                        else:
                            r = run_govarchive(tree, url, args.concurrency, workdir, extra)
                        r.pop("stdout", None)
                        r.pop("stderr", None)
                        results.setdefault(size, {}).setdefault(label, []).append(r)
                        print(f"round {round_no + 1} {size:5s} {label:24s} {r['pages']:6d} pages {r['wall']:6.1f} s "
                              f"{r['pages'] / r['wall']:6.1f} pages/s cpu {r['cpu']:6.1f} s pss {r['pss_mb']:5.0f} MB "
                              f"rss {r['rss_quarter_mb']:4.0f}->{r['rss_mb']:4.0f} MB"
                              + (f" articles {r['articles']} errors {r['errors']} cpu crawl/workers/writer {_roles([r])}"
                                 if "articles" in r else ""),
                              flush=True)
            if args.ingest:
                import pickle

                pages = build_portal(args.articles, args.columns, "real")
                items = ingest_items(pages, args.ingest_pages)
                items_file = workdir / "items.pickle"
                items_file.write_bytes(pickle.dumps(items))
                runs = []
                variants = {spec.partition("=")[0] for spec in args.variant}
                for label, tree, _ in trees:
                    if label in variants:
                        continue  # Scrapy settings: the ingest is the same as this tree's
                    if not (tree / "archive" / "store.py").exists():
                        # an older layout (its store step lived in the crawler): not measured here
                        print(f"ingest {label}: no archive/store.py in {tree}, not measured", flush=True)
                        continue
                    runs.append((label, tree, args.batch or _batch_size(tree)))
                    if tree == ROOT and label == args.label and runs[-1][2] > 1:
                        runs.append((f"{label}, one transaction a page", tree, 1))  # what batching gives
                for round_no in range(args.rounds):
                    for label, tree, batch in runs:
                        r = run_ingest(tree, items_file, workdir, batch)
                        ingest.setdefault(label, []).append(r)
                        print(f"ingest {label:24s} {r['articles']} articles {r['articles'] / r['seconds']:7.0f}/s ({r['mode']})",
                              flush=True)
        finally:
            for proc, _ in servers.values():
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=10)
    text = report(results, args, labels, load, ingest)
    print(text)
    if args.write:
        Path(args.write).write_text(text + "\n", encoding="utf-8")
    return 0


def _batch_size(tree: Path) -> int:
    text = (tree / "crawler" / "settings.py").read_text(encoding="utf-8")
    m = re.search(r"^STORE_BATCH_SIZE\s*=\s*(\d+)", text, re.M)
    return int(m.group(1)) if m and (tree / "archive" / "batch.py").exists() else 1


if __name__ == "__main__":
    sys.exit(main())
