"""The govarchive SQLite archive, usable as a library without Scrapy.

Example:
    >>> from archive.db import Archive
    >>> Archive(":memory:", create=True).stats()
    []
"""
