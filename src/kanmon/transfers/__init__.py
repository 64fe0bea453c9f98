"""The cross-border transfer report: which data classes went to which jurisdictions, regions
and provider entities, how many requests and tokens, under which approvals — built from the
audit log and checked against its signed tree heads, as JSON, CSV or HTML."""

from kanmon.transfers._build import (
    REPORT_FORMAT,
    TransferReport,
    TransferRow,
    build_report,
    check_report,
)
from kanmon.transfers._render import render_csv, render_html

__all__ = [
    "REPORT_FORMAT",
    "TransferReport",
    "TransferRow",
    "build_report",
    "check_report",
    "render_csv",
    "render_html",
]
