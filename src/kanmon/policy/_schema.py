"""The policy file: validated, strict (unknown keys are errors), versioned by content hash."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kanmon.core.decision import ContentMode, RuleAction
from kanmon.core.match import ProvenanceMatch


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OperatorSpec(_Strict):
    type: Literal["mask", "tag", "hash", "pseudonymise"] = "tag"
    char: str = Field(default="*", min_length=1, max_length=1, description="mask character")
    keep_last: int = Field(default=0, ge=0, le=8, description="mask: characters left visible")
    length: int = Field(default=16, ge=8, le=64, description="hash: hex digits kept")


class OutputSpec(_Strict):
    scan: bool = True
    entities: list[str] = Field(
        default_factory=lambda: ["@secret"],
        description="Entity types (or @secret, @pii) looked for in responses",
    )
    window: int = Field(default=64, ge=16, le=4096, description="Carry-over window in chars")
    on_finding: dict[str, Literal["redact", "cut", "hold"]] = Field(
        default_factory=dict,
        description="Per data class: redact in flight, cut the response, or hold it for a "
        "reviewer (JSON responses; a stream is cut) — default redact",
    )


Source = Literal["user", "tool", "document", "system", "assistant"]


def _guard_sources() -> list[Source]:
    return ["user", "tool", "document"]


class GuardSpec(_Strict):
    """The optional guard-model layer of the injection scanner: one of ``deployment`` (a
    catalog deployment called through its provider) or ``onnx`` (a local model file)."""

    deployment: str | None = Field(default=None, description="Catalog deployment id")
    onnx: str | None = Field(default=None, description="Path of an ONNX sequence classifier")
    tokenizer: str | None = Field(
        default=None, description="onnx: a tokenizer.json; none: UTF-8 bytes are the token ids"
    )
    positive_labels: list[int] = Field(
        default_factory=lambda: [1], min_length=1, description="onnx: logits that mean attack"
    )
    budget_ms: int = Field(default=250, ge=1, le=60000, description="Latency budget per request")
    fail: dict[str, Literal["open", "closed"]] = Field(
        default_factory=dict,
        description="Per data class (key `default` for the rest): when the guard gives no "
        "verdict in time, ignore it (open) or count the request's texts as injections (closed)",
    )
    sources: list[Source] = Field(
        default_factory=_guard_sources,
        description="Which texts the guard reads",
    )
    max_chars: int = Field(default=8000, ge=64, description="Longer texts are cut")

    @model_validator(mode="after")
    def _one_kind(self) -> GuardSpec:
        if (self.deployment is None) == (self.onnx is None):
            raise ValueError("injection.guard needs exactly one of `deployment` or `onnx`")
        return self


Layer = Literal["lexical", "decode", "classifier", "window"]


def _all_layers() -> list[Layer]:
    return ["lexical", "decode", "classifier"]  # `window` on request (docs/scanning.md)


class InjectionSpec(_Strict):
    """How the injection scanner runs (when ``injection`` is in ``scanners``)."""

    layers: list[Layer] = Field(
        default_factory=_all_layers,
        description="Layers of the combined score (see docs/scanning.md)",
    )
    model: str | None = Field(
        default=None, description="An n-gram model file (.npz) instead of the shipped one"
    )
    guard: GuardSpec | None = None


class DeploymentMatch(ProvenanceMatch):
    """Matches a candidate deployment by its provenance (``kanmon.core.match``): the model's
    vendor, jurisdiction, family and licence, the provider entity, region and data terms. All
    given fields must hold."""


class When(_Strict):
    data_class_at_least: str | None = None
    entities_any: list[str] | None = None
    injection_at_least: float | Literal["calibrated"] | None = Field(
        default=None,
        description="Combined injection score 0..1, or `calibrated`: the threshold the "
        "injection model was calibrated with (docs/scanning.md)",
    )
    injection_sources: list[Literal["user", "tool", "document", "system", "assistant"]] | None = (
        None
    )
    injection_layers_any: list[Literal["lexical", "decode", "classifier", "guard"]] | None = Field(
        default=None,
        description="Count only texts in which one of these layers found evidence (a text the "
        "classifier alone raised counts as `classifier`); needs `injection_at_least`",
    )
    roles_any: list[str] | None = None
    roles_none: list[str] | None = None
    teams_any: list[str] | None = None
    teams_none: list[str] | None = None
    use_cases_any: list[str] | None = None
    tools_any: list[str] | None = Field(
        default=None,
        description="Matches when the request offers (or its history called) a tool whose name "
        "matches one of these patterns (shell-style: *, ?, [..]; '*' is any tool)",
    )
    tools_none: list[str] | None = Field(
        default=None,
        description="Matches when no tool of the request matches any of these patterns "
        "(['*']: a request without tools)",
    )
    deployment: DeploymentMatch | None = None
    check: str | None = Field(default=None, description="A kanmon.policy_rules entry point")

    @model_validator(mode="after")
    def _layers_need_a_score(self) -> When:
        if self.injection_layers_any is not None and self.injection_at_least is None:
            raise ValueError("`injection_layers_any` needs `injection_at_least`")
        return self


class Rule(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.\-]{1,64}$")
    description: str | None = None
    when: When = When()
    action: RuleAction
    message: str | None = Field(default=None, description="Reason shown to callers and auditors")
    redact: list[str] | None = Field(
        default=None, description="redact: entity types to replace (default: all found)"
    )
    reroute_to: list[str] = Field(
        default_factory=list, description="reroute: deployment ids tried after the survivors"
    )
    otherwise: Literal["block", "hold", "redact"] = Field(
        default="block", description="reroute: what to do when no deployment satisfies the rule"
    )
    audit_content: ContentMode | None = Field(
        default=None,
        description="What the audit record keeps of this request when the rule fires (instead "
        "of its data class's mode); of several firing rules, the least exposing",
    )

    @model_validator(mode="after")
    def _reroute_needs_deployment(self) -> Rule:
        if self.action == "reroute" and self.when.deployment is None:
            raise ValueError("a reroute rule needs `when.deployment` (what to route away from)")
        return self


class PolicyDoc(_Strict):
    """The whole policy file."""

    data_classes: list[str] = Field(
        default_factory=lambda: ["public", "internal", "confidential", "restricted"],
        min_length=1,
        description="Lowest first",
    )
    default_data_class: str = "internal"
    data_class_header: str = "x-kanmon-data-class"
    scanners: list[str] = Field(default_factory=lambda: ["pii", "secrets", "injection"])
    min_confidence: float = Field(default=0.5, ge=0, le=1)
    injection: InjectionSpec = InjectionSpec()
    classify: dict[str, str] = Field(
        default_factory=dict, description="Entity type (or @secret/@pii) → lowest data class"
    )
    operators: dict[str, OperatorSpec] = Field(
        default_factory=dict, description="Entity type → operator; key `default` for the rest"
    )
    output: OutputSpec = OutputSpec()
    audit_content: dict[str, ContentMode] = Field(
        default_factory=dict,
        description="Data class → what the audit record keeps of request and response "
        "(none, hash, encrypted, full); classes not listed keep audit.content of kanmon.yaml",
    )
    rules: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _classes_known(self) -> PolicyDoc:
        known = set(self.data_classes)
        if len(known) != len(self.data_classes):
            raise ValueError("data_classes has a duplicate")

        def check(v: str, where: str) -> None:
            if v not in known:
                raise ValueError(f"{where}: unknown data class {v!r} (known: {self.data_classes})")

        check(self.default_data_class, "default_data_class")
        for ent, cls in self.classify.items():
            check(cls, f"classify.{ent}")
        for cls in self.output.on_finding:
            check(cls, f"output.on_finding.{cls}")
        for cls in self.audit_content:
            check(cls, f"audit_content.{cls}")
        if self.injection.guard is not None:
            for cls in self.injection.guard.fail:
                if cls != "default":
                    check(cls, f"injection.guard.fail.{cls}")
        ids = [r.id for r in self.rules]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate rule ids: {sorted(dup)}")
        for r in self.rules:
            at = r.when.injection_at_least
            if isinstance(at, float) and not 0.0 <= at <= 1.0:
                raise ValueError(f"rules.{r.id}.when.injection_at_least: {at} is outside 0..1")
            if r.when.data_class_at_least is not None:
                check(r.when.data_class_at_least, f"rules.{r.id}.when.data_class_at_least")
        return self
