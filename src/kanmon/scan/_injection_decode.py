"""Obvious encodings undone before a rescan: base64, base32, hex, URL escapes, zero-width
characters, rot13, leetspeak, character splitting (``i g n o r e``), reversed text and Latin words
spelt with Cyrillic or Greek look-alikes (``rеvеаl`` with a Cyrillic ``е``); the less common ones
(Morse, Braille, escapes, …) in ``_injection_encodings``, found in the same pass.

One RE2 pass over the UTF-8 bytes finds the candidates; each decoder returns the plain text
and the span of the original it came from, or nothing when the result is not readable text
(most base64 and hex runs in ordinary traffic are keys, hashes and images, not sentences).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass
from operator import itemgetter

from kanmon.scan._injection_encodings import KINDS as MORE_KINDS
from kanmon.scan._injection_encodings import decode_more
from kanmon.scan._injection_joined import START as JOINED
from kanmon.scan._injection_runs import B64, BITS, HEX, b32, b64, b64_joined, hex_text
from kanmon.scan._injection_triggers import LOOKALIKES
from kanmon.scan._rx import compile_ci, find_all, whole
from kanmon.scan._rx import found as found_in

#: The look-alikes folded to the Latin letters they imitate (upper case too: Cyrillic В К М Н
#: Т and Greek Β Ζ Η Μ Ν Χ look Latin only in upper case).
_FOLD = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u04bb\u0501"
    "\u03bf\u03b1\u03b5\u03b9\u03ba\u03bd\u03c1\u03c4\u03c5"
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406\u0408\u0405"
    "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7",
    "aeopcyxijshdoaeikvptuABEKMHOPCTXIJSABEZHIKMNOPTYX",
)

#: Candidates, one alternative per kind: 1 base64, 2 hex, 3 url escapes, 4 zero-width,
#: 5 rot13 words, 6 split characters, 7 leetspeak, 8 reversed words, 9 a Latin word with a
#: Cyrillic or Greek look-alike inside (``LOOKALIKES``), 10 Unicode tag characters (invisible
#: copies of ASCII, U+E0020-E007F), 11 full-width Latin letters. The search runs without
#: capture groups (RE2's DFA alone, fast) and without ``\b`` (which slows the DFA several
#: times); each hit's kind is then told by matching the kinds in order.
_KINDS = (
    rb"[a-z0-9+/]{20,}={0,2}",
    rb"(?:[0-9a-f]{2}[ ]?){12,}",
    rb"%[0-9a-f]{2}",
    rb"[\x{200b}-\x{200d}\x{2060}\x{feff}]",
    rb"(?:^|[^a-z])(?:gur|naq|lbh|nyy|vtaber|vafgehpgvbaf|flfgrz|cebzcg|cerivbhf|sbetrg|"
    rb"bireevqr|ehyrf|cnffjbeq|lbhe|cevag|erirny|erfgevpgvbaf|uvqqra)(?:[^a-z]|$)",
    rb"(?:[^\s.\-_*][ .\-_*]{1,5}){5,}[^\s.\-_*]",
    rb"[a-z013457]*(?:[a-z][013457]|[013457][a-z])[a-z013457]*",
    rb"snoitcurtsni|erongi|tpmorp|metsys|suoiverp|drowssap|tegrof|edirrevo|ycilop|"
    rb"snoitcirtser",
    rf"[a-z\x{{0370}}-\x{{04ff}}]*(?:[a-z]{LOOKALIKES}|{LOOKALIKES}[a-z])[a-z\x{{0370}}-\x{{04ff}}]*".encode(),
    rb"[\x{e0020}-\x{e007f}]",
    rb"[\x{ff21}-\x{ff3a}\x{ff41}-\x{ff5a}]{3}",
    # 12 on: the less common encodings (``_injection_encodings``), in the same pass
    *(p.encode() for _, p in MORE_KINDS),
)
_CANDIDATES = compile_ci(b"|".join(b"(?:" + k + b")" for k in _KINDS), 16 << 20)
#: Words glued or cut apart (``_injection_joined``) inside a run taken for another kind: a
#: base64-shaped run of letters that decodes to nothing, letters split wider than one space.
_JOINED = compile_ci(JOINED, 8 << 20)
_KIND = tuple(compile_ci(k, 8 << 20) for k in _KINDS)


#: The kind number of the first of ``_injection_encodings``' kinds.
_MORE = 12


#: The kind numbers of words glued or cut apart and of invisible characters: past the first
#: ``_QUICK_AFTER`` hits of a text they are told first, as a long text may have thousands of
#: them (soft hyphens in German) and each would otherwise be tried against every kind before it
#: (only the split characters, 6, take hits they share; the answer is the same either way).
_JOINED_KIND, _INVISIBLE_KIND = (
    _MORE + [k for k, _ in MORE_KINDS].index(kind) for kind in ("joined", "invisible")
)
_QUICK_AFTER = 64
#: Candidates of at most this many bytes have their kind kept within a text.
_KIND_KEPT = 16


#: What is not a mark: letters and digits (deleted to count a run's marks).
_ALNUM = bytes(range(48, 58)) + bytes(range(65, 91)) + bytes(range(97, 123))
_RUN_AT = re.compile(rb"[^\s]{30,}")
_RUN_SEEN = 256


def _maybe85(data: bytes, a: int, b: int) -> bool:
    """Whether the leetspeak candidate ``data[a:b]`` stands in a run that may be Ascii85 or
    base85: thirty characters or more without a space, a sixth of them marks (keys, hashes,
    IBANs and base64 have few; the decoder reads the run, this only spares it most of them)."""
    if a == 0 or b >= len(data) or data[a - 1] <= 32 or data[b] <= 32:
        return False  # the candidate is a run's edge or a word of its own
    # (a few hundred bytes either side judge the run: a page of minified code is one long run)
    lo = max(0, a - _RUN_SEEN)
    cut = max(data.rfind(b" ", lo, a), data.rfind(b"\n", lo, a))
    start = cut + 1 if cut >= 0 else lo
    m = _RUN_AT.match(data, start, min(len(data), start + 2 * _RUN_SEEN))
    return m is not None and len(m.group().translate(None, _ALNUM)) * 6 >= m.end() - start


def _uu_line(data: bytes, a: int) -> int | None:
    """The start of the line ``data[a]`` is on when it is a full uuencoded line, as
    ``binascii.b2a_uu`` writes them: "M", sixty characters from space to backquote, a line
    break. Asked of leetspeak's candidates, which such lines are full of: as a trigger of its
    own, or a candidate of the shared pass, its sixty characters made that pass's automaton
    about three times as costly on prose, and a look at every line cost it 1%."""
    start = data.rfind(b"\n", max(0, a - 62), a) + 1
    if start == 0 and a > 62:
        return None  # no line break within a line's length: not on such a line
    line = data[start + 1 : start + 61]
    if (
        data[start : start + 1] == b"M"
        and data[start + 61 : start + 62] == b"\n"
        and len(line) == 60
        and max(line) <= 0x60
    ):
        return start
    return None


def _kind(data: bytes, a: int, b: int, quick: bool = False) -> int:
    if quick:
        if whole(_KIND[_INVISIBLE_KIND - 1], data, a, b):
            return _INVISIBLE_KIND
        if whole(_KIND[_JOINED_KIND - 1], data, a, b) and not whole(_KIND[5], data, a, b):
            return _JOINED_KIND
    for i, rx in enumerate(_KIND):
        if whole(rx, data, a, b):
            return i + 1
    return 0  # pragma: no cover - the hit matched one of them


_ZW = re.compile("[\u200b-\u200d\u2060\ufeff]")
#: Unicode tag characters mapped to the ASCII they mirror (U+E0020-E007E to 0x20-0x7E).
_TAGS = {cp: cp - 0xE0000 for cp in range(0xE0020, 0xE007F)}
_TAG_RUN = re.compile("[\U000e0020-\U000e007e]+")
#: Full-width letters, with the full-width punctuation, digits and spaces between them.
_FULLWIDTH_RUN = re.compile(
    "[\uff21-\uff3a\uff41-\uff5a][\uff01-\uff5e\u3000 ]*[\uff21-\uff3a\uff41-\uff5a]"
)
_SPLIT_SEP = re.compile(r"(?<=\S)[ .\-_*](?=\S)")
#: A run split by dots, dashes, underscores or stars keeps its spaces as the word gaps
#: ("i.g.n.o.r.e y.o.u.r"); a run split by spaces has wider gaps between its words.
_SPLIT_MARK = re.compile(r"(?<=\S)[.\-_*](?=\S)")
#: A word gap of a run split by marks, once the marks between letters are gone.
_MARKED_GAP = re.compile(r"[.\-_*]*\s[\s.\-_*]*")
#: Letters still one space apart after the split decoding: they were split by more.
_WIDE_SPLIT = re.compile(r"(?:\b\w ){4}\w\b")
_WORD = re.compile(r"\w+")
#: The kinds that give bytes read as text: what they give may be encoded again. Not URL
#: escapes: their decoding is the whole text, which would be decoded twice.
BYTE_KINDS = frozenset(
    ("base64", "base32", "hex", "binary", "entities", "escapes", "ascii85", "bare85")
    + ("uuencode", "uulines", "selectors", "codes")
)
#: Encodings inside encodings decoded, at most.
_DEPTH = 2
_LEET = str.maketrans("013457", "oieast")
_LEET_WORD = re.compile(r"[a-z013457]*(?:[a-z][013457]|[013457][a-z])[a-z013457]*", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    kind: str
    text: str
    #: Span of the original text (characters) that decoded to ``text``.
    start: int
    end: int


def _extend(data: bytes, end: int, alphabet: frozenset[int]) -> int:
    n = len(data)
    while end < n and data[end] in alphabet:
        end += 1
    return end


def decode(
    text: str,
    data: bytes | None = None,
    regions: list[tuple[int, int]] | None = None,
    depth: int = 1,
) -> list[Decoded]:
    """Readable plain texts hidden in ``text`` by an obvious encoding, looked for in the
    byte ``regions`` of its UTF-8 form (default: all of it). A base64 or hex run that starts
    in a region is followed to its end. ``depth``: how many encodings deep this text is."""
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    found: list[Decoded] = []
    flags: set[str] = set()
    rot13_words = escapes = 0
    joined_to = -1  # the end of the last base64 run decoded whole across line breaks
    # the end of the last base64 (1) and hex (2) run followed to its end: a region that starts
    # inside such a run finds its rest again, a suffix of what was decoded (once per region
    # along a long run: the run's length squared)
    run_to = [-1, -1, -1]
    leet: list[tuple[int, int]] = []
    lookalike: list[tuple[int, int]] = []
    more: list[tuple[str, int]] = []  # (kind, byte offset) of the less common encodings
    offsets = _CharOffsets(data)
    matches: list[tuple[tuple[int, int], ...]] = []
    for lo, hi in regions if regions is not None else [(0, len(data))]:
        matches.extend(find_all(_CANDIDATES, data, lo, hi))
    # a candidate's kind by its bytes with one byte of context each side (``^``, ``$``):
    # a text made of one short candidate repeated (an invisible character between letters,
    # URL escapes) is told each kind once, not at each of its tens of thousands of places
    kinds: dict[tuple[bytes, bool, bool, bool], int] = {}
    n = len(data)
    for i, ((a, b),) in enumerate(matches):
        quick = i >= _QUICK_AFTER
        if b - a <= _KIND_KEPT:
            key = (data[a - 1 if a else 0 : b + 1], quick, a == 0, b == n)
            g = kinds.get(key, 0)
            if not g:
                g = kinds[key] = _kind(data, a, b, quick)
        else:
            g = _kind(data, a, b, quick)
        if g == 1 or g == 2:
            if a < run_to[g]:
                continue
            b = run_to[g] = _extend(data, b, B64 if g == 1 else HEX)
        span = (a, b)
        text_g = data[a:b]
        if g == 1 or g == 2:
            # a hex run is also a base64-shaped run: hex first, then base64
            if a < joined_to:
                continue  # part of a wrapped run decoded whole
            kind, plain = "hex", hex_text(text_g)
            if plain is None and g == 1:
                # a run wrapped or broken by whitespace decodes whole first: its lines alone
                # may each decode (76 is a multiple of 4) to pieces no signal spans
                ja, jb, plain = b64_joined(data, a, b)
                if plain is not None:
                    kind, a, b, joined_to = "base64", ja, jb, jb
                else:
                    kind, plain = "base64", b64(text_g)
                if plain is None:
                    kind, plain = "base32", b32(text_g)
            if plain is not None:
                ca, cb = offsets.span(a, b)
                found.append(Decoded(kind, plain, ca, cb))
            elif g == 2 and BITS.match(text_g):  # bits are hex digits too: read as bits
                more.append(("binary", a))
            elif found_in(_JOINED, data, a, b):
                more.append(("joined", a))
        elif g == 3:
            escapes += 1
        elif g == 4:
            flags.add("zero_width")
        elif g == 5:
            rot13_words += 1
        elif g == 6:
            run = text_g.decode("utf-8", "surrogatepass")
            if _SPLIT_MARK.search(run):
                # the word gaps: spaces, or marks and spaces ("i-g-n-o-r-e- - -a-l-l")
                plain = _MARKED_GAP.sub(" ", _SPLIT_MARK.sub("", run))
            else:
                plain = re.sub(r"[ .\-_*]{2,}", " ", _SPLIT_SEP.sub("", run))
            if _WIDE_SPLIT.search(plain) and found_in(_JOINED, data, a, b):
                more.append(("joined", a))  # split wider than the decoding above joins
            elif len(plain) < len(run):
                ca, cb = offsets.span(a, b)
                found.append(Decoded("split", plain, ca, cb))
        elif g == 7 and data[a : a + 2] in (b"0x", b"0X"):
            more.append(("codes", a))  # 0x49 0x67 …: bytes written in hex, not leetspeak
        elif g == 7 and span[1] - span[0] >= 3:
            leet.append(span)
        elif g == 8:
            flags.add("reversed")
        elif g == 9:
            lookalike.append(span)
        elif g == 10:
            flags.add("tags")
        elif g == 11:
            flags.add("fullwidth")
        elif g >= _MORE:
            more.append((MORE_KINDS[g - _MORE][0], a))
    n = len(text)
    if escapes >= 4:
        found.append(Decoded("url", urllib.parse.unquote(text), 0, n))
    if "zero_width" in flags:
        found.append(Decoded("zero_width", _ZW.sub("", text), 0, n))
    # each run apart, with its own span: a run a discussion quotes is then seen as quoted
    if "tags" in flags:  # what the tags spell is invisible: shown, it is text like any other
        found.extend(
            Decoded("tags", m.group().translate(_TAGS), m.start(), m.end())
            for m in _TAG_RUN.finditer(text)
        )
    if "fullwidth" in flags:
        found.extend(
            Decoded("fullwidth", unicodedata.normalize("NFKC", m.group()), m.start(), m.end())
            for m in _FULLWIDTH_RUN.finditer(text)
        )
    if "reversed" in flags:  # the whole text backwards, or each word in its place
        found.append(Decoded("reversed", text[::-1], 0, n))
        found.append(Decoded("reversed", _WORD.sub(lambda m: m.group()[::-1], text), 0, n))
    if rot13_words >= 2:
        found.append(Decoded("rot13", codecs.decode(text, "rot13"), 0, n))
    for a, b in _clusters(leet):
        ca, cb = offsets.span(_start(data, a), _start(data, min(b, len(data))))
        plain = _LEET_WORD.sub(lambda m: m.group().lower().translate(_LEET), text[ca:cb])
        found.append(Decoded("leet", plain, ca, cb))
    for a, b in _clusters(lookalike, least=2):
        ca, cb = offsets.span(_start(data, a), _start(data, min(b, len(data))))
        found.append(Decoded("lookalike", text[ca:cb].translate(_FOLD), ca, cb))
    if leet:
        # Ascii85 and base85 have letters beside digits, leetspeak's candidates: the run of
        # their characters around each is read as either (a pass of its own over every region
        # cost prose 1% more instructions)
        more.extend(("bare85", a) for a, b in leet if _maybe85(data, a, b))
        lines = {at for a, _ in leet if (at := _uu_line(data, a)) is not None}
        more.extend(("uulines", at) for at in lines)
        more.sort(key=itemgetter(1))  # in text order again (stable: one offset's keep theirs)
    if more:
        found.extend(Decoded(*d) for d in decode_more(text, more, offsets.at))
    if depth < _DEPTH:
        # an encoding inside an encoding (base64 of base64, hex of base64): what a byte
        # decoder gave is decoded once more, with the outer run's span
        found.extend(
            Decoded(f"{d.kind}>{inner.kind}", inner.text, d.start, d.end)
            for d in list(found)
            if d.kind in BYTE_KINDS
            for inner in decode(d.text, depth=depth + 1)
        )
    return found


def _clusters(spans: list[tuple[int, int]], gap: int = 40, least: int = 3) -> list[tuple[int, int]]:
    """Stretches where at least ``least`` leetspeak words follow each other within ``gap``
    bytes: one "Q3" or "mp3" in a text is not an obfuscated sentence."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and spans[j + 1][0] - spans[j][1] <= gap:
            j += 1
        if j - i + 1 >= least:
            out.append((max(0, spans[i][0] - gap), spans[j][1] + gap))
        i = j + 1
    return out


def _start(data: bytes, i: int) -> int:
    """``i``, or the next UTF-8 character start after it."""
    while i < len(data) and 0x80 <= data[i] < 0xC0:
        i += 1
    return i


class _CharOffsets:
    """Byte offsets of one UTF-8 text → character offsets, decoding each stretch once."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.ascii = data.isascii()
        self.last_b = self.last_c = 0

    def at(self, b: int) -> int:
        if self.ascii:
            return b
        if b < self.last_b:
            self.last_b = self.last_c = 0
        c = self.last_c + len(self.data[self.last_b : b].decode("utf-8", "surrogatepass"))
        self.last_b, self.last_c = b, c
        return c

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.at(a), self.at(b)
