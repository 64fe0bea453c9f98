"""The total-cost-of-ownership page: the cost table and a break-even chart (monthly cost
against monthly requests for each API deployment and the self-hosted staircase, break-even
points marked), as one self-contained HTML file — inline SVG, no script, no network."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from kanmon.core.catalog import Deployment
from kanmon.evals._svg import PALETTE
from kanmon.evals._tco import (
    CostLine,
    SelfHosted,
    Workload,
    api_cost,
    breakeven_requests,
    capacity,
    self_hosted_cost,
)

_W, _H, _L, _B, _T, _R = 760, 380, 80, 50, 20, 200


def breakeven_chart(
    deps: Sequence[Deployment],
    w: Workload,
    sh: SelfHosted | None,
    *,
    api_fixed_monthly: float = 0.0,
    points: int = 240,
) -> str:
    """SVG: USD/month against requests/month, from 0 to past the last break-even (or to the
    workload's volume × 2)."""
    marks = {}
    if sh is not None:
        for d in deps:
            be = breakeven_requests(d, sh, w, api_fixed_monthly)
            if be is not None:
                marks[d.id] = be
    xmax = max([w.requests_per_month * 2, *(m * 1.5 for m in marks.values())])
    if sh is not None:
        xmax = min(xmax, capacity(sh, w) * 100)
    xs = [xmax * i / points for i in range(1, points + 1)]
    series: dict[str, list[float]] = {  # a USD axis: a price with no rate has no line on it
        d.id: [api_cost(d, w.scaled(x), api_fixed_monthly).monthly_usd for x in xs]
        for d in deps
        if d.price is not None and d.price.usd_known
    }
    if sh is not None:
        series["self-hosted"] = [self_hosted_cost(sh, w.scaled(x)).monthly_usd for x in xs]
    ymax = max((max(v) for v in series.values()), default=1.0) or 1.0
    pw, ph = _W - _L - _R, _H - _T - _B

    def px(x: float) -> float:
        return _L + pw * x / xmax

    def py(y: float) -> float:
        return _T + ph * (1 - y / ymax)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_W}" height="{_H}" '
        f'viewBox="0 0 {_W} {_H}" role="img" font-family="sans-serif" font-size="11">',
        "<title>Monthly cost against monthly requests</title>",
        f'<line x1="{_L}" y1="{_T + ph}" x2="{_L + pw}" y2="{_T + ph}" stroke="#333"/>',
        f'<line x1="{_L}" y1="{_T}" x2="{_L}" y2="{_T + ph}" stroke="#333"/>',
    ]
    for i in range(5):
        x, y = xmax * i / 4, ymax * i / 4
        out.append(f'<text x="{px(x):.1f}" y="{_T + ph + 16}" text-anchor="middle">{x:,.0f}</text>')
        out.append(f'<text x="{_L - 6}" y="{py(y) + 4:.1f}" text-anchor="end">{y:,.0f}</text>')
    out.append(
        f'<text x="{_L + pw / 2}" y="{_H - 8}" text-anchor="middle">requests per month</text>'
    )
    out.append(f'<text x="12" y="{_T + 8}">USD / month</text>')
    for i, (name, ys) in enumerate(series.items()):
        color = "#111" if name == "self-hosted" else PALETTE[i % len(PALETTE)]
        dash = ' stroke-dasharray="5,3"' if name == "self-hosted" else ""
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, ys, strict=True))
        out.append(
            f'<polyline fill="none" stroke="{color}" stroke-width="2"{dash} points="{path}"/>'
        )
        ly = _T + 14 + i * 16
        out.append(
            f'<line x1="{_L + pw + 12}" y1="{ly - 4}" x2="{_L + pw + 30}" y2="{ly - 4}" '
            f'stroke="{color}" stroke-width="2"{dash}/>'
        )
        out.append(f'<text x="{_L + pw + 34}" y="{ly}">{escape(name)}</text>')
    for name, be in marks.items():
        if be <= xmax:
            x = px(be)
            out.append(
                f'<line x1="{x:.1f}" y1="{_T}" x2="{x:.1f}" y2="{_T + ph}" stroke="#999" '
                'stroke-dasharray="2,2"/>'
            )
            out.append(
                f'<text x="{x + 3:.1f}" y="{_T + 12}" fill="#555">break-even {escape(name)}: '
                f"{be:,.0f}</text>"
            )
    out.append("</svg>")
    return "".join(out)


def cost_report_html(
    lines: Sequence[CostLine],
    deps: Sequence[Deployment],
    w: Workload,
    sh: SelfHosted | None,
    *,
    api_fixed_monthly: float = 0.0,
) -> str:
    rows = "".join(
        f"<tr><td>{escape(c.name)}</td><td>{c.kind}</td>"
        f"<td class=n>{escape(c.amount(c.monthly_usd))}</td>"
        f"<td class=n>{escape(c.amount(c.per_1k_requests_usd, 4))}</td>"
        f"<td>{escape(c.detail)}</td></tr>"
        for c in lines
    )
    breakevens = ""
    if sh is not None:
        items = []
        for d in deps:
            be = breakeven_requests(d, sh, w, api_fixed_monthly)
            items.append(
                f"<li>{escape(d.id)}: "
                + (f"self-hosting is cheaper from {be:,.0f} requests/month" if be else "never")
                + "</li>"
            )
        breakevens = "<h2>Break-even</h2><ul>" + "".join(items) + "</ul>"
    chart = breakeven_chart(deps, w, sh, api_fixed_monthly=api_fixed_monthly)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kanmon cost comparison</title>
<style>body{{font:10.5pt/1.45 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem}}
table{{border-collapse:collapse;width:100%}}th,td{{text-align:left;padding:.25rem .4rem;
border-bottom:1px solid #ddd;vertical-align:top}}td.n{{text-align:right}}</style></head><body>
<h1>Total cost of ownership</h1>
<p>{w.requests_per_month:,.0f} requests/month, {w.prompt_tokens:.0f} input and
{w.completion_tokens:.0f} output tokens each; {w.cached_share:.0%} of input cached,
{w.off_peak_share:.0%} of requests off-peak. Catalog list prices; prices change — check the
dates.</p>
<table><tr><th>Deployment</th><th>Kind</th><th>USD / month</th><th>USD / 1k requests</th>
<th>Basis</th></tr>{rows}</table>
<h2>Monthly cost by volume</h2>
{chart}
{breakevens}
</body></html>
"""
