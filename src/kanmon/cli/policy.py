"""``kanmon policy``: check a policy file and explain its decision for a sample request."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kanmon.cli._common import ConfigOption, config_from

app = typer.Typer(help="Check the policy file and explain decisions without sending anything.")


@app.command("check")
def check(
    file: Path | None = typer.Argument(None, help="Policy YAML (default: policy.file of config)."),
    config: Path | None = ConfigOption,
) -> None:
    """Validate a policy file and print its content-hash version."""
    from kanmon.policy import load_policy

    path = file
    catalog = None
    if path is None:
        cfg, cfg_path = config_from(config)
        from kanmon.catalog import load_configured as load_catalog_for

        if cfg.policy.file is None:
            raise typer.BadParameter("no policy file given and none in the config (policy.file)")
        path = cfg.resolve(cfg.policy.file)
        catalog = load_catalog_for(cfg, cfg_path)
    p = load_policy(path, catalog=catalog, hash_key=b"check")
    typer.echo(f"{path}: ok, version {p.version}, {len(p.doc.rules)} rules")
    typer.echo(f"  data classes: {' < '.join(p.doc.data_classes)}")
    typer.echo(f"  scanners: {', '.join(p.doc.scanners)}")
    if p.content_modes:
        typer.echo(f"  audit content modes: {', '.join(sorted(p.content_modes))}")


@app.command("test")
def test(
    model: str = typer.Option(..., "--model", "-m", help="Route or model name."),
    message: list[str] = typer.Option(
        [], "--message", help="A user message (repeatable); or use --request."
    ),
    tool: list[str] = typer.Option([], "--tool", help="A tool result message (repeatable)."),
    request: Path | None = typer.Option(None, "--request", help="A chat request JSON file."),
    team: str = typer.Option("default", help="Caller team."),
    role: list[str] = typer.Option(["app"], "--role", help="Caller role (repeatable)."),
    use_case: str | None = typer.Option(None, help="Caller use case."),
    key_data_class: str | None = typer.Option(None, help="The key's data-class floor."),
    data_class: str | None = typer.Option(None, help="Declared data class (the header)."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    config: Path | None = ConfigOption,
) -> None:
    """Explain what policy decides for a sample request, without sending it."""
    from kanmon.catalog import load_configured as load_catalog_for
    from kanmon.core.principal import Principal
    from kanmon.policy import explain
    from kanmon.policy import load_configured as load_policy_for
    from kanmon.routing import resolve_routes

    cfg, cfg_path = config_from(config)
    catalog = load_catalog_for(cfg, cfg_path)
    policy = load_policy_for(cfg, catalog)
    if policy is None:
        raise typer.BadParameter("the config has no policy file (policy.file): scanning is off")
    routes = resolve_routes(cfg, catalog, str(cfg_path))
    if model in routes:
        candidates = routes[model]
    elif model in catalog.deployments:
        candidates = [catalog.deployments[model]]
    else:
        raise typer.BadParameter(f"unknown route or deployment {model!r}")
    if request is not None:
        body = json.loads(request.read_text(encoding="utf-8"))
        body["model"] = model
    else:
        msgs = [{"role": "user", "content": m} for m in message]
        msgs += [
            {"role": "tool", "tool_call_id": f"t{i}", "content": t} for i, t in enumerate(tool)
        ]
        if not msgs:
            raise typer.BadParameter("give --message, --tool or --request")
        body = {"model": model, "messages": msgs}
    principal = Principal(
        key_id="policy-test",
        name="policy test",
        team=team,
        roles=frozenset(role),  # type: ignore[arg-type]
        use_case=use_case,
        data_class=key_data_class,
    )
    out = explain(
        policy, body, principal=principal, candidates=candidates, declared_class=data_class
    )
    if json_out:
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    typer.echo(f"policy {out['policy_version']}")
    typer.echo(f"data class: {out['data_class']}")
    for f in out["findings"]:
        typer.echo(
            f"  finding {f['entity']} at {f['location']}[{f['span'][0]}:{f['span'][1]}]"
            f" confidence {f['confidence']}"
        )
    inj = out["injection"]
    if inj["evidence"] or inj["score"]:
        typer.echo(
            f"injection score {inj['score']} (threshold {inj['threshold']}) {inj['by_source']}"
        )
        parts = ", ".join(f"{k} {v}" for k, v in inj["contributions"].items())
        typer.echo(f"  layers (probability each): {parts}")
        for source, found in inj["by_source_layer"].items():
            typer.echo(f"  {source}: found by {', '.join(sorted(found))}")
        for e in inj["evidence"]:
            typer.echo(f"  signal {e['signal']} at {e['location']}[{e['span'][0]}:{e['span'][1]}]")
    typer.echo(f"decision: {out['decision']}")
    for r in out["reasons"]:
        typer.echo(f"  because {r}")
    typer.echo(
        f"deployments: {', '.join(out['candidates_before'])} -> "
        f"{', '.join(out['candidates_after']) or 'none'}"
    )
    typer.echo(f"outcome: {out['outcome']}")
    typer.echo(f"audit keeps: {out['audit_content'] or 'audit.content of kanmon.yaml'}")
    if out["forwarded_body"] is not None and out["decision"] == "redact":
        for m in out["forwarded_body"].get("messages", []):
            typer.echo(f"  would send [{m.get('role')}]: {m.get('content')}")
