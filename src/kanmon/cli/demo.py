"""``kanmon demo``: the end-to-end tour on embedded defaults, against the local simulator.

Starts the simulated upstream (labelled as such) and the gateway, creates keys, sends requests
through the official ``openai`` SDK, shows routing, a fallback, an error and the audit records.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import typer
import yaml
from rich.panel import Panel

SIM_LABEL = "SIMULATED UPSTREAM: Kanmon's local simulator, not a real model"


def _config(sim_url: str, store: Path) -> dict[str, Any]:
    common = {
        "model": "kanmon-sim",
        "provider": "Kanmon simulator (local, not a real model)",
        "provider_entity": "local process",
        "provider_jurisdiction": "ZZ",
        "processing_region": "LOCAL",
        "api": "openai_compatible",
        "base_url": sim_url,
        "simulated": True,
        "price": {"input_per_mtok": 0.15, "output_per_mtok": 0.6, "as_of": "2026-11-01"},
        "timeout_s": 5,
    }
    return {
        "store": {"url": f"sqlite:///{store}"},
        "deployments": [
            {**common, "id": "sim-primary", "model_alias": "sim-flaky", "max_retries": 1},
            {**common, "id": "sim-backup", "model_alias": "sim-model"},
            {**common, "id": "sim-thinker", "model_alias": "sim-thinker"},
        ],
        "routes": {
            "gpt-4o-mini": {"deployments": ["sim-primary", "sim-backup"]},
            "team-chat": {"deployments": ["sim-backup"]},
            "reasoner": {"deployments": ["sim-thinker"]},
        },
    }


def _admin(root: str, path: str, key: str, body: dict[str, Any] | None = None) -> Any:
    req = urllib.request.Request(
        root + path,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
        method="POST" if body is not None else "GET",
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def demo(
    workdir: Path | None = typer.Option(None, "--dir", help="Keep files here (default: temp)."),
) -> None:
    """Run the end-to-end tour against the local simulator (no network, no real model)."""
    try:
        import openai
    except ImportError:
        from kanmon.errors import ConfigError

        raise ConfigError("the demo needs the openai SDK: pip install 'kanmon[demo]'") from None
    from kanmon.cli._render import audit_table, wide_console
    from kanmon.config import load_config
    from kanmon.gateway import GatewayThread, build_services
    from kanmon.simulator import Fault, ModelBehaviour, ReplyRule, SimulatorConfig, SimulatorThread

    # Wide enough for the audit table even when stdout is not a terminal (CI logs, pipes).
    con = wide_console()
    base = workdir or Path(tempfile.mkdtemp(prefix="kanmon-demo-"))
    base.mkdir(parents=True, exist_ok=True)
    sim_cfg = SimulatorConfig(
        models={
            "sim-model": ModelBehaviour(
                chunk_delay_ms=40,
                chunk_chars=12,
                replies=(
                    ReplyRule(
                        match="(?i)capital of korea",
                        reply="Seoul is the capital of the Republic of Korea.",
                    ),
                ),
            ),
            "sim-flaky": ModelBehaviour(fault=Fault.HTTP_503),
            "sim-thinker": ModelBehaviour(reasoning="think_tags", default_reply="42."),
        }
    )
    admin_key = "km-bootstrap-" + secrets.token_urlsafe(24)
    os.environ["KANMON_ADMIN_KEY"] = admin_key
    with SimulatorThread(sim_cfg) as sim:
        con.print(Panel(f"{SIM_LABEL}\n{sim.base_url}", style="bold yellow"))
        cfg_path = base / "kanmon.yaml"
        cfg_path.write_text(yaml.safe_dump(_config(sim.base_url, base / "kanmon.db")))
        services = build_services(load_config(cfg_path), cfg_path)
        with GatewayThread(services) as gw:
            con.print(f"[bold]Kanmon gateway[/] on {gw.base_url}  (config {cfg_path})")
            app = _admin(
                gw.root_url,
                "/admin/keys",
                admin_key,
                {"name": "demo-app", "team": "platform", "roles": ["app"]},
            )
            auditor = _admin(
                gw.root_url,
                "/admin/keys",
                admin_key,
                {"name": "demo-auditor", "team": "risk", "roles": ["auditor"]},
            )
            con.print(f"created app key {app['id']} and auditor key {auditor['id']}\n")
            client = openai.OpenAI(base_url=gw.base_url, api_key=app["key"], max_retries=0)

            con.rule("1. models this key may use (GET /v1/models)")
            for m in client.models.list().data:
                deps = [d["id"] for d in (m.model_extra or {})["kanmon"]["deployments"]]
                con.print(f"  {m.id:12} → {' → '.join(deps)}")

            con.rule("2. a chat completion, routed")
            raw = client.chat.completions.with_raw_response.create(
                model="team-chat",
                messages=[{"role": "user", "content": "What is the capital of Korea?"}],
            )
            resp = raw.parse()
            con.print(f"  answer: {resp.choices[0].message.content}")
            con.print(f"  served by deployment: {raw.headers['x-kanmon-deployment']}")

            con.rule("3. fallback: sim-primary answers 503, the gateway retries then falls back")
            raw = client.chat.completions.with_raw_response.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": "Hello"}]
            )
            con.print(
                f"  served by {raw.headers['x-kanmon-deployment']} after "
                f"{raw.headers.get('x-kanmon-fallbacks', '0')} fallback(s): "
                f"{raw.parse().choices[0].message.content}"
            )

            con.rule("4. streaming (SSE, relayed incrementally)")
            t0 = time.perf_counter()
            stream = client.chat.completions.create(
                model="team-chat",
                messages=[{"role": "user", "content": "What is the capital of Korea?"}],
                stream=True,
                stream_options={"include_usage": True},
            )
            first = None
            con.print("  ", end="")
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    first = first or time.perf_counter() - t0
                    con.print(chunk.choices[0].delta.content, end="")
                if chunk.usage:
                    usage = chunk.usage
            total = time.perf_counter() - t0
            con.print(
                f"\n  first token after {first or 0:.3f} s, stream done after {total:.3f} s; "
                f"usage {usage.prompt_tokens}+{usage.completion_tokens} tokens"
            )

            con.rule("5. reasoning normalised: <think> tags become reasoning_content")
            r = client.chat.completions.create(
                model="reasoner", messages=[{"role": "user", "content": "What is 6 x 7?"}]
            )
            extra = r.choices[0].message.model_extra or {}
            con.print(f"  reasoning_content: {str(extra.get('reasoning_content'))[:70]!r}")
            con.print(f"  content:           {r.choices[0].message.content!r}")

            con.rule("6. async SDK: 5 concurrent requests")

            async def burst() -> list[str]:
                aclient = openai.AsyncOpenAI(base_url=gw.base_url, api_key=app["key"])
                async with aclient:
                    rs = await asyncio.gather(
                        *[
                            aclient.chat.completions.create(
                                model="team-chat",
                                messages=[{"role": "user", "content": f"request {i}"}],
                            )
                            for i in range(5)
                        ]
                    )
                return [x.choices[0].message.content or "" for x in rs]

            for answer in asyncio.run(burst()):
                con.print(f"  {answer[:60]}")

            con.rule("7. a clean OpenAI-style error")
            try:
                client.chat.completions.create(
                    model="no-such-model", messages=[{"role": "user", "content": "hi"}]
                )
            except openai.NotFoundError as e:
                con.print(f"  404 {e.body}")

            con.rule("8. the audit log (read with the auditor key)")
            rows = _admin(gw.root_url, "/admin/audit?limit=20", auditor["key"])["data"]
            con.print(audit_table(list(reversed(rows))))
            con.print(f"\n{len(rows)} records in {base / 'kanmon.db'}")
            for name, st in sorted(sim.stats().get("models", {}).items()):
                con.print(
                    f"simulator: {name}: {st['requests']} requests, {st['faults']} faults injected"
                )
    con.print("[bold green]demo finished[/]")
