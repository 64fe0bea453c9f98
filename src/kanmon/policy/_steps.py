"""The policy's steps (their place in the order is declared in ``kanmon.wiring``):

scan → classify → decide (→ redact / reroute / block; a hold is left to the hold step)
output: scan the response (redact in flight, cut or hold) → restore placeholders
"""

from __future__ import annotations

import asyncio
import functools
import urllib.parse
from collections.abc import Collection
from typing import Any

from kanmon.core.decision import Decision, Reason
from kanmon.core.finding import Finding, count_by_entity
from kanmon.errors import BadRequestError, PolicyBlockedError, ReviewPendingError
from kanmon.policy._checks import Facts
from kanmon.policy._engine import Policy
from kanmon.policy._scan_cache import ScanCache, SlotScan
from kanmon.policy._stream_filter import StreamFilter
from kanmon.request import ChunkFilter, Exchange, ScanState
from kanmon.review import ReviewStore
from kanmon.scan import (
    InjectionResult,
    Operator,
    Pseudonymise,
    StreamRedactor,
    Tag,
    TextSlot,
    Vault,
    apply_operators,
    document_spans,
    text_slots,
    utf8,
)

#: Characters of request text above which the scan runs off the event loop.
_LARGE = 64 * 1024


def output_fields(msg: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Where a response message carries text: content, reasoning, tool-call names and
    arguments (what a model sends into a tool is output like any other)."""
    fields = [(msg, "content"), (msg, "reasoning_content")]
    for tc in msg.get("tool_calls") or ():
        fn = tc.get("function") if isinstance(tc, dict) else None
        if isinstance(fn, dict):
            fields += [(fn, "name"), (fn, "arguments")]
    return fields


@functools.lru_cache(maxsize=512)
def _header_safe(text: str, limit: int = 1024) -> bytes:
    """Cached: the values are the policy's data classes and rule messages, a few that repeat,
    and ``quote`` costs more than the rest of the header's work."""
    return urllib.parse.quote(text[:limit], safe=" ;:,()/.-_=<>'#@").encode("ascii")


_NO_TOOLS: frozenset[str] = frozenset()


def _tools(offered: Collection[str], called: Collection[str]) -> frozenset[str]:
    """The tools a request offers and those called in its history; most requests have none."""
    if not offered and not called:
        return _NO_TOOLS
    return frozenset(offered) | frozenset(called)


def scan_body(policy: Policy, body: dict[str, Any]) -> ScanState:
    return scan_slots(policy, text_slots(body))


def scan_slots(
    policy: Policy, slots: list[TextSlot], cache: ScanCache | None = None, owner: str = ""
) -> ScanState:
    """``cache``: what earlier requests of ``owner`` (a key id) found in the same texts."""
    found: list[list[Finding]] = []
    inj = InjectionResult()
    if not policy.scanset.scanners and policy.injection is None:
        return ScanState(slots, [[] for _ in slots], inj)
    cached = 0
    for slot in slots:
        key = (owner, slot.source, slot.location, slot.text)
        hit = cache.get(key) if cache is not None else None
        if hit is None:
            hit = _scan_slot(policy, slot)
            if cache is not None:
                cache.put(key, hit)
        else:
            cached += 1
        found.append(list(hit[0]))
        for result, source in hit[1]:
            inj.merge(result, source)
    return ScanState(slots, found, inj, cached)


def _scan_slot(policy: Policy, slot: TextSlot) -> SlotScan:
    floor = policy.doc.min_confidence
    text = slot.text
    data = utf8(text)  # once, for every scanner
    scanned = policy.scanset.scan(text, slot.location, data)
    found = tuple(f for f in scanned if f.confidence >= floor)
    if policy.injection is None:
        return found, ()
    parts = [(policy.injection.score(text, slot.location, slot.source, data), slot.source)]
    for a, b in document_spans(text):
        doc = policy.injection.score(text[a:b], slot.location, "document")
        doc.evidence = [(sid, loc, s + a, e + a) for sid, loc, s, e in doc.evidence]
        parts.append((doc, "document"))
    return found, tuple(parts)


def entity_counts(state: ScanState) -> dict[str, int]:
    counts = count_by_entity([f for fs in state.findings for f in fs])
    if state.injection.evidence:
        counts["PROMPT_INJECTION"] = len(state.injection.evidence)
    return counts


def redact_body(policy: Policy, state: ScanState, entities: set[str], vault: Vault) -> None:
    only = frozenset(entities)
    for slot, fs in zip(state.slots, state.findings, strict=True):
        if any(f.entity in only for f in fs):
            slot.set(
                apply_operators(
                    slot.text, fs, policy.operators, policy.default_operator, vault, only
                )
            )


class PolicySteps:
    """The three input steps and the output filter, bound to one compiled policy. A reload
    builds a new ``PolicySteps``; requests keep the one their step list started with."""

    def __init__(
        self, policy: Policy, reviews: ReviewStore | None, scan_cache_bytes: int = 0
    ) -> None:
        self.policy = policy
        self.reviews = reviews
        self.scan_cache = ScanCache(scan_cache_bytes) if scan_cache_bytes > 0 else None
        self._header = policy.doc.data_class_header.lower().encode()
        self.output_ops: dict[str, Operator] = {
            e: (Tag() if isinstance(op, Pseudonymise) else op) for e, op in policy.operators.items()
        }
        d = policy.default_operator
        self.output_default: Operator = Tag() if isinstance(d, Pseudonymise) else d

    # -- input ---------------------------------------------------------------------------------

    async def scan(self, ex: Exchange) -> None:
        if ex.body is None:
            return
        slots = text_slots(ex.body)
        cache, owner = self.scan_cache, ex.principal.key_id if ex.principal else ""
        if sum(len(slot.text) for slot in slots) > _LARGE:
            # Scanning a large body takes milliseconds: in a thread, the interpreter hands the
            # event loop back every switch interval, so other requests keep moving meanwhile.
            state = await asyncio.to_thread(scan_slots, self.policy, slots, cache, owner)
        else:
            state = scan_slots(self.policy, slots, cache, owner)
        if self.policy.guard is not None:
            state.injection.guard_verdicts = await self.policy.guard.check(state.slots)
        ex.scan = state
        ex.findings_in = entity_counts(state)
        for slot, found in zip(state.slots, state.findings, strict=True):
            if slot.source == "tool" and found:  # what a tool returned, e.g. a card number
                for f in found:
                    ex.findings_tools[f.entity] = ex.findings_tools.get(f.entity, 0) + 1

    async def classify(self, ex: Exchange) -> None:
        p = self.policy
        declared: str | None = None
        for name, value in ex.request_headers:
            if name == self._header:
                declared = value.decode("latin-1").strip().lower()
                if declared not in p.rank:
                    raise BadRequestError(
                        f"Unknown data class {declared!r} in {p.doc.data_class_header}; "
                        f"known: {', '.join(p.doc.data_classes)}.",
                        code="unknown_data_class",
                    )
        floor = ex.principal.data_class if ex.principal else None
        ex.data_class = p.max_class(
            p.doc.default_data_class, floor, declared, p.class_for(ex.findings_in)
        )

    async def decide(self, ex: Exchange) -> None:
        state = ex.scan
        if state is None or ex.data_class is None:
            return
        if self.policy.guard is not None:  # the fail mode for a missing verdict is per class
            self.policy.guard.apply(state.injection, ex.data_class)
        facts = Facts(
            data_class=ex.data_class,
            entities=ex.findings_in,
            injection=state.injection,
            principal=ex.principal,
            candidates=list(ex.candidates),
            tools=_tools(ex.tools_offered, ex.tool_calls_in),
        )
        d = self.policy.decide(facts)
        ex.policy_decision = d
        ex.decision = d.action
        ex.policy_version = d.policy_version
        ex.rule_ids = d.rule_ids
        if d.audit_content is not None:  # also for a blocked or held request's record
            ex.content_mode = d.audit_content
        headers = ex.headers
        headers += (
            (b"x-kanmon-decision", d.action.encode()),
            (b"x-kanmon-data-class", _header_safe(ex.data_class)),
            (b"x-kanmon-policy-version", (d.policy_version or "").encode()),
        )
        if d.reasons:
            reasons = [str(r) for r in d.reasons]
            ex.reasons += reasons
            headers.append((b"x-kanmon-policy-reasons", _header_safe("; ".join(reasons))))
        if d.action == "block":
            raise PolicyBlockedError(f"Blocked by policy: {'; '.join(map(str, d.reasons))}.")
        ex.candidates = facts.candidates
        if d.action == "hold":
            if not ex.reviewed:  # the hold step queues the request as the caller sent it
                return
            # A reviewer approved it: it runs as policy decided, apart from the hold.
            ex.decision = "redact" if d.redact else "allow"
        if d.redact:
            vault = Vault(reserved="\x00".join(s.text for s in state.slots))
            redact_body(self.policy, state, d.redact, vault)
            if len(vault):
                ex.vault = vault

    # -- output --------------------------------------------------------------------------------

    def _mode(self, ex: Exchange) -> str:
        return self.policy.doc.output.on_finding.get(ex.data_class or "", "redact")

    def _scan_out(self, text: str) -> list[Finding]:
        found = self.policy.scanset.scan(text)
        if not found:
            return found
        floor, ents = self.policy.doc.min_confidence, self.policy.output_entities
        return [f for f in found if f.entity in ents and f.confidence >= floor]

    def _count(self, ex: Exchange, f: Finding, *, stream: bool = True, tool: bool = False) -> None:
        ex.findings_out[f.entity] = ex.findings_out.get(f.entity, 0) + 1
        if tool:
            ex.findings_tools[f.entity] = ex.findings_tools.get(f.entity, 0) + 1
        mode = self._mode(ex)
        if mode == "cut" or (mode == "hold" and stream):  # a stream cannot be held: cut it
            raise PolicyBlockedError(
                f"The response carried {f.entity}; policy cuts responses of data class "
                f"{ex.data_class!r} that carry it.",
                code="output_blocked",
            )

    def _hold_output(self, ex: Exchange, body: dict[str, Any]) -> None:
        """Queue a response for a reviewer instead of returning it. A rare path: the one
        synchronous store write here is accepted on the event loop."""
        if self.reviews is None or ex.body is None:
            raise PolicyBlockedError("Output held by policy, and no review queue is set up.")
        decision = Decision(
            action="hold",
            data_class=ex.data_class,
            reasons=[Reason("output", f"response carried {_fmt(ex.findings_out)}")],
            deployments=[ex.deployment.id] if ex.deployment else [],
            policy_version=ex.policy_version,
        )
        rid = self.reviews.create(ex, ex.body, decision, output=body)
        ex.review_id = rid
        ex.decision = "hold"
        ex.reasons.append(f"output: held for review {rid} ({_fmt(ex.findings_out)})")
        ex.headers.append((b"x-kanmon-review-id", rid.encode()))
        ex.headers.append((b"x-should-retry", b"false"))
        raise ReviewPendingError(
            f"The response is held for human review (it carried {_fmt(ex.findings_out)}). "
            f"Poll GET /v1/reviews/{rid} with the same key; once released it returns the "
            "completion.",
            review_id=rid,
        )

    def on_response(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]:
        vault = ex.vault
        redacted: list[tuple[dict[str, Any], str, str]] = []  # (message, field, redacted text)
        for choice in body.get("choices") or ():
            msg = choice.get("message") if isinstance(choice, dict) else None
            if not isinstance(msg, dict):
                continue
            for holder, key in output_fields(msg):
                text = holder.get(key)
                if not isinstance(text, str) or not text:
                    continue
                if vault is not None:
                    holder[key] = vault.restore(text)
                found = self._scan_out(text)
                for f in found:
                    self._count(ex, f, stream=False, tool=key in ("name", "arguments"))
                if found:
                    out = apply_operators(text, found, self.output_ops, self.output_default)
                    redacted.append((holder, key, vault.restore(out) if vault is not None else out))
        if ex.findings_out:
            if self._mode(ex) == "hold":
                self._hold_output(ex, body)
            for holder, key, text in redacted:
                holder[key] = text
            ex.headers.append((b"x-kanmon-output-findings", _header_safe(_fmt(ex.findings_out))))
        return body

    def for_stream(self, ex: Exchange) -> ChunkFilter:
        def redactor(tool: bool) -> StreamRedactor:
            return StreamRedactor(
                self._scan_out,
                self.output_ops,
                self.output_default,
                window=self.policy.doc.output.window,
                on_finding=lambda f: self._count(ex, f, tool=tool),
            )

        def whole(text: str) -> str:
            """A tool call's name, which streams whole in its first delta."""
            found = self._scan_out(text)
            for f in found:
                self._count(ex, f, tool=True)
            if not found:
                return text
            return apply_operators(text, found, self.output_ops, self.output_default)

        return StreamFilter(redactor, ex.vault, whole)


def _fmt(counts: dict[str, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
