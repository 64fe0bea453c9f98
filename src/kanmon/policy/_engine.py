"""A compiled policy and the decision it makes for one request's facts."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import orjson
from pydantic import ValidationError

from kanmon._yaml import load_yaml, validation_message
from kanmon.catalog import Catalog
from kanmon.config import KanmonConfig, resolve_secret
from kanmon.core.catalog import Deployment
from kanmon.core.decision import CONTENT_MODES, ContentMode, Decision, Reason
from kanmon.core.match import Matcher
from kanmon.errors import ConfigError
from kanmon.policy._checks import Facts, PolicyCheck, load_check
from kanmon.policy._injection import PolicyGuard, build_scanner, check_guard_deployment
from kanmon.policy._schema import DeploymentMatch, OperatorSpec, PolicyDoc, Rule
from kanmon.policy._when import conditions
from kanmon.scan import (
    PII_ENTITIES,
    SECRET_ENTITIES,
    GuardChat,
    InjectionScanner,
    KeyedHash,
    Mask,
    Operator,
    Pseudonymise,
    Scanner,
    ScanSet,
    Tag,
    load_scanner,
)

log = logging.getLogger("kanmon.policy")

GROUPS: dict[str, frozenset[str]] = {"@secret": SECRET_ENTITIES, "@pii": PII_ENTITIES}


def expand(names: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for n in names:
        out |= GROUPS.get(n, {n})
    return frozenset(out)


def _operator(spec: OperatorSpec, hash_key: bytes) -> Operator:
    if spec.type == "mask":
        return Mask(char=spec.char, keep_last=spec.keep_last)
    if spec.type == "hash":
        return KeyedHash(key=hash_key, length=spec.length)
    if spec.type == "pseudonymise":
        return Pseudonymise()
    return Tag()


class Policy:
    """Everything compiled once at load: class ranks, operators, scanners, rule checks."""

    def __init__(
        self,
        doc: PolicyDoc,
        *,
        source: str = "policy",
        catalog: Catalog | None = None,
        hash_key: bytes | None = None,
    ) -> None:
        self.doc = doc
        self.source = source
        self.catalog = catalog
        canonical = orjson.dumps(doc.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS)
        self.version = "sha256:" + hashlib.sha256(canonical).hexdigest()[:16]
        self.rank = {c: i for i, c in enumerate(doc.data_classes)}
        self.classify: dict[str, str] = {}
        for name, cls in doc.classify.items():
            for ent in expand([name]):
                if self.rank[cls] > self.rank.get(self.classify.get(ent, ""), -1):
                    self.classify[ent] = cls
        key = hash_key if hash_key is not None else os.urandom(32)
        specs = dict(doc.operators)
        default_spec = specs.pop("default", OperatorSpec())
        self.default_operator = _operator(default_spec, key)
        self.operators: dict[str, Operator] = {}
        for name, spec in specs.items():
            for ent in expand([name]):
                self.operators[ent] = _operator(spec, key)
        scanners: list[Scanner] = []
        self.injection: InjectionScanner | None = None
        #: The guard-model layer: built here for an ONNX file; for a catalog deployment the
        #: gateway binds it to that deployment's provider (``bind_guard``).
        self.guard: PolicyGuard | None = None
        base = Path(source).parent if source != "policy" else Path.cwd()
        for name in doc.scanners:
            if name == "injection":
                self.injection = build_scanner(doc.injection, base)
                continue
            s = load_scanner(name)
            if isinstance(s, InjectionScanner):
                self.injection = s
            else:
                scanners.append(s)
        guard = doc.injection.guard
        if self.injection is not None and guard is not None and guard.onnx is not None:
            self.guard = PolicyGuard.onnx(guard, base)
        check_guard_deployment(
            doc.injection, set(catalog.deployments) if catalog is not None else None, source
        )
        self.scanset = ScanSet(scanners)
        self.output_entities = expand(doc.output.entities)
        self.checks: dict[str, PolicyCheck] = {
            r.when.check: load_check(r.when.check) for r in doc.rules if r.when.check
        }
        calibrated = self.injection.threshold if self.injection is not None else 0.5
        self.rules = tuple(
            (r, ents, expand(r.redact or ()), conditions(
                r.when, ents, self.rank, calibrated,
                self.checks[r.when.check] if r.when.check else None,
            ))
            for r in doc.rules
            for ents in (expand(r.when.entities_any or ()),)
        )  # fmt: skip
        self._rule_content = {r.id: r.audit_content for r in doc.rules if r.audit_content}
        #: each rule's deployment match compiled once (the hot path runs the checks only)
        self._matchers: dict[int, Matcher] = {
            id(r.when.deployment): r.when.deployment.compile()
            for r in doc.rules
            if r.when.deployment is not None
        }
        if catalog is not None:
            for r in doc.rules:
                for dep_id in r.reroute_to:
                    if dep_id not in catalog.deployments:
                        raise ConfigError(
                            f"{source}: rules.{r.id}.reroute_to: unknown deployment {dep_id!r}"
                        )

    @property
    def reroute_targets(self) -> list[str]:
        return [d for r in self.doc.rules for d in r.reroute_to]

    @property
    def guard_deployment(self) -> str | None:
        """The catalog deployment the injection guard calls (the gateway needs its provider)."""
        g = self.doc.injection.guard
        return g.deployment if g is not None and self.injection is not None else None

    def bind_guard(self, chat: GuardChat, model_alias: str) -> None:
        """Connect the guard layer to its deployment: ``chat`` sends one chat request to it
        (a provider's ``chat``)."""
        spec = self.doc.injection.guard
        if spec is None or spec.deployment is None:
            raise ConfigError(f"{self.source}: no injection.guard.deployment to bind")
        self.guard = PolicyGuard.endpoint(spec, chat, model_alias)

    @property
    def content_modes(self) -> set[ContentMode]:
        """Every audit content mode this policy may choose."""
        return set(self.doc.audit_content.values()) | set(self._rule_content.values())

    def audit_content_for(
        self, data_class: str | None, rule_ids: Iterable[str]
    ) -> ContentMode | None:
        """What the audit record keeps of a request of ``data_class`` on which ``rule_ids``
        fired: the least exposing mode a fired rule asks for, else its data class's, else None
        (``audit.content`` of kanmon.yaml). Least exposing, because a rule that keeps less
        usually says what must not be kept."""
        fired = [m for r in rule_ids if (m := self._rule_content.get(r)) is not None]
        if fired:
            return min(fired, key=CONTENT_MODES.index)
        return self.doc.audit_content.get(data_class or "")

    def max_class(self, *classes: str | None) -> str:
        known = [c for c in classes if c in self.rank]
        return max(known, key=self.rank.__getitem__, default=self.doc.default_data_class)

    def class_for(self, entities: Mapping[str, int]) -> str | None:
        found = [self.classify[e] for e in entities if e in self.classify]
        return max(found, key=self.rank.__getitem__) if found else None

    # -- deciding ------------------------------------------------------------------------------

    def _deployment_matches(self, m: DeploymentMatch, dep: Deployment) -> bool:
        matcher = self._matchers.get(id(m))
        if matcher is None:  # a match built after load (e.g. by a test): compile it now
            matcher = self._matchers[id(m)] = m.compile()
        model = None
        if matcher.needs_model and self.catalog is not None:
            model = self.catalog.models.get(dep.model)
        return matcher(dep, model)

    def decide(self, facts: Facts) -> Decision:
        """Run every rule in order; the most severe action wins, every fired rule is a reason.
        A reroute narrows ``facts.candidates`` for the rules after it."""
        d = Decision(data_class=facts.data_class, policy_version=self.version)
        for rule, ents, redact, conds in self.rules:
            for cond in conds:  # the rule's conditions on the request (``_when.py``)
                if not cond(facts):
                    break
            else:
                self._apply(rule, ents, redact, facts, d)
        d.deployments = [c.id for c in facts.candidates]
        fired = d.rule_ids if self._rule_content else ()  # no rule names a content mode
        d.audit_content = self.audit_content_for(facts.data_class, fired)
        return d

    def _apply(
        self, rule: Rule, ents: frozenset[str], redact: frozenset[str], facts: Facts, d: Decision
    ) -> None:
        """A rule whose request conditions hold: its deployment match, then its action."""
        m = rule.when.deployment
        offending: list[Deployment] = []
        if m is not None:
            offending = [c for c in facts.candidates if self._deployment_matches(m, c)]
            if not offending:
                return
        msg = rule.message or rule.description or f"rule {rule.id} matched"
        action = rule.action
        if action == "reroute":
            assert m is not None
            kept = [c for c in facts.candidates if c not in offending]
            if self.catalog is not None:
                for dep_id in rule.reroute_to:
                    dep = self.catalog.deployments[dep_id]
                    if dep not in kept and not self._deployment_matches(m, dep):
                        kept.append(dep)
            if kept:
                facts.candidates = kept
                msg += f" (rerouted away from {', '.join(c.id for c in offending)})"
            else:
                action = rule.otherwise
                msg += " (no permitted deployment to reroute to)"
        if action == "redact":
            d.redact |= redact or ents or (set(facts.entities) - {"PROMPT_INJECTION"})
        d.escalate(action, Reason(rule.id, msg))


def load_policy(
    path: Path, *, catalog: Catalog | None = None, hash_key: bytes | None = None
) -> Policy:
    data = load_yaml(path)
    try:
        doc = PolicyDoc.model_validate(data or {})
    except ValidationError as e:
        raise ConfigError(validation_message(path, e)) from None
    return Policy(doc, source=str(path), catalog=catalog, hash_key=hash_key)


def load_configured(config: KanmonConfig, catalog: Catalog) -> Policy | None:
    """The compiled policy kanmon.yaml names, or None when scanning is off (then the request
    path pays nothing for it)."""
    if config.policy.file is None:
        return None
    key = None
    if config.policy.hash_key_env:
        secret = resolve_secret(env=config.policy.hash_key_env, file=None, what="hash key")
        key = secret.encode() if secret else None
    if key is None:
        log.warning("policy: no hash key set; keyed hashes are not stable across restarts")
    return load_policy(config.resolve(config.policy.file), catalog=catalog, hash_key=key)
