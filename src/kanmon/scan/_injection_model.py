"""The classifier layer: a linear model over hashed byte n-grams, in numpy.

A text's UTF-8 bytes (ASCII lower-cased) are read as overlapping 64-bit words — one unaligned
``uint64`` view, no copy — so the n-gram starting at every byte is that word masked to n
bytes. Each order is hashed by one multiply and one shift into a shared table of int8 weights;
the weights are gathered by index and summed per segment with ``np.add.reduceat``. A segment's
logit is ``bias + scale * sum / sqrt(bytes)``. Byte n-grams need no tokenizer and work alike on
Latin, Cyrillic and CJK text; a handful of whole-array operations per request keep it fast.

Beside them, hashed **words** and word pairs of the scripts that separate words by spaces
(``word_indices``): a Cyrillic letter is two bytes, so a byte 6-gram sees three letters of a
Russian word and never a whole one, nor two words together. CJK needs no more: a byte 6-gram
starting on a character is that character and the next, a character bigram.

The weights are trained by ``scripts/train_injection.py`` and shipped in
``kanmon/scan/data/injection_model.npz`` (int8, so a retrain reproduces them bit for bit).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from kanmon.errors import ConfigError

#: One odd 64-bit multiplier per n-gram order (Fibonacci-style hashing).
MULTIPLIERS = {
    3: 0xC2B2AE3D27D4EB4F,
    4: 0x9E3779B97F4A7C15,
    6: 0xD6E8FEB86659FD93,
}
ORDERS = (3, 4, 6)
BITS = 18
_PAD = b"\0" * 8

Int64s = npt.NDArray[np.int64]

#: Hash multipliers of the word features: one for a word, one for a pair of neighbouring words.
WORD_MULT = 0xA0761D6478BD642F
PAIR_MULT = 0xE7037ED1A0B428DB
_PAIR_SHIFT = 0x9FB21C651E98DF25
#: One odd 64-bit constant per byte position in a word (splitmix64 of the position), so a
#: word's hash is the sum of its bytes times their positions' constants: one ``reduceat``.
_POSITIONS = 32


def _splitmix(i: int) -> int:
    z = (i * 0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019) & (2**64 - 1)
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & (2**64 - 1)
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & (2**64 - 1)
    return (z ^ (z >> 31)) | 1


_POS_CONST = np.array([_splitmix(i) for i in range(_POSITIONS)], np.uint64)

#: The classifier on text without a trigger hit scores windows of two blocks of ``STEP`` bytes,
#: one every block, the last one ending with the text (``window_logit``).
STEP = 256
WINDOW = 2 * STEP


def window_bounds(n: int) -> list[tuple[int, int]]:
    """(start, end) of every window over ``n`` bytes."""
    if n <= WINDOW:
        return [(0, n)]
    return [(s, min(s + WINDOW, n)) for s in range(0, n - STEP, STEP)]


def ngram_indices(data: bytes, orders: tuple[int, ...] = ORDERS, bits: int = BITS) -> Int64s:
    """Table index of every n-gram of ``data`` (lower-cased ASCII), order by order:
    ``len(orders) * len(data)`` indices, the n-grams at the end running into zero padding."""
    n = len(data)
    if n == 0:
        return np.zeros(0, np.int64)
    buf = data.lower() + _PAD
    words = np.ndarray((1, n), "<u8", buffer=buf, strides=(n, 1))
    masks, mults = _constants(orders)
    out = np.bitwise_and(words, masks)
    np.multiply(out, mults, out=out)
    np.right_shift(out, np.uint64(64 - bits), out=out)
    flat: Int64s = out.reshape(-1).view(np.int64)
    return flat


def word_spans(data: bytes) -> tuple[Int64s, npt.NDArray[np.uint64]]:
    """Start byte and hash of every word of ``data`` (lower-cased ASCII): runs of ASCII letters
    and digits and of two-byte UTF-8 characters (accented Latin, Cyrillic, Greek). Three-byte
    characters (CJK, kana, Hangul) and punctuation end a word."""
    a = np.frombuffer(data.lower(), np.uint8)
    n = len(a)
    # one wrapping subtraction and compare per byte range (uint8 arithmetic wraps below 0)
    lead = (a - np.uint8(0xC2)) < 30
    word = ((a - np.uint8(0x61)) < 26) | ((a - np.uint8(0x30)) < 10) | lead
    word[1:] |= lead[:-1] & ((a[1:] - np.uint8(0x80)) < 64)
    starts = np.flatnonzero(word[1:] > word[:-1]) + 1
    if n and word[0]:
        starts = np.concatenate(([0], starts))
    if not len(starts):
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    first = np.zeros(n, np.int64)
    first[starts] = starts
    offset = np.arange(n) - np.maximum.accumulate(first)
    np.minimum(offset, _POSITIONS - 1, out=offset)
    vals = (a.astype(np.uint64) + np.uint64(1)) * _POS_CONST.take(offset)
    vals[~word] = 0
    return starts, np.add.reduceat(vals, starts)


def word_indices(
    data: bytes, bits: int = BITS, segments: Int64s | None = None
) -> tuple[Int64s, Int64s]:
    """Table index of every word and of every pair of neighbouring words of ``data``, and the
    byte at which each starts (a pair: at its second word), words first. With ``segments``
    (the start byte of each segment joined in ``data``), no pair joins two segments."""
    starts, h = word_spans(data)
    if not len(starts):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    shift = np.uint64(64 - bits)
    one = (h * np.uint64(WORD_MULT)) >> shift
    pair = ((h[:-1] * np.uint64(_PAIR_SHIFT) + h[1:]) * np.uint64(PAIR_MULT)) >> shift
    at = starts[1:]
    if segments is not None and len(segments) > 1:
        seg = np.searchsorted(segments, starts, "right")
        same = seg[1:] == seg[:-1]
        pair, at = pair[same], at[same]
    idx = np.concatenate((one, pair)).view(np.int64)
    return idx, np.concatenate((starts, at))


_CONSTANTS: dict[tuple[int, ...], tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]] = {}


def _constants(orders: tuple[int, ...]) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    c = _CONSTANTS.get(orders)
    if c is None:
        masks = np.array([[(1 << (8 * k)) - 1] for k in orders], np.uint64)
        mults = np.array([[MULTIPLIERS[k]] for k in orders], np.uint64)
        c = _CONSTANTS[orders] = (masks, mults)
    return c


@dataclass(frozen=True)
class NgramModel:
    """Weights and the numbers that turn their sums into a score."""

    weights: npt.NDArray[np.int8]
    scale: float
    bias: float
    orders: tuple[int, ...] = ORDERS
    bits: int = BITS
    #: Whether words and word pairs count beside the byte n-grams (``word_indices``).
    words: bool = False
    #: Everything else the training script recorded (calibration, threshold, corpus hash).
    meta: dict[str, Any] = field(default_factory=dict)

    def logits(self, segments: list[bytes]) -> npt.NDArray[np.float64]:
        """One logit per segment, all segments in one pass over their joined bytes."""
        if len(segments) == 1:  # the common case, without the bookkeeping
            seg = segments[0]
            total = int(self.weights.take(ngram_indices(seg, self.orders, self.bits)).sum())
            if self.words:
                total += int(self.weights.take(word_indices(seg, self.bits)[0]).sum())
            return np.array([self.bias + self.scale * total / math.sqrt(max(len(seg), 1))])
        # Zero bytes between segments, as after a lone one: every segment's n-grams are the same
        # as when it is scored alone (and in training).
        joined = _PAD.join(segments) + _PAD
        n, k = len(joined), len(self.orders)
        w = self.weights.take(ngram_indices(joined, self.orders, self.bits))
        per_byte = w.reshape(k, n).sum(axis=0, dtype=np.int32)
        bounds: list[int] = []
        pos = 0
        for seg in segments:
            bounds += (pos, pos + len(seg))
            pos += len(seg) + len(_PAD)
        if self.words:  # a word pair must not join two segments
            idx, at = word_indices(joined, self.bits, np.array(bounds[::2], np.int64))
            per_byte += np.bincount(at, self.weights.take(idx), n).astype(np.int32)
        sums = np.add.reduceat(per_byte, bounds)[::2].tolist()
        out = [
            self.bias + self.scale * (t if len(seg) else 0) / math.sqrt(max(len(seg), 1))
            for t, seg in zip(sums, segments, strict=True)
        ]
        return np.array(out)

    def window_logit(self, data: bytes) -> float:
        """The highest logit over the windows of ``window_bounds`` (a text no longer than one
        window is one window): the classifier on text the trigger pass found nothing in, where
        an attack may sit anywhere in a long page. Only the orders in ``window_orders`` count
        (each order is a third of the cost, and this runs on most benign text), and the words;
        the weights are summed per block once and each window adds two blocks."""
        orders = self.window_orders
        n, k = len(data), len(orders)
        w = self.weights.take(ngram_indices(data, orders, self.bits))
        per_byte = w.reshape(k, n).sum(axis=0, dtype=np.int32)
        if self.words and n:
            idx, at = word_indices(data, self.bits)
            per_byte += np.bincount(at, self.weights.take(idx), n).astype(np.int32)
        if n <= WINDOW:
            return self.bias + self.scale * int(per_byte.sum()) / math.sqrt(max(n, 1))
        blocks = np.add.reduceat(per_byte, np.arange(0, n, STEP), dtype=np.int32)
        sums = blocks[:-1] + blocks[1:]
        lens = np.full(len(sums), float(WINDOW))
        lens[-1] = n - (len(blocks) - 2) * STEP
        return float((self.bias + self.scale * sums / np.sqrt(lens)).max())

    @property
    def window_orders(self) -> tuple[int, ...]:
        return tuple(self.meta.get("window_orders", self.orders))

    def save(self, path: Path) -> None:
        meta = dict(self.meta, scale=self.scale, bias=self.bias, orders=list(self.orders),
                    bits=self.bits, words=self.words)  # fmt: skip
        blob = json.dumps(meta, sort_keys=True).encode()
        with path.open("wb") as f:
            np.savez_compressed(f, weights=self.weights, meta=np.frombuffer(blob, np.uint8))

    @classmethod
    def load(cls, path: Path | None = None) -> NgramModel:
        """The model at ``path``, or the one shipped in the package."""
        try:
            if path is None:
                ref = resources.files("kanmon.scan") / "data" / "injection_model.npz"
                with ref.open("rb") as f:
                    npz = np.load(f, allow_pickle=False)
                    weights, raw = npz["weights"], npz["meta"]
            else:
                with np.load(path, allow_pickle=False) as npz:
                    weights, raw = npz["weights"], npz["meta"]
        except (OSError, KeyError, ValueError) as e:
            raise ConfigError(f"injection model {path or '(shipped)'}: {e}") from None
        meta = json.loads(raw.tobytes())
        if weights.dtype != np.int8 or weights.shape != (1 << int(meta["bits"]),):
            raise ConfigError(f"injection model {path or '(shipped)'}: bad weight table")
        return cls(
            weights=weights, scale=float(meta.pop("scale")), bias=float(meta.pop("bias")),
            orders=tuple(meta.pop("orders")), bits=int(meta.pop("bits")),
            words=bool(meta.pop("words", False)), meta=meta,
        )  # fmt: skip
