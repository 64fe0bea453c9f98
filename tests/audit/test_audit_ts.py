"""The audit record's timestamp: ISO 8601 in UTC with microseconds, always the same width (so
text order is time order in the store), read back by ``datetime.fromisoformat``."""

from __future__ import annotations

import datetime as dt
import threading

from kanmon.request import Exchange
from kanmon.request._exchange import utc_now


def test_now_is_utc_with_microseconds_and_one_width() -> None:
    before = dt.datetime.now(dt.UTC)
    stamps = [utc_now() for _ in range(2000)]
    after = dt.datetime.now(dt.UTC)
    assert {len(s) for s in stamps} == {len("2026-12-01T06:52:01.123456+00:00")}
    parsed = [dt.datetime.fromisoformat(s) for s in stamps]
    assert all(p.utcoffset() == dt.timedelta(0) for p in parsed)
    assert before - dt.timedelta(microseconds=1) <= parsed[0] <= parsed[-1] <= after
    assert parsed == sorted(parsed) and stamps == sorted(stamps)


def test_threads_never_mix_one_second_with_another_s_text() -> None:
    bad: list[str] = []

    def run() -> None:
        for _ in range(20_000):
            s = utc_now()
            if abs(dt.datetime.fromisoformat(s) - dt.datetime.now(dt.UTC)) > dt.timedelta(
                seconds=5
            ):
                bad.append(s)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert bad == []


def test_the_record_carries_the_exchange_s_time() -> None:
    ex = Exchange(endpoint="chat.completions")
    assert ex.record().ts == ex.ts
    assert dt.datetime.fromisoformat(ex.ts).tzinfo is not None
