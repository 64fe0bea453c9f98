"""Patterns spelled for speed find what their plain spelling finds: those written to start with
a character (``lead_first``) the same matches and groups as look-behind first, wherever a
search starts and ends; word lists grouped by first character (``any_word``) the same words as
a plain alternation, in the same order."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kanmon.scan import _phone, _phone_cues, pii_scanner, secrets_scanner
from kanmon.scan._recognizer import any_word, lead_first, token_start

#: The built-in patterns as they were spelled before, look-behind first.
_L = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff"
_EMAIL = (
    rf"(?<![{_L}._%+\-])[{_L}][{_L}._%+\-]{{0,63}}@"
    rf"[{_L}](?:[{_L}\-]{{0,61}}[{_L}])?"
    rf"(?:\.[{_L}](?:[{_L}\-]{{0,61}}[{_L}])?)*\.(?:[A-Za-z]{{2,24}}(?![A-Za-z0-9\u00c0-\u00d6"
    r"\u00d8-\u00f6\u00f8-\u024f])|[\u0400-\u04ff]{2,24}(?![0-9\u0400-\u04ff]))"
)
_IBAN = r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
_PHONE = (
    r"(?<![0-9A-Za-z_\-./#@+])(?<!\d[ \-])"
    r"(?P<num>(?:\+|\(\+?)?\d(?:[ \-./()\u00a0]{0,3}\d){6,16})"
    r"(?P<ext>(?:[ ,]{0,2}(?:x|ext\.?|extn\.?|extension|durchwahl|доб\.?|доп\.?|内線|内线|分机|"
    r"分機|转|轉|내선)[ .:]{0,2}\d{1,6}))?"
    r"(?![0-9A-Za-z_\-/@]|[.,]\d|[ \-]\d)"
)
PLAIN = {
    "email": re.compile(_EMAIL),
    "iban": re.compile(_IBAN),
    "phone": re.compile(_PHONE, re.IGNORECASE),
}
SHIPPED = {r.id: r.pattern for s in (pii_scanner(), secrets_scanner()) for r in s.recognizers}

#: Pieces at the edges of these patterns: digits (ASCII and not), every separator, "+" and
#: "(" before digits, extensions, letters that fold to ASCII ones, local parts and domains,
#: IBAN-shaped letters, line breaks.
PIECES = [
    "0", "1", "49", "030", "1234", "5678", "٣", "５", " ", "-", ".", "/", "(", ")", "\u00a0",
    "+", "(+", ",", "x", "ext. ", "EXT", "доб.", "内線", "내선", "#", "@", "_", "%", "a", "Z",
    "DE", "GB82", "WEST", "İ", "ı", "ſ", "\u212a", "anna.weber", "a@b.de", "ex-ample.co.uk",
    "\n", "é", "电话", "ü", "×", "иван", "почта.рф", "Ж",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _found(pattern: re.Pattern[str], text: str, pos: int, end: int) -> object:
    m = pattern.search(text, pos, end)
    return None if m is None else m.regs


@settings(max_examples=2000, deadline=None)
@given(TEXT, st.integers(0, 12), st.integers(0, 12))
def test_lead_first_patterns_find_what_the_plain_ones_find(text: str, a: int, b: int) -> None:
    pos, end = min(a, len(text)), max(len(text) - b, 0)
    for rid, plain in PLAIN.items():
        shipped = SHIPPED[rid]
        assert _found(shipped, text, pos, end) == _found(plain, text, pos, end), rid
        assert [m.regs for m in shipped.finditer(text)] == [m.regs for m in plain.finditer(text)]


def test_the_phone_pattern_is_the_shipped_one() -> None:
    assert SHIPPED["phone"] is _phone.PATTERN


def test_lead_first_spells_the_look_behind_over_the_lead() -> None:
    assert lead_first("[A-Z]", "[a-z]") == "[A-Z](?<![a-z].)"
    assert token_start("eyJ", 3) == "eyJ(?<![0-9A-Za-z_\\-]...)"


WORDS = st.lists(st.text("inxtaИи番号 -", min_size=1, max_size=5), min_size=1, max_size=8)


@settings(max_examples=500, deadline=None)
@given(WORDS, st.text("inxtaИи番号 -.", max_size=40))
def test_any_word_finds_the_words_a_plain_alternation_finds(words: list[str], text: str) -> None:
    plain = re.compile("|".join(map(re.escape, words)))
    assert re.findall(any_word(words), text) == plain.findall(text)


def test_any_word_groups_words_by_their_first_character() -> None:
    assert any_word(["inn", "tin", "idnr", "tax id"]) == r"i(?:nn|dnr)|t(?:in|ax\ id)"


def _plain_cues() -> re.Pattern[str]:
    def start(w: str, end: str = "") -> str:
        return re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) + end

    p = _phone_cues
    return re.compile(
        "|".join(
            [start(w) for w in p.PHONE_WORDS]
            + [re.escape(w) for w in p.PHONE_CJK]
            + [start(w, r"\b") for w in p.ID_WHOLE]
            + [start(w) for w in p.ID_WORDS]
            + [re.escape(w) for w in p.ID_OTHER]
        )
    )


PLAIN_CUES = _plain_cues()
CUES = [
    *_phone_cues.PHONE_WORDS,
    *_phone_cues.PHONE_CJK,
    *_phone_cues.ID_WHOLE,
    *_phone_cues.ID_WORDS,
]
CUE_TEXT = st.lists(st.sampled_from([*CUES, *_phone_cues.ID_OTHER, " ", "x", "1", ".", "é"])).map(
    "".join
)


@settings(max_examples=1000, deadline=None)
@given(CUE_TEXT, st.integers(0, 3))
def test_phone_cue_words_are_found_as_one_by_one(text: str, pos: int) -> None:
    assert _phone_cues.CUES.findall(text, pos) == PLAIN_CUES.findall(text, pos)
