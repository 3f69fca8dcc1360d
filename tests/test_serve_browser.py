"""The researchers' window in a real browser: Debian's headless Chromium driven by Selenium.

`govarchive serve` runs on a free loopback port; the browser types 防汛 into the search box,
opens a hit, reads its paragraphs and versions, compares two versions, looks at the charts,
and opens a capture whose page holds a ``<script>`` and an ``onerror`` handler: neither runs
(not in the sandboxed frame, not when the raw capture is opened directly), and the beacon
they would call hears nothing. Screenshots are saved as test artefacts (pytest's tmp dir).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.web_archive import CHANGED_ARTICLE, SCRIPTED_ARTICLE

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ROOT = Path(__file__).resolve().parents[1]



def test_the_browser_is_installed():
    """Missing Chromium fails here, once, in words: the browser checks are never skipped as passed."""
    assert os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER), (
        "needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver (.ci/run does)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_archive, tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "archive.cli", "serve", "--db", str(web_archive.db), "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("govarchive serve did not start: " + log.read_text())
            time.sleep(0.2)
    assert f"at {base}/demo " in log.read_text()  # it prints the address to open
    yield base
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1200,1500",
                "--lang=zh-CN"]:
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


def _wait(driver, condition, timeout=10):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def test_search_open_read_and_compare(server, browser, shots, web_archive):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server + "/demo/-/search")
    box = browser.find_element(By.ID, "q")
    box.send_keys("防汛")
    box.send_keys(Keys.ENTER)
    hits = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "li.ga-hit"))
    assert len(hits) >= 5
    assert "防汛" in browser.find_element(By.ID, "ga-count").text
    marks = browser.find_elements(By.CSS_SELECTOR, "li.ga-hit mark")
    assert marks and all(m.text == "防汛" for m in marks)
    browser.save_screenshot(str(shots / "search.png"))
    title = hits[0].find_element(By.CSS_SELECTOR, "a.ga-title").text
    hits[0].find_element(By.CSS_SELECTOR, "a.ga-title").click()
    _wait(browser, lambda d: d.find_elements(By.ID, "ga-title"))
    assert browser.find_element(By.ID, "ga-title").text == title
    paragraphs = browser.find_elements(By.CSS_SELECTOR, "#ga-body p")
    assert paragraphs and all(p.text.strip() for p in paragraphs)
    assert browser.find_elements(By.CSS_SELECTOR, "#ga-body mark")  # the query is marked in the text
    assert browser.find_elements(By.CSS_SELECTOR, "tr.ga-version")
    browser.save_screenshot(str(shots / "article.png"))

    # the changed article: two versions and the diff between them
    browser.get(server + "/demo/-/search?q=通气调试")
    browser.find_element(By.CSS_SELECTOR, "li.ga-hit a.ga-title").click()
    _wait(browser, lambda d: d.find_elements(By.ID, "ga-diff"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "tr.ga-version")) == 2
    assert CHANGED_ARTICLE in browser.current_url or browser.find_element(By.ID, "ga-fields").text.find(
        CHANGED_ARTICLE) >= 0
    diff = browser.find_element(By.ID, "ga-diff")
    assert [d.text for d in diff.find_elements(By.TAG_NAME, "del")] == ["将于11月底"]
    assert [i.text for i in diff.find_elements(By.TAG_NAME, "ins")] == ["推迟至12月10日"]
    browser.execute_script("document.getElementById('ga-diff').scrollIntoView()")
    browser.save_screenshot(str(shots / "diff.png"))


def test_charts_are_drawn_without_any_script(server, browser, shots):
    from selenium.webdriver.common.by import By

    browser.get(server + "/demo/-/charts")
    for figure in ("chart-articles", "chart-versions", "chart-encodings", "chart-lies", "chart-crawls"):
        marks = browser.find_elements(By.CSS_SELECTOR, f"#{figure} svg rect.mark")
        assert marks, figure
        box = marks[0].rect
        assert box["width"] > 0 and box["height"] > 0, figure  # laid out, not just in the markup
    assert not browser.find_elements(By.CSS_SELECTOR, "figure script")  # drawn on the server
    browser.save_screenshot(str(shots / "charts.png"))


def test_a_capture_with_a_script_is_inert(server, browser, shots, web_archive):
    from selenium.webdriver.common.by import By

    browser.get(server + "/demo/-/search?q=第四十二次常务会议")
    browser.find_element(By.CSS_SELECTOR, "li.ga-hit a.ga-title").click()
    _wait(browser, lambda d: d.find_elements(By.ID, "ga-raw-link"))
    assert SCRIPTED_ARTICLE in browser.find_element(By.ID, "ga-fields").text
    browser.find_element(By.ID, "ga-raw-link").click()
    source = _wait(browser, lambda d: d.find_elements(By.ID, "ga-source"))[0]
    assert "<script>document.title" in source.text  # shown as text
    browser.find_element(By.ID, "ga-view-rendered").click()
    frame = _wait(browser, lambda d: d.find_elements(By.ID, "ga-frame"))[0]
    top_title = browser.title
    browser.switch_to.frame(frame)
    _wait(browser, lambda d: d.execute_script("return document.readyState") == "complete")
    assert "第四十二次常务会议" in browser.find_element(By.TAG_NAME, "body").text  # it is rendered
    time.sleep(0.5)  # give a script every chance to run
    assert browser.execute_script("return document.documentElement.getAttribute('data-script-ran')") is None
    assert browser.execute_script("return document.documentElement.getAttribute('data-handler-ran')") is None
    assert browser.execute_script("return document.title") != "SCRIPT RAN"
    browser.switch_to.default_content()
    assert browser.title == top_title != "SCRIPT RAN"
    browser.save_screenshot(str(shots / "capture-sandboxed.png"))
    # opened directly, the raw capture is still a sandboxed document: no script, no handler
    raw = browser.find_element(By.ID, "ga-frame").get_attribute("src")
    browser.get(raw)
    time.sleep(0.5)
    assert browser.execute_script("return document.documentElement.getAttribute('data-script-ran')") is None
    assert browser.execute_script("return document.documentElement.getAttribute('data-handler-ran')") is None
    assert browser.title != "SCRIPT RAN"
    assert sum(web_archive.beacon.hits.values()) == 0, web_archive.beacon.hits
