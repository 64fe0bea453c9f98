"""Counter operations of the limits, as a store applies them: the words shared by
``kanmon.limits`` (which decides what to count) and ``kanmon.store`` (which counts it in a
table, atomically, for every process that shares the database)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Admit:
    """Count one request in ``minute`` if the sliding estimate stays within ``limit``:
    ``previous minute's count * prev_weight + this minute's count + 1 <= limit``.
    Answers True (counted) or False (over the limit)."""

    key_id: str
    minute: int
    limit: int
    prev_weight: float


@dataclass(frozen=True, slots=True)
class Reserve:
    """Hold ``tokens`` and ``nano`` (nano-USD) against a budget window under ``hold_id`` if
    ``spent + held + this`` stays within each limit (-1: no limit). ``released_at`` (epoch s) is
    when a hold nobody settled is given back; ``expires_at`` when the window's row may go.
    Answers ``ok``, or ``tokens`` / ``usd``: the limit it would cross."""

    key_id: str
    window: int
    hold_id: str
    tokens: int
    nano: int
    token_limit: int
    nano_limit: int
    released_at: float
    expires_at: float


@dataclass(frozen=True, slots=True)
class Settle:
    """Release hold ``hold_id`` and charge the actual ``tokens`` and ``nano``. A hold settled
    before is not charged again (a retried settle is safe). Answers True if it charged."""

    key_id: str
    window: int
    hold_id: str
    tokens: int
    nano: int


CounterOp = Admit | Reserve | Settle
