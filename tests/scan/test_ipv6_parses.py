"""The IPv6 check's own parser says what ``ipaddress.IPv6Address`` says, on every string of hex
digits and colons (what the recognizer matches)."""

from __future__ import annotations

import ipaddress
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kanmon.scan._pii import ipv6_parses


def _stdlib(s: str) -> bool:
    try:
        ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return True


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="0123456789abcdefABCDEF:", max_size=45))
def test_any_string_of_hex_digits_and_colons(s: str) -> None:
    assert ipv6_parses(s) == _stdlib(s), s


def test_strings_shaped_like_addresses() -> None:
    rnd = random.Random(7)
    valid = 0
    for _ in range(50_000):
        groups = rnd.randint(1, 10)
        widths = [rnd.choice([0, 0, 1, 2, 3, 4, 4, 4, 5]) for _ in range(groups)]
        s = ":".join(
            "".join(rnd.choice("0123456789abcdefABCDEF") for _ in range(w)) for w in widths
        )
        assert ipv6_parses(s) == _stdlib(s), s
        valid += ipv6_parses(s)
    assert valid > 1000  # both sides of the check are exercised


def test_known_cases() -> None:
    for s, ok in [("2001:db8::1", True), ("::", True), ("::1", True), ("1::", True),
                  ("1:2:3:4:5:6:7:8", True), ("1:2:3:4:5:6:7::", True), ("::2:3:4:5:6:7:8", True),
                  ("1:2:3:4:5:6:7:8:9", False), ("1::2::3", False), (":1:2:3:4:5:6:7", False),
                  ("1:2:3:4:5:6:7:", False), ("12345::", False), ("1:2:3:4:5:6:7:8::", False),
                  ("", False), (":", False), ("1:2", False)]:  # fmt: skip
        assert ipv6_parses(s) is ok == _stdlib(s), s
