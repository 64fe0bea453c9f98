"""What the decoding layer found, rescanned: each decoded text's lexical signals make the
decode layer's output (a quarter of their weight when the text quotes or reports the encoded
payload rather than asking for it to be run), and the classifier's logit on it counts as the
classifier's (``InjectionScanner.features``; ``classify`` is its classifier over byte ranges)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from kanmon.scan._injection_decode import Decoded
from kanmon.scan._injection_encodings import LETTER_MAPS
from kanmon.scan._injection_lexical import lexical_signals
from kanmon.scan._injection_pieces import SIGNAL as SPLIT
from kanmon.scan._injection_pieces import WEIGHT as SPLIT_WEIGHT
from kanmon.scan._injection_pieces import split_harm
from kanmon.scan._injection_placed import reported, spans_in
from kanmon.scan._injection_quotes import exemplified
from kanmon.scan._injection_regions import Talk, _Patterns, _regions
from kanmon.scan._injection_score import noisy_or


def rescan_decoded(
    p: _Patterns,
    layers: Collection[str],
    classify: Callable[[bytes, list[tuple[int, int]]], float],
    text: str,
    data: bytes,
    decoded: list[Decoded],
    talk: Talk,
    agent_data: int,
    decode_asked: bool,
    out: dict[str, float],
) -> list[tuple[str, int, int]]:
    """Sets ``out``'s decode layer (and raises its lexical and classifier layers where the
    decoded text moves them); returns the evidence, on the decoded runs' spans in ``text``."""
    evidence: list[tuple[str, int, int]] = []
    # Decoded text is rescanned: its lexical signals make the decode layer's output,
    # and the classifier's logit on it counts as the classifier's.
    best = 0.0
    damped: list[float] = []
    for d in decoded:
        plain = d.text.encode("utf-8", "surrogatepass")
        span = [(0, len(plain))]
        prefix = f"decode.{d.kind}>"
        weights, lex = lexical_signals(p, plain, span, prefix, agent_data)
        if d.kind.rsplit(">", 1)[-1] == "pieces" and split_harm(text, d.text):
            # a harm asked for in pieces for the model to join
            weights.append(SPLIT_WEIGHT)
            lex.append((f"{prefix}lexical:{SPLIT}", 0, len(plain)))
        if weights and "lexical" in layers and not decode_asked:
            # An encoded attack a discussion quotes, or a text gives as an example,
            # is reported, like a plain one: it weighs a quarter, as a lexical signal.
            # The decode layer's calibration has no such case: any signal it finds is
            # near certain.
            kept = []
            for w, at in zip(weights, spans_in(text, d, plain, lex), strict=True):
                # (joined pieces are quoted strings by their making)
                if (
                    talk.reporting() and (d.kind == "pieces" or reported(talk, data, *at))
                ) or exemplified(data, *at):
                    damped.append(w * 0.25)
                else:
                    kept.append(w)
            weights = kept
        best = max(best, noisy_or(weights))
        evidence.extend((sid, d.start, d.end) for sid, _, _ in lex)
        # A decoded text whose every signal is reported counts a quarter, in the lexical
        # layer; the classifier, which would read the quoted payload as the attack it
        # is, does not read it.
        reported_whole = bool(lex) and not weights
        if (
            "classifier" in layers
            and d.kind.rsplit(">", 1)[-1] not in LETTER_MAPS
            and not reported_whole
        ):
            logit = classify(plain, _regions(plain, span))
            out["classifier"] = max(out["classifier"], logit)
    out["decode"] = best
    if damped:
        out["lexical"] = noisy_or([out["lexical"], *damped])
    return evidence
