"""The lexical layer's second look at a text with its typos and chat spellings written out
(``_injection_misspelt``): the signals found in the written-out regions that take in a word
written out, placed where the words were typed, and the classifier's logit on those regions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kanmon.scan._injection_decode import _CharOffsets
from kanmon.scan._injection_misspelt import respell, to_typed
from kanmon.scan._injection_regions import _patterns, _regions
from kanmon.scan._rx import UNANCHORED, find_all

Evidence = list[tuple[str, int, int]]
#: The lexical layer on a text's UTF-8 bytes and byte regions: weights and evidence.
Lexical = Callable[[bytes, list[tuple[int, int]]], tuple[list[float], Evidence]]
#: The classifier's logit on byte regions.
Classify = Callable[[bytes, list[tuple[int, int]]], float]


def respelt(
    text: str,
    data: bytes,
    regions: list[tuple[int, int]],
    shuffled_in: list[tuple[int, int]],
    lexical: Lexical,
    classify: Classify | None,
) -> tuple[list[float], Evidence, float | None]:
    """The signals that misspelt key words and chat spellings in the byte ``regions`` of
    ``data`` (the text's bytes) make when written out, as ``lexical:respelt>…`` evidence at the
    words as typed (byte spans of ``data``), with their weights; each weighs what it would in
    the text spelt right (quoted, reported, given as an example: ``lexical`` weighs it in the
    written-out text). Words with their inner letters shuffled count too in ``shuffled_in``.
    And ``classify``'s logit on the regions around the words written out (None: nothing to
    write out, or no classifier)."""
    p = _patterns()
    found_at = [a for lo, hi in regions for a in _starts(p.respell, data, lo, hi)]
    for lo, hi in shuffled_in:  # (rare: the shuffled words' pattern builds many DFA states)
        found_at += [a for ((a, _),) in find_all(p.scrambled, data, lo, hi)]
    if not found_at:
        return [], [], None
    offsets = _CharOffsets(data)
    written = respell(text, [offsets.at(a) for a in found_at])
    if written is None:
        return [], [], None
    plain, fixes = written
    pdata = plain.encode("utf-8", "surrogatepass")
    around = _regions(pdata, byte_spans(plain, [(ps, pe) for ps, pe, _, _ in fixes]))
    logit = classify(pdata, around) if classify is not None else None
    weights, hits = lexical(pdata, around)
    out_w: list[float] = []
    kept: list[tuple[str, tuple[int, int]]] = []
    poffsets = _CharOffsets(pdata)
    for w, (sid, a, b) in zip(weights, hits, strict=True):
        typed = to_typed(*poffsets.span(a, b), fixes)
        if typed is not None:  # else the text as typed holds the signal already
            out_w.append(w)
            kept.append((f"lexical:respelt>{sid[8:]}", typed))
    at = byte_spans(text, [typed for _, typed in kept])
    out_h: Evidence = [(sid, a, b) for (sid, _), (a, b) in zip(kept, at, strict=True)]
    return out_w, out_h, logit


def _starts(rx: Any, data: bytes, pos: int, end: int) -> list[int]:
    """Where ``rx`` matches in ``data[pos:end]``, each search resuming on the last byte of
    the match before: a match ends on the space the next one may start with ("ignor ur")."""
    match = rx._regexp.Match
    out: list[int] = []
    while pos < end:
        ((a, b),) = match(UNANCHORED, data, pos, end)
        if a < 0:
            break
        out.append(a)
        pos = b - 1 if b - 1 > a else b
    return out


def byte_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A character span of ``text`` as a span of its UTF-8 bytes."""
    head = len(text[:start].encode("utf-8", "surrogatepass"))
    return head, head + len(text[start:end].encode("utf-8", "surrogatepass"))


def byte_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``byte_span`` of each span, in one walk along ``text``: one at a time, each encodes the
    text before it, and a long text with a word to write out every few characters cost its
    length squared."""
    if text.isascii():
        return list(spans)
    out: list[tuple[int, int]] = [(0, 0)] * len(spans)
    at_char = at_byte = 0
    for i in sorted(range(len(spans)), key=lambda k: spans[k][0]):
        start, end = spans[i]
        at_byte += len(text[at_char:start].encode("utf-8", "surrogatepass"))
        at_char = start
        out[i] = (at_byte, at_byte + len(text[start:end].encode("utf-8", "surrogatepass")))
    return out
