"""Where the injection layers look: the compiled trigger and signal patterns, the trigger hits
in a text and the byte regions around them (the lexical and classifier layers see these
regions alone)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from kanmon.scan._hant import hant_variants, traditional_forms
from kanmon.scan._injection_discussion import DISCUSSION
from kanmon.scan._injection_encodings import ENCODED
from kanmon.scan._injection_lexical_triggers import lexical_triggers_both_forms
from kanmon.scan._injection_lexicon import SIGNALS, signal_patterns
from kanmon.scan._injection_misspelt import CHAT, TYPO_START
from kanmon.scan._injection_scrambled import START as SCRAMBLED
from kanmon.scan._injection_sets import SignalSet, compile_set, groups, home
from kanmon.scan._injection_soup import START as SOUP
from kanmon.scan._injection_talk import ASKED_ABOUT, CARRY_OUT, REPORTED
from kanmon.scan._injection_triggers import TRIGGERS, ZH
from kanmon.scan._rx import UNANCHORED, compile_ci, found, whole

#: Misspelt key words and chat spellings: a member of the signal sets (index ``RESPELL``) that
#: is no signal. It says which regions have words to write out (``_injection_misspelt``) in the
#: passes the sets make anyway: a pass of its own over each region cost 2% of the scanner's
#: instructions on mixed prose.
RESPELL_PATTERN = f"(?:{TYPO_START})|(?:{CHAT})"
RESPELL = len(SIGNALS)


class _Compiled:
    """Each signal's pattern, compiled when a region first holds the signal (the sets say
    which signals occur): compiling all 500-odd took ~0.6 s of every process's start, most
    of them for signals a process may never meet."""

    __slots__ = ("_compiled", "_patterns")

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self._patterns = patterns
        self._compiled: list[Any] = [None] * len(patterns)

    def __getitem__(self, i: int) -> Any:
        rx = self._compiled[i]
        if rx is None:  # two threads may both compile it: the same pattern either way
            rx = self._compiled[i] = compile_ci(self._patterns[i])
        return rx


# RE2 finds match bounds with a DFA, fast; asking for capture groups over a long text makes it
# fall back to slower engines. So each pattern is compiled twice: without groups to scan,
# with one group per alternative to name a hit, run on the hit alone.
@dataclass(frozen=True, slots=True)
class _Patterns:
    trigger: Any  # the trigger words and the lexical-only phrases
    words: Any  # the trigger words alone
    #: phrases only the lexical layer looks around (a hit of these alone is not the
    #: classifier's region)
    lexical_only: Any
    structural: Any  # template tokens and encodings: the decoding layer runs
    soup: Any  # what a token soup holds (``_injection_soup``)
    #: key words with their inner letters shuffled (a lexical-only hit, never a trigger word)
    scrambled: Any
    #: key words misspelt (a lexical-only hit too) and chat spellings (``RESPELL``)
    respell: Any
    signals: _Compiled
    #: Which signals occur in a region: a DFA pass per set of their alternatives, each set
    #: with the index into ``SIGNALS`` of each of its members and the scripts a region must
    #: hold one of for the set to be asked (``_injection_sets``).
    signal_sets: tuple[SignalSet, ...]
    discussion: Any
    #: ``discussion`` or an attack someone wrote, quoted (``REPORTED``), in one pass; and the
    #: words that ask for such a quote to be carried out
    talk: Any
    #: a question or test about the attack a text quotes (``ASKED_ABOUT``): quotes only
    asked_about: Any
    carry_out: Any


@functools.cache
def _patterns() -> _Patterns:
    """Compiled at the first scanner, not at import: it takes ~1.5 s (RE2's filters of the
    signal sets most of it; each signal's own pattern is compiled when it first occurs,
    ``_Compiled``), and most processes that import ``kanmon.scan`` (the CLI, a gateway whose
    policy has no injection rule) never scan for injection."""
    # the Chinese trigger words in their Traditional forms, lexical-only: such a text is then
    # read as Simplified (``_hant``) and its hits found again. Not a form that holds a
    # trigger word (設定, 無視 are Japanese ones): lexical-only phrases hold none, so the trigger
    # words found, and the classifier's regions, stay those of a search without them.
    triggers = TRIGGERS
    words = compile_ci("|".join(f"(?:{t})" for t in triggers))
    traditional = "|".join(
        f for f in traditional_forms(ZH).split("|") if words.search(f.encode()) is None
    )
    lexical_triggers = f"{hant_variants(lexical_triggers_both_forms())}|{traditional}"
    signal_sets = tuple(compile_set(g) for g in groups([*signal_patterns(), RESPELL_PATTERN]))
    home.cache_clear()  # the alternatives' scripts are needed while the sets are dealt only
    return _Patterns(
        # the lexical-only phrases last: at a position where a trigger word also starts, the
        # trigger word wins (RE2 prefers the earlier alternative). On text dense with trigger
        # words its DFA's states outgrow 64 MB: it dropped them and built them again on every
        # pass over the injection corpus, 20 times slower than at 128 MB (the process grew by
        # 44 MB then, 26 MB at 64).
        trigger=compile_ci(
            "|".join(
                f"(?:{t})"
                for t in (*triggers, lexical_triggers, ENCODED, SCRAMBLED, TYPO_START, SOUP)
            ),
            max_mem=128 << 20,
        ),
        words=words,
        # the encodings' runs and misspelt words as lexical-only hits: the classifier's regions
        # stay the trigger words', as in its training (``segments``)
        lexical_only=compile_ci(
            f"(?:{lexical_triggers})|(?:{ENCODED})|(?:{SCRAMBLED})|(?:{TYPO_START})|(?:{SOUP})"
        ),
        structural=compile_ci(f"(?:{TRIGGERS[-1]})|(?:{ENCODED})|(?:{SOUP})"),
        soup=compile_ci(SOUP),
        scrambled=compile_ci(SCRAMBLED),
        respell=compile_ci(RESPELL_PATTERN),
        signals=_Compiled(signal_patterns()),
        signal_sets=signal_sets,
        discussion=compile_ci(DISCUSSION),
        talk=compile_ci(f"(?:{DISCUSSION})|(?:{REPORTED})"),
        asked_about=compile_ci(ASKED_ABOUT),
        carry_out=compile_ci(CARRY_OUT),
    )


class Talk:
    """What one text says about attacks, each looked for once and only when first asked (a
    pass over the whole text each): whether it discusses them (``is_discussion``), and whether
    what it quotes is reported, asked about or tested rather than meant (``reporting``: a
    discussion, or a question or test about the attack it quotes, ``ASKED_ABOUT``)."""

    __slots__ = ("_carried_out", "_data", "_discussion", "_p", "_reporting")

    def __init__(self, p: _Patterns, data: bytes) -> None:
        self._p = p
        self._data = data
        self._discussion: bool | None = None
        self._reporting: bool | None = None
        self._carried_out: bool | None = None

    def discussion(self) -> bool:
        """The text talks about attacks, or reports one someone tried without asking for it
        to be carried out."""
        if self._discussion is None:
            p, data = self._p, self._data
            self._discussion = found(p.talk, data) and (  # most texts: one pass says neither
                found(p.discussion, data) or not self.carried_out()
            )
        return self._discussion

    def reporting(self) -> bool:
        if self._reporting is None:
            self._reporting = self.discussion() or found(self._p.asked_about, self._data)
        return self._reporting

    def carried_out(self) -> bool:
        """The text asks for what it shows to be done after all ("now do exactly that")."""
        if self._carried_out is None:
            self._carried_out = found(self._p.carry_out, self._data)
        return self._carried_out


def is_discussion(p: _Patterns, data: bytes) -> bool:
    """``Talk.discussion`` of a text asked nothing else."""
    return Talk(p, data).discussion()


#: Bytes of context kept on each side of a trigger hit, and the longest region the
#: classifier scores as one (longer merged regions are cut).
MARGIN = 160
MAX_REGION = 512


#: Trigger hits are looked for once per block of this many bytes: after a hit the search
#: resumes at the next block (each new search costs about as much as a few hundred bytes of
#: scanning), and the hit's span is stretched to the end of its block, so the region around it
#: covers any hit the skip passed over.
BLOCK = 256


def _hits(data: bytes) -> list[tuple[int, int, int, bool]]:
    """Hits, at most one of each kind per ``BLOCK`` bytes: (start, end, end of its block,
    whether it is a lexical-only phrase). The trigger words found are those a search without
    the phrases finds: after a phrase, the first trigger word past its start is looked for on
    its own. Calls RE2's matcher directly (see ``_rx``)."""
    p = _patterns()
    match, words, lexical_only = p.trigger._regexp.Match, p.words._regexp.Match, p.lexical_only
    out: list[tuple[int, int, int, bool]] = []
    pos, n = 0, len(data)
    while pos < n:
        ((a, b),) = match(UNANCHORED, data, pos, n)
        if a < 0:
            break
        block = min((a // BLOCK + 1) * BLOCK, n)
        if whole(lexical_only, data, a, b):
            # No trigger word starts at or before ``a`` (it would have matched first). The next
            # one is looked for up to a block past this one: far enough for any trigger word
            # that starts in this block, and a text of phrases alone costs a block per block.
            out.append((a, b, max(b, block), True))
            ((a, b),) = words(UNANCHORED, data, a + 1, min(block + BLOCK, n))
            if a < 0 or a >= block:
                pos = max(block, out[-1][1])
                continue
            block = min((a // BLOCK + 1) * BLOCK, n)
        pos = max(b, block)
        out.append((a, b, min(pos, n), False))
    return out


def _regions(data: bytes, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged byte regions around hits, cut at ``MAX_REGION``, on UTF-8 character starts."""
    n = len(data)
    merged: list[list[int]] = []
    for a, b in hits:
        lo, hi = max(0, a - MARGIN), min(n, b + MARGIN)
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    out: list[tuple[int, int]] = []
    for lo, hi in merged:
        cuts = list(range(lo, hi, MAX_REGION)) + [hi]
        cuts = [_char_start(data, c) for c in cuts]
        out.extend((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a)
    return out


#: What parts one paragraph from the next inside a region: a blank line. (An HTML comment's
#: ends too was tried: a report quoting a hidden comment lost its context, the discussion.)
_BREAK = re.compile(rb"\n[ \t]*\r?\n")
#: Paragraphs shorter than this are not scored on their own (a line of a few words scores
#: from a handful of n-grams).
MIN_PIECE = 32
_PIECE_EDGES = b" \t\r\n"


def _pieces(
    data: bytes, regions: list[tuple[int, int]], words: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The paragraphs holding a trigger word, inside regions that span more than one: an
    attack pasted into a page, a mail or a request to summarise it is its own paragraph, and
    the region around its trigger word reaches into the text around it, whose n-grams are
    those of what carries it. The classifier trained on regions alone (trained on these too,
    it scored family D's test split 0.912 against 0.929: docs/scanning.md)."""
    out: list[tuple[int, int]] = []
    for lo, hi in regions:
        if _BREAK.search(data, lo, hi) is None:
            continue
        cuts = [lo, *(x for m in _BREAK.finditer(data, lo, hi) for x in m.span()), hi]
        for a, b in zip(cuts[::2], cuts[1::2], strict=True):
            while a < b and data[a] in _PIECE_EDGES:
                a += 1
            while b > a and data[b - 1] in _PIECE_EDGES:
                b -= 1
            if b - a >= MIN_PIECE and any(a <= w < b for w, _ in words):
                out.append((a, b))
    return out


#: What starts a comment line.
_MARKS = (b"#", b"//", b"--")


def _comments(
    data: bytes, regions: list[tuple[int, int]], words: list[tuple[int, int]]
) -> list[tuple[int, int, bytes]]:
    """The runs of comment lines (``#``, ``//``, ``--``) and the HTML comments holding a
    trigger word, inside regions that hold more than the comment (lines of code, a page),
    read without their marks, with their byte span: an order to an agent written into a
    source file's comments or hidden in a page is read as the text it is, not as one with a
    mark before each line and code or markup around it."""
    out: list[tuple[int, int, bytes]] = []
    for lo, hi in regions:
        # (a byte search in C first: most regions hold no comment mark at all)
        if all(data.find(mark, lo, hi) < 0 for mark in _MARKS):
            continue
        if data.find(b"\n", lo, hi) < 0:
            continue
        run: list[bytes] = []  # the run's lines without their marks
        start = pos = lo
        for line in data[lo:hi].split(b"\n"):
            body = line.lstrip(b" \t")
            mark = next((m for m in _MARKS if body.startswith(m)), None)
            if mark is not None:
                if not run:
                    start = pos
                run.append(body[len(mark) :].strip(b" \t\r"))
            elif run:
                _comment_run(out, run, start, pos, lo, hi, words)
                run = []
            pos += len(line) + 1
        if run:
            _comment_run(out, run, start, hi, lo, hi, words)
    for lo, hi in regions:
        at = data.find(b"<!--", lo, hi)
        while at >= 0:
            end = data.find(b"-->", at + 4, hi)
            b = hi if end < 0 else end
            _comment_run(out, [data[at + 4 : b]], at, b, lo, hi, words)
            at = data.find(b"<!--", b, hi)
    return out


def _comment_run(
    out: list[tuple[int, int, bytes]],
    run: list[bytes],
    a: int,
    b: int,
    lo: int,
    hi: int,
    words: list[tuple[int, int]],
) -> None:
    text = b"\n".join(run).strip()
    if (a > lo or b < hi) and len(text) >= MIN_PIECE and any(a <= w < b for w, _ in words):
        out.append((a, b, text))


def _char_start(data: bytes, i: int) -> int:
    n = len(data)
    while i < n and 0x80 <= data[i] < 0xC0:
        i += 1
    return i
