"""Limits kept in this process: exact for one process, per process with several workers."""

from __future__ import annotations

import time

from kanmon.core.principal import Principal
from kanmon.limits._base import NANO, Reservation, budget_error, has_budget, rpm_error, window_of


class LocalLimits:
    def __init__(self) -> None:
        # key -> (minute window, count, previous window's count)
        self._windows: dict[str, tuple[int, int, int]] = {}
        # (key, budget window) -> [spent tokens, held tokens, spent nano-USD, held nano-USD]
        self._budgets: dict[tuple[str, int], list[int]] = {}

    async def admit(self, p: Principal) -> None:
        if p.rpm_limit is None:
            return
        now = time.monotonic()
        window = int(now // 60)
        cur_w, count, prev = self._windows.get(p.key_id, (window, 0, 0))
        if window != cur_w:
            prev = count if window == cur_w + 1 else 0
            count = 0
        estimated = prev * (1 - (now % 60) / 60) + count
        if estimated + 1 > p.rpm_limit:
            self._windows[p.key_id] = (window, count, prev)
            raise rpm_error(p, now)
        self._windows[p.key_id] = (window, count + 1, prev)

    def _slot(self, key_id: str, window: int) -> list[int]:
        slot = self._budgets.get((key_id, window))
        if slot is None:
            for k in [k for k in self._budgets if k[0] == key_id]:
                del self._budgets[k]  # older windows are over
            slot = self._budgets[(key_id, window)] = [0, 0, 0, 0]
        return slot

    async def reserve(self, p: Principal, tokens: int, usd: float) -> Reservation | None:
        if not has_budget(p):
            return None
        window, period = window_of(p)
        nano = int(usd * NANO) + 1
        s = self._slot(p.key_id, window)
        if p.budget_tokens is not None and s[0] + s[1] + tokens > p.budget_tokens:
            raise budget_error(p, "tokens", period, window)
        if p.budget_usd is not None and s[2] + s[3] + nano > int(p.budget_usd * NANO):
            raise budget_error(p, "usd", period, window)
        s[1] += tokens
        s[3] += nano
        return Reservation(p.key_id, window, period, tokens, nano)

    async def settle(self, r: Reservation, tokens: int, usd: float) -> None:
        s = self._budgets.get((r.key_id, r.window))
        if s is None:
            return
        s[0] += tokens
        s[1] -= r.tokens
        s[2] += int(usd * NANO)
        s[3] -= r.nano_usd

    async def usage(self, p: Principal) -> dict[str, float]:
        window, _ = window_of(p)
        s = self._budgets.get((p.key_id, window), [0, 0, 0, 0])
        return {
            "spent_tokens": s[0],
            "held_tokens": s[1],
            "spent_usd": s[2] / NANO,
            "held_usd": s[3] / NANO,
        }

    async def close(self) -> None:
        return None
