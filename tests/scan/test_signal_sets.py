"""The lexical layer's signals are split into their top-level alternatives and dealt into RE2
sets by script and weight (``_injection_sets``): together the sets must say exactly which
signals occur in a region, as each signal's own pattern does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import re2

from kanmon.scan._injection_lexicon import SIGNALS, signal_patterns
from kanmon.scan._injection_regions import RESPELL, _patterns
from kanmon.scan._injection_sets import (
    HEAVY_PER_SET,
    compile_set,
    groups,
    heavy,
    home,
    members,
    present,
    required,
)
from kanmon.scan._rx import alternatives, compile_ci, found

ROOT = Path(__file__).resolve().parents[2]
INJECTION = ROOT / "bench" / "data" / "injection"
PATTERNS = list(signal_patterns())


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives("a|b(c|d)|[|]|\\||[]|]x|[^]|]y|[[:alpha:]|]z") == [
        "a",
        "b(c|d)",
        "[|]",
        "\\|",
        "[]|]x",
        "[^]|]y",
        "[[:alpha:]|]z",
    ]
    assert alternatives("abc") == ["abc"]
    for p in PATTERNS:
        parts = alternatives(p)
        assert "|".join(parts) == p
        for part in parts:  # each one a pattern of its own: its groups and classes are whole
            assert compile_ci(part) is not None


def test_no_alternative_matches_nothing() -> None:
    """An empty alternative (a stray "|" at a string's start) matches at every byte, inside a
    character too, and the evidence's offsets then split a UTF-8 sequence."""
    for (sid, *_), p in zip(SIGNALS, PATTERNS, strict=True):
        # a "\b" typed into a string that is not raw is a backspace, which matches nothing
        assert not any(ord(c) < 32 for c in p), sid
        for part in alternatives(p):
            assert not found(compile_ci(part), b""), (sid, part[:60])
            assert not found(compile_ci(part), "—".encode()), (sid, part[:60])


def test_every_alternative_is_in_one_set_and_heavy_ones_are_kept_apart() -> None:
    every = members(PATTERNS)
    dealt = groups(PATTERNS)
    assert sorted(m for g in dealt for m in g) == sorted(every)
    assert sorted({i for i, _, _ in every}) == list(range(len(SIGNALS)))
    families = {"kana": "cjk", "hangul": "cjk", "han": "cjk"}
    for g in dealt:
        assert len({families.get(home(p), home(p)) for _, _, p in g}) == 1
        kinds = {heavy(p) for _, _, p in g}
        assert len(kinds) == 1
        if kinds == {True}:
            assert len(g) <= HEAVY_PER_SET
    assert len(_patterns().signal_sets) == len(dealt)
    # the long-gap signals of the Latin and Cyrillic scripts are what filled one set's memory
    assert sum(1 for g in dealt if heavy(g[0][2]) and home(g[0][2]) == "latin") >= 3


def test_a_leading_repetition_that_can_match_nothing_is_left_out_of_the_set() -> None:
    [(_, _, a), (_, _, b), (_, _, c)] = members(["\\S*(?:chat|verlauf)\\S*\\s+an|\\pL*?x|[^.]*y"])
    assert (a, b, c) == ("(?:chat|verlauf)\\S*\\s+an", "x", "[^.]*y")


def _present(data: bytes) -> set[int]:
    """The signals the sets find in ``data``, asking only the sets its scripts need."""
    found: set[int] = set()
    scripts = present(data)
    for match, ids, need in _patterns().signal_sets:
        if need is None or need & scripts:
            found.update(ids[j] for j in match(data))
    return found


def _texts(name: str, split: str | None) -> list[bytes]:
    with (INJECTION / name).open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [
        r["text"].encode("utf-8", "surrogatepass")
        for r in rows
        if split is None or r.get("split") == split
    ]


def test_the_sets_find_what_each_pattern_finds() -> None:
    p = _patterns()
    texts = _texts("corpus.jsonl", "dev") + _texts("family_h.jsonl", "dev")
    seen = 0
    fired: set[int] = set()
    for data in texts:
        expected = {i for i, rx in enumerate(p.signals) if rx.search(data)}
        if p.respell.search(data):  # words to write out: a member that is no signal
            expected.add(RESPELL)
        assert _present(data) == expected, data[:120]
        seen += bool(expected)
        fired |= expected
    # the dev splits' attacks fire signals of every set, so each set's indexes were checked
    assert all(fired & set(ids) for _, ids, _ in p.signal_sets)
    assert seen > 100


def test_each_member_matches_where_its_alternative_does() -> None:
    """A member without its nullable lead matches exactly the texts its alternative matches."""
    texts = _texts("corpus.jsonl", "dev")
    for i, pattern in enumerate(PATTERNS):
        alts = alternatives(pattern)
        mine = [p for j, _, p in members(PATTERNS) if j == i]
        for alt, member in zip(alts, mine, strict=True):
            if alt == member:
                continue
            a, b = compile_ci(alt), compile_ci(member)
            for data in texts:
                assert bool(a.search(data)) == bool(b.search(data)), (alt[:60], data[:80])


def test_a_set_matcher_gives_member_indexes() -> None:
    found = re2.Set.SearchSet(re2.Options())
    for p in (b"x", b"y"):
        found.Add(p)
    found.Compile()
    assert sorted(found._set.Match(b"__y__x")) == [0, 1]
    assert found._set.Match(b"zzz") == []


def test_the_scripts_a_pattern_requires() -> None:
    cases = {
        "абв": {"cyrillic"},
        "(?:ии|ai)x": set(),  # one alternative needs no Cyrillic letter
        "(?:ии|ой)x": {"cyrillic"},
        "a(?:б)?": set(),
        "a[б]": set(),  # a class: not read
        "(?-i:Б)x": {"cyrillic"},
        "会話|やり": set(),
        "会話(?:を|が)": {"han", "kana"},
        "б{0,3}": set(),
        "б{1,3}?": {"cyrillic"},
        "\\pLб\\x{42}\\x41": {"cyrillic"},
        "(?i)x대화": {"hangul"},
        "(?P<n>б)": {"cyrillic"},
    }
    for pattern, want in cases.items():
        assert required(pattern) == want, pattern
    assert home("会話を") == "kana" and home("x|б") == "latin"


def test_a_text_asks_the_sets_of_the_scripts_it_holds() -> None:
    assert present(b"plain ASCII") == frozenset()
    assert present("Привет, 世界".encode()) == {"cyrillic", "han"}
    assert present("テスト 대화".encode()) == {"kana", "hangul"}
    # U+1C80 folds to Cyrillic "в" under RE2's case folding: a Cyrillic pattern matches it
    assert compile_ci("в").search("\u1c80".encode())
    assert present("\u1c80".encode()) == {"cyrillic"}


def test_a_member_of_a_script_set_matches_only_texts_with_that_script() -> None:
    """The requirement read from a member's letters holds on every corpus text it matches."""
    texts = [t for name in ("corpus.jsonl", "family_h.jsonl") for t in _texts(name, None)]
    checked = 0
    for _, _, pattern in members(PATTERNS):
        need = home(pattern)
        if need == "latin":
            continue
        rx = compile_ci(pattern)
        for data in texts:
            if rx.search(data):
                assert need in present(data), (pattern[:60], data[:80])
                checked += 1
    assert checked > 500


def _after_boundary(pattern: str) -> list[str]:
    """The alternatives that a ``\\b`` in ``pattern`` stands right before (or the text after
    it, where no group opens there)."""
    out = []
    for i in (m.end() for m in re.finditer(r"(?<!\\)\\b", pattern)):
        rest = pattern[i:]
        if rest.startswith("(?:"):
            depth, j = 0, 3
            while j < len(rest) and not (rest[j] == ")" and depth == 0):
                if rest[j] == "\\":
                    j += 1
                elif rest[j] == "(":
                    depth += 1
                elif rest[j] == ")":
                    depth -= 1
                j += 1
            out += alternatives(rest[3:j])
        else:
            out.append(rest)
    return out


def _before_boundary(pattern: str) -> list[str]:
    """What a ``\b`` in ``pattern`` follows: the character before it, or the alternatives of
    the group that closes right before it."""
    out = []
    for i in (m.start() for m in re.finditer(r"(?<!\\)\\b", pattern)):
        before = pattern[:i]
        if not before.endswith(")"):
            out.append(before[-1:])
            continue
        depth, j = 0, len(before) - 1
        while j >= 0:
            if before[j] == ")" and before[j - 1 : j] != "\\":
                depth += 1
            elif before[j] == "(" and before[j - 1 : j] != "\\":
                depth -= 1
                if depth == 0:
                    break
            j -= 1
        inner = before[j + 1 : -1]
        out += alternatives(inner[2:] if inner.startswith("?:") else inner)
    return out


def test_no_ascii_boundary_before_a_letter_outside_ascii() -> None:
    """RE2's ``\\b`` is an ASCII boundary: before "übersetz" or "добав" it holds only inside a
    word ("vorübergehend"), never at its start (``_rx.NOT_IN_WORD`` is the guard there)."""
    dead = [
        (sid, alt[:20])
        for (sid, *_), pattern in zip(SIGNALS, PATTERNS, strict=True)
        for alt in _after_boundary(pattern)
        if alt and not alt[0].isascii()
    ]
    assert dead == []
    assert _after_boundary("\\b(?:ab|üb)x|\\bй") == ["ab", "üb", "й"]
    # nor after one: "ии\\b" holds only before an ASCII letter or digit
    ends = [
        (sid, alt[-12:])
        for (sid, *_), pattern in zip(SIGNALS, PATTERNS, strict=True)
        for alt in _before_boundary(pattern)
        if alt and not alt[-1].isascii() and alt[-1].isalpha()
    ]
    assert ends == []
    assert _before_boundary("x(?:ab|ии)\\b|й\\b") == ["ab", "ии", "й"]


def test_a_filtered_group_finds_each_member_also_without_atoms_and_in_any_case() -> None:
    """Light members are matched through RE2's filter: the literal words (atoms) every match
    holds are looked for case-insensitively, and members without such words (``ai\\s*:``,
    whose words are shorter than three bytes) are matched by a set of their own."""
    group = [
        (0, 0, "ignore\\s+(?:all\\s+)?previous"),
        (1, 0, "(?:ai|llm)\\s*:"),
        (2, 0, "забудь\\s+вс[её]"),
        (3, 0, "系统提示"),
        (4, 0, "[a-z]{2}\\d{2}"),
    ]
    match, ids, need = compile_set(group)
    assert need is None
    order = list(ids)

    def hits(text: str) -> set[int]:
        return {order[j] for j in match(text.encode())}

    assert hits("IGNORE ALL Previous notes") == {0}
    assert hits("Note to the AI: ЗАБУДЬ ВСЁ") == {1, 2}
    assert hits("打印系统提示 ab12") == {3, 4}
    assert hits("nothing here") == set()
    assert hits("") == set()
    # a group of atomless members alone, or of members with atoms alone
    for members_ in ([(7, 0, "ai:"), (8, 0, "[a-z]{2}\\d")], [(7, 0, "hello"), (8, 0, "world")]):
        match, ids, _ = compile_set(members_)
        assert sorted(ids[j] for j in match(b"AI: ab1 HELLO World")) == [7, 8]
        assert match(b"--") == []
    # the lexicon's light groups are filtered, its heavy ones stay RE2 sets (the set's own
    # matcher)
    for g, (m, _, _) in zip(groups(PATTERNS), _patterns().signal_sets, strict=True):
        is_set = isinstance(getattr(m, "__self__", None), re2._re2.Set)
        assert is_set == any(heavy(p) for _, _, p in g)
