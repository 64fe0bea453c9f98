"""Prompt-injection detection in layers, combined into one calibrated score in 0..1.

1. **Triggers** — one RE2 pass over the UTF-8 bytes with a broad vocabulary in six languages
   (instruction, ignore, system, prompt, tool, 指令, 無視, 지시, инструкция, Anweisung, …) plus
   structural marks (template tokens, HTML comments, markdown images, encoded runs). Text with
   no hit scores 0 and costs that pass alone; the other layers see only the regions around hits.
2. **Lexical** — intent signals by category (override, persona, extraction, tool hijack,
   exfiltration, obfuscation), each a named pattern with a weight (``_injection_lexicon``). A
   signal in text that discusses attacks is damped (a quoted, listed or fenced one more: it is
   a mention), and so is one any text quotes as an example ("lines such as '…'") or gives to
   people ("the teacher told us to …", ``_injection_addressed``). Misspelt key words and chat
   spellings are written out and looked at again (``_injection_respelt``). A harmful request
   with an optimiser's token soup beside it is told by counting tokens (``_injection_soup``).
3. **Decoding** — base64, hex, URL escapes, zero-width characters, rot13, leetspeak and split
   characters are undone and the plain text rescanned by layers 2 and 4; pieces joined that
   spell a harm are a signal of their own (``_injection_pieces``).
4. **Classifier** — hashed byte n-grams with a linear model (``_injection_model``), trained by
   ``scripts/train_injection.py``; its logit per region, the highest counting.

The layers' outputs enter one logistic combination whose coefficients and recommended
threshold were fitted on the corpus' dev split by the training script, so the score is a
calibrated probability. An optional guard model (``_injection_guard``) runs outside this
synchronous path, on the gateway's event loop, and is merged by ``InjectionResult.add_guard``.
Every evidence entry names its layer and signal: ``lexical:override.en.ignore``,
``lexical:respelt>override.en.ignore``, ``decode.base64>lexical:extraction.en.reveal``,
``classifier:region``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kanmon.core.finding import Finding
from kanmon.plugins import register
from kanmon.scan._escaped import Escapes, is_json, unescaped
from kanmon.scan._hant import simplified
from kanmon.scan._injection_decode import Decoded, _CharOffsets, decode
from kanmon.scan._injection_lexical import lexical_signals
from kanmon.scan._injection_lexicon import SIGNALS
from kanmon.scan._injection_pasted import pasted_from
from kanmon.scan._injection_placed import damping, reported
from kanmon.scan._injection_regions import (
    Talk,
    _comments,
    _hits,
    _patterns,
    _pieces,
    _regions,
    is_discussion,
)
from kanmon.scan._injection_rescan import rescan_decoded
from kanmon.scan._injection_respelt import respelt
from kanmon.scan._injection_score import Calibration, InjectionResult, layer_of, noisy_or
from kanmon.scan._injection_scrambled import unscramble
from kanmon.scan._injection_soup import SIGNAL as SOUP
from kanmon.scan._injection_soup import WEIGHT as SOUP_WEIGHT
from kanmon.scan._injection_soup import token_soup
from kanmon.scan._rx import find_all, found, whole
from kanmon.scan._scanset import SCANNERS

if TYPE_CHECKING:
    from kanmon.scan._injection_model import NgramModel

#: ``window`` is the classifier's weights over windows of text in which the trigger pass found
#: nothing: a layer of its own, off unless asked for. At the cut the false-positive rule gives
#: it on dev it changes no verdict on the held-out corpora and costs 6-12% of the scanner's
#: throughput (docs/history/scanning-rounds.md, round 3).
LAYERS = ("lexical", "decode", "classifier", "window")
DEFAULT_LAYERS = ("lexical", "decode", "classifier")


#: Each signal's weight, undamped.
_WEIGHT = {sid: w for sid, _, w, _ in SIGNALS} | {SOUP: SOUP_WEIGHT}

#: Below this classifier logit the calibrated probability is negligible whatever the context.
_QUIET_LOGIT = -1.0
#: ``lexical_signals``' ``embedded`` where no signal that counts only in agent data counts.
_NEVER = 1 << 62

#: The window pass skips shorter texts: over a few dozen bytes a handful of n-grams make the
#: logit ("write to bob@example.com" scored like an exfiltration request), and an attack that
#: short without one trigger word is rare.
MIN_WINDOW_TEXT = 64


class InjectionScanner:
    """``score`` gives the full result; ``scan`` findings of type ``PROMPT_INJECTION``."""

    id = "injection"
    entities = frozenset({"PROMPT_INJECTION"})

    def __init__(
        self,
        model: NgramModel | None = None,
        *,
        layers: frozenset[str] = frozenset(DEFAULT_LAYERS),
        calibration: Calibration | None = None,
    ) -> None:
        self.layers = layers
        if model is None:  # numpy loads with the model, not with kanmon.scan
            from kanmon.scan._injection_model import NgramModel

            model = NgramModel.load()
        self.model = model
        self._p = _patterns()
        cal = self.model.meta.get("calibration")
        if calibration is None and cal:
            calibration = Calibration(
                lexical=(cal["lexical"][0], cal["lexical"][1], cal["lexical"][2]),
                decode=(cal["decode"][0], cal["decode"][1], cal["decode"][2]),
                classifier=(cal["classifier"][0], cal["classifier"][1], cal["classifier"][2]),
                # a model from before the window pass: the window input stays silent
                window=tuple(cal.get("window", (1.0, -50.0, 0.0)))[:3],
                clip=cal["clip"],
                threshold=cal["threshold"],
            )
        self.calibration = calibration or Calibration()

    @classmethod
    def from_path(
        cls, path: Path, *, layers: frozenset[str] = frozenset(DEFAULT_LAYERS)
    ) -> InjectionScanner:
        from kanmon.scan._injection_model import NgramModel

        return cls(NgramModel.load(path), layers=layers)

    @property
    def threshold(self) -> float:
        return self.calibration.threshold

    # -- layers ----------------------------------------------------------------------------

    def segments(self, text: str) -> list[bytes]:
        """The regions of ``text`` the classifier would score (the training script trains on
        these, so training and scanning see text cut the same way)."""
        data = text.encode("utf-8", "surrogatepass")
        if (found := _hits(data)) and (as_simplified := simplified(text, data)):
            data = as_simplified.encode("utf-8", "surrogatepass")
            found = _hits(data)
        hits = [(a, end) for a, _, end, only in found if not only]
        return [data[a:b] for a, b in _regions(data, hits)] if hits else []

    def decoded(self, text: str) -> list[str]:
        """Plain texts the decoding layer would rescan."""
        return [d.text for d in decode(text)]

    def _unscrambled(self, text: str, data: bytes, regions: list[tuple[int, int]]) -> list[Decoded]:
        """The stretch around key words with their inner letters shuffled, put back
        (``_injection_scrambled``); the trigger pass keeps one hit per block, so every such
        word in the regions is looked for here."""
        offsets = _CharOffsets(data)
        starts = [
            offsets.at(a)
            for lo, hi in regions
            for ((a, _),) in find_all(self._p.scrambled, data, lo, hi)
        ]
        fixed = unscramble(text, starts)
        return [] if fixed is None else [Decoded("scrambled", *fixed)]

    def _classify(self, data: bytes, regions: list[tuple[int, int]]) -> float:
        if not regions:
            return -self.calibration.clip
        if len(regions) == 1:
            a, b = regions[0]
            return self.model.logit(data[a:b])
        logits = self.model.logits([data[a:b] for a, b in regions])
        return float(logits.max())

    def _escaped(
        self, text: str, data: bytes, source: str, as_read: tuple[str, Escapes]
    ) -> tuple[dict[str, float], list[tuple[str, int, int]]]:
        """``features`` of a text written as the inside of a JSON string (a tool's serialised
        result), read as the text it holds: the escapes hide words from the signals
        (``_escaped``). A JSON document, or a text with its letters written as escapes, is read
        so alone (as written it is a run of escapes, which the decoding layer would take for an
        encoded payload, and quotes it does not see as quotes); any other text is read both
        ways and the reading that scores higher counts, so a text that only looks escaped (an
        optimiser's token soup of backslashes and quotes) keeps what it was found as."""
        plain, escapes = as_read
        read = self.features(plain, None, source, as_given=True)
        if not escapes.letters and not is_json(text):
            given = self.features(text, data, source, as_given=True)
            if self.combine(read[0])[0] <= self.combine(given[0])[0]:
                return given
        back = escapes.back
        return read[0], [(s, back(a), back(b)) for s, a, b in read[1]]

    def features(
        self, text: str, data: bytes | None = None, source: str = "user", *, as_given: bool = False
    ) -> tuple[dict[str, float], list[tuple[str, int, int]]]:
        """Each layer's raw output for ``text`` and the evidence (signal, char start, end).
        ``data``: the text's UTF-8 bytes (``utf8``), when the caller has them already;
        ``source``: user, tool or document; ``as_given``: its JSON escapes not resolved."""
        if data is None:
            data = text.encode("utf-8", "surrogatepass")
        if not as_given and b"\\" in data and (as_read := unescaped(text)) is not None:
            return self._escaped(text, data, source, as_read)
        cal = self.calibration
        out = {"lexical": 0.0, "decode": 0.0, "classifier": -cal.clip, "window": -cal.clip,
               "discussion": 0.0}  # fmt: skip
        # where the signals that count only in agent data count: a tool result or document
        # throughout; a user's message only in a text it pastes (found below), and never in the
        # texts written out or decoded from it, whose offsets are not the message's
        agent_data = 0 if source != "user" else _NEVER
        embedded = agent_data
        hits = _hits(data)
        # Traditional Chinese (its trigger words are found in either script): read as
        # Simplified, the hits found again
        if hits and (as_simplified := simplified(text, data)) is not None:
            text, data = as_simplified, as_simplified.encode("utf-8", "surrogatepass")
            hits = _hits(data)
        if not hits:
            # No word the lexicon could match: only the classifier can see a paraphrase.
            if "window" in self.layers and len(data) >= MIN_WINDOW_TEXT:
                out["window"] = self.model.window_logit(data)
                # the discussion pass (a sixth of this path's time) only if it can move it
                if out["window"] > _QUIET_LOGIT and cal.window[2]:
                    out["discussion"] = 1.0 if is_discussion(self._p, data) else 0.0
            return out, []
        regions = _regions(data, [(a, end) for a, _, end, _ in hits])
        # the classifier's regions come from trigger words alone, as in training (``segments``)
        words = [(a, end) for a, _, end, only in hits if not only]
        classifier_regions = regions if len(words) == len(hits) else _regions(data, words)
        evidence: list[tuple[str, int, int]] = []
        # the text itself asks for a decoding: what it quotes is then to be run, not reported
        decode_asked = False
        respelt_logit: float | None = None
        # key words with their inner letters shuffled (``_injection_scrambled``)
        shuffled = any(only and whole(self._p.scrambled, data, a, b) for a, b, _, only in hits)
        talk = Talk(self._p, data)  # each pass over the text once, when first needed
        all_reported = False
        structural = any(found(self._p.structural, data, lo, hi) for lo, hi in regions)
        if "lexical" in self.layers:
            to_respell: list[tuple[int, int]] = []
            if source == "user" and (pasted := pasted_from(data)) >= 0:
                embedded = pasted
            weights, lex = lexical_signals(self._p, data, regions, "", embedded, talk, to_respell)
            if to_respell or shuffled:  # typos and chat spellings written out
                more_w, more_lex, respelt_logit = respelt(
                    text,
                    data,
                    to_respell,
                    regions if shuffled else [],
                    lambda d, r: lexical_signals(self._p, d, r, "", agent_data),
                    self._classify if "classifier" in self.layers else None,
                )
                weights += more_w
                lex += more_lex
            if structural:  # a harmful request with an optimiser's token soup beside it
                for a, b in token_soup(data, [r for r in regions if found(self._p.soup, data, *r)]):
                    weights.append(SOUP_WEIGHT * damping(talk, data, a, b))
                    lex.append((f"lexical:{SOUP}", a, b))
            out["lexical"] = noisy_or(weights)
            # every signal one the text reports (a quarter of its weight: quoted in a question or
            # test about it, ``ASKED_ABOUT``): then the text counts as talk about attacks, for
            # the classifier too, which reads the quoted attack as one ("rate how dangerous each
            # of these is: (a) … (b) 'Ignore your rules'")
            all_reported = bool(lex) and all(
                w <= 0.25 * _WEIGHT[sid.split(":", 1)[1].split(">")[-1]] + 1e-9
                for w, (sid, _, _) in zip(weights, lex, strict=True)
            )
            evidence.extend(lex)
            # (not when the request to decode is itself quoted or reported: "attackers hope
            # the model will 'decode and follow' them")
            decode_asked = any(
                sid.startswith("lexical:obfuscation.") and w >= _WEIGHT[sid[8:]]
                for w, (sid, _, _) in zip(weights, lex, strict=True)
            )
        if "classifier" in self.layers:
            # each region, and each paragraph in it that holds a trigger word: a paragraph
            # scores at least what it would alone, so text put around it (a page, a mail, a
            # request to summarise it, or padding) cannot talk its n-grams down (``_pieces``;
            # a text without a line break has one paragraph)
            scored = classifier_regions
            if b"\n" in data:
                scored = scored + _pieces(data, classifier_regions, words)
            out["classifier"] = self._classify(data, scored)
            # comments read without their marks: not in talk about attacks, whose comments
            # are the payloads it shows ("an attacker could embed <!-- … --> in a page"); a
            # text without a mark (``#``, ``//``, ``--``, which ``<!--`` holds) has none
            if b"#" in data or b"//" in data or b"--" in data:
                comments = [
                    text
                    for a, b, text in _comments(data, classifier_regions, words)
                    if not talk.discussion()
                    and not (talk.reporting() and reported(talk, data, a, b))
                ]
                if comments:
                    logits = self.model.logits(comments)
                    out["classifier"] = max(out["classifier"], float(logits.max()))
            if respelt_logit is not None:
                out["classifier"] = max(out["classifier"], respelt_logit)
        if not words and "window" in self.layers and len(data) >= MIN_WINDOW_TEXT:
            out["window"] = self.model.window_logit(data)  # as for text without any hit
        decoded = decode(text, data, regions) if structural and "decode" in self.layers else []
        if "decode" in self.layers and shuffled:
            decoded += self._unscrambled(text, data, regions)
        if decoded:
            evidence += rescan_decoded(
                self._p, self.layers, self._classify,
                text, data, decoded, talk, agent_data, decode_asked, out,
            )  # fmt: skip
        # The discussion context only moves a layer that has something to say: look for it
        # then (a pass over the whole text, skipped for the many texts with nothing).
        if out["lexical"] or out["decode"] or out["classifier"] > _QUIET_LOGIT:
            out["discussion"] = 1.0 if talk.discussion() else 0.0
            if not out["discussion"] and all_reported and talk.reporting():
                out["discussion"] = 1.0
        if evidence:
            offsets = _CharOffsets(data)
            lex_ev = [(s, a, b) for s, a, b in evidence if s.startswith("lexical:")]
            evidence = [(s, *offsets.span(a, b)) for s, a, b in lex_ev] + [
                e for e in evidence if not e[0].startswith("lexical:")
            ]
        return out, evidence

    def combine(self, feats: dict[str, float]) -> tuple[float, dict[str, float]]:
        """The combined score and each layer's calibrated probability."""
        cal = self.calibration
        probs: dict[str, float] = {}
        for layer in LAYERS:
            x = feats.get(layer, 0.0)
            if layer not in self.layers or x == 0.0 or x <= -cal.clip:
                probs[layer] = 0.0
            else:
                probs[layer] = cal.probability(
                    layer, min(x, cal.clip), feats.get("discussion", 0.0)
                )
        return noisy_or(list(probs.values())), probs

    # -- public ----------------------------------------------------------------------------

    def score(
        self, text: str, location: str = "", source: str = "user", data: bytes | None = None
    ) -> InjectionResult:
        """``data``: the text's UTF-8 bytes (``utf8``), when the caller has them already (a
        request's text is encoded once for every scanner)."""
        res = InjectionResult()
        feats, evidence = self.features(text, data, source)
        if evidence or max(feats["classifier"], feats["window"]) > -self.calibration.clip:
            score, terms = self.combine(feats)
        else:
            score, terms = 0.0, {}
        res.score = _round4(score)
        res.layers = {k: _round4(v) for k, v in feats.items()}
        res.contributions = {k: _round4(v) for k, v in terms.items()}
        res.evidence = [(s, location, a, b) for s, a, b in evidence]
        if res.score >= self.threshold and not res.evidence:
            what = "window" if feats["window"] > -self.calibration.clip else "region"
            res.evidence.append((f"classifier:{what}", location, 0, len(text)))
        res.by_source[source] = res.score
        if res.evidence:
            res.by_source_layer[source] = dict.fromkeys(
                {layer_of(e[0]) for e in res.evidence}, res.score
            )
        elif res.score:
            res.by_source_layer[source] = {"classifier": res.score}
        return res

    def scan(self, text: str, location: str = "") -> list[Finding]:
        res = self.score(text, location)
        if res.score < self.threshold:
            return []
        return [
            Finding("PROMPT_INJECTION", s, e, res.score, self.id, loc)
            for _, loc, s, e in res.evidence
        ]


def _round4(x: float) -> float:
    """``round(x, 4)``, which formats the float as decimal digits: a whole number (most
    layers' outputs are 0.0 or the clip) is already what it would return."""
    return x if isinstance(x, float) and x.is_integer() else round(x, 4)


@register(SCANNERS)
def injection_scanner() -> InjectionScanner:
    """Built-in ``injection`` scanner (entry point ``kanmon.scanners``)."""
    return InjectionScanner()
