"""Distributed crawling on scrapy-redis: many workers, one Redis, one writer into the archive.

- :mod:`~crawler.distributed.worker`: ``govarchive crawl CONFIG --redis URL`` (a worker);
- :mod:`~crawler.distributed.scheduler`: the run-scoped scrapy-redis scheduler and dupefilter;
- :mod:`~crawler.distributed.pipelines`: finished items (and attachment files) to Redis;
- :mod:`~crawler.distributed.ingest`: ``govarchive ingest`` (the single writer);
- :mod:`~crawler.distributed.state`: the archive's state, published for the workers;
- :mod:`~crawler.distributed.runs`: runs, heartbeats, the reliable frontier (Lua);
- :mod:`~crawler.distributed.codec`: the messages in the item queue;
- :mod:`~crawler.distributed.status`: ``govarchive status --redis URL``;
- :mod:`~crawler.distributed.keys`: the Redis key layout.
"""
