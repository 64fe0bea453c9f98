"""``Exchange.record`` builds the audit record attribute by attribute
(``request/_exchange.py``): every field of ``AuditRecord`` is set, each from the exchange, its
principal and deployment, or its default, and nothing the record holds is shared with the
exchange or another record."""

from __future__ import annotations

import dataclasses

import pytest

from kanmon.audit._append import record_row
from kanmon.core.catalog import Deployment
from kanmon.core.principal import Principal
from kanmon.core.record import RECORD_VERSION, Attempt, AuditRecord
from kanmon.request import Exchange


def _served() -> Exchange:
    ex = Exchange(endpoint="chat.completions", operation="chat")
    ex.principal = Principal(
        key_id="k1", name="app", team="t", roles=frozenset({"app", "reviewer"}), use_case="uc"
    )
    ex.deployment = Deployment(
        id="d1",
        model="m",
        provider="P",
        provider_entity="E",
        provider_jurisdiction="ZZ",
        processing_region="LOCAL",
        base_url="http://127.0.0.1:1/v1",
        model_alias="a",
    )
    ex.model = "gpt"
    ex.stream, ex.status, ex.error_code, ex.decision = True, 200, "e", "redact"
    ex.reasons, ex.rule_ids, ex.policy_version = ["r"], ["rule-1"], "pv"
    ex.attempts = [Attempt("d1", "ok", 1.5)]
    ex.prompt_tokens, ex.completion_tokens, ex.usage_estimated = 3, 4, True
    ex.data_class, ex.approval_id, ex.review_id, ex.end_user = "internal", "ap", "rv", "eu"
    ex.findings_in, ex.findings_out, ex.findings_tools = {"EMAIL": 1}, {"PHONE": 2}, {"IBAN": 3}
    ex.tools_offered, ex.tool_calls_in, ex.tool_results_in = ["f"], {"f": 1}, 2
    ex.tool_calls_out = {"g": 1}
    return ex


def test_every_field_is_set_from_its_source() -> None:
    ex = _served()
    rec = ex.record()
    got = dataclasses.asdict(rec)  # an unset attribute would raise here
    assert {f.name for f in dataclasses.fields(AuditRecord)} == set(got)
    want = AuditRecord(
        version=RECORD_VERSION,
        request_id=ex.request_id,
        ts=ex.ts,
        key_id="k1",
        team="t",
        endpoint="chat.completions",
        model_requested="gpt",
        deployment="d1",
        provider="P",
        processing_region="LOCAL",
        stream=True,
        status=200,
        error_code="e",
        decision="redact",
        reasons=["r"],
        attempts=[Attempt("d1", "ok", 1.5)],
        prompt_tokens=3,
        completion_tokens=4,
        usage_estimated=True,
        cost_usd=None,  # the deployment has no price
        latency_ms=rec.latency_ms,
        key_name="app",
        roles=["app", "reviewer"],
        use_case="uc",
        data_class="internal",
        findings_in={"EMAIL": 1},
        findings_out={"PHONE": 2},
        tools_offered=["f"],
        tool_calls_in={"f": 1},
        tool_results_in=2,
        tool_calls_out={"g": 1},
        findings_tools={"IBAN": 3},
        policy_version="pv",
        rule_ids=["rule-1"],
        approval_id="ap",
        review_id="rv",
        provenance=rec.provenance,
        end_user="eu",
    )
    assert rec == want
    assert rec.provenance is not None and rec.provenance["processing_region"] == "LOCAL"
    assert rec.latency_ms >= 0


def test_an_unserved_exchange_takes_the_defaults() -> None:
    rec = Exchange(endpoint="models").record()
    want = AuditRecord(
        version=RECORD_VERSION,
        request_id=rec.request_id,
        ts=rec.ts,
        key_id=None,
        team=None,
        endpoint="models",
        model_requested=None,
        latency_ms=rec.latency_ms,
    )
    assert rec == want


def test_nothing_is_shared_with_the_exchange_or_another_record() -> None:
    ex = _served()
    a, b = ex.record(), ex.record()
    for f in dataclasses.fields(AuditRecord):
        va, vb = getattr(a, f.name), getattr(b, f.name)
        if isinstance(va, list | dict):
            assert va is not vb, f.name
            held = getattr(ex, f.name, None)
            assert va is not held, f.name
    ex.reasons.append("later")
    ex.findings_in["EMAIL"] = 9
    assert a.reasons == ["r"] and a.findings_in == {"EMAIL": 1}


def test_a_record_with_an_attribute_beyond_its_fields_is_not_written() -> None:
    rec = _served().record()
    assert record_row(rec, None)[0] == rec.request_id
    rec.contents = {"mode": "full"}  # type: ignore[attr-defined]  # a misspelt ``content``
    with pytest.raises(TypeError, match=r"beyond its fields: \['contents'\]"):
        record_row(rec, None)
