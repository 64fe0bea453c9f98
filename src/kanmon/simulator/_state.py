"""Mutable runtime state: current behaviours, counters and the fault schedule.

All of it lives on the simulator's event loop and is only touched from there, so no locks.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from kanmon.simulator._config import Fault, ModelBehaviour, SimulatorConfig


@dataclass
class ModelCounters:
    requests: int = 0
    streams: int = 0
    faults: int = 0
    fault_modes: Counter[str] = field(default_factory=Counter)

    def snapshot(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "streams": self.streams,
            "faults": self.faults,
            "fault_modes": dict(sorted(self.fault_modes.items())),
        }


@dataclass
class Schedule:
    """Per-model position in ``fail_first``/``fault_rate``/``script``; reset with the counters."""

    rng: random.Random
    seen: int = 0


@dataclass(frozen=True, slots=True)
class Admission:
    """What to do with one request: its 0-based turn for this model and the fault, if any."""

    turn: int
    fault: Fault | None


class SimState:
    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config
        self.behaviours: dict[str, ModelBehaviour] = dict(config.models)
        self.counters: dict[str, ModelCounters] = {}
        self._schedules: dict[str, Schedule] = {}
        #: W3C trace context of the API requests that carried one (path, traceparent,
        #: tracestate), newest last: tests check what a gateway propagated.
        self.traced: deque[dict[str, str | None]] = deque(maxlen=1024)
        # Set at shutdown so `timeout` faults let go instead of holding the server open.
        self.closing = asyncio.Event()

    def behaviour_for(self, model: str) -> ModelBehaviour | None:
        found = self.behaviours.get(model)
        if found is not None:
            return found
        return self.config.default if self.config.allow_any_model else None

    def _schedule(self, model: str) -> Schedule:
        sched = self._schedules.get(model)
        if sched is None:
            # Seeded per model name, so one model's traffic never shifts another's faults.
            sched = Schedule(rng=random.Random(f"{self.config.seed}:{model}"))
            self._schedules[model] = sched
        return sched

    def admit(
        self, model: str, behaviour: ModelBehaviour, *, stream: bool, forced: Fault | None
    ) -> Admission:
        """Count the request and decide its fault: header first, then fail_first, then rate."""
        counters = self.counters.setdefault(model, ModelCounters())
        counters.requests += 1
        if stream:
            counters.streams += 1
        sched = self._schedule(model)
        turn = sched.seen
        sched.seen += 1
        # Draw on every request so the sequence for a given seed does not depend on headers.
        draw = sched.rng.random()
        fault = forced
        if fault is None and behaviour.fault is not None:
            if turn < behaviour.fail_first or draw < behaviour.effective_fault_rate:
                fault = behaviour.fault
        if fault is not None:
            counters.faults += 1
            counters.fault_modes[fault.value] += 1
        return Admission(turn=turn, fault=fault)

    def set_model(self, model: str, behaviour: ModelBehaviour) -> None:
        """Replace a behaviour; its schedule restarts so ``fail_first`` counts from zero."""
        self.behaviours[model] = behaviour
        self._schedules.pop(model, None)

    def reset(self) -> None:
        self.counters.clear()
        self._schedules.clear()
        self.traced.clear()

    def stats(self) -> dict[str, Any]:
        models = {name: c.snapshot() for name, c in sorted(self.counters.items())}
        return {
            "models": models,
            "totals": {
                key: sum(m[key] for m in models.values())
                for key in ("requests", "streams", "faults")
            },
        }
