"""The bookkeeping shared by the zoo builders: page bytes, routes and the ground truth.

A builder makes a :class:`Zoo`, adds columns, list pages and articles (each article's text from
:class:`tests.cms_zoo.text.Writer`), and :meth:`Zoo.write` lays out ``site/``, ``routes.json``
and ``expected.json``. Every page is encoded strictly in the codec its CMS uses (a GBK page that
could not be written in GBK is a build error, not a silent ``?``).

``expected.json`` (the format both zoos share)::

    {
      "portal": "...", "host_placeholder": "{{HOST}}", "start_paths": ["/"],
      "columns": {
        KEY: {
          "title": "工作动态", "mechanism": "trs-createPageHTML-literal",
          "description": "what the column exercises",
          "entry": "/xwzx/gzdt/",                   # where a crawler meets the column
          "list_pages": ["/xwzx/gzdt/", ...],       # every GET-able list page (path?query), once
          "aliases": {"/xwzx/gzdt/index.shtml": "/xwzx/gzdt/"},   # other URLs of the same page
          "list_requests": [{"method": "POST", "url": ..., "form": {...}}],   # non-GET pages (jpage)
          "json_api": {...},                        # JSON columns: how a config would declare it
          "announced": {"pages": 4, "records": 16, "text": "createPageHTML(4, 0, ...)"},
          "announced_reachable": true,              # false: no mechanism reaches what it announces
          "articles": {PATH: {"title", "published" (YYYY-MM-DD or null), "source", "paragraphs",
                              "encoding", "link" (as written in the page), "linked_from": [...]}},
          "traps": [...], "offsite": [...]          # URLs a crawler must not need / must not fetch
        }
      },
      "other_pages": [...],                         # pages that are neither list nor article
      "feeds": [...], "sitemaps": [...]
    }

Paths are ``/path?query`` on the zoo's host; ``{{HOST}}`` in a page is ``127.0.0.1:PORT``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
from pathlib import Path

from tests.cms_zoo.server import storage_name
from tests.cms_zoo.text import Article, Writer

__all__ = ["Zoo", "day_list"]


def day_list(start: str, count: int, step: int) -> list[str]:
    """``count`` dates going back from ``start`` by ``step`` days (newest first).

    >>> day_list("2024-03-10", 3, 4)
    ['2024-03-10', '2024-03-06', '2024-03-02']
    """
    day = dt.date.fromisoformat(start)
    return [(day - dt.timedelta(days=i * step)).isoformat() for i in range(count)]


class Zoo:
    """A zoo under construction."""

    def __init__(self, portal: str, seed: str, places: dict) -> None:
        self.portal = portal
        self.files: dict[str, bytes] = {}
        self.routes: dict = {
            "content_types": [],
            "index_files": ["index.html", "index.shtml", "index.htm", "index.jsp", "default.asp"],
            "nocase_prefixes": [],
            "scripts": {},
            "jpage": {},
            "json_lists": {},
        }
        self.columns: dict[str, dict] = {}
        self.other_pages: list[str] = []
        self.feeds: list[str] = []
        self.sitemaps: list[str] = []
        self.writer = Writer(seed, places)

    # --- files ------------------------------------------------------------------------------
    def file_for(self, url: str) -> str:
        """The ``site/`` file that answers ``url`` (``/a/b?x=1``), through the script routes."""
        path, _, query = url.partition("?")
        nocase = any(path.lower().startswith(p) for p in self.routes["nocase_prefixes"])
        key = path.lower() if nocase else path
        if key in self.routes["scripts"]:
            params: dict[str, str] = {}
            for pair in query.split("&") if query else []:
                k, _, v = pair.partition("=")
                params.setdefault(k.lower() if nocase else k, v)
            return storage_name(key, params, self.routes["scripts"][key])
        if key.endswith("/"):
            key += "index.html"
        return key.lstrip("/")

    def put(self, url: str, text: str, encoding: str = "utf-8", *, file: str | None = None) -> None:
        """Store a page (encoded strictly) as the answer to ``url``."""
        self.put_bytes(url, text.encode(encoding), file=file)

    def put_bytes(self, url: str, data: bytes, *, file: str | None = None) -> None:
        name = file or self.file_for(url)
        if name in self.files:
            raise ValueError(f"two pages for {name}")
        self.files[name] = data

    def put_gz(self, url: str, text: str) -> None:
        self.put_bytes(url, gzip.compress(text.encode("utf-8"), mtime=0))

    def script(self, path: str, params: list[str], defaults: dict | None = None, fallback: str | None = None) -> None:
        self.routes["scripts"][path] = {"params": params, "defaults": defaults or {}, **(
            {"fallback": fallback} if fallback else {})}

    def content_type(self, regex: str, ctype: str) -> None:
        self.routes["content_types"].append([regex, ctype])

    # --- ground truth ---------------------------------------------------------------------------
    def column(self, key: str, title: str, mechanism: str, entry: str, description: str, **extra) -> dict:
        col = {
            "title": title,
            "mechanism": mechanism,
            "description": description,
            "entry": entry,
            "list_pages": [],
            "aliases": {},
            "announced": {},
            "announced_reachable": True,
            "articles": {},
            **extra,
        }
        self.columns[key] = col
        return col

    def article(self, col: dict, url: str, link: str, date: str, encoding: str, render, *,
                linked_from: list[str], dated: bool = True, long: bool = False, topic: int | None = None,
                file: str | None = None) -> Article:
        """Draw an article, render it with ``render(article) -> str``, store it, record the truth."""
        art = self.writer.article(date, long=long, topic=topic, undated=not dated)
        self.put(url, render(art), encoding, file=file)
        col["articles"][url] = {
            "title": art.title,
            "published": date if dated else None,
            "source": art.source,
            "paragraphs": art.paragraphs,
            "encoding": encoding,
            "link": link,
            "linked_from": list(linked_from),
        }
        return art

    def expected(self) -> dict:
        return {
            "portal": self.portal,
            "host_placeholder": "{{HOST}}",
            "start_paths": ["/"],
            "columns": self.columns,
            "other_pages": self.other_pages,
            "feeds": self.feeds,
            "sitemaps": self.sitemaps,
        }

    def write(self, out: Path) -> None:
        """Write ``site/``, ``routes.json`` and ``expected.json`` under ``out`` (site/ replaced)."""
        site = out / "site"
        if site.exists():
            shutil.rmtree(site)
        for name, data in sorted(self.files.items()):
            target = site / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (out / "routes.json").write_text(json.dumps(self.routes, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (out / "expected.json").write_text(
            json.dumps(self.expected(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
