"""A repeating failure is logged once per interval with a count, and once more when it ends."""

from __future__ import annotations

import logging
import threading

import pytest

from kanmon.ratelog import Throttle


def test_one_line_per_interval_with_the_count(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kanmon.test")
    t = Throttle(logging.getLogger("kanmon.test"), interval_s=0.2)
    wrote = [t.warning("disk", "audit: disk full (%s)", i) for i in range(1000)]
    assert wrote[0] and sum(wrote) == 1
    assert t.warning("other", "another kind")  # each kind has its own interval
    t._kinds["disk"].next_at = 0.0  # the interval has passed
    assert t.warning("disk", "audit: disk full (%s)", "again")
    msgs = [r.getMessage() for r in caplog.records]
    assert msgs == [
        "audit: disk full (0)",
        "another kind",
        "audit: disk full (again) (999 more like this in the last 0 s)",
    ]
    t.recovered("disk", "audit: writes succeed again")
    assert (
        caplog.records[-1]
        .getMessage()
        .startswith("audit: writes succeed again (after 1001 failures in")
    )
    assert t.kinds() == ["other"] and t.active
    t.recovered("disk", "nothing open: no line")
    assert len(caplog.records) == 4


def test_threads_share_one_throttle(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kanmon.test")
    t = Throttle(logging.getLogger("kanmon.test"), interval_s=60)

    def hammer() -> None:
        for _ in range(2000):
            t.error("x", "failing")

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(caplog.records) == 1
    assert t._kinds["x"].total == 8000 and t._kinds["x"].suppressed == 7999
