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
    #: Per source, the highest score of the texts in which each layer found evidence
    #: (``lexical``, ``decode``, ``guard``; a text with a score and no evidence, one the
    #: classifier alone raised, counts under ``classifier``): a policy rule may count only
    #: texts that more than the classifier found (``injection_layers_any``).
    by_source_layer: dict[str, dict[str, float]] = field(default_factory=dict)

    def merge(self, other: InjectionResult, source: str) -> None:
        self.evidence.extend(other.evidence)
        self.by_source[source] = max(self.by_source.get(source, 0.0), other.score)
        if other.by_source_layer:
            mine = self.by_source_layer.setdefault(source, {})
            for found in other.by_source_layer.values():
                for layer, v in found.items():
                    if v > mine.get(layer, -1.0):
                        mine[layer] = v
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
        mine = self.by_source_layer.setdefault(source, {})
        mine["guard"] = max(mine.get("guard", 0.0), score)
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

    def probability(self, layer: str, x: float, discussion: float = 0.0) -> float:
        a, b, c = getattr(self, layer)
        return 1.0 / (1.0 + math.exp(-(a * x + b + c * discussion)))


def layer_of(signal: str) -> str:
    """The layer an evidence entry names: ``lexical:…``, ``decode.base64>lexical:…``,
    ``classifier:region``, ``guard:…``."""
    return "decode" if signal.startswith("decode") else signal.partition(":")[0]


def noisy_or(weights: list[float]) -> float:
    keep = 1.0
    for w in weights:
        keep *= 1.0 - w
    return 1.0 - keep
