"""Rich renderings shared by commands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table


def audit_table(rows: Sequence[dict[str, Any]], title: str | None = None) -> Table:
    t = Table(
        "seq",
        "time",
        "key",
        "endpoint",
        "model",
        "deployment",
        "status",
        "attempts",
        "tokens",
        "ms",
        title=title,
    )
    for r in rows:
        attempts = " → ".join(f"{a['deployment']}:{a['status']}" for a in r.get("attempts", []))
        t.add_row(
            str(r.get("seq", "")),
            str(r["ts"])[11:19],
            r.get("key_id") or "-",
            r["endpoint"],
            r.get("model_requested") or "-",
            r.get("deployment") or "-",
            str(r["status"]) + (f" {r['error_code']}" if r.get("error_code") else ""),
            attempts or "-",
            f"{r.get('prompt_tokens', 0)}/{r.get('completion_tokens', 0)}",
            f"{r.get('latency_ms', 0):.1f}",
        )
    return t


def wide_console() -> Console:
    """Tables stay readable when stdout is not a terminal (CI logs, pipes), where rich would
    otherwise assume 80 columns."""
    return Console(width=max(160, Console().width))
