"""What an injection score is made of: the result a text (or a request) gets, and the
calibration that turns each layer's output into a probability and combines them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from kanmon.scan._injection_guard import GuardVerdict


@dataclass(slots=True)
class InjectionResult:
    """A text's (or a whole request's) injection score and how it came about."""

    score: float = 0.0
    #: (``layer:signal``, location, start, end) of every signal that counted.
    evidence: list[tuple[str, str, int, int]] = field(default_factory=list)
    #: Highest score per source (user, tool, document, ...).
    by_source: dict[str, float] = field(default_factory=dict)
    #: Each layer's raw output (lexical and decode: 0..1; classifier: its highest logit;
    #: guard: the guard model's 0..1) at the highest-scoring text.
    layers: dict[str, float] = field(default_factory=dict)
    #: Each layer's calibrated probability at the highest-scoring text (the score combines
    #: them as ``1 - Π(1 - p)``).
    contributions: dict[str, float] = field(default_factory=dict)
    #: The guard model's verdicts, from the scan step until the decide step folds them in
    #: (it needs the data class, which decides what a missing verdict means).
    guard_verdicts: list[GuardVerdict] = field(default_factory=list)

    def merge(self, other: InjectionResult, source: str) -> None:
        self.evidence.extend(other.evidence)
        self.by_source[source] = max(self.by_source.get(source, 0.0), other.score)
        if other.score >= self.score:
            self.score = other.score
            self.layers = dict(other.layers)
            self.contributions = dict(other.contributions)

    def add_guard(self, score: float, source: str, location: str, signal: str) -> None:
        """Fold in a guard model's verdict: the combined score is the higher of the two (the
        guard is not calibrated against this corpus, so it neither lowers nor averages)."""
        self.layers["guard"] = max(self.layers.get("guard", 0.0), score)
        self.evidence.append((f"guard:{signal}", location, 0, 0))
        self.by_source[source] = max(self.by_source.get(source, 0.0), score)
        if score > self.score:
            self.score = round(score, 4)
            self.contributions["guard"] = round(score, 4)


@dataclass(frozen=True, slots=True)
class Calibration:
    """Each layer's output turned into a probability on the dev split (Platt scaling with one
    more input: ``sigmoid(a * x + b + c * discussion)``, where ``discussion`` is 1 when the
    text talks about attacks — words such as "prompt injection", "jailbreak", "red team" — so
    the same phrase counts less in a security discussion than in an instruction), then
    combined as ``1 - Π(1 - p)``: any one layer that is sure is enough, and layers that are
    each half sure add up. A layer with nothing to say (no signal, nothing decoded, no region
    classified) contributes 0."""

    lexical: tuple[float, float, float] = (8.0, -4.0, -2.0)
    decode: tuple[float, float, float] = (8.0, -4.0, -2.0)
    classifier: tuple[float, float, float] = (1.0, -2.0, -1.0)
    window: tuple[float, float, float] = (1.0, -2.0, -1.0)
    #: The classifier's logit is clipped to ±this.
    clip: float = 8.0
    #: The operating point the training script chose on dev (max F1 with ≤ 2% false
    #: positives on texts that discuss attacks); the example policy uses it.
    threshold: float = 0.5
    #: A stacked logistic over all layers' outputs, fitted on dev (models from round 4 on):
    #: ``sigmoid(bias + Σ weight[layer] * x[layer] + on[layer] + discussion * weight)``. It
    #: replaces the per-layer scalings above and their noisy-or, which counted the same
    #: evidence twice when two layers saw it (a persona signal and the classifier on the
    #: same harmless role play). Keys: ``bias``, ``discussion``, each layer and ``<layer>_on``;
    #: the lexical layer enters per category (``lexical.persona``, ...), since harmless role
    #: plays say "stay in character" while nothing harmless says "ignore your instructions".
    stack: tuple[tuple[str, float], ...] = ()
    #: ``stack`` as a dict, made once (``combine`` runs for every text with a trigger hit).
    _stack: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_stack", dict(self.stack))

    def probability(self, layer: str, x: float, discussion: float = 0.0) -> float:
        a, b, c = getattr(self, layer)
        return 1.0 / (1.0 + math.exp(-(a * x + b + c * discussion)))

    def stacked(
        self, feats: dict[str, float], layers: tuple[str, ...], on: frozenset[str]
    ) -> tuple[float, dict[str, float]]:
        """The stacked score of ``feats`` (each layer's raw output, the lexical layer's per
        category as ``lexical.<category>``) and each layer's term in its logit; a layer that is
        off or said nothing has no term. ``(0, terms)`` when no layer said anything."""
        st = self._stack
        terms = dict.fromkeys(layers, 0.0)
        z = st["bias"]
        said = False
        for layer in layers:
            x = feats.get(layer, 0.0)
            if layer not in on or x == 0.0 or x <= -self.clip:
                continue
            said = True
            if layer == "lexical":  # weighed by category
                t = sum(
                    st.get(k, 0.0) * stack_input(k, v)
                    for k, v in feats.items()
                    if v and k.startswith("lexical.")
                )
            else:
                t = st.get(layer, 0.0) * stack_input(layer, min(x, self.clip))
                t += st.get(f"{layer}_on", 0.0)
            terms[layer] = t
            z += t
        if not said:
            return 0.0, terms
        z += st.get("discussion", 0.0) * feats.get("discussion", 0.0)
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0))), terms


def stack_input(key: str, x: float) -> float:
    """What the stacked logistic reads of a layer's output. The lexical and decoding layers'
    noisy-or ``1 - Π(1 - w)`` becomes ``Σ -ln(1 - w)``: signals add up ("you are now DAN" and
    "free of all restrictions" and "stay in character" together weigh more than the last
    alone, which harmless role plays say too) instead of saturating near 1."""
    if key.startswith(("lexical", "decode")):
        return -math.log1p(-min(x, 0.9999))
    return x


def noisy_or(weights: list[float]) -> float:
    keep = 1.0
    for w in weights:
        keep *= 1.0 - w
    return 1.0 - keep
