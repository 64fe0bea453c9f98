"""Words with their inner letters shuffled: "ignroe all prevoius isntructions" (typoglycemia, as
OWASP's prompt-injection cheat sheet calls it). A reader takes them in at a glance, and so does
a model; the lexicon's words do not match them.

Only the lexicon's own key words are put back, each when its first and last letters are in
place and its inner letters are the same ones in another order (a swap of two neighbours is one
such order), and only where two or more of them are shuffled in one text: one misspelt word is a
typo, several key words of an attack shuffled alike are a disguise.
"""

from __future__ import annotations

import re

#: Key words of the override, extraction and persona signals in the Latin and Cyrillic scripts.
#: Each is a trigger word itself (a test checks): found as it is, the trigger pass takes it at
#: that place before the pattern below, so regions and scores of unshuffled text stay as they
#: were.
WORDS = (
    "ignore", "disregard", "forget", "override", "bypass", "instructions", "instruction",
    "prompt", "guidelines", "policy", "rules", "directive", "directives", "jailbreak",
    "developer", "pretend", "character", "persona", "unfiltered", "uncensored", "restrictions",
    "filter", "filters", "refuse", "repeat", "verbatim", "reveal", "print", "output", "hidden",
    "initial", "system", "previous", "prior", "earlier", "secret", "password", "admin",
    "decode", "ethical", "moral", "simulate", "unlock", "above",
    "anweisungen", "anweisung", "vergiss", "ignoriere", "regeln", "wiederhole",
    "инструкции", "инструкций", "игнорируй", "забудь", "системный", "промпт", "правила",
    "покажи", "ограничения",
)  # fmt: skip


def _signature(word: str) -> tuple[str, str, str]:
    return word[0], word[-1], "".join(sorted(word[1:-1]))


_BY_SIGNATURE = {_signature(w): w for w in WORDS}


def shuffled_key(word: str) -> str | None:
    """The key word ``word`` (lower case) is with its inner letters shuffled, if any."""
    if len(word) < 5:
        return None
    key = _BY_SIGNATURE.get(_signature(word))
    return key if key != word else None


#: Where a shuffled key word may start, in RE2's syntax: its first letter, its inner letters in
#: any order (a class, checked exactly afterwards), its last letter, then a character that is no
#: letter (not the text's end: a hit that is a trigger word alone must never match this whole).
START = "|".join(
    f"{w[0]}[{''.join(sorted(set(w[1:-1])))}]{{{len(w) - 2}}}{w[-1]}[^a-zа-яё]" for w in WORDS
)
_WORD = re.compile(r"\w+")
#: Characters of context kept on each side of the words put back.
_CONTEXT = 200


def unscramble(text: str, starts: list[int]) -> tuple[str, int, int] | None:
    """The stretch of ``text`` around the shuffled key words at the character offsets
    ``starts``, with those words put back, and its span; None unless two or more of them are
    shuffled."""
    fixes: list[tuple[int, int, str]] = []
    for s in starts:
        if s > 0 and text[s - 1].isalnum():
            continue  # inside a longer word
        m = _WORD.match(text, s)
        if m is None:  # pragma: no cover - the pattern starts with a letter
            continue
        key = shuffled_key(m.group().lower())
        if key is not None:
            fixes.append((m.start(), m.end(), key))
    if len(fixes) < 2:
        return None
    a, b = max(0, fixes[0][0] - _CONTEXT), min(len(text), fixes[-1][1] + _CONTEXT)
    out, pos = [], a
    for s, e, key in fixes:
        out += [text[pos:s], key]
        pos = e
    out.append(text[pos:b])
    return "".join(out), a, b
