"""Build the demo portal's static site and its ground truth from ``content/``.

    python -m crawler.demo_portal.build          # rewrites site/ and expected.json

Writes ``crawler/demo_portal/site/`` (raw bytes: UTF-8, GBK declared gb2312, Big5) and
``crawler/demo_portal/expected.json`` (UTF-8), the ground truth the tests and the crawler's
evaluation use. The build is deterministic (same content -> same bytes) and refuses to build
when a paragraph repeats, a page cannot be encoded strictly in its charset, or an internal
link points nowhere (except the deliberate dead links listed in ``DEAD_LINKS``).

The pages come from :mod:`~crawler.demo_portal.templates` (over :mod:`~crawler.demo_portal.common`),
the binary files from :mod:`~crawler.demo_portal.assets`; this module assembles, checks and writes them.

Article dict keys (content modules): ``id`` (int), ``date`` "YYYY-MM-DD", ``time`` "HH:MM"
(shown by div/seed pages), ``title``, ``source``, ``author``, ``paras`` (list of str),
optional ``attachments`` [(file name, link text)], ``images`` [(file name, alt)], ``table``
(rows, first = header), ``meta`` (disclosure fields), ``roc`` (county: ROC date),
``dead_links`` [(href, text)], and for the seed template ``footer`` and ``ruby``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from crawler.demo_portal.assets import COMMON_JS, CSS, attachment_bytes, jpeg_bytes, png_bytes
from crawler.demo_portal.common import ENCODINGS, Article, clean_paragraphs, load_articles, strip_pinyin
from crawler.demo_portal.content import site as S
from crawler.demo_portal.headers import content_type_for
from crawler.demo_portal.templates import (
    RENDER,
    disclosure_meta,
    list_page_urls,
    render_contact,
    render_home,
    render_list,
    render_nbgl,
    render_search,
    render_section,
    render_wzdt,
)

HERE = Path(__file__).resolve().parent
SITE_DIR = HERE / "site"
EXPECTED = HERE / "expected.json"

#: Links that are deliberately dead (the file was "removed" years ago).
DEAD_LINKS: list[str] = []


# ----------------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------------
class Site:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def add(self, path: str, data: bytes) -> None:
        assert path.startswith("/") and path not in self.files, path
        self.files[path] = data

    def add_html(self, path: str, text: str, encoding: str) -> None:
        codec = ENCODINGS[encoding]
        try:
            data = text.encode(codec)  # strict: a character outside the charset is a build error
        except UnicodeEncodeError as exc:
            raise SystemExit("%s: cannot encode %r as %s" % (path, exc.object[exc.start:exc.end], codec))
        self.add(path, data)


HREF_RE = re.compile(r"""<(?:a|link)\b[^>]*?\bhref="([^"]*)"|<(?:img|script)\b[^>]*?\bsrc="([^"]*)\"""", re.I)


def internal_links(page_path: str, text: str) -> list[str]:
    out = []
    for m in HREF_RE.finditer(text):
        href = html.unescape(m.group(1) or m.group(2) or "")
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        u = urlsplit(urljoin("http://h" + page_path, href))
        if u.netloc != "h":
            continue
        out.append(u.path)
    return out


def build(site_dir: Path = SITE_DIR, expected_path: Path = EXPECTED) -> dict:
    by_col = load_articles()
    site = Site()
    texts: dict[str, str] = {}  # decoded text of every HTML page, for the link check

    def html_out(path: str, text: str, encoding: str) -> None:
        site.add_html(path, text, encoding)
        texts[path] = text

    # --- uniqueness of every paragraph and title --------------------------------------------------
    seen: dict[str, str] = {}
    for arts in by_col.values():
        for a in arts:
            for p in clean_paragraphs(a):
                if not p:
                    raise SystemExit("%s: empty paragraph" % a["url"])
                if p in seen:
                    raise SystemExit("paragraph repeated in %s and %s: %s" % (seen[p], a["url"], p[:40]))
                seen[p] = a["url"]
    urls = [a["url"] for arts in by_col.values() for a in arts]
    assert len(urls) == len(set(urls)), "duplicate article URL"

    # --- list pages ---------------------------------------------------------------------------
    list_pages: list[str] = []
    pages_first: dict[str, list[Article]] = {}
    columns_out: dict[str, dict] = {}
    page_of: dict[str, int] = {}
    for key, col in S.COLUMNS.items():
        arts = by_col[key]
        size = col["page_size"]
        chunks = [arts[i:i + size] for i in range(0, len(arts), size)] or [[]]
        lp = list_page_urls(col, len(chunks))
        for i, (u, chunk) in enumerate(zip(lp, chunks)):
            html_out(u, render_list(key, i, lp, chunk, len(arts)), col["encoding"])
            for a in chunk:
                page_of[a["url"]] = i
        list_pages.extend(lp)
        pages_first[key] = chunks[0]
        columns_out[key] = dict(name=col["name"], path=col["path"], section=col["parent"],
                                template=col["template"], encoding=col["encoding"], scheme=col["scheme"],
                                page_size=size, list_pages=lp, articles=[a["url"] for a in arts],
                                content_type=content_type_for(lp[0]),
                                article_content_type=content_type_for(arts[0]["url"]) if arts else None)

    # --- articles -------------------------------------------------------------------------------
    hot = (pages_first["zwyw"][:4] + pages_first["tzgg"][:2])
    editors = ["张明", "刘洋", "赵静", "孙浩", "周婷"]
    articles_out: dict[str, dict] = {}
    attachments_out: dict[str, str] = {}
    images_out: list[str] = []
    for key, arts in by_col.items():
        first = pages_first[key]
        for i, a in enumerate(arts):
            related = [r for r in first if r["url"] != a["url"]][:5]
            ctx = dict(prev=arts[i - 1] if i > 0 else None, next=arts[i + 1] if i + 1 < len(arts) else None,
                       related=related, hot=[h for h in hot if h["url"] != a["url"]],
                       editor=editors[a["id"] % len(editors)])
            html_out(a["url"], RENDER[a["template"]](a, ctx), a["encoding"])
            att_paths = []
            for fname, text in a["attachments"]:
                p = a["dir"] + fname
                site.add(p, attachment_bytes(fname, text))
                att_paths.append(p)
                attachments_out[p] = content_type_for(p)
            img_paths = []
            for n, (fname, _alt) in enumerate(a["images"]):
                p = a["dir"] + fname
                w, h = (200, 120) if n == 0 else (160, 96)
                site.add(p, jpeg_bytes(w, h, a["id"] % 7) if fname.endswith(".jpg") else png_bytes(w, h, a["id"] % 5))
                img_paths.append(p)
            images_out.extend(img_paths)
            published = a["date"] + ("T" + a["time"] if a.get("time") and a["template"] in ("div", "seed") else "")
            title = strip_pinyin(a["title"]) if a["template"] == "seed" else a["title"]
            entry = dict(title=title, published=published, source=a["source"], author=a["author"],
                         paragraphs=clean_paragraphs(a), encoding=a["encoding"], template=a["template"],
                         column=key, list_page=columns_out[key]["list_pages"][page_of[a["url"]]],
                         content_type=content_type_for(a["url"]), attachments=att_paths, images=img_paths,
                         meta=disclosure_meta(a) if a["template"] == "disclosure" else {})
            if a.get("table"):
                entry["tables"] = [a["table"]]
            if a["template"] == "seed":
                entry["ruby"] = bool(a.get("ruby"))
                entry["raw_title"] = a["title"]
                entry["raw_paragraphs"] = list(a["paras"])
                entry["footer"] = list(a["footer"])
            if a["template"] == "county":
                entry["roc_date"] = bool(a.get("roc"))
            if a["dead_links"]:
                entry["dead_links"] = [h for h, _ in a["dead_links"]]
            articles_out[a["url"]] = entry

    # --- home, sections, other pages, robots-disallowed section ------------------------------------
    html_out("/index.html", render_home(by_col, pages_first), "utf-8")
    for sk, sec in S.SECTIONS.items():
        html_out(sec["path"] + "index.html", render_section(sk, pages_first), "utf-8")
    html_out("/lxwm/index.html", render_contact(), "utf-8")
    html_out("/search/index.html", render_search(), "utf-8")
    html_out("/wzdt/index.html", render_wzdt(), "utf-8")
    for u, t in S.NBGL_PAGES:
        html_out(u, render_nbgl(u, t), "utf-8")
    other_pages = ["/", "/index.html"] + [s["path"] for s in S.SECTIONS.values()] + \
        [s["path"] + "index.html" for s in S.SECTIONS.values()] + \
        ["/lxwm/index.html", "/search/index.html", "/wzdt/index.html"]

    # --- static assets -----------------------------------------------------------------------------
    for name, css in CSS.items():
        site.add("/css/" + name, css.encode("utf-8"))
    site.add("/js/common.js", COMMON_JS.encode("utf-8"))
    site.add("/images/logo.png", png_bytes(320, 60, 1))
    site.add("/images/banner.png", png_bytes(245, 30, 2))
    site.add("/images/county_banner.png", png_bytes(225, 23, 3))
    site.add("/images/gongan.png", png_bytes(16, 16, 4))
    site.add("/images/dot.gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xb4\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00"
             b"\x01\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    site.add("/images/focus.jpg", jpeg_bytes(320, 180, 5))

    disallowed = [u for u, _ in S.NBGL_PAGES]
    site.add("/robots.txt", ("# robots.txt for 清河市人民政府门户网站\n"
                             "User-agent: *\nDisallow: /nbgl/\n\n"
                             "Sitemap: /sitemap.xml\n").encode("utf-8"))
    sm = ['<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', "<url><loc>/</loc></url>"]
    for key, col in S.COLUMNS.items():
        sm.append("<url><loc>%s</loc><changefreq>daily</changefreq></url>" % col["path"])
    for arts in by_col.values():
        for a in arts:
            sm.append("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (a["url"], a["date"]))
    sm.append("</urlset>")
    site.add("/sitemap.xml", ("\n".join(sm) + "\n").encode("utf-8"))

    # --- link check and reachability -------------------------------------------------------------
    def resolve(p: str) -> str:
        return p + "index.html" if p.endswith("/") else p

    links = {p: [resolve(x) for x in internal_links(p, t)] for p, t in texts.items()}
    dead = sorted({x for xs in links.values() for x in xs if x not in site.files} - set(DEAD_LINKS)
                  - {h for arts in by_col.values() for a in arts for h, _ in a["dead_links"]})
    if dead:
        raise SystemExit("dead internal links: %s" % dead[:10])
    later = {u for k in columns_out for u in columns_out[k]["list_pages"][1:]}

    def reach(skip: set[str]) -> set[str]:
        seen_, q = {"/index.html"}, deque(["/index.html"])
        while q:
            for x in links.get(q.popleft(), []):
                if x not in seen_ and x not in skip and x in site.files:
                    seen_.add(x)
                    q.append(x)
        return seen_

    full, without_later = reach(set()), reach(later)
    unreached = sorted(set(articles_out) - full)
    if unreached:
        raise SystemExit("articles unreachable from the home page: %s" % unreached)
    only_later = sorted(set(articles_out) - without_later)

    # --- write ---------------------------------------------------------------------------------------
    if site_dir.exists():
        shutil.rmtree(site_dir)
    for path, data in sorted(site.files.items()):
        f = site_dir / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)

    expected = dict(
        site=dict(name=S.SITE_NAME, site_code=S.SITE_CODE, icp=S.ICP, gongan=S.GONGAN, host=S.HOST_ORG),
        articles=dict(sorted(articles_out.items())),
        list_pages=list_pages,
        columns=columns_out,
        disallowed=disallowed,
        other_pages=other_pages,
        attachments=dict(sorted(attachments_out.items())),
        images=sorted(images_out),
        dead_links=sorted({h for arts in by_col.values() for a in arts for h, _ in a["dead_links"]}),
        only_via_later_list_pages=only_later,
        robots=dict(disallow=["/nbgl/"], sitemap="/sitemap.xml"),
        static=sorted(p for p in site.files if p.startswith(("/css/", "/js/", "/images/"))),
    )
    expected_path.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return expected


def main() -> int:
    exp = build()
    n = len(exp["articles"])
    by_t: dict[str, int] = {}
    by_e: dict[str, int] = {}
    for a in exp["articles"].values():
        by_t[a["template"]] = by_t.get(a["template"], 0) + 1
        by_e[a["encoding"]] = by_e.get(a["encoding"], 0) + 1
    print("built %d articles, %d list pages -> %s" % (n, len(exp["list_pages"]), SITE_DIR))
    print("templates: %s" % by_t)
    print("encodings: %s" % by_e)
    print("only via later list pages: %d" % len(exp["only_via_later_list_pages"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
