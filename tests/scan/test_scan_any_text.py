"""Any text goes through the PII, secret and name scanners without an exception, and what they
report are non-overlapping spans inside it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kanmon.core.finding import Finding
from kanmon.scan import PatternScanner, ScanSet
from kanmon.scan._pattern import resolve_overlaps

SCAN = ScanSet.from_names(["pii", "secrets", "names"])

#: Pieces that reach the phone, card and name recognizers' deeper paths, mixed at random.
PIECES = [
    "+", "00", "011", "(0)", "(", ")", "-", ".", " ", "x", "ext.", "доб. ", "内線", "8 ", "0",
    "1", "7", "9", "٣", "１", "4111 1111 1111 1111", "3419-7201-1736-897", "+49 30 1234567",
    "Mr. ", "Dr. ", "Prof. ", "Anna ", "Weber", "Jr.", ", PhD", "my name is ", "меня зовут ",
    "Иван ", "Петрович", "я", "先生", "我叫", "王", "様", "さん", "田中", " ", "\u3000", "님", "김",
    "저는 ", "の", "です", "Tel ", "Order ", "#", "\n", "\ud800", "Ä", "ß",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_any_text_scans_to_spans_inside_it(text: str) -> None:
    found = SCAN.scan(text)
    last_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= last_end
        last_end = f.end


class _Shouting(PatternScanner):
    """A plugin that overrides ``scan``: a ScanSet must still go through it."""

    def scan(self, text: str, location: str = "") -> list[Finding]:
        return [Finding("SHOUT", 0, len(text), 1.0, self.id, location)] if text.isupper() else []


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_scanners_sharing_the_encoding_find_what_each_finds_alone(text: str) -> None:
    # ScanSet hands the pattern scanners one UTF-8 encoding; each alone encodes its own.
    alone = [f for s in SCAN.scanners for f in s.scan(text, "m")]
    assert SCAN.scan(text, "m") == resolve_overlaps(alone)


def test_a_scanner_that_overrides_scan_is_asked_through_it() -> None:
    shout = _Shouting("shout", [])
    found = ScanSet([*SCAN.scanners, shout]).scan("CALL 030 1234567", "m")
    assert [(f.entity, f.scanner) for f in found] == [("SHOUT", "shout")]
