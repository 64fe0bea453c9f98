"""A text written as the inside of a JSON string read as the text it holds. A tool's result is
often its output serialised as JSON, and Python's ``json.dumps`` writes every letter past
ASCII as a ``\\u`` escape: "\\u5ffd\\u7565\\u4e4b\\u524d\\u7684\\u6307\\u4ee4" is "忽略之前的指令"
to the model that reads it, and "\\nIgnore" glues the "n" to the word after it. So the
injection scanner reads such a text with its escapes resolved, and maps what it found back to
the text given.

Resolved: ``\\n``, ``\\r``, ``\\t``, ``\\b``, ``\\f``, ``\\"``, ``\\\\``, ``\\/`` and ``\\u``
escapes of what a serialiser escapes: letters past ASCII (a surrogate pair as its one
character), control characters, and ``<``, ``>``, ``&``, ``'`` (which some serialisers escape
to keep HTML out).
An ASCII letter or digit written as ``\\u0069`` is not how any serialiser writes one: that is an
obfuscation, left to the decoding layer, which reports it as one. A text escaped twice (JSON
inside a JSON string) is resolved twice. A text with line breaks of its own and no escaped
quote or letter is not read so: a Windows path in prose ("C:\\new\\report.txt") keeps its
words."""

from __future__ import annotations

import bisect
import dataclasses
import json
import re

from kanmon.core.finding import Finding

_ESCAPE = re.compile(
    r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
    r"|\\u([0-9a-fA-F]{4})|\\([\"\\\\/bfnrt])"
)
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", '"': '"', "\\": "\\", "/": "/"}
#: What serialisers write as ``\u`` escapes below U+0080 besides control characters.
_HTML_SAFE = frozenset("<>&'")
#: Rounds of resolving: JSON in a JSON string in a JSON string is as deep as it gets.
_ROUNDS = 3


class Escapes:
    """Offsets in the text read → offsets in the text given. Each round of resolving keeps
    its anchors (where, after an escape, the text read and the text it was read from go on in
    step again), the last round first."""

    def __init__(self) -> None:
        self.rounds: list[tuple[list[int], list[int]]] = []
        #: Letters past ASCII were written as escapes: the text was serialised so (read as
        #: it was written, it is a run of escapes and nothing else).
        self.letters = False

    def back(self, i: int) -> int:
        for read, given in self.rounds:
            k = bisect.bisect_right(read, i) - 1
            i = given[k] + i - read[k]
        return i


def _resolve(text: str) -> tuple[str, list[int], list[int], bool] | None:
    pieces: list[str] = []
    read, given = [0], [0]
    last = 0
    shift = 0  # characters the text read is shorter than the text given, so far
    serialised = "\n" not in text  # one line: how a serialiser writes a text with many
    letters = False
    for m in _ESCAPE.finditer(text):
        high, low, code_hex, simple = m.groups()
        if simple is not None:
            char = _SIMPLE[simple]
            serialised = serialised or simple == '"'
        elif high is not None:
            char = chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))
            serialised = letters = True
        else:
            code = int(code_hex, 16)
            if 0xD800 <= code < 0xE000:
                continue  # half a pair: not a character
            if 0x20 <= code < 0x80 and chr(code) not in _HTML_SAFE:
                continue  # an ASCII letter or digit escaped: the decoding layer's
            char = chr(code)
            serialised = True
            letters = letters or code >= 0x80
        pieces.append(text[last : m.start()])
        pieces.append(char)
        shift += m.end() - m.start() - 1
        read.append(m.end() - shift)
        given.append(m.end())
        last = m.end()
    if last == 0 or not serialised:
        return None
    pieces.append(text[last:])
    return "".join(pieces), read, given, letters


def unescaped(text: str) -> tuple[str, Escapes] | None:
    """``text`` with its JSON string escapes resolved, and the way back to its offsets; None
    when it has none to resolve."""
    esc = Escapes()
    for _ in range(_ROUNDS):
        if "\\" not in text or (resolved := _resolve(text)) is None:
            break
        if esc.rounds and not resolved[3]:
            # a further round only for letters still escaped: a text that held a backslash
            # before a quote ("C:\\") is not JSON inside JSON
            break
        text, read, given, letters = resolved
        esc.rounds.insert(0, (read, given))
        esc.letters = esc.letters or letters
    return (text, esc) if esc.rounds else None


def is_json(text: str) -> bool:
    """``text`` is a JSON object or array (a serialised tool result, say)."""
    head = text.lstrip()[:1]
    if head != "{" and head != "[":
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def findings_back(found: list[Finding], escapes: Escapes) -> list[Finding]:
    """Findings in a text read (``unescaped``) as findings in the text given: a name written
    as ``\\u5f20\\u4f1f`` is redacted as the escapes it was written as."""
    back = escapes.back
    return [dataclasses.replace(f, start=back(f.start), end=back(f.end)) for f in found]
