"""Key words disguised as words: glued to their neighbours or cut apart, marked up inside, or
with accents. Glued or cut apart: "Ignoreallpreviousinstructions",
"ignore_all_previous_instructions", "IgnoreAllPreviousInstructions", "ign-ore prev-ious
instruc-tions", "ig no re al l pr ev io us", letters three spaces apart or one per line. A reader
(and a model) joins the pieces at a glance; the lexicon's signals, written for words between
spaces, see none of them.

The letters of such a run are squeezed together and cut into words again at the key and common
words the lexicon's signals are made of (the longest cover of the letters by known words, by
dynamic programming); what that gives is rescanned by the lexical layer. A run is kept only when
the cut finds two or more key words and differs from the words the text had.

Marked up ("Ig<b></b>nore", "**Ignore** _all_ ~~previous~~") or accented ("Ïgnörë äll"): the
text is read without its tags and emphasis marks, or without its diacritics, when a key word has
a tag inside it, emphasis around it or an accent on it.
"""

from __future__ import annotations

import re
import unicodedata

from kanmon.scan._injection_scrambled import WORDS as KEY_WORDS

#: Words of the signals between the key words (``KEY_WORDS``, Latin script).
_COMMON = (
    "all", "any", "every", "the", "your", "you", "my", "me", "and", "now", "are", "to", "of",
    "a", "an", "in", "on", "is", "no", "not", "from", "this", "that", "what", "with", "without",
    "tell", "show", "give", "say", "new", "mode", "act", "as", "do", "be", "it", "i", "we", "us",
    "anything", "everything", "before", "message", "messages", "text", "context", "safety",
    "configuration", "answer", "respond", "reply", "only", "must", "will", "instead", "told",
    "were", "was", "given", "set", "up", "start", "again", "first", "words", "above", "below",
    "write", "send", "data", "user", "assistant", "model", "ai", "content", "limits", "free",
    "now", "then", "please", "just", "full", "whole", "exact", "exactly", "stop", "follow",
    "obey", "listen", "for", "by", "at", "or", "so", "if", "can", "cannot", "don't", "dont",
    "guard", "rails", "guardrails", "constraints", "restriction", "original", "real", "true",
    # de
    "alle", "allen", "vorherigen", "bisherigen", "deine", "deinen", "die", "und", "zeige",
    "den", "du", "bist", "jetzt", "ohne", "gib", "aus",
    # ru
    "все", "всё", "предыдущие", "свои", "твои", "и", "мне", "ты", "теперь", "без", "выведи",
    "инструкцию", "промпта", "правил", "указания",
)  # fmt: skip
_KEYS = frozenset(KEY_WORDS)
_SMALL = frozenset(
    ("all", "any", "every", "the", "your", "you", "my", "me", "and", "now", "to")
    + ("alle", "deine", "die", "und", "du", "все", "свои", "твои", "и", "ты")
)
_DICT = frozenset(_COMMON) | _KEYS
#: The words a disguised run is read back into (``_injection_wordplay`` reads with them too).
WORDS = _DICT
_LONGEST = max(map(len, _DICT))

#: Key words whose pieces, cut apart, start a run (in RE2's syntax, for the trigger pass): the
#: word's letters with a separator inside it (at least one; a word as it is spelt never matches).
_ANCHORS = (
    "ignore", "disregard", "forget", "instructions", "previous", "prompt", "reveal",
    "ignoriere", "anweisungen", "vergiss", "игнорируй", "инструкции", "забудь", "промпт",
)  # fmt: skip
_GAP = r"[\s\-_.*/|+]"


def _cut(word: str) -> str:
    """``word`` cut first after its letter ``i`` (one to four separators) and after any letter
    from there on (up to four), one alternative per ``i``: the first cut says where each
    alternative's letters stop being whole, so the automaton stays small."""
    alts = []
    for i in range(1, len(word)):
        rest = f"{_GAP}{{0,4}}".join(word[i:])
        alts.append(f"{word[:i]}{_GAP}{{1,4}}{rest}")
    return "|".join(alts)


#: Where a run starts: a key word cut apart, or two words of the signals glued together
#: (without a space: joined, by ``_``, ``/``, ``+``, ``.``, or in camel case).
START = "|".join(
    [
        *(_cut(w) for w in _ANCHORS),
        r"(?:ignore|disregard|forget|reveal|repeat|bypass|override)[_/+.]?(?:all|the|any|every|"
        r"your|previous|prior|above|earlier|instructions|rules|system|prompt|initial|hidden)",
        r"(?:previous|prior|above|earlier|initial|system|hidden)[_/+.]?(?:instructions|rules|"
        r"prompt|guidelines|directives)",
        r"(?:ignoriere|vergiss)[_/+.]?(?:alle|deine|die|vorherigen|bisherigen|anweisungen|regeln)",
        r"(?:игнорируй|забудь)[_/+.]?(?:все|свои|твои|предыдущие|инструкции|правила)",
    ]
)

_TOKEN = re.compile(r"\S+")
_LETTERS = re.compile(r"[^a-zäöüßа-яё']+")
_CAMEL = re.compile(r"(?<=[a-zäöüßа-яё])(?=[A-ZÄÖÜА-ЯЁ])")
#: A token of a cut-apart run: short, or cut inside by a separator.
_L = "A-Za-zÄÖÜäöüßА-ЯЁа-яё'"
_PIECE = re.compile(f"[{_L}]{{1,4}}|[{_L}]+(?:[\\-_.*/|+][{_L}]+)+[.,;:!?]?")
#: The most characters of a run looked at on each side of its start.
_REACH = 400


def segment(letters: str) -> list[str]:
    """``letters`` (lower case, no spaces) cut into the words of ``_DICT`` that cover the most of
    it, in the fewest pieces; letters no word covers stay together as one piece."""
    n = len(letters)
    # best[i]: (letters covered, -pieces) for letters[:i], and where its last piece starts
    best: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    back = [0] * (n + 1)
    known = [False] * (n + 1)
    for i in range(1, n + 1):
        cand = (best[i - 1][0], best[i - 1][1] - (0 if i > 1 and not known[i - 1] else 1))
        frm, is_word = i - 1, False
        for size in range(2, min(_LONGEST, i) + 1):
            if letters[i - size : i] in _DICT:
                c = best[i - size][0] + size, best[i - size][1] - 1
                if c > cand:
                    cand, frm, is_word = c, i - size, True
        best[i], back[i], known[i] = cand, frm, is_word
    out: list[str] = []
    i = n
    while i > 0:
        j = back[i]
        if known[i]:
            out.append(letters[j:i])
        elif out and out[-1].startswith("\0"):
            out[-1] = "\0" + letters[j:i] + out[-1][1:]
        else:
            out.append("\0" + letters[j:i])
        i = j
    return [w.lstrip("\0") for w in reversed(out)]


def rejoin(text: str, start: int) -> tuple[str, int, int] | None:
    """The run of glued or cut-apart words at character ``start`` of ``text``, cut into words
    again, and its span; None unless that finds two or more key words the text's own words did
    not have."""
    lo = max(0, start - _REACH)
    toks = list(_TOKEN.finditer(text, lo, min(len(text), start + _REACH)))
    at = next((k for k, t in enumerate(toks) if t.end() > start), None)
    if at is None:
        return None
    if _PIECE.fullmatch(toks[at].group()):  # cut apart: the pieces around it
        a = b = at
        while a > 0 and _PIECE.fullmatch(toks[a - 1].group()):
            a -= 1
        while b + 1 < len(toks) and _PIECE.fullmatch(toks[b + 1].group()):
            b += 1
        span = toks[a].start(), toks[b].end()
        letters = _LETTERS.sub("", text[span[0] : span[1]].lower())
        words = segment(letters)
    else:  # glued: one token, its camel-case humps and joiners first
        span = toks[at].span()
        words = [
            w
            for piece in _LETTERS.split(_CAMEL.sub(" ", toks[at].group()).lower())
            for w in segment(piece)
        ]
        # print_system_prompt, ignore_previous_instructions and docs/ignore_previous_rules/
        # are names in code and paths; a message glued together keeps its small words
        if len(words) < 4 or _SMALL.isdisjoint(words):
            return None
    # the words as the lexical layer saw them: between spaces
    before = {w.strip('.,;:!?"()') for w in text[span[0] : span[1]].lower().split()}
    keys = [w for w in words if w in _KEYS]
    if len(keys) < 2 or all(w in before for w in keys):
        return None
    return " ".join(words), *span


def _accented() -> dict[str, str]:
    """Latin letters with diacritics (Latin-1 to Latin Extended-B), by the letter under them."""
    out: dict[str, str] = {}
    for cp in range(0xC0, 0x250):
        parts = unicodedata.normalize("NFD", chr(cp))
        base = parts[0].lower()
        if len(parts) > 1 and base.isascii() and base.isalpha():
            out[base] = out.get(base, "") + chr(cp)
    return out


_ACCENTED = _accented()


def _with_accent(word: str) -> str:
    """``word`` with an accent on letter ``i`` and on any letter after it, one alternative per
    ``i`` (the word as it is spelt never matches)."""
    alts = []
    for i, c in enumerate(word):
        if c in _ACCENTED:
            rest = "".join(f"[{d}{_ACCENTED.get(d, '')}]" for d in word[i + 1 :])
            alts.append(f"{word[:i]}[{_ACCENTED[c]}]{rest}")
    return "|".join(alts)


_MARKED = r"(?:ignore|disregard|forget|previous|prior|instructions|prompt|system|reveal|rules)"
#: Where text to read without accents or markup starts, in RE2's syntax.
ACCENTS = "|".join(_with_accent(w) for w in _ANCHORS[:7])
MARKUP = (
    r"[a-z]</?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,60})?>[a-z]"
    rf"|(?:^|[^a-z0-9*_~`])[*_~`]{{1,3}}{_MARKED}[*_~`]{{1,3}}(?:[^a-z0-9]|$)"
)
_TAG = "</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>]{0,60})?>"
_TAG_IN_WORD = re.compile(f"(?<=[A-Za-z])(?:{_TAG})+(?=[A-Za-z])")
_TAG_ANY = re.compile(_TAG)
#: Emphasis marks at a word's edge (``SYSTEM_PROMPT`` keeps its underscore).
_EMPHASIS = re.compile(r"(?<![A-Za-z0-9])[*_~`]+|[*_~`]+(?![A-Za-z0-9])")
_DIACRITICS = re.compile("(?<=[A-Za-z])[\u0300-\u036f]+")


def unmarked(text: str) -> str:
    """``text`` without HTML tags (nothing inside a word, a space elsewhere) and emphasis."""
    return _EMPHASIS.sub("", _TAG_ANY.sub(" ", _TAG_IN_WORD.sub("", text)))


def unaccented(text: str) -> str:
    return unicodedata.normalize("NFC", _DIACRITICS.sub("", unicodedata.normalize("NFD", text)))
