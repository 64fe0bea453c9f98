"""Small inline SVG charts for the HTML report: no script, no CDN, no network."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

PALETTE = ("#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563")


def _t(x: float, y: float, text: str, **attrs: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(text)}</text>'


def _legend(names: Sequence[str], x: float, y: float) -> str:
    out = []
    for i, name in enumerate(names):
        c = PALETTE[i % len(PALETTE)]
        yy = y + i * 16
        out.append(f'<rect x="{x:.1f}" y="{yy - 9:.1f}" width="10" height="10" fill="{c}"/>')
        out.append(_t(x + 14, yy, name, font_size="11"))
    return "".join(out)


def grouped_bars(
    categories: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    *,
    ymax: float = 1.0,
    fmt: str = "{:.2f}",
    title: str = "",
) -> str:
    """Vertical bars: one group per category, one bar per series (model)."""
    names = list(series)
    left, top, plot_h, group_w = 96, 24, 180, max(48, 16 * len(names) + 16)
    width = left + group_w * max(len(categories), 1) + 180
    height = top + plot_h + 70
    bar_w = (group_w - 16) / max(len(names), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif">',
        f"<title>{escape(title)}</title>",
    ]
    for frac in (0.0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - frac)
        parts.append(
            f'<line x1="{left}" x2="{width - 180}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        parts.append(
            _t(left - 4, y + 4, fmt.format(ymax * frac), font_size="10", text_anchor="end")
        )
    for gi, cat in enumerate(categories):
        gx = left + gi * group_w + 8
        for si, name in enumerate(names):
            v = series[name][gi]
            if v is None:
                continue
            h = plot_h * min(max(v / ymax if ymax else 0.0, 0.0), 1.0)
            x = gx + si * bar_w
            c = PALETTE[si % len(PALETTE)]
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 2:.1f}" '
                f'height="{h:.1f}" fill="{c}"><title>{escape(name)} · {escape(cat)}: '
                f"{escape(fmt.format(v))}</title></rect>"
            )
        cx = gx + (group_w - 16) / 2
        parts.append(
            _t(
                cx,
                top + plot_h + 14,
                cat,
                font_size="10",
                text_anchor="end",
                transform=f"rotate(-30 {cx:.1f} {top + plot_h + 14:.1f})",
            )
        )
    parts.append(_legend(names, width - 170, top + 10))
    parts.append("</svg>")
    return "".join(parts)


def hbars(values: Mapping[str, float], *, fmt: str = "{:.4f}", title: str = "") -> str:
    """Horizontal bars, one per label."""
    labels = list(values)
    vmax = max(values.values(), default=0.0) or 1.0
    row, left, plot_w = 22, 180, 320
    height = row * len(labels) + 20
    width = left + plot_w + 90
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif">',
        f"<title>{escape(title)}</title>",
    ]
    for i, label in enumerate(labels):
        y = 10 + i * row
        w = plot_w * values[label] / vmax
        c = PALETTE[i % len(PALETTE)]
        parts.append(_t(left - 6, y + 13, label, font_size="11", text_anchor="end"))
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{row - 6}" fill="{c}"/>')
        parts.append(_t(left + w + 4, y + 13, fmt.format(values[label]), font_size="11"))
    parts.append("</svg>")
    return "".join(parts)


def _q(sorted_vals: Sequence[float], q: float) -> float:
    k = (len(sorted_vals) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * (k - lo)


def boxplot(samples: Mapping[str, Sequence[float]], *, unit: str = "ms", title: str = "") -> str:
    """Horizontal box plots (p5, p25, median, p75, p95) with the individual points."""
    labels = [k for k, v in samples.items() if v]
    vmax = max((max(samples[k]) for k in labels), default=1.0) or 1.0
    row, left, plot_w = 34, 180, 360
    height = row * len(labels) + 36
    width = left + plot_w + 40
    sx = plot_w / vmax
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif">',
        f"<title>{escape(title)}</title>",
    ]
    for i, label in enumerate(labels):
        vals = sorted(samples[label])
        y = 10 + i * row
        mid = y + 12
        c = PALETTE[i % len(PALETTE)]
        p5, p25, p50, p75, p95 = (_q(vals, q) for q in (0.05, 0.25, 0.5, 0.75, 0.95))
        parts.append(_t(left - 6, mid + 4, label, font_size="11", text_anchor="end"))
        parts.append(
            f'<line x1="{left + p5 * sx:.1f}" x2="{left + p95 * sx:.1f}" y1="{mid}" y2="{mid}" '
            f'stroke="{c}"/>'
        )
        parts.append(
            f'<rect x="{left + p25 * sx:.1f}" y="{y + 4}" width="{max((p75 - p25) * sx, 1):.1f}" '
            f'height="16" fill="{c}" fill-opacity="0.3" stroke="{c}"><title>{escape(label)}: '
            f"p50 {p50:.1f} {unit}, p95 {p95:.1f} {unit}</title></rect>"
        )
        parts.append(
            f'<line x1="{left + p50 * sx:.1f}" x2="{left + p50 * sx:.1f}" y1="{y + 4}" '
            f'y2="{y + 20}" stroke="{c}" stroke-width="2"/>'
        )
        for v in vals[:: max(1, len(vals) // 200)]:
            parts.append(
                f'<circle cx="{left + v * sx:.1f}" cy="{mid}" r="1.5" fill="{c}" '
                'fill-opacity="0.5"/>'
            )
    axis_y = 10 + len(labels) * row + 4
    parts.append(
        f'<line x1="{left}" x2="{left + plot_w}" y1="{axis_y}" y2="{axis_y}" stroke="#999"/>'
    )
    for frac in (0.0, 0.5, 1.0):
        x = left + plot_w * frac
        parts.append(
            _t(x, axis_y + 14, f"{vmax * frac:.0f} {unit}", font_size="10", text_anchor="middle")
        )
    parts.append("</svg>")
    return "".join(parts)
