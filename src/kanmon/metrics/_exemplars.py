"""Exemplars: for each bucket of the latency histograms, the newest request that fell in it,
named by its request id (and trace id when its trace was sampled), so a point on a latency
graph leads to that request's log line, trace and audit record.

``prometheus_client``'s multiprocess files hold no exemplars, so each process keeps its own
newest per (series, bucket) in memory (``Exemplars``) and, with workers, writes them at the
metrics' flush (at most about once a second) to ``exemplars_<pid>.json`` in the multiprocess
directory, replacing the file whole. The collector that serves a scrape (``ExemplarCollector``)
reads every worker's file and attaches the newest of each bucket to the bucket's sample; they
are only shown in the OpenMetrics format, the classic text format has no place for them."""

from __future__ import annotations

import bisect
import contextlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import orjson
from prometheus_client.registry import Collector
from prometheus_client.samples import Exemplar

log = logging.getLogger("kanmon.metrics")

#: A worker's file; the supervisor folds a dead worker's into ``exemplars_gone.json``.
PREFIX = "exemplars_"
GONE = PREFIX + "gone.json"


class Spec(NamedTuple):
    """A histogram that carries exemplars: its name, label names and bucket bounds."""

    name: str
    labelnames: tuple[str, ...]
    bounds: tuple[float, ...]


#: What an exemplar names: the request id, its sampled trace's id ("" when none) and when the
#: request started (Unix time, as its audit record's ``ts``).
Ref = tuple[str, str, float]


#: (histogram name, sorted label items without ``le``, bucket bound) → (value, ref)
Key = tuple[str, tuple[tuple[str, str], ...], float]
Entry = tuple[float, Ref]


class Exemplars:
    """This process' newest exemplar per (series, bucket), filled at the observer's flush on
    the event loop (``note``, written out inline there); ``save`` writes them to ``path`` when
    any changed."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.latest: dict[tuple[str, tuple[str, ...], int], Entry] = {}
        self.specs: dict[str, Spec] = {}
        self.changed = False
        # the file's label objects and bucket names, made once per series and histogram
        self._labelled: dict[tuple[str, tuple[str, ...]], dict[str, str]] = {}
        self._les: dict[str, tuple[str, ...]] = {}

    def note(self, spec: Spec, labels: tuple[str, ...], value: float, ref: Ref) -> None:
        i = bisect.bisect_left(spec.bounds, value)  # the first bound ≥ value (le is inclusive)
        self.specs[spec.name] = spec  # first: a scrape's thread may read ``latest`` meanwhile
        self.latest[(spec.name, labels, i)] = (value, ref)
        self.changed = True

    def entries(self) -> list[tuple[Key, Entry]]:
        out = []
        for (name, labels, i), entry in list(self.latest.items()):
            spec = self.specs[name]
            le = spec.bounds[i] if i < len(spec.bounds) else float("inf")
            out.append(
                ((spec.name, tuple(sorted(zip(spec.labelnames, labels, strict=True))), le), entry)
            )
        return out

    def save(self) -> None:
        """Replace this process' file (written beside it, then renamed: a reader sees the old
        file or the new one, never half of one)."""
        if self.path is None or not self.changed:
            return
        self.changed = False
        try:
            _write(self.path, self._rows())
        except OSError:
            log.exception("exemplars not written to %s", self.path)

    def _rows(self) -> list[tuple[Any, ...]]:
        """The file's rows, on the event loop once a second: a few dict lookups per exemplar
        (a table of every bucket of 135 series is written in about 1 ms, not 6)."""
        labelled, les, out = self._labelled, self._les, []
        for (name, labels, i), (value, (rid, tid, ts)) in list(self.latest.items()):
            series = labelled.get((name, labels))
            if series is None:
                spec = self.specs[name]
                series = dict(zip(spec.labelnames, labels, strict=True))
                labelled[(name, labels)] = series
            le = les.get(name)
            if le is None:  # repr: 'inf' for +Inf, read back by float()
                le = les[name] = (*map(repr, self.specs[name].bounds), "inf")
            out.append((name, series, le[i], value, rid, tid, ts))
        return out


def _rows_of(entries: Iterable[tuple[Key, Entry]]) -> list[tuple[Any, ...]]:
    return [
        (name, dict(labels), repr(le), value, *ref) for (name, labels, le), (value, ref) in entries
    ]


def _write(path: Path, rows: list[tuple[Any, ...]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(orjson.dumps(rows))
    os.replace(tmp, path)


def _read(path: Path) -> Iterator[tuple[Key, Entry]]:
    try:
        rows = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):  # gone meanwhile (a dead worker's, folded)
        return
    for name, labels, le, value, rid, tid, ts in rows:
        yield (name, tuple(sorted(labels.items())), float(le)), (value, (rid, tid, ts))


def merge(into: dict[Key, Entry], entries: Iterable[tuple[Key, Entry]]) -> None:
    """Newest wins, bucket by bucket."""
    for key, entry in entries:
        held = into.get(key)
        if held is None or held[1][2] < entry[1][2]:
            into[key] = entry


def read_dir(path: Path) -> dict[Key, Entry]:
    out: dict[Key, Entry] = {}
    for f in path.glob(PREFIX + "*.json"):
        merge(out, _read(f))
    return out


def fold_dead(pid: int, path: Path) -> None:
    """A worker stopped: its exemplars join the others of workers gone (its requests happened;
    a newer request in the same bucket replaces them), and its file goes, so the directory does
    not grow with every restart. Only the supervisor calls this, so ``gone`` has one writer."""
    dead = path / f"{PREFIX}{pid}.json"
    if not dead.exists():
        return
    gone = path / GONE
    kept = dict(_read(gone))
    merge(kept, _read(dead))
    _write(gone, _rows_of(kept.items()))
    with contextlib.suppress(FileNotFoundError):
        dead.unlink()


def clear_dir(path: Path) -> None:
    for f in path.glob(PREFIX + "*"):
        f.unlink()


class ExemplarCollector(Collector):
    """The histograms of ``source`` with their exemplars attached to their buckets; every
    other family passes through as it is. ``exemplars`` gives the merged newest exemplars
    (every worker's file, or the process' own table)."""

    def __init__(self, source: Any, exemplars: Callable[[], dict[Key, Entry]]) -> None:
        self.source = source
        self.exemplars = exemplars

    def collect(self) -> Iterable[Any]:
        found = self.exemplars()
        names = {k[0] for k in found}
        for family in self.source.collect():
            if family.name in names:
                family.samples = [_with_exemplar(family.name, s, found) for s in family.samples]
            yield family


def _with_exemplar(name: str, sample: Any, found: dict[Key, Entry]) -> Any:
    if not sample.name.endswith("_bucket"):
        return sample
    labels = tuple(sorted((k, v) for k, v in sample.labels.items() if k != "le"))
    entry = found.get((name, labels, float(sample.labels["le"])))
    if entry is None:
        return sample
    value, (request_id, trace_id, ts) = entry
    ex = {"request_id": request_id}
    if trace_id:
        ex["trace_id"] = trace_id
    return sample._replace(exemplar=Exemplar(ex, value, ts))
