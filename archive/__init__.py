"""The govarchive SQLite archive, usable as a library without Scrapy."""
