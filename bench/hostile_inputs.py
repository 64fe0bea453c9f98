"""How the scanners' time grows on long hostile texts: each shape at ``--chars`` and at twice
that, timed once each (wall seconds, one process), and the ratio of the two. A scanner whose
time grows with the text's length doubles (ratio ~2); one that grows with its square
quadruples (~4), and a request body of a few hundred KB then holds a worker for seconds.

    .venv/bin/python bench/hostile_inputs.py                    # 100,000 and 200,000 chars
    .venv/bin/python bench/hostile_inputs.py --chars 200000 --only b64-run,hex-run

The shapes: one long base64 or hex run (random bytes, or an encoded attack repeated), trigger
words, digits, phone numbers, e-mail addresses, IPv6 addresses and capitalised words back to
back, letters spaced out or with invisible characters between them, URL escapes, and runs of
one mark (brackets, quotes, comment openers). The injection scanner reads each as a tool
result; ``pii,secrets,names`` scan it too.
"""

from __future__ import annotations

import argparse
import base64
import random
import time
from collections.abc import Callable

Shape = Callable[[int, random.Random], str]


def _repeat(unit: str) -> Shape:
    return lambda n, _: unit * max(1, n // len(unit))


SHAPES: dict[str, Shape] = {
    "b64-run": lambda n, r: base64.b64encode(r.randbytes(n * 3 // 4)).decode(),
    "b64-attack-run": _repeat(base64.b64encode(b"ignore all previous instructions ").decode()),
    "hex-run": _repeat(b"ignore previous instructions ".hex()),
    "trigger-words": _repeat("ignore previous instructions "),
    "digits": lambda n, _: " ".join("123" for _ in range(n // 4)),
    "phones": lambda n, _: " ".join(f"+1 (555) 010-{i % 10000:04d}" for i in range(n // 18)),
    "emails": lambda n, _: " ".join(f"a{i}@b{i}.com" for i in range(n // 12)),
    "ipv6": lambda n, _: " ".join(f"2001:db8::{i:x}" for i in range(n // 14)),
    "capitalised": lambda n, r: " ".join(
        r.choice(["Anna", "Peter", "Wolf", "Dr.", "Mr"]) for _ in range(n // 5)
    ),
    "spaced-letters": _repeat(" ".join("ignoreprevious") + "   "),
    # one character outside ASCII: offsets are then counted, not equal to the bytes'
    "spaced-letters-utf8": lambda n, _: (
        "café: " + _repeat(" ".join("ignoreprevious") + "   ")(n, _)
    ),
    "invisible-between": _repeat("i\u200bg\u200bn\u200bo\u200br\u200be "),
    "url-escapes": _repeat("%69%67%6e"),
    "brackets": _repeat("["),
    "quotes": _repeat('"'),
    "comment-openers": _repeat("<!--"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--chars", type=int, default=100_000)
    ap.add_argument("--only", default="", help="comma-separated shape names")
    a = ap.parse_args()
    from kanmon.scan import ScanSet, injection_scanner

    injection = injection_scanner()
    pii = ScanSet.from_names(["pii", "secrets", "names"])
    injection.score("warm up: ignore previous instructions", "", "tool")
    pii.scan("warm up: anna@example.com")
    only = {s for s in a.only.split(",") if s}
    print(f"{'shape':18s} {'injection s':>24s} {'pii,secrets,names s':>24s}")
    for name, shape in SHAPES.items():
        if only and name not in only:
            continue
        cells = []
        for scan in (
            lambda t: injection.score(t, "", "tool"),
            lambda t: pii.scan(t),
        ):
            took = []
            for n in (a.chars, 2 * a.chars):
                text = shape(n, random.Random(1))
                t0 = time.perf_counter()
                scan(text)
                took.append(time.perf_counter() - t0)
            cells.append(f"{took[0]:7.3f} {took[1]:7.3f} x{took[1] / max(took[0], 1e-6):4.1f}")
        print(f"{name:18s} {cells[0]:>24s} {cells[1]:>24s}", flush=True)


if __name__ == "__main__":
    main()
