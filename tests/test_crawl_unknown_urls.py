"""A portal whose article URLs match none of the known CMS shapes: the content decides.

Articles of the demo portal (UTF-8, GBK, Big5) are served under URLs like ``/p/a1.htm``
that no default article pattern knows; a contact page under the same shape must stay
a plain page. Real spider, real pipelines, real SQLite, over loopback."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from crawler.demo_portal.server import SITE_ROOT, serve
from crawler.urls import classify_url

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "crawler" / "demo_portal" / "expected.json").read_text(encoding="utf-8"))


def pick(template: str) -> str:
    return next(p for p, e in sorted(EXPECTED["articles"].items()) if e["template"] == template)


def test_articles_under_unknown_url_shapes_are_recognised_by_content(tmp_path):
    site = tmp_path / "site"
    (site / "p").mkdir(parents=True)
    chosen = {f"/p/a{i}.htm": pick(t) for i, t in enumerate(["div", "table", "county"], 1)}
    for new, old in chosen.items():
        (site / new.lstrip("/")).write_bytes((SITE_ROOT / old.lstrip("/")).read_bytes())
    (site / "p" / "contact.htm").write_bytes(
        "<html><head><meta charset='utf-8'><title>联系我们</title></head><body><h1>联系我们</h1>"
        "<p>地址：清河市新华区和平西路88号 邮编：050000</p><p>电话：0311-86012345 传真：0311-86012346</p>"
        "<p>电子邮箱：zfbgs@qinghe.gov.example 工作时间：周一至周五 8:30-12:00 14:30-17:30</p></body></html>"
        .encode("utf-8"))
    links = "".join(f'<li><a href="{p}">{EXPECTED["articles"][o]["title"]}</a> 2023-10-01</li>' for p, o in chosen.items())
    (site / "index.html").write_bytes(
        f"<html><head><meta charset='utf-8'><title>清河</title></head><body><ul>{links}</ul>"
        "<a href='/p/contact.htm'>联系我们</a></body></html>".encode("utf-8"))
    (site / "robots.txt").write_bytes(b"User-agent: *\nDisallow:\n")
    assert all(classify_url("http://h" + p) == "other" for p in [*chosen, "/p/contact.htm"])

    with serve(root=site) as base_url:
        config = tmp_path / "site.toml"
        config.write_text(f'name = "odd"\nstart_urls = ["{base_url}/"]\n', encoding="utf-8")
        db = tmp_path / "odd.db"
        result = subprocess.run(
            [sys.executable, "-m", "archive.cli", "crawl", str(config), "--db", str(db),
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"],
            capture_output=True, text=True, timeout=180, cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    conn = sqlite3.connect(db)
    stored = {row[0].split("/", 3)[3]: row[1] for row in conn.execute("SELECT url, title FROM articles")}
    assert stored == {p.lstrip("/"): EXPECTED["articles"][o]["title"] for p, o in chosen.items()}
    types = dict(conn.execute("SELECT url, page_type FROM pages").fetchall())
    assert types[f"{base_url}/p/contact.htm"] == "other"
    assert types[f"{base_url}/p/a1.htm"] == "article"
    conn.close()
