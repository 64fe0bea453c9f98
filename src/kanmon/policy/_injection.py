"""The injection scanner as a policy configures it, and its guard-model layer.

``injection:`` in the policy file picks the layers of the combined score, optionally another
n-gram model, and optionally a guard model with its latency budget and per-data-class fail
mode. The guard runs in the scan step (before the data class is known) and its verdicts are
folded into the injection result in the decide step, once the class — and so the fail mode
for a missing verdict — is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kanmon.errors import ConfigError
from kanmon.policy._schema import GuardSpec, InjectionSpec
from kanmon.scan import (
    EndpointGuard,
    Guard,
    GuardChat,
    GuardVerdict,
    InjectionResult,
    InjectionScanner,
    OnnxGuard,
    TextSlot,
    run_guard,
)


def build_scanner(spec: InjectionSpec, base: Path) -> InjectionScanner:
    if spec.model:
        return InjectionScanner.from_path(_path(spec.model, base), layers=frozenset(spec.layers))
    return InjectionScanner(layers=frozenset(spec.layers))


def _path(p: str, base: Path) -> Path:
    path = Path(p).expanduser()
    return path if path.is_absolute() else base / path


class PolicyGuard:
    """A guard model with the policy's budget, sources and fail modes."""

    def __init__(self, spec: GuardSpec, guard: Guard) -> None:
        self.spec = spec
        self.guard = guard
        self.budget_s = spec.budget_ms / 1000.0
        self.sources = frozenset(spec.sources)

    @classmethod
    def onnx(cls, spec: GuardSpec, base: Path) -> PolicyGuard:
        assert spec.onnx is not None
        tok = _path(spec.tokenizer, base) if spec.tokenizer else None
        guard = OnnxGuard(
            _path(spec.onnx, base), tokenizer=tok, positive=spec.positive_labels, name="onnx"
        )
        return cls(spec, guard)

    @classmethod
    def endpoint(cls, spec: GuardSpec, chat: GuardChat, model_alias: str) -> PolicyGuard:
        name = f"endpoint.{spec.deployment}"
        return cls(spec, EndpointGuard(chat, model_alias, name=name, max_chars=spec.max_chars))

    def fail_mode(self, data_class: str | None) -> str:
        fail = self.spec.fail
        return fail.get(data_class or "", fail.get("default", "open"))

    async def check(self, slots: Sequence[TextSlot]) -> list[GuardVerdict]:
        texts = [
            (s.text[: self.spec.max_chars], s.source, s.location)
            for s in slots
            if s.source in self.sources and s.text.strip()
        ]
        return await run_guard(self.guard, texts, self.budget_s)

    def apply(self, result: InjectionResult, data_class: str | None) -> None:
        """Fold the guard's verdicts (``result.guard_verdicts``, from ``check``) into
        ``result``; a missing verdict counts as an injection when the data class fails closed,
        and is only noted in the evidence when it fails open."""
        name = self.guard.name
        verdicts, result.guard_verdicts = result.guard_verdicts, []
        for v in verdicts:
            if v.score is not None:
                result.add_guard(v.score, v.source, v.location, name)
            elif self.fail_mode(data_class) == "closed":
                result.add_guard(1.0, v.source, v.location, f"{name}.unavailable.closed")
            else:
                result.evidence.append((f"guard:{name}.unavailable.open", v.location, 0, 0))


def check_guard_deployment(spec: InjectionSpec, known: set[str] | None, source: str) -> None:
    guard = spec.guard
    if guard is None or guard.deployment is None or known is None:
        return
    if guard.deployment not in known:
        raise ConfigError(f"{source}: injection.guard.deployment: unknown {guard.deployment!r}")
