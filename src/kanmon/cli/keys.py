"""``kanmon keys``: create, list and revoke virtual API keys directly in the store."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kanmon.cli._common import ConfigOption, config_from

app = typer.Typer(help="Manage virtual API keys (stored hashed; a secret is shown once).")


def _store(config: Path | None):  # type: ignore[no-untyped-def]
    from kanmon.store import Database, KeyStore, migrate

    cfg, _ = config_from(config)
    db = Database(cfg.store_url())
    migrate(db)
    return KeyStore(db)


@app.command("create")
def create(
    name: str = typer.Option(..., help="Who or what uses the key, e.g. 'billing-service'."),
    team: str = typer.Option(..., help="Owning team."),
    role: list[str] = typer.Option(
        ["app"], "--role", "-r", help="app, admin, auditor, reviewer, assessor, approver"
    ),
    use_case: str | None = typer.Option(None, help="Approved use case this key serves."),
    model: list[str] = typer.Option([], "--model", "-m", help="Restrict to these model names."),
    rpm: int | None = typer.Option(None, help="Requests per minute limit."),
    data_class: str | None = typer.Option(
        None, help="Lowest data class of this caller's requests, e.g. confidential."
    ),
    budget_usd: float | None = typer.Option(None, help="Spend budget in USD per period."),
    budget_tokens: int | None = typer.Option(None, help="Token budget per period."),
    budget_period: int | None = typer.Option(None, help="Budget period in seconds (86400: a day)."),
    owner: str | None = typer.Option(
        None, help="Who the key belongs to (e.g. alice@corp); one owner's keys count as one person."
    ),
    territory: list[str] = typer.Option(
        [],
        "--territory",
        "-t",
        help="Where the key's callers are (ISO 3166-1 codes or EU; repeat or comma-separate); "
        "a licence excluding one of them refuses the key's requests.",
    ),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    config: Path | None = ConfigOption,
) -> None:
    """Create a key and print its secret (shown only this once)."""
    if data_class is not None:  # one ladder: the policy file's, else governance.data_classes
        from kanmon.governance import known_classes
        from kanmon.governance import settings_for as governance_settings_for

        cfg, path = config_from(config)
        ladder = governance_settings_for(cfg, path).data_classes
        known_classes([data_class], ladder, where="--data-class")
    secret, info = _store(config).create(
        name=name,
        team=team,
        roles=role,
        use_case=use_case,
        models=model,
        rpm_limit=rpm,
        data_class=data_class,
        budget_usd=budget_usd,
        budget_tokens=budget_tokens,
        budget_period_s=budget_period,
        owner=owner,
        territory=territory,
    )
    if json_out:
        typer.echo(json.dumps({"id": info.id, "key": secret, "roles": list(info.roles)}))
    else:
        typer.echo(f"created key {info.id} ({', '.join(info.roles)}) for {info.name}/{info.team}")
        typer.echo(secret)


@app.command("list")
def list_keys(
    all_keys: bool = typer.Option(False, "--all", help="Include revoked keys."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    config: Path | None = ConfigOption,
) -> None:
    """List keys (never their secrets)."""
    infos = _store(config).list(include_revoked=all_keys)
    if json_out:
        typer.echo(json.dumps([i.to_json() for i in infos], indent=2))
        return
    from rich.table import Table

    from kanmon.cli._render import wide_console

    t = Table(
        "id", "name", "team", "roles", "use case", "models", "rpm", "budget", "created", "status"
    )
    for i in infos:
        t.add_row(
            i.id,
            i.name,
            i.team,
            ",".join(i.roles),
            i.use_case or "",
            ",".join(i.models) or "(all)",
            str(i.rpm_limit or ""),
            _budget(i.budget_usd, i.budget_tokens, i.budget_period_s),
            i.created_at.strftime("%Y-%m-%d %H:%M"),
            "active" if i.active else "revoked",
        )
    wide_console().print(t)


def _budget(usd: float | None, tokens: int | None, period: int | None) -> str:
    parts = ([f"${usd:g}"] if usd is not None else []) + ([f"{tokens} tok"] if tokens else [])
    return f"{' + '.join(parts)} / {period} s" if parts else ""


@app.command("revoke")
def revoke(key_id: str, config: Path | None = ConfigOption) -> None:
    """Revoke a key (running gateways on the store stop accepting it within
    gateway.sync_interval_s, at worst keys.cache_ttl_s)."""
    from kanmon.store import WorkerBoard

    store = _store(config)
    info = store.revoke(key_id)
    WorkerBoard(store.db).signal("keys", "kanmon keys revoke")
    typer.echo(f"revoked key {info.id} ({info.name}/{info.team})")
