"""``kanmon catalog preset``: a deployment entry for a self-hosted vLLM, SGLang, Ollama or TGI."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("preset")
    def preset(
        name: str = typer.Argument(..., help="vllm, sglang, ollama or tgi."),
        model: str = typer.Option(..., "--model", help="Catalog model id, e.g. qwen3-32b."),
        alias: str = typer.Option(
            ..., "--alias", help="The name the server knows the model by, e.g. Qwen/Qwen3-32B."
        ),
        region: str = typer.Option(
            ..., "--region", help="Where YOUR server runs inference, e.g. EU-DE."
        ),
        entity: str = typer.Option(
            ..., "--entity", help="The legal entity that runs the server (processes the data)."
        ),
        jurisdiction: str = typer.Option(
            ..., "--jurisdiction", help="That entity's home country, ISO code."
        ),
        base_url: str | None = typer.Option(
            None, "--base-url", help="The server's /v1 URL (default: the preset's)."
        ),
        dep_id: str | None = typer.Option(None, "--id", help="Deployment id (default derived)."),
        thinking: bool | None = typer.Option(
            None,
            "--thinking/--no-thinking",
            help="Qwen3-style templates: the default of chat_template_kwargs.enable_thinking.",
        ),
    ) -> None:
        """Print a deployment entry for a self-hosted server, to paste under `deployments:`.
        Region and entity are yours to state: a preset never guesses where you run."""
        import yaml

        from kanmon.catalog import PRESETS, UNPRICED_NOTE, load_catalog, preset_deployment
        from kanmon.errors import CatalogError

        if name not in PRESETS:
            raise CatalogError(f"unknown preset {name!r}; expected one of {', '.join(PRESETS)}")
        load_catalog().model(model)  # an unknown model id fails here, with a suggestion
        entry = preset_deployment(
            name,
            model=model,
            model_alias=alias,
            region=region,
            entity=entity,
            jurisdiction=jurisdiction,
            base_url=base_url,
            dep_id=dep_id,
            options={"enable_thinking": thinking} if thinking is not None else None,
        )
        typer.echo(f"# {PRESETS[name].title}: {PRESETS[name].note}")
        typer.echo(f"# {UNPRICED_NOTE}")
        typer.echo(yaml.safe_dump({"deployments": [entry]}, sort_keys=False, allow_unicode=True))
