"""Encodings a payload is hidden in beyond the common few of ``_injection_decode``: Morse code,
Braille, the NATO spelling alphabet, bits (their decoders in ``_injection_signs``), HTML
character references, ``\\u``/``\\x`` escapes, Ascii85 (``<~ … ~>`` or bare) and base85,
uuencode (framed or bare lines), "zalgo" text (letters buried in combining marks), "styled"
letters (mathematical bold or double-struck, circled, squared, small capitals, …), upside-down
text, Chinese or Japanese spaced out, characters that show nothing between letters; the bytes
written as numbers or hidden in variation selectors of ``_injection_bytes``, the letter ciphers
of ``_injection_ciphers`` and the glued or cut-apart words of ``_injection_joined`` are found in
the same pass.

Each has a shape no ordinary text has for long: ``ENCODED`` finds the start of a run (a
lexical-only trigger, so the classifier's regions stay those it was trained on), the run is
then followed to its end in the whole text, decoded, and kept only when it reads as text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from kanmon.scan._injection_bytes import (
    CODES_RUN,
    CODES_START,
    SELECTORS_MORE,
    SELECTORS_RUN,
    SELECTORS_START,
    codes,
    readable,
    selectors,
)
from kanmon.scan._injection_ciphers import START as CIPHERS
from kanmon.scan._injection_ciphers import decipher
from kanmon.scan._injection_joined import ACCENTS, MARKUP, rejoin, unaccented, unmarked
from kanmon.scan._injection_joined import START as JOINED
from kanmon.scan._injection_pieces import START as PIECES
from kanmon.scan._injection_pieces import assemble
from kanmon.scan._injection_signs import BARE85_CHARS, BARE85_RUN, SIGNS, UU_LINES_RUN, UUENCODE_RUN
from kanmon.scan._injection_signs import NATO as _NATO
from kanmon.scan._injection_wordplay import STARTS as WORDPLAY
from kanmon.scan._injection_wordplay import unpig, unvowel

#: Combining marks, as characters (RE2 and Python's ``re`` read them alike in a class).
_MARKS = "\u0300-\u036f\u0483-\u0489\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

_SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
_SUPERSCRIPTS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
#: Styled letters, as characters: the mathematical alphabets, circled, squared and negative
#: circled or squared letters, the regional indicators (🇦-🇿), small capitals, superscripts.
_STYLED = (
    "\U0001d400-\U0001d6a3\u24b6-\u24e9\U0001f130-\U0001f149\U0001f150-\U0001f169"
    "\U0001f170-\U0001f189\U0001f1e6-\U0001f1ff" + _SMALL_CAPS + _SUPERSCRIPTS
)

_ALPHA = "abcdefghijklmnopqrstuvwxyz"
#: Upside-down letters, as flip-text generators write a–z (the text is then read backwards);
#: the ones no upright text uses mark a run.
_FLIPPED = "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz"
_FLIP_MARKS = "ɐǝɟƃɥᴉɾʞɯɹʇʌʍʎ"
_UNFLIP = str.maketrans(_FLIPPED + "˙¡¿", _ALPHA + ".!?")
#: A flipped run: its letters, spaces and the punctuation generators flip too.
_FLIP_RUN = re.compile(f"[{_FLIPPED}{_FLIP_MARKS} ˙¡¿,'\\-]+")
#: Characters that show nothing, besides the zero-width ones of ``_injection_decode``: the soft
#: hyphen, the combining grapheme joiner, fillers, invisible operators, direction marks.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200e\u200f\u202a-\u202e"
    "\u2061-\u2064\u2066-\u2069\u3164\uffa0"
)
#: Chinese, Japanese and Korean characters: written without spaces (Korean between words
#: only), so a run of them one apart is text spaced out to slip past the signals.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
#: Pictographs and dingbats put where the spaces were ("Ignore🙂all🙂previous🙂instructions"):
#: the words read whole, so no trigger word is missed, but no signal spans the glued phrase.
_PICTO = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55"
_PICTO_RE2 = r"\x{1f300}-\x{1faff}\x{2600}-\x{27bf}\x{2b50}\x{2b55}"
_PICTO_CHAR = re.compile(f"[{_PICTO}]")
_WORDISH = r"[a-z0-9\x{c0}-\x{24f}\x{400}-\x{4ff}]"
#: The most runs of glued or cut-apart words read in one text (each is a dynamic program
#: over up to 800 characters): an attack is in the first few.
_MAX_REJOINS = 24
#: Stripped from the text with the zero-width ones when any of them is there.
_HIDDEN = re.compile(f"[{_INVISIBLE}\u200b-\u200d\u2060\ufeff]")


#: Morse's dots and dashes: as typed, and the bullets, middle dots, en and em dashes and minus
#: signs of generators that draw them.
_MORSE_RE2 = r"[.\-\x{2022}\x{00b7}\x{2219}\x{22c5}\x{2013}\x{2014}\x{2212}]"
_MORSE_PY = "[.\\-\u2022\u00b7\u2219\u22c5\u2013\u2014\u2212]"


#: One alternative per kind, in RE2's syntax: where a run starts, long enough that prose,
#: tables and code do not have it. ``ENCODED`` joins them for the trigger pass, which looks
#: for the start alone (a pattern that ran on to a run's end would be run to it again from each
#: block of a long run).
_STARTS: tuple[tuple[str, str, str], ...] = (
    # kind, the start, how the run goes on from it (for the decode layer's one hit per run)
    # (dots and dashes as typed, or as the bullets, middle dots and dashes Morse generators use)
    (
        "morse",
        f"{_MORSE_RE2}{{1,7}}(?:(?: {{1,3}}| ?/ ?){_MORSE_RE2}{{1,7}}){{7}}",
        f"(?:(?: {{1,3}}| ?/ ?){_MORSE_RE2}{{1,7}})*",
    ),
    (
        "braille",
        r"[\x{2800}-\x{28ff}][\x{2800}-\x{28ff} ]{4}[\x{2800}-\x{28ff}]",
        r"[\x{2800}-\x{28ff} ]*",
    ),
    ("nato", f"{_NATO}(?:[ /,.]+{_NATO}){{4}}(?:[^a-z]|$)", f"(?:[ /,.]*{_NATO}[^a-z])*"),
    ("binary", r"[01]{8}(?:[ ,]?[01]{8}){5}", r"(?:[ ,]?[01]{8})*"),
    (
        "entities",
        r"(?:&#(?:x[0-9a-f]{1,6}|[0-9]{1,7});){4}",
        r"(?:&#(?:x[0-9a-f]{1,6}|[0-9]{1,7});)*",
    ),
    # (\u and \x, and Python's \U with eight digits: the pass is blind to case, the run is not)
    (
        "escapes",
        r"(?:\\(?:u[0-9a-f]{4}(?:[0-9a-f]{4})?|x[0-9a-f]{2})){4}",
        r"(?:\\(?:u[0-9a-f]{4}(?:[0-9a-f]{4})?|x[0-9a-f]{2}))*",
    ),
    ("ascii85", r"<~[!-uz\s]{8}", ""),
    ("uuencode", r"begin [0-7]{3} ", ""),
    ("zalgo", f"[{_MARKS}]{{3}}", f"(?:[^{_MARKS}]{{0,2}}[{_MARKS}]+)*"),
    # letters "styled" by text generators (``_STYLED``)
    ("styled", f"[{_STYLED}]{{3}}", ""),
    (
        "flipped",
        f"[{_FLIP_MARKS}][^{_FLIP_MARKS}]{{0,8}}[{_FLIP_MARKS}][^{_FLIP_MARKS}]{{0,8}}[{_FLIP_MARKS}]",
        "",
    ),
    ("selectors", SELECTORS_START, SELECTORS_MORE),
    ("caesar", CIPHERS["caesar"], ""),
    ("atbash", CIPHERS["atbash"], ""),
    ("rot47", CIPHERS["rot47"], ""),
    ("joined", JOINED, ""),
    ("invisible", f"[{_INVISIBLE}]", ""),
    ("spaced", f"[{_CJK}](?:[ \t]{{1,3}}[{_CJK}]){{5}}", f"(?:[ \t]{{1,3}}[{_CJK}])*"),
    ("codes", CODES_START, ""),
    ("accents", ACCENTS, ""),
    ("markup", MARKUP, ""),
    # three words or more glued by a pictograph each (a single smiley between two words is
    # how people write: the run must be of them)
    # (Latin and Cyrillic letters: ``\pL`` costs every text's trigger pass 3% more instructions)
    (
        "pictographs",
        rf"{_WORDISH}{{2}}[{_PICTO_RE2}]{_WORDISH}+[{_PICTO_RE2}]{_WORDISH}+"
        rf"[{_PICTO_RE2}]{_WORDISH}{{2}}",
        "",
    ),
    # quoted pieces held by variables, joined by the reader (``_injection_pieces``)
    ("pieces", PIECES, ""),
    # words without their vowels, Pig Latin (``_injection_wordplay``)
    ("unvoweled", WORDPLAY["unvoweled"], ""),
    ("piglatin", WORDPLAY["piglatin"], ""),
)
#: Kinds that map letters to letters: any run of their shape reads as letters, so what they
#: give is rescanned by the lexical layer alone (the classifier would score the nonsense that a
#: row of flags or an IPA transcription maps to).
LETTER_MAPS = frozenset(
    {
        "morse",
        "braille",
        "nato",
        "zalgo",
        "styled",
        "flipped",
        "caesar",
        "atbash",
        "rot47",
        "scrambled",
        "joined",
        "invisible",
        "spaced",
        "accents",
        "markup",
        "pictographs",
        "pieces",
        "unvoweled",
        "piglatin",
    }
)
#: The kinds and the runs the decode layer's pass finds: one hit for most of a run.
KINDS: tuple[tuple[str, str], ...] = tuple((k, start + more) for k, start, more in _STARTS)
ENCODED = "|".join(f"(?:{start})" for _, start, _ in _STARTS)

#: Whole runs, in Python's syntax on the text (the candidate only says where one starts).
_RUNS = {
    "morse": re.compile(f"{_MORSE_PY}{{1,7}}(?:(?: {{1,3}}| ?/ ?){_MORSE_PY}{{1,7}})+"),
    "braille": re.compile("[\u2800-\u28ff][\u2800-\u28ff \n]*"),
    "nato": re.compile(f"{_NATO}(?:[ /,.]+{_NATO})+", re.I),
    "binary": re.compile(r"[01]{8}(?:[ ,]?[01]{8})+"),
    "entities": re.compile(r"(?:&#(?:[xX][0-9a-fA-F]{1,6}|[0-9]{1,7});)+"),
    "escapes": re.compile(
        r"(?:\\(?:U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})|[ \t]{1,3}(?=\\[uxU]))+"
    ),
    "ascii85": re.compile(r"<~[!-uz\s]*~>"),
    # styled letters with the spaces and punctuation between them
    "styled": re.compile(f"[{_STYLED}](?:[{_STYLED}0-9 \t.,:;!?'\"()\\-]*[{_STYLED}])?"),
    "flipped": _FLIP_RUN,
    "uuencode": UUENCODE_RUN,
    "uulines": UU_LINES_RUN,
    "bare85": BARE85_RUN,
    "selectors": SELECTORS_RUN,
    "spaced": re.compile(f"[{_CJK}](?:[ \t]{{1,3}}[{_CJK}])+"),
    "codes": CODES_RUN,
    "pictographs": re.compile(f"\\w+(?:[{_PICTO}]+\\w+)+"),
}
_ZALGO = re.compile(f"[{_MARKS}]+")
#: Negative circled and squared capitals (no compatibility form) and small capitals, mapped to
#: the letters they show; the other styled letters have one (NFKC).
_UNSTYLE = {
    **{0x1F150 + i: chr(65 + i) for i in range(26)},
    **{0x1F170 + i: chr(65 + i) for i in range(26)},
    **{0x1F1E6 + i: chr(65 + i) for i in range(26)},
    **{ord(c): "abcdefghijklmnopqrstuvwyz"[i] for i, c in enumerate(_SMALL_CAPS)},
}


_DECODERS: dict[str, Callable[[str], str | None]] = {
    **SIGNS,
    "entities": html.unescape,
    "selectors": selectors,
    "spaced": lambda run: re.sub(r"[ \t]+", "", run),
    "codes": codes,
    "styled": lambda run: unicodedata.normalize("NFKC", run.translate(_UNSTYLE)),
    "flipped": lambda run: run.strip().translate(_UNFLIP)[::-1],
    "pictographs": lambda run: re.sub(f"[{_PICTO}]+", " ", run),
}


#: Kinds read from the whole text: what shows nothing stripped, accents taken off the Latin
#: letters, HTML tags and emphasis marks taken out, quoted pieces joined as the text asks,
#: words without vowels or in Pig Latin read back (unchanged: nothing to read).
_WHOLE: dict[str, Callable[[str], str]] = {
    "invisible": lambda text: _HIDDEN.sub("", text),
    "accents": unaccented,
    "markup": unmarked,
    "pieces": lambda text: assemble(text) or text,
    "unvoweled": lambda text: unvowel(text) or text,
    "piglatin": lambda text: unpig(text) or text,
}


def decode_more(
    text: str, hits: list[tuple[str, int]], char_at: Callable[[int], int]
) -> list[tuple[str, str, int, int]]:
    """(kind, plain text, char start, char end) for each run that decodes to readable text.
    ``hits``: the kind and byte offset of each candidate run in ``text``'s UTF-8 form (found by
    the decode layer's one pass), in order; ``char_at`` maps a byte offset to a character
    offset."""
    out: list[tuple[str, str, int, int]] = []
    done_to = -1  # the end (chars) of the last run read: its later candidates are skipped
    bare_to = -1  # the end of the last run of Ascii85's characters that read as neither
    zalgo = False
    whole_text: set[str] = set()
    rejoins = 0
    ciphers: list[tuple[str, int]] = []  # (kind, char offset) of enciphered words
    for kind, a in hits:
        if kind == "zalgo":  # the marks are stripped from their whole stretch, once
            zalgo = True
            continue
        if kind in _WHOLE:  # read from the whole text, once
            whole_text.add(kind)
            continue
        if kind in CIPHERS:  # counted, then the whole text deciphered once
            ciphers.append((kind, char_at(a)))
            continue
        start = char_at(a)
        if kind == "joined":
            rejoins += 1  # a text of nothing but such runs is read up to a point
            if rejoins <= _MAX_REJOINS and start >= done_to:
                if (found := rejoin(text, start)) is not None:
                    out.append((kind, *found))
                    done_to = found[2]
            continue
        if kind == "pictographs":  # the candidate may begin inside the run, past its start
            while (
                start > done_to
                and start > 0
                and (
                    text[start - 1].isalnum()
                    or (
                        start > 1
                        and _PICTO_CHAR.match(text[start - 1])
                        and text[start - 2].isalnum()
                    )
                )
            ):
                start -= 1
        if kind == "bare85":  # the candidate may begin inside the run, past its start
            if start < bare_to:
                continue  # in a run already read as neither
            floor = max(done_to, start - 2048, 0)  # (a run's first candidates are near its start)
            while start > floor and text[start - 1] in BARE85_CHARS:
                start -= 1
        if kind == "flipped":  # the run may begin with letters that upright text has too
            while start > done_to and start > 0 and _FLIP_RUN.fullmatch(text, start - 1, start):
                start -= 1
        m = _RUNS[kind].match(text, start) if start >= done_to else None
        if m is None:
            continue
        plain = readable(_DECODERS[kind](m.group()))
        if plain is not None:
            done_to = m.end()
            out.append((kind, plain, m.start(), m.end()))
        elif kind == "bare85":  # it may hold a run of another kind, read next
            bare_to = m.end()
        else:
            done_to = m.end()
    if zalgo:  # from the first letter under marks to the last, so a quoted one is quoted
        first, last = _ZALGO.search(text), _ZALGO.search(text[::-1])
        assert first is not None and last is not None  # the candidate was a run of marks
        a, b = max(0, first.start() - 1), len(text) - last.start()
        if (plain := readable(_ZALGO.sub("", text[a:b]))) is not None:
            out.append(("zalgo", plain, a, b))
    for kind in sorted(whole_text):
        if (plain := _WHOLE[kind](text)) != text:
            out.append((kind, plain, 0, len(text)))
    if ciphers:
        out.extend(decipher(text, ciphers))
    return out
