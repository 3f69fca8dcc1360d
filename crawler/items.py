"""The item the spider yields: one fetched page, filled in step by step by the pipelines."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PageItem:
    """One HTTP response and what the pipelines learn about it.

    The spider fills the capture fields; ``DecodePipeline`` sets ``decoded``,
    ``ExtractPipeline`` sets ``article`` (or ``error``), ``StorePipeline`` sets ``outcome``.
    """

    site: str
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    page_type: str  # "article" | "list" | "other"
    request_headers: dict[str, str] = field(default_factory=dict)
    hints: dict[str, Any] = field(default_factory=dict)
    decoded: Any = None
    article: dict[str, Any] | None = None
    error: str | None = None
    outcome: str | None = None
