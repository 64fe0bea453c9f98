"""Operators, reversible placeholders (round trip exactly), and streaming redaction that
catches entities split across any chunk boundaries."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kanmon.core import Finding
from kanmon.scan import (
    KeyedHash,
    Mask,
    Pseudonymise,
    RestoreStream,
    ScanSet,
    StreamRedactor,
    Tag,
    Vault,
    apply_operators,
)

SCAN = ScanSet.from_names(["pii", "secrets"])


def _f(text: str, value: str, entity: str = "EMAIL") -> Finding:
    i = text.index(value)
    return Finding(entity, i, i + len(value), 0.9, "t")


def test_mask_keeps_separators_and_last_digits() -> None:
    assert Mask(keep_last=4).apply("4111 1111 1111 1111", "CREDIT_CARD", None) == (
        "**** **** **** 1111"
    )
    assert Mask(char="#").apply("a@b.cd", "EMAIL", None) == "#@#.##"


@given(st.text(max_size=40), st.integers(0, 8))
def test_mask_keeps_shape_and_only_the_last_characters(value: str, keep: int) -> None:
    out = Mask(keep_last=keep).apply(value, "T", None)
    assert len(out) == len(value)
    alnum = [i for i, c in enumerate(value) if c.isalnum()]
    kept = set(alnum[len(alnum) - keep :]) if keep else set()
    for i, (a, b) in enumerate(zip(value, out, strict=True)):
        assert b == (a if (i in kept or not a.isalnum()) else "*")


def test_tag_and_keyed_hash() -> None:
    assert Tag().apply("x@y.zz", "EMAIL", None) == "<EMAIL>"
    h1 = KeyedHash(b"k1").apply("x@y.zz", "EMAIL", None)
    assert h1 == KeyedHash(b"k1").apply("x@y.zz", "EMAIL", None)
    assert h1 != KeyedHash(b"k2").apply("x@y.zz", "EMAIL", None)
    assert h1.startswith("<EMAIL#") and len(h1) == len("<EMAIL#>") + 16 and "x@y" not in h1


@given(st.text(max_size=40))
def test_keyed_hash_is_deterministic_and_hides_value(value: str) -> None:
    out = KeyedHash(b"secret").apply(value, "T", None)
    assert out == KeyedHash(b"secret").apply(value, "T", None)
    assert out[7:-1].isalnum()


def test_same_value_same_placeholder() -> None:
    text = "mail a@x.io, then b@x.io, then a@x.io again"
    fs = [Finding("EMAIL", m, m + 6, 0.9, "t") for m in (5, 18, 31)]
    v = Vault(reserved=text)
    out = apply_operators(text, fs, {}, Pseudonymise(), v)
    assert out == "mail <EMAIL_1>, then <EMAIL_2>, then <EMAIL_1> again"
    assert v.restore(out) == text


words = st.text(alphabet=st.sampled_from(list("ab <>_EMAIL123:") + ["你", "é", "\n"]), max_size=30)
values = st.text(alphabet=st.sampled_from(list("xyz@.<>_EMAIL1")), min_size=1, max_size=12)


@settings(max_examples=300)
@given(st.lists(st.tuples(words, values), min_size=1, max_size=6), words)
def test_pseudonymise_round_trips_exactly(pairs: list[tuple[str, str]], tail: str) -> None:
    """Whatever the text around and inside the values (even literal placeholders),
    restoring the pseudonymised text gives back the original, byte for byte."""
    text, findings, pos = "", [], 0
    for before, value in pairs:
        text += before
        pos = len(text)
        text += value
        findings.append(Finding("EMAIL", pos, pos + len(value), 0.9, "t"))
    text += tail
    vault = Vault(reserved=text)
    out = apply_operators(text, findings, {}, Pseudonymise(), vault)
    assert vault.restore(out) == text
    # and streamed in any two pieces
    for cut in range(0, len(out) + 1, max(1, len(out) // 5)):
        rs = RestoreStream(vault)
        assert rs.feed(out[:cut]) + rs.feed(out[cut:]) + rs.finish() == text


def test_literal_placeholder_in_the_request_is_never_handed_out() -> None:
    text = "literal <EMAIL_1> and real a@b.cd"
    v = Vault(reserved=text)
    out = apply_operators(text, [_f(text, "a@b.cd")], {}, Pseudonymise(), v)
    assert out == "literal <EMAIL_1> and real <EMAIL_2>"
    assert v.restore("reply: <EMAIL_1>, <EMAIL_2>") == "reply: <EMAIL_1>, a@b.cd"


LEAKY = (
    "Sure. Card 4111 1111 1111 1111, key AKIAIOSFODNN7EXAMPLE, token "
    "ghp_16C7e42F292c6912E7710c838347Ae178B4a and a JWT eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0."
    "c2lnbmF0dXJlLXNpZ25hdHVyZQ and mail ann@example.com, done."
)


def _oneshot(text: str) -> str:
    return apply_operators(text, SCAN.scan(text), {}, Tag())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, len(LEAKY)), max_size=30), st.integers(16, 80))
def test_stream_redaction_equals_oneshot_for_any_chunking(cuts: list[int], window: int) -> None:
    bounds = sorted({0, len(LEAKY), *cuts})
    pieces = [LEAKY[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    seen: list[str] = []
    red = StreamRedactor(
        SCAN.scan, {}, Tag(), window=window, on_finding=lambda f: seen.append(f.entity)
    )
    out = "".join(red.feed(p) for p in pieces) + red.finish()
    assert out == _oneshot(LEAKY)
    assert "AKIA" not in out and "4111" not in out and "ghp_" not in out
    assert sorted(seen) == sorted(["CREDIT_CARD", "AWS_ACCESS_KEY", "GITHUB_TOKEN", "JWT", "EMAIL"])


def test_stream_holds_nothing_back_longer_than_needed() -> None:
    red = StreamRedactor(SCAN.scan, {}, Tag(), window=16)
    out = red.feed("plain words without anything sensitive in them at all, ")
    assert out and len(out) >= 30


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len(LEAKY)), st.booleans()), max_size=30),
    st.integers(16, 80),
)
def test_text_in_hand_waits_and_is_scanned_with_what_follows(
    cuts: list[tuple[int, bool]], window: int
) -> None:
    """A piece fed with ``more`` is released by neither its own feed nor a scan of its own:
    the output is the one-shot redaction, and only the feeds without ``more`` scan."""
    more_at = dict(cuts)
    bounds = sorted({0, len(LEAKY), *more_at})
    scans: list[int] = []

    def scan(text: str) -> list[Finding]:
        scans.append(len(text))
        return SCAN.scan(text)

    red = StreamRedactor(scan, {}, Tag(), window=window)
    out, fed_without_more = [], 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        more = more_at.get(b, False) and b < len(LEAKY)
        got = red.feed(LEAKY[a:b], more)
        if more:
            assert got == ""
        else:
            fed_without_more += 1
        out.append(got)
    scans_before_finish = len(scans)
    out.append(red.finish())
    assert "".join(out) == _oneshot(LEAKY)
    assert scans_before_finish <= fed_without_more


def test_a_burst_in_hand_is_scanned_once() -> None:
    calls: list[str] = []

    def scan(text: str) -> list[Finding]:
        calls.append(text)
        return SCAN.scan(text)

    red = StreamRedactor(scan, {}, Tag(), window=16)
    pieces = [LEAKY[i : i + 12] for i in range(0, len(LEAKY), 12)]
    out = [red.feed(p, True) for p in pieces[:-1]]
    out.append(red.feed(pieces[-1]))
    assert calls == [LEAKY] and not any(out[:-1])
    assert "".join(out) + red.finish() == _oneshot(LEAKY)
