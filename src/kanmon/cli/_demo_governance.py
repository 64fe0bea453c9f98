"""Demo, part 3: governance — refused without approval, evaluated, assessed, approved, served."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openai
from openai.types.chat import ChatCompletionMessageParam

from kanmon.cli._demo_common import Demo, error_message
from kanmon.cli._demo_config import (
    EVIDENCE_RUN,
    EVIDENCE_SUITES,
    GOVERNED_DEPLOYMENT,
    GOVERNED_ROUTE,
    GOVERNED_USE_CASE,
)
from kanmon.config import load_config

QUESTION: list[ChatCompletionMessageParam] = [
    {"role": "user", "content": "How do I reset my online banking password?"}
]


def _ask(client: openai.OpenAI) -> Any:
    return client.chat.completions.with_raw_response.create(model=GOVERNED_ROUTE, messages=QUESTION)


def evaluate(cfg_path: Path, d: Demo) -> str:
    """Run the evidence suites against the deployment through an evaluation gateway of its own
    (as ``kanmon eval run`` does) and return the citable ``run id@sha256:…``."""
    from kanmon.evals import EvalGateway, EvalStore, RunOptions, registered_suites, run_suites

    cfg = load_config(cfg_path)
    # the evaluation gateway tests the model itself: enforcement would refuse the very
    # deployment it is meant to assess
    cfg = cfg.model_copy(
        update={"governance": cfg.governance.model_copy(update={"enforce": False})}
    )
    suites = [registered_suites()[name] for name in EVIDENCE_SUITES.values()]
    with EvalGateway(cfg, cfg_path, [GOVERNED_DEPLOYMENT]) as gw:
        assert gw.services is not None
        result = run_suites(
            EvalStore(gw.services.db),
            gw.base_url,
            gw.api_key,
            EVIDENCE_RUN,
            suites,
            gw.models([GOVERNED_DEPLOYMENT]),
            RunOptions(concurrency=8),
        )
    for item, name in EVIDENCE_SUITES.items():
        entry = result.summary["suites"][name]
        score = entry["models"][GOVERNED_DEPLOYMENT]
        d.con.print(
            f"  {item:22} ← {name:17} {score['n']:2} items  score {score['score']:.2f} "
            f"(threshold {entry['threshold']})  {', '.join(entry['risks'][:2])}"
        )
    # governance cites a run as ``<run id>@sha256:<hex>``
    digest = result.content_hash.removeprefix("sha256:")
    evidence = f"{result.run_id}@sha256:{digest}"
    d.con.print(f"  run [bold]{evidence}[/]")
    return evidence


def governance(d: Demo, cfg_path: Path) -> str:
    """Returns the approval id."""
    from kanmon.governance import CHECKLIST

    con = d.con
    client = openai.OpenAI(base_url=d.base_url, api_key=d.keys["support"], max_retries=0)
    d.step("12. governance enforced: a deployment without an approval is refused")
    con.print(f"  restarted with governance.enforce: true; key use case {GOVERNED_USE_CASE!r}")
    try:
        _ask(client)
        con.print("  [red]not refused[/]")
    except openai.PermissionDeniedError as e:
        con.print(f"  {e.status_code} {e.code}: {error_message(e)}", soft_wrap=True)

    d.step(f"13. evidence: built-in eval suites against {GOVERNED_DEPLOYMENT}, one citable run")
    evidence = evaluate(cfg_path, d)

    d.step("14. assessment: the assessor cites the run and submits; an approver approves")
    a = d.ok(
        "assessor",
        "/admin/assessments",
        {"deployment": GOVERNED_DEPLOYMENT, "use_case": GOVERNED_USE_CASE},
    )
    answers: dict[str, Any] = {}
    for item in CHECKLIST:
        if item.prefill or (item.kind == "evidence" and item.id not in EVIDENCE_SUITES):
            continue  # prefilled from the catalog; optional evidence (tool use) not claimed
        answers[item.id] = {
            "text": "documented in the support runbook (demo)",
            "bool": True,
            "data_classes": ["internal"],
            "evidence": [evidence],
        }[item.kind]
    d.ok("assessor", f"/admin/assessments/{a['id']}/answers", {"answers": answers})
    d.ok("assessor", f"/admin/assessments/{a['id']}/submit", {})
    con.print(f"  assessment {a['id']}: {len(answers)} answers, submitted by the assessor key")
    status, refused = d.call("assessor", f"/admin/assessments/{a['id']}/approve", {})
    con.print(f"  the assessor may not approve it: {status} {refused['error']['code']}")
    ap = d.ok(
        "approver",
        f"/admin/assessments/{a['id']}/approve",
        {"data_classes": ["internal"], "valid_days": 90, "note": "evidence reviewed"},
    )
    con.print(
        f"  approval [bold]{ap['id']}[/] by the approver key: {GOVERNED_DEPLOYMENT} × "
        f"{GOVERNED_USE_CASE}, data class internal, 90 days, pinned to "
        f"{str(ap.get('fingerprint', ''))[:19]}…"
    )

    d.step("15. the same request now flows, and cites the approval")
    raw = _ask(client)
    con.print(f"  answer: {(raw.parse().choices[0].message.content or '')[:90]}")
    con.print(
        f"  served by {raw.headers['x-kanmon-deployment']} under approval "
        f"[bold]{raw.headers.get('x-kanmon-approval')}[/]"
    )
    return str(ap["id"])
