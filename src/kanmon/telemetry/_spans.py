"""A finished request's spans, written as OTLP protobuf bytes (``_wire.py``) from
``Exchange.marks``: the request's span with its ``kanmon.*`` and ``gen_ai.*`` attributes, a
span per step, the call, and a CLIENT span per upstream attempt (``_otel.py`` for the trace's
shape). What recurs (a deployment's attributes, step names, statuses) is encoded once."""

from __future__ import annotations

import random
import time
from typing import Any
from urllib.parse import urlsplit

from opentelemetry.trace.span import TraceState

from kanmon.core.catalog import Deployment
from kanmon.core.decision import ContentMode
from kanmon.request import Exchange, Mark, TraceContext, new_span_id
from kanmon.telemetry import _wire as w
from kanmon.telemetry._messages import input_messages, output_messages

_draw = random.getrandbits

#: ``gen_ai.provider.name`` of each adapter (the conventions' well-known values where one
#: applies; otherwise the adapter's own name).
_PROVIDER_NAMES = {
    "openai_compatible": "openai",
    "openai_responses": "openai",
    "anthropic": "anthropic",
    "deepseek": "deepseek",
    "gemini": "gcp.gemini",
}

#: Step spans' names and kind, encoded once.
_STEP_NAMES: dict[str, bytes] = {}


def _step_name(step: str) -> bytes:
    found = _STEP_NAMES.get(step)
    if found is None:
        found = _STEP_NAMES[step] = w.internal_name(f"kanmon.{step}")
    return found


_STREAM = w.attribute("kanmon.stream", True)
_STATUS: dict[int, bytes] = {}


def _status(code: int) -> bytes:
    found = _STATUS.get(code)
    if found is None:
        found = w.attribute("http.response.status_code", code)
        if len(_STATUS) < 1000:
            _STATUS[code] = found
    return found


def provider_name(dep: Deployment) -> str:
    return _PROVIDER_NAMES.get(dep.api, dep.api)


class SpanWriter:
    """Writes a finished request's spans. ``content`` is the gateway's default content mode
    (``audit.content``); a request's own mode (the policy's, per data class) wins: prompt
    and completion are written only in mode ``full``. ``steps``: a span per step."""

    def __init__(self, content: ContentMode, steps: bool) -> None:
        self.content = content
        self.steps = steps
        #: A deployment → what its spans say of it, encoded (``_facts``).
        self._deployments: dict[int, tuple[Deployment, tuple[bytes, bytes, bytes]]] = {}

    def spans(self, ex: Exchange, tc: TraceContext, end: float) -> list[bytes]:
        """A finished request's spans, encoded (``_wire.span``): the request, each step, the
        call and each upstream attempt."""
        # perf_counter → epoch ns, once per exchange
        offset = time.time_ns() - int(time.perf_counter() * 1e9)
        trace_id = bytes.fromhex(tc.trace_id)
        state = w.trace_state_field(_trace_state(tc.tracestate))
        root = bytes.fromhex(tc.span_id)
        op = ex.operation if ex.operation != "none" else None
        dep = ex.deployment
        facts = self._facts(dep) if dep is not None else None
        events = b""
        if ex.first_chunk is not None:
            events = w.event("kanmon.first_chunk", int(ex.first_chunk * 1e9) + offset)
        name = f"{op or ex.endpoint} {ex.model}" if ex.model else op or ex.endpoint
        out = [
            w.span(
                trace_id,
                root,
                bytes.fromhex(tc.parent_id) if tc.parent_id else None,
                w.name_field(name),
                w.SERVER,
                int(ex.started * 1e9) + offset,
                int(end * 1e9) + offset,
                self._root_attributes(ex, op, facts),
                events,
                error=ex.status >= 500,
                state=state,
                remote_parent=tc.parent_id is not None,
            )
        ]
        marks = ex.marks or ()
        # the span ids of the request in one draw
        ids = _draw(64 * len(marks)).to_bytes(8 * len(marks)) if marks else b""
        under_root = w.children(trace_id, state, root)
        call = root
        for i, m in enumerate(marks):
            if m.name == "call":
                call = ids[8 * i : 8 * i + 8]
                start, stop = int(m.start * 1e9) + offset, int(m.end * 1e9) + offset
                out.append(w.step_span(under_root, call, _step_name("call"), start, stop))
        served = dep.id if dep is not None else None
        steps = self.steps
        for i, m in enumerate(marks):
            step = m.name
            if step == "attempt":
                out.append(self._attempt(ex, m, op, trace_id, call, state, offset, served))
            elif step != "call" and steps:
                start, stop = int(m.start * 1e9) + offset, int(m.end * 1e9) + offset
                me = ids[8 * i : 8 * i + 8]
                out.append(w.step_span(under_root, me, _step_name(step), start, stop))
        return out

    def _attempt(
        self,
        ex: Exchange,
        m: Mark,
        op: str | None,
        trace_id: bytes,
        parent: bytes,
        state: bytes,
        offset: int,
        served: str | None,
    ) -> bytes:
        detail = dict(m.detail)
        dep_id = detail.get("deployment", "")
        outcome = detail.get("outcome", "")
        dep = None
        for d in ex.candidates:
            if d.id == dep_id:
                dep = d
                break
        t, a = w.text_attribute, w.attribute
        attrs = [t("kanmon.deployment", dep_id), t("kanmon.outcome", outcome)]
        if op is not None:
            attrs.append(t("gen_ai.operation.name", op))
        name = op or "call"
        fixed = b""
        if dep is not None:
            name = f"{name} {dep.model_alias}"
            fixed = self._facts(dep)[0]
        if outcome != "ok":
            attrs.append(t("error.type", outcome))
        elif dep_id == served:
            attrs.append(t("gen_ai.response.model", dep.model_alias if dep is not None else dep_id))
            attrs.append(a("gen_ai.usage.input_tokens", ex.prompt_tokens))
            attrs.append(a("gen_ai.usage.output_tokens", ex.completion_tokens))
            if op == "chat" and (ex.content_mode or self.content) == "full":
                if (messages := input_messages(ex.body)) is not None:
                    attrs.append(a("gen_ai.input.messages", messages))
                if (answer := output_messages(ex.response)) is not None:
                    attrs.append(a("gen_ai.output.messages", answer))
        attrs.append(fixed)
        span_id = detail.get("span_id")
        return w.span(
            trace_id,
            bytes.fromhex(span_id if span_id else new_span_id()),
            parent,
            w.name_field(name),
            w.CLIENT,
            int(m.start * 1e9) + offset,
            int(m.end * 1e9) + offset,
            b"".join(attrs),
            error=outcome != "ok",
            state=state,
        )

    def _facts(self, dep: Deployment) -> tuple[bytes, bytes, bytes]:
        """What spans say of a deployment, encoded once per deployment: an attempt's
        attributes of it; the root span's provider and model, and its deployment, jurisdiction
        and region (the token counts go between the two)."""
        # Deployments are frozen and a reload makes new ones: the object is the key. The entry
        # holds it, so its id is not reused while the entry lives.
        found = self._deployments.get(id(dep))
        if found is not None and found[0] is dep:
            return found[1]
        u = urlsplit(dep.url)
        attrs: dict[str, Any] = {
            "gen_ai.provider.name": provider_name(dep),
            "gen_ai.request.model": dep.model_alias,
            "kanmon.deployment.jurisdiction": dep.provider_jurisdiction,
            "kanmon.deployment.region": dep.processing_region,
            "server.address": u.hostname or "",
        }
        if u.port is not None:
            attrs["server.port"] = u.port
        served = {
            "gen_ai.provider.name": provider_name(dep),
            "gen_ai.response.model": dep.model_alias,
        }
        where = {
            "kanmon.deployment": dep.id,
            "kanmon.deployment.jurisdiction": dep.provider_jurisdiction,
            "kanmon.deployment.region": dep.processing_region,
        }
        facts = (
            w.attributes(w.SPAN_ATTRIBUTE, attrs),
            w.attributes(w.SPAN_ATTRIBUTE, served),
            w.attributes(w.SPAN_ATTRIBUTE, where),
        )
        if len(self._deployments) < 4096:
            self._deployments[id(dep)] = (dep, facts)
        return facts

    @staticmethod
    def _root_attributes(
        ex: Exchange, op: str | None, facts: tuple[bytes, bytes, bytes] | None
    ) -> bytes:
        """The request span's attributes, encoded; ``facts`` those of the deployment that
        served it (``_facts``)."""
        t, a = w.text_attribute, w.attribute
        attrs = [
            a("kanmon.request_id", ex.request_id),
            t("kanmon.endpoint", ex.endpoint),
            t("kanmon.decision", ex.decision),
            _status(ex.status),
        ]
        if op is not None:
            attrs.append(t("gen_ai.operation.name", op))
        if ex.model is not None:
            attrs.append(t("gen_ai.request.model", ex.model))
        if ex.principal is not None:
            attrs.append(t("kanmon.key_id", ex.principal.key_id))
        if ex.data_class is not None:
            attrs.append(t("kanmon.data_class", ex.data_class))
        if ex.policy_version is not None:
            attrs.append(t("kanmon.policy_version", ex.policy_version))
        if ex.rule_ids:
            attrs.append(a("kanmon.rule_ids", list(ex.rule_ids)))
        if ex.approval_id is not None:
            attrs.append(a("kanmon.approval_id", ex.approval_id))
        if ex.error_code is not None:
            attrs.append(t("error.type", ex.error_code))
        if ex.stream:
            attrs.append(_STREAM)
        if facts is not None:
            attrs.append(facts[1])
            attrs.append(a("gen_ai.usage.input_tokens", ex.prompt_tokens))
            attrs.append(a("gen_ai.usage.output_tokens", ex.completion_tokens))
            attrs.append(facts[2])
        return b"".join(attrs)


def _trace_state(value: str | None) -> str | None:
    """The caller's ``tracestate`` as the SDK would carry it (validated, members rejoined);
    None if it is not valid."""
    if not value:
        return None
    try:
        state = TraceState.from_header([value])
    except ValueError:
        return None
    return ",".join(f"{k}={v}" for k, v in state.items())
