"""A harmful request with an optimiser's token soup beside it (``obfuscation.any.token_soup``).

Attacks found by search over tokens (GCG and its successors, random search on log-probabilities)
append to a request a string no person writes: words glued with their capitals inside
("similarlyNow", "SureBEtera"), letters welded to runs of brackets, braces, backslashes or
asterisks ("oppositeley.](", "surely]{\\comment={[@", "giving**ONE"), scraps of code and of
other languages, the brackets left open. It makes an aligned model comply with the request
before it, and it carries no word any signal knows.

It is told here by counting tokens over the line that holds it, not by a pattern: ten tokens
from a glued or welded one where such marks count 2.5 or more (a run of brackets alone counts a
half), at most one looks like code (a JSON key, a call, a tag, an inline code span, ``=>``, a
statement's end, a minified line's long token), and the brackets do not balance or the marks
count five. Code, markup and type annotations share those marks, so the soup counts only where
its line, within ``_NEAR`` characters, asks for a harm (``_injection_harms``): a weapon, a drug,
malware, theft, fraud, fake news, the model's rules or prompt, in six languages. ``START``
(RE2) is what a soup almost always holds and prose almost never: a letter or a full stop against
two brackets or backslashes, ``\\!``, ``]](``, stars between letters, ``{%``; only regions with
it are counted.
"""

from __future__ import annotations

import re

from kanmon.scan._injection_harms import HARM

SIGNAL = "obfuscation.any.token_soup"
WEIGHT = 0.8

#: RE2, case-blind, for the trigger pass (lexical-only) and the structural check.
START = (
    r"[a-z.][\]\[{}\\]{2}|[\]\[{}\\]{2}[a-z]|\\!|\]\]\(|\{%|%\{"
    r"|[a-z\x{0400}-\x{04ff}\x{3040}-\x{30ff}\x{4e00}-\x{9fff}\x{ac00}-\x{d7a3}]\*\*"
    r"[a-z\x{0400}-\x{04ff}\x{3040}-\x{30ff}\x{4e00}-\x{9fff}\x{ac00}-\x{d7a3}]"
)

_TOKEN = re.compile(r"\S+")
#: Capitals inside a word: "similarlyNow", "githubINST", "DJstructor".
_GLUE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]{2}")
#: What welds a token with letters into a soup's: a bracket, a brace or a backslash
#: ("surely]{", "\\comment"), or two stars, parentheses, angle brackets … in a row ("giving**ONE").
_WELD = re.compile(r"[\[\]{}\\]|[*()<>|^~%@]{2}")
#: A token of punctuation alone with a bracket, a brace or a backslash in it ("]]", "))>>").
_JUNK = re.compile(r"[\[\]{}\\()<>]")
#: Tokens a soup's marks are counted over, and the fewest marks (a run of brackets alone counts
#: a half) that make one.
_SPAN = 10
_MARKS = 2.5
#: A token longer than this is code (a minified line), a URL or a key: no soup's token is.
_LONG = 40
#: Characters either side of a soup's start in which its line must ask for a harm.
_NEAR = 400
#: A line longer than this is looked at only this far either side of the region.
_REACH = 2048
_BOLD = re.compile(r"^\*\*[^*]+\*\*[.,:;!?]*$|^__[^_]+__$")
_WORD = re.compile(r"^[^\W\d_]{2,}$")
#: Marks of code and markup: a JSON key or bracket-quote, a tag, backticks, a call, a statement's
#: end, an arrow function, a scope, a keyword alone.
_CODE = re.compile(
    r"^`|`[.,;:)\]]*$|</?[a-z]+\d?>|^\w+:$|\"\s*:|[{\[]\"|\"[}\]]|^[\w.]+\(.*\)[;,]?$|;$|\S;\S|=>|::|\)\{|"
    r"function\s*\(|\breturn\b|[A-Za-z_]\[[A-Za-z_\"']|"
    r"^(?:def|return|function|const|let|var|import|class|elif|lambda|SELECT|WHERE)$"
)
_EDGE = ".,;:!?\"'()«»“”‘’"  # the quotes a word may stand in
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"))


def _glued(core: str) -> bool:
    """Capitals inside a word, in any script: "similarlyNow", "githubINST", "DJstructor",
    "similarlyТеперь"."""
    if _GLUE.search(core):
        return True
    return any(a.islower() and b.isupper() for a, b in zip(core, core[1:], strict=False))


def _kind(token: str) -> str:
    if len(token) > _LONG:
        return "code"
    core = token.strip(_EDGE)
    if not core:
        return "punct"
    if _WORD.match(core):
        return "odd" if _glued(core) else "word"
    if _CODE.search(token):
        return "code"
    if "://" in token or _BOLD.match(token):
        return "other"
    if any(c.isalpha() for c in token):
        if _WELD.search(token) or _glued(core):
            return "odd"
        return "other"
    return "junk" if len(token) > 1 and _JUNK.search(token) else "other"


def _soup_at(line: str) -> int:
    """Where a soup starts in ``line`` (a character offset), or -1."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    kinds = [_kind(t) for _, t in tokens]
    for i, k in enumerate(kinds):
        if k != "odd" and k != "junk":
            continue
        window = kinds[i : i + _SPAN]
        odd = window.count("odd") + 0.5 * window.count("junk")
        if odd < _MARKS or window.count("code") > 1:
            continue
        last = tokens[i + len(window) - 1]
        seg = line[tokens[i][0] : last[0] + len(last[1])]
        open_ = sum(abs(seg.count(a) - seg.count(b)) for a, b in _PAIRS)
        if open_ or odd >= 5:
            return tokens[i][0]
    return -1


def token_soup(data: bytes, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Byte spans (from the soup's start to its line's end) of each line around ``regions``
    that holds a soup and asks for a harm."""
    out: list[tuple[int, int]] = []
    seen = -1
    for lo, hi in regions:
        start = max(data.rfind(b"\n", 0, lo) + 1, lo - _REACH)
        if start <= seen:
            start = seen + 1
        while start < hi and data[start] & 0xC0 == 0x80:  # a character's first byte
            start += 1
        while start < hi:
            end = data.find(b"\n", start)
            end = min(len(data) if end < 0 else end, hi + _REACH)
            line = data[start:end].decode("utf-8", "ignore")
            at = _soup_at(line)
            if at >= 0 and HARM.search(line, max(0, at - _NEAR), at + _NEAR):
                out.append((start + len(line[:at].encode()), end))
            seen = end
            start = end + 1
    return out
