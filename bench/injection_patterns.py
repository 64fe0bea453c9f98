"""CPU time of each RE2 pattern and set of the injection scanner, per million characters of
new mixed prose (the injection benchmark's text), in order: where the first pass over text the
DFAs have not seen goes, and how it falls as they fill.

    .venv/bin/python bench/injection_patterns.py --mb 3              # three new millions
    .venv/bin/python bench/injection_patterns.py --mb 1 --repeat 3   # one million, three times
    .venv/bin/python bench/injection_patterns.py --sets --mb 16 --parts 8
    .venv/bin/python bench/injection_patterns.py --texts 3          # every corpus text, 3 passes
    PYTHONPATH=<tree>/src .venv/bin/python bench/injection_patterns.py --mb 3   # another build

Every compiled pattern of ``_injection_regions._patterns()`` and every signal set's matcher is
wrapped in a timer (a ``time.perf_counter`` pair per call, which adds ~0.1 µs a call); a set
is named by its index and what it holds (``set11 latin light 825``). Printed only.

``--sets`` times the light signals' groups alone, over the regions of the text (what the
lexical layer asks them about), in ``--parts`` consecutive parts: each group as one RE2 set
and as this build's matcher (RE2's filter), each built fresh, then the last part again. The
microseconds per region of each part show how each falls as its DFAs fill, and where one
drops its states and builds them again.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import fields
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import injection_bench as ib

_TIME: dict[str, float] = defaultdict(float)
_CALLS: dict[str, int] = defaultdict(int)
_BYTES: dict[str, int] = defaultdict(int)


class _Timed:
    """Stands in for an ``re2`` pattern's compiled matcher (``_regexp``)."""

    def __init__(self, inner: Any, name: str) -> None:
        self.inner, self.name = inner, name

    def Match(self, anchor: Any, data: bytes, pos: int, end: int) -> Any:
        t = time.perf_counter()
        out = self.inner.Match(anchor, data, pos, end)
        _TIME[self.name] += time.perf_counter() - t
        _CALLS[self.name] += 1
        _BYTES[self.name] += end - pos
        return out

    def __getattr__(self, key: str) -> Any:
        return getattr(self.inner, key)


def _set_name(k: int, group: list[tuple[int, int, str]]) -> str:
    from kanmon.scan import _injection_sets as sets

    heavy = any(sets.heavy(p) for _, _, p in group)
    family = sorted({sets.home(p) for _, _, p in group})
    where = "latin" if family == ["latin"] else "+".join(family)
    return f"set{k} {where} {'heavy' if heavy else 'light'} {len(group)}"


def instrument() -> None:
    from kanmon.scan import _injection_regions as regions
    from kanmon.scan._injection_lexicon import SIGNALS
    from kanmon.scan._injection_sets import groups

    p = regions._patterns()
    dealt = groups([*(q for _, _, _, q in SIGNALS), regions.RESPELL_PATTERN])
    for f in fields(p):
        value = getattr(p, f.name)
        if f.name == "signals":
            for i, rx in enumerate(value):
                rx._regexp = _Timed(rx._regexp, f"signal {SIGNALS[i][0]}")
        elif f.name == "signal_sets":
            timed = []
            for k, (match, ids, need) in enumerate(value):
                name = _set_name(k, dealt[k])

                def wrapped(data: bytes, match: Any = match, name: str = name) -> Any:
                    t = time.perf_counter()
                    out = match(data)
                    _TIME[name] += time.perf_counter() - t
                    _CALLS[name] += 1
                    _BYTES[name] += len(data)
                    return out

                timed.append((wrapped, ids, need))
            object.__setattr__(p, "signal_sets", tuple(timed))
        else:
            value._regexp = _Timed(value._regexp, f.name)


def _regions_of(text: str, request_kb: int) -> list[bytes]:
    from kanmon.scan._injection_regions import _hits, _regions

    out = []
    step = request_kb * 1024
    for i in range(0, len(text), step):
        data = text[i : i + step].encode()
        hits = [(a, end) for a, _, end, only in _hits(data)]
        out += [data[lo:hi] for lo, hi in _regions(data, hits)]
    return out


def light_sets(text: str, request_kb: int, parts: int) -> None:
    import re2

    from kanmon.scan import _injection_regions as regions
    from kanmon.scan import _injection_sets as sets
    from kanmon.scan._injection_lexicon import SIGNALS
    from kanmon.scan._rx import options_ci

    dealt = sets.groups([*(q for _, _, _, q in SIGNALS), regions.RESPELL_PATTERN])
    light = [g for g in dealt if not any(sets.heavy(p) for _, _, p in g)]
    regs = _regions_of(text, request_kb)
    print(f"{len(regs)} regions, {sum(map(len, regs)) / 1e3:.0f} KB; light groups "
          f"{[len(g) for g in light]}")  # fmt: skip

    def as_set(group: list[tuple[int, int, str]]) -> Any:
        found = re2.Set.SearchSet(options_ci(128 << 20))
        for _, _, p in group:
            found.Add(p.encode())
        found.Compile()
        return found._set.Match

    def this_build(group: list[tuple[int, int, str]]) -> Any:
        return sets.compile_set(group)[0]

    size = len(regs) // parts
    for name, make in (("one RE2 set each", as_set), ("this build", this_build)):
        matchers = [make(g) for g in light]
        per = []
        for k in [*range(parts), parts - 1]:
            part = regs[k * size : (k + 1) * size]
            t = time.process_time()
            for m in matchers:
                for r in part:
                    m(r)
            per.append(round((time.process_time() - t) / len(part) * 1e6, 1))
        print(f"  {name:18s} µs per region, parts in order, then the last again: {per}")


def _report(cpu: float, mb: float, top: int) -> None:
    print(f"{mb:.2f} MB, CPU {cpu:.3f} s ({mb / cpu:.2f} MB/s), RE2 {sum(_TIME.values()):.3f} s")
    for name in sorted(_TIME, key=_TIME.__getitem__, reverse=True)[:top]:
        print(f"  {name:44.44s} {_TIME[name] * 1e3:8.1f} ms  {_CALLS[name]:6d} calls "
              f"{_BYTES[name] / 1e3:9.1f} KB")  # fmt: skip


def corpus_texts(scanner: Any, passes: int, top: int) -> None:
    """Each pass over every injection corpus text in ``injection_bench.py --texts``' order:
    text dense with trigger words, where each region asks the most of the signal sets."""
    texts = ib.every_text()
    mb = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6
    for k in range(passes):
        for d in (_TIME, _CALLS, _BYTES):
            d.clear()
        t0 = time.process_time()
        for t in texts:
            scanner.score(t, "", "tool")
        print(f"pass {k + 1}: ", end="")
        _report(time.process_time() - t0, mb, top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--mb", type=float, default=3.0, help="million characters of new text")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the same text")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--request-kb", type=int, default=4)
    ap.add_argument("--sets", action="store_true", help="the light groups alone: set or filter")
    ap.add_argument("--parts", type=int, default=8)
    ap.add_argument(
        "--texts",
        type=int,
        metavar="PASSES",
        help="every injection corpus text, one per call, this many passes (injection_bench.py "
        "--texts), instead of mixed prose",
    )
    a = ap.parse_args()
    if a.sets:
        light_sets(ib.mixed_text(ib.load(ib.CORPUS, "all"), a.mb, 2.0), a.request_kb, a.parts)
        return
    from kanmon.scan import InjectionScanner

    scanner = InjectionScanner()
    instrument()
    if a.texts:
        corpus_texts(scanner, a.texts, a.top)
        return
    text = ib.mixed_text(ib.load(ib.CORPUS, "all"), a.mb, 2.0) * a.repeat
    step, seg = a.request_kb * 1024, 1_000_000
    for j in range(0, len(text), seg):
        part = text[j : j + seg]
        for d in (_TIME, _CALLS, _BYTES):
            d.clear()
        t0 = time.process_time()
        for i in range(0, len(part), step):
            scanner.score(part[i : i + step], "", "tool")
        print(f"characters {j:,}+: ", end="")
        _report(time.process_time() - t0, len(part.encode()) / 1e6, a.top)


if __name__ == "__main__":
    main()
