"""Charts as server-side SVG: no JavaScript, no CDN, nothing to download.

Every chart is a self-contained ``<svg>`` (a viewBox, so it scales with the page) whose data
marks are ``<rect class="mark">`` elements carrying ``data-series``, ``data-category`` and
``data-value`` attributes and a ``<title>`` (the browser's tooltip). Text is escaped.

Example:
    >>> svg = bar_chart("Articles", ["2023-01", "2023-02"], [("demo", [3, 5])])
    >>> svg.count('class="mark"'), "<title>demo, 2023-02: 5</title>" in svg
    (2, True)
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

__all__ = ["PALETTE", "bar_chart", "hbar_chart", "nice_ticks"]

#: Colour-blind-safe palette (Okabe-Ito, without black), then greys.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999", "#666666"]

_FONT = 'font-family="Noto Sans CJK SC, Noto Sans, sans-serif"'


def nice_ticks(top: float, count: int = 5) -> list[int]:
    """Round tick values (whole numbers: the charts count things) from 0 to at least ``top``.

    Example:
        >>> nice_ticks(87), nice_ticks(1)
        ([0, 20, 40, 60, 80, 100], [0, 1])
    """
    if top <= 0:
        return [0, 1]
    raw = top / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    step = max(int(math.ceil(step)), 1)  # counts: whole numbers
    ticks = [0]
    while ticks[-1] < top:
        ticks.append(round(ticks[-1] + step, 6))
    return ticks


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _color(i: int, colors: Sequence[str] | None = None) -> str:
    palette = colors or PALETTE
    return palette[i % len(palette)]


def _legend(series_names: Sequence[str], x: float, y: float, colors: Sequence[str] | None = None) -> list[str]:
    out, pos = [], x
    for i, name in enumerate(series_names):
        out.append(f'<rect x="{pos:.1f}" y="{y - 9}" width="10" height="10" fill="{_color(i, colors)}"/>')
        out.append(f'<text x="{pos + 14:.1f}" y="{y}" font-size="12">{escape(name)}</text>')
        pos += 14 + 7.5 * sum(2 if ord(c) > 0x2E80 else 1 for c in str(name)) + 18
    return out


def _empty(title: str, width: int, height: int, message: str) -> Markup:
    return Markup(
        f'<svg class="chart empty" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" {_FONT}><text x="{width / 2}" y="{height / 2}" text-anchor="middle" '
        f'font-size="14" fill="#666">{escape(message)}</text></svg>'
    )


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    stacked: bool = True,
    width: int = 900,
    height: int = 320,
    y_label: str = "",
    empty: str = "nothing to show yet",
    colors: Sequence[str] | None = None,
) -> Markup:
    """Vertical bars, one group per category, stacked or side by side, with axis, ticks and legend."""
    if not categories or not series or not any(v for _, values in series for v in values):
        return _empty(title, width, 120, empty)
    left, right, top, bottom = 56, 12, 30 if len(series) > 1 else 12, 58
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(categories)
    totals = [sum(values[i] or 0 for _, values in series) for i in range(n)] if stacked else \
        [max(values[i] or 0 for _, values in series) for i in range(n)]
    ticks = nice_ticks(max(totals))
    ymax = ticks[-1]
    band = min(plot_w / n, 90)  # a few categories: bars of a sensible width, from the left
    bar_w = band * 0.8 / (1 if stacked else len(series))
    out = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" {_FONT} font-size="11">',
        f"<title>{escape(title)}</title>",
    ]
    for t in ticks:
        y = top + plot_h - plot_h * t / ymax
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e4e4e4"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#555">{_fmt(t)}</text>')
    if y_label:
        out.append(f'<text x="14" y="{top + plot_h / 2:.1f}" transform="rotate(-90 14 {top + plot_h / 2:.1f})" '
                   f'text-anchor="middle" fill="#555">{escape(y_label)}</text>')
    step = max(1, math.ceil(n / (plot_w / 46)))  # label every k-th category so labels don't collide
    for i, cat in enumerate(categories):
        x0 = left + band * i + band * 0.1
        base = top + plot_h
        for s, (name, values) in enumerate(series):
            value = values[i] or 0
            if not value:
                continue
            h = plot_h * value / ymax
            x = x0 if stacked else x0 + bar_w * s
            y = base - h
            out.append(
                f'<rect class="mark" x="{x:.1f}" y="{y:.1f}" width="{max(bar_w, 0.8):.1f}" height="{max(h, 0.5):.1f}" '
                f'fill="{_color(s, colors)}" data-series="{escape(name)}" data-category="{escape(cat)}" '
                f'data-value="{value}"><title>{escape(name)}, {escape(cat)}: {_fmt(value)}</title></rect>'
            )
            if stacked:
                base = y
        if i % step == 0:
            cx = left + band * (i + 0.5)
            out.append(f'<text x="{cx:.1f}" y="{top + plot_h + 14}" text-anchor="end" fill="#333" '
                       f'transform="rotate(-40 {cx:.1f} {top + plot_h + 14})">{escape(cat)}</text>')
    out.append(f'<line x1="{left}" x2="{left + band * n}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#888"/>')
    if len(series) > 1:
        out += _legend([name for name, _ in series], left, 16, colors)
    out.append("</svg>")
    return Markup("".join(out))


def hbar_chart(
    title: str,
    rows: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    width: int = 900,
    row_height: int = 26,
    x_label: str = "",
    empty: str = "nothing to show yet",
    colors: Sequence[str] | None = None,
) -> Markup:
    """Horizontal stacked bars, one per row (e.g. per site), with a legend of the series."""
    if not rows or not series or not any(v for _, values in series for v in values):
        return _empty(title, width, 120, empty)
    label_w = min(240, 24 + 13 * max(len(str(r)) for r in rows))
    left, right, top, bottom = label_w, 16, 34, 34
    height = top + bottom + row_height * len(rows)
    plot_w = width - left - right
    totals = [sum(values[i] or 0 for _, values in series) for i in range(len(rows))]
    ticks = nice_ticks(max(totals))
    xmax = ticks[-1]
    out = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" {_FONT} font-size="11">',
        f"<title>{escape(title)}</title>",
    ]
    for t in ticks:
        x = left + plot_w * t / xmax
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{height - bottom}" stroke="#e4e4e4"/>')
        out.append(f'<text x="{x:.1f}" y="{height - bottom + 14}" text-anchor="middle" fill="#555">{_fmt(t)}</text>')
    if x_label:
        out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle" fill="#555">'
                   f"{escape(x_label)}</text>")
    for i, row in enumerate(rows):
        y = top + row_height * i + row_height * 0.15
        out.append(f'<text x="{left - 6}" y="{y + row_height * 0.5:.1f}" text-anchor="end" fill="#333" '
                   f'font-size="12">{escape(row)}</text>')
        x = left
        for s, (name, values) in enumerate(series):
            value = values[i] or 0
            if not value:
                continue
            w = plot_w * value / xmax
            out.append(
                f'<rect class="mark" x="{x:.1f}" y="{y:.1f}" width="{max(w, 0.8):.1f}" height="{row_height * 0.7:.1f}" '
                f'fill="{_color(s, colors)}" data-series="{escape(name)}" data-category="{escape(row)}" '
                f'data-value="{value}"><title>{escape(row)}, {escape(name)}: {_fmt(value)}</title></rect>'
            )
            x += w
    out += _legend([name for name, _ in series], left, 18, colors)
    out.append("</svg>")
    return Markup("".join(out))
