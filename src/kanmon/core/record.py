"""The per-request audit record: what happened, never a secret and (by default) never content.

Every step of the request path writes into the ``Exchange``; the record is its frozen summary.
Fields that a step does not fill keep their neutral default, so a record always has one shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kanmon.core.decision import Action

#: 2: ``usage_estimated`` and ``count`` added; ``decision`` is always an ``Action``.
#: 3: the tools of the exchange (``tools_offered``, ``tool_calls_in``, ``tool_results_in``,
#: ``tool_calls_out``, ``findings_tools``), so an auditor sees which tools a model was given
#: and called without keeping content; endpoints ``responses`` and ``messages`` added.
#: 4: ``end_user`` added.
#: 5: ``cost_usd`` may be null (a price in a currency without a configured rate: the cost is
#: unknown); ``cost_native`` added (the amount in a non-USD price's own currency, and the rate).
#: 6: a deployment with no price at all also gives a null ``cost_usd``; up to version 5 it gave
#: 0.0, so there a 0.0 may mean "no price" as well as "priced at 0". The shape is unchanged.
RECORD_VERSION = 6


# Attempt and AuditRecord keep their attributes in a ``__dict__``, not slots: orjson writes a
# record per request, and serialises a dict-backed dataclass from its dict (2.4 µs for a record
# in the gateway) but a slotted one attribute by attribute, after failing a lookup of
# ``__dict__`` whose AttributeError it formats (6.4–7.3 µs). Slots also refused an attribute
# beyond the fields; the audit log's ``record_row`` now refuses a record that has one.
@dataclass
class Attempt:
    """One try at one deployment."""

    deployment: str
    status: str  # "ok" | "http_503" | "timeout" | "connect_error" | "bad_response" ...
    latency_ms: float
    retries: int = 0


@dataclass
class AuditRecord:
    """One request, as the audit log keeps it. ``version`` changes with the shape."""

    version: int
    request_id: str
    ts: str  # ISO 8601 with timezone
    key_id: str | None
    team: str | None
    endpoint: str
    model_requested: str | None
    deployment: str | None = None
    provider: str | None = None
    processing_region: str | None = None
    stream: bool = False
    status: int = 0
    error_code: str | None = None
    decision: Action = "allow"
    reasons: list[str] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    #: True when the tokens are the gateway's estimate (a stream broke before the upstream
    #: reported usage); the caller may still have received that much.
    usage_estimated: bool = False
    #: In USD; None when the cost is unknown: the deployment has no price, or its price is in a
    #: currency with no configured rate.
    cost_usd: float | None = 0.0
    latency_ms: float = 0.0
    #: The caller beyond its key id: name, roles and use case as authenticated.
    key_name: str | None = None
    roles: list[str] = field(default_factory=list)
    use_case: str | None = None
    #: Data class of the request (e.g. internal, confidential), as decided on the server.
    data_class: str | None = None
    #: Entity type → count, from scanning the input and the output. Never the values.
    findings_in: dict[str, int] = field(default_factory=dict)
    findings_out: dict[str, int] = field(default_factory=dict)
    #: Tools: the function tools the request offered (names), the tool calls in its history
    #: and the tool results it carried, the calls the model made in its answer (name →
    #: count), and the findings in tool content (tool results in, tool-call names and
    #: arguments out; entity type → count, never the values).
    tools_offered: list[str] = field(default_factory=list)
    tool_calls_in: dict[str, int] = field(default_factory=dict)
    tool_results_in: int = 0
    tool_calls_out: dict[str, int] = field(default_factory=dict)
    findings_tools: dict[str, int] = field(default_factory=dict)
    #: Content hash of the policy set that decided, and the ids of the rules that fired.
    policy_version: str | None = None
    rule_ids: list[str] = field(default_factory=list)
    #: Governance approval the request was served under, and a review-queue item if held.
    approval_id: str | None = None
    review_id: str | None = None
    #: What the deployment was at the time of the request (see ``provenance_snapshot``).
    provenance: dict[str, Any] | None = None
    #: Mode and SHA-256 of the stored content envelope (``audit/_content.py``); None when the
    #: content mode is ``none``. The envelope itself is kept beside the record and is erasable.
    content: dict[str, str] | None = None
    #: Digest of the application's end-user id (the request's ``safety_identifier`` or
    #: ``user``), never the id: licence user-count thresholds count these per month.
    end_user: str | None = None
    #: For a price in another currency than USD: ``amount`` in that ``currency``, and the
    #: ``usd_per_unit`` rate (with its ``rate_as_of``) ``cost_usd`` was converted at, or None.
    cost_native: dict[str, Any] | None = None
    #: How many requests this record stands for: 1, except for aggregated records such as
    #: failed authentications per source and interval (``endpoint`` ``auth.failed``).
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
