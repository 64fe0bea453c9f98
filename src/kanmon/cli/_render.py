"""Rich renderings shared by commands."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table


def _attempts(attempts: Sequence[dict[str, Any]]) -> str:
    """``http_503 ×2 → ok``: the outcome of each attempt (the deployment that served has its
    own column), consecutive equal outcomes folded into one."""
    runs: list[list[Any]] = []
    for a in attempts:
        label = str(a["status"])
        if runs and runs[-1][0] == label:
            runs[-1][1] += 1
        else:
            runs.append([label, 1])
    return " → ".join(label + (f" ×{n}" if n > 1 else "") for label, n in runs)


COLUMNS = (
    "seq",
    "time",
    "key",
    "endpoint",
    "model",
    "deployment",
    "status",
    "decision",
    "class",
    "approval",
    "attempts",
    "tokens",
    "ms",
)


def audit_table(
    rows: Sequence[dict[str, Any]], title: str | None = None, omit: Collection[str] = ()
) -> Table:
    """One line per record at 160 columns (long endpoints and error codes take two); ``omit``
    leaves out columns (e.g. ``time`` when everything happened within seconds)."""
    t = Table(
        title=title, box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1), collapse_padding=True
    )
    wrap = {"endpoint": 30, "status": 22, "attempts": 16}  # these may take two lines
    columns = [c for c in COLUMNS if c not in omit]
    for name in columns:
        t.add_column(
            name,
            justify="right" if name in ("seq", "tokens", "ms") else "left",
            no_wrap=name not in wrap,
            max_width=wrap.get(name),
            overflow="fold",
        )
    for r in rows:
        cells = {
            "seq": str(r.get("seq", "")),
            "time": str(r["ts"])[11:19],
            "key": r.get("key_name") or r.get("key_id") or "-",
            "endpoint": r["endpoint"],
            "model": r.get("model_requested") or "-",
            "deployment": r.get("deployment") or "-",
            "status": str(r["status"]) + (f" {r['error_code']}" if r.get("error_code") else ""),
            "decision": r.get("decision") or "-",
            "class": r.get("data_class") or "-",
            "approval": r.get("approval_id") or "-",
            "attempts": _attempts(r.get("attempts") or []) or "-",
            "tokens": f"{r.get('prompt_tokens', 0)}/{r.get('completion_tokens', 0)}",
            "ms": f"{r.get('latency_ms', 0):.0f}",
        }
        t.add_row(*(cells[c] for c in columns))
    return t


def wide_console() -> Console:
    """Tables stay readable when stdout is not a terminal (CI logs, pipes), where rich would
    otherwise assume 80 columns."""
    return Console(width=max(160, Console().width))
