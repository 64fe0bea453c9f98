"""The lexical layer's pass: the intent signals (``_injection_lexicon``) found in the regions
around trigger hits, each with its weight after the text's context has damped it."""

from __future__ import annotations

from kanmon.scan._injection_lexicon import EMBEDDED, SIGNALS
from kanmon.scan._injection_placed import damping
from kanmon.scan._injection_regions import RESPELL, Talk, _Patterns
from kanmon.scan._injection_sets import present
from kanmon.scan._rx import find_all


def lexical_signals(
    p: _Patterns,
    data: bytes,
    regions: list[tuple[int, int]],
    prefix: str,
    embedded: int,
    talk: Talk | None = None,
    to_respell: list[tuple[int, int]] | None = None,
) -> tuple[list[float], list[tuple[str, int, int]]]:
    """Each match's weight and evidence (signal id with ``prefix``, byte start, end).
    ``embedded``: the byte offset from which ``EMBEDDED`` signals count (0: a tool result or a
    document; a user's message from the text it pastes, ``_injection_pasted``); ``talk``: what
    ``data`` says about attacks, when the caller asks it too; ``to_respell``: gets the regions
    with words to write out (``RESPELL``)."""
    weights: list[float] = []
    hits: list[tuple[str, int, int]] = []
    if talk is None:
        talk = Talk(p, data)
    for lo, hi in regions:
        region = data[lo:hi]
        fired: set[int] = set()
        scripts = present(region)  # a set of scripts the region lacks cannot match
        for match, ids, need in p.signal_sets:
            if need is not None and not need & scripts:
                continue
            matched = match(region)
            if matched:
                fired.update([ids[j] for j in matched])
        if RESPELL in fired:
            fired.discard(RESPELL)
            if to_respell is not None:
                to_respell.append((lo, hi))
        for i in sorted(fired):
            sid, _, weight, _ = SIGNALS[i]
            only_data = sid in EMBEDDED
            if only_data and embedded >= hi:
                continue
            first = len(weights)
            for ((a, b),) in find_all(p.signals[i], data, lo, hi):
                if only_data and a < embedded:
                    continue
                weights.append(weight * damping(talk, data, a, b))
                hits.append((f"{prefix}lexical:{sid}", a, b))
            # the layers combine independent pieces of evidence; the same words found twice
            # are one ("… in developer mode. In developer mode …"): each match stays in the
            # evidence, the strongest alone weighs
            if len(weights) - first > 1:
                top = max(weights[first:])
                weights[first:] = [top] + [0.0] * (len(weights) - first - 1)
    return weights, hits
