"""人事任免 (modern div layout, UTF-8)."""

ARTICLES = []
