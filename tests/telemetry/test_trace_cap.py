"""The cap on new traces (``tracing.max_traces_per_s``): a bucket of a second's worth, filled at
the cap's rate, asked only when the ratio says yes; a caller's sampled ``traceparent`` is
followed whatever the cap; a line in the log at most once a minute while it turns traces away."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kanmon.config import TracingSettings, load_config
from kanmon.errors import ConfigError
from kanmon.request import Exchange
from kanmon.telemetry import _otel
from kanmon.telemetry._otel import Tracer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(_otel, "_clock", c)
    return c


Make = Callable[..., Tracer]


@pytest.fixture
def make() -> Iterator[Make]:
    """A tracer with ``cap`` new traces a second (``ratio``, ``parent_based`` as given), closed
    when the test ends."""
    made: list[Tracer] = []

    def tracer(cap: float, ratio: float = 1.0, parent_based: bool = True) -> Tracer:
        t = Tracer(
            TracingSettings(
                enabled=True,
                endpoint="http://127.0.0.1:9/v1/traces",
                sample_ratio=ratio,
                max_traces_per_s=cap,
                parent_based=parent_based,
            ),
            "none",
        )
        made.append(t)
        return t

    yield tracer
    for t in made:
        t.close()


def _traced(t: Tracer, n: int, headers: list[tuple[bytes, bytes]] | None = None) -> int:
    """How many of ``n`` requests (at the clock's present moment) begin a sampled trace."""
    got = 0
    for _ in range(n):
        ex = Exchange(endpoint="chat.completions", request_headers=headers or [(b"host", b"x")])
        t.begin(ex)
        got += ex.trace is not None and ex.trace.sampled
    return got


def test_a_second_s_worth_at_once_then_the_cap_s_rate(clock: Clock, make: Make) -> None:
    t = make(cap=8)  # (times in binary fractions: the room adds up exactly)
    assert _traced(t, 25) == 8  # the bucket starts full: a burst of one second's worth
    assert t.capped == 17
    clock.now += 0.5
    assert _traced(t, 25) == 4
    clock.now += 0.0625
    assert _traced(t, 1) == 0  # half a trace's room: not yet
    clock.now += 0.0625
    assert _traced(t, 1) == 1
    clock.now += 3600  # an idle hour fills the bucket to a second's worth, no more
    assert _traced(t, 100) == 8
    assert t.capped == 17 + 21 + 1 + 92


def test_a_cap_under_one_a_second_still_lets_one_through(clock: Clock, make: Make) -> None:
    t = make(cap=0.5)
    assert _traced(t, 3) == 1
    clock.now += 1.0
    assert _traced(t, 3) == 0
    clock.now += 1.0
    assert _traced(t, 3) == 1


def test_no_cap_traces_what_the_ratio_says(clock: Clock, make: Make) -> None:
    t = make(cap=0)
    assert _traced(t, 1000) == 1000 and t.capped == 0


def test_the_cap_counts_only_what_the_ratio_would_trace(clock: Clock, make: Make) -> None:
    t = make(cap=5, ratio=0.0)
    assert _traced(t, 1000) == 0 and t.capped == 0  # the bucket is not asked: still full
    t.bound = 1 << 64
    assert _traced(t, 8) == 5


def test_a_callers_sampled_traceparent_is_followed_over_the_cap(clock: Clock, make: Make) -> None:
    t = make(cap=2)
    assert _traced(t, 5) == 2
    header = [(b"traceparent", f"00-{os.urandom(16).hex()}-{os.urandom(8).hex()}-01".encode())]
    assert _traced(t, 5, header) == 5  # its trace would miss our spans otherwise
    assert t.capped == 3


def test_without_parent_based_the_cap_holds_for_callers_traces_too(
    clock: Clock, make: Make
) -> None:
    t = make(cap=2, parent_based=False)
    trace_id = "0" * 31 + "1"  # lower half 1: under any ratio's bound
    header = [(b"traceparent", f"00-{trace_id}-{os.urandom(8).hex()}-01".encode())]
    exs = []
    for _ in range(4):
        ex = Exchange(endpoint="chat.completions", request_headers=header)
        t.begin(ex)
        exs.append(ex)
    # every one keeps the caller's context for the upstream; two are traced
    assert all(ex.trace is not None and ex.trace.trace_id == trace_id for ex in exs)
    assert [ex.trace.sampled for ex in exs if ex.trace is not None] == [True, True, False, False]


def test_turned_away_traces_are_logged_once_a_minute_with_their_count(
    clock: Clock, make: Make, caplog: pytest.LogCaptureFixture
) -> None:
    t = make(cap=1)
    with caplog.at_level(logging.INFO, logger="kanmon.telemetry"):
        _traced(t, 4)  # one traced, three turned away: the first noted at once
        clock.now += 30
        _traced(t, 10)  # one traced, nine more, within the minute: no line
        clock.now += 31
        _traced(t, 3)  # one traced, two more: a line for the eleven since the first
    lines = [r.getMessage() for r in caplog.records if "max_traces_per_s" in r.getMessage()]
    assert lines == [
        "tracing: 1 new traces over max_traces_per_s (1) not started since start",
        "tracing: 12 new traces over max_traces_per_s (1) not started since the last note",
    ]


@pytest.mark.parametrize("value", ["-1", "'many'"])
def test_a_bad_cap_is_a_config_error_naming_the_key(tmp_path: Path, value: str) -> None:
    p = tmp_path / "kanmon.yaml"
    p.write_text(f"tracing: {{max_traces_per_s: {value}}}\n")
    with pytest.raises(ConfigError, match=r"tracing\.max_traces_per_s"):
        load_config(p)


def test_the_default_cap_is_a_hundred_a_second() -> None:
    assert TracingSettings().max_traces_per_s == 100.0
