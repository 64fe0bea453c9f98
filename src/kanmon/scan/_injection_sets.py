"""How the lexical layer's signals are dealt into RE2 sets and filters, which say in one pass
per set which signals occur in a region.

A DFA state of a set is a combination of positions in all of its members, and the states a set
needs grow with the text it meets. The signals that let them grow are those with long bounded
gaps (``[^.\\n]{0,60}?``, ``(?:\\S+\\s+){0,6}?``): a state has to remember every position
within the gap at which one of their key words was seen. Put together in a few sets, such
signals filled each set's 64 MB on the injection corpus (11,393 texts of attacks and texts about
them, 3.6 MB), which then dropped its states and built them again, forever: 0.6 MB/s
(docs/scanning.md, "Throughput"). So the sets are built from the signals' top-level
alternatives, not whole signals, grouped by

- script: an alternative whose every match holds a kana, hangul, Cyrillic or han letter
  (``required``, read from its literal letters) joins the sets of its family (Cyrillic, or
  CJK), the rest the Latin ones. Members of one family seldom advance together, a set of one
  family has fewer byte classes and so smaller states, and a region without letters of a
  family's scripts (``present``: an ASCII one has none) skips its sets;
- weight: the alternatives of a script with a gap of ``HEAVY_GAP`` or more characters or words
  are kept apart from the rest, at most ``HEAVY_PER_SET`` to a set.

A set's matcher answers only whether each member occurs, so an alternative's leading ``\\S*``
or ``\\pL*`` (which can match nothing, and so never decides whether a match exists) is left
out of its set member: it only adds states. The patterns that find where a signal matches
keep it.

Sets of heavy members stay RE2 sets; the light ones of a family, hundreds each, are RE2 filters
(``compile_set``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import re2

from kanmon.scan._rx import alternatives, class_end, options_ci

#: An alternative with a bounded repetition of this many or more (characters or words) is heavy.
HEAVY_GAP = 20
#: Heavy alternatives of one script per set, at most.
HEAVY_PER_SET = 16
#: A filtered member's DFA memory: light members' states are few.
MEMBER_MEMORY = 8 << 20
#: Light Chinese and Japanese members per filter, at most. A filter's literal set gets RE2's
#: default 8 MB of DFA states (the binding takes no options), and a CJK character is three
#: bytes of its automaton: one filter of the 566 outgrew it on text dense with trigger words
#: and rebuilt its states in every pass (1.7 s of a pass over every corpus text; in two
#: filters 0.54 s). Three held theirs too, but cost text seen before 2.5% more, two 1.1%
#: (docs/benchmarks.md, "Injection detector").
CJK_FILTER_MEMBERS = 300

_BOUND = re.compile(r"\{\d*,(\d+)\}")
#: Leading repetitions that can match nothing: whether a match exists never depends on them.
_NULLABLE_LEAD = re.compile(r"^(?:\\S|\\pL|\\w|\.)\*\??")
#: The scripts a set may be skipped for, by the letters of each (the letters a text must hold
#: for it to be asked: the same ranges under RE2's case folding, ``present``).
_RANGES = (
    ("kana", "\u3040-\u30ff"),
    ("hangul", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),
    ("cyrillic", "\u0400-\u04ff"),
    ("han", "\u4e00-\u9fff"),
)
_SCRIPTS = tuple((name, re.compile(f"[{r}]")) for name, r in _RANGES)
_FAMILY = {"kana": "cjk", "hangul": "cjk", "han": "cjk"}
_REPEAT = re.compile(r"\{(\d+)(?:,\d*)?\}")

#: The signal's index, the alternative's index in it, and the pattern the set holds for it.
Member = tuple[int, int, str]
Matcher = Callable[[bytes], list[int]]
#: A set's matcher, the signal of each member, and the scripts a text must hold one of for the
#: set to be asked (``None``: every text).
SignalSet = tuple[Matcher, tuple[int, ...], frozenset[str] | None]


def required(pattern: str) -> frozenset[str]:
    """The scripts (of ``_SCRIPTS``) every match of ``pattern`` holds a letter of, read from its
    literal letters: a class, an escape, or anything optional or in only some alternatives
    requires nothing. Errs towards requiring less, which only costs a set call."""
    need, i = _alternation(pattern, 0)
    if i != len(pattern):
        raise ValueError(f"unbalanced ')' at {i} in {pattern!r}")
    return need


def _alternation(p: str, i: int) -> tuple[frozenset[str], int]:
    need, i = _sequence(p, i)
    while i < len(p) and p[i] == "|":
        more, i = _sequence(p, i + 1)
        need &= more
    return need, i


def _sequence(p: str, i: int) -> tuple[frozenset[str], int]:
    need: set[str] = set()
    n = len(p)
    while i < n and p[i] not in "|)":
        c = p[i]
        atom: frozenset[str] = frozenset()
        if c == "(":
            i += 1
            if p.startswith("?", i):  # (?:…) (?-i:…) (?P<name>…), or flags alone: (?i)
                while p[i] not in ":)>":
                    i += 1
                if p[i] == ")":
                    i += 1
                    continue
                i += 1
            atom, i = _alternation(p, i)
            if i >= n or p[i] != ")":
                raise ValueError(f"unclosed group in {p!r}")
            i += 1
        elif c == "[":
            i = class_end(p, i)
        elif c == "\\":
            i += 2
            if p[i - 1] in "pPx" and p.startswith("{", i):  # \p{Han}, \x{42}
                i = p.index("}", i) + 1
            elif p[i - 1] in "pP":  # \pL
                i += 1
            elif p[i - 1] == "x":  # \x41
                i += 2
        else:
            i += 1
            if (name := _letter(c)) != "latin":
                atom = frozenset((name,))
        i, optional = _quantifier(p, i)
        if not optional:
            need |= atom
    return frozenset(need), i


def _quantifier(p: str, i: int) -> tuple[int, bool]:
    """The index past the quantifier at ``p[i]`` (if any), and whether it allows none."""
    n = len(p)
    optional = False
    if i < n and p[i] in "*?+":
        optional = p[i] != "+"
        i += 1
    elif i < n and p[i] == "{" and (m := _REPEAT.match(p, i)):
        optional = int(m.group(1)) == 0
        i = m.end()
    else:
        return i, False
    if i < n and p[i] == "?":  # lazy
        i += 1
    return i, optional


@functools.cache
def home(pattern: str) -> str:
    """The script whose set a member joins: one its matches always hold a letter of (kana
    before han: Japanese writes both), or ``latin``, whose sets run on every text."""
    need = required(pattern)
    for name, _ in _SCRIPTS:
        if name in need:
            return name
    return "latin"


def heavy(pattern: str) -> bool:
    return any(int(n) >= HEAVY_GAP for n in _BOUND.findall(pattern))


def members(signals: Sequence[str]) -> list[Member]:
    """Every top-level alternative of every signal, its nullable lead left out."""
    return [
        (i, j, _NULLABLE_LEAD.sub("", alt, count=1))
        for i, pattern in enumerate(signals)
        for j, alt in enumerate(alternatives(pattern))
    ]


def letters(pattern: str) -> str:
    """The first of the scripts whose letters ``pattern`` holds anywhere, or ``latin``."""
    for name, range_ in _SCRIPTS:
        if range_.search(pattern):
            return name
    return "latin"


#: ``letters`` of one character, kept: the parse asks it of each literal letter of ~4,500
#: alternatives (half a million calls, four searches each, once cost a second at start-up).
_letter = functools.cache(letters)


def groups(signals: Sequence[str]) -> list[list[Member]]:
    """The members dealt into sets by family (Latin, Cyrillic, or CJK: kana, hangul and han
    together, as Japanese writes kana and han in one sentence; light hangul ones apart, below)
    and weight, heavy ones at most ``HEAVY_PER_SET`` to a set (every ``k``-th to one, so each
    set gets some of each signal's), light Chinese and Japanese ones at most
    ``CJK_FILTER_MEMBERS`` to a filter.
    A heavy member that requires no script but holds letters of one (an HTML comment addressed
    to the assistant in six languages) is kept apart from the Latin ones too: together they
    filled a set's memory."""
    by: dict[tuple[str, bool, bool], list[Member]] = {}
    for m in members(signals):
        where, is_heavy = home(m[2]), heavy(m[2])
        apart = is_heavy and where == "latin" and letters(m[2]) != "latin"
        # light Korean members apart from the Japanese and Chinese ones: a filter's literal set
        # of all three outgrew its memory on new text and rebuilt it, and a Korean text seldom
        # holds kana or han (a set of heavy ones stays by family)
        family = where if where == "hangul" and not is_heavy else _FAMILY.get(where, where)
        by.setdefault((family, is_heavy, apart), []).append(m)
    out: list[list[Member]] = []
    for (family, is_heavy, _), ms in sorted(by.items()):
        if is_heavy:
            k = -(-len(ms) // HEAVY_PER_SET)
            out += [ms[j::k] for j in range(k)]
        elif family == "cjk" and len(ms) > CJK_FILTER_MEMBERS:
            # in runs of neighbours, not every k-th: a signal's alternatives share their words,
            # and a filter's literal set holds each word once
            k = -(-len(ms) // CJK_FILTER_MEMBERS)
            size = -(-len(ms) // k)
            out += [ms[i : i + size] for i in range(0, len(ms), size)]
        else:
            out.append(ms)
    return out


def compile_set(group: Sequence[Member]) -> SignalSet:
    """A set's matcher, the signal of each of its members (one member per alternative, so a
    signal may be there more than once), and the scripts a text must hold letters of one of for
    the set to be asked (``None``: every text). The matcher gives the indexes of the members
    that occur.

    Heavy members go into an RE2 set (``_searcher``); light ones, hundreds to a family, into
    RE2's filter (``_filtered``): one set's DFA state is a combination of positions in all of
    its members, and on text it has not seen the light sets built new states for most of what
    they read (0.6 MB/s for the Latin one over the first million characters of new mixed
    prose). The filter searches the literal words every match of a member holds (its atoms:
    an automaton of literals, whose states are bounded by the words' prefixes) and runs, each
    on its own, only the members whose words are there."""
    needs = frozenset(home(pattern) for _, _, pattern in group)
    if any(heavy(pattern) for _, _, pattern in group):
        match = _searcher(group)
    else:
        match, group = _filtered(group)
    return match, tuple(i for i, _, _ in group), None if "latin" in needs else needs


def _searcher(group: Sequence[Member]) -> Matcher:
    """An RE2 set of ``group``, its compiled set's own matcher (the ``re2`` module's
    ``Set.Match`` only wraps it in a Python call of its own)."""
    found = re2.Set.SearchSet(options_ci())
    for _, _, pattern in group:
        found.Add(pattern.encode())
    found.Compile()
    match: Matcher = found._set.Match
    return match


def _filtered(group: Sequence[Member]) -> tuple[Matcher, list[Member]]:
    """RE2's ``FilteredRE2`` of ``group``, and the members in the order of the indexes the
    matcher gives. The members without atoms (literal strings of three UTF-8 bytes or more:
    three ASCII letters, two Cyrillic ones, one CJK character), which the filter would run on
    every text, one by one, go into a small RE2 set of their own after the rest."""
    whole = _filter(group)
    # an empty text holds no atom: the members it leaves as candidates are those without
    always = set(whole.filter.Match(b"", True))  # type: ignore[attr-defined]
    if not always:
        return whole, list(group)
    rest = [m for k, m in enumerate(group) if k not in always]
    few = [m for k, m in enumerate(group) if k in always]
    if not rest:
        return _searcher(few), few
    in_filter, in_set, n = _filter(rest), _searcher(few), len(rest)

    def matcher(data: bytes) -> list[int]:
        found = in_filter(data)
        more = in_set(data)
        return found + [n + j for j in more] if more else found

    return matcher, rest + few


def _filter(group: Sequence[Member]) -> Matcher:
    found = re2._re2.Filter()
    opts = options_ci(MEMBER_MEMORY)
    for _, _, pattern in group:
        if found.Add(pattern.encode(), opts) < 0:
            raise ValueError(f"RE2 cannot filter {pattern!r}")
    if not found.Compile():
        raise ValueError("RE2 cannot compile the filter")
    match = found.Match

    def matcher(data: bytes) -> list[int]:
        return match(data, False)  # type: ignore[no-any-return]

    matcher.filter = found  # type: ignore[attr-defined]  # the matcher keeps the filter alive
    return matcher


@functools.cache
def _presence() -> Matcher:
    found = re2.Set.SearchSet(options_ci(1 << 20))
    for _, chars in _RANGES:
        found.Add(f"[{chars}]".encode())
    found.Compile()
    match: Matcher = found._set.Match
    return match


def present(data: bytes) -> frozenset[str]:
    """The scripts ``data`` holds a letter of, as a case-insensitive RE2 pattern sees them (a
    Cyrillic letter also matches its case variants outside the Cyrillic block)."""
    if data.isascii():
        return NO_SCRIPT
    return frozenset(_RANGES[j][0] for j in _presence()(data))


NO_SCRIPT: frozenset[str] = frozenset()
