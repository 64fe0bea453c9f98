"""The letter ciphers of published cipher jailbreaks besides rot13 (``_injection_decode``):
Caesar's at every other shift, Atbash (a↔z) and rot47 (printable ASCII turned by 47).
Enciphered common and key words mark a run of cipher text (``START``); the whole text is then
deciphered by each cipher that two or more of them point to, and kept when it reads more like
English than it did (``decipher``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_ALPHA = "abcdefghijklmnopqrstuvwxyz"
#: Each maps plain letters to cipher letters.
_SHIFTS = {n: _ALPHA[n:] + _ALPHA[:n] for n in range(1, 26) if n != 13}
_CIPHERS = {"atbash": _ALPHA[::-1], **{f"caesar{n}": alpha for n, alpha in _SHIFTS.items()}}
#: Common and key words, enciphered, mark a run of cipher text (two of them, as for rot13).
_CIPHER_WORDS = (
    "the and you your now this what from rules ignore instructions previous system prompt reveal"
).split()
#: Caesar's shift by three, the one cipher jailbreaks publish most, is marked by any of those
#: words; the other shifts by the key words of five letters or more: enciphered by 24 shifts,
#: the shorter ones include words, names and abbreviations of ordinary text ("max" is "the"
#: shifted by 19, "Alex" "your" by 2).
_LONG_WORDS = [w for w in _CIPHER_WORDS if len(w) >= 5]


def _rot47(text: str) -> str:
    return text.translate(_ROT47)


_ROT47 = {c: 33 + (c - 33 + 47) % 94 for c in range(33, 127)}


def _enciphered(alphas: Iterable[str], words: list[str]) -> set[str]:
    return {w.translate(str.maketrans(_ALPHA, alpha)) for alpha in alphas for w in words}


def _cipher_words(words: set[str]) -> str:
    return "[^a-z](?:" + "|".join(sorted(words)) + ")[^a-z]"


#: The kinds and where a run of each starts, in RE2's syntax.
START = {
    "caesar": _cipher_words(
        _enciphered([_SHIFTS[3]], _CIPHER_WORDS)
        | _enciphered((a for n, a in _SHIFTS.items() if n != 3), _LONG_WORDS)
    ),
    "atbash": _cipher_words(_enciphered([_CIPHERS["atbash"]], _CIPHER_WORDS)),
    # rot47 turns letters into punctuation and digits too: its words stand between spaces
    "rot47": r"\s(?:"
    + "|".join(sorted(re.escape(_rot47(w)) for w in _CIPHER_WORDS if len(w) >= 3))
    + r")\s",
}


def _word_ciphers() -> dict[str, list[str]]:
    """Each enciphered word the trigger looks for, and the ciphers it is a word of."""
    out: dict[str, list[str]] = {}
    for name, alpha in _CIPHERS.items():
        words = _CIPHER_WORDS if name in ("atbash", "caesar3") else _LONG_WORDS
        for w in _enciphered([alpha], words):
            out.setdefault(w, []).append(name)
    return out


_ENCIPHERED = _word_ciphers()
_COMMON = frozenset(_CIPHER_WORDS)
_WORDS = re.compile(r"[a-z]+")
_WORD_AT = re.compile(r"[a-zA-Z]+")


def _common_words(text: str) -> int:
    return len(_COMMON & set(_WORDS.findall(text.lower())))


def decipher(text: str, hits: list[tuple[str, int]]) -> list[tuple[str, str, int, int]]:
    """(kind, plain text, 0, len(text)) for each kind whose hits (kind, character offset of the
    character before an enciphered word) decipher ``text`` into more English."""
    seen: dict[tuple[str, str], int] = {}  # (kind, cipher): enciphered words seen
    out: list[tuple[str, str, int, int]] = []
    if sum(kind == "rot47" for kind, _ in hits) >= 2:
        plain = _rot47(text)
        if _common_words(plain) >= max(3, _common_words(text) + 1):
            out.append(("rot47", plain, 0, len(text)))
    for kind, at in hits:
        word = _WORD_AT.match(text, at + 1)
        for cipher in _ENCIPHERED.get(word.group().lower() if word else "", ()):
            if cipher.startswith(kind):
                seen[kind, cipher] = seen.get((kind, cipher), 0) + 1
    best: dict[str, tuple[int, str]] = {}  # kind: the cipher whose plain text reads best
    for (kind, cipher), n in seen.items():
        alpha = _CIPHERS[cipher]
        plain = text.translate(str.maketrans(alpha + alpha.upper(), _ALPHA + _ALPHA.upper()))
        # deciphered, the text must read more like English than it did: two enciphered words
        # beside plain prose ("blf and gsv are team codes") are not a message
        common = _common_words(plain)
        if n >= 2 and common >= max(3, _common_words(text) + 1, best.get(kind, (0, ""))[0] + 1):
            best[kind] = (common, plain)
    return out + [(kind, plain, 0, len(text)) for kind, (_, plain) in best.items()]
