"""The classifier layer: a linear model over hashed byte n-grams, in numpy.

A text's UTF-8 bytes (ASCII lower-cased) are read as overlapping 64-bit words — one unaligned
``uint64`` view, no copy — so the n-gram starting at every byte is that word masked to n
bytes. Each order is hashed by one multiply and one shift into a shared table of int8 weights;
the weights are gathered by index and summed per segment with ``np.add.reduceat``. A segment's
logit is ``bias + scale * sum / sqrt(bytes)``. Byte n-grams need no tokenizer and work alike on
Latin, Cyrillic and CJK text; a handful of whole-array operations per request keep it fast.

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
    masks, mults, shift = _constants(orders, bits)
    out = np.bitwise_and(words, masks)
    np.multiply(out, mults, out=out)
    np.right_shift(out, shift, out=out)
    flat: Int64s = out.reshape(-1).view(np.int64)
    return flat


_Constants = tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64], np.uint64]
_CONSTANTS: dict[tuple[tuple[int, ...], int], _Constants] = {}


def _constants(orders: tuple[int, ...], bits: int) -> _Constants:
    c = _CONSTANTS.get((orders, bits))
    if c is None:
        masks = np.array([[(1 << (8 * k)) - 1] for k in orders], np.uint64)
        mults = np.array([[MULTIPLIERS[k]] for k in orders], np.uint64)
        c = _CONSTANTS[(orders, bits)] = (masks, mults, np.uint64(64 - bits))
    return c


@dataclass(frozen=True)
class NgramModel:
    """Weights and the numbers that turn their sums into a score."""

    weights: npt.NDArray[np.int8]
    scale: float
    bias: float
    orders: tuple[int, ...] = ORDERS
    bits: int = BITS
    #: Everything else the training script recorded (calibration, threshold, corpus hash).
    meta: dict[str, Any] = field(default_factory=dict)

    def logit(self, seg: bytes) -> float:
        """One segment's logit (``logits`` of one segment, without an array around it: most
        texts have one region, and for a few hundred bytes numpy's per-call costs dominate)."""
        total = int(self.weights.take(ngram_indices(seg, self.orders, self.bits)).sum())
        return self.bias + self.scale * total / math.sqrt(max(len(seg), 1))

    def logits(self, segments: list[bytes]) -> npt.NDArray[np.float64]:
        """One logit per segment, all segments in one pass over their joined bytes."""
        if len(segments) == 1:  # the common case, without the bookkeeping
            return np.array([self.logit(segments[0])])
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
        (each order is a third of the cost, and this runs on most benign text); the weights are
        summed per block once and each window adds two blocks."""
        orders = self.window_orders
        n, k = len(data), len(orders)
        w = self.weights.take(ngram_indices(data, orders, self.bits))
        if n <= WINDOW:
            return self.bias + self.scale * int(w.sum()) / math.sqrt(max(n, 1))
        w = w.reshape(k, n)
        blocks = np.add.reduceat(w, np.arange(0, n, STEP), axis=1, dtype=np.int32).sum(axis=0)
        sums = blocks[:-1] + blocks[1:]
        lens = np.full(len(sums), float(WINDOW))
        lens[-1] = n - (len(blocks) - 2) * STEP
        return float((self.bias + self.scale * sums / np.sqrt(lens)).max())

    @property
    def window_orders(self) -> tuple[int, ...]:
        return tuple(self.meta.get("window_orders", self.orders))

    def save(self, path: Path) -> None:
        meta = dict(self.meta, scale=self.scale, bias=self.bias, orders=list(self.orders),
                    bits=self.bits)  # fmt: skip
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
            orders=tuple(meta.pop("orders")), bits=int(meta.pop("bits")), meta=meta,
        )  # fmt: skip
