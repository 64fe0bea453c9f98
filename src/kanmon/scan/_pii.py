"""Personal data in English, Chinese, Japanese, Korean, Russian and German text."""

from __future__ import annotations

import ipaddress
import re

from kanmon.plugins import register
from kanmon.scan import _checksums as ck
from kanmon.scan._pattern import PatternScanner
from kanmon.scan._phone import RECOGNIZER as PHONE
from kanmon.scan._phone import load_metadata
from kanmon.scan._recognizer import NUM_L, NUM_R, Recognizer, lead_first, rx
from kanmon.scan._scanset import SCANNERS


def _ipv6_ok(s: str) -> bool:
    if s.count(":") < 4 and "::" not in s:
        return False
    if "::" in s and (s.count(":") < 3 or not any(c.isdigit() for c in s)):
        return False
    if _HEX_COLON.issuperset(s):  # what the recognizer matches
        return ipv6_parses(s)
    try:
        ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return True


_HEX = frozenset("0123456789abcdefABCDEF")
_HEX_COLON = _HEX | {":"}


def ipv6_parses(s: str) -> bool:
    """``ipaddress.IPv6Address(s)`` succeeds, for ``s`` made of hex digits and colons only:
    its rules (at most one ``::``, which stands for at least one group; eight groups
    without it; a leading or trailing colon only as part of ``::``; one to four hex digits a
    group) without the cost of its parser, which raises on most candidates."""
    parts = s.split(":")
    if not 3 <= len(parts) <= 9:
        return False
    gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(gaps) > 1:
        return False
    if gaps:
        hi, lo = gaps[0], len(parts) - gaps[0] - 1
        if not parts[0]:
            hi -= 1
            if hi:
                return False
        if not parts[-1]:
            lo -= 1
            if lo:
                return False
        if hi + lo > 7:
            return False
        groups = parts[:hi] + parts[len(parts) - lo :]
    else:
        if len(parts) != 8 or not parts[0] or not parts[-1]:
            return False
        groups = parts
    return all(0 < len(g) <= 4 and _HEX.issuperset(g) for g in groups)


#: How networks print their numbers: in fours (the last group shorter: Amex 4-4-4-3, 19-digit
#: 4-4-4-4-3), Amex 4-6-5, Diners 4-6-4.
_WIDE_GROUPS = frozenset({(4, 6, 5), (4, 6, 4)})
_CARD_CUE = re.compile(
    r"card|karte|карт|卡|カード|카드|maestro|visa|mastercard|amex|tarjeta|carte", re.IGNORECASE
)


_CARD_SEP = re.compile(r"[ \-]")


def card_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    raw = m.group(0)
    if not raw.isascii():  # other scripts' digits: the checks read ASCII digits only
        return _card_span_any(text, m, raw)
    ds = raw
    if not raw.isdigit():
        sep = raw[4]  # the pattern: four digits, then one separator throughout
        groups = tuple(map(len, raw.split(sep)))
        if groups not in _WIDE_GROUPS:
            if groups[:-1].count(4) != len(groups) - 1 or not 1 <= groups[-1] <= 4:
                return None
        ds = raw.replace(sep, "")
    if not ck.luhn_digits(ds):
        return None
    if len(raw) == 18 and ck.cn_resident_id_shaped(raw):
        return None  # a resident id with a wrong check character, not an 18-digit card
    if ck.network_of_digits(ds) is None:
        # Maestro's wide range: only where the text speaks of a card.
        start = m.start()
        if not (ck.maestro_digits(ds) and _CARD_CUE.search(text, max(0, start - 40), start)):
            return None
    return m.span()


def _card_span_any(text: str, m: re.Match[str], raw: str) -> tuple[int, int] | None:
    if not raw.isdigit():
        groups = tuple(len(g) for g in _CARD_SEP.split(raw))
        if groups not in _WIDE_GROUPS:
            if any(g != 4 for g in groups[:-1]) or not 1 <= groups[-1] <= 4:
                return None
    if not ck.luhn_valid(raw):
        return None
    if len(raw) == 18 and ck.cn_resident_id_shaped(raw):
        return None
    if ck.card_network(raw) is None:
        start = m.start()
        if not (ck.maestro_range(raw) and _CARD_CUE.search(text, max(0, start - 40), start)):
            return None
    return m.span()


_VERSION = re.compile(
    r"(?:\b(?:version|ver|release|build|firmware|v)|版本|バージョン|버전|верси[яиюей])[\s:.=]*\Z",
    re.IGNORECASE,
)

#: What an address's local part and domain labels are written with: ASCII letters and digits,
#: and the accented Latin and the Cyrillic letters of internationalised addresses
#: (``jürgen.müller@beispiel.de``, ``иван@почта.рф``), which would otherwise cut the address
#: at its first such letter and report its tail. Not CJK: Chinese and Japanese text runs into
#: an address without a space (``请发到wang@qq.com``).
_MAIL = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff"
#: A top-level domain is Latin (``.de``) or Cyrillic (``.рф``), and it ends where a letter of
#: its own script does not follow: ``a@b.deтел.`` in text that runs on is ``a@b.de``.
_TLD = (
    "(?:[A-Za-z]{2,24}(?![A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])"
    "|[\u0400-\u04ff]{2,24}(?![0-9\u0400-\u04ff]))"
)

RECOGNIZERS = (
    Recognizer(
        "email",
        "EMAIL",
        rx(
            lead_first(f"[{_MAIL}]", f"[{_MAIL}._%+\\-]") + f"[{_MAIL}._%+\\-]{{0,63}}@"
            f"[{_MAIL}](?:[{_MAIL}\\-]{{0,61}}[{_MAIL}])?"
            f"(?:\\.[{_MAIL}](?:[{_MAIL}\\-]{{0,61}}[{_MAIL}])?)*\\.{_TLD}"
        ),
        0.95,
        trigger="@",
        window=(65, 256),
        anchor=("@", 64),  # the local part is at most 64 characters
    ),
    Recognizer(
        "credit_card",
        "CREDIT_CARD",
        rx(NUM_L + r"(?:\d{12,19}|\d{4}([ \-])\d{3,6}(?:\1\d{1,6}){1,3})" + NUM_R),
        0.95,
        refine=card_span,
        digits=12,
        in_run=True,
    ),
    Recognizer(
        "iban",
        "IBAN",
        rx(
            lead_first("[A-Z]", "[A-Za-z0-9]")
            + r"[A-Z]\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
        ),
        0.95,
        validator=ck.iban_valid,
        trigger=r"[A-Z]{2}[0-9]{2}",
        window=(0, 40),
    ),
    Recognizer(
        "us_ssn",
        "US_SSN",
        rx(NUM_L + r"\d{3}-\d{2}-\d{4}" + NUM_R),
        0.85,
        validator=ck.us_ssn_valid,
        digits=9,
        in_run=True,
        requires="-",
    ),
    Recognizer(
        # written with spaces or no separator at all ("SSN 536 22 1234", "SSN: 536221234"): a
        # nine-digit run is many things, so only after a word that names the number
        "us_ssn_unseparated",
        "US_SSN",
        rx(NUM_L + r"\d{3}( ?)\d{2}\1\d{4}" + NUM_R),
        0.85,
        validator=ck.us_ssn_valid,
        context=("ssn", "social security", "soc. sec", "ss#", "ss #"),
        digits=9,
        in_run=True,
    ),
    Recognizer(
        "cn_resident_id",
        "CN_RESIDENT_ID",
        rx(NUM_L + r"[1-8]\d{16}[\dXx]" + NUM_R),
        0.95,
        validator=ck.cn_resident_id_valid,
        digits=17,
        in_run=True,
    ),
    Recognizer(
        "kr_rrn",
        "KR_RRN",
        rx(NUM_L + r"\d{6}-?[1-8]\d{6}" + NUM_R),
        0.9,
        validator=ck.kr_rrn_valid,
        digits=13,
        in_run=True,
    ),
    Recognizer(
        "jp_my_number",
        "JP_MY_NUMBER",
        rx(NUM_L + r"\d{4}[ \-]?\d{4}[ \-]?\d{4}" + NUM_R),
        0.85,
        validator=ck.jp_my_number_valid,
        context=("マイナンバー", "個人番号", "my number", "mynumber", "individual number"),
        digits=12,
        in_run=True,
    ),
    Recognizer(
        "ru_inn",
        "RU_INN",
        rx(NUM_L + r"(?:\d{12}|\d{10})" + NUM_R),
        0.85,
        validator=ck.ru_inn_valid,
        context=("инн", "inn", "taxpayer", "налогоплательщик"),
        digits=10,
        in_run=True,
    ),
    Recognizer(
        "ru_snils",
        "RU_SNILS",
        rx(NUM_L + r"\d{3}-\d{3}-\d{3}[ \-]\d{2}" + NUM_R),
        0.9,
        validator=ck.ru_snils_valid,
        digits=11,
        in_run=True,
        requires="-",
    ),
    Recognizer(
        "de_tax_id",
        "DE_TAX_ID",
        rx(NUM_L + r"\d{2} ?\d{3} ?\d{3} ?\d{3}" + NUM_R),
        0.85,
        validator=ck.de_tax_id_valid,
        context=("steuer", "idnr", "id-nr", "identifikationsnummer", "tax id", "tin"),
        digits=11,
        in_run=True,
    ),
    PHONE,
    Recognizer(
        "ipv4",
        "IP_ADDRESS",
        rx(r"(?<![0-9A-Za-z.\-_])(?:\d{1,3}\.){3}\d{1,3}(?![0-9A-Za-z\-_]|\.\d)"),
        0.8,
        validator=ck.ipv4_valid,
        negative=_VERSION,
        context_chars=24,
        digits=4,
        in_run=True,
        requires=".",
    ),
    Recognizer(
        "ipv6",
        "IP_ADDRESS",
        rx(r"(?<![0-9A-Za-z_\-:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])"),
        0.8,
        validator=_ipv6_ok,
        trigger=r"[0-9a-fA-F]{0,4}:[0-9a-fA-F]{0,4}:",
        window=(8, 48),
        anchor=(":", 4),
    ),
)

PII_ENTITIES = frozenset(r.entity for r in RECOGNIZERS)


@register(SCANNERS)
def pii_scanner() -> PatternScanner:
    """Built-in ``pii`` scanner (entry point ``kanmon.scanners``)."""
    load_metadata()
    return PatternScanner("pii", RECOGNIZERS)
