"""The README's screenshots of `govarchive serve`, taken with Debian's headless Chromium.

Builds the same twice-crawled demo archive the browser tests use (a changed article to
compare), serves it with `govarchive serve` on a free loopback port, and saves:

* ``benchmarks/screenshots/search.png`` -- the search page for 防汛;
* ``benchmarks/screenshots/article.png`` -- the changed article, scrolled to its versions and diff;
* ``benchmarks/screenshots/charts.png`` -- the charts page.

Run:  .venv/bin/python benchmarks/screenshots.py      (needs chromium, chromium-driver, fonts-noto-cjk)
"""
from __future__ import annotations

import base64
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.portal_faults import free_port
from tests.web_archive import CHANGED_ARTICLE, build

OUT = ROOT / "benchmarks" / "screenshots"


def shoot(driver, path: Path, height: int) -> None:
    """A PNG of the top ``height`` CSS pixels of the viewport's page at its current scroll."""
    driver.set_window_size(1000, height)
    time.sleep(0.3)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})
    path.write_bytes(base64.b64decode(shot["data"]))
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KiB")


def main() -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    OUT.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="govarchive-shots-"))
    archive = build(tmp)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "archive.cli", "serve", "--db", str(archive.db), "--port", str(port)],
                            cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        opts = webdriver.ChromeOptions()
        opts.binary_location = "/usr/bin/chromium"
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
                    f"--user-data-dir={tmp / 'profile'}", "--lang=zh-CN", "--force-device-scale-factor=1"]:
            opts.add_argument(arg)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
        try:
            driver.set_window_size(1000, 900)
            driver.get(base + "/demo/-/search?q=防汛")
            shoot(driver, OUT / "search.png", 860)
            driver.get(base + "/demo/-/search?q=通气调试")
            driver.find_element(By.CSS_SELECTOR, "li.ga-hit a.ga-title").click()
            time.sleep(0.5)
            assert CHANGED_ARTICLE in driver.find_element(By.ID, "ga-fields").text
            driver.execute_script("document.getElementById('versions').scrollIntoView()")
            shoot(driver, OUT / "article.png", 760)
            driver.get(base + "/demo/-/charts")
            shoot(driver, OUT / "charts.png", 900)
        finally:
            driver.quit()
    finally:
        proc.terminate()
        proc.wait(10)
        archive.beacon.shutdown()


if __name__ == "__main__":
    main()
