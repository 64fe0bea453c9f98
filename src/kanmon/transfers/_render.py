"""The transfer report as CSV (one line per row, the period and proof as ``#`` comment lines
first) and as a self-contained HTML page (print it to PDF)."""

from __future__ import annotations

import csv
import io

import jinja2

from kanmon.transfers._build import TransferReport

COLUMNS = (
    "data_class",
    "provider_jurisdiction",
    "processing_region",
    "provider_entity",
    "deployment",
    "model",
    "approval_id",
    "cross_border",
    "requests",
    "served",
    "prompt_tokens",
    "completion_tokens",
    "first_ts",
    "last_ts",
    "facts_from",
)

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("kanmon.transfers", ""),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def render_csv(report: TransferReport) -> str:
    out = io.StringIO()
    head = report.tree_head or {}
    for line in (
        f"kanmon transfer report {report.since} .. {report.until}",
        f"home: {', '.join(report.home) or '-'}; records: {report.records}",
        f"records_digest: {report.records_digest}; leaves {report.first_leaf}..{report.last_leaf}",
        f"signed tree head: size {head.get('tree_size', '-')} root {head.get('root_hash', '-')}",
        f"verification: {report.verification.get('summary', '')}",
    ):
        out.write(f"# {line}\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in report.rows:
        w.writerow(["" if (v := getattr(r, c)) is None else v for c in COLUMNS])
    return out.getvalue()


def render_html(report: TransferReport) -> str:
    return _ENV.get_template("report.html.j2").render(
        r=report, totals=report.totals(), columns=COLUMNS
    )
