"""``kanmon assess``: assessments of one deployment × one use case, and their approvals.

The CLI works on the store directly (like ``kanmon keys``): whoever can run it with the config
can act, so the actor is named with ``--as`` (default ``$KANMON_ACTOR`` or the login name). The
separation of duties still holds: nobody approves an assessment they requested.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from kanmon.cli._common import ConfigOption, atomic_write, config_from

if TYPE_CHECKING:
    from kanmon.governance import Governance

app = typer.Typer(help="Assess a deployment for a use case, then approve or reject it.")

ActorOption = typer.Option(
    None, "--as", help="Who acts (default: $KANMON_ACTOR or the login name)."
)
JsonOption = typer.Option(False, "--json", help="Print JSON.")


def actor_name(given: str | None) -> str:
    return "cli:" + (given or os.environ.get("KANMON_ACTOR") or getpass.getuser())


def service(config: Path | None) -> Governance:
    from kanmon.audit import AuditWriter
    from kanmon.catalog import load_configured as load_catalog_for
    from kanmon.governance import Governance, load_evidence
    from kanmon.governance import settings_for as governance_settings_for
    from kanmon.store import Database, migrate

    cfg, path = config_from(config)
    db = Database(cfg.store_url())
    migrate(db)
    writer = AuditWriter(db)
    return Governance(
        db,
        load_catalog_for(cfg, path),
        governance_settings_for(cfg, path),
        record=writer.write_now,
        evidence=load_evidence(db),
    )


def _print_assessment(gov: Governance, aid: str, json_out: bool) -> None:
    from kanmon.governance import assessment_json

    data = assessment_json(gov.get(aid), gov)
    if json_out:
        typer.echo(json.dumps(data, indent=2))
        return
    from rich.table import Table

    from kanmon.cli._render import wide_console

    typer.echo(
        f"{data['id']}  {data['deployment']} × {data['use_case']}  status {data['status']}"
        f"  requested by {data['requester']}"
    )
    if not data["fingerprint_current"]:
        typer.echo("warning: the deployment changed since this assessment was answered")
    t = Table("item", "answer", "NIST AI RMF", "ISO 42001")
    for i in data["checklist"]:
        ans = i["answer"]
        text = ", ".join(ans) if isinstance(ans, list) else ("" if ans is None else str(ans))
        mark = "" if ans or not i["required"] else "MISSING"
        t.add_row(i["id"], text or mark, ", ".join(i["nist_ai_rmf"]), ", ".join(i["iso_42001"]))
    wide_console().print(t)
    for ap in data["approvals"]:
        state = "live" if ap["live"] else f"{ap['status']}: {ap['problem']}"
        typer.echo(f"approval {ap['id']} ({', '.join(ap['data_classes'])}) {state}")


@app.command("new")
def new(
    deployment: str = typer.Argument(..., help="Deployment id from `kanmon catalog list`."),
    use_case: str = typer.Argument(..., help="The use case, as set on app keys."),
    actor: str | None = ActorOption,
    json_out: bool = JsonOption,
    config: Path | None = ConfigOption,
) -> None:
    """Start an assessment (provider, licence, hosting, retention and price come prefilled)."""
    gov = service(config)
    a = gov.new_assessment(deployment, use_case, actor_name(actor))
    if json_out:
        _print_assessment(gov, a.id, True)
    else:
        typer.echo(f"created assessment {a.id}; still to answer: {', '.join(gov.missing(a))}")


@app.command("show")
def show(
    assessment_id: str,
    json_out: bool = JsonOption,
    config: Path | None = ConfigOption,
) -> None:
    """Show the checklist, answers, control ids and approvals."""
    _print_assessment(service(config), assessment_id, json_out)


@app.command("answer")
def answer(
    assessment_id: str,
    set_: list[str] = typer.Option(
        [], "--set", "-s", help="ITEM=VALUE; lists (data classes, evidence) comma-separated."
    ),
    file: Path | None = typer.Option(None, "--file", "-f", help="YAML mapping item → answer."),
    review: str | None = typer.Option(
        None,
        "--review",
        help="Answer your review (legal, privacy, security, procurement) with --outcome and "
        "--evidence; the CLI records who you say you are, as --as does.",
    ),
    outcome: str = typer.Option("approved", help="approved, approved_with_conditions, rejected."),
    evidence: list[str] = typer.Option(
        [], "--evidence", help="A review's evidence: an https link or sha256:<hex> of a document."
    ),
    note: str | None = typer.Option(None, help="Why, for a review not plainly approved."),
    actor: str | None = ActorOption,
    config: Path | None = ConfigOption,
) -> None:
    """Answer checklist items (evidence: '<eval run id>@sha256:<hash>'), or a review."""
    from kanmon.errors import BadRequestError
    from kanmon.governance import ITEMS

    answers: dict[str, Any] = {}
    if file is not None:
        from kanmon._yaml import load_yaml

        loaded = load_yaml(file) or {}  # a missing, unreadable or malformed file: one line
        if not isinstance(loaded, dict):
            raise BadRequestError(f"{file}: expected a mapping of checklist item → answer")
        answers.update(loaded)
    for pair in set_:
        item, sep, value = pair.partition("=")
        if not sep:
            raise BadRequestError(f"--set {pair!r}: expected ITEM=VALUE")
        kind = ITEMS[item].kind if item in ITEMS else "text"
        if kind in ("evidence", "data_classes"):
            answers[item] = [v.strip() for v in value.split(",") if v.strip()]
        elif kind == "bool":
            answers[item] = value.lower() in ("1", "true", "yes")
        else:
            answers[item] = value
    if review is not None:
        answers[f"review.{review}"] = {"outcome": outcome, "evidence": evidence, "note": note}
    if not answers:
        raise BadRequestError("nothing to answer; use --set ITEM=VALUE or --file answers.yaml")
    gov = service(config)
    a = gov.answer(assessment_id, answers, actor_name(actor))
    missing = gov.missing(a)
    typer.echo(
        f"answered {len(answers)} item(s); "
        + (f"still to answer: {', '.join(missing)}" if missing else "ready to submit")
    )


@app.command("submit")
def submit(
    assessment_id: str, actor: str | None = ActorOption, config: Path | None = ConfigOption
) -> None:
    """Submit a complete assessment for approval."""
    service(config).submit(assessment_id, actor_name(actor))
    typer.echo(f"submitted {assessment_id}")


@app.command("approve")
def approve(
    assessment_id: str,
    data_class: list[str] = typer.Option(
        [], "--data-class", "-d", help="Allowed data class (default: all assessed ones)."
    ),
    condition: list[str] = typer.Option(
        [],
        "--condition",
        help="e.g. 'human_review: <note>', 'max_monthly_users: 50000' (enforced) or free text.",
    ),
    acknowledge: list[str] = typer.Option(
        [],
        "--acknowledge",
        help="A licence duty you acknowledge: attribution, mau_threshold, revenue_threshold, "
        "acceptable_use_policy, derivative_terms (approval lists what the licence asks).",
    ),
    days: float | None = typer.Option(None, help="Valid for this many days."),
    expires: str | None = typer.Option(None, help="Expiry, ISO 8601 with timezone."),
    note: str | None = typer.Option(None, help="Decision note for the record."),
    actor: str | None = ActorOption,
    json_out: bool = JsonOption,
    config: Path | None = ConfigOption,
) -> None:
    """Approve a submitted assessment (not one you requested)."""
    from kanmon.errors import BadRequestError
    from kanmon.governance import approval_json

    expires_at = None
    if expires:
        try:
            expires_at = dt.datetime.fromisoformat(expires)
        except ValueError:
            raise BadRequestError(f"--expires {expires!r}: not an ISO 8601 time") from None
    gov = service(config)
    ap = gov.approve(
        assessment_id,
        actor_name(actor),
        data_classes=data_class or None,
        conditions=condition,
        acknowledge=acknowledge,
        valid_days=days,
        expires_at=expires_at,
        note=note,
    )
    if json_out:
        typer.echo(json.dumps(approval_json(ap, gov), indent=2))
    else:
        typer.echo(
            f"approved {assessment_id} as {ap.id}: {ap.deployment} × {ap.use_case} for "
            f"{', '.join(sorted(ap.data_classes))} until {ap.expires_at.isoformat()}"
        )
        for c in ap.conditions:
            typer.echo(f"  condition: {c}")


@app.command("reject")
def reject(
    assessment_id: str,
    reason: str = typer.Option(..., help="Why, for the requester and the record."),
    actor: str | None = ActorOption,
    config: Path | None = ConfigOption,
) -> None:
    """Reject a submitted assessment."""
    service(config).reject(assessment_id, actor_name(actor), reason)
    typer.echo(f"rejected {assessment_id}")


@app.command("revoke")
def revoke(
    approval_id: str,
    reason: str = typer.Option(..., help="Why, for the record."),
    actor: str | None = ActorOption,
    config: Path | None = ConfigOption,
) -> None:
    """Withdraw an active approval (gateways stop using it within governance.refresh_s)."""
    ap = service(config).revoke(approval_id, actor_name(actor), reason)
    typer.echo(f"revoked {ap.id} ({ap.deployment} × {ap.use_case})")


@app.command("list")
def list_assessments(json_out: bool = JsonOption, config: Path | None = ConfigOption) -> None:
    """List assessments."""
    from kanmon.governance import assessment_json

    gov = service(config)
    rows = [assessment_json(a, gov, full=False) for a in gov.list_assessments()]
    if json_out:
        typer.echo(json.dumps(rows, indent=2))
        return
    from rich.table import Table

    from kanmon.cli._render import wide_console

    t = Table("id", "deployment", "use case", "status", "requester", "decided by", "missing")
    for r in rows:
        t.add_row(
            r["id"],
            r["deployment"],
            r["use_case"],
            r["status"],
            r["requester"],
            r["decided_by"] or "",
            str(len(r["missing"])),
        )
    wide_console().print(t)


@app.command("report")
def report(
    assessment_id: str,
    output: Path = typer.Option(None, "--output", "-o", help="HTML file (default: <id>.html)."),
    config: Path | None = ConfigOption,
) -> None:
    """Render the assessment as a self-contained HTML page (print it to PDF)."""
    from kanmon.governance import render_report

    html = render_report(service(config), assessment_id)
    out = output or Path(f"{assessment_id}.html")
    atomic_write(out, html)
    typer.echo(f"wrote {out}")
