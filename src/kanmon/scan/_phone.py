"""Phone numbers: a regex proposes digit runs, Google's libphonenumber decides.

The regex is deliberately loose (any run of 7–17 digits with the separators people type, an
optional ``+``/``00``/``011`` prefix and an extension). Only such candidates reach libphonenumber,
which knows every region's numbering plan: area codes, lengths, trunk prefixes (``0`` in most of
Europe and East Asia, ``8`` in Russia, ``1`` in NANP), so a NANP "area code" starting with 0 or
1, a Chinese number starting with 12 or a Russian one with an unassigned code is no phone.

Which regions a national number is tried against follows the script around it (Hangul → KR,
kana → JP, Han → CN then JP, Cyrillic → RU, otherwise the claimed Latin-script regions); a number
written with ``+`` or an international prefix carries its own country code. A bare run of digits
(no separator, no ``+``) is read as a phone only where a number of that shape is one in its
region (trunk ``0``, Chinese mobile, Russian ``8``) or a phone word stands before it.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata, PhoneNumberDesc

from kanmon.scan._phone_cues import cue_before
from kanmon.scan._recognizer import NUM_BEFORE, Recognizer, lead_first, rx

#: Extensions: "x704", "ext. 12", "Durchwahl 12", "доб. 123", "доп. 123", "内線12", "转801",
#: "分机 801", "내선 12".
_EXT = (
    r"(?:[ ,]{0,2}(?:x|ext\.?|extn\.?|extension|durchwahl|доб\.?|доп\.?|内線|内线|分机|分機|转|轉|"
    r"내선)[ .:]{0,2}\d{1,6})"
)
#: ``NUM_L(?<!\d[ \-])(?P<num>(?:\+|\(\+?)?\d(?:[ \-./()\u00a0]{0,3}\d){6,16})…`` written so
#: that it starts with the number's first character, "+", "(" or a digit (``lead_first``):
#: ``re`` then skips, in C, the positions of a window where none stands, and the look-behinds
#: reach back over that character. What it was picks how the number goes on: "+" then a
#: digit, "(" then an optional "+" and a digit, a digit. A group's separators end where its
#: digit starts (no separator is a digit), so they are taken possessively: giving one back
#: could not let the digit match.
PATTERN = rx(
    r"(?P<num>"
    + lead_first(r"[+(\d]", NUM_BEFORE)
    + r"(?<!\d[ \-].)"
    + r"(?:(?<=\+)\d|(?<=\()\+?\d|(?<=\d))"
    + r"(?:[ \-./()\u00a0]{0,3}+\d){6,16})"
    + rf"(?P<ext>{_EXT})?"
    + r"(?![0-9A-Za-z_\-/@]|[.,]\d|[ \-]\d)",
    re.IGNORECASE,
)

#: Regions whose numbers Kanmon claims, tried for national numbers in Latin-script text:
#: trunk-``0`` countries for numbers starting with 0, NANP otherwise. Other regions' numbers
#: are found when written with their country code.
_LATIN_TRUNK = ("DE", "GB", "FR", "AT", "CH", "NL", "BE", "IT", "IE")
_LATIN_OTHER = ("US", "CA")

#: One character of each script that picks regions (a few per window suffice).
_SCRIPT = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff\u0400-\u04ff]")

_NANP_GROUPS = re.compile(r"\(?0\d\d\)?[-. ]?\d{3}[-. ]\d{4}$")
_DATE = re.compile(r"^\d{1,4}([-/.])\d{1,2}\1\d{1,4}$")
_DATE_CHARS = 12  # the longest string ``_DATE`` matches
_DOTTED_SHORT = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$|(?:^|\.)\d(?:\.|$)")  # IPs, versions
_NOT_DIGITS = str.maketrans("", "", " -./()+\u00a0")


def _digits(raw: str) -> str:
    """``raw`` without separators; ASCII (the common case) through ``bytes.translate``,
    which costs a tenth of ``str.translate``'s dict lookups."""
    if raw.isascii():
        return raw.encode("ascii").translate(None, b" -./()+").decode("ascii")
    return raw.translate(_NOT_DIGITS)


#: Scripts that pick regions, most telling first: Hangul, kana, Han, Cyrillic.
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _regions(text: str, start: int, end: int, national: str) -> tuple[str, ...]:
    window = text[max(0, start - 24) : end + 24]
    if window.isascii() or _SCRIPT.search(window) is None:
        return _LATIN_TRUNK if national.startswith("0") else _LATIN_OTHER
    if _HANGUL.search(window):
        return ("KR",)
    if _KANA.search(window):
        return ("JP",)
    if _HAN.search(window):
        return ("CN", "JP")
    return ("RU", "KZ")


#: International call prefixes: ``00``, NANP's ``011``, and Japan's ``010`` after a carrier
#: code (``001-010-1-…``, KDDI; ``0033``, ``0041``, ``0061``).
_CALL_PREFIX = re.compile(r"^\(?(?:(?:001|0033|0041|0061)[ \-]?010|00|011)[ \-]?(?=\d{1,3}[ \-.(])")


def _international(raw: str) -> str | None:
    """``+CC…`` as written, or with an international call prefix (``00``, NANP's ``011``)
    before a separated country code turned into ``+``."""
    s = raw.lstrip("(")
    if s.startswith("+"):
        return s
    m = _CALL_PREFIX.match(raw)
    return "+" + raw[m.end() :] if m else None


def _parse(number: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None


#: The number types ``is_valid_number_for_region`` tries, in its order (mobile last: it is
#: skipped where the plan gives mobile and fixed lines one pattern).
_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
          "voicemail", "fixed_line", "mobile")  # fmt: skip

#: A number description compiled once: its lengths (None: any) and its pattern.
_Desc = tuple[frozenset[int] | None, re.Pattern[str]]


def _desc(desc: PhoneNumberDesc | None) -> _Desc | None:
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = frozenset(desc.possible_length) if desc.possible_length else None
    return lengths, re.compile(desc.national_number_pattern)


class _Plan:
    """A region's numbering plan from libphonenumber's metadata, compiled once: the pattern
    every national number of the region matches, its lengths, its trunk prefix and the pattern
    of each number type. A candidate is valid where libphonenumber's
    ``is_valid_number_for_region`` says so: it fits the region's general pattern and one type's
    (fixed line, mobile, toll free …). The check runs here on the precompiled patterns, without
    ``parse`` or a ``PhoneNumber``, which cost tens of microseconds."""

    __slots__ = ("_typed", "code", "general", "lengths", "pattern", "prefix", "region", "types")

    def __init__(self, region: str) -> None:
        meta = PhoneMetadata.metadata_for_region(region)
        desc = meta.general_desc if meta is not None else None
        pattern = desc.national_number_pattern if desc is not None else None
        self.region = region
        self.code = meta.country_code if meta is not None else None
        self.pattern = re.compile(pattern) if pattern else None
        self.lengths = frozenset(desc.possible_length or ()) if desc is not None else frozenset()
        npp = meta.national_prefix_for_parsing if meta is not None else None
        self.prefix = re.compile(npp) if npp else None
        self.general = _desc(desc)
        types: list[_Desc] = []
        if meta is not None:
            for name in _TYPES:
                if name == "mobile" and meta.same_mobile_and_fixed_line_pattern:
                    continue
                d = _desc(getattr(meta, name))
                if d is not None:
                    types.append(d)
        self.types = tuple(types)
        #: Number length → one pattern: the alternation of the types that allow the length
        #: (False: none does). Built the first time a number of that length comes.
        self._typed: dict[int, re.Pattern[str] | bool] = {}

    def valid(self, digits: str) -> bool:
        if self.pattern is None or self.code is None:
            return False
        if self._valid(digits):
            return True
        if self.prefix is not None and (m := self.prefix.match(digits)) is not None:
            return self._valid(digits[m.end() :])
        return False

    def _valid(self, nsn: str) -> bool:
        if len(nsn) not in self.lengths or self.pattern.fullmatch(nsn) is None:  # type: ignore[union-attr]
            return False
        if not nsn.lstrip("0"):
            nsn += "0"  # libphonenumber keeps an all-zero number as its zeros and a 0
            if not _matches(nsn, self.general):
                return False
        typed = self._typed.get(len(nsn))
        if typed is None:
            typed = self._typed[len(nsn)] = self._typed_for(len(nsn))
        return typed is not False and typed.fullmatch(nsn) is not None  # type: ignore[union-attr]

    def _typed_for(self, length: int) -> re.Pattern[str] | bool:
        alts = [p.pattern for lengths, p in self.types if lengths is None or length in lengths]
        return re.compile("|".join(f"(?:{a})" for a in alts)) if alts else False


def _matches(nsn: str, desc: _Desc | None) -> bool:
    if desc is None:
        return False
    lengths, pattern = desc
    return (lengths is None or len(nsn) in lengths) and pattern.fullmatch(nsn) is not None


_PLANS: dict[str, _Plan] = {}
_PLANS_OF: dict[tuple[str, ...], tuple[_Plan, ...]] = {}


def _plans(regions: tuple[str, ...]) -> tuple[_Plan, ...]:
    plans = _PLANS_OF.get(regions)
    if plans is None:
        plans = _PLANS_OF[regions] = tuple(_plan(r) for r in regions)
    return plans


def _plan(region: str) -> _Plan:
    plan = _PLANS.get(region)
    if plan is None:
        plan = _PLANS[region] = _Plan(region)
    return plan


#: Country calling code → the national number lengths its regions allow (libphonenumber's
#: possible lengths), built once.
_INTL_LENGTHS: dict[int, frozenset[int]] = {}


def _possible_international(raw: str, digits: str) -> bool:
    """``+CC …``: a known country code and a national number of a length its plan allows
    (libphonenumber's is_possible_number, without the cost of ``parse``). A trunk ``(0)``
    written after the code, as in ``+49 (0)30 …``, is not part of the number."""
    if "(0)" in raw:
        i = raw.index("(0)")
        digits = _digits(raw[:i]) + _digits(raw[i + 3 :])
    for k in (1, 2, 3):
        lengths = _INTL_LENGTHS.get(int(digits[:k]))
        if lengths is not None:
            return len(digits) - k in lengths
    return False


def _nanp_shaped(digits: str) -> bool:
    """NXX-NXX-XXXX: area code and exchange start with 2-9 (the plan's own rule), whether or
    not the area code is assigned yet."""
    d = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
    return len(d) == 10 and d[0] in "23456789" and d[3] in "23456789" and d[1:3] != "11"


def _bare_ok(national: str, regions: tuple[str, ...]) -> bool:
    """A run of digits with no separator is a phone by shape only where the region writes
    phone numbers that way."""
    if national.startswith("0"):
        return len(national) >= 10
    if "CN" in regions and len(national) == 11 and national[0] == "1":
        return True
    return "RU" in regions and len(national) == 11 and national[0] == "8"


_UNSET = "?"


def phone_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    raw = m.group(1)  # the number; group 2 is the extension
    if raw.isascii():
        digits = raw.encode("ascii").translate(None, b" -./()+").decode("ascii")
    else:
        digits = raw.translate(_NOT_DIGITS)
    n = len(digits)
    plus = raw[0] == "+" or raw[:2] == "(+"
    if n > (18 if plus or raw[0] == "0" else 12):  # cards, IBANs, national ids
        return None
    # Dates and dotted numbers have separators; only "00…", "011…" or "(" can be a call prefix.
    if n != len(raw) and (
        (len(raw) <= _DATE_CHARS and _DATE.match(raw)) or ("." in raw and _DOTTED_SHORT.search(raw))
    ):
        return None
    start = m.start(1)
    intl = raw if plus else _international(raw) if raw[0] in "0(" else None
    if intl is not None:
        if not plus and cue_before(text, start) == "id":
            return None
        # A written "+" says "phone": the length must fit the country. Digits read as a call
        # prefix (00, 011) might be anything else, so the number must be a valid one.
        if plus:
            if n < 8 or not _possible_international(raw, digits):
                return None
        else:
            num = _parse(intl, None) if n >= 8 else None
            if num is None or not phonenumbers.is_valid_number(num):
                # no number after a call prefix: the digits may still be a national number
                # that starts like one (Korea's old mobile numbers, 011-…)
                intl = None
    if intl is None:
        if not 7 <= n <= (14 if digits[0] == "0" else 12):
            return None
        regions = _regions(text, start, m.end(), digits)
        if regions is _LATIN_TRUNK and _NANP_GROUPS.match(raw):
            return None  # grouped like a NANP number whose area code starts with 0 or 1
        kind: str | None = _UNSET  # the cue word before the number, looked up once
        if digits == raw and not _bare_ok(digits, regions):
            kind = cue_before(text, start)
            if kind != "phone":
                return None
        if not _national_ok(raw, digits, regions):
            if kind is _UNSET:
                kind = cue_before(text, start)
            if kind != "phone" or not _possible_after_cue(raw, regions):
                return None
        elif (cue_before(text, start) if kind is _UNSET else kind) == "id":
            return None
    if raw[0] == "(" and ")" not in raw:
        start += 1  # "(011-571-0144)": the brackets hold the number, not its area code
    end = m.end(2)  # -1: no extension
    return start, end if end >= 0 else m.end(1)


def _national_ok(raw: str, digits: str, regions: tuple[str, ...]) -> bool:
    for plan in _plans(regions):
        if plan.valid(digits):
            return True
    return "US" in regions and _nanp_shaped(digits) and raw != digits


def _possible_after_cue(raw: str, regions: tuple[str, ...]) -> bool:
    """A number that is not a valid one of ``regions`` (``_national_ok``) with a phone word
    right before it: the plan's lengths are enough (ranges not yet assigned)."""
    parsed = (_parse(raw, r) for r in regions)
    return any(n is not None and phonenumbers.is_possible_number(n) for n in parsed)


def load_metadata() -> None:
    """Load every region's numbering plan now (about 0.1 s, once per process): libphonenumber
    otherwise imports a region's module the first time a number of it is seen, in the middle
    of a request."""
    for region in phonenumbers.SUPPORTED_REGIONS:
        _plan(region)
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        lengths: set[int] = set()
        for region in regions:
            meta = (
                PhoneMetadata.metadata_for_nongeo_region(code)
                if region == "001"
                else PhoneMetadata.metadata_for_region(region)
            )
            if meta is not None and meta.general_desc is not None:
                lengths.update(meta.general_desc.possible_length or ())
        _INTL_LENGTHS[code] = frozenset(lengths)
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        PhoneMetadata.metadata_for_nongeo_region(code)


RECOGNIZER = Recognizer(
    "phone",
    "PHONE",
    PATTERN,
    0.75,
    refine=phone_span,
    digits=7,
    num_window=(4, 24),
    # No anchor: the pattern starts with a character class, so ``re`` itself skips the
    # positions where no number starts; a search for the first digit before it costs more.
)
