"""Check digits and structural rules of the identifiers the scanners look for.

Each function takes the matched text (separators allowed) and answers whether it is a
well-formed identifier. They are what keeps order numbers, UUIDs and random digit runs from
being reported as cards or national ids.
"""

from __future__ import annotations

import datetime as dt
from operator import mul

_DIGITS = frozenset("0123456789")


_SEPARATORS = str.maketrans("", "", " -./()+:")
_SEPARATOR_BYTES = b" -./()+:"


def digits_only(s: str) -> str:
    # The common case, ASCII digits and separators, on bytes: ``str.translate`` looks every
    # character up in a dict, ``bytes.translate`` deletes from a 256-entry table.
    if s.isascii():
        t = s.encode("ascii").translate(None, _SEPARATOR_BYTES).decode("ascii")
    else:
        t = s.translate(_SEPARATORS)
    return t if t.isascii() and t.isdigit() else "".join(c for c in s if c in _DIGITS)


#: Luhn's doubled digit, folded: 0→0, 1→2, …, 5→1, …, 9→9, as the byte an ASCII digit becomes
#: (``bytes.translate``, then ``sum`` over the bytes: no Python step per digit).
_LUHN_DOUBLE = bytes(range(256)).translate(
    bytes.maketrans(b"0123456789", bytes((0, 2, 4, 6, 8, 1, 3, 5, 7, 9)))
)


def luhn_valid(number: str) -> bool:
    """Luhn (mod 10) over the digits of ``number``; payment cards use it."""
    return luhn_digits(digits_only(number))


def luhn_digits(ds: str) -> bool:
    """``luhn_valid`` of a string of ASCII digits (``digits_only``'s result)."""
    if len(ds) < 2:
        return False
    rev = ds[::-1].encode("ascii")  # digits_only gives ASCII digits
    odd = rev[::2]
    total = sum(odd) - 48 * len(odd) + sum(rev[1::2].translate(_LUHN_DOUBLE))
    return total % 10 == 0


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload + digit`` Luhn-valid."""
    for d in "0123456789":
        if luhn_valid(payload + d):
            return d
    raise AssertionError("unreachable")


#: Issuer prefixes (IIN ranges) of the major networks, and the lengths they issue.
def card_network(number: str) -> str | None:
    return network_of_digits(digits_only(number))


def network_of_digits(ds: str) -> str | None:
    """``card_network`` of a string of ASCII digits."""
    n = len(ds)
    two, four, six = int(ds[:2] or 0), int(ds[:4] or 0), int(ds[:6] or 0)
    if ds.startswith("4") and n in (13, 16, 19):
        return "visa"
    if (51 <= two <= 55 or 222100 <= six <= 272099) and n == 16:
        return "mastercard"
    if two in (34, 37) and n == 15:
        return "amex"
    if (four == 6011 or two == 65 or 644 <= int(ds[:3]) <= 649) and n in (16, 19):
        return "discover"
    if 3528 <= four <= 3589 and n in (16, 19):
        return "jcb"
    if two == 62 and 16 <= n <= 19:
        return "unionpay"
    if (two == 36 or 300 <= int(ds[:3]) <= 305 or two in (38, 39)) and n in (14, 16):
        return "diners"
    if ds.startswith("220") and 2200 <= four <= 2204 and n == 16:
        return "mir"
    if ds[:4] in _MAESTRO and 12 <= n <= 19:
        return "maestro"
    return None


#: Maestro's own IIN prefixes (cards of 12 to 19 digits); the rest of its 50/56–69 range is
#: shared with other uses and is read as a card only in context (see the card recognizer).
_MAESTRO = frozenset({"5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"})


def maestro_range(number: str) -> bool:
    """In Maestro's wide issuer range (50, 56–69) with a Maestro length."""
    return maestro_digits(digits_only(number))


def maestro_digits(ds: str) -> bool:
    """``maestro_range`` of a string of ASCII digits."""
    return 12 <= len(ds) <= 19 and (ds[:2] in ("50", "56", "57", "58") or ds[0] == "6")


def card_valid(number: str) -> bool:
    return card_network(number) is not None and luhn_valid(number)


#: ISO 13616 IBAN lengths per country (the countries a deployment is likely to see).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30,
    "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29,
    "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip


#: Letters as IBAN's mod-97 check reads them: A → "10" … Z → "35" (``int(c, 36)``).
_BASE36 = {ord(c): str(i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ", start=10)}


def iban_valid(iban: str) -> bool:
    """Country length plus the ISO 7064 mod-97 check (the remainder must be 1)."""
    s = "".join(iban.split()).upper()
    if len(s) < 15 or IBAN_LENGTHS.get(s[:2]) != len(s) or not s[2:4].isdigit():
        return False
    if not 2 <= int(s[2:4]) <= 98:  # 00, 01 and 99 are never issued (00 ≡ 97 mod 97)
        return False
    if not s.isascii() or not s.isalnum():
        return False
    rearranged = s[4:] + s[:4]
    return int(rearranged.translate(_BASE36)) % 97 == 1


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits that make ``country + cd + bban`` valid."""
    num = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    return f"{98 - int(num) % 97:02d}"


def us_ssn_valid(ssn: str) -> bool:
    """SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000; plus the
    numbers published in advertising (078-05-1120, 219-09-9999) are not anyone's."""
    ds = digits_only(ssn)
    if len(ds) != 9:
        return False
    area, group, serial = int(ds[:3]), int(ds[3:5]), int(ds[5:])
    if area == 0 or area == 666 or area >= 900 or group == 0 or serial == 0:
        return False
    return ds not in ("078051120", "219099999", "123456789")


_LAST_DATE = dt.date(2100, 1, 1)


def _date_ok(year: int, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False  # what ``date`` would raise on, without the cost of an exception
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return False
    return d <= _LAST_DATE


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_CHECK = "10X98765432"


def cn_resident_id_check(first17: str) -> str:
    total = sum(map(mul, map(int, first17), _CN_WEIGHTS))
    return _CN_CHECK[total % 11]


def cn_resident_id_shaped(rid: str) -> bool:
    """Region digit and birth date of a resident id, whatever its check character."""
    s = rid.upper()
    if len(s) != 18 or not s[:17].isdigit() or s[0] not in "12345678":
        return False
    year, month, day = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return year >= 1900 and _date_ok(year, month, day)


def cn_resident_id_valid(rid: str) -> bool:
    """GB 11643-1999: 6-digit region (first digit 1-8), birth date, sequence, ISO 7064
    MOD 11-2 check character (0-9 or X)."""
    s = rid.upper()
    if len(s) != 18 or not s[:17].isdigit() or not (s[17].isdigit() or s[17] == "X"):
        return False
    if s[0] not in "12345678":
        return False
    year, month, day = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if year < 1900 or not _date_ok(year, month, day):
        return False
    return cn_resident_id_check(s[:17]) == s[17]


_KR_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
#: The sex/century digit → the century of the birth date.
_KR_CENTURY = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900,
               "7": 2000, "8": 2000, "9": 1800, "0": 1800}  # fmt: skip


def kr_rrn_check(first12: str) -> str:
    total = sum(map(mul, map(int, first12), _KR_WEIGHTS))
    return str((11 - total % 11) % 10)


def kr_rrn_valid(rrn: str) -> bool:
    """Korean resident registration number: YYMMDD-GNNNNNC, G the sex/century digit, C the
    weighted mod-11 check digit (numbers issued before October 2020 all carry it)."""
    ds = digits_only(rrn)
    if len(ds) != 13:
        return False
    century = _KR_CENTURY[ds[6]]
    if not _date_ok(century + int(ds[:2]), int(ds[2:4]), int(ds[4:6])):
        return False
    return kr_rrn_check(ds[:12]) == ds[12]


def jp_my_number_check(first11: str) -> str:
    """Check digit of the Japanese Individual Number (My Number)."""
    total = 0
    for n, ch in enumerate(reversed(first11), start=1):
        q = n + 1 if n <= 6 else n - 5
        total += int(ch) * q
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def jp_my_number_valid(num: str) -> bool:
    ds = digits_only(num)
    return len(ds) == 12 and jp_my_number_check(ds[:11]) == ds[11]


def _inn_digit(ds: str, weights: tuple[int, ...]) -> int:
    total: int = sum(map(mul, map(int, ds), weights))
    return total % 11 % 10


def ru_inn_valid(inn: str) -> bool:
    """Russian taxpayer number: 10 digits (organisations) or 12 (people), weighted checks."""
    ds = digits_only(inn)
    if len(ds) == 10:
        return _inn_digit(ds, (2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(ds[9])
    if len(ds) == 12:
        d11 = _inn_digit(ds, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        d12 = _inn_digit(ds, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        return d11 == int(ds[10]) and d12 == int(ds[11])
    return False


def ru_snils_check(first9: str) -> str:
    total = sum(map(mul, map(int, first9), range(9, 0, -1)))
    r = total % 101
    return f"{0 if r == 100 else r:02d}"


def ru_snils_valid(snils: str) -> bool:
    """Russian pension insurance number XXX-XXX-XXX YY (check applies above 001-001-998)."""
    ds = digits_only(snils)
    if len(ds) != 11 or int(ds[:9]) <= 1001998:
        return False
    return ru_snils_check(ds[:9]) == ds[9:]


def de_tax_id_check(first10: str) -> str:
    """ISO 7064 MOD 11,10 check digit of the German Steuer-ID."""
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    return str((11 - product) % 10)


def de_tax_id_valid(tid: str) -> bool:
    """11 digits, first not 0, in the first ten one digit appears twice or three times and the
    rest at most once, then the MOD 11,10 check digit."""
    ds = digits_only(tid)
    if len(ds) != 11 or ds[0] == "0":
        return False
    first10 = ds[:10]
    counts = sorted(map(first10.count, set(first10)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return de_tax_id_check(ds[:10]) == ds[10]


def ipv4_valid(ip: str) -> bool:
    parts = ip.split(".")
    if len(parts) != 4:
        return False
    for p in parts:
        if not p.isdigit() or len(p) > 3 or (len(p) > 1 and p[0] == "0") or int(p) > 255:
            return False
    return True
