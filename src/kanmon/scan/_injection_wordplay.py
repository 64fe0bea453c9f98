"""Key words hidden by word games a reader undoes at a glance: the vowels left out ("gnr ll prvs
nstrctns") and Pig Latin ("ignoreway allway eviouspray instructionsway"). Each word is read
back against the key and common words of the lexicon (``_injection_joined``'s dictionary), and
the text is kept, to be rescanned by the lexical layer alone, only when two key words come back,
or one among four words read back: "HTML CSS JS" and "today we play away" give none.

``STARTS`` (RE2, for the decode layer's trigger pass) marks four words in a row without a vowel,
or three that end in "ay"; ``unvowel`` and ``unpig`` then read the whole text once."""

from __future__ import annotations

import re

from kanmon.scan._injection_joined import WORDS
from kanmon.scan._injection_scrambled import WORDS as KEY_WORDS

_CONSONANTS = "bcdfghjklmnpqrstvwxyz"
STARTS = {
    "unvoweled": (rf"(?:^|[^a-z])[{_CONSONANTS}]+(?:[ \t,]+[{_CONSONANTS}]+){{3}}(?:[^a-z]|$)"),
    "piglatin": r"[a-z]{2,}ay[ \t,]+[a-z]{2,}ay[ \t,]+[a-z]{2,}ay(?:[^a-z]|$)",
}

_LATIN = [w for w in WORDS if w.isascii() and w.isalpha()]
_KEYS = frozenset(KEY_WORDS)


def _skeleton(word: str) -> str:
    """A word without its vowels and with doubled letters single ("password" → "psword"):
    people who drop the vowels drop the double letters too ("pswrd")."""
    return re.sub(r"(.)\1+", r"\1", re.sub("[aeiou]", "", word.lower()))


#: A word's skeleton → the word: a key word before a common one, then the shortest ("rls" is
#: "rules", not "rails"; "ll" is "all", not "alle").
_SKELETONS: dict[str, str] = {}
for _w in sorted(_LATIN, key=lambda w: (w not in _KEYS, len(w), w)):
    _s = _skeleton(_w)
    if _s and _s != _w:
        _SKELETONS.setdefault(_s, _w)
_KNOWN = frozenset(_LATIN)
_WORD = re.compile(r"[A-Za-z]+")


def unvowel(text: str) -> str | None:
    """``text`` with each word that has no vowel read as the key or common word it is the
    skeleton of; None unless enough come back (``_enough``)."""
    found = [0, 0]  # key words, words read back

    def one(m: re.Match[str]) -> str:
        w = m.group()
        plain = _SKELETONS.get(_skeleton(w)) if not re.search("[aeiouAEIOU]", w) else None
        if plain is None:
            return w
        found[0] += plain in _KEYS
        found[1] += 1
        return plain

    out = _WORD.sub(one, text)
    return out if _enough(*found) else None


def _enough(keys: int, read: int) -> bool:
    return keys >= 2 or (keys >= 1 and read >= 4)


def _from_pig(word: str) -> str:
    """A Pig Latin word back: "eviouspray" → "previous", "allway" → "all"."""
    w = word.lower()
    if not w.endswith("ay") or len(w) < 4:
        return word
    stem = w[:-2]
    # the letters moved to the end: one to three consonants (or none and a "w", for a word
    # that starts with a vowel); the reading that is a known word wins
    readings = []
    if stem.endswith("w"):
        readings.append(stem[:-1])
    for k in (1, 2, 3):
        moved, rest = stem[-k:], stem[:-k]
        if rest and all(c in _CONSONANTS for c in moved):
            readings.append(moved + rest)
    for r in readings:
        if r in _KNOWN:
            return r
    return word


def unpig(text: str) -> str | None:
    """``text`` with its Pig Latin words read back; None unless enough come back."""
    found = [0, 0]  # key words, words read back

    def one(m: re.Match[str]) -> str:
        w = m.group()
        plain = _from_pig(w)
        if plain != w:
            found[0] += plain in _KEYS
            found[1] += 1
        return plain

    out = _WORD.sub(one, text)
    return out if _enough(*found) else None
