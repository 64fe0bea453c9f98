"""``kanmon catalog keygen|sign|diff|update``: signed offline catalog bundles — make one, see
what it would change (and which approvals it would suspend), install it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kanmon.cli._common import ConfigOption, atomic_write

if TYPE_CHECKING:
    from kanmon.catalog import Bundle, Catalog
    from kanmon.governance import CatalogChange, Governance

_PUBLIC_KEY_HELP = "Ed25519 public key (PEM) to verify with (default: catalog.bundle_keys)."


def _read(bundle: Path, config: Path | None, public_key: Path | None) -> tuple[Bundle, Governance]:
    from kanmon.catalog import load_public_keys, read_bundle
    from kanmon.cli._common import config_from
    from kanmon.cli.assess import service

    cfg, _ = config_from(config)
    keys = [public_key] if public_key else [cfg.resolve(k) for k in cfg.catalog.bundle_keys]
    return read_bundle(bundle, load_public_keys(keys)), service(config)


def _signal_catalog(store_url: str, actor: str) -> None:
    """Tell running gateways on the store to load the catalog again (they follow without
    recording it a second time; this command recorded it)."""
    from kanmon.store import Database, WorkerBoard

    db = Database(store_url)
    try:
        WorkerBoard(db).signal("catalog", actor)
    finally:
        db.close()


def _catalog_with(config: Path | None, bundle: Bundle) -> Catalog:
    from kanmon.catalog import load_configured
    from kanmon.cli._common import config_from

    cfg, path = config_from(config)
    return load_configured(cfg, path, bundle=bundle)


def _show(change: CatalogChange, as_json: bool, verb: str) -> None:
    if as_json:
        typer.echo(json.dumps(change.to_json(), indent=2))
        return
    if change.unchanged:
        typer.echo("no change: the bundle holds what the catalog already says")
        return
    typer.echo(f"catalog {change.old_hash[:16]} -> {change.new_hash[:16]}")
    for c in change.changes:
        typer.echo(f"  {c.describe()}")
    if not change.suspended:
        typer.echo(f"no active approval {verb} suspended")
    for ap, why in change.suspended:
        typer.echo(f"  {verb} suspend {ap.id} ({ap.deployment} × {ap.use_case}): {why}")


def register(app: typer.Typer) -> None:
    @app.command("keygen")
    def keygen(
        out: Path = typer.Option(..., "--out", help="Private key file (PEM, mode 0600)."),
    ) -> None:
        """Make an Ed25519 key pair for signing catalog bundles; the public key goes to
        `catalog.bundle_keys` of each gateway that should trust them."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from kanmon.errors import ConfigError

        if out.exists():
            raise ConfigError(f"{out}: exists; not overwriting a key")
        key = Ed25519PrivateKey.generate()
        out.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        out.chmod(0o600)
        public = out.with_suffix(out.suffix + ".pub")
        public.write_bytes(
            key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        typer.echo(f"private key {out}, public key {public}")

    @app.command("sign")
    def sign(
        entries: Path = typer.Argument(..., help="YAML or JSON with models: and deployments:."),
        key: Path = typer.Option(..., "--key", help="The publisher's private key (PEM)."),
        output: Path = typer.Option(..., "-o", "--output", help="The bundle to write."),
    ) -> None:
        """Sign catalog entries into an offline bundle (validated before signing)."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from kanmon._yaml import load_yaml
        from kanmon.catalog import load_catalog, sign_bundle
        from kanmon.errors import CatalogError

        doc = load_yaml(entries) or {}
        if not isinstance(doc, dict):
            raise CatalogError(f"{entries}: expected models: and/or deployments:")
        load_catalog([entries])  # every entry valid, every deployment's model known
        private = serialization.load_pem_private_key(key.read_bytes(), password=None)
        if not isinstance(private, Ed25519PrivateKey):
            raise CatalogError(f"{key}: not an Ed25519 private key")
        bundle = sign_bundle(doc, private)
        atomic_write(output, json.dumps(bundle, indent=1, default=str) + "\n")
        typer.echo(f"{output}: {sum(len(v) for v in doc.values())} entries signed by "
                   f"{bundle['key_id']}")  # fmt: skip

    @app.command("diff")
    def diff(
        bundle: Path = typer.Argument(..., metavar="FILE", help="A signed catalog bundle."),
        public_key: Path | None = typer.Option(None, help=_PUBLIC_KEY_HELP),
        as_json: bool = typer.Option(False, "--json"),
        config: Path | None = ConfigOption,
    ) -> None:
        """What installing the bundle would change, and which approvals it would suspend."""
        from kanmon.governance import preview

        b, gov = _read(bundle, config, public_key)
        _show(preview(gov, _catalog_with(config, b)), as_json, "would")

    @app.command("update")
    def update(
        bundle: Path = typer.Argument(..., metavar="FILE", help="A signed catalog bundle."),
        public_key: Path | None = typer.Option(None, help=_PUBLIC_KEY_HELP),
        as_json: bool = typer.Option(False, "--json"),
        actor: str | None = typer.Option(None, "--as", help="Who installs it (recorded)."),
        config: Path | None = ConfigOption,
    ) -> None:
        """Install the bundle (catalog.bundle): approvals it breaks are suspended now, on the
        audit log; running gateways on the store swap it in within gateway.sync_interval_s."""
        from kanmon.cli._common import config_from
        from kanmon.cli.assess import actor_name
        from kanmon.errors import ConfigError
        from kanmon.governance import apply_catalog

        cfg, _ = config_from(config)
        if cfg.catalog.bundle is None:
            raise ConfigError("set catalog.bundle in kanmon.yaml: where the bundle is installed")
        b, gov = _read(bundle, config, public_key)
        new = _catalog_with(config, b)
        atomic_write(cfg.resolve(cfg.catalog.bundle), bundle.read_text(encoding="utf-8"))
        change = apply_catalog(gov, new, actor_name(actor))
        _signal_catalog(cfg.store_url(), actor_name(actor))
        _show(change, as_json, "did")
        if not as_json:
            typer.echo(f"installed {cfg.resolve(cfg.catalog.bundle)}")
