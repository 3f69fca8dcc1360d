"""The demo portal changing over time: a notice edited, articles taken down in the ways portals
take them down, one dropped from its list, one brought back, pages re-rendered with a new
footer and view count -- the story ``govarchive demo --changes`` crawls and the tests of
:mod:`archive.changes` check, applied to a copy of the site (the packaged site is never touched).

Each function changes the copy the way the portal's CMS or web server would: pages keep their
encoding (the 政策解读 column is GB2312), a take-down notice keeps the page's head and chrome,
a redirect is a rule in the site's ``_redirects`` file (see :mod:`crawler.demo_portal.server`),
an unpublished article leaves its column's list and the sitemap.

Example::

    root = copy_site(tmp / "site")
    prepare(root)                       # before the first crawl: a view count printed in the page
    for step in STEPS:                  # crawl, apply the next step, crawl again ...
        step.apply(root)
"""
from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crawler.demo_portal.server import REDIRECTS_FILE, SITE_ROOT

__all__ = [
    "DELETED", "EDITED", "EDIT_NEW", "EDIT_OLD", "REDIRECTED", "RERENDERED", "STEPS", "STUBBED", "Step", "UNLISTED",
    "copy_site", "delete_article", "edit_article", "prepare", "redate_in_list", "redirect_article",
    "rerender_article", "restore_article", "set_lastmod", "stamp_sitemap", "stub_article", "unlist_article",
]

#: 政务要闻: a date in the text is changed and a sentence added.
EDITED = "/xwzx/zwyw/202311/t20231115_1045102.html"
EDIT_OLD = "剩余住户的入户安装和通气调试将于11月底前全部完成。"
EDIT_NEW = "剩余住户的入户安装和通气调试推迟至12月10日前全部完成，延期原因是部分村庄燃气管网验收未通过。"
#: 通知公告: deleted (404), then put back.
DELETED = "/zwgk/tzgg/202311/t20231117_1045233.html"
#: 政策解读 (GB2312): the article replaced by a take-down notice.
STUBBED = "/zwgk/zcjd/202311/t20231108_1044702.html"
#: 部门动态: the server sends it to the home page.
REDIRECTED = "/xwzx/bmdt/202311/t20231114_1043011.html"
#: 采购结果: unpublished from its column's list and the sitemap, the page left in place.
UNLISTED = "/zwgk/cgjg/202306/t20230602_1036990.html"
#: 政务要闻: re-rendered with a new footer, a new view count and a "last updated" line -- no edit.
RERENDERED = "/xwzx/zwyw/202311/t20231110_1044870.html"

_CHARSET = re.compile(rb"charset=[\"']?([A-Za-z0-9_-]+)", re.I)
_VIEWS_SCRIPT = "<script>document.write(Math.floor(Math.random()*1000))</script>"


def copy_site(dest: Path | str) -> Path:
    """A mutable copy of the packaged demo portal at ``dest``."""
    dest = Path(dest)
    shutil.copytree(SITE_ROOT, dest)
    return dest


def _file(root: Path, path: str) -> Path:
    return Path(root) / path.lstrip("/")


def _codec(data: bytes) -> str:
    match = _CHARSET.search(data[:2048])
    label = match.group(1).decode("ascii").lower() if match else "utf-8"
    return "gbk" if label in ("gb2312", "gbk", "gb18030") else label


def _rewrite(root: Path, path: str, change: Callable[[str], str]) -> None:
    """Rewrite one page of the copy in its own encoding; ``change`` must change something."""
    file = _file(root, path)
    data = file.read_bytes()
    codec = _codec(data)
    text = data.decode(codec)
    new = change(text)
    if new == text:
        raise ValueError(f"{path}: nothing changed")
    file.write_bytes(new.encode(codec))


def _replace(old: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        if old not in text:
            raise ValueError(f"{old!r} is not on the page")
        return text.replace(old, new, 1)

    return change


def prepare(root: Path) -> None:
    """Before the first crawl: the re-rendered article prints its view count as a number (its
    template writes a random one with a script) and a view count line under the text."""
    _rewrite(root, RERENDERED, _replace("浏览次数：" + _VIEWS_SCRIPT, "浏览次数：1023"))
    _rewrite(root, RERENDERED, _replace('  </div>\n  \n  <div class="editor">',
                                        '<p class="hits">阅读次数：1023</p>\n  </div>\n  \n  <div class="editor">'))


def edit_article(root: Path, path: str = EDITED, old: str = EDIT_OLD, new: str = EDIT_NEW) -> None:
    """The portal corrects an article: ``old`` becomes ``new`` in its text."""
    _rewrite(root, path, _replace(old, new))


def redate_in_list(root: Path, path: str, day: str) -> None:
    """The article's column list now prints ``day`` beside it (CMSs that show the date of the last
    change)."""
    name = path.rsplit("/", 1)[1]
    listing = "/".join(path.split("/")[:3]) + "/index.html"
    _rewrite(root, listing, lambda t: re.sub(
        rf'({re.escape(name)}"[^<]*>[^<]*</a><span class="date">)[^<]*(</span>)', rf"\g<1>{day}\g<2>", t, count=1))


def set_lastmod(root: Path, path: str, when: str) -> None:
    """The sitemap gives the article the ``<lastmod>`` ``when`` (a W3C datetime)."""
    _rewrite(root, "/sitemap.xml", lambda t: re.sub(
        rf"(<loc>{re.escape(path)}</loc><lastmod>)[^<]*(</lastmod>)", rf"\g<1>{when}\g<2>", t, count=1))


def stamp_sitemap(root: Path, when: str) -> None:
    """Every ``<lastmod>`` of the sitemap becomes ``when`` (a generator stamping its own time)."""
    _rewrite(root, "/sitemap.xml", lambda t: re.sub(r"<lastmod>[^<]*</lastmod>", f"<lastmod>{when}</lastmod>", t))


def delete_article(root: Path, path: str = DELETED) -> bytes:
    """The article's page is deleted (the server answers 404); returns its bytes, to put back."""
    file = _file(root, path)
    data = file.read_bytes()
    file.unlink()
    return data


def restore_article(root: Path, data: bytes, path: str = DELETED) -> None:
    """A deleted page is put back as it was."""
    _file(root, path).write_bytes(data)


def stub_article(root: Path, path: str = STUBBED, notice: str = "对不起，该信息已删除！") -> None:
    """The CMS replaces the article by a take-down notice in the site's chrome (same head, same
    navigation and footer, the content area replaced)."""
    def change(text: str) -> str:
        start = text.index('<div class="w1200 main')
        end = min(i for i in (text.find(m, start) for m in ('<footer', '<div class="xxgk-footer"')) if i > 0)
        box = (f'<div class="w1200 main"><div class="msg-box"><h3>提示信息</h3><p>{notice}</p>'
               '<p><a href="/">返回首页</a></p></div></div>\n\n')
        return text[:start] + box + text[end:]

    _rewrite(root, path, change)


def redirect_article(root: Path, path: str = REDIRECTED, target: str = "/", status: int = 302) -> None:
    """The server redirects the article's URL (to the home page by default)."""
    rules = Path(root) / REDIRECTS_FILE
    lines = rules.read_text(encoding="utf-8").splitlines() if rules.exists() else []
    rules.write_text("\n".join([*lines, f"{path} {target} {status}"]) + "\n", encoding="utf-8")


def unlist_article(root: Path, path: str = UNLISTED) -> None:
    """The article is unpublished from its column's list and the sitemap; its page stays."""
    name = path.rsplit("/", 1)[1]
    column = path.split("/")[:3]  # ['', 'zwgk', 'cgjg']
    listing = "/".join(column) + "/index.html"

    def drop_row(text: str) -> str:
        # the column's list is a table of rows (<tr>…</tr>) or a list of items (<li>…</li>)
        for tag in ("tr", "li"):
            pattern = re.compile(rf"<{tag}\b(?:(?!</{tag}>).)*?{re.escape(name)}.*?</{tag}>", re.S)
            if pattern.search(text):
                return pattern.sub("", text, count=1)
        raise ValueError(f"{name} is not linked from {listing}")

    _rewrite(root, listing, drop_row)
    _rewrite(root, "/sitemap.xml", lambda t: re.sub(rf"<url><loc>{re.escape(path)}</loc>.*?</url>\n?", "", t))


def _rotate_lists(text: str) -> str:
    """Every headline list of the sidebar and of 相关新闻 turned by one (the oldest first)."""

    def turn(block: re.Match) -> str:
        items = re.findall(r"<li>.*?</li>", block[2])
        return block[1] + "".join(items[1:] + items[:1]) + block[3]

    return re.sub(r'(<(?:div class="related"|div class="side-box")><h3>[^<]*</h3><ul>)(.*?)(</ul>)', turn, text)


def rerender_article(root: Path, path: str = RERENDERED) -> None:
    """The portal re-renders a page without touching the article: a new technical-support line in
    the footer, a new view count (in the info bar and under the text), a "last updated" line, and
    the sidebar's and 相关新闻's headlines rotated."""
    _rewrite(root, path, _rotate_lists)
    _rewrite(root, path, _replace("技术支持：某某科技有限公司", "技术支持：清河市大数据服务中心"))
    _rewrite(root, path, _replace("浏览次数：1023", "浏览次数：1187"))
    _rewrite(root, path, _replace("阅读次数：1023", "阅读次数：1187"))
    _rewrite(root, path, _replace('<p class="hits">阅读次数：1187</p>',
                                  '<p class="hits">阅读次数：1187</p>\n<p class="updated">最后更新：2023-11-28 09:30</p>'))


@dataclass
class Step:
    """One step of the story: what happens to the portal before the next crawl."""

    title: str
    apply: Callable[[Path], None]


def _changes(root: Path) -> None:
    from datetime import UTC, datetime

    edit_article(root)
    now = datetime.now(UTC)  # the CMS re-dates the edited notice in its list and the sitemap
    redate_in_list(root, EDITED, now.date().isoformat())
    set_lastmod(root, EDITED, now.strftime("%Y-%m-%dT%H:%M:%S+00:00"))
    _kept[str(root)] = delete_article(root)
    stub_article(root)
    redirect_article(root)
    unlist_article(root)
    rerender_article(root)


_kept: dict[str, bytes] = {}


def _restore(root: Path) -> None:
    restore_article(root, _kept.pop(str(root)))


#: The story after the first crawl: the portal changes, nothing happens (a later crawl confirms
#: the removals), the deleted notice comes back.
STEPS: list[Step] = [
    Step("a notice edited, three articles taken down (404, a 该信息已删除 notice, a redirect to the home "
         "page), one unpublished from its list, one page re-rendered (footer, view count, sidebar)", _changes),
    Step("nothing changes (this crawl confirms the removals)", lambda root: None),
    Step("the deleted notice is back", _restore),
]
