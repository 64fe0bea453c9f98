"""Charts as SVG built on the server: no script, nothing fetched. Labels are escaped; colours
are presentation attributes (the CSP forbids inline styles, not these)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

PALETTE = ("#0b5cad", "#c2410c", "#15803d", "#7c3aed", "#b91c1c", "#0e7490", "#a16207", "#4b5563")


def _open(width: int, height: int, title: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label={quoteattr(title)} font-family="sans-serif">',
        f"<title>{escape(title)}</title>",
    ]


def _legend(names: Sequence[str], x: float, y: float) -> list[str]:
    out = []
    for i, name in enumerate(names):
        yy = y + i * 16
        out.append(
            f'<rect x="{x:.0f}" y="{yy - 9:.0f}" width="10" height="10" '
            f'fill="{PALETTE[i % len(PALETTE)]}"/>'
        )
        out.append(f'<text x="{x + 14:.0f}" y="{yy:.0f}" font-size="11">{escape(name[:28])}</text>')
    return out


def _fmt(v: float) -> str:
    if v >= 1_000_000:
        return f"{v / 1_000_000:.1f}M"
    if v >= 10_000:
        return f"{v / 1000:.0f}k"
    if v >= 1000:
        return f"{v / 1000:.1f}k"
    return f"{v:.0f}" if v == int(v) else f"{v:.3g}"


def stacked_bars(
    buckets: Sequence[str],
    series: Mapping[str, Sequence[float]],
    *,
    title: str,
    width: int = 620,
) -> str:
    """Bars over time (one per bucket), each stacked by series (deployment, region, ...)."""
    names = list(series)
    top, left, plot_h, legend_w = 14, 44, 150, 170
    plot_w = width - left - legend_w
    height = top + plot_h + 34 + max(0, 16 * len(names) - plot_h)
    totals = [sum(series[n][i] for n in names) for i in range(len(buckets))]
    vmax = max(totals, default=0.0) or 1.0
    bw = plot_w / max(len(buckets), 1)
    parts = _open(width, height, title)
    for frac in (0.0, 0.5, 1.0):
        y = top + plot_h * (1 - frac)
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d7de"/>'
        )
        parts.append(
            f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">'
            f"{_fmt(vmax * frac)}</text>"
        )
    for i, bucket in enumerate(buckets):
        y = top + plot_h
        x = left + i * bw
        for si, name in enumerate(names):
            v = series[name][i]
            if v <= 0:
                continue
            h = plot_h * v / vmax
            y -= h
            parts.append(
                f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(bw - 2, 1):.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[si % len(PALETTE)]}"><title>{escape(bucket)} · {escape(name)}: '
                f"{_fmt(v)}</title></rect>"
            )
    step = max(1, len(buckets) // 6)
    for i in range(0, len(buckets), step):
        x = left + i * bw + bw / 2
        parts.append(
            f'<text x="{x:.1f}" y="{top + plot_h + 14}" font-size="10" text-anchor="middle">'
            f"{escape(buckets[i])}</text>"
        )
    parts += _legend(names, left + plot_w + 14, top + 10)
    parts.append("</svg>")
    return "".join(parts)


def bars(values: Mapping[str, float], *, title: str, fmt: str = "{:,.0f}", width: int = 420) -> str:
    """Horizontal bars, one per label (decisions, data classes, cost per deployment)."""
    labels = list(values)
    row, left = 22, 150
    plot_w = width - left - 80
    height = max(row * len(labels) + 12, 30)
    vmax = max(values.values(), default=0.0) or 1.0
    parts = _open(width, height, title)
    if not labels:
        parts.append('<text x="10" y="20" font-size="12">no data in this window</text>')
    for i, label in enumerate(labels):
        y = 6 + i * row
        w = plot_w * values[label] / vmax
        parts.append(
            f'<text x="{left - 6}" y="{y + 13}" font-size="11" text-anchor="end">'
            f"{escape(label[:24])}</text>"
        )
        parts.append(
            f'<rect x="{left}" y="{y}" width="{max(w, 1):.1f}" height="{row - 6}" '
            f'fill="{PALETTE[i % len(PALETTE)]}"/>'
        )
        parts.append(
            f'<text x="{left + w + 4:.1f}" y="{y + 13}" font-size="11">'
            f"{escape(fmt.format(values[label]))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
