"""A latency histogram's observations between two flushes of the observer, counted into its
``prometheus_client`` children in one go: each value's bucket found once, one increment per
bucket hit and one of the sum per series, and the exemplar of a bucket chosen only among the
values that fell in it (the newest), so nothing is built for the exemplars of the others."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import repeat
from operator import itemgetter
from typing import Any

from kanmon.metrics._exemplars import Exemplars

Labels = tuple[str, ...]
#: One observation: its ``n`` label values, its value, then what its exemplar names as the
#: exchange holds it: request id (None: no exemplar), trace, start (``time.perf_counter``).
#: Flat, so a request's observation is one tuple (a call's row carries more after these).
Row = tuple[Any, ...]


class Timed:
    """One histogram: its metric, its bucket bounds (as declared, without +Inf), the name its
    exemplars are kept under (None: it carries none) and how many labels its rows begin with."""

    __slots__ = ("bounds", "metric", "n", "name")

    def __init__(self, metric: Any, bounds: tuple[float, ...], name: str | None, n: int) -> None:
        self.metric = metric
        self.bounds = bounds
        self.name = name
        self.n = n

    def flush(
        self,
        rows: list[Row],
        child: Callable[[Any, Labels], Any],
        exemplars: Exemplars,
        wall: float,
    ) -> None:
        """Count ``rows`` into the histogram's children; ``wall`` turns a request's start into
        Unix time for its exemplar."""
        if not rows:
            return
        bounds, n = self.bounds, self.n
        series: dict[Labels, list[Row]] = {}
        for row in rows:  # by series, each in arrival order
            labels = row[:n]
            got = series.get(labels)
            if got is None:
                series[labels] = [row]
            else:
                got.append(row)
        value_of = itemgetter(n)
        for labels, group in series.items():
            values = list(map(value_of, group))
            # the first bound >= v, as observe's ``<=``; len(bounds) is the +Inf bucket
            buckets = list(map(bisect_left, repeat(bounds), values))
            h = child(self.metric, labels)
            parts = _parts(h, len(bounds) + 1)
            if parts is None:
                for v in values:
                    h.observe(v)
            else:
                parts[1].inc(sum(values))  # as ``observe`` would add them, in order
                for i in set(buckets):  # a few buckets each: counted in C, no Counter made
                    parts[0][i].inc(buckets.count(i))
            if self.name is not None:
                self._exemplars(labels, buckets, group, exemplars, wall)

    def _exemplars(
        self,
        labels: Labels,
        buckets: list[int],
        group: list[Row],
        exemplars: Exemplars,
        wall: float,
    ) -> None:
        """The newest row of each bucket becomes its exemplar (a later one replaces an earlier
        in the dict): nothing is made for the rows it replaces."""
        latest, name, n = exemplars.latest, self.name, self.n
        assert name is not None
        for i, row in dict(zip(buckets, group, strict=True)).items():
            rid, tc, t0 = row[n + 1 : n + 4]
            if rid is None:
                continue
            tid = tc.trace_id if tc is not None and tc.sampled else ""
            latest[(name, labels, i)] = (row[n], (rid, tid, t0 + wall))


def _parts(histogram: Any, n: int) -> tuple[list[Any], Any] | None:
    """The child's bucket values and its sum, when it keeps them as ``prometheus_client`` does
    today (``n`` buckets); None should it ever keep them otherwise."""
    buckets = getattr(histogram, "_buckets", None)
    bounds = getattr(histogram, "_upper_bounds", None)
    total = getattr(histogram, "_sum", None)
    if buckets is None or bounds is None or total is None or not len(buckets) == len(bounds) == n:
        return None
    return buckets, total
