"""The per-request audit record: what happened, never the secret or (by default) the content."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Attempt:
    """One try at one deployment."""

    deployment: str
    status: str  # "ok" | "http_503" | "timeout" | "connect_error" | "bad_response" ...
    latency_ms: float
    retries: int = 0


@dataclass(slots=True)
class AuditRecord:
    """Minimal audit record; the tamper-evident store wraps it later."""

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
    decision: str = "allow"
    reasons: list[str] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
