"""The shortcuts a pattern scanner takes must not change what it finds: an anchored search
finds the matches a plain search finds, a trigger skipped for its first character would not
have matched, a window's rest shorter than a pattern's shortest match holds no match, and the
spans the scanner keeps become the findings ``resolve_overlaps`` keeps."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kanmon.core.finding import Finding
from kanmon.scan import PatternScanner, _phone, names_scanner, pii_scanner, secrets_scanner
from kanmon.scan._pattern import resolve_overlaps, resolve_spans
from kanmon.scan._recognizer import Span
from kanmon.scan._regex_shape import first_chars, min_width

SCANNERS = (pii_scanner(), secrets_scanner(), names_scanner())

#: Pieces around the anchors and triggers: local parts longer than 64 characters, addresses
#: back to back, colons that are and are not IPv6, digits after "+" and "(+", trigger prefixes.
PIECES = [
    "@", "a@b.de", "x" * 70, "anna.weber", "-", ".", "_", "+", "(+", "(", ")", " ", ":", "::",
    "fe80", "ff:", "1", "49", "030", "1234567", "x704", "eyJ", "sk-", "sk-ant-", "AKIA", "AIza",
    "ghp_", "xoxb-", "_live_", "-----BEGIN", "secret", "PRIVATE", "DE89", "Dr. ", "Anna ",
    "Иван ", "先生", "様", "님", "\n", "é", "K",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=30).map("".join)


def _plain(pattern: re.Pattern[str], text: str, pos: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, end)]


def _anchored(recognizer: object, text: str, pos: int, end: int) -> list[tuple[int, int]]:
    out = []
    m = recognizer.search(text, pos, end)  # type: ignore[attr-defined]
    while m is not None:
        out.append(m.span())
        m = recognizer.search(text, m.end() if m.end() > m.start() else m.end() + 1, end)  # type: ignore[attr-defined]
    return out


ANCHORED = [r for s in SCANNERS for r in s.recognizers if r.anchor is not None]


def test_the_built_in_anchors_are_where_expected() -> None:
    assert {r.id for r in ANCHORED} == {"email", "ipv6"}


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 40), st.integers(0, 40))
def test_an_anchored_search_finds_what_a_plain_search_finds(text: str, a: int, b: int) -> None:
    pos, end = min(a, len(text)), max(min(len(text), len(text) - b), 0)
    for r in ANCHORED:
        assert _anchored(r, text, pos, end) == _plain(r.pattern, text, pos, end), r.id


def test_an_anchor_beyond_reach_is_still_found_from_its_own_start() -> None:
    email = next(r for r in ANCHORED if r.id == "email")
    text = "y" * 64 + "@corp.example.org and " + "z" * 65 + "@corp.example.org"
    assert _anchored(email, text, 0, len(text)) == _plain(email.pattern, text, 0, len(text))
    assert len(_plain(email.pattern, text, 0, len(text))) == 1  # 65 characters: no address


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_a_trigger_is_skipped_only_where_it_does_not_match(text: str) -> None:
    for scanner in SCANNERS:
        for i in range(len(text) + 1):
            asked = scanner._by_first.get(text[i : i + 1], scanner._unknown_first)
            matching = [t for t in scanner._triggered if t[1](text, i) is not None]
            assert [t for t in matching if t not in asked] == [], (scanner.id, text, i)


@pytest.mark.parametrize(
    ("source", "first"),
    [
        ("eyJ", {"e"}),
        ("gh[pousr]_|github_pat_", {"g"}),
        ("A(?:KIA|SIA)", {"A"}),
        ("[A-C]{2}[0-9]", {"A", "B", "C"}),
        ("(?i:secret|private)", None),  # case-insensitive: not listed
        ("(?i)sk-", None),
        ("[0-9a-f]{0,4}:", None),  # may start with the colon
        (r"\w+@", None),  # a category
        ("(?<!x)ab", None),  # a look-behind first
        ("ab|", None),  # an empty branch
    ],
)
def test_first_characters_of_a_trigger(source: str, first: set[str] | None) -> None:
    assert first_chars(source) == (None if first is None else frozenset(first))


def test_shortest_matches() -> None:
    assert min_width(re.compile(r"(?<![0-9])\d{3}-\d{2}-\d{4}(?![0-9])")) == 11
    assert min_width(re.compile(r"\d{4}([ \-])\d{3,6}(?:\1\d{1,6}){1,3}|\d{12,19}")) == 10
    assert min_width(re.compile(r"a?")) == 0


def test_the_phone_verdict_reads_the_groups_it_expects() -> None:
    # phone_span reads the number and the extension by index.
    assert _phone.PATTERN.groupindex == {"num": 1, "ext": 2}


def test_numeric_plans_leave_out_only_what_a_run_lacks() -> None:
    scanner = pii_scanner()
    requires = scanner._requires
    assert set(requires) == {"-", "."}
    for k, level in enumerate(scanner._numeric_plan):
        for mask, plan in enumerate(level):
            have = {sep for i, sep in enumerate(requires) if mask >> i & 1}
            expected = [
                r.id
                for r in scanner._numeric
                if (r.digits or 0) <= k and (not r.requires or r.requires in have)
            ]
            assert [entry[0].id for entry in plan] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 30), st.integers(0, 8), st.sampled_from([0.75, 0.85, 0.95])),
        max_size=12,
    )
)
def test_spans_resolve_as_findings_do(raw: list[tuple[int, int, float]]) -> None:
    spans: list[Span] = [(s, s + n, c, f"E{i}") for i, (s, n, c) in enumerate(raw)]
    findings = [Finding(e, s, t, c, "x") for s, t, c, e in spans]
    kept = resolve_spans(list(spans))
    assert [(f.start, f.end, f.confidence, f.entity) for f in resolve_overlaps(findings)] == kept


def test_scanning_with_and_without_the_shortcuts_agrees() -> None:
    # The same recognizers without anchors, searching every rest of a window and asking every
    # trigger at every hit: the plain path.
    rnd = random.Random(13)
    texts = ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(3, 30))) for _ in range(400)]
    for scanner in SCANNERS:
        recognizers = [dataclasses.replace(r, anchor=None) for r in scanner.recognizers]
        for r in recognizers:
            object.__setattr__(r, "min_chars", 1)
        plain = PatternScanner(scanner.id, recognizers, overlapping=scanner._overlapping)
        plain._by_first, plain._unknown_first = {}, plain._triggered
        for text in texts:
            assert scanner.scan(text) == plain.scan(text)


#: Digit runs and what stands beside them: separators, check letters, digits of other scripts
#: (``\d`` takes them, the digit-run trigger does not), letters, CJK.
RUN_PIECES = [
    "1", "5", "9", "0", "12", "123", "1234", "4111", "8001011234567", "11010519491231002",
    "-", " ", ".", "/", "(", ")", "+", "X", "x", "a", "１", "２３", "１.", "٣", "电话", "番号",
    "\n", ",", "инн ", "card ", "マイナンバー ", "steuer ",
]  # fmt: skip
RUNS = st.lists(st.sampled_from(RUN_PIECES), max_size=24).map("".join)


def _without_shapes(scanner: PatternScanner) -> PatternScanner:
    return PatternScanner(
        scanner.id, [dataclasses.replace(r, in_run=False) for r in scanner.recognizers]
    )


_PII = pii_scanner()
_PII_EVERY_RECOGNIZER = _without_shapes(_PII)


@settings(max_examples=1500, deadline=None)
@given(RUNS)
def test_a_runs_shape_leaves_out_only_recognizers_that_could_not_match(text: str) -> None:
    assert _PII.scan(text) == _PII_EVERY_RECOGNIZER.scan(text)


def test_the_shape_of_a_run_leaves_recognizers_out() -> None:
    scanner = pii_scanner()
    scanner.scan("card 4111 1111 1111 1111, SSN 078-05-1120")
    card = scanner._shapes[b"5555 5555 5555 5555"]
    assert [e[0].id for e in card[1]] == [
        "credit_card", "kr_rrn", "us_ssn_unseparated", "jp_my_number", "ru_inn", "de_tax_id",
        "phone",
    ]  # fmt: skip
    # 4-4-4 fits inside it (jp_my_number); 6-7, 3-2-4, 10 or 12 digits together, 2-3-3-3 do not.
    assert [e[0].id for e in card[0]] == ["credit_card", "jp_my_number", "phone"]
    ssn = scanner._shapes[b"555-55-5555"]
    assert [e[0].id for e in ssn[0]] == ["us_ssn", "phone"]
    # A digit of another script beside a run can join a match (``\d`` takes it): the run
    # "22.33.44" is no IPv4 address, "１.22.33.44" is one.
    text = "server １.22.33.44 down"
    assert [(f.entity, f.start, f.end) for f in scanner.scan(text)] == [("IP_ADDRESS", 7, 17)]
