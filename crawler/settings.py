"""Scrapy settings for govarchive: every default in one place, each documented here.

Per-site overrides come from the site config's ``[politeness]`` table and are applied
by ``crawler.runner``; command-line ``-s KEY=VALUE`` overrides win over both.
"""

BOT_NAME = "govarchive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- The archive -----------------------------------------------------------------
# SQLite file the store pipeline writes to (``govarchive crawl --db`` sets it).
ARCHIVE_DB = "govarchive.db"

# --- Politeness ------------------------------------------------------------------
# An honest User-Agent with a contact, so a portal's webmaster knows who we are.
USER_AGENT = "govarchive/0.1 (research archive of public government pages; +https://pypi.org/project/govarchive/)"
# robots.txt is obeyed, always by default; a site config can only switch it off explicitly.
ROBOTSTXT_OBEY = True
# Small county servers: few parallel requests per domain, a delay between them,
# and AutoThrottle to back off further when the server slows down.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# Retries with backoff on 5xx and timeouts (see crawler.middlewares for Retry-After).
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
# Response size limits: a government article page is never 20 MB; warn at 5 MB.
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
# Crawler traps (endless calendars, query-string loops): bounded depth.
DEPTH_LIMIT = 12
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# --- Steps -----------------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # Decide each response's real encoding (BOM, header, meta, statistics; catch the lies)
    # before spiders and selectors see the text.
    "crawler.middlewares.EncodingMiddleware": 950,
}
ITEM_PIPELINES = {
    "pipelines.scrapy_pipelines.DecodePipeline": 100,
    "pipelines.scrapy_pipelines.ExtractPipeline": 200,
    "pipelines.scrapy_pipelines.StorePipeline": 300,
}

# --- Logging ---------------------------------------------------------------------
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
