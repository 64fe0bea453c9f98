"""``kanmon demo``: the end-to-end tour on embedded defaults, against the local simulator.

Starts the simulated upstream (labelled as such) and the gateway with the demo's policy, creates
keys, and tells the closed loop through the official ``openai`` SDK: routing, a fallback,
streaming, reasoning, async, an error (``_demo_tour``); reroute, block, redaction mid-stream and
human review (``_demo_policy``); governance enforced, evidence from an eval run, assessment and
approval (``_demo_governance``); then the audit log. Configuration: ``_demo_config``.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path
from typing import Any

import typer
import yaml
from rich.panel import Panel

KEYS = {  # name → key settings; the name is how the demo's steps refer to the key
    "app": {"team": "platform", "roles": ["app"]},
    "auditor": {"team": "risk", "roles": ["auditor"]},
    "reviewer": {"team": "compliance", "roles": ["reviewer"]},
    "assessor": {"team": "platform", "roles": ["assessor"]},
    "approver": {"team": "risk", "roles": ["approver"]},
}


def _story(record: dict[str, Any]) -> bool:
    """The records the demo's audit table shows: its own requests, reviews, governance events
    and refused admin calls (an admin call's own record repeats the governance event)."""
    if record.get("use_case") == "evaluation":
        return False
    return not (str(record["endpoint"]).startswith("admin.") and int(record["status"]) < 400)


def _serve_console(con: Any, url: str, keys: dict[str, str]) -> None:
    """Keep the gateway serving until Ctrl-C, with the keys to sign in to its console."""
    import time

    con.print(
        Panel(f"Operator console: [bold]{url}[/]\nSign in with one of these keys:", style="green")
    )
    for name in ("auditor", "reviewer", "assessor", "approver", "admin (bootstrap)"):
        con.print(f"  {name:18} {keys[name]}")
    con.print("Serving until Ctrl-C.")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        con.print("stopping")


def demo(
    workdir: Path | None = typer.Option(None, "--dir", help="Keep files here (default: temp)."),
    keep: bool = typer.Option(
        False, "--keep", help="Keep serving at the end: browse it all in the operator console."
    ),
    port: int = typer.Option(0, "--port", help="Port of the kept gateway (0: any free one)."),
) -> None:
    """Run the end-to-end tour against the local simulator (no network, no real model)."""
    try:
        import openai
    except ImportError:
        from kanmon.errors import ConfigError

        raise ConfigError("the demo needs the openai SDK: pip install 'kanmon[demo]'") from None
    from kanmon.cli._demo_common import Demo
    from kanmon.cli._demo_config import (
        GOVERNED_ROUTE,
        GOVERNED_USE_CASE,
        POLICY,
        SIM_LABEL,
        kanmon_config,
        simulator_config,
    )
    from kanmon.cli._demo_governance import governance
    from kanmon.cli._demo_policy import policy
    from kanmon.cli._demo_tour import tour
    from kanmon.cli._render import audit_table, wide_console
    from kanmon.config import load_config
    from kanmon.gateway import GatewayThread
    from kanmon.simulator import SimulatorThread
    from kanmon.wiring import build_services

    # Wide enough for the audit table even when stdout is not a terminal (CI logs, pipes).
    con = wide_console()
    base = workdir or Path(tempfile.mkdtemp(prefix="kanmon-demo-"))
    base.mkdir(parents=True, exist_ok=True)
    if (base / "kanmon.db").exists():
        from kanmon.errors import ConfigError

        raise ConfigError(f"{base / 'kanmon.db'}: exists; the demo starts from an empty store")
    os.environ["KANMON_ADMIN_KEY"] = admin_key = "km-bootstrap-" + secrets.token_urlsafe(24)
    os.environ.setdefault("KANMON_HASH_KEY", secrets.token_hex(32))  # the keyed-hash operator
    cfg_path, db_path, policy_path = base / "kanmon.yaml", base / "kanmon.db", base / "policy.yaml"
    policy_path.write_text(yaml.safe_dump(POLICY, sort_keys=False))

    def gateway(sim_url: str, *, enforce: bool, port: int = 0) -> GatewayThread:
        doc = kanmon_config(sim_url, db_path, policy_path, enforce=enforce)
        cfg_path.write_text(yaml.safe_dump(doc, sort_keys=False))
        return GatewayThread(build_services(load_config(cfg_path), cfg_path), port=port)

    with SimulatorThread(simulator_config()) as sim:
        con.print(Panel(f"{SIM_LABEL}\n{sim.base_url}", style="bold yellow"))
        with gateway(sim.base_url, enforce=False) as gw:
            con.print(f"[bold]Kanmon gateway[/] on {gw.base_url}  (config {cfg_path})")
            d = Demo(con, gw.root_url, gw.base_url, {"admin": admin_key})
            created = []
            for name, settings in {
                **KEYS,
                "support": {
                    "team": GOVERNED_ROUTE,
                    "roles": ["app"],
                    "use_case": GOVERNED_USE_CASE,
                },
            }.items():
                k = d.ok("admin", "/admin/keys", {"name": name, **settings})
                d.keys[name] = k["key"]
                created.append(f"{name} {k['id']}")
            con.print(f"created keys: {', '.join(created)}")
            client = openai.OpenAI(base_url=gw.base_url, api_key=d.keys["app"], max_retries=0)
            tour(d, client)
            policy(d, client)

        # the operator switches enforcement on: same store, same keys, new gateway process state
        with gateway(sim.base_url, enforce=True, port=port) as gw:
            d = Demo(con, gw.root_url, gw.base_url, d.keys)
            governance(d, cfg_path)

            d.step("18. the audit log (read with the auditor key)")
            rows = list(reversed(d.ok("auditor", "/admin/audit?limit=500")["data"]))
            shown = [r for r in rows if _story(r)]
            con.print(audit_table(shown, omit=("time",)))
            evals = sum(1 for r in rows if r.get("use_case") == "evaluation")
            con.print(
                f"{len(rows)} records in {db_path}; not shown: {evals} evaluation requests and "
                f"{len(rows) - len(shown) - evals} successful admin API calls "
                "(kanmon audit list shows them all)"
            )
            console = f"{gw.root_url}/console/"
            if keep:
                _serve_console(con, console, {"admin (bootstrap)": admin_key, **d.keys})
            else:
                con.print(f"operator console: {console} (run with --keep to browse it)")
        for name, st in sorted(sim.stats().get("models", {}).items()):
            con.print(
                f"simulator: {name}: {st['requests']} requests, {st['faults']} faults injected"
            )
    con.print("[bold green]demo finished[/]")
