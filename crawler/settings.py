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
# Seconds a page waits for the archive's write lock held by another process (archive.tuning.
# LOCK_WAIT_SECONDS); a page still not stored then is reported as not stored (the crawl ends
# "store_failed", exit code 1) and fetched again by the next run.
ARCHIVE_LOCK_WAIT = 300.0

# --- Politeness ------------------------------------------------------------------
# An honest User-Agent with a contact, so a portal's webmaster knows who we are.
USER_AGENT = (
    "govarchive/0.1 (research archive of public government pages; +https://pypi.org/project/govarchive/)"
)
# robots.txt is obeyed, always by default; a site config can only switch it off explicitly.
ROBOTSTXT_OBEY = True
# Small county servers: few parallel requests per domain, a delay between them,
# and AutoThrottle to back off further when the server slows down.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
# Each delay varies by +-50% so requests do not arrive like clockwork.
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# Retries with backoff on 5xx and timeouts, honouring Retry-After (crawler.politeness).
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Wait RETRY_BACKOFF_BASE * 2**n seconds before retry n+1, at most RETRY_BACKOFF_MAX.
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 120.0
# A 429/503 Retry-After is obeyed (for the whole host) up to this many seconds; a longer one
# gives the request up (recorded as an error) instead of idling the crawl for hours.
RETRY_AFTER_MAX = 600.0
DOWNLOAD_TIMEOUT = 30
# Response size limits: a government article page is never 20 MB; warn at 5 MB.
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
# Crawler traps (endless calendars, query-string loops): bounded depth, and for non-article
# URLs (crawler.urls.TrapGuard) at most TRAP_MAX_QUERY_VARIANTS query strings per path (a
# column paged by query, list.jsp?pageNo=N, may have hundreds of pages; a list page without
# articles ends its pager, so "past the end" pages that answer an empty list stop there),
# TRAP_MAX_SHAPE_VARIANTS URLs per digit-wildcarded path shape (calendar/2023/11 ...),
# URLs of at most TRAP_MAX_URL_LENGTH characters, no path segment more than
# TRAP_MAX_SEGMENT_REPEATS times (/a/b/a/b/a/b).
# DEPTH_LIMIT counts navigation hops from the start pages (section -> column ...), not the pages
# of a list: pagination (下一页, script pagers, jpage groups) stays in its column and costs nothing
# (the spider keeps the depth; Scrapy's DepthMiddleware, which counts every hop, is off). What a
# limit stops is reported per column in the crawl summary and `govarchive stats`.
DEPTH_LIMIT = 12
TRAP_MAX_QUERY_VARIANTS = 500
TRAP_MAX_SHAPE_VARIANTS = 500
TRAP_MAX_URL_LENGTH = 400
TRAP_MAX_SEGMENT_REPEATS = 3
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# --- Steps -----------------------------------------------------------------------
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,  # the spider counts navigation depth
}
DOWNLOADER_MIDDLEWARES = {
    # Decide each response's real encoding (BOM, header, meta, statistics; catch the lies)
    # before spiders and selectors see the text.
    # 585: after HttpCompressionMiddleware (590) has unzipped the body on the way out, so the
    # decision sees the real bytes, and before MetaRefreshMiddleware (580) reads the text.
    "crawler.middlewares.EncodingMiddleware": 585,
    # Retries with backoff and Retry-After, in place of Scrapy's plain RetryMiddleware.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.politeness.PoliteRetryMiddleware": 550,
    # A hard cap of CONCURRENT_REQUESTS_PER_DOMAIN requests in flight per host, last before
    # the download (Scrapy's slot lets bursts through when DOWNLOAD_DELAY is 0).
    "crawler.politeness.DomainConcurrencyMiddleware": 990,
    # Every fetch leaves a trace (crawler.traces): redirects that loop, run past REDIRECT_MAX_TIMES
    # or leave the site are kept as error pages instead of vanishing (in place of Scrapy's own
    # redirect middlewares, same priorities); a gzip/deflate body cut short is marked before
    # HttpCompressionMiddleware (590) inflates what there is.
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.traces.TracedRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.traces.TracedMetaRefreshMiddleware": 580,
    "crawler.traces.CompressionCheckMiddleware": 595,
    # MAX_PAGES, a hard limit: last before the download, after the per-host gate.
    "crawler.traces.PageBudgetMiddleware": 995,
}
# At most this many pages downloaded per site and crawl (0: no limit; --max-pages sets it).
# robots.txt, retries and redirect steps are not pages of their own.
MAX_PAGES = 0
ITEM_PIPELINES = {
    "crawler.pipelines.DecodePipeline": 100,
    "crawler.pipelines.ExtractPipeline": 200,
    "crawler.pipelines.StorePipeline": 300,
    # Attachment files (only for sites with download_attachments = true), by SHA-256.
    "crawler.pipelines.AttachmentsPipeline": 400,
}
# Extraction runs in EXTRACT_WORKERS worker processes beside the reactor (crawler.pool), so the
# crawl keeps downloading while pages are extracted on every core; 0 extracts in the crawl's own
# process. Default: one per core this process may run on. A page whose extraction takes longer
# than EXTRACT_TIMEOUT seconds (or whose worker dies under it) is kept as an error page, and its
# worker replaced; a worker is also replaced after EXTRACT_WORKER_MAX_PAGES pages.
EXTRACT_WORKERS = None
EXTRACT_TIMEOUT = 60.0
# A worker's start costs ~1.3 s of CPU (its imports); its memory held at 66-67 MB over 2,500 pages.
EXTRACT_WORKER_MAX_PAGES = 10000
# Added to the nice value of the extraction workers and the writer process (0: the same priority as
# the crawl's own process). Every page goes through the crawl's process (Scrapy's reactor), so it
# keeps its core when they compete for the CPU, and is not preempted each time it wakes a worker:
# on benchmarks/crawl.py the crawl took 46.6-48.2 CPU s with 10 against 51.6-54.4 with 0. On a
# machine busy with other programs the workers also yield to those.
WORKER_NICE = 10
# Group commits: the store step writes (in a writer process of its own, crawler.workers.store_pages)
# transactions of up to STORE_BATCH_SIZE pages, each at most STORE_BATCH_SECONDS after its first
# page arrived; 1 stores every page in its own transaction, in the crawl's process. A killed crawl
# loses at most the open batch, fetched again by the next run. Readers never wait (WAL); other
# writers wait at most one batch. A batch waits ARCHIVE_LOCK_WAIT for a lock another process holds.
STORE_BATCH_SIZE = 50
STORE_BATCH_SECONDS = 0.5
# Items handled at once per response (Scrapy's default is 100; a response yields one page item
# and its requests here): 100 cost 40% more CPU than 4 on benchmarks/crawl.py (14.7 s vs 10.3 s).
CONCURRENT_ITEMS = 4
# Bytes of responses the scraper holds while their items go through the pipelines; past it the
# engine stops downloading (so memory stays flat). Scrapy's default is 5 MB.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 5_000_000
# ... counting each response at least this many bytes (Scrapy: 1 KB), so that small pages too are
# bounded by number: at most 5 MB / 25 KB = 200 responses held (crawler.extensions.ScraperBound).
SCRAPER_SLOT_MIN_RESPONSE_SIZE = 25_000
# Where attachment files go: the archive itself (table attachment_blobs, keyed by SHA-256).
FILES_STORE = "archive://"
# An attachment larger than this is not downloaded (a site's attachment_max_bytes overrides it).
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
# Progress: a live display on a terminal, a plain log line every PROGRESS_INTERVAL seconds
# otherwise (cron), and a final report (crawler.extensions.Progress).
EXTENSIONS = {
    "crawler.extensions.Progress": 500,
    "scrapy.extensions.logstats.LogStats": None,  # Progress logs the same, with archive counts
    "crawler.extensions.ScraperBound": 0,
}
PROGRESS_INTERVAL = 60.0
# "auto" (live display when stderr is a terminal), "live" or "plain".
PROGRESS_MODE = "auto"

# --- Distributed crawling (govarchive crawl --redis; crawler/distributed/) --------------
# `govarchive crawl CONFIG --redis URL` makes the process a worker: the scheduler, the seen-set
# and the frontier are scrapy-redis's, scoped to one run of the site, and pages go to the single
# writer (`govarchive ingest`) through Redis instead of into ARCHIVE_DB.
# The Redis URL (set by --redis) and the prefix of every key (--redis-prefix).
REDIS_URL = None
REDIS_KEY_PREFIX = "govarchive"
# A worker marks itself alive every REDIS_HEARTBEAT seconds; one silent for REDIS_WORKER_TIMEOUT
# seconds is dead, and the requests it had taken go back to the frontier for the others.
REDIS_HEARTBEAT = 5.0
REDIS_WORKER_TIMEOUT = 30.0
# How often an idle worker looks for requests other workers queued (and acknowledges its own).
REDIS_POLL_INTERVAL = 0.1
# A worker takes at most this many requests from the frontier at once (0: twice its per-domain
# concurrency: the next ones wait while it extracts), leaving the rest to the other workers.
REDIS_MAX_TAKEN = 0
# Before a new run starts, wait up to this long for the writer to have ingested the previous
# run and published the archive's state (so the new run knows what the previous one archived).
REDIS_STATE_WAIT = 300.0
# A worker that comes within this many seconds after the site's run finished (a latecomer of
# the same cron job) does not start another run.
REDIS_RUN_GAP = 60.0
# A finished run's frontier, seen-set and counters expire after this many seconds.
REDIS_RUN_TTL = 3600.0
# robots.txt is fetched once per run and host and shared; a worker waits this long for it.
ROBOTSTXT_SHARED_WAIT = 30.0
# The workers keep a site's politeness together (crawler/distributed/politeness.py): at most
# CONCURRENT_REQUESTS_PER_DOMAIN requests in flight per host across all workers, starts at least
# DOWNLOAD_DELAY apart, a Retry-After holding every worker. False: each worker polite on its own
# (N workers put N times the load on a portal). A request waiting for a place asks again every
# REDIS_POLITENESS_POLL seconds.
REDIS_SHARED_POLITENESS = True
REDIS_POLITENESS_POLL = 0.05

# --- Logging ---------------------------------------------------------------------
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
