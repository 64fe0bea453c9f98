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


class DeploymentMatch(ProvenanceMatch):
    """Matches a candidate deployment by its provenance (``kanmon.core.match``): the model's
    vendor, jurisdiction, family and licence, the provider entity, region and data terms. All
    given fields must hold."""


class When(_Strict):
    data_class_at_least: str | None = None
    entities_any: list[str] | None = None
    injection_at_least: float | None = Field(default=None, ge=0, le=1)
    injection_sources: list[Literal["user", "tool", "document", "system", "assistant"]] | None = (
        None
    )
    roles_any: list[str] | None = None
    roles_none: list[str] | None = None
    teams_any: list[str] | None = None
    teams_none: list[str] | None = None
    use_cases_any: list[str] | None = None
    deployment: DeploymentMatch | None = None
    check: str | None = Field(default=None, description="A kanmon.policy_rules entry point")


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
        ids = [r.id for r in self.rules]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate rule ids: {sorted(dup)}")
        for r in self.rules:
            if r.when.data_class_at_least is not None:
                check(r.when.data_class_at_least, f"rules.{r.id}.when.data_class_at_least")
        return self
