"""Demo, part 3: governance — refused without approval, evaluated, assessed (with the legal,
privacy, security and procurement reviews), approved, served; a licence's territory refused;
the cross-border transfer report."""

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
    TERRITORY_DEPLOYMENT,
    TERRITORY_ROUTE,
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
    # one run tests both deployments assessed below (the territory step assesses the second)
    tested = [GOVERNED_DEPLOYMENT, TERRITORY_DEPLOYMENT]
    with EvalGateway(cfg, cfg_path, tested) as gw:
        assert gw.services is not None
        result = run_suites(
            EvalStore(gw.services.db),
            gw.base_url,
            gw.api_key,
            EVIDENCE_RUN,
            suites,
            gw.models(tested),
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


def _answers(evidence: str) -> dict[str, Any]:
    """The assessor's answers: everything but what the catalog prefilled, the optional tool-use
    evidence and the reviews (each answered by its own role)."""
    from kanmon.governance import CHECKLIST

    answers: dict[str, Any] = {}
    for item in CHECKLIST:
        if item.prefill or item.kind == "review":
            continue  # the catalog answered these; each review is its own role's
        if item.kind == "evidence" and item.id not in EVIDENCE_SUITES:
            continue  # optional evidence (tool use) not claimed
        answers[item.id] = {
            "text": "documented in the support runbook (demo)",
            "bool": True,
            "data_classes": ["internal"],
            "evidence": [evidence],
        }[item.kind]
    return answers


def _assess(d: Demo, deployment: str, evidence: str) -> str:
    """An assessment of ``deployment`` for the governed use case, answered by the assessor and
    reviewed by the legal, privacy, security and procurement keys, then submitted."""
    from kanmon.governance import CHECKLIST

    new = {"deployment": deployment, "use_case": GOVERNED_USE_CASE}
    a = d.ok("assessor", "/admin/assessments", new)
    d.ok("assessor", f"/admin/assessments/{a['id']}/answers", {"answers": _answers(evidence)})
    for item in CHECKLIST:
        if item.kind == "review" and item.role:
            review = {
                "outcome": "approved",
                "evidence": [f"https://intranet.example/{item.role}/reviews/{deployment}"],
            }
            d.ok(item.role, f"/admin/assessments/{a['id']}/answers", {"answers": {item.id: review}})
    d.ok("assessor", f"/admin/assessments/{a['id']}/submit", {})
    return str(a["id"])


def governance(d: Demo, cfg_path: Path) -> str:
    """Returns the approval id."""
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

    d.step("14. assessment: the assessor cites the run, four reviews sign off, approval follows")
    for role in ("legal", "privacy", "security", "procurement"):
        k = d.ok("admin", "/admin/keys", {"name": f"{role}-review", "team": role, "roles": [role]})
        d.keys[role] = k["key"]
    a = {"id": _assess(d, GOVERNED_DEPLOYMENT, evidence)}
    con.print(
        f"  assessment {a['id']}: answered by the assessor key; legal, privacy, security and "
        "procurement reviews by keys of those roles; submitted"
    )
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
    territory(d, evidence)
    transfers(d)
    return str(ap["id"])


def territory(d: Demo, evidence: str) -> None:
    d.step("16. licence territory: Hunyuan-A13B's licence excludes the EU, the UK and Korea")
    con = d.con
    aid = _assess(d, TERRITORY_DEPLOYMENT, evidence)
    status, refused = d.call(
        "approver",
        f"/admin/assessments/{aid}/approve",
        {"acknowledge": ["acceptable_use_policy"]},
    )
    err = refused["error"]
    con.print(
        f"  approving it on an EU-DE deployment: {status} {err['code']}: {err['message']}",
        soft_wrap=True,
    )
    client = openai.OpenAI(base_url=d.base_url, api_key=d.keys["support"], max_retries=0)
    try:
        with client:
            client.chat.completions.create(model=TERRITORY_ROUTE, messages=QUESTION)
        con.print("  [red]not refused[/]")
    except openai.PermissionDeniedError as e:
        con.print(
            f"  a request to it: {e.status_code} {e.code}: {error_message(e)}", soft_wrap=True
        )


def transfers(d: Demo) -> None:
    import datetime as dt
    import urllib.parse

    d.step("17. cross-border transfer report (auditor key): where the data went, proven")
    now = dt.datetime.now(dt.UTC)
    query = urllib.parse.urlencode(
        {
            "since": (now - dt.timedelta(hours=1)).isoformat(),
            "until": (now + dt.timedelta(minutes=1)).isoformat(),
            "home": "EU",
        }
    )
    rep = d.ok("auditor", f"/admin/transfers?{query}")
    for r in rep["rows"]:
        d.con.print(
            f"  {r['data_class']:>12} → {r['provider_jurisdiction']} / {r['processing_region']:<6}"
            f" {r['deployment']:<12} {r['requests']:>3} requests {r['prompt_tokens']:>5} tokens "
            f"in, cross-border: {r['cross_border']}, approval {r['approval_id'] or '-'}"
        )
    v = rep["verification"]
    head = rep["tree_head"] or {}
    proof = "verified" if v["ok"] and v["covered"] else "NOT verified"
    d.con.print(
        f"  {rep['records']} requests in {len(rep['rows'])} rows; records digest "
        f"{rep['records_digest'][:23]}…; signed tree head {head.get('tree_size')}: {proof}"
    )
