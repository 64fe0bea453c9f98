"""Entry point: ``kanmon``. Each sub-app lives in its own module; errors print as one line."""

from __future__ import annotations

import sys
from typing import Any

import typer

from kanmon import __version__
from kanmon.errors import KanmonError

app = typer.Typer(
    name="kanmon",
    help="Kanmon: use AI models from every jurisdiction with an open mind, not an open door.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


_registered = False


def _register() -> None:
    """Attach the sub-apps, once (tests call ``main`` many times in one process)."""
    global _registered
    if _registered:
        return
    _registered = True
    from kanmon.cli import (
        assess,
        audit,
        catalog,
        catalog_bundle,
        catalog_facts,
        catalog_presets,
        demo,
        evals,
        evals_report,
        govern,
        keys,
        policy,
        review,
        serve,
        setup,
        simulate,
        transfers,
    )

    catalog_facts.register(catalog.app)
    catalog_bundle.register(catalog.app)
    catalog_presets.register(catalog.app)
    app.add_typer(catalog.app, name="catalog")
    app.add_typer(keys.app, name="keys")
    app.add_typer(audit.app, name="audit")
    evals_report.register(evals.app)
    app.add_typer(evals.app, name="eval")
    app.add_typer(assess.app, name="assess")
    app.add_typer(govern.app, name="govern")
    app.add_typer(policy.app, name="policy")
    app.add_typer(review.app, name="review")
    app.add_typer(transfers.app, name="transfers")
    app.command("serve")(serve.serve)
    app.command("simulate")(simulate.simulate)
    app.command("init")(setup.init)
    app.command("demo")(demo.demo)


@app.callback(invoke_without_command=True)
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    if version:
        typer.echo(f"kanmon {__version__}")
        raise typer.Exit()


def main() -> None:
    _register()
    try:
        rc = app(standalone_mode=False, prog_name="kanmon")
        if isinstance(rc, int) and rc:  # a command's typer.Exit(n) comes back as n
            sys.exit(rc)
    except KanmonError as e:
        first, *rest = str(e).splitlines() or [type(e).__name__]
        typer.echo(f"kanmon: error: {first}", err=True)
        for line in rest:
            typer.echo(f"  {line}", err=True)
        sys.exit(2)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except typer.Abort:
        typer.echo("kanmon: aborted", err=True)
        sys.exit(130)
    except Exception as e:
        if isinstance(e, _usage_errors()):
            # e.g. a missing argument or an unknown command: one line, like every other error
            usage: Any = e
            command = getattr(usage.ctx, "command_path", None) or "kanmon"
            typer.echo(f"kanmon: error: {usage.format_message()} (see {command} --help)", err=True)
            sys.exit(usage.exit_code)
        raise


def _usage_errors() -> tuple[type[Exception], ...]:
    """Click's errors, whether typer raises click's own classes or its vendored copies."""
    import click

    types: list[type[Exception]] = [click.ClickException]
    try:
        from typer._click.exceptions import ClickException
    except ImportError:
        pass
    else:
        types.append(ClickException)
    return tuple(types)
